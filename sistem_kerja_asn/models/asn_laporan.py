from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import review
from ..rules import workflow
from ..rules.errors import RuleError
from ..rules.errors import render


class AsnLaporan(models.Model):
    """A work report or result (R31) reviewed step by step up the structure (R32): each level
    accepts (it moves up) or returns it with a reason; the work is done when Level 1 accepts."""

    _name = "asn.laporan"
    _description = "Work Report"
    _inherit = ["asn.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "create_date desc, id desc"
    _asn_workflow = workflow.LAPORAN
    _asn_activity_type = "sistem_kerja_asn.mail_act_laporan_review"

    name = fields.Char(required=True, tracking=True)
    kind = fields.Selection(
        [("progress", "Progress report"), ("result", "Final result")],
        required=True, default="progress", tracking=True,
    )
    penugasan_id = fields.Many2one(
        "asn.penugasan", string="Assignment", required=True, index=True, ondelete="restrict",
    )
    tim_kerja_id = fields.Many2one(related="penugasan_id.tim_kerja_id", store=True)
    target_id = fields.Many2one(
        "asn.tim.kerja.target", string="Team Target", domain="[('tim_kerja_id', '=', tim_kerja_id)]",
        help="The team target this report delivers on (R30, R31).",
    )
    company_id = fields.Many2one(related="penugasan_id.company_id", store=True, index=True)
    submitter_id = fields.Many2one(
        "hr.employee", string="Submitted By", required=True, index=True,
        default=lambda self: self.env.user.employee_id,
    )
    content = fields.Html(string="Report")
    attachment_ids = fields.Many2many("ir.attachment", string="Attachments")
    state = fields.Selection(
        review.STATES, default=review.DRAFT, required=True, readonly=True, copy=False,
        tracking=True, index=True,
    )
    step_index = fields.Integer(default=-1, readonly=True, copy=False)
    chain_data = fields.Json(readonly=True, copy=False)
    reviewer_id = fields.Many2one(
        "hr.employee", string="Current Reviewer", readonly=True, copy=False, index=True,
    )
    return_reason = fields.Text(readonly=True, copy=False, tracking=True)
    participant_user_ids = fields.Many2many(
        "res.users", "asn_laporan_participant_rel", "laporan_id", "user_id",
        compute="_compute_participant_user_ids", store=True, string="Participants",
        help="Who may read the report: its submitter, its reviewers, the officials of its "
        "assignment and the team's ketua (record rules).",
    )
    stage = fields.Selection(review.STAGES, compute="_compute_stage")
    chain_text = fields.Text(compute="_compute_chain_text", string="Review Chain")

    @api.depends("submitter_id", "chain_data", "penugasan_id.participant_user_ids",
                 "penugasan_id.tim_kerja_id.ketua_id")
    def _compute_participant_user_ids(self):
        """The submitter, the officials of the assignment, the reviewers and, for a team, its
        ketua: a fellow member does not read another member's reports (issue 7)."""
        for rec in self:
            assignment = rec.sudo().penugasan_id
            users = rec.submitter_id.sudo().user_id | assignment.tim_kerja_id.ketua_id.user_id
            if assignment:
                users |= assignment._asn_official_users()
            reviewers = [step.reviewer_id for step in rec._chain() if step.reviewer_id]
            users |= self.env["hr.employee"].sudo().browse(reviewers).user_id
            rec.participant_user_ids = users

    @api.depends("state")
    def _compute_stage(self):
        for rec in self:
            rec.stage = review.stage_of(review.REVIEW, rec.state)  # R30

    @api.depends("chain_data", "step_index")
    @api.depends_context("lang")
    def _compute_chain_text(self):
        for rec in self:
            lines = []
            for i, step in enumerate(rec._chain()):
                mark = "→ " if i == rec.step_index else "   "
                name = self.env["hr.employee"].sudo().browse(step.reviewer_id).name or "-"
                line = "%s%s: %s" % (mark, step.unit_name, name)
                if step.reason:
                    line += " (%s)" % render(*step.reason, self.env._)
                lines.append(line)
            rec.chain_text = "\n".join(lines)

    def _team_member(self):
        """(team, the submitter's membership line) of a team assignment; empty otherwise."""
        team = self.penugasan_id.sudo().tim_kerja_id
        return team, team.member_ids.filtered(lambda m: m.employee_id == self.submitter_id)[:1]

    def _chain(self):
        return [review.ReviewStep(**data) for data in (self.chain_data or [])]

    def _build_chain(self):
        """R32: the chain from the owning unit of the work up to Level 1; R31: a team member
        (anggota) reports to the team lead (ketua), who reports the team's work upward."""
        self.ensure_one()
        assignment = self.penugasan_id.sudo()
        team, member = self._team_member()
        if team and member.role == "anggota" and team.ketua_id:
            recipients = review.report_recipients(assignment.form, "anggota")  # R31
            if "ketua" in recipients:
                return [{
                    "unit_id": self.submitter_id.sudo().department_id.id,
                    "reviewer_id": team.ketua_id.id, "level": 1, "skipped_vacant": False,
                    "reason": None, "role": "head", "skip": None,
                    "unit_name": team.name,
                }]
        start = assignment.owning_unit_id or self.submitter_id.sudo().department_id
        units = self.env["hr.department"]._kedudukan_units(self.company_id)
        policy = self.env["asn.kedudukan.policy"]._for_company(self.company_id)
        try:
            pengendali = team.member_ids.filtered(lambda m: m.role == "pengendali")[:1]
            chain = review.review_chain(
                units, start.id, policy._all_options(),
                submitter_id=self.submitter_id.id,
                pengendali_id=pengendali.employee_id.id or None,  # R28 (BKS Ps 49(2))
            )
        except RuleError as err:
            raise UserError(err.render(self.env._)) from err
        return [
            {**step.__dict__, "reason": list(step.reason) if step.reason else None}
            for step in chain
        ]

    # -- the engine's hooks (asn.workflow.mixin) ---------------------------------------------

    def _asn_check_created(self):
        """A report is written by the employee who did the work: the assignment's employee
        (R31), in their own name."""
        me = self.env.user._asn_employees()
        for rec in self:
            if rec.submitter_id not in me:
                raise UserError(self.env._(
                    "A report is submitted in your own name, not %(name)s's.",
                    name=rec.submitter_id.sudo().name,
                ))
            if rec.sudo().penugasan_id.employee_id not in me:
                raise UserError(self.env._("You report only on your own assignments (R31)."))

    def _asn_check_write(self, vals):
        """A report is written by its submitter alone (R31): a reviewer returns it with a
        reason, he does not rewrite it."""
        content = set(vals) & set(workflow.LAPORAN.content)
        if not content:
            return
        me = self.env.user._asn_employees()
        for rec in self:
            if rec.submitter_id not in me:
                raise UserError(self.env._(
                    "Only %(name)s writes this report.", name=rec.submitter_id.sudo().name))

    def _asn_user_actions(self):
        me = self.env.user._asn_employees()
        if self.state in (review.DRAFT, review.RETURNED):
            return [review.SUBMIT] if self.submitter_id in me else []
        if self.state in review.REVIEWING and self.reviewer_id and self.reviewer_id in me:
            return [review.ACCEPT, review.RETURN]
        return []

    def _asn_decide(self, action, reason=None):
        """R32: submit (the submitter), accept or return (the reviewer whose turn it is)."""
        me = self.env.user._asn_employees()
        vals = {}
        if action == review.SUBMIT:
            if self.submitter_id not in me:
                raise UserError(self.env._("Only %(name)s submits this report.",
                                           name=self.submitter_id.sudo().name))
            review.check_submittable(self.penugasan_id.sudo().state)
            vals["chain_data"] = self._build_chain()
            chain = [review.ReviewStep(**d) for d in vals["chain_data"]]
        else:
            chain = self._chain()
            index = self.step_index if self.step_index >= 0 else None
            step = review.current_step(chain, index)
            if not step or step.reviewer_id not in me.ids:
                review.may_review(chain, index, me[:1].id, self.submitter_id.id)
        index = self.step_index if self.step_index >= 0 else None
        new_state, new_index = review.review_transition(
            chain, self.state, index, action, reason=reason
        )
        vals.update(state=new_state, step_index=-1 if new_index is None else new_index)
        reviewer = review.current_reviewer(chain, new_index) if new_index is not None else None
        vals["reviewer_id"] = reviewer or False
        if action == review.RETURN:
            vals["return_reason"] = reason
        return vals, self._asn_step_message(dict(review.ACTIONS)[action], reason)

    def _asn_after_step(self, action, before, **kwargs):
        if action == review.SUBMIT:
            self._subscribe_recipients()

    def _subscribe_recipients(self):
        """R31: whoever receives this report follows it (e.g. Barito Timur adds the PPK)."""
        assignment = self.penugasan_id.sudo()
        team, member = self._team_member()
        policy = self.env["asn.kedudukan.policy"]._for_company(self.company_id)
        options = policy._all_options()
        try:
            roles = review.report_recipients(
                assignment.form, member.role if team else None, options,
                cross_unit=assignment.scope != "dalam_unit" and not team,
            )
        except RuleError:
            roles = ()
        holders = dict(assignment._role_holders(), ketua=team.ketua_id)
        partners = self.env["res.partner"]
        for role in roles:
            partners |= holders.get(role, self.env["hr.employee"]).sudo().work_contact_id
        if partners:
            self.sudo().message_subscribe(partner_ids=partners.ids)

    def _asn_todo(self):
        """The reviewer whose turn it is (R32); a returned report goes back to its writer."""
        if self.state in review.REVIEWING:
            return [(self.reviewer_id.sudo().user_id, self.env._("Review the report"), None, None)]
        if self.state == review.RETURNED:
            return [(self.submitter_id.sudo().user_id,
                     self.env._("Revise and resubmit the report"), None, None)]
        return []

    def action_submit(self):
        return self._asn_do(review.SUBMIT)

    def action_accept(self):
        return self._asn_do(review.ACCEPT)

    def action_return(self, reason=None):
        return self._asn_do(review.RETURN, reason=reason)
