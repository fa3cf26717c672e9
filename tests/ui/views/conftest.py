"""Fixtures the view tests share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.roles import Role
from tests.conftest import PASSPHRASE


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[PassportApp]:
    """A manager-only vault, for the held passports' page."""
    created = PassportApp.create(tmp_path / "manager", employee_name="Bob Smith", passphrase=PASSPHRASE,
                                 role=Role.MANAGER)
    yield created.app
    created.app.close()
