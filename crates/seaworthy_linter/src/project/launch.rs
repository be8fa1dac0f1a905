//! Launch commands: every command line that starts a process in a container, wherever it is
//! written: a Dockerfile's final `CMD`/`ENTRYPOINT`, `exec`/plain commands in entrypoint and start
//! scripts, and (once linked) compose `command:`. Rules about app servers (gunicorn, uvicorn,
//! celery) read these instead of each format.

use super::{FileId, Project};
use seaworthy_syntax::dockerfile::Keyword;
use seaworthy_syntax::shell::ShellWord;
use seaworthy_syntax::{FileKind, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaunchSource {
    DockerfileCmd,
    DockerfileEntrypoint,
    Script,
    Compose,
}

#[derive(Debug, Clone)]
pub struct Launch {
    pub file: FileId,
    pub span: Span,
    /// argv with leading assignments and wrappers (`exec`, `sudo`) removed.
    pub argv: Vec<ShellWord>,
    pub source: LaunchSource,
    /// Compose service name, when known.
    pub service: Option<String>,
}

impl Launch {
    pub fn program(&self) -> Option<&str> {
        self.argv
            .first()
            .map(|w| w.text.rsplit('/').next().unwrap_or(&w.text))
    }

    /// `python -m gunicorn ...` and `gunicorn ...` both name `gunicorn`.
    pub fn tool(&self) -> Option<&str> {
        let p = self.program()?;
        if p.starts_with("python") && self.argv.get(1).is_some_and(|w| w.text == "-m") {
            return self.argv.get(2).map(|w| w.text.as_str());
        }
        if matches!(p, "uv" | "poetry" | "pipenv")
            && self.argv.get(1).is_some_and(|w| w.text == "run")
        {
            return self
                .argv
                .get(2)
                .map(|w| w.text.rsplit('/').next().unwrap_or(&w.text));
        }
        Some(p)
    }

    pub fn has_arg(&self, names: &[&str]) -> bool {
        self.argv.iter().any(|w| {
            names
                .iter()
                .any(|n| w.text == *n || w.text.starts_with(&format!("{n}=")))
        })
    }

    /// Value of `--opt value`, `--opt=value` or `-o value`.
    pub fn arg_value(&self, names: &[&str]) -> Option<&ShellWord> {
        for (i, w) in self.argv.iter().enumerate() {
            for n in names {
                if w.text == *n {
                    return self.argv.get(i + 1);
                }
                if let Some(v) = w.text.strip_prefix(&format!("{n}=")) {
                    let _ = v;
                    return Some(w);
                }
            }
        }
        None
    }
}

impl Project {
    /// Every launch command known to the project (computed once; rules ask often).
    pub fn launches(&self) -> &[Launch] {
        self.launches_memo.get_or_init(|| self.compute_launches())
    }

    /// The launches of one file (an entrypoint script), in [`Project::launches`] order: looked
    /// up, not filtered out of every launch of the repository per service.
    pub fn launches_in(&self, file: FileId) -> impl Iterator<Item = &Launch> + '_ {
        let all = self.launches();
        let by_file = self.launches_by_file_memo.get_or_init(|| {
            let mut m: std::collections::HashMap<FileId, Vec<usize>> = Default::default();
            for (i, l) in all.iter().enumerate() {
                m.entry(l.file).or_default().push(i);
            }
            m
        });
        by_file
            .get(&file)
            .into_iter()
            .flatten()
            .filter_map(move |&i| all.get(i))
    }

    fn compute_launches(&self) -> Vec<Launch> {
        let mut out = Vec::new();
        for doc in &self.dockerfiles {
            let Some(stage) = doc.tree.final_stage() else {
                continue;
            };
            // the last CMD and ENTRYPOINT of the final stage are what runs
            for kw in [Keyword::Cmd, Keyword::Entrypoint] {
                let Some((_, ins)) = doc
                    .tree
                    .stage_instructions(stage)
                    .filter(|(_, i)| i.keyword == kw)
                    .last()
                else {
                    continue;
                };
                for cmd in ins.command_list() {
                    let argv = strip_exec(cmd.argv());
                    if argv.is_empty() {
                        continue;
                    }
                    out.push(Launch {
                        file: doc.file,
                        span: cmd.span,
                        argv,
                        source: if kw == Keyword::Cmd {
                            LaunchSource::DockerfileCmd
                        } else {
                            LaunchSource::DockerfileEntrypoint
                        },
                        service: None,
                    });
                }
            }
        }
        for f in self
            .files
            .iter()
            .filter(|f| f.kind == FileKind::Entrypoint && f.is_parseable())
        {
            for cmd in seaworthy_syntax::shell::parse(&f.text) {
                let argv = strip_exec(cmd.argv());
                if argv.is_empty() {
                    continue;
                }
                out.push(Launch {
                    file: f.id,
                    span: cmd.span,
                    argv,
                    source: LaunchSource::Script,
                    service: None,
                });
            }
        }
        out.extend(self.compose_launches());
        out
    }

    /// Compose `command:` entries (a list, or a string split like a shell would).
    fn compose_launches(&self) -> Vec<Launch> {
        let mut out = Vec::new();
        for (d, s) in self.compose.all_services() {
            let Some((words, span)) = &s.command else {
                continue;
            };
            let argv: Vec<ShellWord> = words
                .iter()
                .map(|w| ShellWord {
                    text: w.clone(),
                    span: *span,
                    quoted: false,
                })
                .collect();
            let argv = strip_exec(&argv);
            if argv.is_empty() {
                continue;
            }
            out.push(Launch {
                file: d.file,
                span: *span,
                argv,
                source: LaunchSource::Compose,
                service: Some(s.name.clone()),
            });
        }
        out
    }
}

fn strip_exec(argv: &[ShellWord]) -> Vec<ShellWord> {
    let mut v: &[ShellWord] = argv;
    while let Some(first) = v.first() {
        if matches!(
            first.text.as_str(),
            "exec" | "gosu" | "su-exec" | "tini" | "dumb-init" | "--"
        ) {
            v = &v[1..];
            // `gosu user cmd`, `su-exec user cmd`
            if matches!(first.text.as_str(), "gosu" | "su-exec") && !v.is_empty() {
                v = &v[1..];
            }
            continue;
        }
        break;
    }
    v.to_vec()
}
