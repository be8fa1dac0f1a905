use super::{dockerfiles, mount_targets, shipped_stages};
use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::dockerfile::Keyword;
use seaworthy_syntax::shell::SimpleCommand;

declare_rule! {
    /// ## What it does
    /// Reports `yarn install` (or a bare `yarn`) in a `RUN` of a stage that ships (the final stage
    /// and the stages it is built `FROM`) when the same `RUN` does not run `yarn cache clean`
    /// afterwards and yarn's cache is not a BuildKit cache or tmpfs mount.
    ///
    /// ## Why is this bad?
    /// Yarn keeps a copy of every package it downloads in its global cache, often as large as
    /// `node_modules` itself; it then ships in the layer. In a builder stage that is only copied
    /// from, the cache never ships, so it is not reported there.
    ///
    /// ## Example
    /// ```dockerfile
    /// FROM node:22-slim
    /// WORKDIR /app
    /// COPY package.json yarn.lock ./
    /// RUN yarn install --frozen-lockfile --production
    /// ```
    ///
    /// ## Use instead
    /// ```dockerfile
    /// FROM node:22-slim
    /// WORKDIR /app
    /// COPY package.json yarn.lock ./
    /// RUN yarn install --frozen-lockfile --production && yarn cache clean
    /// ```
    ///
    /// ## References
    /// - <https://classic.yarnpkg.com/en/docs/cli/cache>
    /// - <https://docs.docker.com/build/cache/optimize/#use-cache-mounts>
    pub struct YarnCacheNotCleaned {
        code: "SW1041",
        name: "yarn-cache-not-cleaned",
        family: Dockerfile,
        severity: Low,
        category: Performance,
        hadolint: ["DL3060"],
        summary: "`yarn install` leaves yarn's cache in the layer",
    }
}

fn is_yarn(c: &SimpleCommand) -> bool {
    c.program() == Some("yarn")
}

fn is_yarn_install(c: &SimpleCommand) -> bool {
    is_yarn(c) && c.subcommand().is_none_or(|w| w.text == "install")
}

fn is_cache_clean(c: &SimpleCommand) -> bool {
    let w: Vec<&str> = c.argv().iter().map(|w| w.text.as_str()).collect();
    is_yarn(c) && w.windows(2).any(|x| x[0] == "cache" && x[1] == "clean")
}

crate::message! {
    /// `yarn install` that keeps its cache in the layer.
    struct Cache = "yarn-cache-not-cleaned" {}
    struct CacheHelp = "yarn-cache-not-cleaned-help" {}
}

impl YarnCacheNotCleaned {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for doc in dockerfiles(project) {
            let df = &doc.tree;
            let shipped = shipped_stages(project, doc);
            for stage in &df.stages {
                if !shipped.get(stage.index).copied().unwrap_or(false) {
                    continue;
                }
                for (_, ins) in df.stage_instructions(stage) {
                    if ins.keyword != Keyword::Run {
                        continue;
                    }
                    let cmds = ins.command_list();
                    let Some(at) = cmds.iter().position(is_yarn_install) else {
                        continue;
                    };
                    let cleaned = cmds[at..].iter().any(|c| {
                        is_cache_clean(c)
                            || (c.program() == Some("rm")
                                && c.argv().iter().any(|w| {
                                    w.text.contains("cache/yarn")
                                        || w.text.contains(".yarn-cache")
                                        || w.text.contains("yarn/berry/cache")
                                }))
                    });
                    let mounted = mount_targets(ins, &["cache", "tmpfs"]).iter().any(|t| {
                        t.contains("yarn") || t.ends_with("/.cache") || t.contains("/.cache/")
                    });
                    if cleaned || mounted {
                        continue;
                    }
                    let c = &cmds[at];
                    cx.report(doc.file, c.span, Cache {}).help(CacheHelp {});
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::findings;

    const CODE: &str = "SW1041";

    #[test]
    fn forms() {
        assert_eq!(
            findings("FROM node:22\nRUN yarn --frozen-lockfile\n", CODE),
            1
        );
        assert_eq!(
            findings("FROM node:22\nRUN yarn cache clean && yarn install\n", CODE),
            1
        );
        for src in [
            "FROM node:22\nRUN yarn install && yarn build && yarn cache clean --all\n",
            "FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n",
            "FROM node:22\nRUN yarn build\n",
            "FROM node:22 AS build\nRUN yarn install && yarn build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n",
        ] {
            assert_eq!(findings(src, CODE), 0, "{src}");
        }
    }
}
