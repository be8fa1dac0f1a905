use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// In a git repository, reports real env files (`.env`, `.env.production`, `*.env`; not
    /// examples or templates) that git does not ignore. Records a strength when `.env` files are
    /// ignored.
    ///
    /// ## Why is this bad?
    /// The next `git add .` commits every secret in it, and from then on they live in history
    /// forever.
    ///
    /// ## Example
    /// ```text path=@git
    /// tracked docker-compose.yml
    /// ```
    /// ```env
    /// LOG_LEVEL=info
    /// ```
    ///
    /// ## Use instead
    /// ```text path=@git
    /// tracked docker-compose.yml
    /// ignored .env
    /// ```
    /// ```env
    /// LOG_LEVEL=info
    /// ```
    pub struct EnvFileNotGitignored {
        code: "SW4003",
        name: "env-file-not-gitignored",
        family: Secrets,
        severity: Medium,
        category: Security,
        summary: "Env file that git does not ignore",
    }
}

crate::message! {
    /// An env file git tracks, not in `.gitignore`.
    struct Committed<'a> = "env-file-not-gitignored" { path: &'a str }
    /// An env file git does not track yet, not in `.gitignore`.
    struct NotIgnored<'a> = "env-file-not-gitignored-untracked" { path: &'a str }
    struct NotIgnoredHelp<'a> = "env-file-not-gitignored-help" { name: &'a str, tracked: bool }
    /// An env file in `.gitignore` that git still tracks.
    struct IgnoredButTracked<'a> = "env-file-not-gitignored-still-tracked" { path: &'a str }
    struct IgnoredButTrackedHelp<'a> = "env-file-not-gitignored-still-tracked-help" { path: &'a str }
    struct Ignored<'a> = "env-file-not-gitignored-strength" { path: &'a str }
}

impl EnvFileNotGitignored {
    fn check(&self, project: &Project, cx: &mut Checker) {
        if !project.git.available {
            return;
        }
        for ef in project.env.files.iter().filter(|e| !e.is_example) {
            let f = project.file(ef.file);
            let n = f.name();
            if !(n == ".env" || n.starts_with(".env.") || n.ends_with(".env")) {
                continue;
            }
            let tracked = project.git.is_tracked(&f.path);
            if f.gitignored || project.git.ignored.contains(&f.path) {
                if tracked {
                    // `.gitignore` does not apply to files git already tracks
                    cx.report(ef.file, Span::EMPTY, IgnoredButTracked { path: &f.path })
                        .help(IgnoredButTrackedHelp { path: &f.path });
                } else {
                    cx.strength(ef.file, Span::EMPTY, Ignored { path: &f.path });
                }
                continue;
            }
            let msg: crate::message::Message = if tracked {
                Committed { path: &f.path }.into()
            } else {
                NotIgnored { path: &f.path }.into()
            };
            cx.report(ef.file, Span::EMPTY, msg).help(NotIgnoredHelp {
                name: f.name(),
                tracked,
            });
        }
    }
}
