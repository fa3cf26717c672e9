"""The status line's use case (usecases/agreement.py) over a real vault: before an export, after it, after
the countersigned copy is recorded (read again from the reopened vault), and once the passport changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.agreement import AgreementState
from carerpassport.domain.dates import readable_date
from carerpassport.domain.review import default_next_review
from tests.conftest import PASSPHRASE
from tests.countersign_support import employee_pdf, manager_vault


def _reopened(app: PassportApp) -> PassportApp:
    data_dir = app.data_dir
    app.close()
    return PassportApp.open(data_dir, passphrase=PASSPHRASE)


@pytest.mark.english
def test_status_from_export_to_agreed_to_changed(filled_app: PassportApp, tmp_path: Path) -> None:
    app = filled_app
    assert app.agreement.status().state is AgreementState.NOT_AGREED
    assert "export it for your line manager" in app.agreement.status().text
    export = tmp_path / "exported.pdf"
    employee_pdf(app, export)
    assert f"you exported a copy on {readable_date(app.today())}" in app.agreement.status().text

    # The manager's certificate says "Łukasz Nowak"; on the form they typed a shorter name.
    manager = manager_vault(tmp_path / "manager-vault", "Łukasz Nowak")
    signed = tmp_path / "countersigned.pdf"
    try:
        manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed,
                                           comment="Fine by me.", name="Lukasz N.")
    finally:
        manager.close()
    app.countersigning.import_countersigned(signed, trust_new_manager=True)

    app = _reopened(app)
    try:
        status = app.agreement.status()
        agreed_on = status.agreed_on
        assert agreed_on is not None
        next_review = default_next_review(agreed_on)
        assert status.state is AgreementState.AGREED
        assert status.manager_name == "Łukasz Nowak"
        assert status.next_review == next_review
        assert status.text == (f"Agreed with Łukasz Nowak on {readable_date(agreed_on)} — next review by "
                               f"{readable_date(next_review)}")

        app.editing.set_answer("notes.private", "Only mine.")  # never shared: nothing agreed changed
        assert app.agreement.status().state is AgreementState.AGREED
        app.editing.set_answer("caring.effect_on_work", "I may need to leave early twice a month.")
        assert app.agreement.status().state is AgreementState.CHANGED
        app = _reopened(app)
        assert app.agreement.status().text == (
            "Changed since you last agreed it — export again when you are ready (last agreed with Łukasz Nowak on "
            f"{readable_date(agreed_on)})")
    finally:
        app.close()


@pytest.mark.english
def test_an_action_review_date_brings_the_next_review_forward(filled_app: PassportApp, tmp_path: Path) -> None:
    app = filled_app
    action = app.editing.passport().actions[0]  # shared, agreed
    review_on = app.today().replace(year=app.today().year + 1, month=1, day=15)
    app.editing.update_action(action.id, review_on=review_on)
    export = tmp_path / "exported.pdf"
    employee_pdf(app, export)
    manager = manager_vault(tmp_path / "manager-vault", "Łukasz Nowak")
    signed = tmp_path / "countersigned.pdf"
    try:
        manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed, comment="")
    finally:
        manager.close()
    app.countersigning.import_countersigned(signed, trust_new_manager=True)
    status = app.agreement.status()
    assert status.next_review == review_on
    assert f"next review by {readable_date(review_on)} (the review date of “Start at 10:00 on Tuesdays”)" \
        in status.text
