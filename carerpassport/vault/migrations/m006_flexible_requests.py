"""Schema 6: statutory flexible-working requests, one row each (drafts and what happened to them).

The request is stored as JSON in ``content`` (see :class:`carerpassport.domain.flexible_working.FlexibleRequest`):
inside the encrypted vault, like the passport, and never in the event log, which only names the request's id.
"""

SQL = """
CREATE TABLE flexible_requests (
    id       TEXT PRIMARY KEY,
    created  TEXT NOT NULL,
    updated  TEXT NOT NULL,
    content  TEXT NOT NULL
);
"""
