from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.tools import SQL
from psycopg2 import errors as pg_errors

from ..rules import workflow
from ..rules.errors import RuleError


class AsnWorkflowMixin(models.AbstractModel):
    """The one workflow engine of every ASN document (issue 11).

    A model configures it with class attributes, the way OCA's ``base_tier_validation``
    configures its mixin:

    - ``_asn_workflow``: its :class:`rules.workflow.Spec` (initial state, engine-only fields,
      content that freezes after which state, states that may be deleted);
    - ``_asn_activity_type``: the xml id of the activity given to whoever must act next;
    - ``_asn_create_forbidden``: fields a user's create may not set beyond the engine fields.

    The engine owns, once for all of them: a user's ``create()`` (starts in the initial state,
    engine fields refused, then :meth:`_asn_check_created` for "a record in another person's
    name"), ``write()`` (engine fields and frozen content refused, then :meth:`_asn_check_write`),
    ``copy()`` (engine fields dropped, initial state), ``unlink()``; the gate :meth:`_asn_do` of
    every button: row lock (``FOR UPDATE NOWAIT``), the model's decision from rules/
    (:meth:`_asn_decide`), the engine's write as superuser, the chatter line, the model's
    follow-up (:meth:`_asn_after_step`) and the activities (:meth:`_asn_todo`); and
    ``allowed_actions``, the actions the current user may take (:meth:`_asn_user_actions`), which
    the views use to show only the buttons a user can press.

    "The engine" is the superuser: a user reaches a state only through a button, whose decision
    the rules took; RPC cannot ask for superuser rights.
    """

    _name = "asn.workflow.mixin"
    _inherit = ["asn.access.mixin"]
    _description = "Sistem Kerja ASN: workflow engine"

    _asn_workflow = None
    _asn_activity_type = None
    _asn_create_forbidden = frozenset()

    allowed_actions = fields.Char(
        compute="_compute_allowed_actions",
        help="The workflow actions the current user may take now, as ',action,action,'.",
    )

    # -- what the user may do ----------------------------------------------------------------

    @api.depends_context("uid")
    @api.depends(lambda self: self._asn_action_depends())
    def _compute_allowed_actions(self):
        for rec in self:
            actions = rec._asn_user_actions() if rec.id else []
            rec.allowed_actions = "," + ",".join(actions) + ","

    @api.model
    def _asn_action_depends(self):
        state = self._asn_workflow and self._asn_workflow.state_field
        return [state] if state and state in self._fields and self._fields[state].store else []

    def _asn_user_actions(self):
        """The actions the current user may take on this record now (a list of names)."""
        return []

    def _asn_state(self):
        """The state the spec's freezing and deleting rules read (the record's own, or a
        parent's: a recommendation follows its performance record)."""
        self.ensure_one()
        path = self._asn_workflow.state_field
        if not path:
            return None
        if "." not in path:
            return self[path]
        head, rest = path.split(".", 1)
        # Only the state is fetched: a sudo read fills the cache with every field it fetches.
        parent = self.sudo().with_context(prefetch_fields=False)[head]
        return parent[rest] if parent else None

    def _asn_editable(self, names):
        """{field: states} in which the model lets a frozen field of ``names`` change on this
        record."""
        return {}

    # -- errors ----------------------------------------------------------------------------------

    def _asn_labels(self, names):
        return ", ".join(
            self._fields[n]._description_string(self.env) if n in self._fields else n
            for n in names
        )

    def _asn_state_label(self, state):
        path = self._asn_workflow.state_field
        if path and "." not in path and path in self._fields:
            field = self._fields[path]
            if field.type == "selection":
                return dict(field._description_selection(self.env)).get(state, state)
        return state

    def _asn_raise(self, err, exc=UserError):
        """A rule's refusal as a user error in the user's language (field and state labels)."""
        params = dict(err.params)
        if isinstance(params.get("fields"), list | tuple | set | frozenset):
            params["fields"] = self._asn_labels(params["fields"])
        if err.code in ("frozen", "unlink_state") and "state" in params:
            params["state"] = self._asn_state_label(params["state"])
        raise exc(RuleError(err.code, err.template, **params).render(self.env._)) from err

    # -- ORM: create, write, copy, unlink ----------------------------------------------------------

    @api.model_create_multi
    def create(self, vals_list):
        spec = self._asn_workflow
        if not self.env.su:
            # The spec's engine fields, the model's forbidden ones and every other stored
            # read-only field (a predikat, a load, the participants).
            forbidden = set(self._asn_create_forbidden) | self._asn_locked_fields()
            for vals in vals_list:
                names = set(vals) & (spec.engine_fields | forbidden)
                defaults = self.default_get(list(names)) if names else {}
                try:
                    workflow.check_create(spec, vals, defaults, forbidden)
                except RuleError as err:
                    self._asn_raise(err)
            self._asn_check_create(vals_list)
        self._asn_prepare_create(vals_list)
        records = super().create(vals_list)
        if not self.env.su:
            records._asn_check_created()
        records._asn_after_create()
        records._asn_activity_update()
        return records

    def write(self, vals):
        if not self.env.su and vals:
            self._asn_check_write(vals)  # who: the model's roles first, the clearer refusal
            spec = self._asn_workflow
            for rec in self:
                try:
                    workflow.check_write(spec, rec._asn_state(), set(vals),
                                         rec._asn_editable(set(vals)))
                except RuleError as err:
                    rec._asn_raise(err)
        return super().write(vals)

    def copy_data(self, default=None):
        vals_list = super().copy_data(default)
        if self.env.su:
            return vals_list
        return [workflow.copy_reset(self._asn_workflow, vals) for vals in vals_list]

    def unlink(self):
        if not self.env.su:
            for rec in self:
                try:
                    workflow.check_unlink(rec._asn_workflow, rec._asn_state())
                except RuleError as err:
                    rec._asn_raise(err)
        return super().unlink()

    # Hooks of the ORM side (a model overrides what is its own).
    def _asn_check_create(self, vals_list):
        """Before a user's create: refuse values only the engine may give."""

    def _asn_prepare_create(self, vals_list):
        """Before any create (user or engine): references, defaults that need the values."""

    def _asn_check_created(self):
        """After a user's create: refuse a record in another person's name (the roles need the
        record)."""

    def _asn_after_create(self):
        """After any create: chatter lines and the like."""

    def _asn_check_write(self, vals):
        """After the spec's checks of a user's write: the model's own (who edits what)."""

    # -- the gate ----------------------------------------------------------------------------------

    def _asn_lock(self):
        """Lock the rows for this step; a second click while the first runs is refused with a
        clear message instead of queueing (or deciding twice)."""
        if not self.ids:
            return
        busy = False
        try:
            with self.env.cr.savepoint(flush=False):
                self.env.cr.execute(SQL(
                    "SELECT id FROM %s WHERE id IN %s FOR UPDATE NOWAIT",
                    SQL.identifier(self._table), tuple(self.ids),
                ))
        except pg_errors.LockNotAvailable:
            busy = True
        if busy:
            self._asn_raise(workflow.busy_error())
        # Whatever was read before the lock may have changed: read it again.
        self.invalidate_recordset()

    def _asn_do(self, action, **kwargs):
        """The one gate of every button: lock, ask the model's rules, write as the engine,
        post to the chatter, follow up, hand the activity on."""
        self.ensure_one()
        self._asn_lock()
        before = self._asn_state() if self._asn_workflow.state_field else None
        try:
            vals, message = self._asn_decide(action, **kwargs)
        except RuleError as err:
            self._asn_raise(err)
        if vals:
            self.sudo().write(vals)
        if message:
            self._asn_post(message)
        self._asn_after_step(action, before, **kwargs)
        self._asn_activity_update()
        return True

    def _asn_decide(self, action, **kwargs):
        """(engine values to write, chatter line) for ``action`` by the current user, or a
        RuleError / UserError. The model asks its rules/ module here."""
        raise NotImplementedError

    def _asn_after_step(self, action, before, **kwargs):
        """After the engine wrote a step (letters, member assignments, check-ins...)."""

    def _asn_post(self, body):
        """A chatter line for the step, in the user's name, posted by the system: a step of a
        cross-agency flow is taken by a user of the other government, and a user without an
        e-mail address still acts."""
        self.sudo().message_post(
            body=body, author_id=self.env.user.partner_id.id, subtype_xmlid="mail.mt_note",
        )

    def _asn_step_message(self, label, reason=None):
        # The rules' labels are marked for translation in rules/: named in the user's language.
        body = self.env._("%(action)s by %(user)s.", action=self.env._(label),
                          user=self.env.user.name)
        if reason:
            body += " " + self.env._("Reason: %(reason)s", reason=reason)
        return body

    # -- activities --------------------------------------------------------------------------------

    def _asn_todo(self):
        """[(res.users, summary, deadline or None, note or None)]: whoever must act next."""
        return []

    def _asn_activity_update(self):
        """Close the open activities of the engine's type and give one to each user who must act
        next (:meth:`_asn_todo`)."""
        if not self._asn_activity_type:
            return True
        act_type = self.env.ref(self._asn_activity_type)
        for rec in self:
            todo = [t for t in rec._asn_todo() if t[0]]
            wanted = {(user.id, summary) for user, summary, *_rest in todo}
            current = rec.sudo().activity_ids.filtered(lambda a: a.activity_type_id == act_type)
            keep = current.filtered(lambda a, w=wanted: (a.user_id.id, a.summary) in w)
            (current - keep).action_feedback(feedback=self.env._("Done"))
            kept = {(a.user_id.id, a.summary) for a in keep}
            for user, summary, deadline, note in todo:
                if (user.id, summary) in kept:
                    continue
                extra = {"date_deadline": deadline} if deadline else {}
                rec.sudo().activity_schedule(
                    self._asn_activity_type, user_id=user.id, summary=summary,
                    note=note or "", **extra,
                )
        return True
