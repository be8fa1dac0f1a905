use crate::declare_rule;
use crate::project::stage::OsFlavor;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds Python packages that pip must compile from source (no binary wheels: `psycopg2`,
    /// `mysqlclient`, `python-ldap`, `uwsgi`, from the data table `data/python.toml`) installed in a
    /// slim or Alpine stage that does not install the compiler and library headers they need.
    ///
    /// ## Why is this bad?
    /// `pip install` fails with "pg_config executable not found" or "gcc: not found" and the image
    /// does not build; or it builds on a developer's full image and breaks when the base is
    /// switched to slim.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// ```
    /// ```requirements
    /// psycopg2==2.9.9
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
    ///     && rm -rf /var/lib/apt/lists/*
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// ```
    /// ```requirements
    /// psycopg2==2.9.9
    /// ```
    pub struct NativeBuildDepsMissing {
        code: "SW5003",
        name: "native-build-deps-missing",
        family: Python,
        severity: High,
        category: Reliability,
        summary: "Package that compiles from source installed without its build dependencies",
    }
}

/// (package, file, span, installed via (Dockerfile, span))
type Wanted = (
    String,
    usize,
    seaworthy_syntax::Span,
    Option<(usize, seaworthy_syntax::Span)>,
);

crate::message! {
    /// A package that compiles from source in a stage without its build dependencies
    /// (`missing`: the system packages, backticked and joined).
    struct Missing<'a> = "native-build-deps-missing" { package: &'a str, base: &'a str, missing: &'a str }
    /// What to do instead, by package (the packages of the `native` table of `data/python.toml`).
    struct MissingHelp<'a> = "native-build-deps-missing-help" { package: &'a str, missing: &'a str }
    struct InstalledHere = "native-build-deps-missing-installed" {}
}

impl NativeBuildDepsMissing {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let natives = &crate::knowledge::python().native;
        for img in &project.images {
            let Some(doc) = project.dockerfile(img.dockerfile) else {
                continue;
            };
            let df = &doc.tree;
            for st in &doc.stages {
                if !matches!(st.os, OsFlavor::DebianSlim | OsFlavor::Alpine) {
                    continue;
                }
                let Some(installed) = &st.system_packages else {
                    continue;
                };
                for pi in &st.pip_installs {
                    // (name, span in which file)
                    let mut wanted: Vec<Wanted> = Vec::new();
                    for (name, span) in &pi.packages {
                        wanted.push((super::dist_name(name), img.dockerfile, *span, None));
                    }
                    for (path, span) in &pi.requirement_files {
                        let Some(rf) = img
                            .repo_path_of(df, pi.instr, path)
                            .and_then(|p| project.file_by_path(&p))
                            .map(|f| f.id)
                        else {
                            continue;
                        };
                        if let Some(reqs) = project.python.requirements_of(rf) {
                            for r in &reqs.requirements {
                                wanted.push((
                                    r.name.clone(),
                                    rf,
                                    r.line_span,
                                    Some((img.dockerfile, *span)),
                                ));
                            }
                        }
                    }
                    for (name, file, span, via) in wanted {
                        let Some(native) = natives.iter().find(|n| n.name == name) else {
                            continue;
                        };
                        let groups = if st.os == OsFlavor::Alpine {
                            &native.alpine_build
                        } else {
                            &native.debian_build
                        };
                        let missing: Vec<&str> = groups
                            .iter()
                            .filter(|alts| !alts.iter().any(|a| installed.iter().any(|i| i == a)))
                            .filter_map(|alts| alts.first().map(String::as_str))
                            .collect();
                        if missing.is_empty() {
                            continue;
                        }
                        let missing_list = missing
                            .iter()
                            .map(|m| format!("`{m}`"))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let f = cx.report(
                            file,
                            span,
                            Missing {
                                package: &name,
                                base: &df.stages[st.index].base_resolved,
                                missing: &missing_list,
                            },
                        );
                        f.help(MissingHelp {
                            package: &name,
                            missing: &missing_list,
                        })
                        .at_most(img.confidence);
                        if let Some((df_file, s)) = via {
                            f.related(df_file, s, InstalledHere {});
                        }
                        for (d, _) in img.services() {
                            f.deployment(d);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MissingHelp;
    use crate::message::Message;

    #[test]
    fn every_native_package_has_its_own_advice() {
        for native in &crate::knowledge::python().native {
            let m: Message = MissingHelp {
                package: &native.name,
                missing: "`some-lib-dev`",
            }
            .into();
            // the generic advice names the missing packages; a package's own one does not
            assert!(!m.contains("some-lib-dev"), "{}: {m}", native.name);
            // and says in English what the table says
            assert!(m.ends_with(native.instead.as_str()), "{}: {m}", native.name);
        }
    }
}
