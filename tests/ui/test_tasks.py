"""The real task pool (``TaskRunner`` on a ``QThreadPool``, not the synchronous runner) over a real vault:
workers' transactions, half of which fail, while the GUI thread autosaves. Every save that returned
and every worker transaction that committed is in the vault reopened from disk; no failed one is."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from shell_fixtures import OFFSCREEN_NOISE

from carerpassport.app import PassportApp
from carerpassport.domain.said import Said
from carerpassport.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)  # other tests' windows, not ours


class WorkerFailed(Exception):
    """Raised on purpose inside a worker's transaction."""


def test_pool_workers_never_undo_a_returned_autosave(qtbot, app: PassportApp, data_dir: Path) -> None:  # noqa: ANN001
    runner = TaskRunner()
    done: list[str] = []
    failed: list[str] = []

    def job(summary: str, fail: bool) -> str:
        with app.repo.transaction():
            app.repo.log("note", Said(summary))
            time.sleep(0.005)  # keeps the transaction open while the GUI thread saves
            if fail:
                raise WorkerFailed(summary)
        return summary

    returned = []
    for number in range(20):
        for fail in (False, True):
            summary = f"job-{number}-{'fails' if fail else 'commits'}"
            runner.run(lambda summary=summary, fail=fail: job(summary, fail), done.append,
                       lambda exc: failed.append(str(exc)) if isinstance(exc, WorkerFailed) else None)
        revision = app.editing.set_answer("caring.effect_on_work", f"autosave {number}", shared=True)
        assert revision is not None
        returned.append((revision.number, revision.content_sha256))
    assert runner.wait()
    qtbot.waitUntil(lambda: len(done) + len(failed) == 40, timeout=10_000)
    assert len(done) == 20 and len(failed) == 20  # every error was the one raised on purpose
    app.close()

    again = PassportApp.open(data_dir, passphrase=PASSPHRASE)
    try:
        history = {r.number: r.content_sha256 for r in again.editing.history()}
        assert all(history.get(number) == digest for number, digest in returned)
        logged = {e.summary for e in again.repo.events("note")}
        assert set(done) <= logged and not logged & set(failed)
    finally:
        again.close()
