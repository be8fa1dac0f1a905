use crate::declare_rule;
use crate::project::Project;
use crate::rule::Checker;
use seaworthy_syntax::shell::SimpleCommand;
use seaworthy_syntax::{FileKind, Span};

declare_rule! {
    /// ## What it does
    /// Reads the deploy commands of CI steps and of the repository's shell scripts and reports
    /// `ssh`, `scp` and `rsync` calls that switch off host key checking
    /// (`-o StrictHostKeyChecking=no`, `UserKnownHostsFile=/dev/null`), and `ssh` calls that put
    /// a secret on the remote command line (`${{ secrets.X }}` or a `$PASSWORD`-like variable
    /// in the command the remote host runs).
    ///
    /// ## Why is this bad?
    /// Without host key checking, the deploy talks to whatever answers at that address: a
    /// spoofed DNS record or a hijacked IP gets the deploy key's session, the new code and every
    /// secret the deploy sends. A secret on the remote command line is visible to every user of
    /// the server in the process list (`ps`), and lands in the shell history and audit logs.
    ///
    /// ## Example
    /// ```yaml path=.github/workflows/deploy.yml
    /// on: push
    /// jobs:
    ///   deploy:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - run: ssh -o StrictHostKeyChecking=no deploy@app.example.com "cd /srv/app && docker compose up -d"
    /// ```
    ///
    /// ## Use instead
    /// Pin the server's host key (kept in a repository secret or variable) and pass secrets
    /// through a file or standard input:
    /// ```yaml path=.github/workflows/deploy.yml
    /// on: push
    /// jobs:
    ///   deploy:
    ///     runs-on: ubuntu-latest
    ///     steps:
    ///       - run: |
    ///           echo "$KNOWN_HOSTS" >> ~/.ssh/known_hosts
    ///           ssh deploy@app.example.com "cd /srv/app && docker compose up -d"
    /// ```
    ///
    /// ## References
    /// - [ssh_config: `StrictHostKeyChecking`](https://man.openbsd.org/ssh_config#StrictHostKeyChecking)
    /// - [GitHub Actions: using secrets](https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions)
    pub struct DeploySshInsecure {
        code: "SW7006",
        name: "deploy-ssh-insecure",
        family: Delivery,
        severity: Medium,
        category: Security,
        summary: "Deploy over SSH without host key checking, or with a secret on the remote command line",
    }
}

crate::message! {
    /// Host key checking switched off.
    struct NoHostKey<'a> = "deploy-ssh-insecure" { tool: &'a str, option: &'a str }
    struct NoHostKeyHelp = "deploy-ssh-insecure-help" {}
    /// A secret in the remote command.
    struct SecretOnCommandLine<'a> = "deploy-ssh-insecure-secret" { secret: &'a str }
    struct SecretHelp = "deploy-ssh-insecure-secret-help" {}
}

const TOOLS: &[&str] = &["ssh", "scp", "rsync", "sftp"];

/// The option that turns host key checking off, if this command has one.
fn insecure_option(argv: &[&str]) -> Option<String> {
    for (i, w) in argv.iter().enumerate() {
        let w = w.trim_matches(['"', '\'']);
        let lower = w.to_ascii_lowercase();
        // `-o StrictHostKeyChecking=no` / `-oStrictHostKeyChecking=no` / inside rsync's `-e "ssh -o ..."`
        for opt in lower.split_whitespace() {
            let opt = opt.trim_start_matches("-o");
            let (k, v) = match opt.split_once('=') {
                Some(kv) => kv,
                None => continue,
            };
            if k == "stricthostkeychecking" && matches!(v, "no" | "off") {
                return Some(format!("StrictHostKeyChecking={v}"));
            }
            if k == "userknownhostsfile" && v == "/dev/null" {
                return Some("UserKnownHostsFile=/dev/null".to_string());
            }
        }
        // `-o StrictHostKeyChecking no`
        if lower == "stricthostkeychecking" {
            if let Some(v) = argv.get(i + 1).map(|v| v.to_ascii_lowercase()) {
                if v == "no" || v == "off" {
                    return Some(format!("StrictHostKeyChecking {v}"));
                }
            }
        }
    }
    None
}

/// A secret the remote command line of this `ssh` call carries: `${{ secrets.X }}`, or a
/// secret-named variable.
fn secret_in_remote(argv: &[&str]) -> Option<String> {
    // the remote command comes after the destination: skip options and their values
    let mut i = 1;
    while i < argv.len() && argv[i].starts_with('-') {
        let takes_value = matches!(
            argv[i],
            "-o" | "-i" | "-p" | "-l" | "-F" | "-J" | "-L" | "-R" | "-D" | "-E" | "-S" | "-W"
        );
        i += if takes_value { 2 } else { 1 };
    }
    let remote = argv.get(i + 1..)?;
    for w in remote {
        if let Some(at) = w.find("${{") {
            let inner = &w[at + 3..];
            let expr = inner.split("}}").next().unwrap_or("").trim();
            if let Some(name) = expr.strip_prefix("secrets.") {
                return Some(format!("secrets.{}", name.trim()));
            }
        }
        let mut rest = *w;
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let name: String = rest
                .trim_start_matches('{')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty()
                && name.chars().any(|c| c.is_ascii_uppercase())
                && crate::secrets::secret_key_name(&name)
            {
                return Some(format!("${name}"));
            }
        }
    }
    None
}

fn check_commands(
    cx: &mut Checker,
    file: crate::project::FileId,
    commands: &[SimpleCommand],
    locate: &dyn Fn(Span) -> Span,
) {
    for c in commands {
        let argv: Vec<&str> = c.argv().iter().map(|w| w.text.as_str()).collect();
        let Some(tool) = argv.first().copied() else {
            continue;
        };
        let tool = tool.rsplit('/').next().unwrap_or(tool);
        if !TOOLS.contains(&tool) {
            continue;
        }
        if let Some(option) = insecure_option(&argv) {
            cx.report(
                file,
                locate(c.span),
                NoHostKey {
                    tool,
                    option: &option,
                },
            )
            .help(NoHostKeyHelp {});
        }
        if tool == "ssh" {
            if let Some(secret) = secret_in_remote(&argv) {
                cx.report(
                    file,
                    locate(c.span),
                    SecretOnCommandLine { secret: &secret },
                )
                .help(SecretHelp {});
            }
        }
    }
}

impl DeploySshInsecure {
    fn check(&self, project: &Project, cx: &mut Checker) {
        for wf in &project.ci.workflows {
            let text = &project.file(wf.file).text;
            for job in &wf.jobs {
                for step in &job.steps {
                    let Some(script) = &step.run else { continue };
                    let commands = step.commands();
                    check_commands(cx, wf.file, &commands, &|span| script.locate(text, span));
                }
            }
        }
        for f in project.files.iter().filter(|f| {
            matches!(
                f.kind,
                FileKind::Script | FileKind::Entrypoint | FileKind::Build
            ) && f.is_parseable()
                && !f.is_template()
        }) {
            let commands = project.shell_commands(f.id);
            check_commands(cx, f.id, commands, &|span| span);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_key_options() {
        assert!(insecure_option(&["ssh", "-o", "StrictHostKeyChecking=no", "h"]).is_some());
        assert!(insecure_option(&["ssh", "-oStrictHostKeyChecking=no", "h"]).is_some());
        assert!(
            insecure_option(&["scp", "-o", "UserKnownHostsFile=/dev/null", "a", "h:b"]).is_some()
        );
        assert!(
            insecure_option(&["rsync", "-e", "ssh -o StrictHostKeyChecking=no", "a", "h:b"])
                .is_some()
        );
        assert!(insecure_option(&["ssh", "-o", "StrictHostKeyChecking=accept-new", "h"]).is_none());
        assert!(insecure_option(&["ssh", "-o", "StrictHostKeyChecking=yes", "h"]).is_none());
    }

    #[test]
    fn secrets_on_the_remote_command_line() {
        assert_eq!(
            secret_in_remote(&[
                "ssh",
                "-i",
                "key",
                "deploy@h",
                "docker login -p ${{ secrets.REGISTRY_TOKEN }}"
            ])
            .as_deref(),
            Some("secrets.REGISTRY_TOKEN")
        );
        assert_eq!(
            secret_in_remote(&[
                "ssh",
                "deploy@h",
                "export DB_PASSWORD=$DB_PASSWORD; ./deploy.sh"
            ])
            .as_deref(),
            Some("$DB_PASSWORD")
        );
        // the destination itself and ordinary variables are not secrets
        assert_eq!(
            secret_in_remote(&["ssh", "$DEPLOY_HOST", "docker compose pull"]),
            None
        );
        assert_eq!(
            secret_in_remote(&["ssh", "deploy@h", "cd $APP_DIR && docker compose up -d"]),
            None
        );
    }
}
