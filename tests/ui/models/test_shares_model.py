"""The sharing record's table passes qtmodeltester, with two exports listed and with none."""

from __future__ import annotations

from pathlib import Path

from carerpassport.app import PassportApp
from carerpassport.ui.models.shares_model import SharesModel


def test_model_passes_qtmodeltester(filled_app: PassportApp, tmp_path: Path, qtmodeltester) -> None:  # noqa: ANN001
    filled_app.pdfs.export_signed_pdf(tmp_path / "bob.pdf", purpose="first meeting")
    filled_app.pdfs.export_signed_pdf(tmp_path / "hr.pdf", recipient="HR Team", purpose="flexible working request",
                                 fields=["caring.responsibilities"])
    model = SharesModel()
    model.set_shares(filled_app.shares.shares())
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    model.set_shares([])
    qtmodeltester.check(model, force_py=True)


def test_a_new_record_is_shown_not_the_texts_kept_from_the_last(filled_app: PassportApp, tmp_path: Path) -> None:
    from carerpassport.ui.models.shares_model import CONSENT, RECIPIENT

    filled_app.pdfs.export_signed_pdf(tmp_path / "bob.pdf", purpose="first meeting")
    model = SharesModel()
    model.set_shares(filled_app.shares.shares())
    assert (model.index(0, RECIPIENT).data(), model.index(0, CONSENT).data()) == ("Bob Smith", "Given")
    filled_app.shares.withdraw_consent(filled_app.shares.shares()[0].id)
    filled_app.pdfs.export_signed_pdf(tmp_path / "hr.pdf", recipient="HR Team", purpose="a request")
    model.set_shares(filled_app.shares.shares())
    assert model.index(0, CONSENT).data().startswith("Withdrawn ")
    assert (model.index(1, RECIPIENT).data(), model.index(1, CONSENT).data()) == ("HR Team", "Given")
