"""Schema 8: a revision's content and a stored file's bytes in tables of their own, so that listing
versions or stored files never reads them.

SQLite keeps a row's columns in order, and a large value spills onto a chain of overflow pages that must
be followed (in SQLCipher: read and decrypted) to reach any column after it. ``revisions.content`` comes
before the hashes and the label, and ``attachments.data`` before ``details``: listing the ~2,000 versions
of a five-year vault read all ~40 MB of their content (110 ms), and listing a manager's 500 kept passports
read all ~50 MB of their PDFs (~150 ms), to show one line each. The content moves to
``revision_content`` and the bytes to ``attachment_data``; the old columns stay (a column cannot be
dropped in place) but hold empty blobs. A trigger deletes a file's bytes with its row, so deleting a
stored copy leaves nothing of it behind. A column added to either table later goes after the empty
blob, where it costs nothing to reach.
"""

SQL = """
CREATE TABLE revision_content (
    number  INTEGER PRIMARY KEY REFERENCES revisions(number),
    content BLOB NOT NULL
);
INSERT INTO revision_content(number, content) SELECT number, content FROM revisions;
UPDATE revisions SET content = x'';
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
