"""Schema 4: each version's label in words ("Changed: How caring affects your work; added an action").

The label is worked out from the content when the version is saved, so it is not part of the hash chain
(the content it describes is). Versions saved before schema 4 have an empty label and are shown by their
reason ("Edited").
"""

SQL = """
ALTER TABLE revisions ADD COLUMN label TEXT NOT NULL DEFAULT '';
"""
