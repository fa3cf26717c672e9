"""The dates in a countersigned passport come from the app's injected clock, by one rule (docs/architecture.md,
"Dates and times"): an instant is a UTC time; a calendar date a person means is the local date, on their
machine, of that instant.

The clock is pinned at an instant whose calendar date in the machine's time zone (``TZ``) differs from its
UTC date, so a date taken from the wall clock, or in UTC, shows up as the wrong day.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.dates import readable_date
from carerpassport.exchange.pdf_render import MANAGER_DATE_FIELD
from carerpassport.exchange.pdf_validation import examine
from carerpassport.usecases.countersigned_accept import COUNTERSIGNED_KIND
from tests.conftest import PASSPHRASE
from tests.countersign_support import manager_vault


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[dt.datetime, dt.date]]:
    """A pinned instant (now, to the second: the certificates are valid then) and a time zone in which its
    local date is not its UTC date: UTC+14 in the afternoon (UTC), UTC-12 in the morning."""
    instant = dt.datetime.now(dt.UTC).replace(microsecond=0)
    # Etc zones count west as positive: "Etc/GMT-14" is UTC+14, "Etc/GMT+12" is UTC-12 (pyHanko asks tzlocal for
    # a zone name, so a POSIX TZ string would not do).
    monkeypatch.setenv("TZ", "Etc/GMT-14" if instant.hour >= 12 else "Etc/GMT+12")
    time.tzset()
    local_day = instant.astimezone().date()
    assert local_day != instant.date()  # the premise: the two rules give different days
    yield instant, local_day
    monkeypatch.undo()
    time.tzset()


@pytest.mark.english
def test_dates_in_a_countersigned_passport_are_local_days_of_the_injected_clock(
        filled_app: PassportApp, tmp_path: Path, pinned: tuple[dt.datetime, dt.date]) -> None:
    instant, local_day = pinned
    manager = manager_vault(tmp_path / "manager")
    try:
        filled_app.clock = manager.clock = lambda: instant
        exported = filled_app.pdfs.export_signed_pdf(tmp_path / "passport.pdf").path
        employee_copy = examine(exported.read_bytes())
        assert employee_copy.employee.signed_at == instant  # the signature's time is the clock's instant
        text = subprocess.run(["pdftotext", str(exported), "-"], capture_output=True, text=True, check=True).stdout
        assert f"prepared {readable_date(local_day)}".casefold() in " ".join(text.split()).casefold()

        received = manager.countersigning.inspect_received(exported)
        out = tmp_path / "countersigned.pdf"
        manager.countersigning.countersign(received, out, comment="Agreed.")
        countersigned = examine(out.read_bytes())
        assert countersigned.manager is not None and countersigned.manager.signed_at == instant
        assert countersigned.manager_text[MANAGER_DATE_FIELD] == local_day.isoformat()
        [kept] = manager.countersigning.received_passports()
        assert kept.countersigned_on == local_day.isoformat()
    finally:
        manager.close()

    imp = filled_app.countersigning.inspect_countersigned(out.read_bytes(), str(out))
    assert imp.agreed_on == local_day
    assert f"Signed by the manager on: {readable_date(local_day)}" in imp.summary()
    filled_app.countersigning.accept_countersigned(imp, trust_new_manager=True)
    reopened = PassportApp.open(filled_app.data_dir, passphrase=PASSPHRASE)
    try:
        review = reopened.editing.passport().review
        assert review.last_agreed == local_day
        assert review.next_review == local_day.replace(year=local_day.year + 1)
        [stored] = reopened.repo.attachments(COUNTERSIGNED_KIND)
        assert stored.details["agreed_on"] == local_day.isoformat()
    finally:
        reopened.close()


def test_a_manager_date_typed_far_from_the_signature_gives_way_to_the_signing_instant() -> None:
    from carerpassport.exchange.countersigned_import import agreed_day

    signed = dt.datetime(2026, 12, 1, 23, 30, tzinfo=dt.UTC)
    today = dt.date(2026, 12, 31)
    assert agreed_day(signed, "2026-12-02", today) == dt.date(2026, 12, 2)  # the manager's own (local) day
    assert agreed_day(signed, "2026-11-20", today) == signed.astimezone().date()  # typed wrong: the instant
    assert agreed_day(signed, "1 December", today) == signed.astimezone().date()
    assert agreed_day(None, "2026-11-20", today) == dt.date(2026, 11, 20)
    assert agreed_day(None, "", today) == today
    assert agreed_day(signed, "2026-12-02", dt.date(2026, 12, 1)) == dt.date(2026, 12, 1)  # never after today
