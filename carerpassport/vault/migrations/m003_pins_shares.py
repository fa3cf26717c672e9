"""Schema 3: pinned certificates of other people (managers) and the record of what was shared."""

SQL = """
CREATE TABLE pins (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL,
    role         TEXT NOT NULL DEFAULT 'manager',
    fingerprint  TEXT NOT NULL,
    cert_pem     BLOB,
    age_recipient TEXT,
    pinned_at    TEXT NOT NULL,
    retired_at   TEXT,
    UNIQUE (fingerprint)
);
CREATE TABLE shares (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    purpose      TEXT NOT NULL DEFAULT '',
    format       TEXT NOT NULL,
    revision     INTEGER NOT NULL,
    fields       TEXT NOT NULL,        -- JSON list of field ids shared
    file_sha256  TEXT NOT NULL,
    file_name    TEXT NOT NULL DEFAULT '',
    withdrawn_at TEXT
);
"""
