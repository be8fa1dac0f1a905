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
    project.dockerignore(id).map(|d| (id, d))
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

/// What a credential is, as the messages that name one say it. Those messages reference
/// `secret-in-env-file-what` in their catalogue text, which selects on `kind` and names `name`
/// (the provider, or a URL's scheme) and `extra`; `what` is the detector's own English name,
/// said as is for a kind the catalogue does not know. A message struct that names a credential
/// has the four fields.
pub struct Credential<'a> {
    pub kind: &'static str,
    pub name: &'a str,
    pub extra: &'a str,
    pub what: &'a str,
}

/// The kind of the detector's name for a credential (`Stripe secret key`, `password in a
/// postgres URL`, `high-entropy secret`; see `data/secrets.toml` and `crate::secrets::classify`).
pub fn credential(what: &str) -> Credential<'_> {
    let whole = |kind| Credential {
        kind,
        name: "",
        extra: "",
        what,
    };
    match what {
        "password" => return whole("password"),
        "high-entropy secret" => return whole("entropy"),
        "private key" => return whole("private-key"),
        _ => {}
    }
    if let Some(scheme) = what
        .strip_prefix("password in a ")
        .and_then(|r| r.strip_suffix(" URL"))
    {
        return Credential {
            kind: "url-password",
            name: scheme,
            extra: "",
            what,
        };
    }
    let markers = [
        (" API key", "api-key"),
        (" access key id", "access-key-id"),
        (" bot token", "bot-token"),
        (" token", "token"),
        (" webhook", "webhook"),
        (" secret key", "secret-key"),
        (" test key", "test-key"),
    ];
    for (marker, kind) in markers {
        if let Some(i) = what.find(marker) {
            return Credential {
                kind,
                name: &what[..i],
                extra: &what[i + marker.len()..],
                what,
            };
        }
    }
    whole("other")
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

#[cfg(test)]
mod tests {
    use super::credential;
    use crate::i18n::Lang;
    use crate::message::Message;

    crate::message! {
        /// What a credential is: referenced by the messages that name one (see [`credential`]).
        struct What<'a> = "secret-in-env-file-what" { kind: &'a str, name: &'a str, extra: &'a str, what: &'a str }
    }

    fn what(w: &str) -> Message {
        let c = credential(w);
        What {
            kind: c.kind,
            name: c.name,
            extra: c.extra,
            what: c.what,
        }
        .into()
    }

    #[test]
    fn every_credential_the_detector_names_has_a_kind_and_a_translation() {
        let table = include_str!("../../../data/secrets.toml");
        let mut names: Vec<String> = table
            .lines()
            .filter_map(|l| l.trim().strip_prefix("provider = \""))
            .filter_map(|l| l.strip_suffix('"'))
            .map(String::from)
            .collect();
        assert!(names.len() > 10, "{names:?}");
        names.extend(
            [
                "password",
                "high-entropy secret",
                "password in a postgres URL",
            ]
            .map(String::from),
        );
        for n in &names {
            assert_ne!(credential(n).kind, "other", "{n}");
            let m = what(n);
            assert_eq!(m.as_str(), n, "English says the detector's name");
            assert_ne!(m.in_lang(Lang::Ru), m.as_str(), "{n}");
            assert_ne!(m.in_lang(Lang::Uk), m.as_str(), "{n}");
        }
        assert_eq!(
            what("Google API key (Gemini, Maps)").in_lang(Lang::Ru),
            "API-ключ Google (Gemini, Maps)"
        );
        // a name the catalogue does not know is said as the detector says it
        assert_eq!(credential("Acme thing").kind, "other");
        assert_eq!(what("Acme thing").in_lang(Lang::Uk), "Acme thing");
    }
}
