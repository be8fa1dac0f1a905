# Per-rule messages: for every rule in docs/rules.md, <name>-title (the rule's summary),
# <name>-why (why it matters) and <name>-fix (what to change). No arguments are passed.
# Every language has the same ids; scripts/check-rules-ftl.py checks them against docs/rules.md.
# Each value is one line: renderers wrap the text themselves.

## SW0xxx core

## SW0001 parse-error
parse-error-title = File does not parse
parse-error-why = The tool that reads the file (`docker build`, `docker compose`, `nginx -t`) rejects it, so the deployment does not build or start. The rest of the audit still runs on what did parse.
parse-error-fix = Fix the syntax error: a misspelled instruction, an unterminated heredoc, invalid YAML or an unbalanced nginx block; check with `docker build`, `docker compose config` or `nginx -t`.

## SW0002 unused-suppression
unused-suppression-title = Suppression comment that silences nothing
unused-suppression-why = A stale suppression will hide the next real problem that appears on that line. A misspelled rule name in a suppression silences nothing while looking as if it does.
unused-suppression-fix = Remove the `# seaworthy: ignore[...]` comment, or correct the rule name in it so that it names an existing rule.

## SW0003 file-unreadable
file-unreadable-title = Deployment file could not be read as text
file-unreadable-why = A file the audit cannot read is a file nobody reviewed. A binary `Dockerfile` or a 50 MB `.env` is usually a mistake in the repository.
file-unreadable-fix = Keep deployment files as readable UTF-8 text files of a reasonable size; fix the permissions, re-encode UTF-16 files, and remove binary files stored under a deployment file's name.

## SW0004 symlink-outside-root
symlink-outside-root-title = Deployment file is a link out of the audited directory; not read
symlink-outside-root-why = A link out of the repository makes the deployment depend on a file that is not in it: another clone, a CI runner or a colleague's machine has something else, or nothing, at that path. BuildKit does not follow links out of the build context either, so `docker build` may not see the target, and reading such links would let a repository make the audit read files of the machine it runs on.
symlink-outside-root-fix = Keep the file in the repository: copy it in, or point the link to a path inside the repository.

## SW0005 git-history-incomplete
git-history-incomplete-title = Git history was not scanned, or only partly
git-history-incomplete-why = Without a full history scan, an audit of a depth-1 clone looks exactly like an audit of a clean history. A key committed two years ago and deleted since is not found, and nothing says it was not looked for.
git-history-incomplete-fix = Audit a full clone: run `git fetch --unshallow`, or set `fetch-depth: 0` for `actions/checkout` in CI.
