//! SW4xxx: secrets, env files, `.dockerignore` and git: where secrets are, and where they travel
//! (git history, build contexts, images). Messages never contain a secret in full.

pub mod copy_source_dockerignored;
pub mod dev_settings_in_production_env;
pub mod dockerignore_gaps;
pub mod env_example_drift;
pub mod env_file_not_gitignored;
pub mod env_in_build_context;
pub mod env_value_differs_from_compose;
pub mod secret_in_deployment_file;
pub mod secret_in_env_file;
pub mod secret_in_example_file;
pub mod secret_in_git_history;
pub mod weak_secret_value;

use crate::project::Project;
use crate::rule::Rule;
use seaworthy_syntax::dockerfile::Keyword;
use seaworthy_syntax::dockerignore::Dockerignore;

pub const RULES: &[&dyn Rule] = &[
    &secret_in_env_file::SecretInEnvFile,
    &secret_in_git_history::SecretInGitHistory,
    &env_file_not_gitignored::EnvFileNotGitignored,
    &secret_in_example_file::SecretInExampleFile,
    &weak_secret_value::WeakSecretValue,
    &env_in_build_context::EnvInBuildContext,
    &dockerignore_gaps::DockerignoreGaps,
    &copy_source_dockerignored::CopySourceDockerignored,
    &env_example_drift::EnvExampleDrift,
    &env_value_differs_from_compose::EnvValueDiffersFromCompose,
    &dev_settings_in_production_env::DevSettingsInProductionEnv,
    &secret_in_deployment_file::SecretInDeploymentFile,
];

/// The `.dockerignore` of an image build, parsed (the model found it: `<Dockerfile>.dockerignore`
/// beside the Dockerfile, else the context's).
pub fn dockerignore_of<'a>(
    project: &'a Project,
    img: &crate::project::image::ImageBuild,
) -> Option<(usize, &'a Dockerignore)> {
    let id = img.dockerignore?;
    project
        .dockerignores
        .iter()
        .find(|(f, _)| *f == id)
        .map(|(f, d)| (*f, d))
}

/// Does the Dockerfile copy the whole context (`COPY . .`, `ADD . /app`)? Returns the source span.
pub fn broad_copy(project: &Project, dockerfile: usize) -> Option<seaworthy_syntax::Span> {
    let doc = project.dockerfile(dockerfile)?;
    for ins in &doc.tree.instructions {
        if !matches!(ins.keyword, Keyword::Copy | Keyword::Add)
            || ins.flag("from").is_some()
            || !ins.heredocs.is_empty()
        {
            continue;
        }
        let words = ins.words();
        let Some((_, sources)) = words.split_last() else {
            continue;
        };
        if let Some(s) = sources
            .iter()
            .find(|s| matches!(s.text.as_str(), "." | "./" | "*" | "./*"))
        {
            return Some(s.span);
        }
    }
    None
}

/// Paths relative to a context directory.
pub fn rel_to(context: &str, path: &str) -> Option<String> {
    if context.is_empty() {
        return Some(path.to_string());
    }
    // no `format!("{context}/")` per call: this runs for every (image, file) pair
    path.strip_prefix(context)?
        .strip_prefix('/')
        .map(str::to_string)
}
