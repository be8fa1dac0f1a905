use super::{dockerfiles, run_commands, tool};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;

declare_rule! {
    /// ## What it does
    /// Finds stages that copy the whole source tree (`COPY . .`, `COPY . /app`) before installing
    /// dependencies (`pip install -r`, `pip install .`, `uv sync`, `poetry install`, `npm ci`,
    /// `yarn install`, `go mod download`, `bundle install`, `composer install`).
    ///
    /// ## Why is this bad?
    /// Any source change invalidates the layer cache of the dependency install, so every commit
    /// reinstalls every dependency: builds take minutes instead of seconds. Copy the manifests
    /// first, install, then copy the sources.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY . .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM python:3.12-slim
    /// WORKDIR /app
    /// COPY requirements.txt .
    /// RUN pip install --no-cache-dir -r requirements.txt
    /// COPY . .
    /// ```
    ///
    /// ## References
    /// - <https://docs.docker.com/build/cache/optimize/#order-your-layers>
    pub struct DepsAfterSourceCopy {
        code: "SW1014",
        name: "deps-after-source-copy",
        family: Dockerfile,
        severity: Medium,
        category: Performance,
        summary: "Dependencies installed after copying the whole source tree",
    }
}

fn is_dep_install(cmd: &seaworthy_syntax::shell::SimpleCommand) -> bool {
    let Some(t) = tool(cmd) else { return false };
    let argv = cmd.argv();
    let has = |w: &str| argv.iter().any(|a| a.text == w);
    match t.as_str() {
        p if p.starts_with("pip") => {
            has("install")
                && (has("-r")
                    || has("--requirement")
                    || has(".")
                    || argv.iter().any(|a| a.text.starts_with("-r")))
        }
        "uv" => has("sync") || (has("pip") && has("install")),
        "poetry" | "pipenv" | "pdm" => has("install") || has("sync"),
        "npm" => has("ci") || has("install") || has("i"),
        "yarn" | "pnpm" => argv.len() == 1 || has("install"),
        "go" => has("mod") && has("download"),
        "bundle" | "composer" => has("install"),
        _ => false,
    }
}

fn copies_everything(ins: &seaworthy_syntax::dockerfile::Instruction) -> bool {
    if ins.keyword != Keyword::Copy || ins.flag("from").is_some() || !ins.heredocs.is_empty() {
        return false;
    }
    let words = ins.words();
    let Some((_, sources)) = words.split_last() else {
        return false;
    };
    sources
        .iter()
        .any(|s| matches!(s.text.as_str(), "." | "./" | "*"))
}

crate::message! {
    /// The source tree copied before the dependency install.
    struct Order = "deps-after-source-copy" {}
    struct OrderHelp = "deps-after-source-copy-help" {}
    struct OrderRelated = "deps-after-source-copy-related" {}
}

impl DepsAfterSourceCopy {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            for stage in &df.stages {
                let Some((copy_idx, copy)) = df
                    .stage_instructions(stage)
                    .find(|(_, i)| copies_everything(i))
                else {
                    continue;
                };
                let Some((_, _, cmd)) = run_commands(df, stage)
                    .into_iter()
                    .find(|(i, _, c)| *i > copy_idx && is_dep_install(c))
                else {
                    continue;
                };
                cx.report(doc.file, copy.span, Order {})
                    .help(OrderHelp {})
                    .related(doc.file, cmd.span, OrderRelated {});
            }
        }
    }
}
