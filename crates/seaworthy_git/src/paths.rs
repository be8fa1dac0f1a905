//! Path helpers: the default "secret-prone file" predicate and repo-relative ↔ audited-root-relative
//! conversions.

/// A sensible default for [`crate::collect`]'s `interesting` predicate: files that commonly hold
/// secrets. Examples and templates (`.env.example`, `secrets.sample.yml`) are included on purpose:
/// the rules decide whether their content is a real secret. Compose files are left out (large,
/// frequently changed); pass your own predicate to include them.
///
/// Matched on the file name (last path component), case-insensitively:
/// `.env`, `.env.*`, `env.example` (and other environment words), anything under `.envs/`, `.envrc`, `*.env`, `*.pem`, `*.key`, `*.p12`, `*.pfx`, `*.jks`, `*.keystore`,
/// `id_rsa*`, `id_dsa*`, `id_ecdsa*`, `id_ed25519*`, `credentials*.json`, `credentials`,
/// `secrets.*`, `*.secrets`, `.npmrc`, `.pypirc`, `.netrc`, `.htpasswd`, `.pgpass`,
/// `service-account*.json`, `*.tfvars`, `.dockerconfigjson`, `.dockercfg`.
pub fn is_interesting_secret_path(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    if name.is_empty() {
        return false;
    }
    // cookiecutter-django style: `.envs/.production/.postgres`.
    if path
        .split('/')
        .any(|part| part.eq_ignore_ascii_case(".envs"))
    {
        return true;
    }
    let lower = name.to_ascii_lowercase();
    let name = lower.as_str();
    const EXACT: &[&str] = &[
        ".env",
        ".envrc",
        ".npmrc",
        ".pypirc",
        ".netrc",
        "_netrc",
        ".htpasswd",
        ".pgpass",
        "credentials",
        ".dockercfg",
        ".dockerconfigjson",
    ];
    const SUFFIXES: &[&str] = &[
        ".env",
        ".pem",
        ".key",
        ".p12",
        ".pfx",
        ".jks",
        ".keystore",
        ".secrets",
        ".tfvars",
    ];
    const PREFIXES: &[&str] = &[".env.", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519"];
    // `env.example`, `env.production`, ... but not `env.rs` / `env.py`.
    const ENV_DOT: &[&str] = &[
        "example",
        "sample",
        "template",
        "dist",
        "local",
        "dev",
        "development",
        "prod",
        "production",
        "staging",
        "test",
        "docker",
    ];
    if name
        .strip_prefix("env.")
        .is_some_and(|rest| ENV_DOT.contains(&rest))
    {
        return true;
    }
    if EXACT.contains(&name) {
        return true;
    }
    if SUFFIXES
        .iter()
        .any(|s| name.len() > s.len() && name.ends_with(s))
    {
        return true;
    }
    // `secrets.yml`, `secrets.enc.json`, but not source code such as `secrets.go`.
    if name.starts_with("secrets.") {
        return !is_source_code(name);
    }
    if PREFIXES.iter().any(|p| name.starts_with(p)) {
        // `id_rsa.pub` is a public key: not a secret.
        return !(name.starts_with("id_") && name.ends_with(".pub"));
    }
    (name.starts_with("credentials") || name.starts_with("service-account"))
        && name.ends_with(".json")
}

fn is_source_code(name: &str) -> bool {
    const CODE: &[&str] = &[
        "go", "py", "rs", "js", "mjs", "cjs", "ts", "tsx", "jsx", "java", "kt", "rb", "php", "cs",
        "c", "h", "cc", "cpp", "hpp", "swift", "scala", "ex", "exs", "md", "rst", "html", "css",
        "scss", "vue", "svelte", "dart", "lua", "pyc", "snap", "test",
    ];
    name.rsplit('.')
        .next()
        .is_some_and(|ext| CODE.contains(&ext))
}

/// `prefix` is the audited root relative to the work tree, either empty or ending with '/'.
/// Returns the path relative to the audited root, or None if `repo_path` is outside it.
pub(crate) fn relative_to_root<'a>(repo_path: &'a [u8], prefix: &[u8]) -> Option<&'a [u8]> {
    let rel = repo_path.strip_prefix(prefix)?;
    (!rel.is_empty()).then_some(rel)
}

/// Can a directory at `repo_dir` (no trailing '/') contain paths under `prefix`?
pub(crate) fn dir_is_relevant(repo_dir: &[u8], prefix: &[u8]) -> bool {
    if prefix.is_empty() {
        return true;
    }
    // Inside the audited root: `repo_dir + "/"` starts with prefix.
    // Above the audited root: prefix starts with `repo_dir + "/"`.
    let n = repo_dir.len();
    if prefix.len() > n {
        prefix.starts_with(repo_dir) && prefix.get(n) == Some(&b'/')
    } else {
        // repo_dir + "/" starts with prefix (which ends with '/').
        let mut with_slash = Vec::with_capacity(n + 1);
        with_slash.extend_from_slice(repo_dir);
        with_slash.push(b'/');
        with_slash.starts_with(prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_paths() {
        for p in [
            ".env",
            "app/.env",
            ".env.production",
            ".env.example",
            "deploy/prod.env",
            "certs/server.pem",
            "tls/server.KEY",
            "keys/id_rsa",
            "id_ed25519",
            "gcp/credentials.json",
            "credentials-prod.json",
            "config/secrets.yml",
            "secrets.enc.json",
            "store.p12",
            ".npmrc",
            ".pypirc",
            ".netrc",
            "service-account-prod.json",
            "prod.tfvars",
            "env.example",
            ".envs/.production/.postgres",
        ] {
            assert!(is_interesting_secret_path(p), "{p} should be interesting");
        }
        for p in [
            "",
            "docker-compose.yml",
            "Dockerfile",
            "src/env.rs",
            "environment.py",
            "keys/id_rsa.pub",
            "pkg/compose/secrets.go",
            "src/secrets.ts",
            "README.md",
            "app/",
            "key",
            "env",
            "package.json",
        ] {
            assert!(
                !is_interesting_secret_path(p),
                "{p} should not be interesting"
            );
        }
    }

    #[test]
    fn prefix_relations() {
        assert_eq!(relative_to_root(b"a/b/.env", b"a/b/"), Some(&b".env"[..]));
        assert_eq!(relative_to_root(b"a/bc/.env", b"a/b/"), None);
        assert_eq!(relative_to_root(b".env", b""), Some(&b".env"[..]));
        assert!(dir_is_relevant(b"a", b"a/b/"));
        assert!(dir_is_relevant(b"a/b", b"a/b/"));
        assert!(dir_is_relevant(b"a/b/c", b"a/b/"));
        assert!(!dir_is_relevant(b"a/bc", b"a/b/"));
        assert!(!dir_is_relevant(b"ab", b"a/b/"));
        assert!(!dir_is_relevant(b"x", b"a/b/"));
        assert!(dir_is_relevant(b"anything", b""));
    }
}
