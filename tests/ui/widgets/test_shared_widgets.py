"""The pieces the dialogs and views share: the problem line, the question before a change, the file
chooser row and the sentence shown when work fails."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.widgets.file_chooser_row import FileChooserRow
from carerpassport.ui.widgets.problem_label import ProblemLabel
from carerpassport.ui.widgets.question_box import question_box
from tests.ui.ui_support import OFFSCREEN_NOISE, unnamed_controls

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_the_problem_line_shows_a_passport_error_and_hides_after_success(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    problem = ProblemLabel(parent)
    assert problem.isHidden() and problem.accessibleName() == "Problem"

    def refuse() -> None:
        raise ValidationError("Write what is true now.")

    assert problem.attempt(refuse) is False
    assert not problem.isHidden() and problem.text() == "Write what is true now."
    assert problem.attempt(lambda: None) is True
    assert problem.isHidden()
    with pytest.raises(KeyError):  # a bug is not a sentence for the person: it is not swallowed
        problem.attempt(lambda: {}["missing"])


@pytest.mark.parametrize("confirm", [True, False])
def test_the_question_reports_the_answer_then_closes(qtbot, confirm: bool) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    answers: list[bool] = []
    closed: list[bool] = []
    box = question_box(parent, title="Remove this?", text="Remove it?", details="You can undo it.", confirm="Remove",
                       answered=answers.append, closed=lambda: closed.append(True))
    assert box.accessibleName() == "Remove this?" and box.informativeText() == "You can undo it."
    box.open()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    chosen = next(b for b in box.buttons() if b is not cancel) if confirm else cancel
    assert box.defaultButton() is not cancel
    chosen.click()
    assert answers == [confirm] and closed == [True]


def test_the_file_chooser_row_is_read_only_unless_editable(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    shown_only = FileChooserRow(parent, button_text="&Open PDF…", button_name="Open PDF",
                                button_description="Choose a PDF.", path_name="Opened file",
                                path_description="The PDF.", placeholder="No file opened")
    typed = FileChooserRow(parent, button_text="&Browse…", button_name="Choose the file",
                           button_description="Open a file chooser.", path_name="File", editable=True)
    assert shown_only.path.isReadOnly() and shown_only.path.placeholderText() == "No file opened"
    assert not typed.path.isReadOnly()
    assert shown_only.button.text() == "&Open PDF…" and shown_only.button.accessibleDescription() == "Choose a PDF."
    assert unnamed_controls(shown_only, described=True) == []


def test_a_failure_reads_as_a_sentence() -> None:
    assert failure_sentence(PassportError("That is not a passport."), "fallback") == "That is not a passport."
    assert failure_sentence(FileNotFoundError(2, "No such file or directory"), "fallback") == \
        "No such file or directory"
    ours = failure_sentence(RuntimeError("boom"), "The file could not be checked.")
    assert ours.startswith("The file could not be checked. ")  # what did not happen, then whose fault it is
    assert "this is our fault, not your file's" in ours and "boom" not in ours
