"""The first window's shortcuts change nothing but when work happens.

``ui/app.py``'s ``scan_sources_quickly`` gives PySide6 the same answer to "does this module use PySide6?"
as its own scan; ``theme.new_application`` starts the application with the Fusion style that
``ThemeManager.apply`` would otherwise set afterwards. Nothing is timed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import types

import pytest

from carerpassport.ui.app import scan_sources_quickly


def test_quick_source_scan_answers_as_pyside6_does(monkeypatch: pytest.MonkeyPatch) -> None:
    import PySide6.QtCore  # noqa: F401 - loads the module whose scan is replaced

    feature = sys.modules["shibokensupport.feature"]
    library_scan = feature._mod_uses_pyside  # type: ignore[attr-defined]
    monkeypatch.setattr(feature, "_mod_uses_pyside", library_scan)  # put back after the test
    scan_sources_quickly()
    quick_scan = feature._mod_uses_pyside  # type: ignore[attr-defined]
    assert quick_scan is not library_scan

    import carerpassport.domain.errors
    import carerpassport.ui.main_window
    import carerpassport.ui.theme

    no_file = types.ModuleType("carerpassport_no_file")
    modules = [carerpassport.ui.main_window, carerpassport.ui.theme, carerpassport.domain.errors,
               subprocess, sys, no_file]
    answers = [(module.__name__, quick_scan(module)) for module in modules]
    assert answers == [(module.__name__, library_scan(module)) for module in modules]
    assert [answer for _, answer in answers] == [True, True, False, False, False, False]

    scan_sources_quickly()  # a second call leaves the quick scan in place, not wrapped twice
    assert feature._mod_uses_pyside is quick_scan  # type: ignore[attr-defined]


CHILD = """
from carerpassport.ui.theme import ThemeManager, new_application
from PySide6.QtWidgets import QApplication
app = new_application(["carerpassport-gui", "--some-argument"])
style = app.style().name()  # before the style sheet, whose proxy style has no name
calls = []
QApplication.setStyle = staticmethod(lambda *a: calls.append(a))
ThemeManager(app).apply("light", 100)
print(style, calls, app.arguments()[1:])
"""


def test_new_application_starts_with_fusion_and_apply_sets_no_other_style() -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True)
    assert out.stdout.split("\n")[0] == "fusion [] ['--some-argument']"
