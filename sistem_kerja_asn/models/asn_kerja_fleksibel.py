from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import jam_kerja as jk
from ..rules import workflow
from ..rules.errors import RuleError
from .asn_constraints import check_deferred_now


class AsnKerjaFleksibel(models.Model):
    """R41 (Perwali Denpasar 69/2023 Ps 21-22): an employee asks to work flexibly by location
    and/or by time (a check-in group) for a period; his unit leader (PUO) approves or refuses.
    While an approved request by time runs, the employee follows the group's calendar; after it,
    the calendar the regulation gives him again (the daily cron ``_cron_refresh``)."""

    _name = "asn.kerja.fleksibel"
    _description = "Flexible Work Request"
    _inherit = ["asn.jam.kerja.request", "mail.thread", "mail.activity.mixin"]
    _asn_request_actors = jk.FLEX_ACTORS
    _order = "date_from desc, id desc"
    _asn_workflow = workflow.FLEKSIBEL
    _asn_activity_type = "mail.mail_activity_data_todo"
    _rec_names_search = ["employee_id"]
    # One arrangement per employee and day, also for two requests sent at once (issue 11, see
    # asn_constraints.py); a refused request no longer counts.
    _sql_constraints = [
        ("employee_period_excl",
         "EXCLUDE USING gist (int4range(employee_id, employee_id, '[]') WITH =, "
         "daterange(LEAST(date_from, date_to), GREATEST(date_from, date_to), '[]') WITH &&) "
         "WHERE (state <> 'refused') DEFERRABLE INITIALLY DEFERRED",
         "An employee has one flexible work request per period: the periods may not overlap."),
    ]

    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, tracking=True, ondelete="cascade",
        default=lambda self: self.env.user.employee_id,
    )
    company_id = fields.Many2one(
        related="employee_id.company_id", store=True, index=True, string="Company",
    )
    department_id = fields.Many2one(
        related="employee_id.department_id", store=True, index=True, string="Unit",
    )
    pimpinan_unit_id = fields.Many2one(
        related="employee_id.pimpinan_unit_id", string="Unit Leader (PUO)",
        help="R41: the unit leader decides the request.",
    )
    kind = fields.Selection(
        jk.FLEX_KINDS, required=True, default=jk.KIND_TIME, tracking=True,
        help="R41 (Ps 21(2)): flexible by location and/or by time.",
    )
    location = fields.Char(
        string="Work Location", tracking=True,
        help="Where the work is done, for flexible work by location.",
    )
    calendar_id = fields.Many2one(
        "resource.calendar", string="Check-in Group", tracking=True, ondelete="restrict",
        domain="[('asn_flex_group', '!=', False)]",
        help="R41 (Ps 21(3)): the check-in group's working hours, followed during the period.",
    )
    flex_group = fields.Selection(related="calendar_id.asn_flex_group", string="Group")
    date_from = fields.Date(string="From", required=True, tracking=True,
                            default=fields.Date.context_today)
    date_to = fields.Date(string="To", required=True, tracking=True)
    reason = fields.Text(required=True, tracking=True)
    state = fields.Selection(
        jk.REQUEST_STATES, default=jk.DRAFT, required=True, readonly=True, copy=False,
        tracking=True, index=True,
    )
    decided_by_id = fields.Many2one("hr.employee", readonly=True, copy=False)
    decision_date = fields.Date(readonly=True, copy=False)
    refuse_reason = fields.Text(string="Reason of the Refusal", readonly=True, copy=False)
    previous_calendar_id = fields.Many2one(
        "resource.calendar", string="Working Hours Before", readonly=True, copy=False,
        ondelete="set null",
    )
    return_to_base = fields.Boolean(
        string="Back to the Regulation's Hours", readonly=True, copy=False,
        help="The employee followed the regulation's hours before: he returns to them (as they "
        "are then) when the period ends.",
    )
    is_applied = fields.Boolean(
        string="Calendar Switched", readonly=True, copy=False, index=True,
        help="Set by the engine while the employee follows the group's calendar.",
    )

    @api.depends("employee_id", "flex_group", "date_from", "date_to")
    def _compute_display_name(self):
        groups = dict(self._fields["flex_group"]._description_selection(self.env))
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for rec in self:
            rec.display_name = "%s: %s, %s - %s" % (
                rec.employee_id.sudo().name or "", groups.get(rec.flex_group) or kinds.get(rec.kind, ""),
                rec.date_from or "", rec.date_to or "",
            )

    # -- constraints ----------------------------------------------------------------------------

    def _raise_rule(self, err, exc=ValidationError):
        raise exc(err.render(self.env._)) from err

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for rec in self:
            try:
                jk.check_period(rec.date_from, rec.date_to)
            except RuleError as err:
                rec._raise_rule(err)
        self._asn_check_period(("date_from", "date_to"), "date_from", "date_to")

    @api.constrains("kind", "location", "calendar_id")
    def _check_kind(self):
        """R41 (Ps 21(2)-(3), 22): by time a group calendar keeping the weekly hours; by location
        the place."""
        for rec in self:
            try:
                jk.check_flex_request(rec.kind, rec.location, rec.calendar_id.asn_flex_group)
            except RuleError as err:
                rec._raise_rule(err)
            if rec.kind == jk.KIND_LOCATION and rec.calendar_id:
                raise ValidationError(self.env._(
                    "Flexible work by location keeps the working hours: choose no check-in group."))
            problems = rec.calendar_id.sudo()._asn_problems(rec.company_id) if rec.calendar_id \
                else []
            if problems:
                raise ValidationError(self.env._(
                    "The working hours %(calendar)s do not keep the weekly hours: %(problem)s",
                    calendar=rec.calendar_id.sudo().name,
                    problem=rec.calendar_id.sudo()._asn_render(problems[0]),
                ))

    @api.constrains("employee_id")
    def _check_position(self):
        """R41 (Ps 21(4)): only the positions the regent named may ask."""
        for rec in self:
            emp = rec.employee_id.sudo()
            policy = self.env["asn.kedudukan.policy"]._for_company(emp.company_id)
            try:
                jk.check_may_work_flexibly(emp.jabatan_type, policy._asn_flex_jabatan_types())
            except RuleError as err:
                rec._raise_rule(err)

    @api.constrains("employee_id", "date_from", "date_to", "state")
    def _check_overlap(self):
        """R41: one flexible arrangement per employee at a time."""
        for rec in self.filtered(lambda r: r.state != jk.REFUSED):
            others = self.sudo().search([
                ("id", "!=", rec.id), ("employee_id", "=", rec.employee_id.id),
                ("state", "!=", jk.REFUSED),
            ])
            try:
                jk.check_no_overlap((rec.date_from, rec.date_to),
                                    [(o.date_from, o.date_to) for o in others])
            except RuleError as err:
                rec._raise_rule(err)
        check_deferred_now(self, "employee_period_excl")  # a concurrent twin (issue 11)

    # -- who is who -----------------------------------------------------------------------------

    def _asn_roles(self, user=None):
        """The roles of ``user`` on the request (rules/jam_kerja.py)."""
        self.ensure_one()
        user = user or self.env.user
        mine = user._asn_employees()
        emp = self.employee_id.sudo()
        roles = set()
        if emp & mine:
            roles.add(jk.EMPLOYEE)
        if emp.pimpinan_unit_id and emp.pimpinan_unit_id & mine:
            roles.add(jk.PUO)
        if user._asn_hr_covers(emp.department_id, emp.company_id):
            roles.add(jk.HR)
        if self.sudo().create_uid == user and jk.EMPLOYEE not in roles:
            roles.add(jk.PROPOSER)
        return roles

    # -- the engine's hooks (asn.workflow.mixin) ---------------------------------------------------

    def _asn_check_created(self):
        """R41: the employee asks for himself (or his HR office for him), nobody else."""
        for rec in self:
            if not rec._asn_roles() & {jk.EMPLOYEE, jk.HR}:
                raise UserError(self.env._(
                    "A flexible work request is made by the employee himself or his HR office "
                    "(R41)."))

    def _asn_check_write(self, vals):
        """The request is the employee's words: written by him or his HR office, not by the
        unit leader who decides it."""
        for rec in self:
            if not rec._asn_roles() & {jk.EMPLOYEE, jk.HR}:
                raise UserError(self.env._(
                    "Only the employee or his HR office changes a flexible work request; the "
                    "unit leader approves or refuses it."))

    def _asn_decide(self, action, reason=None):
        """R41: the employee (or HR) submits; his PUO approves or refuses with a reason."""
        new_state = self._asn_transition(action, reason)
        if action == jk.SUBMIT:
            self._check_position()  # the regent's list may have changed since the draft
            self._check_kind()
            if not self.employee_id.sudo().pimpinan_unit_id.user_id:
                raise UserError(self.env._(
                    "%(employee)s has no unit leader (PUO) with a user to decide the request.",
                    employee=self.employee_id.sudo().name,
                ))
        vals = {"state": new_state}
        if action in (jk.APPROVE, jk.REFUSE):
            vals.update(
                decided_by_id=(self.employee_id.sudo().pimpinan_unit_id
                               & self.env.user._asn_employees()).id,
                decision_date=fields.Date.context_today(self),
            )
        if action == jk.REFUSE:
            vals["refuse_reason"] = reason
        labels = {
            jk.SUBMIT: self.env._("Flexible work request submitted"),
            jk.APPROVE: self.env._("Flexible work approved"),
            jk.REFUSE: self.env._("Flexible work refused"),
        }
        return vals, self._asn_step_message(labels[action], reason)

    def _asn_todo(self):
        """R41: the unit leader decides a submitted request."""
        if self.state != jk.SUBMITTED:
            return []
        emp = self.employee_id.sudo()
        summary = self.env._("Decide the flexible work request of %(employee)s",
                             employee=emp.name)
        return [(emp.pimpinan_unit_id.user_id, summary, self.date_from, None)]


    # -- the calendar switch (the engine's) ----------------------------------------------------------

    def _asn_apply(self, today=None):
        """Switch the employee to the group's calendar while an approved request by time runs,
        and back to the hours the regulation gives him once it is over (R41)."""
        today = today or fields.Date.context_today(self)
        for rec in self.sudo():
            emp = rec.employee_id
            running = (rec.state == jk.APPROVED and rec.calendar_id
                       and rec.date_from <= today <= rec.date_to)
            if running and not rec.is_applied:
                current = emp.resource_calendar_id
                rec.write({
                    "previous_calendar_id": current.id,
                    "return_to_base": current == emp._asn_base_calendar(),
                    "is_applied": True,
                })
                emp._asn_set_calendar(rec.calendar_id, self.env._(
                    "flexible work approved until %(date)s, R41", date=rec.date_to,
                ))
            elif rec.is_applied and not running:
                back = rec.previous_calendar_id
                if rec.return_to_base or not back:
                    back = emp._asn_base_calendar()
                rec.is_applied = False
                if emp.resource_calendar_id == rec.calendar_id and back:
                    emp._asn_set_calendar(back, self.env._("flexible work ended, R41"))

    @api.model
    def _cron_refresh(self):
        """Daily: start and end the approved flexible work of the day (R41)."""
        today = fields.Date.context_today(self)
        todo = self.sudo().search([
            "|",
            "&", ("is_applied", "=", False),
            "&", ("state", "=", jk.APPROVED),
            "&", ("calendar_id", "!=", False),
            "&", ("date_from", "<=", today), ("date_to", ">=", today),
            "&", ("is_applied", "=", True),
            "|", ("state", "!=", jk.APPROVED),
            "|", ("date_from", ">", today), ("date_to", "<", today),
        ])
        todo._asn_apply(today)
        return todo
