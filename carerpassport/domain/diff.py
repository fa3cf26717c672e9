"""What changed between two versions of a passport, in words a person can read."""

from __future__ import annotations

import dataclasses
from typing import Any

from carerpassport.domain.labels import Labels
from carerpassport.domain.model import Passport
from carerpassport.domain.template import Template
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _

#: How the top-level parts of a passport are named in a list of changes.
PART_LABELS = Labels({
    # Translators: the parts of a passport, in the list of what changed between two versions.
    "employee": N_("You"), "manager": N_("Line manager"), "review": N_("Review"),
    "private_notes": N_("Private notes"), "jurisdiction": N_("Where you work"),
    "working_pattern": N_("Working pattern"), "sharing_agreement": N_("Sharing agreement"),
})


@dataclasses.dataclass(frozen=True)
class Change:
    """One difference: where (a path like ``answers.caring.responsibilities.text``), a readable
    label, the old value and the new one (``None`` when absent)."""

    path: str
    label: str
    old: Any
    new: Any


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else str(key), out)
    else:
        out[prefix] = value


def diff_dicts(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Leaf-by-leaf differences between two JSON-ready dicts (lists of actions keyed by id)."""
    flat_old: dict[str, Any] = {}
    flat_new: dict[str, Any] = {}
    _flatten(_key_actions(old), "", flat_old)
    _flatten(_key_actions(new), "", flat_new)
    changes = []
    for path in sorted(set(flat_old) | set(flat_new)):
        a, b = flat_old.get(path), flat_new.get(path)
        if a != b:
            changes.append((path, a, b))
    return changes


def _key_actions(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    if isinstance(data.get("actions"), list):
        data["actions"] = {a.get("id", str(i)): a for i, a in enumerate(data["actions"])}
    return data


def diff_passports(old: Passport, new: Passport, template: Template | None = None) -> list[Change]:
    """Readable differences between two passports."""
    changes = []
    old_actions = {a.id: a for a in old.actions}
    new_actions = {a.id: a for a in new.actions}
    for path, a, b in diff_dicts(old.to_dict(), new.to_dict()):
        changes.append(Change(path, _label(path, template, old_actions | new_actions), a, b))
    return changes


def _label(path: str, template: Template | None, actions: dict[str, Any]) -> str:
    parts = path.split(".")
    head = parts[0]
    if head == "answers" and len(parts) >= 3:
        field_id = ".".join(parts[1:-1])
        name = template.field(field_id).label if template and template.has_field(field_id) else field_id
        if parts[-1] == "shared":
            # Translators: a change to whether an answer is shared; {question} is the template's question.
            return _("{question} (shared)").format(question=name)
        # Translators: a change to an answer's text; {question} is the template's question.
        return _("{question} (answer)").format(question=name)
    if head == "actions" and len(parts) >= 3:
        action = actions.get(parts[1])
        what = (action.what[:40] if action else parts[1][:8]) or _("untitled")
        # Translators: a change to an agreed action; {part} is the field's own name (what, status, review on).
        return _("Action “{what}”: {part}").format(what=what, part=parts[-1].replace("_", " "))
    return " ".join([PART_LABELS.get(head, head)] + [p.replace("_", " ") for p in parts[1:]])
