"""What a person reads when work fails: never a traceback, always a sentence they can act on."""

from __future__ import annotations

from carerpassport.domain.errors import PassportError


def failure_sentence(exc: BaseException, fallback: str) -> str:
    """The sentence a :class:`PassportError` carries, the system's words for a file problem, else ``fallback``."""
    if isinstance(exc, PassportError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}"
    return fallback
