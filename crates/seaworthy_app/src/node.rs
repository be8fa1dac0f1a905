//! `package.json`: what `npm start` runs, the Node engine range, the entry module, the package
//! manager and the dependency names (for "is the module the HEALTHCHECK requires installed?").

use crate::json::{self, Json};
use seaworthy_syntax::Span;
use serde::Serialize;

/// A string field with its span (the quoted value).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StrField {
    pub value: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Script {
    pub name: String,
    pub command: String,
    pub span: Span,
}

/// What a start command runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StartCommand {
    /// The program (`node`, `next`, `nodemon`, `ts-node`, `pm2-runtime`, `npm`).
    pub program: String,
    /// The script file it runs, when it names one (`node dist/server.js` → `dist/server.js`).
    pub entry: Option<String>,
    /// A development tool: file watchers and dev servers (`nodemon`, `ts-node-dev`, `next dev`,
    /// `vite` without `preview`, `react-scripts start`, `node --watch`).
    pub dev_server: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dependency {
    pub name: String,
    pub version: String,
    /// From `devDependencies` (not installed by `npm ci --omit=dev`).
    pub dev: bool,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NodeFacts {
    /// The file was not a JSON object (facts are empty or partial).
    pub invalid: bool,
    pub name: Option<StrField>,
    pub main: Option<StrField>,
    /// `"type": "module"`
    pub module_type: Option<StrField>,
    pub scripts: Vec<Script>,
    pub engines_node: Option<StrField>,
    /// `"packageManager": "pnpm@9.1.0"` (corepack)
    pub package_manager: Option<StrField>,
    pub dependencies: Vec<Dependency>,
}

impl NodeFacts {
    pub fn script(&self, name: &str) -> Option<&Script> {
        self.scripts.iter().rev().find(|s| s.name == name)
    }

    /// What `npm start` runs: `scripts.start`, else npm's default `node server.js` (which npm uses only
    /// when `server.js` exists: the caller checks). The script's own text is parsed by
    /// [`start_command`].
    pub fn start(&self) -> StartCommand {
        match self.script("start") {
            Some(s) => start_command(&s.command),
            None => StartCommand {
                program: "node".into(),
                entry: Some("server.js".into()),
                dev_server: false,
            },
        }
    }

    pub fn depends_on(&self, name: &str) -> Option<&Dependency> {
        self.dependencies.iter().find(|d| d.name == name)
    }
}

/// Parse the first command of an npm script (`cross-env NODE_ENV=production node dist/index.js && ...`).
pub fn start_command(script: &str) -> StartCommand {
    let first = script
        .split("&&")
        .map(str::trim)
        .find(|c| !c.is_empty())
        .unwrap_or("");
    let mut words = first.split_whitespace().peekable();
    // skip env assignments and env wrappers
    let mut program = String::new();
    for w in words.by_ref() {
        if w.contains('=') && !w.starts_with('-')
            || w == "cross-env"
            || w == "env"
            || w == "exec"
            || w == "npx"
            || w == "dotenv"
            || w == "--"
        {
            continue;
        }
        program = w.rsplit('/').next().unwrap_or(w).to_string();
        break;
    }
    let rest: Vec<&str> = words.collect();
    let flags_with_value = [
        "-r",
        "--require",
        "--import",
        "--loader",
        "--env-file",
        "-e",
        "--eval",
        "-p",
        "--print",
        "-c",
        "--config",
        "--name",
        "-i",
        "--instances",
    ];
    let mut positional: Vec<&str> = Vec::new();
    let mut skip = false;
    for w in &rest {
        if skip {
            skip = false;
            continue;
        }
        if flags_with_value.contains(w) {
            skip = true;
            continue;
        }
        if !w.starts_with('-') {
            positional.push(w.trim_matches(['"', '\'']));
        }
    }
    let sub = positional.first().copied().unwrap_or("");
    let dev_server = matches!(
        program.as_str(),
        "nodemon" | "ts-node-dev" | "tsnd" | "node-dev" | "supervisor"
    ) || program == "node"
        && rest
            .iter()
            .any(|w| *w == "--watch" || w.starts_with("--watch="))
        || program == "tsx" && sub == "watch"
        || matches!(program.as_str(), "next" | "nuxt" | "remix" | "astro") && sub == "dev"
        || program == "vite" && !matches!(sub, "preview" | "build")
        || program == "react-scripts" && sub == "start"
        || program == "ng" && sub == "serve"
        || program == "webpack-dev-server"
        || program == "webpack" && sub == "serve";
    // only node-like programs run a script file
    let runs_file = matches!(
        program.as_str(),
        "node"
            | "nodemon"
            | "ts-node"
            | "ts-node-dev"
            | "tsx"
            | "bun"
            | "pm2-runtime"
            | "pm2"
            | "forever"
            | "deno"
    );
    let entry = if runs_file {
        positional
            .iter()
            .find(|w| {
                [".js", ".mjs", ".cjs", ".ts", ".mts", ".json"]
                    .iter()
                    .any(|e| w.ends_with(e))
                    || w.contains('/')
                    || **w == "."
            })
            .map(|w| w.to_string())
    } else {
        None
    };
    StartCommand {
        program,
        entry,
        dev_server,
    }
}

/// Read a `package.json`. Total.
pub fn node_facts(text: &str) -> NodeFacts {
    let Some(root) = json::parse(text).filter(|r| matches!(r.value, Json::Obj(_))) else {
        return NodeFacts {
            invalid: true,
            ..NodeFacts::default()
        };
    };
    let field = |n: Option<&json::Node>| {
        n.and_then(|v| {
            v.as_str().map(|s| StrField {
                value: s.to_string(),
                span: v.span,
            })
        })
    };
    let mut facts = NodeFacts {
        invalid: false,
        name: field(root.get("name")),
        main: field(root.get("main")),
        module_type: field(root.get("type")),
        engines_node: field(root.get("engines").and_then(|e| e.get("node"))),
        package_manager: field(root.get("packageManager")),
        ..NodeFacts::default()
    };
    if let Some(scripts) = root.get("scripts") {
        for (k, v) in scripts.entries() {
            if let (Some(name), Some(cmd)) = (k.as_str(), v.as_str()) {
                facts.scripts.push(Script {
                    name: name.to_string(),
                    command: cmd.to_string(),
                    span: v.span,
                });
            }
        }
    }
    for (section, dev) in [("dependencies", false), ("devDependencies", true)] {
        if let Some(deps) = root.get(section) {
            for (k, v) in deps.entries() {
                if let Some(name) = k.as_str() {
                    facts.dependencies.push(Dependency {
                        name: name.to_string(),
                        version: v.as_str().unwrap_or("").to_string(),
                        dev,
                        span: k.span.cover(v.span),
                    });
                }
            }
        }
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    const PKG: &str = r#"{
  "name": "web",
  "version": "1.0.0",
  "main": "dist/index.js",
  "type": "module",
  "packageManager": "pnpm@9.1.0",
  "engines": { "node": ">=20 <23" },
  "scripts": {
    "dev": "nodemon src/index.ts",
    "build": "tsc -p .",
    "start": "cross-env NODE_ENV=production node --enable-source-maps dist/index.js"
  },
  "dependencies": { "express": "^4.19.2", "pg": "^8.11.0" },
  "devDependencies": { "typescript": "^5.4.0" }
}"#;

    #[test]
    fn reads_manifest() {
        let n = node_facts(PKG);
        assert!(!n.invalid);
        assert_eq!(n.engines_node.as_ref().unwrap().value, ">=20 <23");
        assert_eq!(
            &PKG[n.engines_node.as_ref().unwrap().span.range()],
            "\">=20 <23\""
        );
        assert_eq!(n.main.as_ref().unwrap().value, "dist/index.js");
        let start = n.start();
        assert_eq!(start.program, "node");
        assert_eq!(start.entry.as_deref(), Some("dist/index.js"));
        assert!(!start.dev_server);
        assert!(start_command(&n.script("dev").unwrap().command).dev_server);
        assert!(n.depends_on("express").is_some_and(|d| !d.dev));
        assert!(n.depends_on("typescript").is_some_and(|d| d.dev));
        assert_eq!(n.package_manager.unwrap().value, "pnpm@9.1.0");
    }

    #[test]
    fn start_commands() {
        let s = start_command("next start -p 3000");
        assert_eq!(
            (s.program.as_str(), s.entry, s.dev_server),
            ("next", None, false)
        );
        assert!(start_command("next dev").dev_server);
        assert!(start_command("node --watch server.js").dev_server);
        assert_eq!(
            start_command("node -r dotenv/config build/server.js")
                .entry
                .as_deref(),
            Some("build/server.js")
        );
        assert_eq!(
            start_command("pm2-runtime ecosystem.config.js")
                .entry
                .as_deref(),
            Some("ecosystem.config.js")
        );
        assert!(start_command("vite").dev_server);
        assert!(!start_command("vite preview --port 80").dev_server);
        let none = start_command("");
        assert_eq!(none.program, "");
        let default = node_facts("{\"name\": \"x\"}").start();
        assert_eq!(default.entry.as_deref(), Some("server.js"));
    }

    #[test]
    fn invalid_and_partial() {
        assert!(node_facts("not json").invalid);
        assert!(node_facts("[1,2]").invalid);
        // truncated: what was read before the cut is kept
        let cut = &PKG[..PKG.find("\"dependencies\"").unwrap() + 20];
        let n = node_facts(cut);
        assert!(!n.invalid);
        assert_eq!(
            n.script("start")
                .map(|s| s.command.contains("dist/index.js")),
            Some(true)
        );
    }
}
