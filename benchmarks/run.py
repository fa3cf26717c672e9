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
import sys
import time
from pathlib import Path

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
        module = importlib.import_module(f"bench_{name}")
        print(f"== {name}", flush=True)
        try:
            figures = module.run()
        except Exception as exc:  # noqa: BLE001 - report and carry on with the other benches
            figures = {"error": repr(exc)}
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
