"""The frozen build (``make frozen``, which ``make bench`` runs first) against the source checkout, in one run.

* First paint: the frozen ``carerpassport-gui`` and ``python -c 'from carerpassport.ui.app import main; main()'``
  started fresh, offscreen, with an empty data folder (as ``bench_gui`` measures), from just before the spawn
  to the printed first-paint moment; the two are alternated so the machine's load falls on both alike, and
  the ratio frozen/source is reported (the source start is the anchor).
* The command line: ``carerpassport --version`` frozen and ``python -m carerpassport --version``, the same way.
* The folder's size on disk (what the .deb installs under /opt).

Without a frozen folder (a smoke run before ``make frozen``) it says so and measures nothing.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_gui import START_CODE, _child_env
from common import scaled, spread

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "build" / "dist" / "carerpassport", ROOT / "build" / "frozen-test" / "carerpassport")


def _first_paint_ms(command: list[str]) -> float:
    home = Path(tempfile.mkdtemp(prefix="cp-bench-frozen-"))
    start = time.time()
    done = subprocess.run(command, env=_child_env(home), capture_output=True, text=True, timeout=60, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("first_paint_epoch="))
    return (float(line.split("=", 1)[1]) - start) * 1000


def _wall_ms(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, timeout=60, check=True)
    return (time.perf_counter() - start) * 1000


def run() -> dict[str, object]:
    folder = next((f for f in FOLDERS if (f / "carerpassport-gui").is_file()), None)
    if folder is None:
        return {"frozen": "not built (make frozen)"}
    gui: dict[str, list[float]] = {"frozen": [], "source": []}
    cli: dict[str, list[float]] = {"frozen": [], "source": []}
    for _ in range(scaled(7)):
        gui["source"].append(_first_paint_ms([sys.executable, "-c", START_CODE]))
        gui["frozen"].append(_first_paint_ms([str(folder / "carerpassport-gui")]))
        cli["source"].append(_wall_ms([sys.executable, "-m", "carerpassport", "--version"]))
        cli["frozen"].append(_wall_ms([str(folder / "carerpassport"), "--version"]))
    size = sum(path.lstat().st_size for path in folder.rglob("*"))
    return {
        **spread(gui["frozen"], "frozen_first_paint_ms", 0), **spread(gui["source"], "source_first_paint_ms", 0),
        "first_paint_frozen_over_source": round(statistics.median(gui["frozen"]) / statistics.median(gui["source"]), 2),
        **spread(cli["frozen"], "frozen_version_ms", 0), **spread(cli["source"], "source_version_ms", 0),
        "version_frozen_over_source": round(statistics.median(cli["frozen"]) / statistics.median(cli["source"]), 2),
        "folder_mb": round(size / 1e6, 1),
    }
