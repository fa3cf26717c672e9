"""SIGTERM straight after typing (what logout and shutdown send) loses nothing: the app saves, then quits.

A fresh process runs the real main window over a real vault with the same signal route ``ui/app.py``
installs, types a sentence into the editor and says so; the test sends SIGTERM at once (well inside
the editor's autosave delay), and a second fresh process, the command line's ``show``, finds the text.
Before the route existed the sentence was lost: Python's default SIGTERM ends the process on the spot.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from tests.cli_runner import run_process
from tests.conftest import PASSPHRASE
from tests.ui.shell_fixtures import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)  # other tests' windows, not ours

SENTENCE = "I look after my dad on Tuesday evenings"

CHILD = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from carerpassport.app import PassportApp
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.session_end import SessionEnd
from carerpassport.ui.settings import AppSettings
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager

folder = Path(sys.argv[1])
qapp = QApplication([])
theme = ThemeManager(qapp)
theme.apply("light", 100)
runner = TaskRunner(qapp)
window = MainWindow(settings=AppSettings(folder / "settings.ini"), theme=theme, runner=runner,
                    data_dir=folder / "vault", keyring=None)
SessionEnd(qapp, window)
window.show()
window.set_app(PassportApp.open(folder / "vault", passphrase=os.environ["SESSION_TEST_PASSPHRASE"]))

def type_it():
    editor = window.view("passport")
    card = editor.cards.get("caring.responsibilities")
    if card is None:  # the editor makes its cards a few per event-loop turn
        QTimer.singleShot(20, type_it)
        return
    card.answer.setFocus()
    QTest.keyClicks(card.answer, sys.argv[2])
    assert editor.has_unsaved_changes()  # still waiting for the autosave
    print("typed", flush=True)

QTimer.singleShot(0, type_it)
status = qapp.exec()
runner.wait()
print(f"exited {status}", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_straight_after_typing_saves_the_text(tmp_path: Path, signum: int) -> None:
    vault = tmp_path / "vault"
    PassportApp.create(vault, employee_name="Siân Jones", passphrase=PASSPHRASE).app.close()
    env = dict(os.environ, SESSION_TEST_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path), SENTENCE], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.strip() == "typed", first + (child.stderr.read() if child.stderr else "")
        child.send_signal(signum)  # at once: the autosave waits 0.7 s after the last key
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err[-3000:]
    assert "exited 0" in out, out + err[-3000:]
    shown = run_process(f"--data-dir={vault}", "show", env={"CARERPASSPORT_PASSPHRASE": PASSPHRASE})
    assert shown.code == 0, shown.err
    assert SENTENCE in shown.out, shown.out
