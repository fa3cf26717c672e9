"""Dates as people read them outside the GUI: "1 December 2026", and ISO only where machines read."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from carerpassport.domain.dates import readable_date, readable_datetime, readable_iso, readable_local_iso


@pytest.mark.english
def test_day_without_leading_zero_and_month_by_name() -> None:
    assert readable_date(dt.date(2026, 12, 1)) == "1 December 2026"
    assert readable_date(dt.date(2027, 1, 31)) == "31 January 2027"
    assert readable_date(dt.date(2024, 2, 29)) == "29 February 2024"


@pytest.mark.english
def test_times_are_said_in_utc_whatever_zone_they_came_in() -> None:
    plus_two = dt.timezone(dt.timedelta(hours=2))
    assert readable_datetime(dt.datetime(2026, 12, 1, 1, 5, tzinfo=plus_two)) == "30 November 2026 23:05 UTC"
    assert readable_datetime(dt.datetime(2026, 12, 1, 14, 5)) == "1 December 2026 14:05 UTC"


@pytest.mark.english
def test_machine_fields_are_spelled_out_and_other_text_is_kept() -> None:
    assert readable_iso("2026-12-01") == "1 December 2026"
    assert readable_iso("2026-12-01T14:05:09.123+00:00") == "1 December 2026 14:05 UTC"
    # A date the manager typed in their own way (or a future format) is shown as written, never lost.
    assert readable_iso("1st Dec") == "1st Dec"
    assert readable_iso("") == ""


@pytest.mark.english
def test_when_something_happened_here_is_said_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A held copy's "kept since" (the vault's UTC timestamp) reads as the GUI says it: local, no "UTC"."""
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    try:
        assert readable_local_iso("2026-12-01T23:30:00+00:00") == "2 December 2026 at 00:30"
        assert readable_local_iso("2026-06-01T10:05:00") == "1 June 2026 at 12:05"  # naive: taken as UTC
        assert readable_local_iso("2026-12-01") == "1 December 2026"
        assert readable_local_iso("soon") == "soon"
    finally:
        monkeypatch.undo()
        time.tzset()
