"""Killing the app in the middle of typing keeps what was autosaved, and the vault still opens.

A child process runs the real editor on a real vault and types without ever pausing (so the 0.7 s
debounce never fires); the test kills it with SIGKILL while it types, reopens the vault, and finds the
text saved by the "at most ~1 s unsaved" rule.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from tests.conftest import PASSPHRASE

CHILD = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from carerpassport.app import PassportApp
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.views.editor_view import EditorView

qapp = QApplication([])
app = PassportApp.open(Path(sys.argv[1]), passphrase=os.environ["KILL_TEST_PASSPHRASE"])
editor = EditorView(app, TaskRunner(synchronous=True))
box = editor.cards["caring.responsibilities"].answer
typed = 0

def type_one():
    global typed
    box.insertPlainText("a")
    typed += 1
    print(typed, flush=True)

timer = QTimer(interval=50)
timer.timeout.connect(type_one)
timer.start()
qapp.exec()
"""


@pytest.mark.slow
def test_kill_while_typing_keeps_the_autosaved_text(app: PassportApp, data_dir: Path) -> None:
    app.close()
    env = dict(os.environ, KILL_TEST_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    typed = 0
    try:
        assert child.stdout is not None
        for line in child.stdout:  # 60 keys without a pause: more than a second of typing
            typed = int(line)
            if typed >= 60:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert typed >= 60, "the editor in the child process did not start typing"
    reopened = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        saved = reopened.editing.passport().answer("caring.responsibilities").text
        assert saved and set(saved) == {"a"} and len(saved) <= typed  # saved while typing, never invented
        assert reopened.editing.history()[-1].reason == "edit"
    finally:
        reopened.close()
    app.context.vault = PassportApp.open(data_dir, passphrase=PASSPHRASE).vault  # the fixture closes it
