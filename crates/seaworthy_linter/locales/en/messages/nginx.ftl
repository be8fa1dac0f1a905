# Messages of the nginx rules: what a rule says about one instance (see src/message.rs).
# Ids start with the rule name; variables are the fields of the rule's message structs.

## add-header-content-type
add-header-content-type = `add_header Content-Type` sends a second `Content-Type` next to nginx's own; clients pick either
add-header-content-type-help = use `default_type { $mime };` (or a `types {"{"} {"}"}` block) to set the type nginx sends
add-header-content-type-help-charset = use `default_type { $mime };` and `charset { $charset };` (or a `types {"{"} {"}"}` block) to set the type nginx sends

## add-header-drops-inherited
add-header-drops-inherited = `add_header` in this server drops the inherited headers: { $lost }
add-header-drops-inherited-block = `add_header` in `{ $block } { $args }` drops the inherited headers: { $lost }
add-header-drops-inherited-help = repeat the inherited headers in this block, move them to an `include`d snippet used at every level, or (nginx 1.29.3+) set `add_header_inherit merge;` above it
add-header-drops-inherited-related = inherited header set here

## alias-traversal
alias-traversal = `location { $path }` without a trailing slash and `alias { $alias }` with one: `{ $path }../` escapes the directory
alias-traversal-help = end the location with a slash: `location { $path }/`
alias-traversal-related = the alias

## allow-without-deny
allow-without-deny = `allow { $allowed }` with no `deny` in the same block: every other address is let through too
allow-without-deny-help = end the list with `deny all;` in the same block
allow-without-deny-related = last `allow` of the list

## auth-rate-limit-missing
auth-rate-limit-missing = authentication endpoint `{ $path }` has no rate limit
auth-rate-limit-missing-help = define `limit_req_zone {"$"}binary_remote_addr zone=login:10m rate=5r/m;` at http level and add `limit_req zone=login burst=3 nodelay;` here

## autoindex-enabled
autoindex-enabled = `autoindex on` lists every file in the directory to anyone
autoindex-enabled-help = remove it (the default is off); serve an explicit index page if a listing is really needed, behind authentication

## client-body-size-excessive
client-body-size-excessive = `client_max_body_size 0` removes the request size limit
client-body-size-excessive-gb = `client_max_body_size { $value }` lets a client send { $gb } GB in one request
client-body-size-excessive-large = `client_max_body_size { $value }` is very large
client-body-size-excessive-help = set it to what the application accepts (e.g. `20M`), and raise it only in the upload location

## csp-unsafe
csp-unsafe = the CSP allows { $sources }
csp-unsafe-help = drop 'unsafe-inline'/'unsafe-eval' (use nonces or hashes) and list exact hosts instead of schemes

## default-server-missing
default-server-missing = { $count } servers listen on { $socket } and none is `default_server`: requests for any other host name go to `{ $first }`, the first one read
default-server-missing-sockets = { $count } servers listen on { $head } and { $last } and none is `default_server`: requests for any other host name go to `{ $first }`, the first one read
default-server-missing-help = mark the intended catch-all `listen { $listen } default_server;` (a `server_name _; return 444;` server is a safe choice)
default-server-missing-related = `{ $name }` listens here too
default-server-missing-related-unnamed = another server listens here too

## gzip-disabled
gzip-disabled = responses are never compressed: `gzip` is off
gzip-disabled-help = add `gzip on;` and `gzip_types` for text, JSON, JS and CSS in the `http` block
gzip-disabled-strength = response compression is on

## header-without-always
header-without-always = `{ $header }` is not sent on error responses: add `always`
header-without-always-help = append `always`: `add_header <name> "<value>" always;`
