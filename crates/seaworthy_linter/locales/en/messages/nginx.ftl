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

## rate-limit-missing
rate-limit-missing = this server proxies to the application without any rate limiting
rate-limit-missing-help = add a `limit_req_zone` at http level and `limit_req zone=... burst=... nodelay;` on the proxied locations
rate-limit-missing-strength = rate limiting (`limit_req`/`limit_conn`) protects the upstream

## resolver-external
resolver-external = `resolver` sends nginx's DNS queries to the public { $count ->
        [one] server
       *[other] servers
    } { $servers }: answers can be spoofed (no DNSSEC), and it cannot resolve private or compose service names
resolver-external-help = use the resolver next to nginx: `resolver 127.0.0.11 valid=30s;` in Docker, the VPC or cluster DNS, or a local caching resolver

## resolver-missing
resolver-missing = `{ $directive }` resolves `{ $vars }` at run time but no `resolver` is set: every request here fails with 502
resolver-missing-help = add `resolver 127.0.0.11 valid=30s;` (Docker's DNS) to the server or http block, or proxy to a fixed host or an `upstream {"{"}{"}"}`

## return-bypasses-access
return-bypasses-access = `return { $code }` answers in the rewrite phase, before `{ $rule }` is checked: every client gets this response
return-bypasses-access-help = serve the response from a handler that runs after the access check (`try_files`, `root`, `proxy_pass`), or move the `return` to a location without the restriction
return-bypasses-access-related = access rule that does not apply to the `return`

## security-headers-missing
security-headers-missing = this server sends no { $headers }
security-headers-missing-help = add at server level: `add_header X-Content-Type-Options "nosniff" always; add_header X-Frame-Options "DENY" always; add_header Referrer-Policy "strict-origin-when-cross-origin" always;`
security-headers-missing-strength = security headers (nosniff, frame options, referrer policy) are set

## server-tokens-exposed
server-tokens-exposed = `server_tokens on` exposes the nginx version
server-tokens-exposed-help = use `server_tokens off;`
server-tokens-exposed-default = `server_tokens` is never turned off: responses announce the nginx version
server-tokens-exposed-default-help = add `server_tokens off;` to the `http` block (or to each `server`)

## ssl-ciphers-weak
ssl-ciphers-weak = `{ $directive }` enables broken cipher suites: { $ciphers }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
ssl-ciphers-weak-template = `{ $directive }` enables broken cipher suites: { $ciphers }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    } in the template branch `{ $branch }`: a policy the template offers on request
ssl-ciphers-weak-help = use the Mozilla "intermediate" list (ECDHE with AES-GCM or CHACHA20-POLY1305), or drop `ssl_ciphers` and let TLS 1.2/1.3 defaults apply

## static-cache-disabled
static-cache-disabled = caching is disabled for static files in `{ $location }`
static-cache-disabled-help = cache versioned assets for long (`expires 30d;` or `Cache-Control: public, immutable`), keep `no-cache` for `index.html` only
static-cache-disabled-strength = static files in `{ $location }` are cached

## tls-weak-protocols
tls-weak-protocols = `ssl_protocols` enables deprecated { $protocols }
tls-weak-protocols-template = `ssl_protocols` enables deprecated { $protocols } in the template branch `{ $branch }`: a policy the template offers on request
tls-weak-protocols-help = use `ssl_protocols TLSv1.2 TLSv1.3;`
tls-weak-protocols-strength = TLS restricted to modern versions ({ $protocols })

## try-files-proxied
try-files-proxied = `location { $location }` has `try_files` and `{ $directive }`: files it finds are still sent to the upstream, and a miss redirects back into this location
try-files-proxied-help = serve files in this location and proxy from a named location: `try_files {"$"}uri @app;` plus `location @app {"{"} proxy_pass ...; {"}"}`, or drop `try_files` here
try-files-proxied-related = the location's handler

## valid-referers-none
valid-referers-none = `valid_referers none` accepts any request that leaves out the `Referer` header, which every client can do
valid-referers-none-help = drop `none` if the check guards anything but image hotlinking, and protect the resource with authentication or a CSRF token instead

## websocket-timeout-short
websocket-timeout-short = WebSocket route `{ $location }` closes idle connections after { $secs } s{ $default ->
        [true] {" "}(nginx's default `proxy_read_timeout`)
       *[false] {""}
    }
websocket-timeout-short-help = raise `proxy_read_timeout` (and `proxy_send_timeout`) for this location, e.g. `3600s`, or send pings more often than the timeout
websocket-timeout-short-strength = WebSocket route `{ $location }` keeps idle connections open ({ $secs } s)

## websocket-upgrade-missing
websocket-upgrade-missing = WebSocket location `{ $path }` is proxied without { $missing }
websocket-upgrade-missing-help = add `proxy_http_version 1.1; proxy_set_header Upgrade {"$"}http_upgrade; proxy_set_header Connection "upgrade";` to this location

## worker-rlimit-nofile-low
worker-rlimit-nofile-low = `worker_rlimit_nofile { $limit }` is below twice `worker_connections { $conns }`: a proxied connection needs two file descriptors, so workers run out at about { $runs_out } connections
worker-rlimit-nofile-low-help = set `worker_rlimit_nofile { $nofile };` (at least twice `worker_connections`)
worker-rlimit-nofile-low-related = connections per worker
worker-rlimit-nofile-low-unset = `worker_connections { $conns }` without `worker_rlimit_nofile`: workers keep the inherited open-file limit (often 1024 in a container) and fail with "Too many open files" first
worker-rlimit-nofile-low-unset-help = add `worker_rlimit_nofile { $nofile };` at the top level of nginx.conf
