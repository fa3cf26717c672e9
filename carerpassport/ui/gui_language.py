"""The language the GUI speaks, as ``ui/translation.install_translation`` set it at start: what the GUI makes
in a language follows it unless the person chooses otherwise (a copy's language, the employer's template's
texts in the editor)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from carerpassport.languages import ENGLISH, WELSH


def gui_language() -> str:
    """ "cy" while the GUI speaks Welsh, else "en" (the pseudo-language makes English copies).

    Read from the default locale, which the translation's installation sets to the language it installed.
    """
    return WELSH if QLocale().language() == QLocale.Language.Welsh else ENGLISH
