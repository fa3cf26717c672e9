"""``ui/deferred_import.py``: the stand-in imports its module on the first name read, not before.

A fresh interpreter, since the point is what ``sys.modules`` holds: a module no test has imported yet
(``colorsys``, which nothing of ours or PySide6's imports) is named, checked absent, read, then present.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from carerpassport.ui.deferred_import import deferred_module

CHILD = """
import sys
from carerpassport.ui.deferred_import import deferred_module

colours = deferred_module("colorsys")
print("before", "colorsys" in sys.modules)
print("value", colours.rgb_to_hsv(1.0, 0.0, 0.0))
print("after", "colorsys" in sys.modules, colours.rgb_to_hsv is sys.modules["colorsys"].rgb_to_hsv)
"""


def test_the_module_is_imported_on_the_first_read_and_not_before() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["before False", "value (0.0, 1.0, 1.0)", "after True True"]


def test_a_name_the_module_lacks_is_an_attribute_error_naming_it() -> None:
    stand_in = deferred_module("colorsys")
    with pytest.raises(AttributeError, match="no_such_function"):
        stand_in.no_such_function  # noqa: B018 - the read is the test


def test_a_module_that_does_not_exist_fails_on_first_use_with_its_name() -> None:
    stand_in = deferred_module("carerpassport.ui.no_such_module")
    with pytest.raises(ModuleNotFoundError, match="no_such_module"):
        stand_in.anything  # noqa: B018


def test_the_main_window_still_offers_the_menus_specs() -> None:
    """Tests and benchmarks import ``VIEWS`` and ``DIALOGS`` from the main window's module."""
    from carerpassport.ui import main_window, menu_specs

    assert main_window.VIEWS is menu_specs.VIEWS and main_window.DIALOGS is menu_specs.DIALOGS
    with pytest.raises(AttributeError):
        main_window.NOT_A_NAME  # noqa: B018
