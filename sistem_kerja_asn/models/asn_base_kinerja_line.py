from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError

from ..rules import kinerja as k
from ..rules.errors import RuleError


class AsnKinerjaLineMixin(models.AbstractModel):
    """What the lines of a performance record share: the record they belong to (for a note and
    a recommendation found from the employee when only the employee is named: a ketua does not
    read the record), its employee and company, and who may write which of their fields by his
    roles on the record (the lines of the SKP, issue 15: :meth:`_asn_check_line_edit`)."""

    _name = "asn.kinerja.line.mixin"
    _inherit = ["asn.access.mixin"]
    _description = "Sistem Kerja ASN: line of a performance record"

    kinerja_id = fields.Many2one(
        "asn.kinerja", string="Performance Record", index=True, ondelete="cascade",
        help="Found from the employee when left empty: the period running on that day.",
    )
    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True,
        compute="_compute_employee_id", store=True, readonly=False, precompute=True,
    )
    company_id = fields.Many2one(related="kinerja_id.company_id", store=True, index=True)

    # Who writes what (rules/kinerja.py EDIT), the hook of a line model: {edit group: field
    # names}, checked in this order; the fields in none of them are checked as
    # ``_asn_line_other_edit`` (None: not checked here).
    _asn_line_edit = {}
    _asn_line_other_edit = None

    @api.depends("kinerja_id")
    def _compute_employee_id(self):
        for rec in self:
            if rec.kinerja_id:
                rec.employee_id = rec.kinerja_id.sudo().employee_id

    def _asn_check_line_edit(self, names):
        """Refuse the current user's writing ``names`` on these lines by his roles on their
        records and the records' states (R2: the PPK rates; R5, R9: the plan; the realisation
        like the achieved results)."""
        names = set(names)
        grouped = set().union(*self._asn_line_edit.values())
        for record in self.sudo().kinerja_id:
            roles = record.with_env(self.env)._kinerja_roles()
            try:
                for group, fnames in self._asn_line_edit.items():
                    if names & fnames:
                        k.check_edit(group, roles, record.state)
                if self._asn_line_other_edit and names - grouped:
                    k.check_edit(self._asn_line_other_edit, roles, record.state)
            except RuleError as err:
                raise UserError(err.render(self.env._)) from err
