"""Schema 2: the vault's own identity (signing certificate, age key) and stored files."""

SQL = """
CREATE TABLE identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    created     TEXT NOT NULL,
    name        TEXT NOT NULL,
    cert_pem    BLOB NOT NULL,
    key_pem     BLOB NOT NULL,
    age_secret  TEXT NOT NULL
);
CREATE TABLE attachments (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    created   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    name      TEXT NOT NULL,
    revision  INTEGER REFERENCES revisions(number),
    sha256    TEXT NOT NULL,
    data      BLOB NOT NULL,
    details   TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX attachments_kind ON attachments(kind);
"""
