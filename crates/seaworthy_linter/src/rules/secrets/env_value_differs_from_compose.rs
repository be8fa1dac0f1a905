use crate::declare_rule;
use crate::project::{mask_secret, Project};
use crate::rule::Checker;
use seaworthy_syntax::yaml::Kind;

declare_rule! {
    /// ## What it does
    /// Finds compose interpolations with a default (`${DATABASE_URL:-postgres://...}`) whose
    /// variable the `.env` next to the compose file sets to a different value, and says where
    /// each value comes from. Secret-looking values are masked.
    ///
    /// ## Why is this bad?
    /// Two sources of truth: the stack works only because `.env` overrides the default, and the day
    /// `.env` is missing (a new server, CI) it silently runs with the other value.
    ///
    /// ## Example
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     environment:
    ///       LOG_LEVEL: ${LOG_LEVEL:-debug}
    /// ```
    /// ```env
    /// LOG_LEVEL=warning
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// services:
    ///   api:
    ///     image: ghcr.io/acme/api:1.0.0
    ///     environment:
    ///       LOG_LEVEL: ${LOG_LEVEL:?set LOG_LEVEL in .env}
    /// ```
    /// ```env
    /// LOG_LEVEL=warning
    /// ```
    pub struct EnvValueDiffersFromCompose {
        code: "SW4010",
        name: "env-value-differs-from-compose",
        family: Secrets,
        severity: Low,
        category: Maintainability,
        summary: "Variable defined differently in .env and in a compose default",
    }
}

crate::message! {
    /// A variable's `.env` value and its compose default differ (values masked when secret).
    struct Differs<'a> = "env-value-differs-from-compose" { name: &'a str, line: u32, env_value: String, default: String }
    struct DiffersHelp<'a> = "env-value-differs-from-compose-help" { name: &'a str }
    struct SetHere = "env-value-differs-from-compose-set-here" {}
}

impl EnvValueDiffersFromCompose {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for d in &project.compose.docs {
            let mut seen = std::collections::BTreeSet::new();
            for node in &d.yaml.nodes {
                let Kind::Scalar { value, .. } = &node.kind else {
                    continue;
                };
                if !value.contains("${") {
                    continue;
                }
                let r = d.interpolate(value);
                for v in &r.refs {
                    let (Some(default), Some(origin)) = (&v.default, d.dotenv.get(&v.name)) else {
                        continue;
                    };
                    if default.contains('$')
                        || *default == origin.value
                        || !seen.insert(v.name.clone())
                    {
                        continue;
                    }
                    let env_line = project
                        .file(origin.file)
                        .line_col(origin.span.start as usize)
                        .line;
                    let secretish =
                        crate::secrets::secret_key_name(&v.name) || default.contains('@');
                    let show = |s: &str| match crate::util::conn_url::parse(s) {
                        Some(u) if u.password_range.is_some() => {
                            let r = u.password_range.clone().unwrap_or(0..0);
                            format!(
                                "{}{}{}",
                                &s[..r.start],
                                mask_secret(&s[r.clone()]),
                                &s[r.end..]
                            )
                        }
                        _ if secretish => mask_secret(s),
                        _ => s.to_string(),
                    };
                    cx.report(
                        d.file,
                        node.span,
                        Differs {
                            name: &v.name,
                            line: env_line,
                            env_value: show(&origin.value),
                            default: show(default),
                        },
                    )
                    .help(DiffersHelp { name: &v.name })
                    .related(origin.file, origin.span, SetHere {});
                }
            }
        }
    }
}
