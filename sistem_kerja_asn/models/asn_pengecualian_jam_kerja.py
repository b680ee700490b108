from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import jam_kerja as jk
from ..rules import workflow


class AsnPengecualianJamKerja(models.Model):
    """R40 (Perwali Denpasar 69/2023 Ps 20): a unit serving education, the PD's operational
    support or the public directly works other days and hours, set by the head of the PD after
    the regent's approval. The head of the PD proposes the unit's calendar; the regent's side (the
    company's authorised official, PyB, or a Sistem Kerja manager) approves or refuses it; on
    approval the unit's employees who followed the regulation's hours follow the unit's."""

    _name = "asn.pengecualian.jam.kerja"
    _description = "Working Hours Exception of a Unit"
    _inherit = ["asn.jam.kerja.request", "mail.thread", "mail.activity.mixin"]
    _asn_request_actors = jk.EXCEPTION_ACTORS
    _order = "decision_date desc, id desc"
    _asn_workflow = workflow.PENGECUALIAN
    _asn_activity_type = "mail.mail_activity_data_todo"
    _rec_names_search = ["department_id"]

    department_id = fields.Many2one(
        "hr.department", string="Unit", required=True, index=True, tracking=True,
        ondelete="cascade",
        help="R40 (Ps 20(1)): the unit of a Perangkat Daerah whose service needs other hours "
        "(its sub-units follow it unless they have their own).",
    )
    perangkat_daerah_id = fields.Many2one(
        related="department_id.perangkat_daerah_id", store=True, index=True,
        string="Regional Agency (PD)",
    )
    company_id = fields.Many2one(
        related="department_id.company_id", store=True, index=True, string="Company",
    )
    service = fields.Selection(
        jk.SERVICES, required=True, tracking=True,
        help="R40 (Ps 20(1)): education, operational support of the PD, or direct service to "
        "the public.",
    )
    calendar_id = fields.Many2one(
        "resource.calendar", string="Working Hours", required=True, tracking=True,
        ondelete="restrict",
    )
    calendar_problem = fields.Text(
        string="Regulation Check", compute="_compute_calendar_problem",
        help="R37, Ps 22: what the proposed hours miss (shown to the approver, not refused: "
        "Ps 20 allows other days and hours).",
    )
    reason = fields.Text(required=True, tracking=True)
    state = fields.Selection(
        jk.REQUEST_STATES, default=jk.DRAFT, required=True, readonly=True, copy=False,
        tracking=True, index=True,
    )
    proposer_id = fields.Many2one("hr.employee", string="Proposed By", readonly=True, copy=False)
    decided_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    decision_date = fields.Date(readonly=True, copy=False)
    refuse_reason = fields.Text(string="Reason of the Refusal", readonly=True, copy=False)
    end_reason = fields.Text(string="Reason of the Early End", readonly=True, copy=False)
    end_date = fields.Date(string="Ended On", readonly=True, copy=False)
    employee_count = fields.Integer(
        string="Employees", compute="_compute_employee_count",
        help="The employees of the unit and of its sub-units.",
    )

    @api.depends("department_id", "calendar_id", "service")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = "%s: %s" % (rec.department_id.sudo().name or "",
                                           rec.calendar_id.sudo().name or "")

    @api.depends("calendar_id", "company_id")
    def _compute_calendar_problem(self):
        for rec in self:
            calendar = rec.calendar_id.sudo()
            problems = calendar._asn_problems(rec.company_id or None) if calendar else []
            rec.calendar_problem = "\n".join(calendar._asn_render(p) for p in problems) or False

    @api.depends("department_id")
    def _compute_employee_count(self):
        for rec in self:
            rec.employee_count = len(rec._asn_employees())

    def _asn_employees(self):
        self.ensure_one()
        if not self.department_id:
            return self.env["hr.employee"]
        return self.env["hr.employee"].sudo().search([
            ("department_id", "child_of", self.department_id.id),
            ("company_id", "=", self.sudo().company_id.id),
        ])

    # -- who is who -----------------------------------------------------------------------------

    def _asn_pd_head(self):
        unit = self.department_id.sudo()
        return (unit.perangkat_daerah_id or unit)._asn_head()

    def _asn_approver_users(self):
        """The regent's side (R40, Ps 20(2)): the company's PyB, else the Sistem Kerja managers
        of the company."""
        company = self.sudo().company_id
        if company.asn_pyb_id.user_id:
            return company.asn_pyb_id.user_id
        managers = self.env.ref("sistem_kerja_asn.group_manager").sudo().users
        return managers.filtered(lambda u: company in u.company_ids and u.active and not u.share
                                 and u.id != self.env.ref("base.user_root").id)

    def _asn_roles(self, user=None):
        self.ensure_one()
        user = user or self.env.user
        mine = user._asn_employees()
        roles = set()
        if self._asn_pd_head() & mine:
            roles.add(jk.PD_HEAD)
        company = self.sudo().company_id
        if company in user.company_ids and (
            company.asn_pyb_id & mine
            or user.has_group("sistem_kerja_asn.group_manager")
        ):
            roles.add(jk.REGENT)
        if user._asn_hr_covers(self.sudo().department_id, company):
            roles.add(jk.HR)
        if self.sudo().proposer_id & mine:
            roles.add(jk.PROPOSER)
        return roles

    # -- the engine's hooks (asn.workflow.mixin) ---------------------------------------------------

    def _asn_check_created(self):
        """R40 (Ps 20(2)): the head of the PD proposes (his HR clerk may prepare it)."""
        for rec in self:
            if not rec._asn_roles() & {jk.PD_HEAD, jk.HR}:
                raise UserError(self.env._(
                    "The working hours of a unit are proposed by the head of its Perangkat "
                    "Daerah (R40, Perwali Denpasar 69/2023 Ps 20(2))."))

    def _asn_check_write(self, vals):
        for rec in self:
            if not rec._asn_roles() & {jk.PD_HEAD, jk.HR}:
                raise UserError(self.env._(
                    "Only the head of the Perangkat Daerah or his HR office changes the proposal; "
                    "the regent's side approves or refuses it."))

    def _asn_decide(self, action, reason=None):
        """R40 (Ps 20(2)): the head of the PD proposes; the regent's side decides."""
        new_state = self._asn_transition(action, reason)
        vals = {"state": new_state}
        if action == jk.SUBMIT:
            if not self._asn_approver_users():
                raise UserError(self.env._(
                    "Name the company's authorised official (PyB) or a Sistem Kerja manager: "
                    "nobody can approve the proposal (R40)."))
            vals["proposer_id"] = (self._asn_pd_head() & self.env.user._asn_employees()).id
        elif action == jk.END:
            vals.update(end_reason=reason, end_date=fields.Date.context_today(self))
        else:
            vals.update(decided_by_id=self.env.user.id,
                        decision_date=fields.Date.context_today(self))
        if action == jk.REFUSE:
            vals["refuse_reason"] = reason
        labels = {
            jk.SUBMIT: self.env._("Working hours proposed to the regent"),
            jk.APPROVE: self.env._("Working hours approved"),
            jk.REFUSE: self.env._("Working hours refused"),
            jk.END: self.env._("Working hours of the unit ended"),
        }
        return vals, self._asn_step_message(labels[action], reason)

    def _asn_apply(self):
        """On approval the employees of the unit who followed the regulation's hours follow the
        unit's (an employee working flexibly returns to them when his period ends, R41)."""
        self.ensure_one()
        for emp in self._asn_employees():
            if emp.resource_calendar_id == emp._asn_base_calendar(exclude=self):
                emp._asn_set_calendar(emp._asn_base_calendar(), self.env._(
                    "the working hours of %(unit)s approved, R40", unit=self.department_id.name,
                ))

    def _asn_unapply(self):
        """Ended early (R40): whoever followed the unit's hours returns to the regulation's hours
        his unit now has (an exception of a unit above, else the company's, R37); an employee
        working flexibly keeps his group until his period ends (R41)."""
        self.ensure_one()
        for emp in self._asn_employees():
            if emp.resource_calendar_id == self.calendar_id:
                emp._asn_set_calendar(emp._asn_base_calendar(), self.env._(
                    "the working hours of %(unit)s ended, R40", unit=self.department_id.name,
                ))

    def _asn_todo(self):
        """R40: the regent's side decides a submitted proposal."""
        if self.state != jk.SUBMITTED:
            return []
        summary = self.env._("Decide the working hours of %(unit)s",
                             unit=self.sudo().department_id.name)
        proposer = self.sudo().proposer_id.user_id
        return [(user, summary, None, None) for user in self._asn_approver_users()
                if user != proposer]

