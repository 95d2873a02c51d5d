#!/usr/bin/env python
"""The shape of a checkout in numbers: lines per package and the longest functions.

    python eval/house.py [--tree DIR] [--top 15] [--json OUT]

Lines are physical lines of ``.py`` files per folder (package), with data
files (``.jsonl``, ``.yaml``, ``.json``) counted apart; functions are measured
from their ``def`` to their last line (nested functions count inside their
parent and on their own). Standard library only: point ``--tree`` at an older
checkout (``git worktree add /tmp/old REV``) to compare.
"""
from __future__ import annotations

import argparse
import ast
import json
import sys
from collections import defaultdict
from pathlib import Path

SKIP = {".venv", ".git", "__pycache__", ".pytest_cache", ".hypothesis", "build", "models"}
DATA = {".jsonl", ".json", ".yaml", ".yml"}


def files(tree: Path):
    for p in sorted(tree.rglob("*")):
        if p.is_file() and not (set(p.relative_to(tree).parts) & SKIP) and "results" not in p.relative_to(tree).parts:
            yield p


def lines_per_package(tree: Path) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(lambda: {"py_files": 0, "py_lines": 0, "data_lines": 0})
    for p in files(tree):
        rel = p.relative_to(tree)
        pkg = str(rel.parent) if rel.parent != Path(".") else "."
        if p.suffix == ".py":
            out[pkg]["py_files"] += 1
            out[pkg]["py_lines"] += len(p.read_text(encoding="utf-8", errors="replace").splitlines())
        elif p.suffix in DATA:
            out[pkg]["data_lines"] += len(p.read_text(encoding="utf-8", errors="replace").splitlines())
    return dict(sorted(out.items()))


def longest_functions(tree: Path, top: int) -> list[tuple[int, str]]:
    found = []
    for p in files(tree):
        if p.suffix != ".py" or p.relative_to(tree).parts[0] in {"tests", "annotations"}:
            continue
        try:
            mod = ast.parse(p.read_text(encoding="utf-8"))
        except SyntaxError:
            continue
        for node in ast.walk(mod):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found.append((node.end_lineno - node.lineno + 1, f"{p.relative_to(tree)}:{node.lineno} {node.name}"))
    return sorted(found, reverse=True)[:top]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1])
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args(argv)
    pkgs = lines_per_package(a.tree)
    longest = longest_functions(a.tree, a.top)
    print(f"{'folder':40} {'.py files':>9} {'.py lines':>9} {'data lines':>10}")
    for k, v in pkgs.items():
        print(f"{k:40} {v['py_files']:9} {v['py_lines']:9} {v['data_lines']:10}")
    print("\nlongest functions (runtime, eval; not tests or annotations), lines:")
    for n, where in longest:
        print(f"{n:5}  {where}")
    if a.json:
        a.json.write_text(json.dumps({"packages": pkgs, "longest": longest}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
