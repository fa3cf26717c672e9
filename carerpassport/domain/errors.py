"""Errors the domain raises. Each carries a sentence a user can act on."""

from __future__ import annotations

from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _


class PassportError(Exception):
    """Base for every error the app reports to a user: ``str(error)`` is the sentence to show."""


class ValidationError(PassportError):
    """Input that does not fit the passport or template (a bad date, an unknown field, ...)."""


class TemplateError(PassportError):
    """A passport template that is broken or unreadable."""


#: The English sentence (tests look for it); :class:`InternalError` shows it in the process's language.
INTERNAL_ERROR_SENTENCE = N_("Something went wrong inside Carer's Passport (this is our fault, not your file's). Try "
                           "again; if it happens again, please report it.")


class InternalError(PassportError):
    """A bug of ours, not a problem with the person's file or input.

    The front ends show this for any exception that is not one of our typed errors, so a crash in our
    code is never reported as "your file is damaged". It carries no passport content: :func:`where`
    names only the exception's type and the line of our code it came from, for a bug report.
    """

    def __init__(self, sentence: str | None = None) -> None:
        super().__init__(_(INTERNAL_ERROR_SENTENCE) if sentence is None else sentence)

    @classmethod
    def from_bug(cls, exc: BaseException) -> InternalError:
        """The internal error for ``exc``: the sentence and where it happened (type, our file and line)."""
        # Translators: {sentence} is the internal-error sentence; {where} names a Python type, file and line.
        return cls(_("{sentence} ({where})").format(sentence=_(INTERNAL_ERROR_SENTENCE), where=where(exc)))


def where(exc: BaseException) -> str:
    """The exception's type and the innermost line of our own code it passed through, e.g.
    "KeyError in carerpassport/exchange/pdf_validation.py line 120". Never its message, which may quote
    passport content."""
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append(tb)
        tb = tb.tb_next
    ours = [f for f in frames if "carerpassport" in f.tb_frame.f_code.co_filename.replace("\\", "/")]
    if not ours:
        return type(exc).__name__
    last = ours[-1]
    path = last.tb_frame.f_code.co_filename.replace("\\", "/")
    return f"{type(exc).__name__} in {path[path.rindex('carerpassport'):]} line {last.tb_lineno}"


class PrivateAnswerError(ValidationError):
    """An export was asked to include answers the employee marked private, without saying so explicitly."""


class OutsideSharingAgreementError(ValidationError):
    """A share the sharing agreement does not allow (or allows only when the employee says so each time), asked
    for without the employee's confirmation. Nothing was written; the refusal is in the log.

    ``str(error)`` is the agreement's sentence and what to do; ``verdict`` is "confirm" or "not_allowed"."""

    def __init__(self, sentence: str, verdict: str) -> None:
        super().__init__(sentence)
        self.verdict = verdict
