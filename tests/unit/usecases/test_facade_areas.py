"""The facade by composition: each area is a separate object, built with the context and the areas it
calls; no area inherits another or calls another's private methods; every use case is reached through
its area on the app."""

from __future__ import annotations

import ast
import datetime as dt
import inspect
from pathlib import Path

from carerpassport.app import PassportApp
from carerpassport.usecases.context import Area

USECASES = Path(__file__).resolve().parents[3] / "carerpassport" / "usecases"
AREAS = ("editing", "keys", "integrity", "pdfs", "countersigning", "contacts", "bundles", "backups", "reviews",
         "shares",
         "leave",
         "agreement",
         "flexible",
         "received",
         "templates",
         )
LIFECYCLE = {"create", "open", "exists", "restore", "close", "repo", "data_dir", "today", "template", "identity",
             "events", "notice", "vault", "keyring", "clock", "context", *AREAS}


def area_classes() -> list[type[Area]]:
    return sorted({cls for cls in _all_subclasses(Area)}, key=lambda c: c.__name__)


def _all_subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_all_subclasses(direct))]


def test_no_area_inherits_another() -> None:
    import carerpassport.app  # noqa: F401  (imports every area)

    assert {cls.__name__ for cls in area_classes()} >= {"Editing", "Keys", "Integrity", "Pdfs", "Countersigning",
                                                        "Contacts", "Bundles", "Backups", "Reviews", "Shares"}
    for cls in area_classes():
        assert cls.__bases__ == (Area,), f"{cls.__name__} inherits {cls.__bases__}"


def test_areas_call_no_other_areas_private_methods() -> None:
    """``self.pdfs._signed_pdf(...)`` would tie one area to another's insides; only public methods."""
    offenders = []
    for path in USECASES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and isinstance(node.value, ast.Attribute) and isinstance(node.value.value, ast.Name)
                    and node.value.value.id == "self" and node.value.attr in AREAS):
                offenders.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    assert offenders == []


def test_the_app_holds_one_object_per_area_and_no_use_case_of_its_own(app: PassportApp) -> None:
    public = {name for name, _ in inspect.getmembers(type(app)) if not name.startswith("_")}
    public |= {name for name in vars(app) if not name.startswith("_")}
    assert public == LIFECYCLE
    for name in AREAS:
        assert isinstance(getattr(app, name), Area) and getattr(app, name).ctx is app.context
    # The areas share one editing object, so what one saves the next reads.
    assert app.pdfs.editing is app.editing and app.bundles.pdfs is app.pdfs and app.shares.pdfs is app.pdfs
    assert app.bundles.contacts is app.contacts and app.bundles.countersigning is app.countersigning


def test_a_clock_pinned_on_the_app_is_the_clock_of_every_area(app: PassportApp) -> None:
    app.clock = lambda: dt.datetime(2024, 2, 29, 12, 0, tzinfo=dt.UTC)
    assert {getattr(app, name).today() for name in AREAS} == {dt.date(2024, 2, 29)}
    review = app.reviews.start_review()
    assert review.started_on == dt.date(2024, 2, 29)
    app.editing.add_action("Start at 10:00 on Tuesdays", status="agreed")
    assert app.editing.passport().actions[-1].agreed_on == dt.date(2024, 2, 29)


def test_one_area_sees_what_another_saved(app: PassportApp) -> None:
    assert "caring.responsibilities" not in dict(app.shares.shareable_fields())
    app.editing.set_answer("caring.responsibilities", "I care for my mum.", shared=True)
    assert "caring.responsibilities" in dict(app.shares.shareable_fields())
    assert app.pdfs.private_fields_chosen(["caring.responsibilities"], include_private=False) == []
