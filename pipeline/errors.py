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
