"""The statutory flexible-working rules, table by table (see docs/flexible-working.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from carerpassport.domain import flexible_working as fw
from carerpassport.domain.dates import readable_date
from carerpassport.domain.jurisdiction import Jurisdiction

D = dt.date
GB = Jurisdiction.ENGLAND_WALES


@pytest.mark.parametrize(("start", "months", "expected"), [
    (D(2026, 1, 15), 1, D(2026, 2, 15)),
    (D(2026, 1, 31), 1, D(2026, 2, 28)),  # clamped to February's end
    (D(2028, 1, 31), 1, D(2028, 2, 29)),  # leap year
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2026, 12, 31), 2, D(2027, 2, 28)),  # across the year end
    (D(2026, 3, 31), -1, D(2026, 2, 28)),
    (D(2026, 8, 31), 1, D(2026, 9, 30)),
])
def test_add_months_clamps_to_the_month_end(start: dt.date, months: int, expected: dt.date) -> None:
    assert fw.add_months(start, months) == expected


@pytest.mark.parametrize(("start", "months", "expected"), [
    (D(2026, 1, 15), 2, D(2026, 3, 14)),  # the day before the corresponding date
    (D(2026, 1, 1), 2, D(2026, 2, 28)),
    (D(2026, 12, 31), 2, D(2027, 2, 28)),  # no 31 February: the month's last day
    (D(2027, 12, 30), 2, D(2028, 2, 29)),  # no 30 February in a leap year either
    (D(2027, 12, 29), 2, D(2028, 2, 28)),  # 29 February 2028 exists: the day before it
    (D(2026, 6, 30), 2, D(2026, 8, 29)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2025, 3, 1), 12, D(2026, 2, 28)),
])
def test_period_beginning_with_a_day(start: dt.date, months: int, expected: dt.date) -> None:
    assert fw.period_end(start, months) == expected


def sent_request(sent: dt.date, *, email: bool = True, received: dt.date | None = None,
                 outcome: fw.OutcomeKind | None = fw.OutcomeKind.REFUSED) -> fw.FlexibleRequest:
    request = complete_draft(dated=sent)
    fw.record_sent(request, sent, email=email, received_on=received, today=sent + dt.timedelta(days=400))
    if outcome is not None:
        reasons = [fw.RefusalReason.EXTRA_COSTS] if outcome is fw.OutcomeKind.REFUSED else []
        fw.record_outcome(request, outcome, decided_on=sent + dt.timedelta(days=30), reasons=reasons)
    return request


LETTER_DATE = D(2026, 1, 10)


def complete_draft(dated: dt.date = LETTER_DATE) -> fw.FlexibleRequest:
    return fw.FlexibleRequest(drafted_on=dated, dated=dated, changes=(fw.ChangeKind.TIMES,),
                              change="Start at 10:00 on Tuesdays.", effective_from=dated + dt.timedelta(days=60))


@pytest.mark.parametrize(("sent", "email", "received", "due"), [
    (D(2026, 1, 15), True, None, D(2026, 3, 14)),  # by email: made the day it was sent
    (D(2026, 1, 15), False, D(2026, 1, 19), D(2026, 3, 18)),  # by post: made the day it arrived
    (D(2026, 1, 15), False, None, None),  # not known until the arrival is recorded
    (D(2026, 12, 31), True, None, D(2027, 2, 28)),  # month-end clamping
    (D(2026, 12, 29), False, D(2026, 12, 31), D(2027, 2, 28)),
])
def test_decision_due_from_sent_or_received(sent: dt.date, email: bool, received: dt.date | None,
                                            due: dt.date | None) -> None:
    request = sent_request(sent, email=email, received=received, outcome=None)
    assert fw.decision_due(request) == due


@pytest.mark.english
def test_decision_due_sentence_says_what_it_counts_from() -> None:
    by_post = sent_request(D(2026, 1, 15), email=False, outcome=None)
    assert "Record that day" in fw.decision_due_sentence(by_post)
    fw.record_received(by_post, D(2026, 1, 19))
    assert fw.decision_due_sentence(by_post) == ("Made on 19 January 2026 (received by your employer); the decision, "
                                                 "including any appeal, is due by 18 March 2026.")


@pytest.mark.english
def test_extension_by_agreement_moves_the_due_date_and_is_recorded() -> None:
    request = sent_request(D(2026, 1, 15), outcome=None)
    fw.record_extension(request, D(2026, 4, 30), agreed_on=D(2026, 3, 1))
    assert fw.decision_due(request) == D(2026, 4, 30)
    assert request.extension_agreed_on == D(2026, 3, 1)
    assert "Extended by agreement on 1 March 2026 to 30 April 2026" in fw.decision_due_sentence(request)
    with pytest.raises(fw.FlexibleWorkingError, match="after the current one"):
        fw.record_extension(request, D(2026, 4, 1), agreed_on=D(2026, 3, 2))


@pytest.mark.parametrize(("earlier", "today", "refused_with"), [
    ([], D(2026, 6, 1), None),
    ([D(2026, 1, 15)], D(2026, 6, 1), None),
    # A third request in 12 months is refused, naming when the next can be made.
    ([D(2025, 7, 1), D(2026, 1, 15)], D(2026, 6, 1), "from 1 July 2026"),
    ([D(2025, 7, 1), D(2026, 1, 15)], D(2026, 6, 30), "from 1 July 2026"),  # the last day of the 12 months
    ([D(2025, 7, 1), D(2026, 1, 15)], D(2026, 7, 1), None),  # the first day after
    ([D(2024, 2, 29), D(2024, 6, 1)], D(2025, 2, 28), "from 1 March 2025"),  # leap day
    ([D(2024, 2, 29), D(2024, 6, 1)], D(2025, 3, 1), None),
    ([D(2024, 1, 1), D(2025, 1, 1)], D(2025, 6, 1), None),  # 12 months apart: only one counts
])
@pytest.mark.english
def test_two_requests_in_twelve_months(earlier: list[dt.date], today: dt.date, refused_with: str | None) -> None:
    requests = [sent_request(day) for day in earlier]
    refusal = fw.refusal_to_draft(requests, today, GB)
    if refused_with is None:
        assert refusal is None
    else:
        assert refusal is not None and refused_with in refusal
        for day in earlier:
            assert readable_date(day) in refusal  # the sentence names the dates


@pytest.mark.english
def test_a_request_still_being_decided_blocks_another() -> None:
    pending = sent_request(D(2026, 1, 15), outcome=None)
    refusal = fw.refusal_to_draft([pending], D(2026, 2, 1), GB)
    assert refusal == ("Your request sent on 15 January 2026 has not been decided yet; the decision is due by 14 March "
                       "2026. The law does not let you make another request while one is still being decided.")
    # A refusal under appeal is still being decided; once the appeal is decided it is not.
    fw.record_outcome(pending, fw.OutcomeKind.REFUSED, decided_on=D(2026, 2, 10), reasons=[fw.RefusalReason.QUALITY])
    fw.record_appeal(pending, D(2026, 2, 12))
    assert fw.refusal_to_draft([pending], D(2026, 2, 20), GB) is not None
    fw.record_appeal(pending, D(2026, 2, 12), outcome=fw.AppealOutcome.DISMISSED, decided_on=D(2026, 3, 1))
    assert fw.refusal_to_draft([pending], D(2026, 3, 2), GB) is None


@pytest.mark.english
def test_a_withdrawn_request_still_counts() -> None:
    requests = [sent_request(D(2026, 1, 5), outcome=fw.OutcomeKind.WITHDRAWN),
                sent_request(D(2026, 3, 5), outcome=fw.OutcomeKind.ACCEPTED)]
    assert "from 5 January 2027" in (fw.refusal_to_draft(requests, D(2026, 6, 1), GB) or "")


@pytest.mark.english
def test_an_unsent_draft_blocks_a_second_draft() -> None:
    assert "already have a draft" in (fw.refusal_to_draft([complete_draft()], D(2026, 2, 1), GB) or "")


@pytest.mark.parametrize(("where", "says"), [
    (Jurisdiction.NORTHERN_IRELAND, "Northern Ireland the rules for flexible-working requests are different"),
    (Jurisdiction.UNSTATED, "Say where you work first"),
    (Jurisdiction.SCOTLAND, None),
    (Jurisdiction.ENGLAND_WALES, None),
])
@pytest.mark.english
def test_northern_ireland_and_unstated_are_not_given_gb_rules(where: Jurisdiction, says: str | None) -> None:
    refusal = fw.refusal_to_draft([], D(2026, 2, 1), where)
    assert (refusal is None) if says is None else (says in (refusal or ""))
    if where is Jurisdiction.NORTHERN_IRELAND:
        assert refusal is not None and "26 weeks" in refusal and "one request a year" in refusal


@pytest.mark.parametrize(("change", "kinds", "effective", "missing"), [
    ("Start at 10:00", (fw.ChangeKind.TIMES,), D(2026, 3, 1), []),
    ("", (fw.ChangeKind.TIMES,), D(2026, 3, 1), ["in your own words"]),
    ("Start at 10:00", (), D(2026, 3, 1), ["what you are asking to change"]),
    ("Start at 10:00", (fw.ChangeKind.PLACE,), None, ["the date you would like"]),
    ("Start at 10:00", (fw.ChangeKind.HOURS,), D(2026, 1, 10), ["after the date of the letter"]),
])
@pytest.mark.english
def test_missing_elements(change: str, kinds: tuple[fw.ChangeKind, ...], effective: dt.date | None,
                          missing: list[str]) -> None:
    request = fw.FlexibleRequest(dated=D(2026, 1, 10), change=change, changes=kinds, effective_from=effective)
    found = fw.missing_elements(request)
    assert len(found) == len(missing)
    for phrase, text in zip(missing, found, strict=True):
        assert phrase in text


@pytest.mark.parametrize(("earlier", "sentence"), [
    ((), "I have not made an earlier statutory request"),
    ((D(2025, 9, 1),), "I made an earlier statutory request for flexible working on 1 September 2025."),
    ((D(2025, 3, 1), D(2025, 9, 1)), "requests for flexible working on 1 March 2025 and 1 September 2025."),
])
@pytest.mark.english
def test_the_letter_holds_every_required_element(earlier: tuple[dt.date, ...], sentence: str) -> None:
    request = complete_draft()
    request.earlier_requests = earlier
    text = fw.request_text(request, employee="Sam Carer", manager="Alex Manager")
    for element in ("Date: 10 January 2026", "statutory request for flexible working under Part 8A of the "
                    "Employment Rights Act 1996", "I am asking to change the times I work. Start at 10:00 on Tuesdays.",
                    "take effect from 11 March 2026", sentence):
        assert element in text


@pytest.mark.parametrize(("kind", "kwargs", "error"), [
    (fw.OutcomeKind.REFUSED, {}, "at least one of the eight"),
    (fw.OutcomeKind.ACCEPTED, {"reasons": [fw.RefusalReason.QUALITY]}, "only for a refusal"),
    (fw.OutcomeKind.TRIAL, {}, "date the trial ends"),
    (fw.OutcomeKind.TRIAL, {"trial_ends": D(2026, 2, 1)}, "date the trial ends"),
    (fw.OutcomeKind.ACCEPTED, {"trial_ends": D(2026, 9, 1)}, "only for an acceptance on trial"),
    (fw.OutcomeKind.TRIAL, {"trial_ends": D(2026, 9, 1)}, None),
    (fw.OutcomeKind.REFUSED, {"reasons": list(fw.RefusalReason)}, None),
    (fw.OutcomeKind.WITHDRAWN, {}, None),
])
@pytest.mark.english
def test_outcomes(kind: fw.OutcomeKind, kwargs: dict[str, object], error: str | None) -> None:
    request = sent_request(D(2026, 1, 15), outcome=None)
    if error is None:
        fw.record_outcome(request, kind, decided_on=D(2026, 2, 1), **kwargs)  # type: ignore[arg-type]
        assert request.outcome is not None and request.outcome.kind is kind
        assert fw.FlexibleRequest.from_dict(request.to_dict()) == request
    else:
        with pytest.raises(fw.FlexibleWorkingError, match=error):
            fw.record_outcome(request, kind, decided_on=D(2026, 2, 1), **kwargs)  # type: ignore[arg-type]
        assert request.outcome is None


def test_eight_reasons_each_in_plain_words() -> None:
    assert len(fw.RefusalReason) == 8
    assert set(fw.REFUSAL_REASON_LABELS) == set(fw.RefusalReason)


@pytest.mark.parametrize(("sent", "email", "received", "error"), [
    (D(2026, 1, 5), True, None, "cannot have been sent"),  # before the letter's date
    (D(2026, 3, 1), True, None, "in the future"),
    (D(2026, 1, 15), True, D(2026, 1, 16), "leave out the received date"),
    (D(2026, 1, 15), False, D(2026, 1, 14), "before it was sent"),
])
@pytest.mark.english
def test_sent_dates_that_cannot_be(sent: dt.date, email: bool, received: dt.date | None, error: str) -> None:
    request = complete_draft()
    with pytest.raises(fw.FlexibleWorkingError, match=error):
        fw.record_sent(request, sent, email=email, received_on=received, today=D(2026, 2, 1))
    assert request.sent_on is None


@pytest.mark.english
def test_an_incomplete_request_cannot_be_sent() -> None:
    request = fw.FlexibleRequest(dated=D(2026, 1, 10))
    with pytest.raises(fw.FlexibleWorkingError, match="not complete yet"):
        fw.record_sent(request, D(2026, 1, 10), email=True, today=D(2026, 1, 10))


@pytest.mark.english
def test_an_appeal_needs_a_refusal_and_an_upheld_appeal_grants() -> None:
    request = sent_request(D(2026, 1, 15), outcome=fw.OutcomeKind.ACCEPTED)
    with pytest.raises(fw.FlexibleWorkingError, match="against a refusal"):
        fw.record_appeal(request, D(2026, 3, 1))
    refused = sent_request(D(2026, 1, 15))
    assert not fw.granted(refused)
    fw.record_appeal(refused, D(2026, 2, 20), outcome=fw.AppealOutcome.UPHELD, decided_on=D(2026, 3, 1))
    assert fw.granted(refused)
    assert fw.FlexibleRequest.from_dict(refused.to_dict()) == refused


@pytest.mark.english
def test_a_damaged_stored_request_is_named() -> None:
    with pytest.raises(fw.FlexibleWorkingError, match="cannot be read"):
        fw.FlexibleRequest.from_dict({"id": "x", "drafted_on": "2026-13-01", "dated": "2026-01-01"})


@pytest.mark.english
def test_a_request_made_before_the_app_counts_and_blocks_while_awaited() -> None:
    earlier = fw.earlier_request(D(2026, 1, 5), awaiting=False, today=D(2026, 2, 1))
    assert earlier.decided and earlier.status == "Made before"
    assert fw.earlier_request_dates([earlier]) == (D(2026, 1, 5),)
    second = sent_request(D(2026, 1, 20))
    assert "from 5 January 2027" in (fw.refusal_to_draft([earlier, second], D(2026, 2, 1), GB) or "")
    waiting = fw.earlier_request(D(2026, 1, 5), awaiting=True, today=D(2026, 2, 1))
    assert "has not been decided yet" in (fw.refusal_to_draft([waiting], D(2026, 2, 1), GB) or "")
    fw.record_outcome(waiting, fw.OutcomeKind.ACCEPTED, decided_on=D(2026, 2, 1))
    assert fw.refusal_to_draft([waiting], D(2026, 2, 2), GB) is None
    assert fw.FlexibleRequest.from_dict(waiting.to_dict()) == waiting
    with pytest.raises(fw.FlexibleWorkingError, match="in the future"):
        fw.earlier_request(D(2026, 3, 1), awaiting=False, today=D(2026, 2, 1))
