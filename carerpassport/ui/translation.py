"""The GUI's language: Qt's translation system, installed once at start, before the first window is built.

Every visible string of the GUI goes through ``QCoreApplication.translate(context, text)`` (``translate``
for short in each module, so ``pyside6-lupdate`` finds them); ``resources/i18n/carerpassport_<lang>.ts``
are the sources and ``make install`` builds the ``.qm`` files beside them (``packaging/
build_translations.py``). A language chosen in Settings applies from the next start: widgets take their
text when they are built, and retranslating every built window in place is not worth its cost here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from carerpassport import languages

#: The language the GUI speaks, for :func:`speak_below_gui` (English until a translator is installed).
_spoken = {"language": languages.ENGLISH}


def system_languages() -> list[str]:
    """The system's UI languages, most preferred first (on Linux Qt reads LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG)."""
    return list(QLocale.system().uiLanguages())


def install_translation(qapp: QCoreApplication, chosen: str = "") -> str:
    """Install the translator for the language to speak (see :func:`languages.resolve`) and return it.

    English is the source text: nothing to install. A language whose ``.qm`` was not built (a checkout
    without ``make install``) stays English rather than failing; ``tests/ui/test_translation.py`` makes
    sure the built files are there and used.
    """
    language = languages.resolve(chosen, system_languages())
    _spoken["language"] = language
    if language == languages.ENGLISH:
        return language
    folder = languages.i18n_folder()
    translator = QTranslator(qapp)
    if folder is not None and translator.load(f"carerpassport_{languages.file_stem(language)}", str(folder)):
        qapp.installTranslator(translator)
        if language != languages.PSEUDO:
            QLocale.setDefault(QLocale(language))
        return language
    _spoken["language"] = languages.ENGLISH
    return languages.ENGLISH


def speak_below_gui() -> None:
    """Tell the layers below the GUI (their error sentences, through gettext) to speak the GUI's language.

    Called once the first window is painted, before any vault or file work: importing
    ``carerpassport.domain`` earlier would slow the first paint (``tests/ui/test_startup_imports.py``),
    and the catalogue itself is read only when the first sentence is looked up.
    """
    from carerpassport.domain import wording

    wording.use_language(_spoken["language"])
