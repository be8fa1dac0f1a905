//! The report's own words in English, Russian and Ukrainian: Fluent catalogues under
//! `locales/<lang>/*.ftl`, compiled into the binary, with CLDR plural rules (Russian and Ukrainian
//! have `one`, `few` and `many`).
//!
//! A catalogue is a list of `.ftl` files per language ([`RESOURCES`]); every language has the same
//! files and the same message ids (a test enforces it). A message missing in a language falls back
//! to English, and one missing in English to its id, so a gap shows in the output instead of
//! panicking. Each rule's title, why and fix live in `rules.ftl` next to `report.ftl`.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::borrow::Cow;
use std::sync::OnceLock;

/// A language of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Uk];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
        }
    }

    /// `en`, `ru`, `uk`, or a locale name that starts with one of them (`ru_RU.UTF-8`, `uk-UA`).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let lang = s.split(['_', '-', '.', '@']).next().unwrap_or("");
        match lang {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            "uk" | "ua" => Some(Lang::Uk),
            _ => None,
        }
    }

    /// The language of the environment's locale: the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// (the POSIX precedence) decides; a language without a catalogue, `C` or `POSIX` is English.
    pub fn from_env() -> Lang {
        Self::from_vars(|k| std::env::var(k).ok())
    }

    /// [`Lang::from_env`] over any variable lookup (for tests).
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = get(var).filter(|v| !v.trim().is_empty()) {
                return Lang::parse(&v).unwrap_or(Lang::En);
            }
        }
        Lang::En
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Ru => 1,
            Lang::Uk => 2,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every catalogue file: its name, then its text in English, Russian and Ukrainian.
///
/// `rules.ftl` holds each rule's words (`<rule-name>-title`, `<rule-name>-why`, `<rule-name>-fix`);
/// until a language has them the file is an empty placeholder and the report falls back to the
/// rule's English documentation.
pub const RESOURCES: &[(&str, [&str; 3])] = &[
    (
        "report.ftl",
        [
            include_str!("../locales/en/report.ftl"),
            include_str!("../locales/ru/report.ftl"),
            include_str!("../locales/uk/report.ftl"),
        ],
    ),
    (
        "rules.ftl",
        [
            include_str!("../locales/en/rules.ftl"),
            include_str!("../locales/ru/rules.ftl"),
            include_str!("../locales/uk/rules.ftl"),
        ],
    ),
    (
        "messages/core.ftl",
        [
            include_str!("../locales/en/messages/core.ftl"),
            include_str!("../locales/ru/messages/core.ftl"),
            include_str!("../locales/uk/messages/core.ftl"),
        ],
    ),
    (
        "messages/dockerfile.ftl",
        [
            include_str!("../locales/en/messages/dockerfile.ftl"),
            include_str!("../locales/ru/messages/dockerfile.ftl"),
            include_str!("../locales/uk/messages/dockerfile.ftl"),
        ],
    ),
    (
        "messages/compose.ftl",
        [
            include_str!("../locales/en/messages/compose.ftl"),
            include_str!("../locales/ru/messages/compose.ftl"),
            include_str!("../locales/uk/messages/compose.ftl"),
        ],
    ),
    (
        "messages/nginx.ftl",
        [
            include_str!("../locales/en/messages/nginx.ftl"),
            include_str!("../locales/ru/messages/nginx.ftl"),
            include_str!("../locales/uk/messages/nginx.ftl"),
        ],
    ),
    (
        "messages/secrets.ftl",
        [
            include_str!("../locales/en/messages/secrets.ftl"),
            include_str!("../locales/ru/messages/secrets.ftl"),
            include_str!("../locales/uk/messages/secrets.ftl"),
        ],
    ),
    (
        "messages/python.ftl",
        [
            include_str!("../locales/en/messages/python.ftl"),
            include_str!("../locales/ru/messages/python.ftl"),
            include_str!("../locales/uk/messages/python.ftl"),
        ],
    ),
    (
        "messages/delivery.ftl",
        [
            include_str!("../locales/en/messages/delivery.ftl"),
            include_str!("../locales/ru/messages/delivery.ftl"),
            include_str!("../locales/uk/messages/delivery.ftl"),
        ],
    ),
    (
        "messages/project.ftl",
        [
            include_str!("../locales/en/messages/project.ftl"),
            include_str!("../locales/ru/messages/project.ftl"),
            include_str!("../locales/uk/messages/project.ftl"),
        ],
    ),
];

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

/// The catalogue of one language, parsed on first use (an English run never parses the
/// Russian and Ukrainian files).
fn catalogue(lang: Lang) -> &'static Catalogue {
    static C: [OnceLock<Catalogue>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    C[lang.index()].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Catalogue {
    let id = lang.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // no Unicode isolation marks around placeables: the output is Markdown, HTML and a terminal
    bundle.set_use_isolating(false);
    for (name, texts) in RESOURCES {
        let text = texts[lang.index()].to_string();
        let res = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                debug_assert!(false, "locales/{lang}/{name}: {errors:?}");
                r
            }
        };
        if let Err(errors) = bundle.add_resource(res) {
            debug_assert!(false, "locales/{lang}/{name}: {errors:?}");
        }
    }
    Catalogue { bundle }
}

/// One argument of a message.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

/// The message `id` (or `id.attribute`) in `lang` with `args`; English when the language lacks
/// it, the id itself when English does too.
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    lookup(lang, id, args)
        .or_else(|| {
            (lang != Lang::En)
                .then(|| lookup(Lang::En, id, args))
                .flatten()
        })
        .unwrap_or_else(|| {
            debug_assert!(false, "no message `{id}` in the catalogue");
            id.to_string()
        })
}

/// The message if `lang`'s catalogue (or English) has it: for optional texts (a rule's own words
/// once the rule catalogue exists).
pub fn tr_opt(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    lookup(lang, id, args).or_else(|| {
        (lang != Lang::En)
            .then(|| lookup(Lang::En, id, args))
            .flatten()
    })
}

/// The message `id` in `lang`'s catalogue only, without arguments, if it formats cleanly (no
/// fallback to English, no unresolved variables): a rule's own words.
pub fn tr_exact(lang: Lang, id: &str) -> Option<String> {
    let bundle = &catalogue(lang).bundle;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, None, &mut errors);
    (errors.is_empty() && !out.trim().is_empty()).then(|| out.into_owned())
}

fn lookup(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = &catalogue(lang).bundle;
    let (msg_id, attr) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    let msg = bundle.get_message(msg_id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    if let Some(out) = substitute(pattern, args) {
        return Some(out);
    }
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fargs.set(*k, FluentValue::from(s.to_string())),
            Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    debug_assert!(errors.is_empty(), "locales/{lang}: `{id}`: {errors:?}");
    Some(out.into_owned())
}

/// A pattern of text and string variables only (most messages), filled in directly: what
/// Fluent's resolver writes for it with isolation off and no transform or formatter, without
/// building its arguments and scope for each of 40,000 findings. `None` (Fluent formats it)
/// for anything else: numbers, selectors, references, functions, a missing variable.
fn substitute(pattern: &ast::Pattern<&str>, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let mut out = String::new();
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::VariableReference { id }),
            } => match args.iter().rfind(|(k, _)| *k == id.name)? {
                // the last value of a name wins, as in `FluentArgs::set`
                (_, Arg::Str(s)) => out.push_str(s),
                (_, Arg::Num(_)) => return None,
            },
            _ => return None,
        }
    }
    Some(out)
}

/// Message ids defined by a catalogue file's text (`id = ...` at the start of a line; terms
/// `-id` too), for the test that every language has the same keys.
pub fn message_ids(ftl: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        let starts_entry = line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
        if starts_entry {
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim();
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    out.push(id.to_string());
                    current = Some(id.to_string());
                    continue;
                }
            }
        }
        // attributes: `    .name = ...`
        let t = line.trim_start();
        if line.starts_with(' ') && t.starts_with('.') {
            if let (Some(cur), Some((attr, _))) = (&current, t[1..].split_once('=')) {
                out.push(format!("{cur}.{}", attr.trim()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direct_substitution_writes_what_fluent_writes() {
        // every message of every catalogue, its string variables filled in: where the direct
        // path answers, it must be Fluent's text to the byte
        let mut checked = 0;
        for lang in Lang::ALL {
            let bundle = &catalogue(lang).bundle;
            for (_, texts) in RESOURCES {
                for id in message_ids(texts[lang.index()]) {
                    let (msg_id, attr) = match id.split_once('.') {
                        Some((m, a)) => (m, Some(a)),
                        None => (id.as_str(), None),
                    };
                    let Some(msg) = bundle.get_message(msg_id) else {
                        continue;
                    };
                    let pattern = match attr {
                        Some(a) => msg.get_attribute(a).map(|a| a.value()),
                        None => msg.value(),
                    };
                    let Some(pattern) = pattern else { continue };
                    let names: Vec<&str> =
                        pattern
                            .elements
                            .iter()
                            .filter_map(|e| match e {
                                ast::PatternElement::Placeable {
                                    expression:
                                        ast::Expression::Inline(
                                            ast::InlineExpression::VariableReference { id },
                                        ),
                                } => Some(id.name),
                                _ => None,
                            })
                            .collect();
                    let args: Vec<(&str, Arg<'_>)> = names
                        .iter()
                        .map(|n| (*n, Arg::Str(Cow::Owned(format!("<{n} `x`>")))))
                        .collect();
                    let Some(direct) = substitute(pattern, &args) else {
                        continue;
                    };
                    let mut fargs = FluentArgs::new();
                    for (k, v) in &args {
                        if let Arg::Str(s) = v {
                            fargs.set(*k, FluentValue::from(s.to_string()));
                        }
                    }
                    let mut errors = Vec::new();
                    let fluent = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                    assert!(errors.is_empty(), "{lang}: {id}: {errors:?}");
                    assert_eq!(direct, fluent, "{lang}: {id}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 500, "only {checked} messages checked");
        // numbers and missing variables go through Fluent
        let p = catalogue(Lang::En)
            .bundle
            .get_message("file-unreadable-too-large")
            .and_then(|m| m.value())
            .expect("message");
        assert_eq!(substitute(p, &[("kind", Arg::from("env"))]), None);
    }

    #[test]
    fn the_locale_decides_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_vars(env(&[("LANG", "ru_RU.UTF-8")])), Lang::Ru);
        assert_eq!(Lang::from_vars(env(&[("LANG", "uk_UA.UTF-8")])), Lang::Uk);
        // LC_ALL wins over LANG, LC_MESSAGES over LANG
        assert_eq!(
            Lang::from_vars(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "ru_RU.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_vars(env(&[("LC_MESSAGES", "uk_UA"), ("LANG", "ru_RU.UTF-8")])),
            Lang::Uk
        );
        // empty values are skipped; C and unknown languages are English
        assert_eq!(
            Lang::from_vars(env(&[("LC_ALL", ""), ("LANG", "ru_RU.UTF-8")])),
            Lang::Ru
        );
        assert_eq!(Lang::from_vars(env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_vars(env(&[("LANG", "de_DE.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_vars(env(&[])), Lang::En);
    }

    #[test]
    fn russian_and_ukrainian_plurals_follow_cldr() {
        let n = |lang, count: i64| tr(lang, "count-findings", &[("count", Arg::Num(count))]);
        assert_eq!(n(Lang::Ru, 1), "1 замечание");
        assert_eq!(n(Lang::Ru, 3), "3 замечания");
        assert_eq!(n(Lang::Ru, 5), "5 замечаний");
        assert_eq!(n(Lang::Ru, 21), "21 замечание");
        assert_eq!(n(Lang::Ru, 12), "12 замечаний");
        assert_eq!(n(Lang::Uk, 1), "1 зауваження");
        assert_eq!(n(Lang::Uk, 4), "4 зауваження");
        assert_eq!(n(Lang::Uk, 11), "11 зауважень");
        assert_eq!(n(Lang::En, 1), "1 finding");
        assert_eq!(n(Lang::En, 2), "2 findings");
    }

    #[test]
    fn every_language_has_the_same_messages() {
        for (name, texts) in RESOURCES {
            let en: std::collections::BTreeSet<String> =
                message_ids(texts[0]).into_iter().collect();
            // the rule catalogue may still be an empty placeholder
            assert!(
                !en.is_empty() || *name == "rules.ftl" || name.starts_with("messages/"),
                "{name}: no messages"
            );
            for lang in [Lang::Ru, Lang::Uk] {
                let other: std::collections::BTreeSet<String> =
                    message_ids(texts[lang.index()]).into_iter().collect();
                let missing: Vec<_> = en.difference(&other).collect();
                let extra: Vec<_> = other.difference(&en).collect();
                assert!(
                    missing.is_empty() && extra.is_empty(),
                    "locales/{lang}/{name}: missing {missing:?}, not in English {extra:?}"
                );
            }
        }
    }

    #[test]
    fn every_catalogue_parses() {
        for (name, texts) in RESOURCES {
            for lang in Lang::ALL {
                let r = FluentResource::try_new(texts[lang.index()].to_string());
                assert!(
                    r.is_ok(),
                    "locales/{lang}/{name}: {:?}",
                    r.err().map(|e| e.1)
                );
            }
        }
    }

    #[test]
    fn the_rule_catalogue_names_real_rules() {
        let names: std::collections::BTreeSet<&str> = crate::registry::all_rules()
            .iter()
            .map(|r| r.meta().name)
            .collect();
        let (_, texts) = RESOURCES
            .iter()
            .find(|(n, _)| *n == "rules.ftl")
            .expect("rules.ftl is a resource");
        for lang in Lang::ALL {
            for id in message_ids(texts[lang.index()]) {
                let rule = ["-title", "-why", "-fix"]
                    .iter()
                    .find_map(|suffix| id.strip_suffix(suffix));
                assert!(
                    rule.is_some_and(|r| names.contains(r)),
                    "locales/{lang}/rules.ftl: `{id}` is not `<rule-name>-title|why|fix`"
                );
            }
        }
    }

    #[test]
    fn every_rule_has_a_title_why_and_fix_in_every_language() {
        let (_, texts) = RESOURCES
            .iter()
            .find(|(n, _)| *n == "rules.ftl")
            .expect("rules.ftl is a resource");
        for lang in Lang::ALL {
            let ids: std::collections::BTreeSet<String> =
                message_ids(texts[lang.index()]).into_iter().collect();
            let missing: Vec<String> = crate::registry::all_rules()
                .iter()
                .flat_map(|r| {
                    let name = r.meta().name;
                    ["-title", "-why", "-fix"].map(|s| format!("{name}{s}"))
                })
                .filter(|id| !ids.contains(id))
                .collect();
            assert!(
                missing.is_empty(),
                "locales/{lang}/rules.ftl lacks {missing:?} (scripts/check-rules-ftl.py lists them)"
            );
        }
    }

    #[test]
    fn a_rule_text_is_taken_only_from_its_own_language() {
        // English has no rule texts of its own (the documentation is the English text)
        assert_eq!(tr_exact(Lang::Ru, "no-such-message"), None);
        assert_eq!(
            tr_exact(Lang::Ru, "status-missing").as_deref(),
            Some("отсутствует")
        );
        // a message that needs arguments it was not given is not used
        assert_eq!(tr_exact(Lang::Ru, "count-findings"), None);
    }

    #[test]
    fn message_ids_reads_messages_and_attributes() {
        let ids =
            message_ids("# c\nhello = Hi { $x }\n    .title = T\n-term = t\n\nmulti =\n    line\n");
        assert_eq!(ids, ["hello", "hello.title", "-term", "multi"]);
    }
}
