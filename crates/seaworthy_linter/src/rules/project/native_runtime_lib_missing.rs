use crate::declare_rule;
use crate::project::image::ImageBuild;
use crate::project::stage::OsFlavor;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::Span;

declare_rule! {
    /// ## What it does
    /// Finds Python packages that load a system library at run time (`psycopg2` built from
    /// source → `libpq5`, `mysqlclient` → `libmariadb3`, `python-ldap` → `libldap`, and
    /// `psycopg` without its `binary` extra, which loads libpq itself: the table
    /// `data/python.toml`) in an image whose shipped stage is slim or Alpine and does not
    /// install that library. A package compiled in a builder stage (where `libpq-dev` brought
    /// the library) and copied into a runtime stage that lacks it is the usual case; a `-dev`
    /// package in the runtime stage counts, since it depends on the library. Records a strength
    /// for a runtime stage that installs exactly the runtime libraries.
    ///
    /// ## Why is this bad?
    /// The image builds and the container crashes at import: `ImportError: libpq.so.5: cannot
    /// open shared object file`, or psycopg's "no pq wrapper available". Slim and Alpine images
    /// ship none of these libraries.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim AS builder
    /// RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    ///     && rm -rf /var/lib/apt/lists/*
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir --prefix=/install -r requirements.txt
    ///
    /// FROM python:3.12-slim
    /// COPY --from=builder /install /usr/local
    /// CMD ["gunicorn", "app:app"]
    /// ```
    /// ```requirements
    /// psycopg2==2.9.9
    /// gunicorn==23.0.0
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim AS builder
    /// RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    ///     && rm -rf /var/lib/apt/lists/*
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir --prefix=/install -r requirements.txt
    ///
    /// FROM python:3.12-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \
    ///     && rm -rf /var/lib/apt/lists/*
    /// COPY --from=builder /install /usr/local
    /// CMD ["gunicorn", "app:app"]
    /// ```
    /// ```requirements
    /// psycopg2==2.9.9
    /// gunicorn==23.0.0
    /// ```
    ///
    /// ## References
    /// - <https://www.psycopg.org/docs/install.html#runtime-requirements>
    /// - <https://www.psycopg.org/psycopg3/docs/basic/install.html>
    /// - <https://github.com/PyMySQL/mysqlclient#install>
    /// - <https://packages.debian.org/stable/libpq5>
    pub struct NativeRuntimeLibMissing {
        code: "SW6007",
        name: "native-runtime-lib-missing",
        family: Project,
        severity: High,
        category: Reliability,
        summary: "Native Python package without its runtime library in a slim/Alpine image",
    }
}

crate::message! {
    /// The runtime stage (`image`) lacks the libraries of `count` packages: package `p1` needs
    /// the libraries `l1` (backticked, joined), and so on up to four (the knowledge lists four
    /// packages with runtime libraries; beyond, the fourth slot holds the rest).
    struct Missing<'a> = "native-runtime-lib-missing" { image: &'a str, count: usize, p1: &'a str, l1: &'a str, p2: &'a str, l2: &'a str, p3: &'a str, l3: &'a str, p4: &'a str, l4: &'a str }
    struct MissingHelp<'a> = "native-runtime-lib-missing-help" { command: &'a str }
    struct Required = "native-runtime-lib-missing-related" {}
    struct Installs<'a> = "native-runtime-lib-missing-strength" { lib: &'a str, package: &'a str }
}

/// Backticked and joined: `` `a`, `b` ``.
fn ticked(names: &[String]) -> String {
    names
        .iter()
        .map(|l| format!("`{l}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl NativeRuntimeLibMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let natives = &crate::knowledge::python().native;
        for img in &project.images {
            let Some(doc) = project.dockerfile(img.dockerfile) else {
                continue;
            };
            let Some(shipped) = img.shipped_stage else {
                continue;
            };
            let Some(st) = doc.stages.get(shipped) else {
                continue;
            };
            if !matches!(st.os, OsFlavor::DebianSlim | OsFlavor::Alpine) {
                continue;
            }
            let Some(pkgs) = &st.system_packages else {
                continue;
            };
            let chain = ImageBuild::ancestry(&doc.stages, shipped);
            let installed = project.installed(img);
            let mut missing: Vec<(String, Vec<String>, usize, Span)> = Vec::new();
            let mut present: Vec<(String, String)> = Vec::new();
            for n in natives {
                let groups = if st.os == OsFlavor::Alpine {
                    &n.alpine_runtime
                } else {
                    &n.debian_runtime
                };
                if groups.is_empty() {
                    continue;
                }
                let Some(d) = installed.dists.iter().find(|d| {
                    d.name == n.name && !d.extras.iter().any(|e| n.skip_extras.contains(e))
                }) else {
                    continue;
                };
                // built in the runtime chain: its -dev package (which the build needed) brings
                // the library; a missing build dependency is native-build-deps-missing's
                if !n.runtime_only && chain.contains(&d.stage) {
                    continue;
                }
                let lacks: Vec<String> = groups
                    .iter()
                    .filter(|alts| !alts.iter().any(|a| pkgs.iter().any(|p| p == a)))
                    .filter_map(|alts| alts.first().cloned())
                    .collect();
                if lacks.is_empty() {
                    if let Some(lib) = groups
                        .first()
                        .and_then(|g| g.iter().find(|a| pkgs.contains(a)))
                    {
                        present.push((n.name.clone(), lib.clone()));
                    }
                } else {
                    missing.push((n.name.clone(), lacks, d.file, d.span));
                }
            }
            let from = doc
                .tree
                .stages
                .get(shipped)
                .map(|s| (s.base.span, s.base_resolved.clone()))
                .unwrap_or_default();
            if missing.is_empty() {
                if let Some((pkg, lib)) = present.first() {
                    if chain.len() < doc.stages.len() {
                        cx.strength(img.dockerfile, from.0, Installs { lib, package: pkg });
                    }
                }
                continue;
            }
            // (package, its libraries) for the message's four slots
            let mut slots: Vec<(String, String)> = missing
                .iter()
                .take(3)
                .map(|(p, libs, _, _)| (p.clone(), ticked(libs)))
                .collect();
            if missing.len() > 3 {
                let rest = &missing[3..];
                let pkgs: Vec<&str> = rest.iter().map(|m| m.0.as_str()).collect();
                let libs: Vec<String> = rest.iter().flat_map(|m| m.1.clone()).collect();
                slots.push((pkgs.join("`, `"), ticked(&libs)));
            }
            slots.resize(4, (String::new(), String::new()));
            let libs: Vec<String> = missing.iter().flat_map(|m| m.1.clone()).collect();
            let install = if st.os == OsFlavor::Alpine {
                format!("RUN apk add --no-cache {}", libs.join(" "))
            } else {
                format!(
                    "RUN apt-get update && apt-get install -y --no-install-recommends {} && rm -rf /var/lib/apt/lists/*",
                    libs.join(" ")
                )
            };
            let f = cx.report(
                img.dockerfile,
                from.0,
                Missing {
                    image: &from.1,
                    count: missing.len(),
                    p1: &slots[0].0,
                    l1: &slots[0].1,
                    p2: &slots[1].0,
                    l2: &slots[1].1,
                    p3: &slots[2].0,
                    l3: &slots[2].1,
                    p4: &slots[3].0,
                    l4: &slots[3].1,
                },
            );
            f.help(MissingHelp { command: &install })
                .at_most(img.confidence);
            for (_, _, file, span) in &missing {
                f.related(*file, *span, Required {});
            }
            for (d, _) in img.services() {
                f.deployment(d);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::audit_txtar_with_rule;

    fn count(src: &str, reqs: &str) -> usize {
        audit_txtar_with_rule(
            &format!("-- Dockerfile --\n{src}-- requirements.txt --\n{reqs}-- app.py --\n"),
            "SW6007",
        )
        .findings
        .iter()
        .filter(|f| f.rule.code == "SW6007")
        .count()
    }

    #[test]
    fn psycopg_three_and_binary_extras() {
        let single =
            "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n";
        assert_eq!(count(single, "psycopg==3.2.1\n"), 1);
        assert_eq!(count(single, "psycopg[binary]==3.2.1\n"), 0);
        assert_eq!(count(single, "psycopg2-binary==2.9.9\n"), 0);
        // built in the same slim stage with libpq-dev: the library comes along
        assert_eq!(count("FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n", "psycopg2==2.9.9\n"), 0);
        // full image: has the library
        assert_eq!(count("FROM python:3.12 AS b\nCOPY requirements.txt .\nRUN pip install --prefix=/i -r requirements.txt\nFROM python:3.12\nCOPY --from=b /i /usr/local\n", "psycopg2==2.9.9\n"), 0);
        // alpine runtime
        assert_eq!(count("FROM python:3.12-alpine AS b\nRUN apk add gcc musl-dev postgresql-dev\nCOPY requirements.txt .\nRUN pip install --prefix=/i -r requirements.txt\nFROM python:3.12-alpine\nRUN apk add --no-cache libpq\nCOPY --from=b /i /usr/local\n", "psycopg2==2.9.9\n"), 0);
    }
}
