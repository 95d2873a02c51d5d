"""Exceptions raised by sayso (library code raises, only the CLI prints)."""


class SaysoError(Exception):
    """Base class."""


class PipelineConfigError(SaysoError):
    """The stages do not form a valid chain (a required layer is missing)."""


class InputError(SaysoError):
    """One input document is unusable; names the document and the problem."""

    def __init__(self, message: str, *, doc_id: str | None = None, line: int | None = None):
        self.doc_id = doc_id
        self.line = line
        where = []
        if line is not None:
            where.append(f"line {line}")
        if doc_id:
            where.append(f"id {doc_id!r}")
        super().__init__(f"{', '.join(where)}: {message}" if where else message)
        self.problem = message


class UsageError(SaysoError):
    """The command cannot start: a missing or unreadable input, an output that
    cannot be written or is locked by another run, a bad option. The CLI maps it
    to exit status 2 and prints the message (no traceback)."""


class DocumentError(SaysoError, RuntimeError):
    """A stage failed on the one document given to ``nlp(text)`` (or it ran over a limit)."""
