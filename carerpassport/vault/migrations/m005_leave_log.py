"""Schema 5: the carer's leave log.

One row per request (planned, taken or postponed by the employer). ``entry`` is the JSON the domain writes
(``carers_leave.LeaveEntry.to_dict``: dates, whole or half days, status, the dependant by relationship only,
the notice date and a postponement's original dates). It is kept apart from the passport's revisions: the
log is the employee's own record and is never part of what they share.
"""

SQL = """
CREATE TABLE leave_entries (
    id        TEXT PRIMARY KEY,
    created   TEXT NOT NULL,
    updated   TEXT NOT NULL,
    entry     TEXT NOT NULL
);
"""
