use super::{
    dockerfiles, has_cache_or_tmpfs_mount, mount_targets, option_insertion, parent_stage,
    pkg_install, shipped_stages,
};
use crate::declare_rule;
use crate::diagnostic::{Edit, Fix};
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::{Instruction, Keyword};

declare_rule! {
    /// ## What it does
    /// Reports `pip install` without `--no-cache-dir` in a stage that ships (the final stage and
    /// the stages it is built `FROM`), unless pip's cache is already off: `PIP_NO_CACHE_DIR` set
    /// by an `ENV`, an `ARG` or the command itself, `pip config set global.no-cache-dir`, or a
    /// BuildKit cache or tmpfs mount on pip's cache directory. `pipx`, `pipenv` and `uv` are other
    /// tools and are not reported. Records a strength for cache mounts and `--no-cache-dir`.
    ///
    /// `PIP_NO_CACHE_DIR` disables the cache for any boolean value pip accepts, `0`, `false` and
    /// `off` included: pip kept that historical (inverted) reading for backwards compatibility.
    ///
    /// ## Why is this bad?
    /// pip keeps every downloaded wheel in `~/.cache/pip`, which then ships in the layer: often
    /// 50–300 MB of dead weight. In a builder stage that is only copied from, the cache never
    /// ships, so it is not reported there.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN pip install -r requirements.txt
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
    /// ```
    ///
    /// ## References
    /// - <https://pip.pypa.io/en/stable/topics/caching/>
    /// - <https://pip.pypa.io/en/stable/topics/configuration/#environment-variables>
    /// - <https://docs.docker.com/build/cache/optimize/#use-cache-mounts>
    pub struct PipCacheNotDisabled {
        code: "SW1006",
        name: "pip-cache-not-disabled",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3042"],
        summary: "`pip install` keeps its download cache in the image",
    }
}

/// Does this `PIP_NO_CACHE_DIR` value turn the cache off? pip parses it with `strtobool` and
/// disables the cache for every valid value, false-looking ones included; anything else makes pip
/// exit with an error. A variable reference is taken as set (nothing to say about it).
fn no_cache_value(v: &str) -> bool {
    let v = v.trim().to_ascii_lowercase();
    v.starts_with('$')
        || matches!(
            v.as_str(),
            "1" | "y" | "yes" | "t" | "true" | "on" | "0" | "n" | "no" | "f" | "false" | "off"
        )
}

/// Does this `ENV`/`ARG` (or a `RUN` that exports the variable or writes pip's config) turn
/// the cache off? `None` when it says nothing about it.
fn turns_cache_off(ins: &Instruction) -> Option<bool> {
    match ins.keyword {
        // an `ARG` without a default is set only when the build passes it: nothing to say
        Keyword::Env | Keyword::Arg => ins
            .key_values()
            .into_iter()
            .rev()
            .find(|kv| kv.key.text == "PIP_NO_CACHE_DIR")
            .and_then(|kv| kv.value.map(|v| no_cache_value(&v.text))),
        Keyword::Run => {
            let config = ins.command_list().iter().any(|c| {
                let w: Vec<&str> = c.argv().iter().map(|w| w.text.as_str()).collect();
                w.windows(3)
                    .any(|x| x[0] == "config" && x[1] == "set" && x[2].ends_with(".no-cache-dir"))
            });
            config.then_some(true)
        }
        _ => None,
    }
}

crate::message! {
    /// What the automatic fix does.
    struct AutoFix = "pip-cache-not-disabled-autofix" {}
    /// `pip install` that keeps its cache in the layer.
    struct Cache = "pip-cache-not-disabled" {}
    struct CacheHelp = "pip-cache-not-disabled-help" {}
    /// A BuildKit cache mount for pip.
    struct Mounted = "pip-cache-not-disabled-strength-mount" {}
    /// `--no-cache-dir`.
    struct NoCacheDir = "pip-cache-not-disabled-strength" {}
}

impl PipCacheNotDisabled {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let text = &project.file(doc.file).text;
            let shipped = shipped_stages(project, doc);
            // per stage, what it leaves to the stages built on it: (`ENV PIP_NO_CACHE_DIR`,
            // pip's config turned the cache off); `ARG`s do not carry over
            let mut ends: Vec<(Option<bool>, bool)> = Vec::with_capacity(df.stages.len());
            for stage in &df.stages {
                let (mut env, mut config) = parent_stage(df, stage)
                    .and_then(|p| ends.get(p.index).copied())
                    .unwrap_or((None, false));
                let mut arg: Option<bool> = None;
                let is_shipped = shipped.get(stage.index).copied().unwrap_or(false);
                for (_, ins) in df.stage_instructions(stage) {
                    match ins.keyword {
                        Keyword::Env => env = turns_cache_off(ins).or(env),
                        Keyword::Arg => arg = turns_cache_off(ins).or(arg),
                        _ => {}
                    }
                    if ins.keyword != Keyword::Run {
                        continue;
                    }
                    // an ENV wins over an ARG of the same name
                    let off = config || env.or(arg).unwrap_or(false);
                    let configures = turns_cache_off(ins) == Some(true);
                    config |= configures;
                    if !is_shipped {
                        continue;
                    }
                    let mounted = has_cache_or_tmpfs_mount(ins, &["/root/.cache", "/tmp/pip"])
                        || mount_targets(ins, &["cache", "tmpfs"])
                            .iter()
                            .any(|t| t.contains(".cache") || t.contains("pip"));
                    for cmd in ins.command_list() {
                        let Some(pi) = pkg_install(cmd) else {
                            continue;
                        };
                        if pi.manager != "pip" {
                            continue;
                        }
                        if mounted {
                            cx.strength(doc.file, ins.keyword_span, Mounted {});
                            continue;
                        }
                        if pi.has_option(&["--no-cache-dir", "--no-cache"]) {
                            cx.strength(doc.file, pi.verb.span, NoCacheDir {});
                            continue;
                        }
                        // `PIP_NO_CACHE_DIR=1 pip install`, or `export PIP_NO_CACHE_DIR=1 && ...`
                        let set_here = ins.command_list().iter().any(|c| {
                            c.words.iter().any(|w| {
                                w.text
                                    .strip_prefix("PIP_NO_CACHE_DIR=")
                                    .is_some_and(no_cache_value)
                            })
                        });
                        if off || set_here || configures {
                            continue;
                        }
                        let f = cx.report(doc.file, pi.verb.span, Cache {});
                        f.help(CacheHelp {});
                        if let Some((span, content)) =
                            option_insertion(text, ins, pi.verb, "--no-cache-dir")
                        {
                            f.fix(Fix::safe(
                                AutoFix {},
                                vec![Edit {
                                    file: doc.file,
                                    span,
                                    content,
                                }],
                            ));
                        }
                    }
                }
                ends.push((env, config));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{findings, fixed};

    const CODE: &str = "SW1006";

    #[test]
    fn exec_form_fix_stays_json() {
        let out = fixed(
            "FROM python:3.12\nRUN [\"pip\", \"install\", \"flask==3.0.0\"]\n",
            CODE,
        );
        assert_eq!(
            out,
            "FROM python:3.12\nRUN [\"pip\", \"install\", \"--no-cache-dir\", \"flask==3.0.0\"]\n"
        );
        // a script inside `sh -c` has no exact spans: reported, not fixed
        let src = "FROM python:3.12\nRUN [\"sh\", \"-c\", \"pip install flask\"]\n";
        assert_eq!(findings(src, CODE), 1);
        assert_eq!(fixed(src, CODE), src);
    }

    #[test]
    fn shell_form_fix_reparses() {
        let out = fixed(
            "FROM python:3.12\nRUN python -m pip install \\\n    -r requirements.txt\n",
            CODE,
        );
        assert_eq!(
            out,
            "FROM python:3.12\nRUN python -m pip install --no-cache-dir \\\n    -r requirements.txt\n"
        );
    }

    #[test]
    fn pipx_pipenv_uv_are_not_pip() {
        let src = "FROM python:3.12\nRUN pipx install poetry==1.8.3\nRUN pipenv install --deploy\nRUN uv pip install flask\nRUN pip-compile requirements.in\n";
        assert_eq!(findings(src, CODE), 0);
        assert_eq!(fixed(src, CODE), src);
    }

    #[test]
    fn pip_no_cache_dir_values() {
        for v in ["1", "true", "0", "false", "off", "no", "$NO_CACHE"] {
            let src =
                format!("FROM python:3.12\nENV PIP_NO_CACHE_DIR={v}\nRUN pip install flask\n");
            assert_eq!(findings(&src, CODE), 0, "{v}");
        }
        // an empty or invalid value makes pip fail, it does not turn the cache off
        for v in ["\"\"", "maybe"] {
            let src =
                format!("FROM python:3.12\nENV PIP_NO_CACHE_DIR={v}\nRUN pip install flask\n");
            assert_eq!(findings(&src, CODE), 1, "{v}");
        }
        // set after the install: too late
        let src = "FROM python:3.12\nRUN pip install flask\nENV PIP_NO_CACHE_DIR=1\n";
        assert_eq!(findings(src, CODE), 1);
        // inherited from the stage it builds on, set by ARG, on the command, or in pip's config
        for src in [
            "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base AS app\nFROM app\nRUN pip install flask\n",
            "FROM python:3.12\nARG PIP_NO_CACHE_DIR=1\nRUN pip install flask\n",
            "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n",
            "FROM python:3.12\nRUN pip config set global.no-cache-dir false\nRUN pip install flask\n",
            "FROM python:3.12\nRUN --mount=type=tmpfs,target=/root/.cache pip install flask\n",
        ] {
            assert_eq!(findings(src, CODE), 0, "{src}");
        }
    }
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let mount: Message = Mounted {}.into();
        assert_eq!(
            mount.as_str(),
            "BuildKit cache mount for pip: fast rebuilds, no cache in the layer"
        );
        let flag: Message = NoCacheDir {}.into();
        assert_eq!(
            flag.as_str(),
            "`pip install --no-cache-dir` keeps the pip cache out of the image"
        );
    }
}
