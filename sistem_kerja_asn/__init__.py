from odoo.tools import SQL

from . import controllers
from . import models


def post_init_hook(env):
    """Resolve the kedudukan of the employees that existed before the addon (R2-R9)."""
    for company in env["res.company"].search([]):
        env["hr.employee"]._kedudukan_recompute_company(company)


def uninstall_hook(env):
    """Empty the addon's own tables before Odoo removes its data (demo employees, activity types,
    calendars): Odoo deletes those records one by one and logs an ERROR for each one a document
    still references (an assignment's employee is ``ondelete="restrict"``); the tables are dropped
    right after, so their rows are lost anyway. Plain SQL: the documents' own unlink refuses to
    delete issued letters."""
    cr = env.cr
    own = [
        model for model in env.registry.values()
        if model._original_module == "sistem_kerja_asn" and model._auto and not model._abstract
    ]
    names = [model._name for model in own]
    tables = {model._table for model in own}
    # The to-dos of the documents and of the addon's activity types (the types are deleted next;
    # an activity holds its type with ondelete="restrict").
    types = env["ir.model.data"].search([
        ("module", "=", "sistem_kerja_asn"), ("model", "=", "mail.activity.type"),
    ]).mapped("res_id")
    cr.execute("DELETE FROM mail_activity WHERE res_model = ANY(%s) OR activity_type_id = ANY(%s)",
               [names, types])
    relations = env["ir.model.relation"].search([("module.name", "=", "sistem_kerja_asn")])
    tables |= set(relations.mapped("name"))
    cr.execute("SELECT relname FROM pg_class WHERE relkind = 'r' AND relname = ANY(%s)",
               [list(tables)])
    tables = {row[0] for row in cr.fetchall()}
    # A reference from another table (a field of an addon that depends on this one, removed with
    # it) would stop the TRUNCATE: its foreign key goes first.
    cr.execute("""
        SELECT c.conrelid::regclass::text, c.conname
          FROM pg_constraint c
         WHERE c.contype = 'f' AND c.confrelid::regclass::text = ANY(%s)
           AND NOT c.conrelid::regclass::text = ANY(%s)
    """, [list(tables), list(tables)])
    for table, constraint in cr.fetchall():
        cr.execute(SQL("ALTER TABLE %s DROP CONSTRAINT %s",
                       SQL.identifier(table), SQL.identifier(constraint)))
    if tables:  # one statement: the references between the addon's tables need no order
        cr.execute(SQL("TRUNCATE %s", SQL(", ").join(SQL.identifier(t) for t in sorted(tables))))
    # The external ids of the documents just removed (demo data): nothing left for Odoo to delete.
    cr.execute("DELETE FROM ir_model_data WHERE module = 'sistem_kerja_asn' AND model = ANY(%s)",
               [names])
    env.invalidate_all()
