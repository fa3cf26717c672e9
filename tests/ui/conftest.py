"""A guard for every GUI test: a modal box must never wait for a click that will not come.

Offscreen there is nobody to press a button, so a ``QMessageBox.question`` (or a file chooser) reached
by a test, or by pytest-qt closing a dialog at teardown, would block forever. Here each such call is
answered at once with its default button (or "cancelled"), and recorded in ``modal_calls`` so a test
can assert what the user would have been asked. A test that wants another answer monkeypatches the
call itself; its patch wins over this one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

Record = tuple[str, str, str]


def _message(kind: str, calls: list[Record]) -> Callable[..., Any]:
    def answer(parent: Any, title: str, text: str = "", buttons: Any = None, default: Any = None,
               *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        calls.append((kind, str(title), str(text)))
        chosen = kwargs.get("defaultButton", default)
        if chosen not in (None, QMessageBox.StandardButton.NoButton):
            return QMessageBox.StandardButton(chosen)
        return QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok

    return answer


def _chooser(kind: str, calls: list[Record]) -> Callable[..., Any]:
    def cancel(parent: Any = None, caption: str = "", *args: Any, **kwargs: Any) -> Any:
        calls.append((kind, str(caption), ""))
        return "" if kind == "getExistingDirectory" else ("", "")

    return cancel


@pytest.fixture(autouse=True)
def modal_calls(monkeypatch: pytest.MonkeyPatch) -> list[Record]:
    """Every modal message box or file chooser the test reached, as ``(kind, title, text)``."""
    calls: list[Record] = []
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(_message(kind, calls)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: calls.append(
        ("about", str(title), str(text)))))
    for kind in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, kind, staticmethod(_chooser(kind, calls)))
    return calls
