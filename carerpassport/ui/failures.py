"""What a person reads when work fails: never a traceback, always a sentence they can act on.

Our typed errors carry their own sentence; the system's file errors (a full disk, a folder without
permission) are shown in the system's words; anything else is a bug of ours and says so
(:class:`~carerpassport.domain.errors.InternalError`), never "your file is damaged".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carerpassport.domain.errors import InternalError, PassportError

translate = QCoreApplication.translate


def failure_sentence(exc: BaseException, fallback: str = "") -> str:
    """The sentence for ``exc``: a :class:`PassportError`'s own, the system's words for an ``OSError``, else
    ``fallback`` (what did not happen, e.g. "The encrypted copy could not be made.") followed by the
    internal-error sentence."""
    if isinstance(exc, PassportError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}"
    internal = str(InternalError.from_bug(exc))
    if not fallback:
        return internal
    #: {fallback} says what did not happen; {internal} says it is a bug of ours and what to do.
    return translate("failures", "{fallback} {internal}").format(fallback=fallback, internal=internal)
