#!/usr/bin/env python3
"""Check the per-rule Fluent catalogues against docs/rules.md.

Usage: scripts/check-rules-ftl.py LOCALES_DIR DOCS_RULES_MD [LOCALE ...]

For every locale directory under LOCALES_DIR that has a rules.ftl (or only the
locales named on the command line), parse the file with fluent.syntax and
report:
  * Junk entries (syntax errors), with line numbers and the parser's message;
  * ids missing from the file: every rule in the docs/rules.md table needs
    <name>-title, <name>-why and <name>-fix;
  * extra ids that correspond to no rule;
  * duplicate ids, attributes, terms, and messages that use variables
    (no arguments are passed to these messages).
Exits 1 on any problem, 0 otherwise.  Requires `pip install fluent.syntax`.
"""
import os
import re
import sys

try:
    from fluent.syntax import parse
    from fluent.syntax import ast as fast
    from fluent.syntax.visitor import Visitor
except ImportError:  # pragma: no cover
    sys.exit("fluent.syntax is not installed: pip install fluent.syntax")

SUFFIXES = ("title", "why", "fix")
ROW = re.compile(r"^\|\s*(SW\d{4})\s*\|\s*\[([a-z0-9-]+)\]")


def rule_names(docs_path):
    names = []
    with open(docs_path, encoding="utf-8") as f:
        for line in f:
            m = ROW.match(line)
            if m:
                names.append((m.group(1), m.group(2)))
    return names


def line_of(source, offset):
    return source.count("\n", 0, offset) + 1


def uses_variables(node):
    found = []

    class V(Visitor):
        def visit_VariableReference(self, n):
            found.append(n.id.name)
            self.generic_visit(n)

    V().visit(node)
    return found


def check_file(path, expected):
    problems = []
    with open(path, encoding="utf-8") as f:
        source = f.read()
    resource = parse(source)
    seen = {}
    for entry in resource.body:
        if isinstance(entry, fast.Junk):
            msgs = "; ".join(
                f"{a.code} {a.message}" for a in entry.annotations
            ) or "unparsable"
            start = line_of(source, entry.span.start) if entry.span else "?"
            first = entry.content.splitlines()[0] if entry.content else ""
            problems.append(f"junk at line {start}: {msgs}: {first!r}")
        elif isinstance(entry, fast.Term):
            problems.append(f"unexpected term -{entry.id.name}")
        elif isinstance(entry, fast.Message):
            mid = entry.id.name
            if mid in seen:
                problems.append(f"duplicate id {mid}")
            seen[mid] = entry
            if entry.value is None:
                problems.append(f"{mid} has no value")
            if entry.attributes:
                problems.append(f"{mid} has attributes")
            vars_ = uses_variables(entry)
            if vars_:
                problems.append(
                    f"{mid} uses variables {sorted(set(vars_))} (none are passed)"
                )
    ids = set(seen)
    for mid in sorted(expected - ids):
        problems.append(f"missing {mid}")
    for mid in sorted(ids - expected):
        problems.append(f"extra {mid}")
    return problems, len(ids & expected)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    locales_dir, docs = argv[1], argv[2]
    names = rule_names(docs)
    if not names:
        print(f"no rules found in {docs}")
        return 1
    expected = {f"{n}-{s}" for _, n in names for s in SUFFIXES}
    if len(argv) > 3:
        locales = argv[3:]
    else:
        locales = sorted(
            d
            for d in os.listdir(locales_dir)
            if os.path.isfile(os.path.join(locales_dir, d, "rules.ftl"))
        )
    if not locales:
        print(f"no */rules.ftl under {locales_dir}")
        return 1
    failed = False
    per_locale_ids = {}
    for loc in locales:
        path = os.path.join(locales_dir, loc, "rules.ftl")
        if not os.path.isfile(path):
            print(f"{loc}: {path} does not exist")
            failed = True
            continue
        problems, ok = check_file(path, expected)
        per_locale_ids[loc] = ok
        if problems:
            failed = True
            print(f"{loc}: {len(problems)} problem(s)")
            for p in problems:
                print(f"  {loc}: {p}")
        else:
            print(f"{loc}: ok ({len(names)} rules, {ok} messages)")
    print(
        f"{len(names)} rules in {docs}; expected {len(expected)} ids per locale"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
