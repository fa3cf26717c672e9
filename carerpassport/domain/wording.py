"""The words of the layers below the GUI (command line, error sentences, later the PDF): gettext catalogues.

``resources/i18n/carerpassport_<lang>.po`` are the sources (one per language, with comments for the
translator); ``make install`` compiles them to ``resources/i18n/locale/<lang>/LC_MESSAGES/carerpassport.mo``
(``packaging/build_translations.py``). Mark a sentence with ``_("…")`` (``from carerpassport.domain.wording
import gettext as _``) and format after translating: ``_("Imported {form}.").format(form=…)``, so the
translator sees the whole sentence and may move the parts.

One language per process for what is printed (:func:`use_language`, set once by the command line from the
environment); code that renders for someone else (a PDF in the manager's language) asks :func:`catalogue`
for that language instead. The GUI has its own mechanism (Qt's), so nothing here imports Qt.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gettext as stdlib_gettext

DOMAIN = "carerpassport"
_current = {"language": "en"}


@functools.cache
def catalogue(language: str) -> stdlib_gettext.NullTranslations:
    """The compiled catalogue for ``language`` ("cy", "en-XA"); English (the source text) when there is
    none, so a missing build shows English rather than failing."""
    import gettext
    import importlib.util

    spec = importlib.util.find_spec("carerpassport.resources")
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        folder = Path(location) / "i18n" / "locale"
        found = gettext.find(DOMAIN, str(folder), [language.replace("-", "_")])
        if found:
            with open(found, "rb") as source:
                return gettext.GNUTranslations(source)
    return gettext.NullTranslations()


def use_language(language: str) -> None:
    """Speak ``language`` from now on in this process (the command line's choice)."""
    _current["language"] = language


def current_language() -> str:
    return _current["language"]


def gettext(message: str) -> str:
    """``message`` in the process's language."""
    return catalogue(_current["language"]).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return catalogue(_current["language"]).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 (gettext's own name for it, which the extractor looks for)
    """Mark ``message`` for the catalogue without translating it now: for text kept in a constant and
    translated where it is shown (``gettext(constant)``, or :func:`in_language` for another reader's copy)."""
    return message


def in_language(language: str, message: str) -> str:
    """``message`` in ``language``, whatever the process speaks: for a copy made for someone else (a PDF)."""
    return catalogue(language).gettext(message)
