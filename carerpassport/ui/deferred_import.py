"""A module imported the first time one of its names is read, for the modules on the first window's path.

The main window's module is imported before its first paint, but most of what it names at the top
(the menus' specs and their dataclasses, the session guards, the unlock flow, the dialogs' warm-up) is
used only after that paint. An ``import`` statement inside each method would go through PySide6's
import hook on every call (``ui/theme.py:set_role`` measured it: 12 ms for 8 calls), so the module
names a stand-in instead: ``menu_specs = deferred_module("carerpassport.ui.menu_specs")`` at the top,
``menu_specs.VIEWS`` where used. The first read imports the module; each name read is kept on the
stand-in, so the next read of it is a plain attribute lookup. Type checkers see the real module (the
importing module says so under ``TYPE_CHECKING``). ``tests/ui/test_startup_imports.py`` checks that
the modules named this way are not imported before the first paint.
"""

from __future__ import annotations

import importlib
from typing import Any


class DeferredModule:
    """Stands for the module ``name`` until one of its attributes is read, then forwards to it."""

    def __init__(self, name: str) -> None:
        self._deferred_name = name

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):  # copy, pickle and introspection ask for dunders: not the module's
            raise AttributeError(attribute)
        value = getattr(importlib.import_module(self._deferred_name), attribute)
        setattr(self, attribute, value)  # the next read finds it here without calling __getattr__
        return value

    def __repr__(self) -> str:
        return f"<module {self._deferred_name!r}, imported when first used>"


def deferred_module(name: str) -> Any:
    """A stand-in for the module ``name`` that imports it on its first attribute read."""
    return DeferredModule(name)
