use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::git::GitProblem;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Says when the git history scan (which looks for secrets ever committed, see
    /// `secret-in-git-history`) could not run or saw only part of the history: a shallow clone
    /// (the default of most CI checkouts), a walk stopped at its limit, missing or unreadable git
    /// objects (a damaged object store, a partial clone), a repository that cannot be read, or no
    /// repository at all. Not reported with `--no-git`.
    ///
    /// ## Why is this bad?
    /// Without it, an audit of a depth-1 clone looks exactly like an audit of a clean history:
    /// a key committed two years ago and deleted since is not found, and nothing says it was not
    /// looked for.
    ///
    /// ## Example
    /// A CI checkout with one commit of history:
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    /// ```text path=@git
    /// tracked Dockerfile
    /// shallow
    /// commits 1
    /// ```
    ///
    /// ## Use instead
    /// A full clone (`git fetch --unshallow`, or `fetch-depth: 0` for `actions/checkout`):
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ```
    /// ```text path=@git
    /// tracked Dockerfile
    /// commits 120
    /// ```
    ///
    /// ## References
    /// - [`git clone --depth`](https://git-scm.com/docs/git-clone#Documentation/git-clone.txt---depthdepth)
    /// - [`git fetch --unshallow`](https://git-scm.com/docs/git-fetch#Documentation/git-fetch.txt---unshallow)
    /// - [`git fsck`](https://git-scm.com/docs/git-fsck)
    /// - [actions/checkout: fetch all history](https://github.com/actions/checkout#fetch-all-history-for-all-tags-and-branches)
    pub struct GitHistoryIncomplete {
        code: "SW0005",
        name: "git-history-incomplete",
        family: Core,
        severity: Info,
        category: Security,
        summary: "Git history was not scanned, or only partly",
    }
}

crate::message! {
    /// A shallow clone.
    struct Shallow = "git-history-incomplete-shallow" { commits: usize }
    struct ShallowHelp = "git-history-incomplete-shallow-help" {}
    /// The walk stopped at its limit.
    struct Truncated = "git-history-incomplete-truncated" { commits: usize }
    struct TruncatedHelp = "git-history-incomplete-truncated-help" {}
    /// Not a git repository.
    struct NoRepository = "git-history-incomplete-no-repository" {}
    struct NoRepositoryHelp = "git-history-incomplete-no-repository-help" {}
    /// The repository could not be read.
    struct Unreadable = "git-history-incomplete-unreadable" { error: String }
    struct UnreadableHelp = "git-history-incomplete-unreadable-help" {}
    /// Missing or unreadable objects.
    struct Damaged = "git-history-incomplete-damaged" { count: usize, first: String }
    struct DamagedHelp = "git-history-incomplete-damaged-help" {}
}

impl GitHistoryIncomplete {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // a project-level finding: anchored to the first file (there is nothing to say about an
        // audit without files)
        let Some(anchor) = project.files.first().map(|f| f.id) else {
            return;
        };
        let git = &project.git;
        if git.shallow {
            cx.report(
                anchor,
                Span::EMPTY,
                Shallow {
                    commits: git.commits_scanned,
                },
            )
            .help(ShallowHelp {});
        }
        if git.truncated {
            cx.report(
                anchor,
                Span::EMPTY,
                Truncated {
                    commits: git.commits_scanned,
                },
            )
            .help(TruncatedHelp {});
        }
        for p in &git.problems {
            match p {
                GitProblem::NoRepository => {
                    cx.report(anchor, Span::EMPTY, NoRepository {})
                        .help(NoRepositoryHelp {});
                }
                GitProblem::Unreadable(why) => {
                    cx.report(
                        anchor,
                        Span::EMPTY,
                        Unreadable {
                            error: why.to_string(),
                        },
                    )
                    .severity(Severity::Low)
                    .help(UnreadableHelp {});
                }
                GitProblem::DamagedObjects { count, first } => {
                    cx.report(
                        anchor,
                        Span::EMPTY,
                        Damaged {
                            count: *count,
                            first: first.to_string(),
                        },
                    )
                    .severity(Severity::Low)
                    .help(DamagedHelp {});
                }
            }
        }
    }
}
