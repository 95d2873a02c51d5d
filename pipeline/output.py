"""Safe output for ``sayso run``: nothing lost, nothing corrupted, one writer at a time.

:class:`OutputFile` writes records as JSONL lines to ``OUTPUT.part`` beside the
output and renames it onto ``OUTPUT`` only when the run ends, so an existing
output is never emptied by a run that fails or is interrupted. An exclusive lock
(``OUTPUT.lock``, ``flock``) makes a second run into the same output refuse with a
:class:`~pipeline.errors.UsageError` instead of interleaving with the first.

With ``resume=True`` the records already written (in ``OUTPUT.part`` left by an
interrupted run, else in ``OUTPUT``) are kept: a cut-off last line is dropped and
reported, a line that does not parse or repeats an id is dropped and reported,
and their ids are returned so that the run skips them.

An output named ``*.parquet`` (or ``*.pq``) is written the same way, JSONL lines in the part file, and
becomes one Parquet file (:mod:`pipeline.frames`, one row per article) when the run ends; ``--resume``
reads an existing Parquet output back into the part file.

Everything that can fail for the user's environment (a folder as the output, a
folder that cannot be written, a held lock) fails in :meth:`OutputFile.open`,
before any model loads and before anything existing is touched.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import UsageError
from .frames import is_parquet, read_records, require_pyarrow, write_parquet

try:  # POSIX; on other systems runs are not locked
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]


@dataclass
class ResumeState:
    """What ``--resume`` found in the existing output."""

    done: dict[str, int] = field(default_factory=dict)  # id -> line number in the kept output
    kept: int = 0
    dropped: list[str] = field(default_factory=list)  # what was dropped and why, for the user
    source: Path | None = None


def errors_path(output: Path) -> Path:
    """``out.jsonl`` -> ``out.errors.jsonl`` (beside the output)."""
    return output.with_name(output.stem + ".errors.jsonl")


class OutputFile:
    """A locked, atomically replaced JSONL output. Use :meth:`open`, then :meth:`write`, then
    :meth:`commit` (success, with or without failed articles) or :meth:`abandon` (interrupted:
    the part file stays for ``--resume``)."""

    def __init__(self, path: str | os.PathLike, *, resume: bool = False):
        self.path = Path(path)
        self.part = self.path.with_name(self.path.name + ".part")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.resume = resume
        self._lock_fd: int | None = None
        self._fh: IO[str] | None = None
        self.state = ResumeState()
        self.written = 0

    # ---- opening: every check before anything is written ------------------------------------------
    def open(self) -> ResumeState:
        p = self.path
        if p.exists() and p.is_dir():
            raise UsageError(f"output {p} is a folder; give a file name, e.g. {p / 'out.jsonl'}")
        parent = p.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise UsageError(f"output {p}: {parent} is not a folder") from None
        except OSError as exc:
            raise UsageError(f"output {p}: cannot create its folder {parent}: {exc.strerror or exc}") from None
        if is_parquet(p):
            require_pyarrow()  # pyarrow is there, before any work is done
        if not os.access(parent, os.W_OK | os.X_OK):
            raise UsageError(f"output {p}: the folder {parent} is not writable")
        if p.exists() and not os.access(p, os.W_OK):
            raise UsageError(f"output {p} is not writable")
        self._take_lock()
        try:
            if self.resume:
                self.state = self._recover()
            else:
                self._fh = self._open_part(truncate=True)
        except BaseException:
            self._release_lock()
            raise
        return self.state

    def _take_lock(self) -> None:
        if fcntl is None:  # pragma: no cover
            return
        for _ in range(5):
            try:
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise UsageError(f"output {self.path}: cannot create the lock file {self.lock_path}: "
                                 f"{exc.strerror or exc}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = ""
                try:
                    holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
                except OSError:
                    pass
                os.close(fd)
                raise UsageError(f"output {self.path} is being written by another sayso run"
                                 f"{f' (pid {holder})' if holder.isdigit() else ''}, which holds its lock "
                                 f"{self.lock_path}; wait for it to end, or write to another output") from None
            # the file we locked must still be the one at the path (a finishing run unlinks it)
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.lock_path))
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, str(os.getpid()).encode())
                self._lock_fd = fd
                return
            os.close(fd)
        raise UsageError(f"output {self.path}: could not take its lock {self.lock_path}")  # pragma: no cover

    def _release_lock(self) -> None:
        if self._lock_fd is None:
            return
        try:
            os.unlink(self.lock_path)
        except OSError:
            pass
        os.close(self._lock_fd)
        self._lock_fd = None

    def _open_part(self, *, truncate: bool) -> IO[str]:
        try:
            return open(self.part, "w" if truncate else "a", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise UsageError(f"output {self.path}: cannot write {self.part}: {exc.strerror or exc}") from None

    def _recover(self) -> ResumeState:
        """Keep every complete, parseable, first-of-its-id record of the existing output in the part file."""
        state = ResumeState()
        if self.part.exists() and self.part.stat().st_size > 0:
            source = self.part  # an interrupted run's records (newer than OUTPUT)
        elif self.path.exists():
            source = self.path
        else:
            self._fh = self._open_part(truncate=True)
            return state
        state.source = source
        tmp = self.part.with_name(self.part.name + ".tmp")
        if source == self.path and is_parquet(self.path):
            # a finished Parquet output: its records become the part file's lines
            with open(tmp, "w", encoding="utf-8", newline="\n") as dst:
                for rec in read_records(self.path):
                    if rec["id"] in state.done:
                        state.dropped.append(f"{source.name}: id {rec['id']!r} repeated; dropped")
                        continue
                    state.kept += 1
                    state.done[rec["id"]] = state.kept
                    dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
            os.replace(tmp, self.part)
            self._fh = self._open_part(truncate=False)
            return state
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            for n, raw in enumerate(src, 1):
                if not raw.strip():
                    continue
                if not raw.endswith(b"\n"):
                    state.dropped.append(f"{source.name} line {n}: cut off ({len(raw)} bytes, no line end: an "
                                         f"interrupted write); dropped, its article is done again")
                    continue
                try:
                    rec = json.loads(raw.decode("utf-8"))
                    doc_id = rec["id"]
                    if not isinstance(doc_id, str):
                        raise TypeError("id is not a string")
                except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
                    state.dropped.append(f"{source.name} line {n}: not a sayso record ({type(exc).__name__}); "
                                         f"dropped")
                    continue
                if doc_id in state.done:
                    state.dropped.append(f"{source.name} line {n}: id {doc_id!r} already written at line "
                                         f"{state.done[doc_id]}; dropped")
                    continue
                state.kept += 1
                state.done[doc_id] = state.kept
                dst.write(raw)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.part)
        self._fh = self._open_part(truncate=False)
        return state

    # ---- writing ------------------------------------------------------------------------------------
    def write(self, record: dict[str, Any]) -> None:
        """One record as one line, flushed, so an interrupted run keeps every record written."""
        assert self._fh is not None, "open() first"
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()
        self.written += 1

    def commit(self) -> None:
        """The run ended: the part file becomes the output (atomically) and the lock goes."""
        if self._fh is None:
            return
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        self._fh = None
        if is_parquet(self.path):
            # the lines this run wrote, as they are (no reader's checks: nothing written is dropped); should
            # the conversion fail, the part file stays for --resume and the output is left as it was
            with open(self.part, encoding="utf-8") as lines:
                write_parquet((json.loads(line) for line in lines if line.strip()), self.path)
            self.part.unlink()
        else:
            os.replace(self.part, self.path)
        self._release_lock()

    def abandon(self) -> None:
        """The run was interrupted: keep the part file for ``--resume``, leave the output as it was."""
        if self._fh is not None:
            self._fh.flush()
            self._fh.close()
            self._fh = None
        self._release_lock()


def write_errors(path: Path, errors: list[dict[str, Any]]) -> None:
    """The errors file, replaced atomically; removed when there are no errors."""
    if not errors:
        if path.exists():
            path.unlink()
        return
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for rec in errors:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
