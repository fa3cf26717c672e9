"""Who is using this vault: an employee keeping their own passport, a manager who receives passports from
their team, or both (a manager is often also a carer with a passport of their own).

The role decides which home page, welcome text and first steps the app shows; it never limits what the
vault can do. It is kept inside the vault (it says something about the person), not in plain settings.
"""

from __future__ import annotations

import enum

from carerpassport.domain.errors import ValidationError
from carerpassport.domain.labels import Labels
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _


class Role(enum.StrEnum):
    """The reason this person uses the app, as chosen at first run (changeable later)."""

    EMPLOYEE = "employee"
    MANAGER = "manager"
    BOTH = "both"

    @property
    def keeps_own_passport(self) -> bool:
        """Whether this person keeps a passport of their own here (the carer's pages come first)."""
        return self is not Role.MANAGER

    @property
    def receives_passports(self) -> bool:
        """Whether this person holds passports from their team (the held passports are in the navigation)."""
        return self is not Role.EMPLOYEE

    @property
    def label(self) -> str:
        """How the choice reads to the person making it."""
        return ROLE_LABELS[self]

    @classmethod
    def parse(cls, value: object, where: str = "role") -> Role:
        """The role named by ``value`` ("employee", "manager" or "both"), or a :class:`ValidationError`."""
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise ValidationError(_("The {where} must be employee, manager or both, not {value!r}.").format(
                                      where=where, value=str(value)[:40])) from None


#: How each choice reads at first run, translated when read.
ROLE_LABELS = Labels({
    # Translators: the first-run choice of why the person uses the app.
    Role.EMPLOYEE: N_("For my own passport (I am a carer)"),
    Role.MANAGER: N_("As a manager who receives passports from my team"),
    Role.BOTH: N_("Both: my own passport, and passports from my team"),
})
