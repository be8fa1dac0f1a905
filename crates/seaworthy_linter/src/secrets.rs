//! Secret detection: provider key formats from a dated data table (`data/secrets.toml`), an
//! entropy check for generic `*_KEY`/`*_SECRET`/`*_TOKEN`/`*_PASSWORD` values, connection strings
//! with passwords, and placeholder recognition so that examples are not reported as leaks but weak
//! defaults are. The detector never returns the value itself, only what it is and where.

use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
struct Table {
    updated: String,
    pattern: Vec<PatternRow>,
    names: Names,
    placeholders: Placeholders,
}

#[derive(Debug, Deserialize)]
struct PatternRow {
    provider: String,
    regex: String,
}

#[derive(Debug, Deserialize)]
struct Names {
    suffixes: Vec<String>,
    exact: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Placeholders {
    values: Vec<String>,
    weak: Vec<String>,
}

struct Compiled {
    table: Table,
    patterns: Vec<(String, regex::Regex)>,
    /// The same patterns unanchored, for free text.
    unanchored: Vec<(String, regex::Regex)>,
    /// `placeholders.values`, lowercase.
    placeholders_lower: Vec<String>,
}

fn compiled() -> &'static Compiled {
    static C: OnceLock<Compiled> = OnceLock::new();
    C.get_or_init(|| {
        let table: Table =
            toml::from_str(include_str!("../data/secrets.toml")).unwrap_or_else(|e| {
                debug_assert!(false, "data/secrets.toml: {e}");
                Table {
                    updated: String::new(),
                    pattern: Vec::new(),
                    names: Names {
                        suffixes: Vec::new(),
                        exact: Vec::new(),
                    },
                    placeholders: Placeholders {
                        values: Vec::new(),
                        weak: Vec::new(),
                    },
                }
            });
        let patterns = table
            .pattern
            .iter()
            .filter_map(|p| {
                regex::Regex::new(&format!("^(?:{})$", p.regex))
                    .ok()
                    .map(|r| (p.provider.clone(), r))
            })
            .collect();
        let unanchored = table
            .pattern
            .iter()
            .filter_map(|p| {
                // a private key block ends at its END line, not at the end of the text
                let re = p
                    .regex
                    .replace(r"[\s\S]*", r"[\s\S]*?-----END ([A-Z]+ )?PRIVATE KEY-----");
                regex::Regex::new(&re).ok().map(|r| (p.provider.clone(), r))
            })
            .collect();
        let placeholders_lower = table
            .placeholders
            .values
            .iter()
            .map(|p| p.to_ascii_lowercase())
            .collect();
        Compiled {
            table,
            patterns,
            unanchored,
            placeholders_lower,
        }
    })
}

/// Date of the pattern table.
pub fn table_date() -> &'static str {
    &compiled().table.updated
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Looks like a real credential (provider format, high entropy, password in a URL).
    Real { what: String },
    /// A weak, guessable value used as a secret (`changeme`, `admin`).
    Weak,
    /// An obvious placeholder (`your_token_here`, `<key>`, empty).
    Placeholder,
}

/// `*` globs, case-insensitive: both sides are lowercase already.
fn glob_match(p: &str, v: &str) -> bool {
    if !p.is_empty() && p.trim_matches('*').is_empty() {
        return !v.is_empty() && v.chars().all(|c| c == '*');
    }
    let (Some(first_star), Some(last_star)) = (p.find('*'), p.rfind('*')) else {
        return v == p;
    };
    let (first, last) = (&p[..first_star], &p[last_star + 1..]);
    if !v.starts_with(first)
        || v.len() < first.len() + last.len()
        || !v[first.len()..].ends_with(last)
    {
        return false;
    }
    let mut rest = &v[first.len()..v.len() - last.len()];
    if last_star > first_star {
        for mid in p[first_star + 1..last_star].split('*') {
            match rest.find(mid) {
                Some(i) => rest = &rest[i + mid.len()..],
                None => return false,
            }
        }
    }
    true
}

/// Words that mark a value as a placeholder wherever they appear (`change_me_in_production`,
/// `!!!SET DJANGO_SECRET_KEY!!!`, `get_a_key_from_aws`).
const PLACEHOLDER_WORDS: &[&str] = &[
    "change",
    "your",
    "example",
    "placeholder",
    "replace",
    "!!!",
    "get_",
    "generate",
    "insecure",
    "dummy",
    "sample",
    "todo",
    "fixme",
    "xxxx",
    "<",
    "{{",
    "%%",
    "...",
    "redacted",
    "notreal",
    "not_real",
    "fake",
    "set_me",
    "setme",
    "enter_",
];

pub fn is_placeholder(v: &str) -> bool {
    let t = v.trim();
    let l = t.to_ascii_lowercase();
    compiled()
        .placeholders_lower
        .iter()
        .any(|p| glob_match(p, &l))
        || t.chars()
            .all(|c| c == 'x' || c == 'X' || c == '*' || c == '.')
        || PLACEHOLDER_WORDS.iter().any(|w| l.contains(w))
}

/// How many of lowercase, uppercase, digits, symbols a value mixes.
pub fn char_classes(v: &str) -> usize {
    [
        v.chars().any(|c| c.is_ascii_lowercase()),
        v.chars().any(|c| c.is_ascii_uppercase()),
        v.chars().any(|c| c.is_ascii_digit()),
        v.chars().any(|c| !c.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|b| **b)
    .count()
}

pub fn is_weak(v: &str) -> bool {
    let t = v.trim().to_ascii_lowercase();
    compiled().table.placeholders.weak.contains(&t)
        || t.len() < 6 && !t.is_empty() && !t.contains('$')
}

/// A setting that switches a credential behaviour on or off (`MYSQL_ALLOW_EMPTY_PASSWORD=yes`,
/// `MYSQL_RANDOM_ROOT_PASSWORD=1`, `REQUIRE_PASSWORD=false`): a flag, not a credential.
pub fn is_switch(name: &str, value: &str) -> bool {
    let n = name.to_ascii_uppercase();
    let v = value.trim().trim_matches(['"', '\'']).to_ascii_lowercase();
    let flag_value = matches!(
        v.as_str(),
        "yes"
            | "no"
            | "true"
            | "false"
            | "1"
            | "0"
            | "on"
            | "off"
            | "y"
            | "n"
            | "enabled"
            | "disabled"
    );
    let flag_name = [
        "ALLOW_",
        "_ALLOW",
        "RANDOM_",
        "ENABLE",
        "DISABLE",
        "REQUIRE",
        "SKIP_",
        "USE_",
        "EMPTY",
        "GENERATE",
        "FORCE_",
        "_ENABLED",
        "_DISABLED",
        "IGNORE",
    ]
    .iter()
    .any(|w| n.contains(w));
    flag_value && flag_name
}

/// Does the variable name say it holds a secret?
pub fn secret_key_name(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    let t = &compiled().table.names;
    secret_name(name)
        || t.exact.contains(&n)
        || t.suffixes
            .iter()
            .any(|s| n.ends_with(s.as_str()) && !s.ends_with("URL") && !s.ends_with("URI"))
}

/// Shannon entropy in bits per character.
/// An absolute or explicitly relative file path (`/run/secrets/db`, `./keys/sa.json`,
/// `~/.aws/credentials`): the place a credential is read from.
fn is_file_path(v: &str) -> bool {
    let rooted = ["/", "./", "../", "~/"].iter().any(|p| v.starts_with(p));
    rooted
        && v.len() > 2
        && !v.contains(char::is_whitespace)
        && v.split('/').filter(|s| !s.is_empty()).count() >= 2
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "/._-~".contains(c))
        // a directory name a person typed (`app`, `run`, `secrets`), not base64 that happens
        // to start with `/`
        && v.split('/')
            .any(|s| s.len() >= 3 && s.chars().all(|c| c.is_ascii_lowercase()))
}

pub fn entropy(s: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    let n = s.chars().count() as f64;
    for c in s.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
    }
    counts
        .values()
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum()
}

/// Provider-format credentials inside free text (a compose file, an nginx config, a CI workflow,
/// a script): (byte range, provider). Only the provider table applies here: free text is full of
/// random-looking strings, so there is no entropy guess. A match must stand alone (not inside a
/// longer word) and not read as a placeholder.
pub fn find_in_text(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let mut out: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (provider, re) in &compiled().unanchored {
        for m in re.find_iter(text) {
            let head = &text[..m.start()];
            let before = head.chars().next_back();
            let after = text[m.end()..].chars().next();
            // a key may follow an interpolation operator (`${STRIPE_KEY:-sk_live_…}`,
            // `${KEY-…}`) or, for a bot token, the `/bot` of a Telegram API URL
            let after_operator = head.ends_with(":-")
                || head.ends_with('-') && interpolation_start(&head[..head.len() - 1])
                || head.ends_with("/bot") && provider.starts_with("Telegram");
            if before.is_some_and(word) && !after_operator
                || after.is_some_and(word)
                || is_placeholder(m.as_str())
            {
                continue;
            }
            // the first (most specific) provider wins an overlap
            if out
                .iter()
                .any(|(r, _)| r.start < m.end() && m.start() < r.end)
            {
                continue;
            }
            out.push((m.range(), provider.clone()));
        }
    }
    out.sort_by_key(|(r, _)| r.start);
    out
}

/// Does `head` end with `${NAME` (the start of an interpolation, before its operator)?
fn interpolation_start(head: &str) -> bool {
    let name = head.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    name.len() < head.len() && name.ends_with("${")
}

/// Judge a value (with the variable name, which may be empty).
pub fn classify(name: &str, value: &str) -> Option<Verdict> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    for (provider, re) in &compiled().patterns {
        if re.is_match(v) {
            if is_placeholder(v) {
                return Some(Verdict::Placeholder);
            }
            return Some(Verdict::Real {
                what: provider.clone(),
            });
        }
    }
    // a password inside a connection URL
    if let Some(u) = crate::util::conn_url::parse(v) {
        if let Some(p) = u.password.filter(|p| !p.is_empty() && !p.contains('$')) {
            if is_placeholder(&p) {
                return Some(Verdict::Placeholder);
            }
            let weak = is_weak(&p) || char_classes(&p) == 1;
            return Some(if weak {
                Verdict::Weak
            } else {
                Verdict::Real {
                    what: format!("password in a {} URL", u.scheme),
                }
            });
        }
        return None;
    }
    let upper = name.to_ascii_uppercase();
    if !secret_key_name(name)
        || v.contains('$')
        || ["HASH", "SHA", "_SCHEME", "_ALGORITHM"]
            .iter()
            .any(|w| upper.contains(w))
    {
        return None;
    }
    if is_placeholder(v) {
        return Some(if is_weak(v) {
            Verdict::Weak
        } else {
            Verdict::Placeholder
        });
    }
    if is_file_path(v) {
        // `GOOGLE_APPLICATION_CREDENTIALS=/app/credentials/google.json`: where the secret is
        // read from, not the secret
        return None;
    }
    if is_weak(v) {
        return Some(Verdict::Weak);
    }
    // lowercase words joined by `_`/`-` (`memcached_password`, `django-secret-key`): a
    // description of the value, guessable, not a random secret
    let words: Vec<&str> = v.split(['_', '-']).collect();
    if words.len() >= 2
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()))
    {
        return Some(Verdict::Weak);
    }
    let long = v.chars().count() >= 16;
    if long && entropy(v) >= 3.5 && char_classes(v) >= 2 {
        return Some(Verdict::Real {
            what: "high-entropy secret".into(),
        });
    }
    // passwords are often shorter and less random but still real; a plain word is guessable
    if upper.contains("PASS") && v.chars().count() >= 8 {
        return Some(if char_classes(v) >= 3 {
            Verdict::Real {
                what: "password".into(),
            }
        } else {
            Verdict::Weak
        });
    }
    if char_classes(v) == 1 && v.chars().all(|c| c.is_ascii_lowercase()) {
        return Some(Verdict::Weak);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_paths_are_where_a_secret_is_not_the_secret() {
        for v in [
            "/app/credentials/google.json",
            "./secrets/service-account.json",
            "/run/secrets/db_password",
        ] {
            assert!(is_file_path(v), "{v}");
            assert!(
                classify("GOOGLE_APPLICATION_CREDENTIALS", v).is_none(),
                "{v}"
            );
        }
        // base64 that starts with `/` is still a secret
        assert!(!is_file_path("/9j/4AAQSkZJRgABAQ/Xk2"));
        assert!(!is_file_path("/"));
    }

    #[test]
    fn table_compiles() {
        assert_eq!(
            compiled().patterns.len(),
            compiled().table.pattern.len(),
            "a pattern does not compile"
        );
    }

    #[test]
    fn provider_keys_in_free_text() {
        let text = "proxy_set_header Authorization \"Bearer sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEFGH\";\n\
                    env:\n  TOKEN: ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789\n\
                    task-0123456789abcdef0123456789abcdef\n\
                    key: sk-your-key-goes-here-please-replace\n\
                    -----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\ntail\n";
        let found = find_in_text(text);
        let providers: Vec<&str> = found.iter().map(|(_, p)| p.as_str()).collect();
        assert_eq!(
            providers,
            ["OpenAI API key", "GitHub token", "private key"],
            "{found:?}"
        );
        assert!(text[found[0].0.clone()].starts_with("sk-proj-"));
        assert!(text[found[2].0.clone()].ends_with("-----END RSA PRIVATE KEY-----"));
        // after an interpolation operator, and a bot token in a Telegram API path
        let text = "STRIPE_KEY: ${STRIPE_KEY:-sk_live_AbCdEfGhIjKlMnOpQrStUvWx}\n\
                    K: ${K-ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789}\n\
                    proxy_pass https://api.telegram.org/bot1234567890:AAHk3mN9pQ2rS5tU8vW1xY4zA7bC0dE3fG6/;\n\
                    my-sk_live_AbCdEfGhIjKlMnOpQrStUvWx robot1234567890:AAHk3mN9pQ2rS5tU8vW1xY4zA7bC0dE3fG6\n";
        let names: Vec<String> = find_in_text(text).into_iter().map(|(_, p)| p).collect();
        assert_eq!(
            names,
            ["Stripe secret key", "GitHub token", "Telegram bot token"]
        );
    }

    #[test]
    fn descriptive_values_are_weak_not_real() {
        for v in [
            "memcached_password",
            "django_secret_key",
            "outgoing-email-password",
        ] {
            assert_eq!(classify("SOME_PASSWORD", v), Some(Verdict::Weak), "{v}");
        }
        assert!(matches!(
            classify("SECRET_KEY", "kq3_Vt9-Zr8wLp2xNb7m"),
            Some(Verdict::Real { .. })
        ));
    }

    #[test]
    fn providers_and_placeholders() {
        let real = |n: &str, v: &str| matches!(classify(n, v), Some(Verdict::Real { .. }));
        assert!(real(
            "ANTHROPIC_API_KEY",
            "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefGHIJ"
        ));
        assert!(real(
            "DEEPSEEK_API_KEY",
            "sk-0123456789abcdef0123456789abcdef"
        ));
        assert!(real("X", "ghp_0123456789abcdefghijABCDEFGHIJ012345"));
        assert!(real(
            "TELEGRAM_BOT_TOKEN",
            "123456789:AAEhBP0av28hAbCdEfGhIjKlMnOpQrStUvW"
        ));
        assert!(real("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLQ"));
        assert!(real(
            "DATABASE_URL",
            "postgresql://app:Sup3rS3cretPw@db:5432/app"
        ));
        assert!(real("JWT_SECRET", "q8Zt2VxN7mK4pR9sW1yB6cD3fG5hJ0lE"));
        assert_eq!(
            classify("OPENAI_API_KEY", "your_openai_api_key_here"),
            Some(Verdict::Placeholder)
        );
        assert_eq!(classify("TOKEN", "<token>"), Some(Verdict::Placeholder));
        assert_eq!(
            classify("POSTGRES_PASSWORD", "changeme"),
            Some(Verdict::Weak)
        );
        assert_eq!(
            classify("DATABASE_URL", "postgres://postgres:postgres@db/app"),
            Some(Verdict::Weak)
        );
        assert_eq!(classify("LOG_LEVEL", "debug"), None);
        assert_eq!(classify("API_KEY", ""), None);
        assert_eq!(classify("API_KEY", "${API_KEY}"), None);
    }
}

/// Does this variable name say it holds a secret?
pub fn secret_name(name: &str) -> bool {
    let n = name.to_ascii_uppercase();
    if [
        "_FILE",
        "_PATH",
        "_DIR",
        "_NAME",
        "_USER",
        "_USERNAME",
        "_HOST",
        "_PORT",
        "_ID",
        "_URL",
        "_ENDPOINT",
        "_LENGTH",
        "_MIN_LENGTH",
        "_EXPIRE",
        "_EXPIRES",
        "_TTL",
        "_EXPIRY",
        "_EXPIRATION",
        "_TIMEOUT",
        "_DURATION",
        "_AGE",
        "_SIZE",
        "_COUNT",
        "_ROTATION",
        "_ENABLED",
        "_LIFETIME",
        "_HEADER",
        "_ALGORITHM",
        "_TYPE",
    ]
    .iter()
    .any(|s| n.ends_with(s))
    {
        return false;
    }
    [
        "PASSWORD",
        "PASSWD",
        "SECRET",
        "TOKEN",
        "API_KEY",
        "APIKEY",
        "PRIVATE_KEY",
        "ACCESS_KEY",
        "CREDENTIALS",
        "AUTH_KEY",
        "ENCRYPTION_KEY",
        "SIGNING_KEY",
    ]
    .iter()
    .any(|s| n.contains(s))
        // short forms: `RABBITMQ_PASS`, `DBPASS`, `PGADMIN_PW`, `MYSQL_PWD` (not `CACHE_BYPASS`)
        || ["_PASS", "_PW", "_PWD", "DBPASS"].iter().any(|s| n.ends_with(s))
        || n == "PASS"
}

#[cfg(test)]
mod secret_name_tests {
    use super::secret_name;

    #[test]
    fn short_password_names() {
        for n in [
            "RABBITMQ_PASS",
            "DBPASS",
            "PGADMIN_PW",
            "MYSQL_PWD",
            "POSTGRES_PASSWORD",
        ] {
            assert!(secret_name(n), "{n}");
        }
        for n in [
            "CACHE_BYPASS",
            "PASSWORD_FILE",
            "DB_USER",
            "COMPASS",
            "JWT_TOKEN_EXPIRY",
            "TOKEN_EXPIRATION",
        ] {
            assert!(!secret_name(n), "{n}");
        }
    }
}
