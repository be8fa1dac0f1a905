#!/usr/bin/env python3
"""Fill corpus/<target>/ with small real inputs: the repo's txtar fixtures (split into files) and,
when present, the real-world corpus at ../../shared/corpus (or $SEAWORTHY_CORPUS). Also copies the
committed seeds/<target>/ files. Inputs over MAX bytes are skipped: small seeds fuzz faster."""
import hashlib, os, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MAX = 4096
PER_TARGET = 60

def kind_of(path):
    name = path.rsplit("/", 1)[-1].lower()
    if name == ".dockerignore" or name.endswith(".dockerignore"):
        return "dockerignore"
    if "dockerfile" in name or name.endswith(".containerfile") or name == "containerfile":
        return "dockerfile"
    if name.endswith((".yml", ".yaml")):
        return "yaml_compose"
    if name.endswith(".conf") and ("nginx" in path.lower() or name == "default.conf") or name.endswith(".nginx"):
        return "nginx"
    if name.startswith(".env") or name.endswith(".env"):
        return "dotenv"
    if name.startswith("requirements") and name.endswith((".txt", ".in")) or "/requirements/" in path:
        return "requirements"
    if name == "pyproject.toml":
        return "pyproject"
    if name.endswith(".sh") or name in ("entrypoint", "docker-entrypoint"):
        return "shell"
    if name.endswith(".py"):
        return "app_python"
    if name in ("package.json", "alembic.ini"):
        return "app_misc"
    return None

def parse_txtar(text):
    files, cur = [], None
    for line in text.splitlines(keepends=True):
        m = re.match(r"^-- (.*) --\s*$", line)
        if m:
            cur = [m.group(1).strip(), ""]
            files.append(cur)
        elif cur is not None:
            cur[1] += line
    return files

def put(target, data, counts):
    if not data or len(data) > MAX or counts.get(target, 0) >= PER_TARGET:
        return
    d = HERE / "corpus" / target
    d.mkdir(parents=True, exist_ok=True)
    p = d / hashlib.sha1(data).hexdigest()
    if not p.exists():
        p.write_bytes(data)
        counts[target] = counts.get(target, 0) + 1

def main():
    counts = {}
    # committed seeds first
    for d in sorted((HERE / "seeds").glob("*")):
        for f in sorted(d.glob("*")):
            put(d.name, f.read_bytes(), counts)
    projects = []
    fixtures = sorted((REPO / "crates").glob("*/tests/fixtures/**/*.txtar"))
    for fx in fixtures:
        files = parse_txtar(fx.read_text(errors="replace"))
        by_name = {}
        for path, content in files:
            data = content.encode()
            k = kind_of(path)
            if k:
                put(k, data, counts)
                by_name.setdefault(k, data)
            if "dockerfile" in path.lower() or path.endswith((".sh", "Makefile")):
                put("shell", b"\n".join(l.split(b" ", 1)[-1] for l in data.splitlines() if l.startswith((b"RUN", b"CMD"))), counts)
            if "${" in content:
                put("interpolate", data, counts)
            put("classify", path.encode() + b"\xff" + data[:1024], counts)
        projects.append(by_name)
    corpus = Path(os.environ.get("SEAWORTHY_CORPUS", REPO.parent.parent / "shared" / "corpus"))
    if not corpus.is_dir():
        corpus = Path("/work/shared/corpus")
    if corpus.is_dir():
        for f in sorted(corpus.rglob("*")):
            if not f.is_file() or f.stat().st_size > MAX:
                continue
            rel = str(f.relative_to(corpus))
            k = kind_of(rel)
            data = f.read_bytes()
            if k:
                put(k, data, counts)
            put("classify", rel.encode() + b"\xff" + data[:1024], counts)
            if k == "yaml_compose" and b"${" in data:
                put("interpolate", data, counts)
    # whole projects for the audit target: files in its order, joined by 0xFF
    order = ["dockerfile", "yaml_compose", "nginx", "dotenv", "dockerignore", "requirements", "app_python", "pyproject"]
    for by_name in projects:
        if len(by_name) >= 2:
            put("audit", b"\xff".join(by_name.get(k, b"") for k in order).rstrip(b"\xff"), counts)
    for t, n in sorted(counts.items()):
        print(f"{t}: {n} seeds")

main()
