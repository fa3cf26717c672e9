"""The desktop app starts with Python's cyclic garbage collector off and switches it on after the first paint.

Off on the way to the first window (``ui/app.py:main``: importing PySide6 and building the first frame
made it walk the same long-lived objects some 35 times); a collector left off for good would let every
garbage cycle of a day's use pile up, so this checks it is on again once the first frame is painted,
before the unlock flow starts, and after ``main`` returns. A fresh interpreter, offscreen, an empty
home; ``_after_first_paint`` is wrapped to look and then quit. Nothing is timed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import gc
import sys
from carerpassport.ui import app, main_window

seen = []
built = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    built(self, *args, **kwargs)
    self.first_painted.connect(lambda: seen.append(("first paint", gc.isenabled())))

main_window.MainWindow.__init__ = init
after = app._after_first_paint

def after_first_paint(qapp, window):
    seen.append(("before the flow", gc.isenabled()))
    started = window.start
    window.start = lambda: (seen.append(("flow starts", gc.isenabled())), qapp.quit())
    after(qapp, window)
    window.start = started

app._after_first_paint = after_first_paint
app.main(["carerpassport"])
seen.append(("after main", gc.isenabled()))
print("SEEN=" + repr(seen))
"""


def test_the_collector_is_off_until_the_first_paint_and_on_after_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARERPASSPORT_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), CARERPASSPORT_HOME=str(tmp_path / "vault"),
               CARERPASSPORT_NO_KEYRING="1")
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next((x for x in done.stdout.splitlines() if x.startswith("SEEN=")), None)
    assert line is not None, done.stdout[-2000:] + done.stderr[-2000:]
    assert line.removeprefix("SEEN=") == repr([("first paint", False), ("before the flow", False),
                                               ("flow starts", True), ("after main", True)])
