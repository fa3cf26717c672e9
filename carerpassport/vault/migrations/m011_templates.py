"""Schema (templates): every employer template the employee imported, each version kept as its exact bytes.

The passport points at the template it is written on by id and version (``template`` in its JSON); the
meta key ``template.current`` says which stored version the app shows. Older versions stay, so that an
answer to a question a newer version dropped is still shown under the label it was asked with ("no
longer on your employer's form"). A vault with no row here uses the built-in default template.
"""

SQL = """
CREATE TABLE templates (
    id        TEXT NOT NULL,
    version   INTEGER NOT NULL,
    imported  TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content   BLOB NOT NULL,
    PRIMARY KEY (id, version)
);
"""
