"""Safe output: the part file and rename, the lock, resume repair, and the CLI's usage errors
(which must come before the models load and leave an existing output untouched)."""
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.errors import UsageError
from pipeline.output import OutputFile, errors_path, write_errors

pytestmark = pytest.mark.reliability
ROOT = Path(__file__).resolve().parents[1]


def lines(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_output_is_replaced_only_on_commit(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old"}\n')
    f = OutputFile(out)
    f.open()
    f.write({"id": "new"})
    assert lines(out) == [{"id": "old"}], "the existing output must stay until the run commits"
    f.commit()
    assert lines(out) == [{"id": "new"}]
    assert not f.part.exists() and not f.lock_path.exists()


def test_abandoned_run_leaves_the_output_and_a_resumable_part(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old"}\n')
    f = OutputFile(out)
    f.open()
    f.write({"id": "a"})
    f.abandon()
    assert lines(out) == [{"id": "old"}]
    assert lines(f.part) == [{"id": "a"}]
    g = OutputFile(out, resume=True)
    state = g.open()
    assert set(state.done) == {"a"} and state.source == f.part
    g.write({"id": "b"})
    g.commit()
    assert [r["id"] for r in lines(out)] == ["a", "b"]


def test_second_writer_is_refused_while_the_first_holds_the_lock(tmp_path):
    out = tmp_path / "out.jsonl"
    first = OutputFile(out)
    first.open()
    with pytest.raises(UsageError, match="being written by another sayso run"):
        OutputFile(out).open()
    with pytest.raises(UsageError, match="being written by another sayso run"):
        OutputFile(out, resume=True).open()
    first.commit()
    second = OutputFile(out)
    second.open()  # free again
    second.commit()


def test_resume_drops_a_cut_off_last_line_and_says_so(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a", "quotes": []}\n{"id": "b", "quo')
    f = OutputFile(out, resume=True)
    state = f.open()
    assert list(state.done) == ["a"]
    assert any("cut off" in d for d in state.dropped)
    f.write({"id": "b", "quotes": []})
    f.commit()
    assert [r["id"] for r in lines(out)] == ["a", "b"]


def test_resume_drops_garbage_and_repeated_ids(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a"}\nnot json\n{"id": "a"}\n[1, 2]\n{"id": "b"}\n')
    f = OutputFile(out, resume=True)
    state = f.open()
    assert list(state.done) == ["a", "b"]
    assert len(state.dropped) == 3
    f.commit()
    assert [r["id"] for r in lines(out)] == ["a", "b"]


def test_output_that_is_a_folder_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="is a folder"):
        OutputFile(tmp_path).open()


def test_output_under_a_file_is_a_usage_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="not a folder"):
        OutputFile(tmp_path / "file" / "out.jsonl").open()


def test_errors_file_is_written_and_removed(tmp_path):
    p = errors_path(tmp_path / "out.jsonl")
    assert p.name == "out.errors.jsonl"
    write_errors(p, [{"line": 1, "id": "x", "error": "bad"}])
    assert lines(p) == [{"line": 1, "id": "x", "error": "bad"}]
    write_errors(p, [])
    assert not p.exists()


# ---- the CLI: usage errors exit 2 fast, before the models load, and touch nothing --------------

def run_cli(args, cwd):
    t0 = time.monotonic()
    res = subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, cwd=cwd, timeout=120)
    return res, time.monotonic() - t0


@pytest.mark.parametrize("case", ["missing-input", "output-folder", "output-under-file", "batch-size-0",
                                  "empty-folder", "empty-target", "locked", "resume-to-stdout"])
def test_cli_usage_errors_exit_2_quickly_and_leave_the_output(tmp_path, case):
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "a", "text": "He said: “Hello there.”"}) + "\n")
    out = tmp_path / "existing.jsonl"
    out.write_text('{"id": "kept"}\n')
    args = ["run", str(inp), "-o", str(out)]
    holder = None
    if case == "missing-input":
        args[1] = str(tmp_path / "nosuch.jsonl")
    elif case == "output-folder":
        args[3] = str(tmp_path)
    elif case == "output-under-file":
        args[3] = str(inp / "out.jsonl")
    elif case == "batch-size-0":
        args += ["--batch-size", "0"]
    elif case == "empty-folder":
        (tmp_path / "empty").mkdir()
        args[1] = str(tmp_path / "empty")
    elif case == "empty-target":
        args += ["--target", "  "]
    elif case == "resume-to-stdout":
        args = ["run", str(inp), "-o", "-", "--resume"]
    elif case == "locked":
        holder = OutputFile(out)
        holder.open()
    try:
        res, took = run_cli(args, tmp_path)
    finally:
        if holder is not None:
            holder.abandon()
    err = res.stderr.decode()
    assert res.returncode == 2, err
    assert "Traceback" not in err and err.startswith("sayso: error:"), err
    assert took < 20, f"a usage error must come before the models load ({took:.1f} s)"
    assert out.read_text() == '{"id": "kept"}\n'


def test_cli_report_skips_a_bad_line_without_a_traceback(tmp_path):
    out = tmp_path / "out.jsonl"
    rec = {"id": "a\x1b[31m", "quotes": [{"id": "q1", "start": 0, "end": 20, "confidence": 1.0, "type": "direct",
                                         "text": "hi\x07 \x1b]0;title\x07there",
                                         "cue": None, "stances": [],
                                         "speaker": {"name": "X\x1b[2J", "type": "person", "mention": None}}],
           "speakers": []}
    out.write_text(json.dumps(rec) + "\n" + '{"id": "cut', encoding="utf-8")
    res, _ = run_cli(["report", str(out)], tmp_path)
    assert res.returncode == 1
    assert "Traceback" not in res.stderr.decode()
    shown = res.stdout.decode()
    assert "hi there" in shown and "X" in shown
    assert not any(ch in shown for ch in "\x1b\x07"), repr(shown)


def test_cli_resume_repairs_a_cut_line_and_reports_duplicate_and_null_ids(tmp_path):
    text = "Strike called\n\n“We will win,” said Jane Moss, the union's branch secretary."
    recs = [{"id": "a", "text": text}, {"id": "b", "text": text}, {"id": "a", "text": text + " Again."},
            {"id": None, "text": text}, {"id": "c", "text": text}]
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a", "sentences": [], "quotes": [], "speakers": []}\n{"id": "b", "sente')
    res, _ = run_cli(["run", str(inp), "-o", str(out), "--resume", "--quotes", "rules"], tmp_path)
    err = res.stderr.decode()
    assert res.returncode == 1, err  # the repeated id is a failed article
    assert "cut off" in err and "duplicate id" in err and "Traceback" not in err
    ids = [r["id"] for r in lines(out)]
    assert ids == ["a", "b", "line4", "c"], ids  # a kept from before, b redone, null id named by its line
    errors = lines(tmp_path / "out.errors.jsonl")
    assert [(e["line"], e["id"]) for e in errors] == [(3, "a")]
    res, _ = run_cli(["report", str(out)], tmp_path)
    assert res.returncode == 0 and "Jane Moss" in res.stdout.decode()
