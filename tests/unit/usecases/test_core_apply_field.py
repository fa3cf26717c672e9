"""The one field-id dispatch (people, private notes, answers) that set_answer and the editor share."""

from __future__ import annotations

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import ValidationError
from carerpassport.usecases.core import PRIVATE_NOTES_FIELD, apply_field


def test_each_kind_of_id_lands_in_its_place(app: PassportApp) -> None:
    passport = app.editing.passport()
    apply_field(passport, app.template, "manager.role", "Team lead")
    apply_field(passport, app.template, PRIVATE_NOTES_FIELD, "only mine")
    apply_field(passport, app.template, "caring.responsibilities", "My dad", shared=True)
    apply_field(passport, app.template, "caring.responsibilities", shared=False)  # keeps the text
    assert passport.manager.role == "Team lead" and passport.private_notes == "only mine"
    answer = passport.answer("caring.responsibilities")
    assert (answer.text, answer.shared) == ("My dad", False)
    app.editing.save(passport)
    assert app.editing.passport().answer("caring.responsibilities").text == "My dad"


@pytest.mark.english
def test_share_choices_where_there_are_none_are_refused(app: PassportApp) -> None:
    passport = app.editing.passport()
    with pytest.raises(ValidationError, match="only answers have a share choice"):
        apply_field(passport, app.template, "employee.name", "X", shared=True)
    with pytest.raises(ValidationError, match="never shared"):
        apply_field(passport, app.template, PRIVATE_NOTES_FIELD, "X", shared=True)


@pytest.mark.english
def test_a_question_for_the_manager_is_refused(app: PassportApp) -> None:
    field = next(f for f in app.template.fields() if f.for_manager)
    with pytest.raises(ValidationError, match="line manager"):
        apply_field(app.editing.passport(), app.template, field.id, "agreed")
