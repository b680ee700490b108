from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import bounds
from ..rules import penugasan as flows
from ..rules import review
from ..rules import tim_kerja as teams
from ..rules import workflow
from ..rules.errors import RuleError
from ..rules.errors import render


class AsnTimKerja(models.Model):
    """A work team (tim kerja, R22-R29): formed by the PUO, established by decree; on
    establishment every member receives a team assignment (form ``tim``)."""

    _name = "asn.tim.kerja"
    _description = "Work Team"
    _inherit = ["asn.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    _asn_workflow = workflow.TIM_KERJA
    _asn_activity_type = "sistem_kerja_asn.mail_act_tim_kerja_step"

    name = fields.Char(required=True, tracking=True)
    kind = fields.Selection(teams.KINDS, required=True, default=teams.RUTIN, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    owning_unit_id = fields.Many2one(
        "hr.department", required=True, index=True, tracking=True,
        help="The unit that owns the team's targets.",
    )
    pemilik_kinerja_id = fields.Many2one(
        "hr.employee", string="Performance Owner", compute="_compute_pemilik_kinerja",
        store=True, readonly=False,
        help="Pejabat Pemilik Kinerja: the official who owns the team's target and output.",
    )
    date_start = fields.Date(string="From", required=True, default=fields.Date.context_today)
    date_end = fields.Date(string="To", compute="_compute_date_end", store=True, readonly=False)
    state = fields.Selection(
        teams.STATES, default=teams.DRAFT, required=True, readonly=True, copy=False,
        tracking=True, index=True,
    )
    decree_number = fields.Char(tracking=True, copy=False)
    decree_date = fields.Date(copy=False)
    mandate = fields.Text(help="R24: the specific mandate of a special or incidental team.")
    member_ids = fields.One2many(
        "asn.tim.kerja.member", "tim_kerja_id", string="Members", copy=True
    )
    target_ids = fields.One2many(
        "asn.tim.kerja.target", "tim_kerja_id", string="Targets", copy=True
    )
    penugasan_ids = fields.One2many("asn.penugasan", "tim_kerja_id", string="Assignments")
    ketua_id = fields.Many2one(
        "hr.employee", string="Team Lead", compute="_compute_ketua", store=True
    )
    ketua_warning = fields.Char(compute="_compute_ketua_warning")
    member_count = fields.Integer(compute="_compute_ketua_warning", string="Number of Members")
    close_reason = fields.Text(readonly=True, copy=False)
    participant_user_ids = fields.Many2many(
        "res.users", "asn_tim_kerja_participant_rel", "tim_kerja_id", "user_id",
        compute="_compute_participant_user_ids", store=True, string="Participants",
        help="Who may read the team: its members, the leaders of the owning unit and its "
        "creator (record rules).",
    )
    stage = fields.Selection(review.STAGES, compute="_compute_stage")
    eskalasi_ids = fields.One2many("asn.eskalasi", "tim_kerja_id", string="Raised Problems")

    @api.depends("state")
    def _compute_stage(self):
        for team in self:
            team.stage = review.stage_of(review.TIM_KERJA, team.state)  # R30

    @api.depends("owning_unit_id")
    def _compute_pemilik_kinerja(self):
        for team in self:
            team.pemilik_kinerja_id = team.owning_unit_id._asn_head()

    @api.depends("kind", "date_start")
    def _compute_date_end(self):
        for team in self:
            if not team.date_end:
                team.date_end = teams.default_end(team.kind, team.date_start)  # R24

    @api.depends("member_ids.role", "member_ids.employee_id", "owning_unit_id")
    def _compute_ketua(self):
        for team in self:
            team.ketua_id = team.member_ids.filtered(
                lambda m: m.role == teams.KETUA
            )[:1].employee_id

    @api.depends("member_ids.role", "member_ids.employee_id", "owning_unit_id")
    def _compute_ketua_warning(self):
        for team in self:
            ketua = team.member_ids.filtered(lambda m: m.role == teams.KETUA)[:1].employee_id
            team.member_count = len(team.member_ids)
            warning = None
            if ketua and team.owning_unit_id:
                subtree = self.env["hr.department"].sudo().search(
                    [("id", "child_of", team.owning_unit_id.id)]
                ).ids
                warning = teams.ketua_warning(ketua.department_id.id or None, subtree)  # R23
            team.ketua_warning = render(*warning, self.env._) if warning else False

    @api.depends("member_ids.employee_id", "owning_unit_id", "create_uid", "state")
    def _compute_participant_user_ids(self):
        for team in self:
            users = team.create_uid | team.sudo().member_ids.employee_id.user_id
            for holder in team._role_holders().values():
                users |= holder.sudo().user_id
            team.participant_user_ids = users

    def _options(self):
        policy = self.env["asn.kedudukan.policy"]._for_company(self.company_id or self.env.company)
        return policy._work_options()

    def _role_holders(self):
        self.ensure_one()
        unit = self.owning_unit_id
        return {
            flows.PUO_OWNER: unit._asn_head(),
            flows.PD_HEAD_OWNER: unit.perangkat_daerah_id._asn_head(),
        }

    def _asn_decree_signer(self):
        """R22: who signs the team decree: whoever establishes it (rules/tim_kerja)."""
        self.ensure_one()
        holder = self._role_holders().get(teams.decree_signer(self._options()))
        return holder or self.pemilik_kinerja_id

    def _user_roles(self):
        mine = self.env.user._asn_employees()
        return {r for r, h in self._role_holders().items() if h and h & mine}

    def _asn_user_actions(self):
        return teams.allowed_actions(self.state, self._user_roles(), self._options())

    @api.constrains("kind", "date_start", "date_end", "member_ids")
    def _check_team(self):
        for team in self:
            members = [(m.employee_id.id, m.role) for m in team.member_ids]
            names = {m.employee_id.id: m.employee_id.name for m in team.member_ids}
            ketuas = [m.employee_id.id for m in team.member_ids if m.role == teams.KETUA]
            try:
                teams.check_team(
                    team.kind, team.date_start, team.date_end, members,
                    ketua=ketuas[0] if ketuas else None, options=team._options(), names=names,
                )
            except RuleError as err:
                if err.code == "no_members" and team.state == teams.DRAFT:
                    continue  # a draft may be saved before its members are chosen
                raise ValidationError(err.render(self.env._)) from err
            for member in team.member_ids:
                if not member.employee_id.active:
                    raise ValidationError(self.env._(
                        "%(employee)s is archived and cannot join a team.",
                        employee=member.employee_id.name,
                    ))
                if member.role == teams.PENGENDALI:
                    try:
                        teams.check_pengendali(
                            member.employee_id.jabatan_type, member.employee_id.jenjang
                        )  # R28
                    except RuleError as err:
                        raise ValidationError(err.render(self.env._)) from err

    @api.constrains("date_start", "date_end", "decree_date")
    def _check_period_bounds(self):
        """Dates between 1900 and 2099; a team works at most five years (a routine team keeps
        its budget year, R24; rules/bounds.py)."""
        self._asn_check_period(("date_start", "date_end", "decree_date"))

    # -- the engine's hooks (asn.workflow.mixin) ---------------------------------------------

    def _asn_decide(self, action, reason=None):
        """R22-R29: who may propose, establish, return, close or dissolve the team now."""
        options = self._options()
        if not teams.may_act(self.state, action, self._user_roles(), options):
            raise UserError(self.env._(
                "You cannot do this on the team %(team)s now.", team=self.name
            ))
        if action == teams.PROPOSE:
            head = self.owning_unit_id._asn_head().sudo()
            coordinating = head.jabatan_type == "pengawas" and head.koordinator_id == head
            if not teams.may_form_team(coordinating, options):  # R9
                raise UserError(self.env._(
                    "A Pengawas who coordinates the substance work cannot form other teams (R9)."
                ))
            if not self.member_ids:
                raise UserError(self.env._("Choose the members before proposing the team."))
        new_state = teams.transition(
            self.state, action, decree_number=self.decree_number,
            decree_date=self.decree_date, reason=reason,
        )
        vals = {"state": new_state}
        if reason:
            vals["close_reason"] = reason
        return vals, self._asn_step_message(dict(teams.ACTIONS).get(action, action), reason)

    def write(self, vals):
        res = super().write(vals)
        if vals.get("state") == teams.ESTABLISHED:  # the engine's step, or loaded data
            for team in self.sudo().filtered(lambda t: not t.penugasan_ids):
                team._create_member_assignments()  # R22
        return res

    def _asn_after_step(self, action, before, **kwargs):
        if self.state in (teams.CLOSED, teams.DISSOLVED):
            self.sudo().penugasan_ids.filtered(
                lambda p: p.state not in flows.TERMINAL
            ).write({"state": flows.CANCELLED})

    def _asn_check_created(self):
        """A team is formed by the leader of the unit that owns it (R22), the head of its PD or
        the HR office of that PD; nobody forms one in their name."""
        for team in self:
            if team._user_roles() or self.env.user._asn_hr_covers(
                    team.sudo().owning_unit_id, team.company_id):
                continue
            raise UserError(self.env._(
                "Only the leader of %(unit)s, the head of its regional agency or its HR office "
                "forms a team for it (R22).", unit=team.sudo().owning_unit_id.name,
            ))

    def _asn_is_organiser(self):
        user = self.env.user
        return bool(self.env.su or self.create_uid == user or self._user_roles()
                    or user._asn_hr_covers(self.sudo().owning_unit_id, self.company_id))

    def _asn_check_edit(self, part="team"):
        """Issue 7: a member reads the team; only its organisers change it (rules/tim_kerja)."""
        if self.env.su:
            return
        for team in self:
            try:
                teams.check_team_edit(team._asn_is_organiser(), team.state, part)
            except RuleError as err:
                raise UserError(err.render(self.env._)) from err

    def _asn_check_write(self, vals):
        self._asn_check_edit()

    def _create_member_assignments(self):
        """R22, R15: every member of an established team receives a team assignment carried
        by the team decree."""
        subtree = self.env["hr.department"].sudo().search(
            [("id", "child_of", self.owning_unit_id.id)]
        )
        pd = self.owning_unit_id.perangkat_daerah_id
        vals = []
        for member in self.member_ids:
            emp_unit = member.employee_id.department_id
            if emp_unit in subtree:
                scope = flows.DALAM_UNIT
            elif emp_unit.perangkat_daerah_id == pd:
                scope = flows.LINTAS_UNIT
            else:
                scope = flows.LINTAS_PD
            if scope not in self._options()["scopes"]:
                scope = flows.LINTAS_UNIT  # presets without a cross-PD scope (R13)
            vals.append({
                "employee_id": member.employee_id.id, "form": flows.TIM, "scope": scope,
                "method": flows.PENUNJUKAN, "nature": flows.RUTIN if self.kind == teams.RUTIN
                else flows.INSIDENTAL, "owning_unit_id": self.owning_unit_id.id,
                "tim_kerja_id": self.id, "company_id": self.company_id.id,
                "description": self.env._(
                    "%(role)s of the team %(team)s", team=self.name,
                    role=dict(teams.ROLES).get(member.role, member.role),
                ),
                "expected_target": "\n".join(self.target_ids.mapped("name")) or self.mandate,
                "date_start": self.date_start, "date_end": self.date_end,
                "state": flows.DELIVERED,
                "letter_type": flows.team_member_letter(  # R15: as the preset says
                    scope, self._options(), pd.unit_kind or None
                ),
                "letter_number": self.decree_number, "letter_date": self.decree_date,
                "assigner_id": self.pemilik_kinerja_id.id,
            })
        assignments = self.env["asn.penugasan"].sudo().with_context(
            skasn_team_assignment=True
        ).create(vals)
        return assignments

    def _asn_todo(self):
        """A proposed team waits for whoever establishes it by decree (R22)."""
        if self.state != teams.PROPOSED:
            return []
        role = teams.actor_role(self.state, teams.ESTABLISH, self._options())
        holder = self._role_holders().get(role)
        user = holder.sudo().user_id if holder else None
        return [(user, self.env._("Establish the team by decree"), None, None)] if user else []

    def action_propose(self):
        return self._asn_do(teams.PROPOSE)

    def action_establish(self):
        return self._asn_do(teams.ESTABLISH)

    def action_close(self):
        return self._asn_do(teams.CLOSE)

    def action_return(self, reason=None):
        return self._asn_do(teams.RETURN, reason=reason or self.env._("Returned for revision"))

    def action_dissolve(self, reason=None):
        return self._asn_do(teams.DISSOLVE, reason=reason or self.env._("Dissolved"))


class AsnTimKerjaLineMixin(models.AbstractModel):
    """The lines of a team (members, targets): changed by its organisers while it is a draft,
    the decree fixes them (R22)."""

    _name = "asn.tim.kerja.line.mixin"
    _description = "Sistem Kerja ASN: line of a work team"

    tim_kerja_id = fields.Many2one(
        "asn.tim.kerja", string="Team", required=True, ondelete="cascade", index=True
    )

    @api.model_create_multi
    def create(self, vals_list):
        self.env["asn.tim.kerja"].browse(
            {vals["tim_kerja_id"] for vals in vals_list if vals.get("tim_kerja_id")}
        )._asn_check_edit("members")
        return super().create(vals_list)

    def write(self, vals):
        self.tim_kerja_id._asn_check_edit("members")
        res = super().write(vals)
        self.tim_kerja_id._asn_check_edit("members")
        return res

    def unlink(self):
        self.tim_kerja_id._asn_check_edit("members")
        return super().unlink()


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


class AsnTimKerjaTarget(models.Model):
    _name = "asn.tim.kerja.target"
    _inherit = ["asn.tim.kerja.line.mixin"]
    _description = "Work Team Target"
    _order = "tim_kerja_id, sequence, id"

    sequence = fields.Integer(default=10)
    name = fields.Char(string="Expected Output", required=True)
    indicator = fields.Char()
    target_value = fields.Char(string="Target")
