from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import penugasan as flows
from ..rules import review
from ..rules.errors import RuleError


class AsnPenugasan(models.Model):
    """Issue 14: the activity says what to do, and the assignee writes his report from the
    assignment."""

    _inherit = "asn.penugasan"

    asn_can_report = fields.Boolean(
        compute="_compute_asn_can_report",
        help="The current user is the employee of this active assignment: he reports on it "
        "(R31).",
    )

    asn_can_request_report = fields.Boolean(
        compute="_compute_asn_can_report",
        help="The current user leads the work of this active assignment: he may ask for a "
        "report (R31).",
    )

    @api.depends_context("uid")
    @api.depends("state", "employee_id")
    def _compute_asn_can_report(self):
        mine = self.env.user._asn_employees()
        for rec in self:
            active = bool(rec.id and rec.is_active_assignment)
            rec.asn_can_report = active and rec.sudo().employee_id in mine
            cross = rec.scope != flows.DALAM_UNIT
            rec.asn_can_request_report = active and any(
                review.may_request_report(role, rec.form, cross_unit=cross)
                for role in rec._user_roles())

    def action_create_report(self):
        """R31: a new report on this assignment, in the employee's own name."""
        self.ensure_one()
        if not self.asn_can_report:
            raise UserError(self.env._("You report only on your own active assignments (R31)."))
        me = self.sudo().employee_id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("New Report"),
            "res_model": "asn.laporan",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": {
                "default_penugasan_id": self.id,
                "default_submitter_id": me.id,
                "default_name": self.env._("Report on %(assignment)s", assignment=self.name),
            },
        }

    def _asn_todo_instruction(self):
        """What the actor of the current step must do, as an instruction (not a state name)."""
        try:
            step = flows.step_at(self.scope, self.method, self.state, self._options())
        except RuleError:
            return None
        if not step or not step.actions:
            return None
        action = next(iter(step.actions))
        _ = self.env._
        if action == flows.ACKNOWLEDGE:
            if self.state == flows.PPK_NOTICE:
                return _("Take note of the request")
            return _("Acknowledge receipt of the assignment letter")
        return {
            flows.SEND: _("Send the assignment request"),
            flows.APPROVE: _("Decide the request"),
            flows.RECOMMEND: _("Give your recommendation"),
            flows.PROPOSE_NAMES: _("Propose the list of names"),
            flows.FORWARD: _("Forward the request"),
            flows.ISSUE_LETTER: _("Issue the assignment letter"),
        }.get(action)

    def _asn_todo(self):
        todo = super()._asn_todo()
        instruction = todo and self._asn_todo_instruction()
        if not instruction:
            return todo
        return [(user, instruction, deadline, note) for user, _label, deadline, note in todo]
