"""The employer panel: the template's links are links (Tab reaches each, Enter asks the system to open
it), every other text from the template is shown as written, never as markup, and only an https:// or
mailto: address ever becomes a link or reaches the system."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from carerpassport.domain.template import Template, parse_template
from carerpassport.exchange.template_file import read_template_file
from carerpassport.ui.widgets.employer_panel import EmployerPanel, link_hint, openable
from tests.ui.ui_support import OFFSCREEN_NOISE, shown, unnamed_controls
from tests.unit.exchange.test_template_file import EXAMPLES

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

NORTHBRIDGE_1 = EXAMPLES / "northbridge-building-society-v1.json"
NORTHBRIDGE_LINKS = ["https://colleaguehub.northbridge.example/policies/agile-working",
                     "https://colleaguehub.northbridge.example/policies/flexible-working",
                     "https://eap.northbridge.example", "https://www.carersuk.org", "https://carers.org"]
IMG = "<img src=file:///etc/passwd>"
ANCHOR = '<a href="file:///etc/passwd">click</a>'


def _anchors(label: QLabel) -> list[str]:
    """The addresses of the label's links, as activating each hands it on."""
    return [html.unescape(href) for href in re.findall(r'<a href="([^"]*)">', label.text())]


def _shown_text(label: QLabel) -> str:
    """What the label shows, as the rich-text engine reads its markup."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Every address handed to the system to open (no browser or mail program in tests)."""
    calls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: calls.append(QUrl(url)) or True))
    return calls


def _hostile() -> Template:
    """A template the schema would refuse, read by the domain parser alone, as stored ones are."""
    data: dict[str, Any] = json.loads(NORTHBRIDGE_1.read_bytes())
    data["policies"] = [
        {"id": "img", "name": IMG, "summary": ANCHOR, "document": "<b>HR-21</b> & <i>more</i>"},
        {"id": "js", "name": "Script", "link": "javascript:alert(1)"},
        {"id": "file", "name": "Local file", "link": "file:///etc/passwd"},
        {"id": "quote", "name": "Quoted", "link": 'https://evil.example/"><img/src="file:///etc/passwd">'},
    ]
    data["contacts"] = [{"id": "hr", "role": "<script>alert(1)</script>", "email": "a@b.example",
                         "link": "http://insecure.example"}]
    data["support_organisations"] = [{"name": "&lt;not an entity&gt;", "contact": IMG}]
    return parse_template(json.dumps(data), "hostile.json")


def test_the_example_templates_links_are_anchors_and_its_other_texts_are_not(qtbot) -> None:  # noqa: ANN001
    panel = EmployerPanel(read_template_file(NORTHBRIDGE_1).template)
    qtbot.addWidget(panel)
    anchors = [href for block in panel.blocks.values() for href in _anchors(block)]
    assert anchors == NORTHBRIDGE_LINKS
    policies = panel.blocks["Policies"]
    assert policies.textFormat() == Qt.TextFormat.RichText and policies.wordWrap()
    flags = Qt.TextInteractionFlag
    assert policies.textInteractionFlags() == (flags.LinksAccessibleByKeyboard | flags.LinksAccessibleByMouse
                                               | flags.TextSelectableByKeyboard | flags.TextSelectableByMouse)
    assert "HR Policy HR-21, on the Colleague Hub under Policies › Wellbeing" in _shown_text(policies)
    contacts = panel.blocks["Who to ask"]
    assert "hr.advice@northbridge.example, 0161 496 0000" in _shown_text(contacts)  # an address, not a link
    # the link's text is its address: what the employee sees is where it goes
    assert ('<a href="https://eap.northbridge.example">https://eap.northbridge.example</a>' in contacts.text())
    assert [(b.accessibleName(), bool(b.accessibleDescription())) for b in panel.blocks.values()] == [
        ("Policies", True), ("Who to ask", True), ("Support outside work", True)]
    assert "Agile Working Policy — Working from home, in branch or at another office. — https://colleaguehub" \
        in policies.accessibleDescription()
    assert unnamed_controls(panel, described=True) == []


def test_a_hostile_templates_markup_is_shown_as_written(qtbot) -> None:  # noqa: ANN001
    panel = EmployerPanel(_hostile())
    qtbot.addWidget(panel)
    shown_texts = {heading: _shown_text(block) for heading, block in panel.blocks.items()}
    assert f"• {IMG} — {ANCHOR} — <b>HR-21</b> & <i>more</i>" in shown_texts["Policies"]
    assert "• Script — javascript:alert(1)" in shown_texts["Policies"]
    assert "• Local file — file:///etc/passwd" in shown_texts["Policies"]
    assert "<script>alert(1)</script>" in shown_texts["Who to ask"]
    assert "http://insecure.example" in shown_texts["Who to ask"]
    assert shown_texts["Support outside work"] == f"• &lt;not an entity&gt; — {IMG}"
    markup = "".join(block.text() for block in panel.blocks.values())
    assert "<img" not in markup and "<script" not in markup and "<b>" not in markup
    # the only anchor is the https:// one, its quote escaped so it cannot end the attribute
    anchors = [href for block in panel.blocks.values() for href in _anchors(block)]
    assert anchors == ['https://evil.example/"><img/src="file:///etc/passwd">']
    assert shown_texts["Policies"].count("<img") == 2  # the name and the quoted address, both as text


@pytest.mark.parametrize(("link", "expected"), [
    ("https://carers.org", True), ("mailto:hr@northbridge.example", True),
    ("http://carers.org", False), ("javascript:alert(1)", False), ("file:///etc/passwd", False),
    ("HTTPS://carers.org", False), ("https://", False), ("mailto:", False), ("https://carers.org/a b", False),
    ("data:text/html,<b>x</b>", False), ("", False),
])
def test_only_https_and_mailto_addresses_may_open(link: str, expected: bool) -> None:
    assert openable(link) is expected


def test_a_link_says_what_opening_it_does() -> None:
    assert link_hint("https://carers.org") == "Opens in your web browser"
    assert link_hint("mailto:hr@northbridge.example") == "Opens your e-mail program"
    assert link_hint("file:///etc/passwd") == link_hint("") == ""


def test_hovering_a_link_shows_what_it_does(qtbot) -> None:  # noqa: ANN001
    panel = EmployerPanel(read_template_file(NORTHBRIDGE_1).template)
    qtbot.addWidget(panel)
    block = panel.blocks["Support outside work"]
    block.linkHovered.emit("https://www.carersuk.org")
    assert block.toolTip() == "Opens in your web browser"
    block.linkHovered.emit("")
    assert block.toolTip() == ""


def test_tab_reaches_each_link_and_enter_asks_the_system_to_open_it(qtbot, opened: list[QUrl]) -> None:  # noqa: ANN001
    window = QWidget()
    layout = QVBoxLayout(window)
    before = QLineEdit(window)  # made in this order, which is the order Tab follows
    panel = EmployerPanel(read_template_file(NORTHBRIDGE_1).template, window)
    after = QLineEdit(window)
    for widget in (before, panel, after):
        layout.addWidget(widget)
    shown(qtbot, window, (700, 600), active=True)
    before.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[str] = []
    for _ in range(20):  # bounded: three groups, five links
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is after:
            break
        assert isinstance(focused, QLabel) and focused in panel.blocks.values()
        if focused.selectedText():  # a link reached: its text is selected
            reached.append(focused.selectedText())
            qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert reached == NORTHBRIDGE_LINKS
    assert opened == [QUrl(link) for link in NORTHBRIDGE_LINKS]
    assert QApplication.focusWidget() is after


def test_a_mailto_link_opens_and_an_address_that_may_not_open_never_reaches_the_system(
        qtbot, opened: list[QUrl]) -> None:  # noqa: ANN001
    data: dict[str, Any] = json.loads(NORTHBRIDGE_1.read_bytes())
    data["contacts"][0]["link"] = "mailto:hr.advice@northbridge.example?subject=Carer%27s%20passport&x=1"
    panel = EmployerPanel(parse_template(json.dumps(data), "mailto.json"))
    qtbot.addWidget(panel)
    contacts = panel.blocks["Who to ask"]
    first = _anchors(contacts)[0]
    assert first == data["contacts"][0]["link"]  # the & escaped in the markup, unescaped when activated
    contacts.linkActivated.emit(first)
    for link in ("file:///etc/passwd", "javascript:alert(1)", "http://carers.org"):
        contacts.linkActivated.emit(link)
    assert opened == [QUrl(first)]
