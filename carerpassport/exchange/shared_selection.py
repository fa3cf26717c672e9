"""What an export shares, chosen from the passport: no PDF library needed.

Kept apart from :mod:`carerpassport.exchange.pdf_render` (which imports reportlab, ~0.3 s) so that the
export dialog can list what will be shared on the GUI thread without importing the renderer there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import Passport
from carerpassport.domain.template import Template
from carerpassport.domain.wording import gettext as _


def select_shared(passport: Passport, template: Template, *, fields: Sequence[str] | None = None,
                  include_actions: bool = True, include_agreement: bool | None = None) -> dict[str, Any]:
    """What an export shares: :meth:`Passport.shared_dict`, narrowed to the chosen fields.

    ``fields=None`` follows the passport's own share flags. A list shares exactly those template
    questions (the employee chose them for this recipient, e.g. a new manager), and only those that
    have an answer. Unshared actions never go out; with ``include_actions=False`` no action does.
    Private notes never appear in the result. The sharing agreement goes out when the passport shares it
    (``include_agreement=None``), or as chosen for this export (True or False).
    """
    shared = passport.shared_dict()
    if fields is not None:
        chosen: dict[str, Any] = {}
        for field_id in fields:
            if not template.has_field(field_id):
                raise ValidationError(_("There is no question {field_id!r} in this passport's template, so it "
                                        "cannot be shared.").format(field_id=field_id))
            if template.field(field_id).for_manager:
                raise ValidationError(_("{label!r} is for your line manager to fill in; "
                                        "it cannot be shared from your passport.").format(
                                        label=template.field(field_id).label))
            text = passport.answer(field_id).text
            if text.strip():
                chosen[field_id] = {"text": text}
        shared["answers"] = dict(sorted(chosen.items()))
    if not include_actions:
        shared["actions"] = []
    if include_agreement is True:
        shared["sharing_agreement"] = passport.sharing_agreement.shared_dict()
    elif include_agreement is False:
        shared.pop("sharing_agreement", None)
    return shared
