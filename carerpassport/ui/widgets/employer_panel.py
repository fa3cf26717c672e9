"""The employer's policies, contacts and support organisations, as their template lists them.

Selectable text with the template's links as links: Tab reaches each link and Enter (or a click) asks the
system to open it, in the web browser or the e-mail program. The app itself connects to nothing, and
opens nothing until the employee activates a link. A screen reader reads each group under its name.

The template is the employer's file, so none of its text is trusted: every text is HTML-escaped before
it goes into the rich text, and only an ``https://`` or ``mailto:`` address becomes a link.
"""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from carerpassport.domain.template import Template
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import set_accessible

translate = QCoreApplication.translate


class Piece(NamedTuple):
    """One text of an item; ``link`` when the template gave it as a link (shown as one if it may open)."""

    text: str
    link: bool = False


# An item (a policy, a contact, an organisation): its parts, shown joined by " — "; a part's pieces
# are joined by ", " (a contact's e-mail, phone and link).
Item = list[list[Piece]]


def openable(link: str) -> bool:
    """Whether ``link`` may be handed to the system to open: an ``https://`` web address or a ``mailto:``.

    The schema lets no other link into an imported template, but stored and built-in templates are read
    by the domain parser alone, so the panel checks again rather than open whatever reaches it (a
    ``file:`` or ``javascript:`` address stays text).
    """
    if any(c.isspace() for c in link) or not link.startswith(("https://", "mailto:")):
        return False
    url = QUrl(link)
    return url.isValid() and (url.scheme() == "mailto" and bool(url.path())
                              or url.scheme() == "https" and bool(url.host()))


def link_hint(link: str) -> str:
    """What activating ``link`` does, for its tooltip ("" for no link)."""
    if not openable(link):
        return ""
    if link.startswith("mailto:"):
        #: The tooltip of an e-mail link (mailto:) in the employer's policies and contacts.
        return translate("EmployerPanel", "Opens your e-mail program")
    #: The tooltip of a web link (https://) in the employer's policies and contacts.
    return translate("EmployerPanel", "Opens in your web browser")


def _link_or_text(link: str, text: str = "") -> Piece:
    return Piece(link, link=True) if link else Piece(text)


def employer_items(template: Template) -> dict[str, list[Item]]:
    """The panel's groups: a heading and the items under it, each as its parts."""
    groups: dict[str, list[Item]] = {}
    if template.policies:
        groups[translate("EmployerPanel", "Policies")] = [
            [[Piece(p.name)], [Piece(p.summary)], [_link_or_text(p.link, p.document)]] for p in template.policies]
    if template.contacts:
        groups[translate("EmployerPanel", "Who to ask")] = [
            [[Piece(c.role)], [Piece(c.name)], [Piece(c.email), Piece(c.phone), _link_or_text(c.link)],
             [Piece(c.notes)]] for c in template.contacts]
    if template.support_organisations:
        groups[translate("EmployerPanel", "Support outside work")] = [
            [[Piece(o.name)], [Piece(o.what)], [_link_or_text(o.link, o.contact)]]
            for o in template.support_organisations]
    return {heading: [_without_empty(item) for item in items] for heading, items in groups.items()}


def _without_empty(item: Item) -> Item:
    return [kept for part in item if (kept := [piece for piece in part if piece.text])]


def plain_line(item: Item) -> str:
    """``item`` as one line of plain text (for a screen reader, or to compare in tests)."""
    return " — ".join(", ".join(piece.text for piece in part) for part in item)


def rich_line(item: Item) -> str:
    """``item`` as rich text: every text escaped, and each openable link an anchor showing its address.

    The anchor's text is the address itself, so what the employee sees is where it goes.
    """
    return " — ".join(", ".join(_rich(piece) for piece in part) for part in item)


def _rich(piece: Piece) -> str:
    text = html.escape(piece.text, quote=True).replace("\n", "<br>")
    if piece.link and openable(piece.text):
        return f'<a href="{html.escape(piece.text, quote=True)}">{text}</a>'
    return text


def employer_lines(template: Template) -> dict[str, list[str]]:
    """The panel's groups: a heading and one plain line per policy, contact or organisation."""
    return {heading: [plain_line(item) for item in items] for heading, items in employer_items(template).items()}


def open_link(link: str) -> None:
    """Ask the system to open ``link`` (the web browser, the e-mail program), if it is one that may open."""
    if openable(link):
        QDesktopServices.openUrl(QUrl(link))


class EmployerPanel(QWidget):
    """One heading and one selectable, wrapping block per group of :func:`employer_items`."""

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.blocks: dict[str, QLabel] = {}
        for heading, items in employer_items(template).items():
            title = QLabel(heading, self)
            set_role(title, "subheading")
            layout.addWidget(title)
            layout.addWidget(self._block(heading, items))

    def _block(self, heading: str, items: list[Item]) -> QLabel:
        # A bullet per item: an item's summary and link wrap onto several lines.
        block = QLabel("<br>".join(f"• {rich_line(item)}" for item in items), self)
        block.setTextFormat(Qt.TextFormat.RichText)
        block.setWordWrap(True)
        # Tab reaches the block, then each link in turn; Enter opens the one reached. Links are opened
        # here, not by setOpenExternalLinks, so that only an openable address ever reaches the system.
        block.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard
                                      | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        block.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        block.linkActivated.connect(open_link)
        block.linkHovered.connect(lambda link: block.setToolTip(link_hint(link)))
        set_accessible(block, heading, "\n".join(plain_line(item) for item in items))
        self.blocks[heading] = block
        return block
