from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import bounds
from ..rules import penugasan as flows
from ..rules import tim_kerja as teams
from ..rules.errors import RuleError


class AsnTimKerjaMember(models.Model):
    _name = "asn.tim.kerja.member"
    _inherit = ["asn.tim.kerja.line.mixin"]
    _description = "Work Team Member"
    _order = "tim_kerja_id, role, id"

    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, ondelete="restrict"
    )
    role = fields.Selection(teams.ROLES, required=True, default=teams.ANGGOTA)
    department_id = fields.Many2one(related="employee_id.department_id", string="Unit")
    # Not a related field: Odoo searches related fields as superuser, so a related NIP would
    # answer ``=like`` searches digit by digit whatever its groups (issue 11).
    nip = fields.Char(string="NIP", compute="_compute_nip", search="_search_nip",
                      groups="hr.group_hr_user")
    jabatan_type = fields.Selection(related="employee_id.jabatan_type")
    # R17 for teams: a member from another unit joins with his own leader's consent.
    scope = fields.Selection(
        flows.SCOPES, string="Involvement", compute="_compute_consent_leader",
        help="R13: within the owning unit, across units, across PDs or across agencies.",
    )
    consent_leader_id = fields.Many2one(
        "hr.employee", string="Leader Asked", compute="_compute_consent_leader",
        help="R17: the member's own leader whose consent a member from another unit needs (his "
        "PPK, or his Kepala PD and/or PUO where the preset says so), as for an individual "
        "assignment across units.",
    )
    consent_state = fields.Selection(
        teams.CONSENT_STATES, string="Consent", readonly=True, copy=False,
        help="R17: set when the team is proposed; the decree waits for every consent.",
    )
    consent_by_id = fields.Many2one(
        "hr.employee", string="Answered By", readonly=True, copy=False, ondelete="restrict",
    )
    consent_date = fields.Date(string="Answered On", readonly=True, copy=False)
    consent_reason = fields.Text(string="Reason of Refusal", readonly=True, copy=False)
    can_answer_consent = fields.Boolean(compute="_compute_can_answer_consent")

    @api.depends("employee_id.department_id", "employee_id.company_id",
                 "tim_kerja_id.owning_unit_id", "tim_kerja_id.company_id")
    def _compute_consent_leader(self):
        Emp = self.env["hr.employee"]
        for member in self:
            member.scope = member._asn_scope()
            role = member._asn_consent_role()
            own = member.employee_id._asn_own_officials() if role and member.employee_id else {}
            member.consent_leader_id = own.get(role) or Emp

    @api.depends("consent_state", "consent_leader_id", "tim_kerja_id.state")
    @api.depends_context("uid")
    def _compute_can_answer_consent(self):
        mine = self.env.user._asn_employees()
        for member in self:
            member.can_answer_consent = bool(
                member.consent_state == teams.CONSENT_PENDING
                and member.tim_kerja_id.state == teams.PROPOSED
                and member.consent_leader_id & mine
            )

    @api.depends("employee_id", "tim_kerja_id")
    def _compute_display_name(self):
        for member in self:
            member.display_name = self.env._(
                "%(employee)s in %(team)s", employee=member.employee_id.name or "",
                team=member.tim_kerja_id.name or "",
            )

    def _asn_scope(self):
        """R13: where the member comes from, seen from the team's owning unit (rules)."""
        self.ensure_one()
        team, emp = self.sudo().tim_kerja_id, self.sudo().employee_id
        unit, owning = emp.department_id, team.owning_unit_id
        if not (emp and owning):
            return flows.DALAM_UNIT
        in_subtree = bool(unit) and str(owning.id) in (unit.parent_path or "").split("/")
        return teams.member_scope(
            in_subtree, unit.perangkat_daerah_id == owning.perangkat_daerah_id,
            same_agency=not emp.company_id or emp.company_id == team.company_id,
            options=team._options(),
        )

    def _asn_consent_role(self):
        """R17: the role whose consent this member needs (None within the owning unit)."""
        self.ensure_one()
        return teams.consent_role(self._asn_scope(), self.sudo().tim_kerja_id._options())

    def _asn_needs_consent(self):
        self.ensure_one()
        return bool(self._asn_consent_role())

    def action_consent(self):
        """R17: the member's own leader consents (the team's workflow gate)."""
        self.ensure_one()
        return self.tim_kerja_id._asn_do(teams.CONSENT, member=self)

    def action_refuse_consent(self, reason=None):
        """R17.4: the member's own leader refuses, stating why."""
        self.ensure_one()
        if reason is None:
            return {
                "type": "ir.actions.act_window",
                "res_model": "asn.tim.kerja.consent.wizard",
                "view_mode": "form",
                "target": "new",
                "context": {"default_member_id": self.id},
            }
        return self.tim_kerja_id._asn_do(teams.REFUSE_CONSENT, member=self, reason=reason)

    @api.model_create_multi
    def create(self, vals_list):
        if not self.env.su:
            for vals in vals_list:
                self._asn_check_consent_vals(vals)
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self._asn_check_consent_vals(vals)
        return super().write(vals)

    def _asn_check_consent_vals(self, vals):
        try:
            teams.check_consent_fields(vals)  # R17: the engine writes the consent
        except RuleError as err:
            raise UserError(err.render(self.env._)) from err

    @api.depends("employee_id")
    def _compute_nip(self):
        """The NIP of the members whose employee file the HR officer reads (an Admin PD: his
        PDs' employees)."""
        readable = self.employee_id._filtered_access("read")
        nips = {emp.id: emp.nip for emp in readable}
        for member in self:
            member.nip = nips.get(member.employee_id.id, False)

    def _search_nip(self, operator, value):
        """Searched as the user, under the employee files he may read (a user who reads no
        employee file is refused)."""
        return [("employee_id", "in", self.env["hr.employee"]._search([("nip", operator, value)]))]

    @api.constrains("employee_id")
    def _check_civil_servant(self):
        """A member receives a team assignment: a civil servant only (R1, R11, R22)."""
        for member in self:
            emp = member.sudo().employee_id
            try:
                bounds.check_civil_servant(emp.jabatan_type, emp.name)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err
