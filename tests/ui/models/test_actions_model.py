"""The agreed actions table and its status filter pass qtmodeltester, filled and empty."""

from __future__ import annotations

from carerpassport.app import PassportApp
from carerpassport.ui.models.actions_filter_model import ActionsFilterModel
from carerpassport.ui.models.actions_model import ActionsModel


def test_models_pass_qtmodeltester(filled_app: PassportApp, qtmodeltester) -> None:  # noqa: ANN001
    model = ActionsModel()
    model.set_actions(filled_app.editing.passport().actions)
    qtmodeltester.check(model)
    proxy = ActionsFilterModel()
    proxy.setSourceModel(model)
    proxy.set_status("agreed")
    qtmodeltester.check(proxy)
    empty = ActionsModel()
    qtmodeltester.check(empty)
