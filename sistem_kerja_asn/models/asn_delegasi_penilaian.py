from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import ValidationError

from ..rules import kedudukan
from ..rules import workflow
from ..rules.errors import RuleError
from .asn_constraints import check_deferred_now


class AsnDelegasiPenilaian(models.Model):
    """R7: the head of a PD gives the appraisal of an employee to another official for a time.

    While it runs it overrides the computed PPK; when it ends, resolution takes over again (the
    daily cron ``_cron_refresh`` flips ``is_current`` and recomputes the employees concerned).
    """

    _name = "asn.delegasi.penilaian"
    _description = "Appraisal Delegation"
    _inherit = ["asn.workflow.mixin", "mail.thread"]
    _order = "date_from desc, id desc"
    _asn_workflow = workflow.DELEGASI
    _rec_name = "decree_number"
    # One delegation per employee and period, also for two creates at once (issue 11; checked at
    # once by _check_overlap, see asn_constraints.py). LEAST/GREATEST: a reversed period meets
    # _check_dates' message, not a range error.
    _sql_constraints = [
        ("employee_period_excl",
         "EXCLUDE USING gist (int4range(employee_id, employee_id, '[]') WITH =, "
         "daterange(LEAST(date_from, date_to), GREATEST(date_from, date_to), '[]') WITH &&) "
         "DEFERRABLE INITIALLY DEFERRED",
         "An employee has one appraisal delegation per period: the periods may not overlap."),
    ]

    employee_id = fields.Many2one(
        "hr.employee", string="Appraisee", required=True, index=True, tracking=True,
        ondelete="cascade",
    )
    delegate_id = fields.Many2one(
        "hr.employee", string="Delegated Appraiser", required=True, index=True, tracking=True,
        ondelete="restrict",
        help="The official who appraises the employee while the delegation runs (R7).",
    )
    delegator_id = fields.Many2one(
        "hr.employee", string="Delegated By", tracking=True, ondelete="set null",
        help="The head of the Perangkat Daerah who delegates.",
    )
    company_id = fields.Many2one(
        related="employee_id.company_id", store=True, index=True, string="Company"
    )
    date_from = fields.Date(string="From", required=True, tracking=True, default=fields.Date.today)
    date_to = fields.Date(string="To", required=True, tracking=True)
    reason = fields.Text(required=True, tracking=True)
    decree_number = fields.Char(required=True, tracking=True)
    decree_date = fields.Date()
    is_current = fields.Boolean(
        string="In Force", readonly=True, index=True, copy=False,
        help="Set by the daily refresh: the delegation runs today.",
    )
    state = fields.Selection(
        workflow.DELEGATION_STATES, compute="_compute_state", string="Status",
    )

    @api.depends("date_from", "date_to")
    def _compute_state(self):
        today = fields.Date.context_today(self)
        for rec in self:
            rec.state = workflow.delegation_state(rec.date_from, rec.date_to, today)  # R7

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for rec in self:
            if rec.date_from and rec.date_to and rec.date_to < rec.date_from:
                raise ValidationError(self.env._(
                    "A delegation cannot end (%(end)s) before it starts (%(start)s).",
                    end=rec.date_to, start=rec.date_from,
                ))

    @api.constrains("employee_id", "delegate_id", "delegator_id")
    def _check_people(self):
        for rec in self:
            if rec.employee_id == rec.delegate_id:
                raise ValidationError(self.env._(
                    "%(employee)s cannot appraise themselves: choose another delegated appraiser.",
                    employee=rec.employee_id.name,
                ))
            if rec.delegator_id and rec.delegator_id == rec.employee_id:
                raise ValidationError(self.env._(
                    "%(employee)s cannot delegate their own appraisal.",
                    employee=rec.employee_id.name,
                ))
            if rec.delegate_id.company_id != rec.employee_id.company_id:
                raise ValidationError(self.env._(
                    "The delegated appraiser must belong to the same government (company)."
                ))
            try:
                kedudukan.check_delegate(
                    rec.employee_id.id, rec.delegate_id.id, rec._delegate_superior_ids()
                )  # R7
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    def _delegate_superior_ids(self):
        """Everyone above the delegate: the heads of his unit and of every unit above it, and
        his resolved officials (PPK, PUO, atasan PPK): R7 gives the appraisal upward or
        sideways, never to a subordinate of the appraisee."""
        delegate = self.delegate_id.sudo()
        ids = set((delegate.ppk_id | delegate.pimpinan_unit_id | delegate.atasan_ppk_id).ids)
        unit = delegate.department_id
        while unit:
            if unit.manager_id and unit.manager_id != delegate:
                ids.add(unit.manager_id.id)
            unit = unit.parent_id
        return ids

    @api.constrains("employee_id", "date_from", "date_to")
    def _check_overlap(self):
        for rec in self:
            overlap = self.search_count([
                ("id", "!=", rec.id),
                ("employee_id", "=", rec.employee_id.id),
                ("date_from", "<=", rec.date_to),
                ("date_to", ">=", rec.date_from),
            ])
            if overlap:
                raise ValidationError(self.env._(
                    "%(employee)s already has a delegation in that period.",
                    employee=rec.employee_id.name,
                ))
        check_deferred_now(self, "employee_period_excl")  # a concurrent twin (issue 11)

    @api.constrains("date_from", "date_to", "decree_date")
    def _check_period_bounds(self):
        """Dates between 1900 and 2099; a delegation runs at most five years (rules/bounds.py)."""
        self._asn_check_period(("date_from", "date_to", "decree_date"), "date_from", "date_to")

    def _refresh_current(self):
        """Set ``is_current`` from today's date; return the employees whose flag changed."""
        today = fields.Date.context_today(self)
        changed = self.env["hr.employee"]
        for rec in self:
            current = rec.date_from <= today <= rec.date_to
            if current != rec.is_current:
                rec.sudo().is_current = current  # the engine's field
                changed |= rec.employee_id
        return changed

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._refresh_current()
        for rec in records:
            rec.employee_id.message_post(body=self.env._(
                "Appraisal delegated to %(delegate)s from %(start)s to %(end)s "
                "(decree %(decree)s): %(reason)s (R7)",
                delegate=rec.delegate_id.name, start=rec.date_from, end=rec.date_to,
                decree=rec.decree_number, reason=rec.reason,
            ))
        records.employee_id._kedudukan_recompute()
        return records

    def write(self, vals):
        employees = self.employee_id
        res = super().write(vals)
        if {"employee_id", "delegate_id", "date_from", "date_to"} & set(vals):
            self._refresh_current()
            (employees | self.employee_id)._kedudukan_recompute()
        return res

    def unlink(self):
        employees = self.employee_id
        res = super().unlink()
        employees.exists()._kedudukan_recompute()
        return res

    @api.model
    def _cron_refresh(self):
        """Daily: start and end delegations, then recompute the employees concerned (R7)."""
        today = fields.Date.context_today(self)
        todo = self.search([
            "|",
            "&", ("is_current", "=", False), "&", ("date_from", "<=", today), ("date_to", ">=", today),
            "&", ("is_current", "=", True), "|", ("date_from", ">", today), ("date_to", "<", today),
        ])
        ended = todo.filtered("is_current")
        changed = todo._refresh_current()
        for rec in ended:
            rec.employee_id.message_post(body=self.env._(
                "The appraisal delegation %(decree)s to %(delegate)s ended; "
                "the computed appraiser applies again.",
                decree=rec.decree_number, delegate=rec.delegate_id.name,
            ))
        changed._kedudukan_recompute()
        return changed
