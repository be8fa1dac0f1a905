use super::{dockerfiles, is_dynamic};
use crate::declare_rule;
use crate::diagnostic::Severity;
use crate::knowledge::{distro_in_tag, runtime_lifecycle, runtimes, Lifecycle};
use crate::project::{Date, Project};
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Looks up the runtime or distribution of each base image (Python, Node.js, Go, Ruby, PHP,
    /// PostgreSQL, MySQL, Alpine, Ubuntu, Debian codenames in tags like `-bullseye`) in a dated
    /// lifecycle table (`data/runtimes.toml`) and reports versions past their end of life, and
    /// (as low) versions within 90 days of it.
    ///
    /// ## Why is this bad?
    /// An end-of-life runtime gets no security fixes: every CVE found after that date stays open
    /// in the image, and dependencies drop support one by one.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.8-slim
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.13-slim
    /// ```
    ///
    /// ## References
    /// - <https://endoflife.date/>
    /// - <https://devguide.python.org/versions/>
    pub struct BaseImageEol {
        code: "SW1002",
        name: "base-image-eol",
        family: Dockerfile,
        severity: High,
        category: Security,
        summary: "Base image runtime or distribution past its end of life",
    }
}

fn days_between(a: Date, b: Date) -> i64 {
    let days = |d: Date| -> i64 {
        // days since epoch (civil), inverse of Date::from_days
        let y = if d.month <= 2 {
            d.year as i64 - 1
        } else {
            d.year as i64
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = d.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    };
    days(b) - days(a)
}

crate::message! {
    /// Past its end of life (`what`: the runtime or distribution and its version, names only).
    struct Eol<'a> = "base-image-eol" { image: &'a str, what: &'a str, eol: String }
    struct EolHelp<'a> = "base-image-eol-help" { updated: &'a str }
    /// End of life within 90 days.
    struct Soon<'a> = "base-image-eol-soon" { image: &'a str, what: &'a str, eol: String, left: i64 }
    struct SoonHelp<'a> = "base-image-eol-soon-help" { updated: &'a str }
}

impl BaseImageEol {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let today = project.today;
        let updated = &runtimes().updated;
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                if df.is_stage_ref(&stage.base_resolved, stage.from)
                    || is_dynamic(&stage.base_resolved)
                {
                    continue;
                }
                let img = stage.image();
                let Some(tag) = img.tag.as_deref() else {
                    continue;
                };
                let name = img.official_name().to_string();
                let mut hits: Vec<(String, Date)> = Vec::new();
                if let Some(Lifecycle::Known {
                    runtime,
                    version,
                    eol,
                    ..
                }) = runtime_lifecycle(&name, tag)
                {
                    hits.push((format!("{runtime} {version}"), eol));
                }
                if let Some((label, _, eol)) = distro_in_tag(&name, tag) {
                    hits.push((label, eol));
                }
                for (what, eol) in hits {
                    let left = days_between(today, eol);
                    if left <= 0 {
                        cx.report(
                            doc.file,
                            stage.base.span,
                            Eol {
                                image: &stage.base_resolved,
                                what: &what,
                                eol: eol.to_string(),
                            },
                        )
                        .help(EolHelp { updated });
                    } else if left <= 90 {
                        cx.report(
                            doc.file,
                            stage.base.span,
                            Soon {
                                image: &stage.base_resolved,
                                what: &what,
                                eol: eol.to_string(),
                                left,
                            },
                        )
                        .severity(Severity::Low)
                        .help(SoonHelp { updated });
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
    fn day_math() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(days_between(d("2026-11-22"), d("2026-11-23")), 1);
        assert_eq!(days_between(d("2026-01-01"), d("2025-12-31")), -1);
        assert_eq!(days_between(d("2024-02-28"), d("2024-03-01")), 2);
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
        let m: Message = Soon {
            image: "python:3.9-slim",
            what: "Python 3.9",
            eol: "2025-10-31".into(),
            left: 2,
        }
        .into();
        assert_eq!(
            m.as_str(),
            "`python:3.9-slim` is Python 3.9, end of life on 2025-10-31 (2 days left)"
        );
        assert!(m.in_lang(Lang::Ru).contains("(осталось 2 дня)"));
        assert!(m.in_lang(Lang::Uk).contains("(лишилося 2 дні)"));
        let h: Message = SoonHelp {
            updated: "2025-06-01",
        }
        .into();
        assert_eq!(
            h.as_str(),
            "plan the upgrade now (lifecycle table of 2025-06-01)"
        );
    }
}
