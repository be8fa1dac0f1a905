use super::{dockerfiles, pkg_install, run_commands};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Reports packages named directly on a `pip install` command line without a version
    /// (`pip install gunicorn`). Requirements files, local paths, wheels and VCS URLs are not
    /// reported.
    ///
    /// ## Why is this bad?
    /// Every build installs whatever is newest that day: a major release of a dependency lands
    /// in production without a code change, and the image cannot be rebuilt as it was.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN pip install --no-cache-dir gunicorn
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// RUN pip install --no-cache-dir gunicorn==23.0.0
    /// ```
    ///
    /// ## References
    /// - <https://pip.pypa.io/en/stable/topics/repeatable-installs/>
    pub struct PipUnpinnedPackage {
        code: "SW1013",
        name: "pip-unpinned-package",
        family: Dockerfile,
        severity: Low,
        category: Reliability,
        hadolint: ["DL3013"],
        summary: "`pip install` of a package without a version",
    }
}

crate::message! {
    /// A package installed without a version.
    struct Unpinned<'a> = "pip-unpinned-package" { package: &'a str }
    struct UnpinnedHelp<'a> = "pip-unpinned-package-help" { package: &'a str }
}

impl PipUnpinnedPackage {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                for (_, _, cmd) in run_commands(df, stage) {
                    let Some(pi) = pkg_install(cmd) else {
                        continue;
                    };
                    if pi.manager != "pip"
                        || pi.has_option(&["-e", "--editable", "-U", "--upgrade"])
                            && pi
                                .packages
                                .iter()
                                .all(|p| matches!(p.text.as_str(), "pip" | "setuptools" | "wheel"))
                    {
                        continue;
                    }
                    for p in &pi.packages {
                        let t = p.text.as_str();
                        let is_path = t.starts_with('.')
                            || t.starts_with('/')
                            || t.contains("://")
                            || t.ends_with(".whl")
                            || t.ends_with(".tar.gz")
                            || t.contains('*')
                            || t.contains('$')
                            || t.contains('@');
                        let pinned = t.contains("==")
                            || t.contains(">=")
                            || t.contains("~=")
                            || t.contains('<')
                            || t.contains("===");
                        if is_path
                            || pinned
                            || matches!(
                                t,
                                "pip" | "setuptools" | "wheel" | "uv" | "poetry" | "pipenv"
                            )
                        {
                            continue;
                        }
                        cx.report(doc.file, p.span, Unpinned { package: t })
                            .help(UnpinnedHelp { package: t });
                    }
                }
            }
        }
    }
}
