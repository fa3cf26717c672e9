"""Command-line commands: bundle (not yet written)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add this area's commands to the ``carerpassport`` parser."""
