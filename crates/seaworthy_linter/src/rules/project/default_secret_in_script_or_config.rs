use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::project::{mask_secret, FileId, Project};
use crate::rule::Checker;
use crate::secrets::secret_key_name;
use seaworthy_syntax::classify::is_settings_data_file;
use seaworthy_syntax::shell::ShellWord;
use seaworthy_syntax::yaml::{self, Kind, NodeId, Yaml};
use seaworthy_syntax::{Environment, FileKind, Span};
use std::collections::HashMap;

use super::helpers::well_known_secret;

declare_rule! {
    /// ## What it does
    /// Finds secret variables and settings whose value, or whose fallback when the variable is
    /// unset, is a well-known default (`changeme`, `secret`, `ultrasecretkey`,
    /// `django-insecure-...`, a `your-secret-key`-style placeholder) in the shell scripts a
    /// deployment runs and in the settings data files an application reads:
    /// - entrypoints and scripts: `export SECRET_KEY=changeme`, `: "${JWT_SECRET:=changeme}"`,
    ///   `docker run -e DB_PASSWORD=secret`, `--password changeme` on a command line;
    /// - `config.yaml`, `settings.yml`, `application.yml`, `config.json`, `appsettings.json` and
    ///   the `config/production.json` files of a `config/` folder: `secret_key: changeme`,
    ///   Spring-style `${JWT_SECRET:changeme}` fallbacks.
    ///
    /// Scripts and files of development and test folders are not reported. Python settings
    /// modules are `default-secret-in-app-settings`; env files are `weak-secret-value`; provider
    /// keys in any file are `secret-in-deployment-file`.
    ///
    /// ## Why is this bad?
    /// An entrypoint runs on every start of every container of its image: a default it exports
    /// or falls back to is the production secret the day the variable is missing, silently.
    /// Anyone who reads the repository, or tries the usual defaults, can then forge sessions and
    /// tokens or log in to the database.
    ///
    /// ## Example
    /// ```sh path=docker-entrypoint.sh
    /// #!/bin/sh
    /// set -e
    /// export SECRET_KEY=changeme
    /// exec gunicorn app.wsgi:application
    /// ```
    ///
    /// ## Use instead
    /// Fail at start when the secret is missing:
    /// ```sh path=docker-entrypoint.sh
    /// #!/bin/sh
    /// set -e
    /// : "${SECRET_KEY:?SECRET_KEY must be set}"
    /// exec gunicorn app.wsgi:application
    /// ```
    ///
    /// ## References
    /// - <https://pubs.opengroup.org/onlinepubs/9799919799/utilities/V3_chap02.html#tag_19_06_02>
    /// - <https://docs.docker.com/compose/how-tos/use-secrets/>
    /// - <https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html>
    pub struct DefaultSecretInScriptOrConfig {
        code: "SW6043",
        name: "default-secret-in-script-or-config",
        family: Project,
        severity: High,
        category: Security,
        summary: "Well-known default secret in a script or a settings file",
    }
}

crate::message! {
    /// A fallback (`${NAME:=value}`, Spring's `${NAME:value}`) that is a well-known default.
    struct Fallback<'a> = "default-secret-in-script-or-config-fallback" { kind: &'a str, name: &'a str, path: &'a str, masked: &'a str }
    /// A default set in a script that a service runs on every start.
    struct Started<'a> = "default-secret-in-script-or-config-started" { kind: &'a str, name: &'a str, path: &'a str, masked: &'a str, service: &'a str }
    /// A default set in a script or a settings file.
    struct Set<'a> = "default-secret-in-script-or-config" { kind: &'a str, name: &'a str, path: &'a str, masked: &'a str }
    struct ScriptHelp = "default-secret-in-script-or-config-script-help" {}
    struct ConfigHelp = "default-secret-in-script-or-config-config-help" {}
    struct StartsThrough<'a> = "default-secret-in-script-or-config-related" { service: &'a str, path: &'a str }
    /// `: "${SECRET_KEY:?...}"`: the script stops when the secret is missing.
    struct Required<'a> = "default-secret-in-script-or-config-strength" { name: &'a str, path: &'a str }
}

/// `${NAME:?message}` / `${NAME?message}` of secret variables in a script: (word span, name).
fn required_secrets(project: &Project, file: FileId) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for cmd in project.shell_commands(file) {
        for w in &cmd.words {
            for (i, _) in w.text.match_indices("${") {
                let rest = &w.text[i + 2..];
                let n = rest
                    .bytes()
                    .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
                    .count();
                let (name, after) = rest.split_at(n);
                if (after.starts_with(":?") || after.starts_with('?')) && secret_key_name(name) {
                    out.push((w.span, name.to_string()));
                }
            }
        }
    }
    out
}

/// One default secret found in a file.
struct Hit {
    /// The value (without quotes).
    span: Span,
    name: String,
    value: String,
    /// Only used when the variable is unset (`${NAME:-value}`, `${NAME:value}`).
    fallback: bool,
    /// How it is written, for the message: `variable`, `flag` or `setting`.
    kind: &'static str,
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(|c: char| c.is_ascii_digit())
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A value worth reporting: a well-known default, not a number, a switch or a reference.
fn default_value(v: &str) -> bool {
    let t = v.trim();
    !t.bytes().all(|b| b.is_ascii_digit())
        && !["true", "false", "yes", "no", "null", "none", "on", "off"]
            .iter()
            .any(|w| t.eq_ignore_ascii_case(w))
        && well_known_secret(t)
}

/// The span of `value` inside the raw text of a word (quotes and escapes may differ), searched
/// from `from`; the whole word when it cannot be found as written.
fn value_span(text: &str, word: Span, from: usize, value: &str) -> Span {
    let (s, e) = (word.start as usize, word.end as usize);
    text.get(s..e)
        .and_then(|raw| {
            let from = raw.char_indices().map(|(i, _)| i).find(|i| *i >= from)?;
            raw[from..].find(value).map(|i| s + from + i)
        })
        .map_or(word, |start| Span::new(start, start + value.len()))
}

/// `${NAME:-value}`, `${NAME:=value}`, `${NAME-value}`, `${NAME=value}` in a word (or a YAML
/// scalar, where `spring` also reads `${NAME:value}`): (name, default, offset of the default).
fn interpolation_defaults(s: &str, colon_alone: bool) -> Vec<(&str, &str, usize)> {
    let mut out = Vec::new();
    for (i, _) in s.match_indices("${") {
        let rest = &s[i + 2..];
        let n = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.')
            .count();
        let (name, after) = rest.split_at(n);
        let op = if after.starts_with(":-") || after.starts_with(":=") {
            2
        } else if after.starts_with('-')
            || after.starts_with('=')
            || colon_alone && after.starts_with(':')
        {
            1
        } else {
            continue;
        };
        let body = &after[op..];
        let Some(end) = body.find('}') else { continue };
        let d = &body[..end];
        if !name.is_empty() && !d.contains("${") {
            out.push((name, d.trim_matches(['"', '\'']), i + 2 + n + op));
        }
    }
    out
}

fn shell_hits(project: &Project, file: FileId, text: &str) -> Vec<Hit> {
    let mut out = Vec::new();
    for cmd in project.shell_commands(file) {
        // `[ "$SECRET_KEY" = changeme ]`, `test ...`: a check against the default, not a use
        if matches!(cmd.program(), Some("[" | "[[" | "test" | "echo" | "printf")) {
            continue;
        }
        let words: &[ShellWord] = &cmd.words;
        for (i, w) in words.iter().enumerate() {
            let t = w.text.as_str();
            for (name, d, _) in interpolation_defaults(t, false) {
                if secret_key_name(name) && default_value(d) {
                    out.push(Hit {
                        span: value_span(text, w.span, 0, d),
                        name: name.to_string(),
                        value: d.to_string(),
                        fallback: true,
                        kind: "variable",
                    });
                }
            }
            if let Some(flag) = t.strip_prefix("--") {
                let (fname, inline) = match flag.split_once('=') {
                    Some((n, v)) => (n, Some(v)),
                    None => (flag, None),
                };
                let key = fname.replace('-', "_");
                if !is_identifier(&key) || !secret_key_name(&key) {
                    continue;
                }
                let value = match inline {
                    Some(v) => Some((v, w.span, fname.len() + 2)),
                    None => words.get(i + 1).map(|n| (n.text.as_str(), n.span, 0)),
                };
                if let Some((v, span, from)) = value.filter(|(v, _, _)| default_value(v)) {
                    out.push(Hit {
                        span: value_span(text, span, from, v),
                        name: format!("--{fname}"),
                        value: v.to_string(),
                        fallback: false,
                        kind: "flag",
                    });
                }
                continue;
            }
            let Some((name, v)) = t.split_once('=') else {
                continue;
            };
            if is_identifier(name) && secret_key_name(name) && default_value(v) {
                out.push(Hit {
                    span: value_span(text, w.span, name.len() + 1, v),
                    name: name.to_string(),
                    value: v.to_string(),
                    fallback: false,
                    kind: "variable",
                });
            }
        }
    }
    out
}

fn yaml_hits(doc: &Yaml, node: NodeId, text: &str, depth: usize, out: &mut Vec<Hit>) {
    if depth > 32 {
        return;
    }
    match &doc.node(node).kind {
        Kind::Map(entries) => {
            for (k, v) in entries {
                let vn = doc.node(*v);
                if let (Some(key), Kind::Scalar { value, .. }) = (doc.as_str(*k), &vn.kind) {
                    let key_name = key.replace(['-', '.'], "_");
                    // the value span without its quotes
                    let inner = |off: usize, v: &str| value_span(text, vn.span, off, v);
                    if secret_key_name(&key_name) && default_value(value) {
                        out.push(Hit {
                            span: inner(0, value),
                            name: key.to_string(),
                            value: value.clone(),
                            fallback: false,
                            kind: "setting",
                        });
                    }
                    for (name, d, _) in interpolation_defaults(value, true) {
                        if (secret_key_name(name) || secret_key_name(&key_name)) && default_value(d)
                        {
                            out.push(Hit {
                                span: inner(0, d),
                                name: key.to_string(),
                                value: d.to_string(),
                                fallback: true,
                                kind: "setting",
                            });
                        }
                    }
                } else {
                    yaml_hits(doc, *v, text, depth + 1, out);
                }
            }
        }
        Kind::Seq(items) => {
            for i in items {
                yaml_hits(doc, *i, text, depth + 1, out);
            }
        }
        _ => {}
    }
}

impl DefaultSecretInScriptOrConfig {
    fn check(&self, project: &Project, cx: &mut Checker) {
        // the services that run each script (entrypoint and the start scripts it runs)
        let mut run_by: HashMap<FileId, Vec<usize>> = HashMap::new();
        for (i, s) in project.services.iter().enumerate() {
            for sc in s.command.iter().flat_map(|c| &c.scripts) {
                run_by.entry(*sc).or_default().push(i);
            }
        }
        for f in project.files.iter() {
            if f.environment.is_non_prod() || !f.is_parseable() {
                continue;
            }
            let script = matches!(f.kind, FileKind::Entrypoint | FileKind::Script);
            let config = f.kind == FileKind::AppConfig && is_settings_data_file(&f.path);
            if !script && !config {
                continue;
            }
            if script {
                for (span, name) in required_secrets(project, f.id) {
                    cx.strength(
                        f.id,
                        span,
                        Required {
                            name: &name,
                            path: &f.path,
                        },
                    );
                }
            }
            let hits = if script {
                shell_hits(project, f.id, &f.text)
            } else {
                let doc = yaml::parse(&f.text);
                let mut out = Vec::new();
                for root in doc.docs.iter().copied() {
                    yaml_hits(&doc, root, &f.text, 0, &mut out);
                }
                out
            };
            if hits.is_empty() {
                continue;
            }
            let services: Vec<&crate::project::service::Service> = run_by
                .get(&f.id)
                .into_iter()
                .flatten()
                .filter_map(|i| project.services.get(*i))
                .filter(|s| !project.deployments[s.deployment].environment.is_non_prod())
                .collect();
            for h in hits {
                let masked = mask_secret(&h.value);
                let (name, path, kind) = (h.name.as_str(), f.path.as_str(), h.kind);
                let fnd = match (h.fallback, script, services.first()) {
                    (true, _, _) => cx
                        .report(
                            f.id,
                            h.span,
                            Fallback {
                                kind,
                                name,
                                path,
                                masked: &masked,
                            },
                        )
                        .severity(Severity::Medium),
                    (false, true, Some(s)) => cx
                        .report(
                            f.id,
                            h.span,
                            Started {
                                kind,
                                name,
                                path,
                                masked: &masked,
                                service: &s.name,
                            },
                        )
                        .severity(Severity::High),
                    (false, _, _) => cx
                        .report(
                            f.id,
                            h.span,
                            Set {
                                kind,
                                name,
                                path,
                                masked: &masked,
                            },
                        )
                        .severity(if f.environment == Environment::Prod {
                            Severity::High
                        } else {
                            Severity::Medium
                        }),
                };
                if script {
                    fnd.help(ScriptHelp {});
                } else {
                    fnd.help(ConfigHelp {});
                }
                for s in services.iter().take(3) {
                    if let Some(c) = &s.command {
                        fnd.related(
                            c.file,
                            c.span,
                            StartsThrough {
                                service: &s.name,
                                path,
                            },
                        );
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_in_words() {
        let d = interpolation_defaults("${JWT_SECRET:=changeme}", false);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].0, d[0].1), ("JWT_SECRET", "changeme"));
        assert_eq!(
            interpolation_defaults("${jwt.secret:changeme}", true)[0].1,
            "changeme"
        );
        assert!(interpolation_defaults("${JWT_SECRET:?required}", false).is_empty());
        assert!(interpolation_defaults("${JWT_SECRET:changeme}", false).is_empty());
    }

    #[test]
    fn names_and_values() {
        for n in ["SECRET_KEY", "JWT_SECRET", "DB_PASSWORD", "password"] {
            assert!(secret_key_name(n), "{n}");
        }
        for v in ["changeme", "secret", "django-insecure-x1"] {
            assert!(default_value(v), "{v}");
        }
        for v in ["1234", "true", "$SECRET", "k8F!zq02-LmX"] {
            assert!(!default_value(v), "{v}");
        }
    }

    #[test]
    fn silent_cases() {
        let p = crate::testing::project_from_txtar(
            "-- docker-entrypoint.sh --\n#!/bin/sh\nif [ \"$SECRET_KEY\" = changeme ]; then echo \"SECRET_KEY=changeme is not allowed\"; exit 1; fi\n: \"${SECRET_KEY:?set it}\"\nexport DB_PASSWORD=\"$(cat /run/secrets/db)\"\n-- scripts/dev-setup.sh --\nexport SECRET_KEY=changeme\n-- config.yaml --\nsecret_key: ${SECRET_KEY}\npassword_min_length: 12\n",
        );
        let mut n = 0;
        for f in p.files.iter() {
            n += shell_hits(&p, f.id, &f.text).len();
        }
        assert_eq!(
            n, 1,
            "only the dev script's export is a hit (the rule skips dev files)"
        );
    }
}
