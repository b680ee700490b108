from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import penugasan as flows
from ..rules import review
from ..rules import workflow
from ..rules.errors import RuleError


class AsnEskalasi(models.Model):
    """R33: a team raises a problem, with alternative recommendations, to the PUO of the unit
    that owns the work and, for cross-unit matters, to each member's own PUO; tracked until
    answered."""

    _name = "asn.eskalasi"
    _description = "Raised Problem"
    _inherit = ["asn.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "create_date desc, id desc"
    _asn_workflow = workflow.ESKALASI
    _asn_activity_type = "mail.mail_activity_data_todo"

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

    def _asn_user_actions(self):
        roles = self._user_roles()
        return [a for a in (review.ANSWER, review.CLOSE)
                if review.escalation_may_act(self.state, a, roles)]

    def _asn_check_created(self):
        """R33: a team raises its problem: its members and organisers, nobody else."""
        me = self.env.user._asn_employees()
        for rec in self:
            team = rec.sudo().tim_kerja_id
            if me & team.member_ids.employee_id or team.with_env(self.env)._asn_is_organiser():
                continue
            raise UserError(self.env._(
                "Only the members of the team %(team)s raise a problem in its name (R33).",
                team=team.name,
            ))

    def _asn_check_write(self, vals):
        """R33: the problem and its alternatives are the team's words: written by who raised
        it or the team's members, not by the PUO who answers."""
        if not set(vals) & set(workflow.ESKALASI.content):
            return
        me = self.env.user._asn_employees()
        for rec in self:
            members = rec.sudo().tim_kerja_id.member_ids.employee_id
            if rec.create_uid == self.env.user or me & members:
                continue
            raise UserError(self.env._(
                "Only whoever raised the problem changes it; the answer goes in the answer."))

    def _asn_decide(self, action, answer=None):
        """R33: the PUOs it was raised to answer it; it is closed once handled."""
        if not review.escalation_may_act(self.state, action, self._user_roles()):
            raise UserError(self.env._("You cannot do this on the raised problem now."))
        new_state = review.escalation_transition(self.state, action, answer=answer)
        vals = {"state": new_state}
        if answer:
            vals.update(answer=answer, answered_by_id=self.env.user._asn_employees()[:1].id)
        body = self._asn_step_message(dict(review.ESCALATION_ACTIONS).get(action, action))
        if answer:
            body += " " + self.env._("Answer: %(answer)s", answer=answer)
        return vals, body

    def _asn_todo(self):
        """R33: every PUO it was raised to answers it while it is open."""
        if self.state != review.RAISED:
            return []
        summary = self.env._("Answer the problem raised by the team %(team)s",
                             team=self.sudo().tim_kerja_id.name)
        return [(user, summary, None, None) for user in self.sudo().recipient_ids.user_id]

    def action_answer(self, answer=None):
        return self._asn_do(review.ANSWER, answer=answer)

    def action_close(self):
        return self._asn_do(review.CLOSE)
