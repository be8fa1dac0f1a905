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
    /// forever. Seed audit s000 C3.
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
                    cx.report(
                        ef.file,
                        Span::EMPTY,
                        format!(
                            "`{}` is listed in `.gitignore` but git still tracks it: every commit keeps it",
                            f.path
                        ),
                    )
                    .help(format!(
                        "`git rm --cached {}`, commit, and rotate the secrets it held",
                        f.path
                    ));
                } else {
                    cx.strength(ef.file, Span::EMPTY, format!("`{}` is git-ignored", f.path));
                }
                continue;
            }
            cx.report(
                ef.file,
                Span::EMPTY,
                if tracked {
                    format!("`{}` is committed to git and not in `.gitignore`", f.path)
                } else {
                    format!(
                        "`{}` is not in `.gitignore`: the next `git add .` commits it",
                        f.path
                    )
                },
            )
            .help(format!(
                "add `{}` (or `.env*` with `!.env.example`) to `.gitignore`{}",
                f.name(),
                if tracked {
                    ", then `git rm --cached` it and rotate its secrets"
                } else {
                    ""
                }
            ));
        }
    }
}
