"""The areas the translation walk opens, one module each (tests/ui/translation_walk.py says what a module holds)."""

from __future__ import annotations

import pkgutil


def areas() -> list[str]:
    """Every area's module name, without importing any (they import Qt)."""
    return sorted(module.name for module in pkgutil.iter_modules(__path__) if not module.name.startswith("_"))
