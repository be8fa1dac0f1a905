#!/usr/bin/env python3
"""Summarize a `perf record --call-graph dwarf` profile of seaworthy by the project's own functions.

    perf record -F 99 --call-graph dwarf,16384 -o perf.data $CARGO_TARGET_DIR/release/seaworthy audit DIR ...
    perf script -i perf.data -F comm,tid,time,ip,sym,srcline | scripts/perf-top.py [--top 30]

Prints two tables:
- inclusive: share of samples in which a (non-inlined) project function is on the stack;
- hot lines: share of samples by the innermost project frame (inlined frames count), with its
  source line, so a hot closure inside a rule shows up as `rule.rs:123`.
A frame is the project's when its symbol mentions `seaworthy` (--match).
"""

import argparse
import collections
import re
import sys


def clean(sym: str) -> str:
    sym = re.sub(r"\+0x[0-9a-f]+$", "", sym)
    sym = re.sub(r"::h[0-9a-f]{16}$", "", sym)
    return sym


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--match", default="seaworthy")
    ap.add_argument("--width", type=int, default=150)
    a = ap.parse_args()
    incl: collections.Counter[str] = collections.Counter()
    hot: collections.Counter[str] = collections.Counter()
    total = 0
    frames: list[list] = []  # [sym, inlined, srcline]

    def flush() -> None:
        nonlocal total
        if not frames:
            return
        total += 1
        named = {f[0] for f in frames if not f[1] and a.match in f[0]}
        for s in named:
            incl[s] += 1
        for f in frames:
            if a.match in f[0]:
                hot[f"{f[2] or '?'}  {f[0]}"] += 1
                break
        else:
            hot[f"(outside)  {frames[0][0]}"] += 1

    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line.strip():
            flush()
            frames.clear()
            continue
        if line.startswith("\t"):
            parts = line.strip().split(None, 1)
            if len(parts) == 2:
                frames.append([clean(parts[1]), False, ""])
        elif line.startswith("  ") and frames:
            src = line.strip()
            frames[-1][1] = src.endswith("(inlined)")
            frames[-1][2] = src.replace(" (inlined)", "")
    flush()
    if not total:
        print("no samples", file=sys.stderr)
        return 1
    w = a.width
    print(f"{total} samples")
    print("\n== inclusive: project functions on the stack ==")
    for s, c in incl.most_common(a.top):
        print(f"{100 * c / total:6.1f}%  {s[:w]}")
    print("\n== hot lines: innermost project frame ==")
    for s, c in hot.most_common(a.top):
        print(f"{100 * c / total:6.1f}%  {s[:w]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
