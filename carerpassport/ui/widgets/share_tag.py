"""A small "Shared" / "Private" tag next to an answer's question, so nobody has to guess what a manager sees.

The meaning is carried by the words, not the colour alone (WCAG 1.4.1). Colours come from the current
palette (``palette(highlight)`` and friends), so every theme keeps the contrast the theme guarantees.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

#: The tag's words, marked here and translated where shown: ``translate("ShareTag", SHARED_TEXT)``.
SHARED_TEXT = QT_TRANSLATE_NOOP("ShareTag", "Shared on export")
PRIVATE_TEXT = QT_TRANSLATE_NOOP("ShareTag", "Private – only you")


def shared_text() -> str:
    """The tag's "Shared on export", in the reader's language (other pages name it in their hints)."""
    return translate("ShareTag", SHARED_TEXT)

_SHARED_STYLE = ("QLabel { background: palette(highlight); color: palette(highlighted-text); "
                 "border: 1px solid palette(highlight); border-radius: 9px; padding: 1px 9px; font-weight: 600; }")
_PRIVATE_STYLE = ("QLabel { background: palette(window); color: palette(window-text); "
                  "border: 1px dashed palette(mid); border-radius: 9px; padding: 1px 9px; }")


class ShareTag(QLabel):
    """Shows whether one answer will be part of what the manager receives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._shared: bool | None = None
        self.set_shared(False)

    @property
    def shared(self) -> bool:
        """True when the tag says the answer is shared."""
        return bool(self._shared)

    def set_shared(self, shared: bool) -> None:
        """Switch between the two looks (and words)."""
        if shared == self._shared:
            return
        self._shared = shared
        self.setText(translate("ShareTag", SHARED_TEXT if shared else PRIVATE_TEXT))
        self.setStyleSheet(_SHARED_STYLE if shared else _PRIVATE_STYLE)
        self.setToolTip(translate("ShareTag", "This answer will be in the PDF or bundle you export for your manager. "
                                  "Nothing is sent until you export.") if shared
                        else translate("ShareTag", "Only you can see this answer. It is not in anything you export."))
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.toolTip())
