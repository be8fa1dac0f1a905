use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;

declare_rule! {
    /// ## What it does
    /// Finds development tools (test runners, linters, formatters, type checkers, debuggers,
    /// pre-commit) in a requirements file that a Dockerfile installs into an image that is not a
    /// test or dev stage. The list of tools is a data table (`data/python.toml`).
    ///
    /// ## Why is this bad?
    /// They add tens of megabytes and hundreds of files to every production image, widen the attack
    /// surface (debuggers open ports, test helpers execute code), and slow every build.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// ```
    /// ```requirements
    /// fastapi==0.115.0
    /// pytest==8.3.3
    /// ```
    ///
    /// ## Use instead
    /// Keep development tools in their own file that only dev and CI install:
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// ```
    /// ```requirements
    /// fastapi==0.115.0
    /// ```
    /// ```requirements path=requirements-dev.txt
    /// -r requirements.txt
    /// pytest==8.3.3
    /// ```
    pub struct DevDependenciesInImage {
        code: "SW5001",
        name: "dev-dependencies-in-image",
        family: Python,
        severity: Medium,
        category: Performance,
        summary: "Development tools installed into a production image",
    }
}

fn is_dev_stage_or_file(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        matches!(
            w,
            "dev"
                | "develop"
                | "development"
                | "test"
                | "tests"
                | "testing"
                | "ci"
                | "lint"
                | "local"
                | "docs"
        )
    })
}

crate::message! {
    /// A requirements file the image installs lists development tools (`tools`: joined names).
    struct DevTools<'a> = "dev-dependencies-in-image" { path: &'a str, tools: String }
    struct DevToolsHelp<'a> = "dev-dependencies-in-image-help" { file: &'a str }
    struct InstalledHere = "dev-dependencies-in-image-installed" {}
}

impl DevDependenciesInImage {
    fn check(&self, project: &Project, cx: &mut Checker) {
        let tools = &crate::knowledge::python().dev_tools;
        for img in &project.images {
            let Some(doc) = project.dockerfile(img.dockerfile) else {
                continue;
            };
            if project.file(img.dockerfile).environment.is_non_prod() {
                continue;
            }
            let df = &doc.tree;
            // only what the shipped image is made of (a test stage's tools never ship)
            let shipped = img.shipped_stages(&doc.stages);
            for st in doc.stages.iter().filter(|s| shipped.contains(&s.index)) {
                if df.stages[st.index]
                    .name
                    .as_ref()
                    .is_some_and(|n| is_dev_stage_or_file(&n.text))
                {
                    continue;
                }
                for pi in &st.pip_installs {
                    for (path, span) in &pi.requirement_files {
                        if is_dev_stage_or_file(path) {
                            continue;
                        }
                        let Some(req_file) = img
                            .repo_path_of(df, pi.instr, path)
                            .and_then(|p| project.file_by_path(&p))
                            .map(|f| f.id)
                        else {
                            continue;
                        };
                        let Some((_, reqs)) = project
                            .python
                            .requirements
                            .iter()
                            .find(|(f, _)| *f == req_file)
                        else {
                            continue;
                        };
                        let found: Vec<_> = reqs
                            .requirements
                            .iter()
                            .filter(|r| tools.contains(&r.name))
                            .collect();
                        let Some(first) = found.first() else { continue };
                        let names: Vec<&str> = found.iter().map(|r| r.name.as_str()).collect();
                        let rf = project.file(req_file);
                        let f = cx.report(
                            req_file,
                            first.line_span,
                            DevTools {
                                path: &rf.path,
                                tools: names.join(", "),
                            },
                        );
                        f.help(DevToolsHelp { file: rf.name() })
                            .related(img.dockerfile, *span, InstalledHere {})
                            .at_most(img.confidence);
                        for (d, _) in img.services() {
                            f.deployment(d);
                        }
                    }
                }
            }
        }
    }
}
