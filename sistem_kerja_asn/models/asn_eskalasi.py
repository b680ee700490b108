from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import penugasan as flows
from ..rules import review
from ..rules.errors import RuleError


class AsnEskalasi(models.Model):
    """R33: a team raises a problem, with alternative recommendations, to the PUO of the unit
    that owns the work and, for cross-unit matters, to each member's own PUO; tracked until
    answered."""

    _name = "asn.eskalasi"
    _description = "Raised Problem"
    _inherit = ["mail.thread", "mail.activity.mixin", "asn.access.mixin"]
    _order = "create_date desc, id desc"

    name = fields.Char(string="Problem", required=True, tracking=True)
    tim_kerja_id = fields.Many2one(
        "asn.tim.kerja", string="Team", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="tim_kerja_id.company_id", store=True, index=True)
    description = fields.Text(required=True)
    alternatives = fields.Text(
        string="Alternative Recommendations", required=True,
        help="R33: the team's alternative recommendations, one per line.",
    )
    cross_unit = fields.Boolean(
        string="Concerns Other Units",
        help="R33: also raised to the own PUO of each member from another unit.",
    )
    recipient_ids = fields.Many2many(
        "hr.employee", string="Raised To", compute="_compute_recipients", store=True
    )
    participant_user_ids = fields.Many2many(
        "res.users", "asn_eskalasi_participant_rel", "eskalasi_id", "user_id",
        compute="_compute_recipients", store=True, string="Participants",
    )
    state = fields.Selection(
        review.ESCALATION_STATES, default=review.RAISED, required=True, readonly=True,
        tracking=True, index=True,
    )
    answer = fields.Text(readonly=True, tracking=True)
    answered_by_id = fields.Many2one("hr.employee", readonly=True)

    @api.depends("tim_kerja_id.member_ids.employee_id", "tim_kerja_id.owning_unit_id",
                 "cross_unit", "create_uid")
    def _compute_recipients(self):
        for rec in self:
            team = rec.tim_kerja_id.sudo()
            owner_puo = team.owning_unit_id._asn_head()
            member_puos = [m.employee_id.pimpinan_unit_id.id for m in team.member_ids
                           if m.employee_id.pimpinan_unit_id]
            try:
                ids = review.escalation_targets(owner_puo.id, member_puos, rec.cross_unit)
            except RuleError:
                ids = []
            recipients = self.env["hr.employee"].sudo().browse(ids)
            rec.recipient_ids = recipients
            rec.participant_user_ids = (
                recipients.user_id | team.participant_user_ids | rec.create_uid
            )

    @api.constrains("name", "alternatives")
    def _check_alternatives(self):
        for rec in self:
            try:
                review.check_escalation(rec.description or rec.name, rec.alternatives)  # R33
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    def _user_roles(self):
        mine = self.env.user._asn_employees()
        team = self.tim_kerja_id.sudo()
        roles = set()
        if team.owning_unit_id._asn_head() & mine:
            roles.add(flows.PUO_OWNER)
        if self.recipient_ids & mine:
            roles.add(flows.PUO_EMPLOYEE)
        if team.ketua_id & mine:
            roles.add("ketua")
        return roles

    def _act(self, action, answer=None):
        self.ensure_one()
        if not review.escalation_may_act(self.state, action, self._user_roles()):
            raise UserError(self.env._("You cannot do this on the raised problem now."))
        try:
            new_state = review.escalation_transition(self.state, action, answer=answer)
        except RuleError as err:
            raise UserError(err.render(self.env._)) from err
        vals = {"state": new_state}
        if answer:
            vals.update(answer=answer, answered_by_id=self.env.user._asn_employees()[:1].id)
        self.sudo().write(vals)
        self.activity_ids.sudo().action_feedback(feedback=answer or "")
        return True

    def action_answer(self, answer=None):
        return self._act(review.ANSWER, answer=answer)

    def action_close(self):
        return self._act(review.CLOSE)

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        for rec in records:
            for user in rec.recipient_ids.user_id:
                rec.sudo().activity_schedule(
                    "mail.mail_activity_data_todo", user_id=user.id,
                    summary=self.env._("Answer the problem raised by the team %(team)s",
                                       team=rec.tim_kerja_id.name),
                )
        return records
