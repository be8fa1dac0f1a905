//! Messages as data: what a rule says about one instance is a catalogue id plus the typed values
//! it is built from, rendered in the reader's language when it is shown.
//!
//! A rule declares the messages it can say with [`message!`](crate::message!): a struct whose
//! fields are the data of the message, and the id of its text in the rule family's catalogue
//! (`locales/<lang>/messages/<family>.ftl`). The ids of a rule start with the rule's name:
//! `<rule-name>` for its main message, `<rule-name>-<what>` for the others (`-help`,
//! `-related`, `-strength`, ...).
//!
//! ```
//! use seaworthy_linter::i18n::Lang;
//! use seaworthy_linter::message::Message;
//!
//! seaworthy_linter::message! {
//!     /// A deployment file that links out of the audited directory.
//!     struct Link<'a> = "symlink-outside-root" { path: &'a str, target: &'a str }
//! }
//! let m: Message = Link { path: ".env", target: "/etc/passwd" }.into();
//! assert_eq!(m.id(), Some("symlink-outside-root"));
//! assert!(m.starts_with("`.env` is a symbolic link to `/etc/passwd`"));
//! assert!(m.in_lang(Lang::Uk).contains("символічне посилання"));
//! ```
//!
//! The English text is rendered once, when the message is made, so everything that reads a
//! message as `&str` (fingerprints, grouping, tests) sees English; renderers call
//! [`Message::in_lang`] for the report's language. Text that has no catalogue entry (a parser's
//! error, a configuration error) is a plain message: the same in every language.

use crate::i18n::{self, Arg, Lang};
use std::borrow::Cow;

/// One typed value of a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    Str(String),
    Num(i64),
}

impl Value {
    fn as_arg(&self) -> Arg<'_> {
        match self {
            Value::Str(s) => Arg::Str(Cow::Borrowed(s)),
            Value::Num(n) => Arg::Num(*n),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Str(s.to_string())
    }
}

impl From<&&str> for Value {
    fn from(s: &&str) -> Self {
        Value::Str((*s).to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(s)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Str(s.clone())
    }
}

impl From<Cow<'_, str>> for Value {
    fn from(s: Cow<'_, str>) -> Self {
        Value::Str(s.into_owned())
    }
}

impl From<char> for Value {
    fn from(c: char) -> Self {
        Value::Str(c.to_string())
    }
}

/// `"true"` or `"false"`: a catalogue selects on it (`{ $flag -> [true] ... *[false] ... }`).
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Str(if b { "true" } else { "false" }.to_string())
    }
}

macro_rules! num_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Num(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Value {
            fn from(n: &$t) -> Self {
                Value::Num(i64::try_from(*n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
num_value!(u8, u16, u32, u64, usize, i32, i64);

/// What a rule says: a catalogue id and its values, or plain text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message {
    id: Option<&'static str>,
    args: Vec<(&'static str, Value)>,
    english: String,
}

impl Message {
    /// The catalogue message `id` with `args`, rendered in English now.
    pub fn new(id: &'static str, args: Vec<(&'static str, Value)>) -> Message {
        let english = if args.is_empty() {
            // a message without values (a rule's help) is the same text for each of its
            // findings: rendered once per thread, not once per finding
            thread_local! {
                static PLAIN: std::cell::RefCell<std::collections::HashMap<&'static str, String>> =
                    Default::default();
            }
            PLAIN.with(|m| {
                m.borrow_mut()
                    .entry(id)
                    .or_insert_with(|| render(Lang::En, id, &[]))
                    .clone()
            })
        } else {
            render(Lang::En, id, &args)
        };
        Message {
            id: Some(id),
            args,
            english,
        }
    }

    /// Text that has no catalogue entry (a parser's error): shown as is in every language.
    pub fn plain(text: impl Into<String>) -> Message {
        Message {
            id: None,
            args: Vec::new(),
            english: text.into(),
        }
    }

    /// The catalogue id, `None` for plain text.
    pub fn id(&self) -> Option<&'static str> {
        self.id
    }

    /// The values the message is built from, by field name.
    pub fn args(&self) -> &[(&'static str, Value)] {
        &self.args
    }

    /// The English text.
    pub fn as_str(&self) -> &str {
        &self.english
    }

    /// The text in `lang` (English where the language lacks the message).
    pub fn in_lang(&self, lang: Lang) -> Cow<'_, str> {
        match self.id {
            Some(id) if lang != Lang::En => Cow::Owned(render(lang, id, &self.args)),
            _ => Cow::Borrowed(&self.english),
        }
    }
}

fn render(lang: Lang, id: &str, args: &[(&'static str, Value)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, v.as_arg())).collect();
    i18n::tr(lang, id, &args)
}

impl std::ops::Deref for Message {
    type Target = str;
    fn deref(&self) -> &str {
        &self.english
    }
}

impl AsRef<str> for Message {
    fn as_ref(&self) -> &str {
        &self.english
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english)
    }
}

impl PartialEq<str> for Message {
    fn eq(&self, other: &str) -> bool {
        self.english == other
    }
}

impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.english == *other
    }
}

impl From<String> for Message {
    fn from(s: String) -> Self {
        Message::plain(s)
    }
}

impl From<&str> for Message {
    fn from(s: &str) -> Self {
        Message::plain(s)
    }
}

impl From<&String> for Message {
    fn from(s: &String) -> Self {
        Message::plain(s.clone())
    }
}

/// Declare the messages of a rule: each a struct whose fields are the data of the message,
/// and the id of its text in the family's catalogue. See the [module docs](crate::message).
///
/// Every field must convert into a [`Value`] (strings, numbers, `bool` for a select). Field
/// names are the Fluent variables (`{ $stage }`).
#[macro_export]
macro_rules! message {
    ($(
        $(#[doc = $doc:literal])*
        struct $name:ident $(<$lt:lifetime>)? = $id:literal { $($field:ident : $ty:ty),* $(,)? }
    )+) => {$(
        $(#[doc = $doc])*
        #[derive(Debug)]
        struct $name $(<$lt>)? { $($field: $ty),* }

        impl $(<$lt>)? From<$name $(<$lt>)?> for $crate::message::Message {
            #[allow(unused_variables)]
            fn from(m: $name $(<$lt>)?) -> Self {
                $crate::message::Message::new(
                    $id,
                    vec![$((stringify!($field), $crate::message::Value::from(m.$field))),*],
                )
            }
        }
    )+};
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::message! {
        /// A message of the test catalogue's own.
        struct TooLarge<'a> = "file-unreadable-too-large" { kind: &'a str, bytes: usize, limit: u64 }
    }

    #[test]
    fn plain_text_is_the_same_in_every_language() {
        let m = Message::plain("YAML: mapping values are not allowed here");
        assert_eq!(m.id(), None);
        assert_eq!(
            m.in_lang(Lang::Ru),
            "YAML: mapping values are not allowed here"
        );
    }

    #[test]
    fn a_catalogued_message_keeps_its_values() {
        let m: Message = TooLarge {
            kind: "env",
            bytes: 60_000_000,
            limit: 50_000_000,
        }
        .into();
        assert_eq!(m.id(), Some("file-unreadable-too-large"));
        assert_eq!(
            m.args(),
            &[
                ("kind", Value::Str("env".into())),
                ("bytes", Value::Num(60_000_000)),
                ("limit", Value::Num(50_000_000)),
            ]
        );
        // numbers without grouping, in every language
        assert_eq!(
            m.as_str(),
            "env file of 60000000 bytes is over the 50000000-byte limit; not audited"
        );
        assert!(m.in_lang(Lang::Ru).contains("60000000 байт"));
    }
}
