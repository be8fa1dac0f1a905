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

## host-header-spoofing
host-header-spoofing = `{ $header }` is set from `{"$"}http_host`, the raw value the client sent
host-header-spoofing-help = use `{"$"}host` (validated against `server_name`) instead of `{"$"}http_host`

## hsts-missing
hsts-missing = this HTTPS server sends no `Strict-Transport-Security` header
hsts-missing-help = add `add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;`
hsts-missing-short-days = HSTS `max-age` is short ({ $days } days)
hsts-missing-short-seconds = HSTS `max-age` is short ({ $seconds } seconds)
hsts-missing-short-help = use at least six months: `max-age=15552000` (two years, `63072000`, is common)
hsts-missing-strength = HSTS is set on the TLS server

## http-splitting
http-splitting = { $capture ->
        [true] `{ $var }` (`{ $pattern }` captured by `{ $by }`)
       *[false] `{ $var }`
    }{ $through ->
        [true] {" "}(through `{ $via }`)
       *[false] {""}
    } is URL-decoded: a `%0d%0a` in the request splits the `{ $header }` header
http-splitting-help = use `{"$"}request_uri` (kept encoded) instead, or capture with a class that excludes control characters
http-splitting-upstream = { $capture ->
        [true] `{ $var }` (`{ $pattern }` captured by `{ $by }`)
       *[false] `{ $var }`
    }{ $through ->
        [true] {" "}(through `{ $via }`)
       *[false] {""}
    } is URL-decoded and `{ $directive }` sends it upstream as is: a `%0d%0a` in the request splits the request to the upstream
http-splitting-upstream-help = pass the request unchanged (`proxy_pass http://backend;`), or use `{"$"}request_uri`, which stays encoded

## https-disabled
https-disabled = the HTTPS configuration is commented out and no server terminates TLS
https-disabled-help = enable the TLS server (certificates from Let's Encrypt or your CA), or document where TLS is terminated (load balancer) with `# seaworthy: ignore[https-disabled] TLS ends at the LB`

## https-redirect-missing
https-redirect-missing = this plain-HTTP server serves the site instead of redirecting to HTTPS
https-redirect-missing-help = replace its locations with `return 301 https://{"$"}host{"$"}request_uri;` (keep an ACME challenge location if you use Let's Encrypt)
https-redirect-missing-strength = plain HTTP redirects to HTTPS

## if-in-location
if-in-location = `if { $cond }` in `location { $location }` uses { $directives } for the matching requests: they are served by the `if` block's own configuration, not the location's
if-in-location-help = choose the value with a `map` at http level and use the variable in the location, or end the `if` with `return`/`rewrite ... last`
if-in-location-related = inside the `if`
if-in-location-loses = when `if { $cond }` matches, `location { $location }` loses its `{ $directive }`: the `if` block does not inherit it
if-in-location-loses-help = move the condition to a `map` at http level, or end the `if` with `return`/`rewrite ... last`
if-in-location-loses-related = lost inside the `if`

## location-regex-unanchored
location-regex-unanchored = `location { $location }` is not anchored with `$`: it also matches `/uploads/file.{ $ext }.jpg` and `/file.{ $ext }/more`
location-regex-unanchored-help = end the regex with `$`: `{ $re }$`

## origin-check-regex
origin-check-regex = the `{ $var }` check `{ $re }` accepts `{ $attack }`
origin-check-regex-map = the `{ $var }` pattern `{ $re }` accepts `{ $attack }`
origin-check-regex-help-origin = anchor both ends and escape the dots: `~ "^https://(www\.)?example\.com$"`
origin-check-regex-help-referer = anchor the host and escape the dots: `~ "^https://([^/]+\.)?example\.com(/|$)"`
origin-check-regex-referrer = `{"$"}http_referrer` is always empty: the header is spelled `Referer`, so this check never sees the client's value
origin-check-regex-referrer-help = use `{"$"}http_referer`

## proxy-forwarded-headers-missing
proxy-forwarded-headers-missing = location `{ $location }` proxies to { $target } without { $header }: the app sees nginx as the client
proxy-forwarded-headers-missing-both = location `{ $location }` proxies to { $target } without X-Forwarded-For or X-Forwarded-Proto: the app sees nginx as the client
proxy-forwarded-headers-missing-help = add `proxy_set_header X-Forwarded-For {"$"}proxy_add_x_forwarded_for;` and `proxy_set_header X-Forwarded-Proto {"$"}scheme;`, and make the app trust them from nginx only

## proxy-pass-normalized
proxy-pass-normalized = `{ $var }`{ $through ->
        [true] {" "}(through `{ $via }`)
       *[false] {""}
    }, captured by `{ $by }`, holds the decoded path and `proxy_pass` sends it as is: `%2F`, `%3F` and `%25` reach the upstream decoded, and it decodes them again
proxy-pass-normalized-help = map the path with a prefix location (`location /api/ {"{"} proxy_pass http://backend/; {"}"}`), or pass `{"$"}request_uri` unchanged
proxy-pass-normalized-uri-part = `proxy_pass { $target }` has a URI part { $place ->
        [block] inside `{ $block }`
        [regex] in a regex location
       *[named] in a named location
    }: nginx refuses to start with it
proxy-pass-normalized-uri-part-help = drop the URI part (`proxy_pass http://backend;`) and rewrite the path with `rewrite ... break;` if needed

## proxy-pass-variable-ssrf
proxy-pass-variable-ssrf = the upstream host of `{ $directive } { $target }` comes from `{ $var }`{ $through ->
        [true] {" "}(through `{ $via }`)
       *[false] {""}
    }, which the client controls
proxy-pass-variable-ssrf-captured = the upstream host of `{ $directive } { $target }` comes from `{ $var }`{ $through ->
        [true] {" "}(through `{ $via }`)
       *[false] {""}
    }, captured from { $from ->
        [host] the Host header
       *[path] the request path
    } by `{ $by }`
proxy-pass-variable-ssrf-help = proxy to a fixed upstream and pass the client's value in the path or a header, or map allowed values to upstream names with a `map` block
