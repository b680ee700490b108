"""One result for two clicks at once (issue 11, item 5).

A Python constraint that searches for a twin cannot see the row a concurrent transaction is
inserting: Odoo runs REPEATABLE READ, so both searches pass. The database decides instead: each
"one per ..." rule is also an SQL constraint declared ``DEFERRABLE INITIALLY DEFERRED`` in the
model's ``_sql_constraints`` (so Odoo maps a violation to its message, odoo/service/model.py
``_as_validation_error``). Deferred, it lets the friendly Python constraint speak first in the
ordinary case (the row is inserted before ``@api.constrains`` methods run); the Python constraint
then calls :func:`check_deferred_now`, so a violation by a concurrent transaction surfaces inside
the request, where Odoo turns it into a ValidationError, instead of at COMMIT.
"""

from odoo.tools import SQL


def check_deferred_now(records, key):
    """Check the deferred SQL constraint ``key`` of ``records``' model now (waiting for a
    concurrent transaction that holds a conflicting row), then defer it again for the rest of
    the transaction."""
    cr = records.env.cr
    conname = "%s_%s" % (records._table, key)
    # Missing when an upgrade found old rows that break it (Odoo then logs that it could not
    # add it): the Python constraint still guards the ordinary case.
    cr.execute(SQL(
        "SELECT 1 FROM pg_constraint WHERE conname = %s AND conrelid = %s::regclass",
        conname, records._table,
    ))
    if not cr.rowcount:
        return
    records.flush_model()
    cr.execute(SQL("SET CONSTRAINTS %s IMMEDIATE", SQL.identifier(conname)))
    cr.execute(SQL("SET CONSTRAINTS %s DEFERRED", SQL.identifier(conname)))
