"""The background warm-up imports every feature dialog's module, and none of them pulls in the PDF and
signing libraries: those stay out of memory until a worker needs them (resident after unlock < 150 MB),
and a dialog whose module imported them froze the window while it opened."""

from __future__ import annotations

import contextlib
import gc
import json
import subprocess
import sys
import weakref

import pytest

from carerpassport.ui.collector import garbage_collected_after
from carerpassport.ui.menu_specs import DIALOGS
from carerpassport.ui.warm_up import NOT_WARMED, warmed_modules

CHILD = """
import json, sys
from carerpassport.ui import warm_up
warm_up._import_all(delay_s=0)
heavy = sorted(name for name in ("pyhanko", "reportlab", "pypdfium2") if name in sys.modules)
print(json.dumps({"missing": [m for m in warm_up.warmed_modules() if m not in sys.modules], "heavy": heavy}))
"""


def test_every_dialog_module_is_warmed_but_those_named() -> None:
    assert set(warmed_modules()) | NOT_WARMED >= {spec.module for spec in DIALOGS}
    assert "carerpassport.ui.dialogs.export_dialog" in warmed_modules()


def test_warming_the_dialogs_loads_no_pdf_library() -> None:
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"missing": [], "heavy": []}


DIALOG_CHILD = """
import importlib.abc, json, sys, threading
finders = []

class WhoImports(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "pyhanko":
            finders.append(threading.current_thread().name)
        return None

sys.meta_path.insert(0, WhoImports())
from PySide6.QtWidgets import QApplication
qapp = QApplication([])
from carerpassport.ui.dialogs.{module} import {cls} as Dialog
module_loaded = "pyhanko" in sys.modules
dialog = Dialog(app=None, runner=None)  # the dialog's opening touches neither
warm = [t for t in threading.enumerate() if t.name == "carerpassport-pdf-warm-up"]
for thread in warm:
    thread.join(120)
Dialog(app=None, runner=None)  # a second dialog starts no second warm-up
again = [t for t in threading.enumerate() if t.name == "carerpassport-pdf-warm-up"]
print(json.dumps({"module_loaded": module_loaded, "threads": len(warm), "again": len(again),
                  "importers": sorted(set(finders)),
                  "loaded": [m for m in ("pyhanko.sign.validation", "carerpassport.exchange.countersigned_import",
                                         "carerpassport.usecases.countersigned_accept") if m in sys.modules]}))
"""


@pytest.mark.parametrize(("module", "cls"), [("import_dialog", "ImportDialog"), ("verify_dialog", "VerifyDialog")])
def test_opening_a_checking_dialog_loads_the_pdf_modules_in_a_worker_only(module: str, cls: str) -> None:
    """The check's ~150 ms of importing pyHanko happens while the person chooses the file, never on the GUI
    thread: every pyHanko module is found by the warm-up thread, none by the main one."""
    child = DIALOG_CHILD.replace("{module}", module).replace("{cls}", cls)
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"module_loaded": False, "threads": 1, "again": 0,
                      "importers": ["carerpassport-pdf-warm-up"],
                      "loaded": ["pyhanko.sign.validation", "carerpassport.exchange.countersigned_import",
                                 "carerpassport.usecases.countersigned_accept"]}


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.mark.parametrize("fails", [False, True])
def test_a_check_runs_with_the_collector_paused_and_its_cyclic_garbage_is_freed_at_the_end(fails: bool) -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError) if fails else contextlib.nullcontext():
        with garbage_collected_after():
            assert not gc.isenabled()
            garbage = weakref.ref(_Cycle())  # only the collector frees a cycle
            if fails:
                raise ValueError("a refused file")
    assert gc.isenabled() and garbage() is None


def test_the_collector_left_paused_by_its_owner_stays_paused() -> None:
    gc.disable()
    try:
        with garbage_collected_after():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

