# Messages of the delivery rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## deploy-ssh-insecure
deploy-ssh-insecure = `{ $tool }` runs with `{ $option }`: the deploy trusts whatever host answers at that address
deploy-ssh-insecure-help = pin the server's host key: write it to `~/.ssh/known_hosts` from a CI secret or variable (`ssh-keyscan` output checked once), and drop the option
deploy-ssh-insecure-secret = `ssh` puts `{ $secret }` on the remote command line: every user of the server sees it in the process list, and it lands in the shell history
deploy-ssh-insecure-secret-help = send secrets through standard input or a file copied with restricted permissions (`ssh host 'cat > .env' < .env`), not as arguments of the remote command

## pre-commit-missing
pre-commit-missing = advice: no commit hooks (`.pre-commit-config.yaml`, lefthook, husky): secrets and broken deployment files are caught only after they are pushed, if at all
pre-commit-missing-help = add a `.pre-commit-config.yaml` with a secret scanner and the linters the team uses, and run `pre-commit install`
