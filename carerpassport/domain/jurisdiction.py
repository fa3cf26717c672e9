"""Where the employee works, as far as employment law is concerned.

Carer's leave and the statutory flexible-working rules are the same in England, Wales and Scotland and
differ in Northern Ireland, so the rules in :mod:`carerpassport.domain` take a :class:`Jurisdiction`.
"""

from __future__ import annotations

import enum

from carerpassport.domain.labels import Labels
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _


class Jurisdiction(enum.StrEnum):
    """The law the employee's job falls under; ``UNSTATED`` until the employee says."""

    UNSTATED = ""
    ENGLAND_WALES = "england_wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


#: Shown names, translated when read.
JURISDICTION_LABELS = Labels({
    # Translators: where the employee works, as far as employment law is concerned.
    Jurisdiction.UNSTATED: N_("Not said yet"),
    Jurisdiction.ENGLAND_WALES: N_("England or Wales"),
    Jurisdiction.SCOTLAND: N_("Scotland"),
    Jurisdiction.NORTHERN_IRELAND: N_("Northern Ireland"),
})


def parse_jurisdiction(value: object, where: str = "jurisdiction") -> Jurisdiction:
    """The jurisdiction named by ``value``, or a :class:`ValueError` sentence naming the allowed values."""
    if isinstance(value, str) and value in Jurisdiction._value2member_map_:
        return Jurisdiction(value)
    else:
        allowed = ", ".join(repr(j.value) for j in Jurisdiction if j.value)
        raise ValueError(_("{where} must be one of {allowed} (or empty).").format(where=where, allowed=allowed))
