"""PySide6's ``Qt`` namespace, made the first time one of its enums is used instead of at import.

PySide6 builds every enum of ``Qt`` (about 95 Python enum classes, 13 ms on the machines we measure)
the moment ``Qt`` is first taken from ``PySide6.QtCore``, ``from PySide6.QtCore import Qt`` included.
The modules on the way to the first window (the main window, the locked page, the theme) name it at
their top for the methods that run later, so they import this stand-in instead: the first attribute
read (``Qt.AlignmentFlag``) imports the real namespace and every read after that is a plain lookup.
What runs before the first paint uses no ``Qt`` enum; ``tests/ui/test_startup_imports.py`` checks it.
Type checkers see the real ``Qt`` (the importing modules say so under ``TYPE_CHECKING``).
"""

from __future__ import annotations

from typing import Any


class _LazyQt:
    """Forwards attribute reads to ``PySide6.QtCore.Qt``, importing it on the first read."""

    def __getattr__(self, name: str) -> Any:
        from PySide6.QtCore import Qt as real

        value = getattr(real, name)
        setattr(self, name, value)  # the next read finds it here without calling __getattr__
        return value


Qt = _LazyQt()
