"""The sharing record as a table: who was given which copy, when, of what, and whether consent stands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from carerpassport.domain.shared_letters import what_they_hold_line
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.models.history_model import time_in_words
from carerpassport.ui.models.table_model import Index, ReadOnlyTableModel
from carerpassport.vault.repository import Share

translate = QCoreApplication.translate

WHEN, RECIPIENT, PURPOSE, FORMAT, VERSION, WHAT, CONSENT, FILE = range(8)
#: Translated when the model is made.
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("SharesModel", "When"),
    QT_TRANSLATE_NOOP("SharesModel", "Given to"),
    QT_TRANSLATE_NOOP("SharesModel", "Why"),
    QT_TRANSLATE_NOOP("SharesModel", "Format"),
    QT_TRANSLATE_NOOP("SharesModel", "Version"),
    QT_TRANSLATE_NOOP("SharesModel", "What they hold"),
    QT_TRANSLATE_NOOP("SharesModel", "Consent"),
    QT_TRANSLATE_NOOP("SharesModel", "File"),
)

#: The share's id (an int) for a row.
SHARE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when consent was withdrawn for a row.
WITHDRAWN_ROLE = Qt.ItemDataRole.UserRole + 2

#: What kind of copy was given, in words (translated when shown, by :func:`format_in_words`).
FORMAT_WORDS = {"pdf": QT_TRANSLATE_NOOP("SharesModel", "Signed PDF"),
                "bundle": QT_TRANSLATE_NOOP("SharesModel", "Encrypted file"),
                "leave_notice_pdf": QT_TRANSLATE_NOOP("SharesModel", "Leave notice (PDF)"),
                "leave_notice_txt": QT_TRANSLATE_NOOP("SharesModel", "Leave notice (text)"),
                "flexible-request-pdf": QT_TRANSLATE_NOOP("SharesModel", "Flexible-working request (signed PDF)"),
                "flexible-request-txt": QT_TRANSLATE_NOOP("SharesModel", "Flexible-working request (text)")}


def format_in_words(share_format: str) -> str:
    """A share's format as a person reads it ("pdf" → "Signed PDF"); an unknown one as it is stored."""
    words = FORMAT_WORDS.get(share_format)
    return translate("SharesModel", words) if words else share_format


def not_recorded() -> str:
    """A share whose recipient was not written down."""
    return translate("SharesModel", "(not recorded)")


def consent_in_words(withdrawn_at: str | None) -> str:
    """"Given", or "Withdrawn" and when."""
    if withdrawn_at:
        #: {when}: when consent was withdrawn, as "Today, 21:04".
        return translate("SharesModel", "Withdrawn {when}").format(when=time_in_words(withdrawn_at))
    #: Consent to keep the copy: given (not withdrawn).
    return translate("SharesModel", "Given")


#: The roles this model answers; any other is Qt's default.
_ROLES = frozenset({SHARE_ID_ROLE, WITHDRAWN_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole})


class SharesModel(ReadOnlyTableModel[Share]):
    """Every export and bundle, oldest first, as the vault records them."""

    def __init__(self, parent: Any = None, *, labels_of: Callable[[list[str]], list[str]] | None = None) -> None:
        """``labels_of`` turns shared field ids into readable labels, in reading order."""
        super().__init__([translate("SharesModel", title) for title in COLUMN_TITLES], parent)
        self._labels_of = labels_of or (lambda field_ids: list(field_ids))
        # Each row's texts, made when the row is first asked for: the table asks for every cell's text
        # several times over as it sizes its columns to their contents (5,600 asks for a five-year vault's
        # 110 shares on first show), and a time or "what they hold" line is worked out each time otherwise.
        self._texts: dict[int, tuple[str | None, ...]] = {}

    def set_shares(self, shares: list[Share]) -> None:
        self._texts = {}
        self._replace_rows(shares)

    def shares(self) -> list[Share]:
        """The rows shown, oldest first."""
        return list(self._rows)

    def share_at(self, row: int) -> Share:
        return self._rows[row]

    def row_of(self, share_id: int) -> int:
        return self._row_where(lambda share: share.id == share_id)

    def recipients(self) -> list[str]:
        """Each recipient once, in the order they were first given something."""
        seen: dict[str, str] = {}
        for share in self._rows:
            seen.setdefault(" ".join(share.recipient.split()).casefold(), share.recipient)
        return list(seen.values())

    def what_they_hold(self, share: Share) -> str:
        return what_they_hold_line(share.format, self._labels_of(list(share.fields)) if share.fields else [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # the font, colours, alignment... asked for every cell: Qt's own
            return None
        share = self._row_of_index(index)
        if share is None:
            return None
        if role == SHARE_ID_ROLE:
            return share.id
        if role == WITHDRAWN_ROLE:
            return share.withdrawn_at is not None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == FILE:
            return f"SHA-256 {share.file_sha256}"
        texts = self._texts.get(index.row())
        if texts is None:
            texts = self._texts[index.row()] = tuple(self._text(share, column) for column in range(len(COLUMN_TITLES)))
        return texts[index.column()] if 0 <= index.column() < len(texts) else None

    def _text(self, share: Share, column: int) -> str | None:
        values = {
            WHEN: lambda: time_in_words(share.at),
            RECIPIENT: lambda: share.recipient or not_recorded(),
            PURPOSE: lambda: share.purpose,
            FORMAT: lambda: format_in_words(share.format),
            VERSION: lambda: str(share.revision),
            WHAT: lambda: self.what_they_hold(share),
            CONSENT: lambda: consent_in_words(share.withdrawn_at),
            FILE: lambda: f"{share.file_name} ({share.file_sha256[:12]}…)" if share.file_name
            else f"{share.file_sha256[:12]}…",
        }
        make = values.get(column)
        return make() if make else None
