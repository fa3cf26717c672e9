"""Schema 8: a stored file's bytes in a table of their own, so listing stored files never reads them.

SQLite keeps a row's columns in order, and a large blob spills onto a chain of overflow pages that must
be followed (in SQLCipher: read and decrypted) to reach any column after it. ``attachments.details``
comes after ``data``, so listing a manager's 500 kept passports read all ~50 MB of their PDFs (~150 ms)
to show one line each. The bytes move to ``attachment_data``; ``attachments.data`` stays (a column
cannot be dropped in place) but holds an empty blob. A trigger deletes a file's bytes with its row, so
deleting a stored copy leaves nothing of it behind.
"""

SQL = """
CREATE TABLE attachment_data (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id),
    data          BLOB NOT NULL
);
INSERT INTO attachment_data(attachment_id, data) SELECT id, data FROM attachments;
UPDATE attachments SET data = x'';
CREATE TRIGGER attachments_delete_data AFTER DELETE ON attachments
BEGIN
    DELETE FROM attachment_data WHERE attachment_id = old.id;
END;
"""
