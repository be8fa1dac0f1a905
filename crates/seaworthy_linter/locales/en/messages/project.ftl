# Messages of the project rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## default-secret-in-script-or-config
default-secret-in-script-or-config-fallback = the fallback of { $kind ->
    [setting] the setting `{ $name }`
   *[other] `{ $name }`
} in `{ $path }` is a well-known default (`{ $masked }`): when the variable is unset the app runs with a secret anyone can guess
default-secret-in-script-or-config-started = { $kind ->
    [flag] the command-line flag
    [setting] the setting
   *[other] the variable
} `{ $name }` is set to a well-known default (`{ $masked }`) in `{ $path }`, which service `{ $service }` runs on every start: every container of it uses a secret anyone can guess
default-secret-in-script-or-config = { $kind ->
    [flag] the command-line flag
    [setting] the setting
   *[other] the variable
} `{ $name }` is set to a well-known default (`{ $masked }`) in `{ $path }`: whatever reads it uses a secret anyone can guess
default-secret-in-script-or-config-script-help = take the secret from the environment without a default and stop when it is missing (`: "${"{"}NAME:?NAME must be set{"}"}"`), then rotate the value if it was ever used
default-secret-in-script-or-config-config-help = leave the secret out of the file and read it from the environment or a secret store, failing at start when it is missing; rotate the value if it was ever used
default-secret-in-script-or-config-related = service `{ $service }` starts through `{ $path }`
default-secret-in-script-or-config-strength = `{ $path }` stops at start when `{ $name }` is missing instead of falling back to a default
