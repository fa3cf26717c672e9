"""Names shown for a set of choices (an action's status, a role, a recipient), translated when read.

A :class:`Labels` is built at import time from English marked with ``N_`` (so the catalogue holds them)
and translates each value when it is read: ``ACTION_STATUS_LABELS[ActionStatus.AGREED]`` is "Agreed" in
English and "Cytunwyd" in a process speaking Welsh, whichever language was chosen after the import.
:meth:`Labels.english` gives the source text (for a log, or a GUI that translates through Qt), and
:meth:`Labels.speaking` a view in another language, for a copy made for someone else (a PDF for a
manager who reads Welsh).

It is a read-only :class:`~collections.abc.Mapping`, so code that iterates over it, calls ``.items()``
or ``.get()`` keeps working.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import TypeVar

from carerpassport.domain.wording import gettext, in_language

K = TypeVar("K", bound=Hashable)


def say(message: str, language: str | None = None) -> str:
    """``message`` (a marked msgid) in ``language``, or in the process's language when ``None``: for
    functions that take an optional ``language`` for a copy made for someone else."""
    return gettext(message) if language is None else in_language(language, message)


class Labels(Mapping[K, str]):
    """Choice → its shown name, in the process's language (or in ``language`` when given)."""

    def __init__(self, english: Mapping[K, str], *, language: str | None = None) -> None:
        self._english = dict(english)
        self._language = language

    def __getitem__(self, key: K) -> str:
        return say(self._english[key], self._language)

    def __iter__(self) -> Iterator[K]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)

    def __repr__(self) -> str:
        return f"Labels({self._english!r}, language={self._language!r})"

    def english(self, key: K) -> str:
        """The English source text for ``key``, whatever the process speaks."""
        return self._english[key]

    def speaking(self, language: str | None) -> Labels[K]:
        """The same labels in ``language`` ("cy", "en-XA"); ``None`` is the process's language."""
        return Labels(self._english, language=language)
