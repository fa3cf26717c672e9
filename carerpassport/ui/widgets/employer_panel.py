"""The employer's policies, contacts and support organisations, as their template lists them.

Plain selectable text: a link is shown for the employee to copy or open themselves (the app opens no
connection), and a screen reader reads each group under its name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carerpassport.domain.template import Template
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import set_accessible

translate = QCoreApplication.translate


def employer_lines(template: Template) -> dict[str, list[str]]:
    """The panel's groups: a heading and one line per policy, contact or organisation."""
    groups: dict[str, list[str]] = {}
    if template.policies:
        groups[translate("EmployerPanel", "Policies")] = [
            " — ".join(filter(None, [p.name, p.summary, p.where()])) for p in template.policies]
    if template.contacts:
        groups[translate("EmployerPanel", "Who to ask")] = [
            " — ".join(filter(None, [c.role, c.name, c.how(), c.notes])) for c in template.contacts]
    if template.support_organisations:
        groups[translate("EmployerPanel", "Support outside work")] = [
            " — ".join(filter(None, [o.name, o.what, o.link or o.contact])) for o in template.support_organisations]
    return groups


class EmployerPanel(QWidget):
    """One heading and one selectable, wrapping block of lines per group of :func:`employer_lines`."""

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.blocks: dict[str, QLabel] = {}
        for heading, lines in employer_lines(template).items():
            title = QLabel(heading, self)
            set_role(title, "subheading")
            layout.addWidget(title)
            # A bullet per item: an item's summary and link wrap onto several lines.
            block = QLabel("\n".join(f"• {line}" for line in lines), self)
            block.setWordWrap(True)
            block.setTextFormat(Qt.TextFormat.PlainText)
            block.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            block.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            set_accessible(block, heading, "\n".join(lines))
            layout.addWidget(block)
            self.blocks[heading] = block
