"""Schema 1: settings, the revision hash chain and the event log."""

SQL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE revisions (
    number        INTEGER PRIMARY KEY,
    created       TEXT NOT NULL,
    reason        TEXT NOT NULL,
    content       BLOB NOT NULL,      -- canonical JSON (RFC 8785) of the whole passport
    content_sha256 TEXT NOT NULL,
    prev_chain    TEXT NOT NULL,      -- chain hash of the previous revision ('' for the first)
    chain_sha256  TEXT NOT NULL       -- sha256(prev_chain | number | created | reason | content_sha256)
);
CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    summary     TEXT NOT NULL,
    revision    INTEGER,
    file_sha256 TEXT,
    details     TEXT NOT NULL DEFAULT '{}'
);
"""
