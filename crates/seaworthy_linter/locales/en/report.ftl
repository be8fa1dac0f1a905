# The audit report's own words (headings, verdicts, areas, phases, efforts, generic sentences),
# the text output's summary and `seaworthy explain`'s headings. Rule messages are not here.
# Every message must exist in en, ru and uk (a test checks it).

## Header

report-title = Deployment audit: { $project }
meta-date = Date
meta-commit = Commit
meta-no-commit = not read
meta-verdict = Verdict
meta-score = Score
meta-scope = seaworthy { $version } · { $files ->
    [one] 1 file
   *[other] { $files } files
} · { $services ->
    [one] 1 service
   *[other] { $services } services
} · { $deployments ->
    [one] 1 deployment
   *[other] { $deployments } deployments
}

## Verdicts and the summary

verdict-ready = Ready
verdict-ready-with-fixes = Ready with fixes
verdict-not-ready = Not ready
headline-not-ready = Not ready for production: { $count ->
    [one] one blocker must be fixed first.
   *[other] { $count } blockers must be fixed first.
}
headline-ready-with-fixes = Ready for production with fixes: no blocker, { $count ->
    [one] one medium finding to address.
   *[other] { $count } medium findings to address.
}
headline-ready = Ready for production: nothing blocks a release.
headline-cannot-build = The project cannot be built as it is.
headline-cannot-start = The project cannot be started as it is.
h-summary = Summary
h-blockers = Blockers
blockers-more = …and { $count ->
    [one] one more blocker
   *[other] { $count } more blockers
} in the findings below.
places-more = (and { $count ->
    [one] 1 more place
   *[other] { $count } more places
})
more-count = { $count } more

## Areas

area-image = Image
area-orchestration = Orchestration
area-proxy = Reverse proxy
area-secrets = Secrets and configuration
area-runtime = Application runtime
area-delivery = Delivery and operations
area-summary-clean = nothing serious.
area-summary-problems = { $problems }.
area-summary-good = Good: { $practices }.
status-missing = missing
status-not-assessed = not assessed
missing-image = services are built, but there is no Dockerfile
missing-orchestration = no compose file
missing-proxy = no nginx configuration
missing-secrets = nothing configures the deployment
missing-runtime = no application found
missing-delivery = no CI workflow builds, tests or scans anything
not-assessed-image = no Dockerfile, the services run published images
not-assessed-orchestration = no compose file
not-assessed-proxy = no nginx configuration
not-assessed-secrets = no env file, compose file or Dockerfile
not-assessed-runtime = no application command, code or dependency manifest to judge
not-assessed-delivery = nothing to deliver
units-image = { $count ->
    [one] 1 Dockerfile
   *[other] { $count } Dockerfiles
}
units-orchestration = { $count ->
    [one] 1 service
   *[other] { $count } services
}
units-proxy = { $count ->
    [one] 1 nginx config
   *[other] { $count } nginx configs
}
units-secrets = { $count ->
    [one] 1 file with configuration
   *[other] { $count } files with configuration
}
units-runtime = { $count ->
    [one] 1 application service
   *[other] { $count } application services
}
units-delivery = { $count ->
    [one] 1 CI workflow
   *[other] { $count } CI workflows
}

## Scores

h-scores = Scores
col-area = Area
col-score = Score
col-why = Why
overall = Overall
overall-none = nothing was assessed
overall-mean = weighted mean of { $count ->
    [one] the one assessed area
   *[other] the { $count } assessed areas
}
overall-missing = { $count ->
    [one] the missing area counts as 0
   *[other] the { $count } missing areas count as 0
}
overall-capped = capped at { $cap }: { $count ->
    [one] a { $severity } blocker
   *[other] { $count } blockers, the worst { $severity }
}
rationale-no-findings = no findings
rationale-credited = credited: { $practices }
rationale-capped = capped at { $cap } by a serious finding
count-critical = { $count } critical
count-high = { $count } high
count-medium = { $count } medium
count-low = { $count } low
count-info = { $count } info
count-findings = { $count ->
    [one] { $count } finding
   *[other] { $count } findings
}

## Severities

severity-critical = Critical
severity-high = High
severity-medium = Medium
severity-low = Low
severity-info = Info
severity-word-critical = critical
severity-word-high = high
severity-word-medium = medium
severity-word-low = low
severity-word-info = info
confidence-low = low
confidence-medium = medium
confidence-high = high
confidence-tag = confidence: { $level }
note-fix-available = fix available: { $what }
note-unsafe-fix-available = unsafe fix available: { $what }
note-suggestion = suggestion: { $what }
note-confidence-inferred = confidence: { $level } (built on a link the audit inferred)
env-only-dev = development only
env-only-test = test only
env-only-prod = production
env-only-shared = every environment

## Strengths

h-strengths = Strengths
strength-line = { $label }: { $subjects }
strength-line-of = { $label }: { $subjects } ({ $count } of { $total })
strength-line-places = { $label } ({ $count ->
    [one] 1 place
   *[other] { $count } places
})
practice-base-image-unpinned = Base images pinned to versions
practice-build-tools-in-final-stage = Multi-stage build: the final image copies only build results
practice-healthcheck-tool-missing = HEALTHCHECK in the image, with a probe that can run
practice-shell-form-entrypoint = Exec-form start command: the process gets signals directly
practice-pip-cache-not-disabled = pip cache kept out of the image
practice-runs-as-root = Runs as an unprivileged user
practice-healthcheck-missing = Healthchecks
practice-root-image-unprivileged-variant = Unprivileged proxy image
practice-depends-on-not-healthy = Startup waits for healthy dependencies (service_healthy)
practice-stateful-data-not-persisted = Data on named volumes
practice-single-network = Services on explicit networks
practice-config-mount-writable = Configuration mounted read-only
practice-no-environment-overrides = Separate development and production settings
practice-resource-limits-missing = Resource limits
practice-env-file-not-gitignored = Env files kept out of git
practice-secret-in-example-file = Example env files hold placeholders only
practice-env-in-build-context = .dockerignore keeps env files out of the image
practice-static-cache-disabled = Static files cached
practice-rate-limit-missing = Rate limiting in front of the application
practice-websocket-timeout-short = Long-lived WebSocket connections kept open
practice-hsts-missing = HSTS on the TLS server
practice-security-headers-missing = Security headers
practice-https-redirect-missing = HTTP redirects to HTTPS
practice-tls-weak-protocols = Modern TLS versions only
practice-gzip-disabled = Response compression

## Findings

h-findings = Findings
findings-none = No findings.
h-minor = { $low ->
    [0] Info ({ $info })
   *[other] { $info ->
        [0] Low ({ $low })
       *[other] Low ({ $low }) and info ({ $info })
    }
}
notes-summary = { $count ->
    [one] 1 note (info)
   *[other] { $count } notes (info)
}
item-rotate-keys = Rotate the { $count } keys in `{ $file }`: { $keys }
item-title-subjects = { $summary }: { $subjects }
item-title-count = { $summary } ({ $count ->
    [one] 1 place
   *[other] { $count } places
})
label-why = Why
label-fix = Fix
label-verify = verify
why-see-above = as above, same rule.
snippet-fix = What `seaworthy audit --fix` writes:
snippet-adapted = The rule's example applied to this block:
snippet-example = As in the rule's example:
autofix-safe = `seaworthy audit --fix` applies it
autofix-unsafe = `seaworthy audit --fix --unsafe-fixes` applies it (it changes behaviour: review the diff)
autofix-display = a suggested edit is in the JSON output

## Plan

h-plan = Plan
phase-leak = Stop the leak
phase-build = Make it build and start
phase-reliable = Make it reliable
phase-harden = Harden
phase-operate = Operate
about-time = about { $time }
effort-S = effort S (≈15 min)
effort-M = effort M (≈2 h)
effort-L = effort L (≈1 day)
plan-low-steps = { $count ->
    [one] 1 low-severity step
   *[other] { $count } low-severity steps
}
h-quick-wins = Quick wins
quick-wins-intro = { $count ->
    [one] One small change
   *[other] { $count } small changes
} with real impact, about { $time } in total:
duration-min = { $m } min
duration-h = { $h } h
duration-h-min = { $h } h { $m } min

## Topology

h-topology = Topology
topology-none = No compose deployment to draw.
topology-host-ports = host ports
topology-healthcheck = healthcheck
topology-build = build
topology-data-store = data store
topology-cache = cache
topology-broker = broker
topology-proxy = proxy
topology-worker = worker
topology-scheduler = scheduler
topology-one-shot-job = one-shot job
topology-admin-ui = admin UI
topology-app = app
topology-dev = dev
topology-test = test
topology-prod = prod
topology-shared = shared

## Out of scope and not checked

h-scope = Out of scope and not checked
scope-static = A static audit cannot judge:
scope-image-size = the size of the built images
scope-runtime = behaviour at run time (memory, latency, load)
scope-monitoring = monitoring and alerting
scope-backups = backups and restores
scope-rollback = rollback and the deployment procedure
scope-host = the host, its firewall and TLS certificates
scope-run = This run did not check:
scope-run-none = Nothing was skipped: every file was read and parsed.
skipped-no-git = git history (not a repository, or `--no-git`): secrets in past commits were not looked for
skipped-shallow = history before the shallow clone's first commit
skipped-history-truncated = history beyond the last { $count } commits
skipped-git-problems = part of the git history, which could not be read
skipped-unreadable = { $count ->
    [one] 1 file that could not be read
   *[other] { $count } files that could not be read
}: { $files }
skipped-templates = { $count ->
    [one] 1 template
   *[other] { $count } templates
} whose rendered values are unknown: { $files }
skipped-parse = { $count ->
    [one] 1 file
   *[other] { $count } files
} that could not be parsed completely: { $files }
skipped-partial-tree = files other than deployment files (this is a partial tree): claims that a file is missing were not made

## HTML

filter-area = Area
filter-severity = Severity
filter-all = all
filter-shown = shown

## Text output

text-summary = { $count ->
    [one] 1 finding
   *[other] { $count } findings
} ({ $critical } critical, { $high } high, { $medium } medium, { $low } low, { $info } info) in { $files ->
    [one] 1 file
   *[other] { $files } files
}; verdict: { $verdict }
text-strengths = strengths
text-scores = scores
text-verdict-ready = ready
text-verdict-needs-work = needs-work
text-verdict-not-ready = not-ready
category-security = security
category-reliability = reliability
category-performance = performance
category-operability = operability
category-maintainability = maintainability

## seaworthy explain

explain-severity = severity
explain-category = category
explain-family = family
explain-what-it-does = What it does
explain-why-is-this-bad = Why is this bad?
explain-example = Example
explain-use-instead = Use instead
explain-references = References
