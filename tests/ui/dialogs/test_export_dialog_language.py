"""The export dialog's "Language of this copy": it starts as the GUI's language, its preview list and the saved PDF
follow the choice (the council's Welsh questions and choices, the renderer's Welsh words), and the PDF says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.template import parse_template
from carerpassport.ui.dialogs.export_dialog import ExportDialog
from carerpassport.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE
from tests.pdf_support import employee_status, pdf_text
from tests.ui.ui_support import OFFSCREEN_NOISE, shown

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "templates" / "examples" / "cwm-tawel-council-v1.json"


@pytest.fixture
def council_app(tmp_path: Path) -> Iterator[PassportApp]:
    template = parse_template(EXAMPLE.read_bytes(), EXAMPLE.name)
    app = PassportApp.create(tmp_path / "vault", employee_name="Siân Jones", manager_name="Bob Smith",
                             passphrase=PASSPHRASE, template=template, template_json=EXAMPLE.read_bytes()).app
    app.editing.set_answer("caring.responsibilities", "I care for my father.", shared=True)
    app.editing.set_answer("support.carers_policy", "Not yet", shared=True)
    yield app
    app.close()


def test_a_welsh_copy_from_an_english_gui(council_app: PassportApp, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, ExportDialog(council_app, TaskRunner(synchronous=True)))
    assert dialog.copy_language() == "en"  # the GUI speaks English (tests/conftest.py)
    assert "Not yet" in dialog.shared_list.toPlainText()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("cy"))
    listed = dialog.shared_list.toPlainText()
    assert "Eich cyfrifoldebau gofalu" in listed and "Ddim eto" in listed and "Not yet" not in listed
    dialog.choose_path = lambda: tmp_path / "copy.pdf"
    dialog.save()
    assert dialog.result_export is not None
    text = " ".join(pdf_text(tmp_path / "copy.pdf").split())
    assert "Llofnodion" in text and "Ddim eto" in text and "Signatures" not in text
    reader, status = employee_status((tmp_path / "copy.pdf").read_bytes())
    assert status.intact and status.valid and str(reader.root["/Lang"]) == "cy"
    assert council_app.editing.passport().answer("support.carers_policy").text == "Not yet"  # stored as it was
    dialog.close()
