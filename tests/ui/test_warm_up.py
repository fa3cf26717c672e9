"""The background warm-up imports every feature dialog's module, and none of them pulls in the PDF and
signing libraries: those stay out of memory until a worker needs them (resident after unlock < 150 MB),
and a dialog whose module imported them froze the window while it opened."""

from __future__ import annotations

import json
import subprocess
import sys

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
