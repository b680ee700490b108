from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import letters
from ..rules import penugasan as flows
from ..rules import review
from ..rules import tim_kerja as teams
from ..rules import workflow
from ..rules.errors import RuleError
from ..rules.errors import render

PENYETARAAN_READERS = "hr.group_hr_user"  # who reads hasil_penyetaraan besides the organisers


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
    preferred_ketua_ids = fields.Many2many(
        "hr.employee", string="Preferred Team Leads", compute="_compute_preferred_ketua",
        help="R23 (MUN Ps 17(3)): the members from a position conversion (hasil penyetaraan), "
        "those of the owning unit first, whom the regulation prefers as team lead. Shown to "
        "whoever forms the team.",
    )
    work_crosses_units = fields.Boolean(
        tracking=True,
        help="R29 (BRT Lamp II B(2)-(3)): the substance or the technical execution of the work "
        "crosses units, Perangkat Daerah or agencies, even when the members come from one unit.",
    )
    team_need_warning = fields.Text(
        string="Is a Team Needed?", compute="_compute_team_need_warning",
        help="R29 (BRT Lamp II B): a one-year result plan and work that crosses units; otherwise "
        "individuals are assigned directly.",
    )
    consent_pending_count = fields.Integer(
        compute="_compute_consent_pending_count", string="Consents Awaited",
        help="R17: members from another unit whose own leader has not consented yet.",
    )
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
    @api.depends_context("uid")
    def _compute_ketua_warning(self):
        for team in self:
            ketua = team.member_ids.filtered(lambda m: m.role == teams.KETUA)[:1].employee_id
            team.member_count = len(team.member_ids)
            warnings = []
            if ketua and team.owning_unit_id:
                subtree = team._asn_owning_subtree().ids
                warnings.append(
                    teams.ketua_warning(ketua.department_id.id or None, subtree)  # R23
                )
                if team._asn_reads_penyetaraan():
                    members = team._asn_ketua_members()
                    lead = next((m for m in members if m[0] == ketua.id), None)
                    names = {m.employee_id.id: m.employee_id.name for m in team.member_ids}
                    warnings.append(teams.penyetaraan_warning(  # R23, MUN Ps 17(3)
                        lead, members, subtree, names=names, options=team._options(),
                    ))
            team.ketua_warning = " ".join(
                render(*warning, self.env._) for warning in warnings if warning
            ) or False

    @api.depends("member_ids.employee_id", "owning_unit_id")
    @api.depends_context("uid")
    def _compute_preferred_ketua(self):
        """R23 (MUN Ps 17(3)): offered first to whoever forms the team."""
        Emp = self.env["hr.employee"]
        for team in self:
            ids = []
            if team.owning_unit_id and team._asn_reads_penyetaraan():
                ids = teams.ketua_candidates(
                    team._asn_ketua_members(), team._asn_owning_subtree().ids, team._options()
                )
            team.preferred_ketua_ids = Emp.browse(ids)

    @api.depends("kind", "date_start", "date_end", "work_crosses_units", "state",
                 "member_ids.employee_id", "owning_unit_id")
    def _compute_team_need_warning(self):
        """R29: shown while the team is composed and proposed (a refusal where it binds)."""
        for team in self:
            warnings = []
            if team.state in (teams.DRAFT, teams.PROPOSED) and team.owning_unit_id:
                try:
                    warnings = team._asn_team_need()
                except RuleError as err:
                    warnings = [(err.template, err.params)]
            team.team_need_warning = " ".join(
                render(template, params, self.env._) for template, params in warnings
            ) or False

    @api.depends("member_ids.consent_state")
    def _compute_consent_pending_count(self):
        for team in self:
            team.consent_pending_count = len(team.member_ids.filtered(
                lambda m: m.consent_state == teams.CONSENT_PENDING
            ))

    # -- R23, R29: the facts the rules read ------------------------------------------------------

    def _asn_owning_subtree(self):
        """The owning unit and the units below it (organisation data)."""
        self.ensure_one()
        return self.env["hr.department"].sudo().search(
            [("id", "child_of", self.owning_unit_id.id)]
        )

    def _asn_reads_penyetaraan(self):
        """Whether the user may learn which members come from a position conversion: an HR
        officer, or whoever forms this team, to whom MUN Ps 17(3) gives the choice (R23)."""
        return self.env.su or self.env.user.has_group(PENYETARAAN_READERS) \
            or self._asn_is_organiser()

    def _asn_ketua_members(self):
        """(employee id, unit id, position class, from a position conversion) of the members,
        for rules/tim_kerja (R23). hasil_penyetaraan is HR data: found with a search, which
        puts no value of it in the cache a user's read would be served from (issue 11)."""
        self.ensure_one()
        employees = self.sudo().member_ids.employee_id
        converted = set(self.env["hr.employee"].sudo().search(
            [("id", "in", employees.ids), ("hasil_penyetaraan", "=", True)]
        ).ids)
        return [
            (emp.id, emp.department_id.id or None, emp.jabatan_type, emp.id in converted)
            for emp in employees
        ]

    def _asn_team_need(self):
        """R29: the warnings of rules/tim_kerja.check_team_needed (a RuleError where the
        regulation makes the criteria binding). The work crosses units when a member comes from
        outside the owning unit or the team says its substance or execution does."""
        self.ensure_one()
        crosses = any(
            member._asn_scope() != flows.DALAM_UNIT for member in self.sudo().member_ids
        )
        return teams.check_team_needed(
            crosses, teams.plan_months(self.kind, self.date_start, self.date_end),
            self.work_crosses_units, self._options(),
        )

    @api.depends("member_ids.employee_id", "owning_unit_id", "create_uid", "state")
    def _compute_participant_user_ids(self):
        for team in self:
            users = team.create_uid | team.sudo().member_ids.employee_id.user_id
            for holder in team._role_holders().values():
                users |= holder.sudo().user_id
            if team.state == teams.PROPOSED:  # R17: the leaders asked to consent read it
                users |= team.sudo().member_ids.consent_leader_id.user_id
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
        """R22: who signs the team decree: whoever establishes it (rules/letters.signer_role
        of an SK Tim Kerja given by the PUO of the owning unit: the preset's establisher,
        MUN Ps 1 angka 16 the Kepala PD)."""
        self.ensure_one()
        role = letters.signer_role(
            flows.SK_TIM_KERJA, flows.PUO_OWNER, teams.decree_signer(self._options())
        )
        holder = self._role_holders().get(role)
        return holder or self.pemilik_kinerja_id

    def _letter_values(self):
        """What the team decree shows (R22, R15): a Keputusan in decree form issued by whoever
        establishes the team, on the preset's legal basis, the letterhead of the owning PD and
        the tembusan by position: the head of the PD (when he does not sign it) and the PPK of
        each member."""
        self.ensure_one()
        team = self.sudo()
        Penugasan = self.env["asn.penugasan"]
        signer = Penugasan._employee_signer(self._asn_decree_signer())
        company = team.company_id
        pd = team.owning_unit_id.perangkat_daerah_id
        copies = [pd._asn_head()] + [m.employee_id.ppk_id for m in team.member_ids]
        subject = self.env._("Forming %(team)s", team=letters.team_name(team.name))
        return {
            "letterhead": pd._asn_letterhead(company),
            "signer": signer,
            "place": company.asn_letter_place or company.city or "",
            "fmt_number": letters.format_number,
            "decree": True,
            "heading": letters.decree_title(
                signer["office"], company.asn_letter_government_name or company.name
            ),
            "subject": subject,
            "team": letters.team_name(team.name),
            "considerations": [
                self.env._("that the performance targets of %(unit)s are best reached by a work "
                           "team whose members work together by their competence;",
                           unit=team.owning_unit_id.name),
                Penugasan._letter_consideration(signer["office"], subject),
            ],
            "basis": list(self._options().get("letter_legal_basis") or []),
            "tembusan": letters.tembusan(
                [emp._asn_position_title() for emp in copies if emp], exclude=[signer["title"]]
            ),
            "number": team.decree_number,
            "date": team.decree_date or team.date_start,
        }

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

    def _asn_decide(self, action, reason=None, member=None):
        """R22-R29: who may propose, establish, return, close or dissolve the team now; R17: a
        member's own leader consents to his joining or refuses."""
        if action in (teams.CONSENT, teams.REFUSE_CONSENT):
            return self._asn_decide_consent(action, member, reason)
        options = self._options()
        if not teams.may_act(self.state, action, self._user_roles(), options):
            raise UserError(self.env._(
                "You cannot do this on the team %(team)s now.", team=self.name
            ))
        notes = []
        vals = {}
        if action == teams.PROPOSE:
            self._asn_check_may_form()  # R9
            if not self.member_ids:
                raise UserError(self.env._("Choose the members before proposing the team."))
            notes = self._asn_team_need()  # R29: a refusal where it binds, else the warnings
            vals["member_ids"] = self._asn_ask_consents()  # R17
        new_state = teams.transition(
            self.state, action, decree_number=self.decree_number,
            decree_date=self.decree_date, reason=reason,
        )
        if action == teams.ESTABLISH:
            members = self.sudo().member_ids.filtered("consent_state")
            teams.check_consents(  # R17: the decree waits for every leader's consent
                [(m.employee_id.name, m.consent_state) for m in members]
            )
        if action == teams.RETURN:  # revised, then proposed and consented again (R17)
            vals["member_ids"] = [
                fields.Command.update(m.id, dict.fromkeys(teams.CONSENT_FIELDS, False))
                for m in self.sudo().member_ids.filtered("consent_state")
            ]
        vals["state"] = new_state
        if reason:
            vals["close_reason"] = reason
        message = self._asn_step_message(dict(teams.ACTIONS).get(action, action), reason)
        for template, params in notes:
            message += " " + render(template, params, self.env._)
        return vals, message

    def _asn_check_may_form(self):
        """R9: the leader of the owning unit forms the team; a Pengawas who coordinates the
        substance work of his unit is its team lead already and, where the options say so,
        forms no other team (rules/tim_kerja.is_coordinating_pengawas, from the resolver)."""
        for team in self:
            head = team.owning_unit_id._asn_head().sudo()
            if head.jabatan_type != "pengawas":
                continue  # only a Pengawas can coordinate (R9): no tree to load
            Dept = self.env["hr.department"]
            units, people, policy = Dept._kedudukan_inputs(team.sudo().company_id)
            try:
                teams.check_may_form_team(
                    teams.is_coordinating_pengawas(units, people, policy, head.id),
                    team._options(), person=head.name,
                )
            except RuleError as err:
                raise UserError(err.render(self.env._)) from err

    def _asn_ask_consents(self):
        """R17 on proposal: the own leader of each member from another unit is asked (consent
        given at once when he is the one proposing); the commands for the engine's write."""
        mine = self.env.user._asn_employees()
        today = fields.Date.context_today(self)
        commands = []
        for member in self.sudo().member_ids:
            leader = member.consent_leader_id
            if not member._asn_needs_consent():
                vals = dict.fromkeys(teams.CONSENT_FIELDS, False)
            elif teams.initial_consent(bool(leader & mine)) == teams.CONSENT_GIVEN:
                vals = {"consent_state": teams.CONSENT_GIVEN, "consent_by_id": leader.id,
                        "consent_date": today, "consent_reason": False}
            else:
                vals = {"consent_state": teams.CONSENT_PENDING, "consent_by_id": False,
                        "consent_date": False, "consent_reason": False}
            commands.append(fields.Command.update(member.id, vals))
        return commands

    def _asn_decide_consent(self, action, member, reason=None):
        """R17 for a team: the leader where the member sits (the PPK, or the Kepala PD and/or
        PUO where the preset says so) consents or refuses, with a reason (R17.4), while the team
        is proposed; recorded on the member and in the chatter."""
        member = (member or self.env["asn.tim.kerja.member"]).sudo()
        if self.state != teams.PROPOSED or member.tim_kerja_id != self:
            raise UserError(self.env._("This member's leader is not asked for consent now."))
        leader = member.consent_leader_id & self.env.user._asn_employees()
        if not leader:
            raise UserError(self.env._(
                "Only %(leader)s, the leader of %(employee)s, consents to his joining the team "
                "(R17).", leader=member.consent_leader_id.name or self.env._("nobody"),
                employee=member.employee_id.name,
            ))
        state = teams.consent_transition(member.consent_state, action, reason)
        vals = {"consent_state": state, "consent_by_id": leader[:1].id,
                "consent_date": fields.Date.context_today(self),
                "consent_reason": reason if action == teams.REFUSE_CONSENT else False}
        if action == teams.CONSENT:
            message = self.env._(
                "%(leader)s consents that %(employee)s joins the team (R17).",
                leader=leader[:1].name, employee=member.employee_id.name,
            )
        else:
            message = self.env._(
                "%(leader)s refuses that %(employee)s joins the team (R17). Reason: %(reason)s",
                leader=leader[:1].name, employee=member.employee_id.name, reason=reason,
            )
        return {"member_ids": [fields.Command.update(member.id, vals)]}, message

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
        the HR office of that PD; nobody forms one in their name. Not for a unit whose head is
        a coordinating Pengawas where the options forbid it (R9)."""
        for team in self:
            if team._user_roles() or self.env.user._asn_hr_covers(
                    team.sudo().owning_unit_id, team.company_id):
                continue
            raise UserError(self.env._(
                "Only the leader of %(unit)s, the head of its regional agency or its HR office "
                "forms a team for it (R22).", unit=team.sudo().owning_unit_id.name,
            ))
        self._asn_check_may_form()

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
        """R22, R15: every member of an established team receives a team assignment, carried by
        the team decree (its number) or, where the preset gives team members letters by scope
        (MUN Ps 13(5)-(6), BKS Ps 7(5) with Ps 8), by a letter of its own with its own number."""
        pd = self.owning_unit_id.perangkat_daerah_id
        day = self.decree_date or fields.Date.context_today(self)
        vals = []
        for member in self.member_ids:
            scope = member._asn_scope()  # R13
            letter_type = flows.team_member_letter(  # R15: as the preset says
                scope, self._options(), pd.unit_kind or None
            )
            by_decree = letter_type == flows.SK_TIM_KERJA
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
                "letter_type": letter_type,
                "letter_number": self.decree_number if by_decree else False,
                "letter_date": self.decree_date if by_decree else day,
            })
        assignments = self.env["asn.penugasan"].sudo().with_context(
            skasn_team_assignment=True
        ).create(vals)
        options = self._options()
        for rec in assignments:
            if rec.letter_type != flows.SK_TIM_KERJA:
                rec.letter_number = rec._next_number(rec.letter_type, day)  # its own number (R15)
            # "Assigned By" is whoever signs the document that carries it (the decree's signer,
            # the Kepala PD of MUN Ps 13(5) across units), not always the team's owner
            signer = rec._letter_signer(rec.letter_type, rec._role_holders(), options)["employee"]
            rec.assigner_id = signer or self.pemilik_kinerja_id
        return assignments

    def _asn_todo(self):
        """A proposed team waits for the consent of the own leader of each member from another
        unit (R17), then for whoever establishes it by decree (R22), or revises it when a
        leader refused."""
        if self.state != teams.PROPOSED:
            return []
        members = self.sudo().member_ids
        pending = members.filtered(lambda m: m.consent_state == teams.CONSENT_PENDING)
        todo = [
            (member.consent_leader_id.user_id,
             self.env._("Consent to %(employee)s joining the team", employee=member.employee_id.name),
             None, self.mandate or self.name)
            for member in pending if member.consent_leader_id.user_id
        ]
        if pending:
            return todo
        role = teams.actor_role(self.state, teams.ESTABLISH, self._options())
        holder = self._role_holders().get(role)
        user = holder.sudo().user_id if holder else None
        if not user:
            return []
        if members.filtered(lambda m: m.consent_state == teams.CONSENT_REFUSED):
            return [(user, self.env._("Revise the team: a member's leader refused"), None, None)]
        return [(user, self.env._("Establish the team by decree"), None, None)]

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
