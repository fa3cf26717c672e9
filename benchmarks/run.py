"""Run every ``benchmarks/bench_*.py`` and write their figures as JSON to ``benchmarks/results/``.

Each bench module has ``run() -> dict`` returning named figures (milliseconds end in ``_ms``, memory in
``_mb``) and, where DESIGN.md sets one, a ``targets`` dict of the same names. Timings are measured
here, never asserted in tests. ``python benchmarks/run.py vault pdf`` runs only those modules.
"""

from __future__ import annotations

import importlib
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    results: dict[str, object] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    failed = 0
    for name in names:
        print(f"== {name}", flush=True)
        figures = _run_alone(name)
        if "error" in figures:
            failed += 1
        results[name] = figures
        targets = figures.get("targets", {}) if isinstance(figures, dict) else {}
        for key, value in figures.items():
            if key == "targets":
                continue
            target = targets.get(key)
            verdict = "" if target is None else f"  (target < {target}: {'met' if value < target else 'MISSED'})"
            print(f"   {key:<40} {value}{verdict}", flush=True)
    out = HERE / "results" / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    (HERE / "results" / "latest.json").write_text(json.dumps(results, indent=2))
    print(f"wrote {out}")
    return 1 if failed else 0


def _run_alone(name: str) -> dict[str, Any]:
    """Run one bench in a process of its own, so memory figures are not inflated by the benches before it."""
    child = subprocess.run([sys.executable, __file__, "--one", name], capture_output=True, text=True)
    if child.returncode != 0:
        return {"error": (child.stderr.strip().splitlines() or ["exit status " + str(child.returncode)])[-1]}
    figures: dict[str, Any] = json.loads(child.stdout.strip().splitlines()[-1])
    return figures


def _one(name: str) -> int:
    """The child side of :func:`_run_alone`: the figures as one JSON line on stdout."""
    try:
        figures = importlib.import_module(f"bench_{name}").run()
    except Exception as exc:  # noqa: BLE001 - report and carry on with the other benches
        figures = {"error": repr(exc)}
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        sys.exit(_one(sys.argv[2]))
    sys.exit(main(sys.argv[1:]))
