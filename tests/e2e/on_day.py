"""``python -m tests.e2e.on_day YYYY-MM-DD ARGS...``: ``carerpassport ARGS`` in a fresh process whose
"today" is that day (for reminders that appear on a date). Test-only: the app itself has no such switch;
this replaces :meth:`Context.today` before the command runs, the way a test's clock does in-process."""

from __future__ import annotations

import datetime as dt
import sys

from carerpassport.cli import main
from carerpassport.usecases.context import Context


def run(day: dt.date, argv: list[str]) -> int:
    Context.today = lambda self: day  # type: ignore[method-assign]
    return main(argv)


if __name__ == "__main__":
    sys.exit(run(dt.date.fromisoformat(sys.argv[1]), sys.argv[2:]))
