#!/usr/bin/env python3
"""Deterministic synthetic monorepo for seaworthy's scale benchmarks (Python 3.11, stdlib only).

    gen-monorepo.py OUT --deploy-files N [--source-ratio 10] [--seed S]
    gen-monorepo.py OUT --big-dockerfile LINES [--seed S]
    gen-monorepo.py OUT --big-nginx LOCATIONS [--seed S]
    gen-monorepo.py OUT --big-compose SERVICES [--seed S]

The monorepo is a set of stacks under `stacks/<name>/`. Each stack has a base compose file with
5-20 services, a dev override and a production file, `.env` and `.env.production`, an nginx
config with one upstream per web service and a dozen locations, and per built service a
multi-stage Dockerfile (apt + pip), `.dockerignore`, `requirements.txt` and sometimes an
entrypoint script; each stack has a CI workflow under `.github/workflows/`. Deployment files are
written until exactly N exist; then about `source_ratio * N` ordinary source files (Python, JS,
Markdown, SQL, images' worth of small assets) are spread over the services' folders.

Roughly one in five files carries a typical mistake (unpinned image, root user, published database
port, DEBUG in a production env file, secret-looking value...), so rules, suppression and rendering
all see work. Same arguments and seed => byte-identical tree. The big-file modes write one file
(plus a small `.env` next to the compose file) under OUT.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys

WORDS = (
    "billing auth users orders search catalog inventory payments notify reports media gateway "
    "ledger profile cart checkout shipping pricing reviews sessions audit metrics export import "
    "scheduler mailer webhooks tenants invoices geo chat feed ranking"
).split()
STACK_WORDS = (
    "atlas borealis cobalt delta ember falcon granite harbor iris jade kelvin lumen meridian nova "
    "onyx polaris quartz raven sierra tundra umber vega willow xenon yonder zephyr"
).split()
PY_IMAGES = ["python:3.12-slim", "python:3.11-slim-bookworm", "python:3.12-slim-bookworm", "python:3.10-slim"]
INFRA = [
    ("postgres", "postgres:16.3-alpine", 5432),
    ("redis", "redis:7.2-alpine", 6379),
    ("rabbitmq", "rabbitmq:3.13-management-alpine", 5672),
    ("minio", "minio/minio:RELEASE.2024-06-13T22-53-53Z", 9000),
    ("mailhog", "mailhog/mailhog:v1.0.1", 1025),
    ("memcached", "memcached:1.6-alpine", 11211),
]
APT = ["curl", "ca-certificates", "libpq5", "gettext", "tini", "libjpeg62-turbo", "libxml2", "git", "build-essential", "libpq-dev"]
PIP = [
    ("fastapi", "0.111.0"), ("uvicorn", "0.30.1"), ("gunicorn", "22.0.0"), ("celery", "5.4.0"),
    ("redis", "5.0.7"), ("psycopg2-binary", "2.9.9"), ("sqlalchemy", "2.0.31"), ("alembic", "1.13.2"),
    ("pydantic", "2.8.2"), ("httpx", "0.27.0"), ("django", "5.0.7"), ("boto3", "1.34.144"),
    ("requests", "2.32.3"), ("structlog", "24.2.0"), ("sentry-sdk", "2.10.0"), ("orjson", "3.10.6"),
]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def token(self, n: int = 24) -> str:
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    # ---- deployment files -------------------------------------------------------------------

    def dockerfile(self, svc: str, port: int, mistakes: bool, entrypoint: bool) -> str:
        base = "python:latest" if mistakes and self.chance(0.3) else self.pick(PY_IMAGES)
        apt_build = ["build-essential", "libpq-dev"] + self.r.sample(APT[:6], 2)
        apt_run = sorted(set(["curl"] + self.r.sample(APT[1:8], 2)))
        clean = not (mistakes and self.chance(0.4))
        lines = [
            "# syntax=docker/dockerfile:1.7",
            f"ARG PYTHON_IMAGE={base}",
            "",
            "FROM ${PYTHON_IMAGE} AS builder",
            "ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1",
            "WORKDIR /build",
            "RUN apt-get update \\",
            "    && apt-get install -y --no-install-recommends \\",
        ]
        lines += [f"       {p} \\" for p in apt_build]
        lines.append("    && rm -rf /var/lib/apt/lists/*" if clean else "    && echo done")
        lines += [
            "COPY requirements.txt .",
            "RUN pip wheel --wheel-dir /wheels -r requirements.txt",
            "",
            f"FROM ${{PYTHON_IMAGE}} AS runtime",
            f"LABEL org.opencontainers.image.title=\"{svc}\"",
            "ENV PYTHONDONTWRITEBYTECODE=1 \\",
            "    PYTHONUNBUFFERED=1 \\",
            f"    APP_PORT={port}",
        ]
        if mistakes and self.chance(0.25):
            lines.append(f"ENV API_SECRET_KEY={self.token(32)}")
        lines += [
            "RUN apt-get update && apt-get install -y --no-install-recommends " + " ".join(apt_run)
            + (" && rm -rf /var/lib/apt/lists/*" if clean else ""),
            "RUN groupadd --system app && useradd --system --gid app --home /app app",
            "WORKDIR /app",
            "COPY --from=builder /wheels /wheels",
            "RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels",
            "COPY --chown=app:app . .",
        ]
        if mistakes and self.chance(0.2):
            lines.append("# seaworthy: ignore[runs-as-root] the entrypoint drops privileges")
        if not (mistakes and self.chance(0.5)):
            lines.append("USER app")
        lines += [
            f"EXPOSE {port}",
            f"HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:{port}/healthz || exit 1",
        ]
        if entrypoint:
            lines += ["COPY entrypoint.sh /entrypoint.sh", 'ENTRYPOINT ["/usr/bin/tini", "--", "/entrypoint.sh"]']
        server = self.pick(["gunicorn", "uvicorn"])
        if server == "gunicorn":
            lines.append(f'CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:{port}", "-w", "4", "{svc}.main:app"]')
        else:
            lines.append(f'CMD ["uvicorn", "{svc}.main:app", "--host", "0.0.0.0", "--port", "{port}"]')
        return "\n".join(lines) + "\n"

    def dockerignore(self) -> str:
        items = [".git", "**/__pycache__", "*.pyc", ".env", ".env.*", "tests/", "docs/", "*.md", ".venv", "node_modules"]
        self.r.shuffle(items)
        return "\n".join(items[: self.r.randint(5, len(items))]) + "\n"

    def requirements(self) -> str:
        pkgs = self.r.sample(PIP, self.r.randint(4, 10))
        out = []
        for name, ver in sorted(pkgs):
            out.append(f"{name}>={ver}" if self.chance(0.1) else f"{name}=={ver}")
        return "\n".join(out) + "\n"

    def entrypoint(self, svc: str) -> str:
        return (
            "#!/bin/sh\nset -eu\n"
            f"echo \"starting {svc}\"\n"
            "if [ \"${RUN_MIGRATIONS:-0}\" = 1 ]; then alembic upgrade head; fi\n"
            'exec "$@"\n'
        )

    def compose_base(self, stack: str, services: list[dict]) -> str:
        out = ["name: " + stack, "", "x-logging: &logging", "  driver: json-file", "  options:",
               "    max-size: \"10m\"", "    max-file: \"3\"", "", "services:"]
        infra_names = [s["name"] for s in services if s["infra"]]
        for s in services:
            out.append(f"  {s['name']}:")
            if s["infra"]:
                out.append(f"    image: {s['image']}")
            else:
                out += [ "    build:", f"      context: ./{s['name']}", "      dockerfile: Dockerfile",
                         "      args:", f"        SERVICE_NAME: {s['name']}"]
                out.append(f"    image: registry.example.com/{stack}/{s['name']}:${{TAG:-{s['tag']}}}")
            out.append("    restart: unless-stopped")
            out.append("    logging: *logging")
            out.append("    environment:")
            if s["infra"] and s["name"] == "postgres":
                out += ["      POSTGRES_DB: ${POSTGRES_DB:-app}", "      POSTGRES_USER: ${POSTGRES_USER:-app}",
                        "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}"]
            elif s["infra"]:
                out += [f"      TZ: UTC"]
            else:
                out += [f"      SERVICE_NAME: {s['name']}", "      LOG_LEVEL: ${LOG_LEVEL:-info}"]
                if "postgres" in infra_names:
                    out.append("      DATABASE_URL: postgresql://${POSTGRES_USER:-app}:${POSTGRES_PASSWORD}@postgres:5432/${POSTGRES_DB:-app}")
                if "redis" in infra_names:
                    out.append("      REDIS_URL: redis://redis:6379/0")
            if not s["infra"]:
                out.append("    env_file:")
                out.append("      - .env")
            if s["web"] or (s["infra"] and self.chance(0.2)):
                out.append("    ports:")
                out.append(f"      - \"{s['port']}:{s['port']}\"" if s["infra"] else f"      - \"127.0.0.1:{s['port']}:{s['port']}\"")
            deps = [n for n in infra_names if n != s["name"]] if not s["infra"] else []
            if deps:
                out.append("    depends_on:")
                for d in deps[:3]:
                    out += [f"      {d}:", "        condition: service_healthy" if d in ("postgres", "redis") else "        condition: service_started"]
            if s["infra"] and s["name"] in ("postgres", "redis"):
                test = '["CMD-SHELL", "pg_isready -U ${POSTGRES_USER:-app}"]' if s["name"] == "postgres" else '["CMD", "redis-cli", "ping"]'
                out += ["    healthcheck:", f"      test: {test}", "      interval: 10s", "      timeout: 5s", "      retries: 5"]
                out += ["    volumes:", f"      - {s['name']}-data:/var/lib/{s['name']}/data"]
            out += ["    networks:", "      - backend"]
            if s["web"]:
                out.append("      - frontend")
            if not s["infra"] and self.chance(0.5):
                out += ["    deploy:", "      resources:", "        limits:", f"          memory: {self.pick(['256M', '512M', '1G'])}",
                        f"          cpus: \"{self.pick(['0.5', '1.0'])}\""]
        out += ["", "networks:", "  backend:", "  frontend:"]
        stateful = [s["name"] for s in services if s["infra"] and s["name"] in ("postgres", "redis")]
        if stateful:
            out += ["", "volumes:"] + [f"  {n}-data:" for n in stateful]
        return "\n".join(out) + "\n"

    def compose_override(self, services: list[dict]) -> str:
        out = ["services:"]
        for s in services:
            if s["infra"]:
                if s["name"] == "postgres":
                    out += [f"  {s['name']}:", "    ports:", "      - \"5432:5432\""]
                continue
            out += [f"  {s['name']}:", "    build:", "      target: builder" if self.chance(0.2) else "      target: runtime",
                    "    environment:", "      DEBUG: \"true\"", "      LOG_LEVEL: debug",
                    "    volumes:", f"      - ./{s['name']}:/app"]
            if self.chance(0.5):
                out += ["    command: [\"uvicorn\", \"" + s["name"] + ".main:app\", \"--reload\", \"--host\", \"0.0.0.0\"]"]
        return "\n".join(out) + "\n"

    def compose_prod(self, services: list[dict], mistakes: bool) -> str:
        out = ["services:"]
        for s in services:
            out.append(f"  {s['name']}:")
            out.append("    restart: always")
            if not s["infra"]:
                out += ["    deploy:", f"      replicas: {self.r.randint(2, 6)}", "    environment:",
                        "      LOG_LEVEL: warning", f"      DEBUG: \"{'true' if mistakes and self.chance(0.2) else 'false'}\""]
            elif s["name"] == "postgres" and mistakes and self.chance(0.3):
                out += ["    ports:", "      - \"5432:5432\""]
        return "\n".join(out) + "\n"

    def env_file(self, stack: str, prod: bool, mistakes: bool) -> str:
        lines = [f"# {stack} {'production' if prod else 'local'} settings", f"COMPOSE_PROJECT_NAME={stack}",
                 "TAG=" + ("1." + str(self.r.randint(0, 40)) + ".0" if prod else "dev"),
                 "POSTGRES_DB=app", "POSTGRES_USER=app"]
        if prod and not mistakes:
            lines.append("POSTGRES_PASSWORD=")
            lines.append("SECRET_KEY=")
        else:
            lines.append(f"POSTGRES_PASSWORD={'postgres' if not prod else self.token(20)}")
            lines.append(f"SECRET_KEY={self.token(40)}")
        lines.append("LOG_LEVEL=" + ("warning" if prod else "debug"))
        lines.append("DEBUG=" + ("true" if (not prod) or (mistakes and self.chance(0.3)) else "false"))
        lines.append(f"ALLOWED_HOSTS={'*' if not prod else stack + '.example.com'}")
        for i in range(self.r.randint(2, 8)):
            lines.append(f"FEATURE_{self.pick(WORDS).upper()}_{i}={self.pick(['on', 'off', '1', '0'])}")
        return "\n".join(lines) + "\n"

    def nginx(self, stack: str, services: list[dict], mistakes: bool) -> str:
        web = [s for s in services if s["web"]] or [s for s in services if not s["infra"]][:1]
        out = ["worker_processes auto;", "events { worker_connections 1024; }", "", "http {",
               "    sendfile on;", "    server_tokens " + ("on" if mistakes and self.chance(0.3) else "off") + ";",
               "    client_max_body_size 10m;", "    gzip on;", "    gzip_types text/plain application/json text/css;", ""]
        for s in web:
            out += [f"    upstream {s['name']}_up {{", f"        server {s['name']}:{s['port']} max_fails=3 fail_timeout=10s;",
                    "        keepalive 16;", "    }", ""]
        out += ["    server {", "        listen 80;", f"        server_name {stack}.example.com;",
                "        return 301 https://$host$request_uri;", "    }", "",
                "    server {", "        listen 443 ssl;", "        http2 on;", f"        server_name {stack}.example.com;",
                f"        ssl_certificate /etc/nginx/certs/{stack}.crt;", f"        ssl_certificate_key /etc/nginx/certs/{stack}.key;",
                "        ssl_protocols TLSv1.2 TLSv1.3;",
                "        add_header Strict-Transport-Security \"max-age=63072000\" always;",
                "        add_header X-Content-Type-Options nosniff always;", ""]
        for i in range(self.r.randint(6, 14)):
            s = self.pick(web)
            path = f"/{self.pick(WORDS)}/{i}/"
            out += [f"        location {path} {{", f"            proxy_pass http://{s['name']}_up;",
                    "            proxy_set_header Host $host;", "            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                    "            proxy_set_header X-Forwarded-Proto $scheme;", f"            proxy_read_timeout {self.pick([30, 60, 120])}s;",
                    "        }"]
        out += ["        location /static/ {", "            alias /srv/static/;", "            expires 7d;", "        }",
                "        location = /healthz { access_log off; return 200 'ok'; }", "    }", "}"]
        return "\n".join(out) + "\n"

    def workflow(self, stack: str, services: list[dict]) -> str:
        built = [s["name"] for s in services if not s["infra"]]
        out = [f"name: {stack}", "on:", "  push:", "    branches: [main]", f"    paths: ['stacks/{stack}/**']", "  pull_request:",
               "jobs:", "  build:", "    runs-on: ubuntu-latest", "    strategy:", "      matrix:", f"        service: [{', '.join(built)}]",
               "    steps:", "      - uses: actions/checkout@v4", "      - uses: docker/setup-buildx-action@v3",
               "      - run: docker compose -f docker-compose.yml -f docker-compose.prod.yml config -q",
               f"        working-directory: stacks/{stack}",
               "      - uses: docker/build-push-action@v6", "        with:", f"          context: stacks/{stack}/${{{{ matrix.service }}}}",
               "          push: ${{ github.ref == 'refs/heads/main' }}",
               f"          tags: registry.example.com/{stack}/${{{{ matrix.service }}}}:${{{{ github.sha }}}}"]
        return "\n".join(out) + "\n"

    # ---- ordinary source files --------------------------------------------------------------

    def source(self, kind: str, name: str) -> str:
        if kind == "py":
            fn = self.pick(WORDS)
            return (f'"""{name}: {fn} handlers."""\n\nfrom dataclasses import dataclass\n\n\n@dataclass\nclass {fn.title()}:\n'
                    f"    id: int\n    name: str\n\n\ndef get_{fn}(db, id: int) -> {fn.title()}:\n    return db.get({fn.title()}, id)\n")
        if kind == "js":
            return f"export function {self.pick(WORDS)}(x) {{\n  return fetch(`/api/{self.pick(WORDS)}/${{x}}`).then((r) => r.json());\n}}\n"
        if kind == "md":
            return f"# {name}\n\nNotes about {self.pick(WORDS)} and {self.pick(WORDS)}.\n"
        if kind == "sql":
            return f"CREATE TABLE IF NOT EXISTS {self.pick(WORDS)} (id bigserial primary key, name text not null);\n"
        if kind == "json":
            return '{"name": "%s", "version": "%d.%d.0"}\n' % (name, self.r.randint(0, 9), self.r.randint(0, 20))
        return f"{name}\n"


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def gen_monorepo(out: str, n: int, ratio: float, seed: int) -> tuple[int, int]:
    g = Gen(seed)
    written = 0
    source_dirs: list[str] = []
    stack_idx = 0
    write(os.path.join(out, "README.md"), "# synthetic monorepo (seaworthy benchmark)\n")
    write(os.path.join(out, ".gitignore"), "__pycache__/\n*.pyc\n.venv/\n")

    def emit(rel: str, text: str) -> bool:
        nonlocal written
        if written >= n:
            return False
        write(os.path.join(out, rel), text)
        written += 1
        return True

    while written < n:
        stack = f"{STACK_WORDS[stack_idx % len(STACK_WORDS)]}{stack_idx // len(STACK_WORDS):03d}"
        stack_idx += 1
        mistakes = g.chance(0.2)
        count = g.r.randint(5, 20)
        infra = g.r.sample(INFRA, min(len(INFRA), g.r.randint(1, 3)))
        names = g.r.sample(WORDS, count - len(infra))
        services = [{"name": nm, "image": img, "port": port, "infra": True, "web": False, "tag": ""} for nm, img, port in infra]
        for i, nm in enumerate(names):
            services.append({"name": nm, "image": "", "port": 8000 + i, "infra": False, "web": i < 2 or g.chance(0.3),
                             "tag": f"1.{g.r.randint(0, 30)}.{g.r.randint(0, 9)}"})
        base = f"stacks/{stack}"
        files = [
            (f"{base}/docker-compose.yml", lambda: g.compose_base(stack, services)),
            (f"{base}/docker-compose.override.yml", lambda: g.compose_override(services)),
            (f"{base}/docker-compose.prod.yml", lambda: g.compose_prod(services, mistakes)),
            (f"{base}/.env", lambda: g.env_file(stack, False, mistakes)),
            (f"{base}/.env.production", lambda: g.env_file(stack, True, mistakes)),
            (f"{base}/nginx/nginx.conf", lambda: g.nginx(stack, services, mistakes)),
            (f".github/workflows/{stack}.yml", lambda: g.workflow(stack, services)),
        ]
        for s in services:
            if s["infra"]:
                continue
            d = f"{base}/{s['name']}"
            source_dirs.append(d)
            ep = g.chance(0.3)
            files.append((f"{d}/Dockerfile", lambda s=s, ep=ep: g.dockerfile(s["name"], s["port"], mistakes, ep)))
            files.append((f"{d}/.dockerignore", g.dockerignore))
            files.append((f"{d}/requirements.txt", g.requirements))
            if ep:
                files.append((f"{d}/entrypoint.sh", lambda s=s: g.entrypoint(s["name"])))
        for rel, make in files:
            if not emit(rel, make()):
                break

    sources = int(round(n * ratio))
    kinds = ["py", "py", "py", "py", "js", "md", "sql", "json"]
    exts = {"py": "py", "js": "js", "md": "md", "sql": "sql", "json": "json"}
    for i in range(sources):
        d = source_dirs[i % len(source_dirs)] if source_dirs else "src"
        kind = g.pick(kinds)
        sub = g.pick(["app", "app/api", "app/models", "app/services", "tests", "docs", "migrations", "web/src"])
        name = f"{g.pick(WORDS)}_{i}"
        write(os.path.join(out, d, sub, f"{name}.{exts[kind]}"), g.source(kind, name))
    return written, sources


def gen_big_dockerfile(out: str, lines: int, seed: int) -> None:
    g = Gen(seed)
    body = ["# syntax=docker/dockerfile:1.7", "ARG PYTHON_IMAGE=python:3.12-slim"]
    stage = 0
    next_stage = 0
    while len(body) < lines:
        if len(body) >= next_stage:  # a few long stages: per-stage passes see thousands of instructions
            next_stage += max(lines // 5, 1)
            body += ["", f"FROM ${{PYTHON_IMAGE}} AS stage{stage}", "WORKDIR /app"]
            stage += 1
            continue
        k = g.r.randrange(10)
        if k < 3:
            pk = g.r.sample(APT, 3)
            body += ["RUN apt-get update \\", "    && apt-get install -y --no-install-recommends \\",
                     f"       {' '.join(pk)} \\", "    && rm -rf /var/lib/apt/lists/*"]
        elif k < 5:
            name, ver = g.pick(PIP)
            body.append(f"RUN pip install --no-cache-dir {name}=={ver}")
        elif k < 7:
            body.append(f"ENV {g.pick(WORDS).upper()}_{len(body)}={g.pick(['1', 'on', 'info', '/srv/data'])}")
        elif k < 8:
            body.append(f"COPY {g.pick(WORDS)}/ /app/{g.pick(WORDS)}/")
        elif k < 9:
            body.append(f"LABEL com.example.{g.pick(WORDS)}{len(body)}=\"{g.pick(WORDS)}\"")
        else:
            body.append(f"RUN echo {g.pick(WORDS)} > /tmp/{g.pick(WORDS)}-{len(body)}.txt")
    body = body[:lines]
    body.append('CMD ["python", "-m", "app"]')
    write(os.path.join(out, "Dockerfile"), "\n".join(body) + "\n")


def gen_big_nginx(out: str, locations: int, seed: int) -> None:
    g = Gen(seed)
    ups = max(1, min(200, locations // 100))
    o = ["worker_processes auto;", "events { worker_connections 4096; }", "http {", "    server_tokens off;"]
    for u in range(ups):
        o += [f"    upstream app{u} {{", f"        server app{u}:8000;", "        keepalive 8;", "    }"]
    o += ["    server {", "        listen 443 ssl;", "        server_name big.example.com;",
          "        ssl_certificate /etc/nginx/certs/big.crt;", "        ssl_certificate_key /etc/nginx/certs/big.key;",
          "        proxy_set_header Host $host;", "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"]
    for i in range(locations):
        k = g.r.randrange(8)
        path = f"/{g.pick(WORDS)}/{i}/"
        if k == 0:
            o += [f"        location {path} {{", f"            alias /srv/static/{i}/;", "            expires 1h;", "        }"]
        elif k == 1:
            o += [f"        location = {path}ping {{ return 200 'ok'; }}"]
        else:
            o += [f"        location {path} {{", f"            proxy_pass http://app{g.r.randrange(ups)};", "        }"]
    o += ["    }", "}"]
    write(os.path.join(out, "nginx", "nginx.conf"), "\n".join(o) + "\n")


def gen_big_compose(out: str, services: int, seed: int) -> None:
    g = Gen(seed)
    o = ["services:", "  db:", "    image: postgres:16.3-alpine", "    environment:",
         "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}", "    healthcheck:",
         "      test: [\"CMD-SHELL\", \"pg_isready\"]", "      interval: 10s"]
    for i in range(services):
        name = f"{g.pick(WORDS)}-{i}"
        o += [f"  {name}:", f"    image: registry.example.com/{name}:${{TAG:-1.{i % 30}.0}}", "    restart: unless-stopped",
              "    environment:", f"      SERVICE_NAME: {name}", "      LOG_LEVEL: ${LOG_LEVEL:-info}",
              "      DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD}@db:5432/app",
              "    depends_on:", "      db:", "        condition: service_healthy"]
        if g.chance(0.3):
            o += ["    ports:", f"      - \"127.0.0.1:{10000 + i % 50000}:8000\""]
        if g.chance(0.3):
            o += ["    volumes:", f"      - {name}-data:/data"]
    write(os.path.join(out, "docker-compose.yml"), "\n".join(o) + "\n")
    write(os.path.join(out, ".env"), "TAG=1.0.0\nLOG_LEVEL=info\nPOSTGRES_PASSWORD=\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--deploy-files", type=int)
    ap.add_argument("--source-ratio", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--big-dockerfile", type=int, metavar="LINES")
    ap.add_argument("--big-nginx", type=int, metavar="LOCATIONS")
    ap.add_argument("--big-compose", type=int, metavar="SERVICES")
    ap.add_argument("--force", action="store_true", help="remove OUT first if it exists")
    a = ap.parse_args()
    modes = [m for m in (a.deploy_files, a.big_dockerfile, a.big_nginx, a.big_compose) if m is not None]
    if len(modes) != 1:
        ap.error("give exactly one of --deploy-files, --big-dockerfile, --big-nginx, --big-compose")
    if os.path.exists(a.out):
        if not a.force and os.listdir(a.out):
            ap.error(f"{a.out} exists and is not empty (use --force)")
        shutil.rmtree(a.out)
    os.makedirs(a.out)
    if a.deploy_files is not None:
        d, s = gen_monorepo(a.out, a.deploy_files, a.source_ratio, a.seed)
        print(f"{a.out}: {d} deployment files, {s} source files", file=sys.stderr)
    elif a.big_dockerfile is not None:
        gen_big_dockerfile(a.out, a.big_dockerfile, a.seed)
    elif a.big_nginx is not None:
        gen_big_nginx(a.out, a.big_nginx, a.seed)
    else:
        gen_big_compose(a.out, a.big_compose, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
