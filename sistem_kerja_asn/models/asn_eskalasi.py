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
    that owns the work and, for cross-unit matters, to each member's own PUO; an employee
    assigned individually raises his to his PUO (the PUO of the unit that owns the work on an
    assignment across units); tracked until answered."""

    _name = "asn.eskalasi"
    _description = "Raised Problem"
    _inherit = ["asn.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "create_date desc, id desc"
    _asn_workflow = workflow.ESKALASI
    _asn_activity_type = "mail.mail_activity_data_todo"

    name = fields.Char(string="Problem", required=True, tracking=True)
    tim_kerja_id = fields.Many2one(
        "asn.tim.kerja", string="Team", index=True, ondelete="cascade"
    )
    penugasan_id = fields.Many2one(
        "asn.penugasan", string="Individual Assignment", index="btree_not_null",
        ondelete="cascade",
        domain="[('employee_id.user_id', '=', uid), ('form', '=', 'individu'), "
        "('is_active_assignment', '=', True)]",
        help="R33: the individual assignment the employee raises the problem on (instead of a "
        "team).",
    )
    company_id = fields.Many2one(
        "res.company", compute="_compute_work", store=True, index=True, precompute=True,
    )
    owning_unit_id = fields.Many2one(
        "hr.department", string="Unit Owning the Work", compute="_compute_work", store=True,
        index=True, precompute=True,
        help="The team's owning unit, or the individual assignment's (else the employee's).",
    )
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

    @api.depends("tim_kerja_id.company_id", "tim_kerja_id.owning_unit_id",
                 "penugasan_id.company_id", "penugasan_id.owning_unit_id",
                 "penugasan_id.employee_id")
    def _compute_work(self):
        for rec in self:
            team, assignment = rec.tim_kerja_id.sudo(), rec.penugasan_id.sudo()
            rec.company_id = team.company_id or assignment.company_id
            rec.owning_unit_id = (team.owning_unit_id or assignment.owning_unit_id
                                  or assignment.employee_id.department_id)

    def _individual_roles(self):
        """R33 for an individual: ({role: hr.employee}, the roles it goes to, decider first)
        (rules/review.individual_escalation_roles)."""
        self.ensure_one()
        assignment = self.penugasan_id.sudo()
        policy = self.env["asn.kedudukan.policy"]._for_company(assignment.company_id)
        roles = review.individual_escalation_roles(
            policy._work_options(), cross_unit_assignment=assignment.scope != flows.DALAM_UNIT,
            concerns_own_unit=self.cross_unit,
        )
        return assignment._role_holders(), roles

    @api.depends("tim_kerja_id.member_ids.employee_id", "tim_kerja_id.owning_unit_id",
                 "penugasan_id.employee_id", "penugasan_id.owning_unit_id",
                 "penugasan_id.scope", "cross_unit", "create_uid")
    def _compute_recipients(self):
        for rec in self:
            if rec.penugasan_id:
                rec._compute_recipients_individual()
                continue
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

    def _compute_recipients_individual(self):
        """R33: the PUO the individual reports to decides (the owning unit's across units), his
        own PUO follows up when asked, Barito Timur adds the PPK; never the employee himself."""
        assignment = self.penugasan_id.sudo()
        holders, roles = self._individual_roles()
        recipients = self.env["hr.employee"].sudo()
        for role in roles:
            recipients |= holders.get(role, recipients.browse()) - assignment.employee_id
        self.recipient_ids = recipients
        self.participant_user_ids = (
            recipients.user_id | assignment.employee_id.user_id | self.create_uid
        )

    @api.constrains("tim_kerja_id", "penugasan_id")
    def _check_source(self):
        """R33: raised by a team, or by one employee on his individual assignment; somebody
        must be there to decide."""
        for rec in self:
            if bool(rec.tim_kerja_id) == bool(rec.penugasan_id):
                raise ValidationError(self.env._(
                    "A problem is raised by a team or on one individual assignment (R33)."
                ))
            if rec.penugasan_id:
                holders, roles = rec._individual_roles()
                if not holders.get(roles[0], self.env["hr.employee"]):
                    raise ValidationError(self.env._(
                        "The assignment has no unit leader (PUO) to decide on the problem (R33)."
                    ))

    @api.constrains("name", "alternatives")
    def _check_alternatives(self):
        for rec in self:
            try:
                review.check_escalation(rec.description or rec.name, rec.alternatives)  # R33
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    def _user_roles(self):
        mine = self.env.user._asn_employees()
        if self.penugasan_id:
            # R33 individual: the PUO he reports to decides and closes (as the owning PUO of a
            # team's problem), the others it went to follow up, the employee closes his own.
            holders, roles = self._individual_roles()
            result = set()
            if holders.get(roles[0], self.env["hr.employee"]) & mine:
                result.add(flows.PUO_OWNER)
            if self.sudo().recipient_ids & mine:
                result.add(flows.PUO_EMPLOYEE)
            if self.sudo().penugasan_id.employee_id & mine:
                result.add(flows.EMPLOYEE)
            return result
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
        """R33: a team raises its problem: its members and organisers, nobody else; an
        individual assignment's problem is raised by its employee while he carries it out."""
        me = self.env.user._asn_employees()
        for rec in self:
            if rec.penugasan_id:
                assignment = rec.sudo().penugasan_id
                try:
                    review.check_individual_escalation(
                        assignment.form, assignment.is_active_assignment,
                        bool(assignment.employee_id & me),
                    )
                except RuleError as err:
                    raise UserError(err.render(self.env._)) from err
                continue
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
            members = (rec.sudo().tim_kerja_id.member_ids.employee_id
                       or rec.sudo().penugasan_id.employee_id)
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
        if self.penugasan_id:
            assignment = self.sudo().penugasan_id
            summary = self.env._("Answer the problem raised by %(employee)s on %(assignment)s",
                                 employee=assignment.employee_id.name,
                                 assignment=assignment.name)
        else:
            summary = self.env._("Answer the problem raised by the team %(team)s",
                                 team=self.sudo().tim_kerja_id.name)
        return [(user, summary, None, None) for user in self.sudo().recipient_ids.user_id]

    def action_answer(self, answer=None):
        return self._asn_do(review.ANSWER, answer=answer)

    def action_close(self):
        return self._asn_do(review.CLOSE)
