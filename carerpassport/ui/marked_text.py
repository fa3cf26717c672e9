"""``QT_TRANSLATE_NOOP`` for text kept in a constant and translated where it is shown.

``pyside6-lupdate`` finds the call by its name, whatever module it comes from; this one returns ``str`` (the
PySide6 stub says ``object``, so every constant made with Qt's own would need a cast) and imports nothing, so
the first window can use it before Qt's namespace is built. Translate the constant where it is shown:
``QCoreApplication.translate(context, CONSTANT)``, with the same context.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for the translator under ``context``; return it unchanged."""
    return text
