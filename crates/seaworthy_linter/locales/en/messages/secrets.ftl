# Messages of the secrets rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## copy-source-dockerignored
copy-source-dockerignored = `{ $path }` is excluded by the `.dockerignore`: the build cannot copy it
copy-source-dockerignored-help = remove the pattern from `.dockerignore` or add an exception (`!{ $path }`)
copy-source-dockerignored-pattern = excluded by this pattern

## dev-settings-in-production-env
dev-settings-in-production-env = `{ $key }={ $value }` is a development setting in `{ $path }`, which production uses
dev-settings-in-production-env-help = set `{ $key }={ $good }` here and keep development values in `.env.dev` or a compose override
dev-settings-in-production-env-loaded-by = loaded by `{ $service }` here
dev-settings-in-production-env-interpolated = `${"{"}{ $key }{"}"}` is interpolated here

## dockerignore-gaps
dockerignore-gaps = `COPY .` copies { $paths } into the image{ $no_dockerignore ->
        [true] {" "}(the build context has no `.dockerignore`)
       *[false] {""}
    }
dockerignore-gaps-help = add them to `.dockerignore`: { $paths }

## env-example-drift
env-example-drift = `{ $key }` is set in `.env` but not documented in `{ $example }`
env-example-drift-help = add `{ $key }=` with a placeholder to `{ $example }`
env-example-drift-lacks = `.env` lacks { $keys } documented here
env-example-drift-lacks-help = set them in `.env`, or drop them from the example if they are gone

## env-file-not-gitignored
env-file-not-gitignored = `{ $path }` is committed to git and not in `.gitignore`
env-file-not-gitignored-untracked = `{ $path }` is not in `.gitignore`: the next `git add .` commits it
env-file-not-gitignored-help = add `{ $name }` (or `.env*` with `!.env.example`) to `.gitignore`{ $tracked ->
        [true] , then `git rm --cached` it and rotate its secrets
       *[false] {""}
    }
env-file-not-gitignored-still-tracked = `{ $path }` is listed in `.gitignore` but git still tracks it: every commit keeps it
env-file-not-gitignored-still-tracked-help = `git rm --cached { $path }`, commit, and rotate the secrets it held
env-file-not-gitignored-strength = `{ $path }` is git-ignored

## env-in-build-context
env-in-build-context = `COPY .` puts `{ $path }` into the image{ $secret ->
        [true] , with the secrets in it
       *[false] {""}
    }
env-in-build-context-help = exclude it in `.dockerignore` (`.env*` and `!.env.example`){ $secret ->
        [true] , rebuild, and rotate the keys of published images
       *[false] {""}
    }
env-in-build-context-env-file = the env file
env-in-build-context-strength = `.dockerignore` keeps `{ $path }` out of the image

## env-value-differs-from-compose
env-value-differs-from-compose = `{ $name }` comes from `.env` line { $line } (`{ $env_value }`) and differs from the default here (`{ $default }`)
env-value-differs-from-compose-help = keep one source of truth: make it required here (`${"{"}{ $name }:?...{"}"}`) or drop it from `.env`
env-value-differs-from-compose-set-here = set here

## secret-in-deployment-file
secret-in-deployment-file = { secret-in-env-file-what } written into `{ $path }` (`{ $masked }`)
secret-in-deployment-file-help = { $file ->
        [ci] store it as a CI secret (`${"{{"} secrets.NAME {"}}"}`), rotate this one, and purge it from git history
        [nginx] inject it from the environment (an envsubst `*.conf.template` fed by a secret), rotate this one, and purge it from git history
       *[other] move it to a secret store or an untracked env file read at run time, rotate this one, and purge it from git history
    }

## secret-in-env-file
secret-in-env-file = `{ $key }` holds a real-looking credential ({ secret-in-env-file-what }, `{ $masked }`) { $status ->
        [tracked] and git tracks the file
        [ignored] (the file is git-ignored, but it is on disk and in build contexts)
        [not-ignored] and the file is not git-ignored
       *[unknown] (git status unknown)
    }
secret-in-env-file-help = rotate the key, keep real values out of the repository (a secret manager, or an untracked `.env` that `.gitignore` and `.dockerignore` both exclude)
# what a credential is (the detector's names; referenced by the messages that name one)
secret-in-env-file-what = { $kind ->
        [api-key] { $name } API key{ $extra }
        [access-key-id] { $name } access key id{ $extra }
        [bot-token] { $name } bot token{ $extra }
        [token] { $name } token{ $extra }
        [webhook] { $name } webhook{ $extra }
        [secret-key] { $name } secret key{ $extra }
        [test-key] { $name } test key{ $extra }
        [private-key] private key
        [url-password] password in a { $name } URL
        [entropy] high-entropy secret
        [password] password
       *[other] { $what }
    }

## secret-in-example-file
secret-in-example-file = example file holds a real-looking credential for `{ $key }` ({ secret-in-env-file-what }, `{ $masked }`)
secret-in-example-file-help = replace it with a placeholder (`your_..._here`) and rotate the key: example files are committed and public
secret-in-example-file-strength = `{ $path }` documents secrets with placeholders only

## secret-in-git-history
secret-in-git-history = `{ $key }` ({ secret-in-env-file-what }, `{ $masked }`) is in git history: `{ $path }` of commit { $commit } ("{ $summary }"){ $gone ->
        [true] , although it is no longer in the working tree
       *[false] {""}
    }{ $shallow ->
        [true] {" "}(shallow clone: older history was not scanned)
       *[false] {""}
    }
secret-in-git-history-help = rotate this key now; then purge it from history (`git filter-repo --path { $path } --invert-paths`) and force-push

## weak-secret-value
weak-secret-value = `{ $key }` has a guessable value (`{ $masked }`)
weak-secret-value-help = generate a strong value (`openssl rand -base64 32`) for every environment that is reachable by anyone but you
