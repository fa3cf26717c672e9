"""At 200 % text on a 1280×720 screen every page and dialog fits: each button, label and field is on
the screen and inside its window (or in a scroll area), and its text is not cut off or elided.

Each run is a fresh interpreter (``tests/ui/screen_fit_walk.py``): Qt fixes the screen's size when it
starts, and the offscreen platform's screen in this process is 800×800. Seen on a real display
(Xvfb 1280×720 and 1366×768) before: Settings was 916 px tall with Close off-screen, the export
dialog 780 px tall, the passphrase hint squeezed to a sliver, the Sharing page 1800 px wide.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.shell_fixtures import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)  # other tests' windows, not ours

WALK = Path(__file__).with_name("screen_fit_walk.py")
SCREEN = {"screens": [{"name": "small laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_every_page_and_dialog_fits_a_small_screen_at_200_percent(tmp_path: Path, theme: str) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, str(WALK), "200", theme, str(tmp_path)], capture_output=True,
                            text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines and lines[-1] == "done", result.stdout[-3000:] + result.stderr[-3000:]
    problems = [json.loads(line) for line in lines[:-1]]
    assert not problems, "\n".join(f"{p['where']}: {p['widget']}: {p['problem']}" for p in problems)


def test_the_walk_finds_a_button_off_the_screen(tmp_path: Path) -> None:
    """The checker itself: a dialog taller than the screen that the fitting cannot fix is reported."""
    script = f"""
import sys
sys.path.insert(0, {str(WALK.parents[2])!r})
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout
from tests.ui.screen_fit_walk import problems
app = QApplication([])
dialog = QDialog()
dialog.setFixedSize(600, 1000)  # fixed: nothing may shrink it
layout = QVBoxLayout(dialog)
label = QLabel("A label much too long for the narrow space it has been given here")
label.setFixedWidth(60)
layout.addWidget(label)
layout.addStretch(1)
layout.addWidget(QPushButton("Close"))
dialog.show()
for _ in range(5):
    app.processEvents()
for p in problems(dialog, "test"):
    print(p["widget"], "|", p["problem"])
"""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "QPushButton 'Close' | at " in result.stdout, result.stdout
    assert "label text wider than the label" in result.stdout, result.stdout
