"""The help shown beside a question: what to think about, why it helps, and a privacy reminder."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from carerpassport.domain.template import Guidance

translate = QCoreApplication.translate


class GuidancePanel(QFrame):
    """Read-only guidance for one question, taken from the template (nothing here is typed by the user)."""

    def __init__(self, guidance: Guidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#guidancePanel { background: palette(alternate-base); border: 0px; "
                           "border-left: 3px solid palette(highlight); border-radius: 0px; }"
                           "QFrame#guidancePanel QLabel { background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(6)
        self.think_label = self._label(layout, _think_about_html(guidance.think_about))
        #: {why} is the employer's guidance: why answering the question helps.
        self.why_label = self._label(layout, translate("GuidancePanel", "<b>Why it helps:</b> {why}").format(
            why=escape(guidance.why)) if guidance.why else "")
        #: {privacy} is the employer's guidance: what to keep out of the answer.
        self.privacy_label = self._label(layout, translate("GuidancePanel", "<b>Keep it private:</b> {privacy}").format(
            privacy=escape(guidance.privacy)) if guidance.privacy else "")
        layout.addStretch(1)
        self.setAccessibleName(translate("GuidancePanel", "Guidance"))
        self.setAccessibleDescription(self.plain_text())

    def _label(self, layout: QVBoxLayout, html: str) -> QLabel:
        label = QLabel(html, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setVisible(bool(html))
        layout.addWidget(label)
        return label

    def is_empty(self) -> bool:
        """True when the template gives no guidance for this question."""
        return not any(lbl.text() for lbl in (self.think_label, self.why_label, self.privacy_label))

    def plain_text(self) -> str:
        """The guidance as one plain sentence list, for screen readers (the answer box's description)."""
        parts = [lbl.text() for lbl in (self.think_label, self.why_label, self.privacy_label) if lbl.text()]
        return " ".join(QTextDocumentFragment.fromHtml(h).toPlainText() for h in parts)


def _think_about_html(points: tuple[str, ...]) -> str:
    if not points:
        return ""
    items = "".join(f"<li>{escape(p)}</li>" for p in points)
    #: {points} is the employer's list of things to think about (kept as it is, markup and all).
    return translate("GuidancePanel", "<b>Think about:</b>{points}").format(
        points=f"<ul style='margin-left:-20px; margin-top:2px'>{items}</ul>")
