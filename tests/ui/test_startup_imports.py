"""The desktop app's first window paints before the vault, cryptography and PDF code are imported.

Those libraries take about a second to import on the machines we measure on (``benchmarks/
bench_startup_x11.py``); the first window waits for none of them: ``MainWindow.start`` loads them in a
worker after the first paint. A fresh interpreter starts the GUI as ``carerpassport-gui`` does
(``carerpassport.ui.app.main``), offscreen with an empty home, and notes ``sys.modules`` at the
window's first paint. An import added at the top of a module on the way to the first window (the main
window, the theme, the settings, the unlock flow...) that pulls one of these in fails here, naming it.
Nothing is timed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Loaded only once the window is on the screen (in the worker that finds the vault, or when a page or
#: dialog is first opened). Prefixes: a module or any of its submodules.
NOT_BEFORE_FIRST_PAINT = (
    "cryptography", "sqlcipher3", "pyhanko", "pyhanko_certvalidator", "asn1crypto", "reportlab", "pyrage",
    "argon2", "keyring", "jeepney", "secretstorage", "pypdf", "pypdfium2", "qrcode", "uharfbuzz", "icalendar",
    "rfc8785", "platformdirs",
    "carerpassport.app", "carerpassport.vault", "carerpassport.exchange", "carerpassport.usecases",
    "carerpassport.cli", "carerpassport.cli_commands", "carerpassport.domain.template",
    "carerpassport.resource_files",
    "carerpassport.ui.views", "carerpassport.ui.dialogs", "carerpassport.ui.session_end",
    # what the main window uses only once the first frame is on the screen (ui/deferred_import.py): the
    # menus' specs, the session guards, the unlock flow, the dialogs' warm-up and fit to the screen
    "carerpassport.ui.menu_specs", "carerpassport.ui.session", "carerpassport.ui.unlock_flow",
    "carerpassport.ui.warm_up", "carerpassport.ui.failures", "carerpassport.ui.widgets.screen_fit",
    "carerpassport.domain",
    "PySide6.QtDBus", "PySide6.QtSvg", "PySide6.QtPrintSupport",
    # the standard library's share: the socket pair of the SIGTERM route, the template's JSON, the
    # resource readers (the stylesheet's folder comes from the module spec)
    "socket", "json", "importlib.resources",
    # the theme's palettes and the settings are named tuples: a dataclass of 25 fields took 2 ms to make
    "dataclasses",
)

#: The child: patch nothing the app does, only listen for the first paint, then report what was imported.
CHILD = """
import sys
from carerpassport.ui import main_window

seen = []
built = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    built(self, *args, **kwargs)
    # PySide6 puts ``Qt`` in QtCore's namespace once it has built it (all its enums at once)
    self.first_painted.connect(lambda: seen.append(
        sorted(sys.modules) + (["<Qt namespace>"] if "Qt" in vars(sys.modules["PySide6.QtCore"]) else [])))

main_window.MainWindow.__init__ = init
{eager}
from carerpassport.ui import app

app.main(["carerpassport"])
import json  # only now: the report itself must not count

print("MODULES=" + json.dumps(seen[0] if seen else None))
"""


def modules_at_first_paint(tmp_path: Path, eager: str = "") -> list[str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CARERPASSPORT_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), CARERPASSPORT_HOME=str(tmp_path / "vault"),
               CARERPASSPORT_NO_KEYRING="1",
               # the app prints the moment of its first paint and quits: no first-run dialog, no worker
               CARERPASSPORT_REPORT_FIRST_PAINT="1")
    done = subprocess.run([sys.executable, "-c", CHILD.format(eager=eager)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next((x for x in done.stdout.splitlines() if x.startswith("MODULES=")), None)
    assert line is not None, done.stdout[-2000:] + done.stderr[-2000:]
    modules = json.loads(line.removeprefix("MODULES="))
    assert modules, "the main window was never painted"
    return list(modules)


def too_early(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in NOT_BEFORE_FIRST_PAINT))


def test_first_window_paints_before_the_heavy_modules_are_imported(tmp_path: Path) -> None:
    modules = modules_at_first_paint(tmp_path)
    assert "carerpassport.ui.main_window" in modules and "PySide6.QtWidgets" in modules
    assert too_early(modules) == [], "imported before the first window painted; import them where they are used"


def test_first_window_paints_before_pyside6_builds_the_qt_namespace(tmp_path: Path) -> None:
    """About 95 enums made at once, by the first ``from PySide6.QtCore import Qt`` or ``QKeySequence``,
    or an enum Qt returns (``QStyleHints.colorScheme()``): ``ui/qt_namespace.py`` says how to avoid them."""
    modules = modules_at_first_paint(tmp_path)
    assert "<Qt namespace>" not in modules, "something before the first paint used PySide6.QtCore.Qt"


def test_the_probe_sees_the_qt_namespace(tmp_path: Path) -> None:
    modules = modules_at_first_paint(tmp_path, eager="from PySide6.QtCore import Qt")
    assert "<Qt namespace>" in modules


def test_the_probe_sees_an_eager_import(tmp_path: Path) -> None:
    """The check above can fail: the same probe, with the vault code imported up front, names it."""
    modules = modules_at_first_paint(tmp_path, eager="import carerpassport.app")
    assert {"carerpassport.app", "cryptography", "sqlcipher3"} <= set(too_early(modules))
