//! `alembic.ini`: `script_location`, `sqlalchemy.url` and the other `[alembic]` keys, read by a small
//! total INI reader (configparser's shape: `[section]`, `key = value` or `key: value`, indented
//! continuation lines, `#`/`;` comment lines). Interpolations such as `%(here)s` are kept as written.

use seaworthy_syntax::Span;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IniEntry {
    pub section: String,
    pub key: String,
    /// The value, continuation lines joined with `\n`, surrounding spaces trimmed.
    pub value: String,
    pub key_span: Span,
    /// The value's first line (what a rule points at).
    pub value_span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AlembicFacts {
    /// Every `key = value` of the file, in order.
    pub entries: Vec<IniEntry>,
}

impl AlembicFacts {
    /// The last value of `key` in `section`.
    pub fn get(&self, section: &str, key: &str) -> Option<&IniEntry> {
        self.entries
            .iter()
            .rev()
            .find(|e| e.section == section && e.key == key)
    }

    pub fn script_location(&self) -> Option<&IniEntry> {
        self.get("alembic", "script_location")
    }

    pub fn sqlalchemy_url(&self) -> Option<&IniEntry> {
        self.get("alembic", "sqlalchemy.url")
    }

    /// The migration scripts folder relative to the audited root, given the ini's own relative path.
    /// `%(here)s` is the ini's folder; a plain relative path is taken relative to that folder too
    /// (alembic resolves it against the working directory, which is where the ini is in the usual
    /// `alembic upgrade head` call). `None` for a package resource (`myapp:migrations`), an absolute
    /// path, or a path that climbs out of the root.
    pub fn script_dir(&self, ini_path: &str) -> Option<String> {
        let loc = self.script_location()?.value.trim();
        let here = ini_path.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
        let rest = loc
            .strip_prefix("%(here)s")
            .map(|r| r.trim_start_matches('/'))
            .unwrap_or(loc);
        if rest.starts_with('/')
            || rest.contains(':')
            || rest.contains("%(")
            || rest.is_empty() && !loc.starts_with("%(here)s")
        {
            return None;
        }
        let mut parts: Vec<&str> = here.split('/').filter(|p| !p.is_empty()).collect();
        for p in rest.split('/') {
            match p {
                "" | "." => {}
                ".." => {
                    parts.pop()?;
                }
                other => parts.push(other),
            }
        }
        Some(parts.join("/"))
    }

    /// Where alembic looks for `env.py` (its presence is a separate fact the caller checks).
    pub fn env_py_path(&self, ini_path: &str) -> Option<String> {
        let dir = self.script_dir(ini_path)?;
        Some(if dir.is_empty() {
            "env.py".to_string()
        } else {
            format!("{dir}/env.py")
        })
    }
}

/// Read an INI file the way configparser does (subset). Total.
pub fn alembic_facts(text: &str) -> AlembicFacts {
    let mut entries: Vec<IniEntry> = Vec::new();
    let mut section = String::new();
    let mut offset = 0usize;
    // is the previous entry still open for continuation lines?
    let mut open = false;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            // configparser keeps empty lines inside multi-line values only when followed by more indent;
            // an empty line ends nothing here, but a comment does not continue a value either
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if trimmed.starts_with('#') || trimmed.starts_with(';') {
            if !indented {
                open = false;
            }
            continue;
        }
        if indented && open {
            if let Some(e) = entries.last_mut() {
                if e.value.len() < 64 * 1024 {
                    if !e.value.is_empty() {
                        e.value.push('\n');
                    }
                    e.value.push_str(trimmed);
                }
            }
            continue;
        }
        if trimmed.starts_with('[') && trimmed.ends_with(']') && trimmed.len() >= 2 {
            section = trimmed[1..trimmed.len() - 1].trim().to_string();
            open = false;
            continue;
        }
        let sep = line.find(['=', ':']);
        let Some(sep) = sep else {
            open = false;
            continue;
        };
        let key_raw = &line[..sep];
        let key = key_raw.trim();
        if key.is_empty() {
            open = false;
            continue;
        }
        let value_raw = &line[sep + 1..];
        let value = value_raw.trim();
        let key_start = start + (key_raw.len() - key_raw.trim_start().len());
        let value_start = start + sep + 1 + (value_raw.len() - value_raw.trim_start().len());
        if entries.len() < 10_000 {
            entries.push(IniEntry {
                section: section.clone(),
                key: key.to_ascii_lowercase(),
                value: value.to_string(),
                key_span: Span::new(key_start, key_start + key.len()),
                value_span: Span::new(value_start, value_start + value.len()),
            });
        }
        open = true;
    }
    AlembicFacts { entries }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INI: &str = "# A generic, single database configuration.\n\n[alembic]\n# path to migration scripts\nscript_location = %(here)s/alembic\nprepend_sys_path = .\nversion_path_separator = os\nsqlalchemy.url = postgresql://app:secret@db:5432/app\n\n[post_write_hooks]\nhooks = black\n    ruff\n\n[loggers]\nkeys = root,sqlalchemy,alembic\n";

    #[test]
    fn reads_alembic_section() {
        let a = alembic_facts(INI);
        let sl = a.script_location().unwrap();
        assert_eq!(sl.value, "%(here)s/alembic");
        assert_eq!(&INI[sl.value_span.range()], "%(here)s/alembic");
        assert_eq!(&INI[sl.key_span.range()], "script_location");
        assert_eq!(
            a.sqlalchemy_url().unwrap().value,
            "postgresql://app:secret@db:5432/app"
        );
        assert_eq!(
            a.get("post_write_hooks", "hooks").unwrap().value,
            "black\nruff"
        );
        assert_eq!(
            a.script_dir("backend/alembic.ini").as_deref(),
            Some("backend/alembic")
        );
        assert_eq!(
            a.env_py_path("alembic.ini").as_deref(),
            Some("alembic/env.py")
        );
    }

    #[test]
    fn script_dir_forms() {
        let with = |loc: &str| alembic_facts(&format!("[alembic]\nscript_location = {loc}\n"));
        assert_eq!(
            with("migrations").script_dir("app/alembic.ini").as_deref(),
            Some("app/migrations")
        );
        assert_eq!(
            with("./db/../migrations")
                .script_dir("alembic.ini")
                .as_deref(),
            Some("migrations")
        );
        assert_eq!(with("myapp:migrations").script_dir("alembic.ini"), None);
        assert_eq!(with("/opt/app/migrations").script_dir("alembic.ini"), None);
        assert_eq!(with("../../x").script_dir("a/alembic.ini"), None);
        assert_eq!(
            with("%(here)s").script_dir("a/alembic.ini").as_deref(),
            Some("a")
        );
        assert!(alembic_facts("[alembic]\n")
            .script_dir("alembic.ini")
            .is_none());
    }

    #[test]
    fn garbage_is_total() {
        for s in [
            "",
            "=",
            ":",
            "[",
            "[]",
            "\u{e9}=\u{e9}\n  \u{e9}",
            "  continuation first\nk=v",
            "[a]\n=x\n",
        ] {
            let a = alembic_facts(s);
            for e in &a.entries {
                assert!(s.get(e.key_span.range()).is_some());
                assert!(s.get(e.value_span.range()).is_some());
            }
        }
    }
}
