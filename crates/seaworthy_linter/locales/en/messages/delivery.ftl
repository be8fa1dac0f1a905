# Messages of the delivery rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## ci-missing
ci-missing = no CI pipeline: nothing builds, tests or checks this deployment before it ships
ci-missing-help = add a workflow (e.g. `.github/workflows/ci.yml`) that runs the tests, builds the image and audits the deployment files on every push

## ci-no-image-build
ci-no-image-build = none of the { $files } CI file(s) builds the container image
ci-no-image-build-help = add a job that runs `docker build` (or `docker/build-push-action` with `push: false` on pull requests)

## ci-no-image-scan
ci-no-image-scan = the image is built here but no CI step scans it for vulnerabilities or misconfigurations
ci-no-image-scan-help = add a blocking scan after the build, e.g. `aquasecurity/trivy-action` with `exit-code: "1"` and `severity: CRITICAL,HIGH`

## ci-check-non-blocking
ci-check-non-blocking = a check step with `continue-on-error: true` never fails the pipeline
ci-check-non-blocking-help = remove `continue-on-error`, or fix or suppress the specific findings so the check can block
ci-check-non-blocking-or-true = `|| true` turns this check's failures into success
ci-check-non-blocking-or-true-help = drop `|| true`; if some findings are accepted, configure the tool to ignore them

## fixed-sleep-wait
fixed-sleep-wait = `{ $command }` waits a fixed time instead of polling for readiness
fixed-sleep-wait-help = poll instead: `until docker compose exec db pg_isready; do sleep 1; done`, or `docker compose up --wait` with healthchecks

## deploy-ssh-insecure
deploy-ssh-insecure = `{ $tool }` runs with `{ $option }`: the deploy trusts whatever host answers at that address
deploy-ssh-insecure-help = pin the server's host key: write it to `~/.ssh/known_hosts` from a CI secret or variable (`ssh-keyscan` output checked once), and drop the option
deploy-ssh-insecure-secret = `ssh` puts `{ $secret }` on the remote command line: every user of the server sees it in the process list, and it lands in the shell history
deploy-ssh-insecure-secret-help = send secrets through standard input or a file copied with restricted permissions (`ssh host 'cat > .env' < .env`), not as arguments of the remote command

## pre-commit-missing
pre-commit-missing = advice: no commit hooks (`.pre-commit-config.yaml`, lefthook, husky): secrets and broken deployment files are caught only after they are pushed, if at all
pre-commit-missing-help = add a `.pre-commit-config.yaml` with a secret scanner and the linters the team uses, and run `pre-commit install`
