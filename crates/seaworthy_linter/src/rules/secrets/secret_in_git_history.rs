use super::credential;
use crate::declare_rule;
use crate::project::{mask_secret, Project};
use crate::rule::Checker;
use crate::secrets::{classify, Verdict};
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Reads every version of secret-prone files (`.env*`, `*.env`, keys, credentials) in the git
    /// history of all refs and reports real-looking credentials there, naming the commit that
    /// first added them, even when the file was deleted or git-ignored later. Says so when the
    /// clone is shallow (history incomplete).
    ///
    /// ## Why is this bad?
    /// Deleting a file does not remove it from history: anyone who can clone the repository can
    /// `git show <commit>:.env`. The keys must be rotated; rewriting history alone does not help
    /// once it was pushed.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    /// ```text path=@git
    /// tracked Dockerfile
    /// ```
    /// ```text path=@git-history:3f2a9c1d0b7e6f5a4c3b2a1908f7e6d5c4b3a291:.env
    /// OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    /// ```text path=@git
    /// tracked Dockerfile
    /// ```
    /// ```text path=@git-history:3f2a9c1d0b7e6f5a4c3b2a1908f7e6d5c4b3a291:.env.example
    /// OPENAI_API_KEY=your_openai_api_key_here
    /// ```
    pub struct SecretInGitHistory {
        code: "SW4002",
        name: "secret-in-git-history",
        family: Secrets,
        severity: Critical,
        category: Security,
        summary: "Credential present in git history",
    }
}

crate::message! {
    /// A real-looking credential in a committed env file (`masked`: its masked value; the
    /// credential's fields: see `secrets::credential`); `gone`: no longer in the working tree;
    /// `shallow`: the clone is shallow.
    struct InHistory<'a> = "secret-in-git-history" { key: &'a str, kind: &'a str, name: &'a str, extra: &'a str, what: &'a str, masked: String, path: &'a str, commit: &'a str, summary: String, gone: bool, shallow: bool }
    struct InHistoryHelp<'a> = "secret-in-git-history-help" { path: &'a str }
}

impl SecretInGitHistory {
    fn check(&self, project: &Project, cx: &mut Checker) {
        if !project.git.available {
            return;
        }
        let mut seen = std::collections::BTreeSet::new();
        for b in &project.git.history {
            let parsed = seaworthy_syntax::dotenv::parse(&b.text);
            for e in &parsed.entries {
                let Some(Verdict::Real { what }) = classify(&e.key, &e.value) else {
                    continue;
                };
                if !seen.insert((b.path.clone(), e.key.clone(), e.value.clone())) {
                    continue;
                }
                let short = &b.commit[..b.commit.len().min(10)];
                let in_tree = project
                    .file_by_path(&b.path)
                    .is_some_and(|f| f.text.contains(&e.value));
                // anchor: the file if it still exists, else the repository's first file
                let anchor = project
                    .file_by_path(&b.path)
                    .map(|f| f.id)
                    .or_else(|| project.files.first().map(|f| f.id));
                let Some(anchor) = anchor else { continue };
                let c = credential(&what);
                let msg = InHistory {
                    key: &e.key,
                    kind: c.kind,
                    name: c.name,
                    extra: c.extra,
                    what: c.what,
                    masked: mask_secret(&e.value),
                    path: &b.path,
                    commit: short,
                    summary: b.summary.chars().take(60).collect::<String>(),
                    gone: !in_tree,
                    shallow: project.git.shallow,
                };
                cx.report(anchor, Span::EMPTY, msg)
                    .help(InHistoryHelp { path: &b.path });
            }
        }
    }
}
