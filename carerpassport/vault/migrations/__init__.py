"""Numbered schema migrations. Each runs in one transaction; ``PRAGMA user_version`` holds the number.

Add a migration by writing ``mNNN_name.py`` with a ``SQL`` string and appending it to ``MIGRATIONS``.
Never edit a released migration: old vaults in ``tests/data/`` are opened and upgraded by the tests.
"""

from carerpassport.vault.migrations import (
    m001_initial,
    m002_identity_attachments,
    m003_pins_shares,
    m004_revision_labels,
    m005_leave_log,
    m006_flexible_requests,
    m008_content_tables,
    m011_templates,
)

MIGRATIONS: list[str] = [m001_initial.SQL, m002_identity_attachments.SQL, m003_pins_shares.SQL,
                         m004_revision_labels.SQL,
                         m005_leave_log.SQL, m006_flexible_requests.SQL, m008_content_tables.SQL,
                         m011_templates.SQL]
SCHEMA_VERSION = len(MIGRATIONS)
