use super::{dockerfiles, stage_chain};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Reports an `ENV` instruction that sets several variables and refers, in one value, to a
    /// variable it sets earlier in the same instruction (`ENV APP_HOME=/app APP_LOGS=$APP_HOME/logs`).
    /// A value that extends its own variable (`ENV PATH=/app/bin:$PATH`) is fine and not reported.
    ///
    /// ## Why is this bad?
    /// Docker substitutes variables with the values they had *before* the instruction: in the
    /// example `APP_LOGS` becomes `/logs` (or an older `APP_HOME`), not `/app/logs`. Nothing fails;
    /// the service just reads and writes the wrong paths.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ENV APP_HOME=/app APP_LOGS=$APP_HOME/logs
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// ENV APP_HOME=/app
    /// ENV APP_LOGS=$APP_HOME/logs
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/reference/dockerfile/#environment-replacement>
    pub struct EnvSelfReference {
        code: "SW1038",
        name: "env-self-reference",
        family: Dockerfile,
        severity: Medium,
        category: Reliability,
        hadolint: ["DL3044"],
        summary: "`ENV` refers to a variable it sets itself",
    }
}

/// Names of the variables a value expands (`$A`, `${A}`, `${A:-x}`), not inside single quotes and
/// not escaped (`\$A`). `raw` is the value as written in the file.
fn references(raw: &str) -> Vec<String> {
    let b = raw.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut single = false;
    let name_at = |mut j: usize| {
        let s = j;
        while j < b.len() && (b[j] == b'_' || b[j].is_ascii_alphanumeric()) {
            j += 1;
        }
        (j > s && !b[s].is_ascii_digit()).then(|| raw[s..j].to_string())
    };
    while i < b.len() {
        match b[i] {
            b'\'' => single = !single,
            b'\\' if !single => i += 1,
            b'$' if !single => {
                let start = if b.get(i + 1) == Some(&b'{') {
                    i + 2
                } else {
                    i + 1
                };
                if let Some(n) = name_at(start) {
                    out.push(n);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

crate::message! {
    /// `ENV A=1 B=$A` (`set`: `true` when `var` had a value before this `ENV`).
    struct SelfRef<'a> = "env-self-reference" { key: &'a str, var: &'a str, set: bool }
    struct SelfRefHelp<'a> = "env-self-reference-help" { var: &'a str }
}

impl EnvSelfReference {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let text = &project.file(doc.file).text;
            for stage in &df.stages {
                // variables set earlier in this stage (the stages it builds on are only looked
                // at when a finding needs them)
                let mut known: Vec<String> = Vec::new();
                for (_, ins) in df.stage_instructions(stage) {
                    if !matches!(ins.keyword, Keyword::Env | Keyword::Arg) {
                        continue;
                    }
                    let kvs = ins.key_values();
                    if ins.keyword == Keyword::Env && kvs.len() > 1 {
                        for (n, kv) in kvs.iter().enumerate() {
                            let Some(v) = &kv.value else {
                                continue;
                            };
                            let set_before: Vec<&str> =
                                kvs[..n].iter().map(|k| k.key.text.as_str()).collect();
                            let Some(r) = references(v.span.slice(text))
                                .into_iter()
                                .find(|r| set_before.contains(&r.as_str()))
                            else {
                                continue;
                            };
                            let inherited = || {
                                stage_chain(df, stage).into_iter().skip(1).any(|p| {
                                    df.stage_instructions(p).any(|(_, i)| {
                                        i.keyword == Keyword::Env
                                            && i.key_values().iter().any(|kv| kv.key.text == r)
                                    })
                                })
                            };
                            let set = known.contains(&r) || inherited();
                            cx.report(
                                doc.file,
                                v.span,
                                SelfRef {
                                    key: &kv.key.text,
                                    var: &r,
                                    set,
                                },
                            )
                            .help(SelfRefHelp { var: &r });
                        }
                    }
                    known.extend(kvs.into_iter().map(|kv| kv.key.text));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;
    use super::references;

    const CODE: &str = "SW1038";

    #[test]
    fn reference_syntax() {
        assert_eq!(references("$A/${B}/${C:-x}/\\$D/'$E'/$1"), ["A", "B", "C"]);
    }

    #[test]
    fn same_instruction_only() {
        assert_eq!(findings("FROM debian\nENV A=/app B=${A}/logs\n", CODE), 1);
        assert_eq!(
            findings("FROM debian\nENV A=/app \\\n    B=\"$A/logs\"\n", CODE),
            1
        );
        for src in [
            "FROM debian\nENV A=/app\nENV B=$A/logs\n",
            "FROM debian\nENV PATH=/app/bin:$PATH LANG=C.UTF-8\n",
            "FROM debian\nENV A=/app B='$A/logs'\n",
            "FROM debian\nENV A=/app B=\\$A/logs\n",
            "FROM debian\nENV LEGACY value with $LEGACY\n",
        ] {
            assert_eq!(findings(src, CODE), 0, "{src}");
        }
    }
}

#[cfg(test)]
mod english {
    use super::*;
    use crate::i18n::Lang;
    use crate::message::Message;

    /// The catalogue renders the English the rule said before its messages became data.
    #[test]
    fn variants_read_as_before() {
        let set: Message = SelfRef {
            key: "B",
            var: "A",
            set: true,
        }
        .into();
        assert_eq!(
            set.as_str(),
            "`B` refers to `$A`, which the same `ENV` sets: it gets the value `A` had before this `ENV`, not the new one"
        );
        let unset: Message = SelfRef {
            key: "B",
            var: "A",
            set: false,
        }
        .into();
        assert_eq!(
            unset.as_str(),
            "`B` refers to `$A`, which the same `ENV` sets: it gets an empty value (`A` is not set before this `ENV`), not the new one"
        );
        assert!(unset.in_lang(Lang::Ru).contains("`$A`"));
    }
}
