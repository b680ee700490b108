from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.tools.misc import format_date

from ..rules import bounds
from ..rules import letters
from ..rules import penugasan as flows
from ..rules import review
from ..rules import tim_kerja as teams
from ..rules import workflow
from ..rules.errors import RuleError

ACTIVE_STATES = (flows.DELIVERED, flows.DONE)
# R15: the documents written as a decree (Menimbang, Mengingat, Memutuskan); the others are
# letters (Dasar, Menugaskan / Memerintahkan, Kepada, Untuk).
DECREES = (flows.KEPUTUSAN_KEPALA_PD, flows.KEPUTUSAN_BUPATI, flows.SK_TIM_KERJA)


class AsnPenugasan(models.Model):
    """An assignment (penugasan, R11-R21): who works on what, for whom, carried by a letter.

    The workflow per scope x method is data in ``rules/penugasan.py``; every button goes through
    the engine's gate (``asn.workflow.mixin._asn_do``), which asks :meth:`_asn_decide` whether the
    current user holds the role that acts now, moves the state, posts to the chatter and hands the
    activity on.
    """

    _name = "asn.penugasan"
    _description = "Assignment"
    _inherit = ["asn.workflow.mixin", "portal.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "create_date desc, id desc"
    _asn_workflow = workflow.PENUGASAN
    _asn_activity_type = "sistem_kerja_asn.mail_act_penugasan_step"
    # Issue 14: whoever reads the assignment (its employee in the portal, the officials) writes
    # in its feedback thread; the content stays with the workflow engine.
    _mail_post_access = "read"
    # A letter number is issued once per government (issue 11, 12): every letter has its own,
    # except the team assignments carried by their team's decree (SK Tim Kerja), which all print
    # that decree and its number. An exclusion constraint: a UNIQUE constraint cannot have a
    # WHERE clause. The answer to a request (Surat Jawaban) is numbered once per government too.
    _sql_constraints = [
        ("letter_number_company_uniq",
         "EXCLUDE USING btree (company_id WITH =, letter_number WITH =) "
         "WHERE (letter_number IS NOT NULL AND (tim_kerja_id IS NULL "
         "OR letter_type IS DISTINCT FROM 'sk_tim_kerja'))",
         "This letter number is already used by another assignment of the government."),
        ("answer_number_company_uniq", "UNIQUE (company_id, answer_number)",
         "This answer letter number is already used by another assignment of the government."),
    ]

    name = fields.Char(
        string="Reference", readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    employee_id = fields.Many2one(
        "hr.employee", index=True, tracking=True, ondelete="restrict",
        domain="[('jabatan_type', '!=', False)]",
        help="The civil servant assigned; across units it may be chosen by the PPK where "
        "the employee sits (R17.3).",
    )
    employee_department_id = fields.Many2one(
        related="employee_id.department_id", store=True, index=True, string="Employee's Unit"
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    form = fields.Selection(flows.FORMS, required=True, default=flows.INDIVIDU, tracking=True)
    method = fields.Selection(
        flows.METHODS, required=True, default=flows.PENUNJUKAN, tracking=True
    )
    scope = fields.Selection(
        flows.SCOPES, required=True, default=flows.DALAM_UNIT, tracking=True
    )
    nature = fields.Selection(flows.NATURES, required=True, default=flows.RUTIN)
    owning_unit_id = fields.Many2one(
        "hr.department", index=True, tracking=True,
        help="The unit that owns the work and its target (Pejabat Pemilik Kinerja).",
    )
    target_unit_id = fields.Many2one(
        "hr.department", string="Requested From",
        help="Across units or agencies: the unit where the employee is requested from.",
    )
    target_company_id = fields.Many2one(
        "res.company", string="Target Agency",
        help="Across agencies (R18): the government the employee belongs to.",
    )
    tim_kerja_id = fields.Many2one("asn.tim.kerja", string="Team", index=True, ondelete="cascade")
    description = fields.Text(required=True)
    # R19: the four elements of a request for involvement.
    purpose = fields.Text()
    competence = fields.Text(string="Competence Needed")
    expected_target = fields.Text(string="Expected Performance Target")
    date_start = fields.Date(string="From", required=True, default=fields.Date.context_today)
    date_end = fields.Date(string="To", required=True)
    state = fields.Selection(
        flows.STATES, default=flows.DRAFT, required=True, readonly=True, copy=False,
        tracking=True, index=True,
    )
    refuse_reason = fields.Text(readonly=True, copy=False, tracking=True)
    assigner_id = fields.Many2one(
        "hr.employee", string="Assigned By", readonly=True, copy=False,
        help="The official who issued the assignment letter.",
    )
    letter_type = fields.Selection(
        flows.ASSIGNMENT_DOCS, compute="_compute_letter_type", store=True, readonly=False,
        help="R15: the document that carries the assignment, as the regency's preset says.",
    )
    letter_number = fields.Char(readonly=True, copy=False, tracking=True)
    letter_date = fields.Date(readonly=True, copy=False)
    request_number = fields.Char(readonly=True, copy=False)
    request_date = fields.Date(readonly=True, copy=False)
    answer_date = fields.Date(readonly=True, copy=False)
    answer_number = fields.Char(
        readonly=True, copy=False, tracking=True,
        help="The number of the answer letter (Surat Jawaban) to the request, issued with it "
        "by the Perangkat Daerah that answers (R17.2).",
    )
    load_weight = fields.Float(
        compute="_compute_load_weight", store=True, aggregator="sum", string="Load",
        help="R14: the weight of this assignment in its employee's workload while it is active.",
    )
    is_active_assignment = fields.Boolean(
        compute="_compute_load_weight", store=True, string="Active"
    )
    participant_user_ids = fields.Many2many(
        "res.users", "asn_penugasan_participant_rel", "penugasan_id", "user_id",
        compute="_compute_participant_user_ids", store=True, string="Participants",
        help="Who may read and act on the assignment: its employee, the officials of its "
        "flow, its creator and, for a team assignment, the team's members (record rules).",
    )
    stage = fields.Selection(review.STAGES, compute="_compute_stage")
    laporan_ids = fields.One2many("asn.laporan", "penugasan_id", string="Reports")
    eskalasi_ids = fields.One2many(
        "asn.eskalasi", "penugasan_id", string="Raised Problems",
        help="R33: problems the employee raised on this individual assignment to his PUO.",
    )
    next_actor_id = fields.Many2one(
        "hr.employee", compute="_compute_next_actor", string="Waiting For"
    )
    employee_load = fields.Float(compute="_compute_employee_load", string="Employee's Load")
    load_warning = fields.Char(compute="_compute_employee_load")
    asn_can_report = fields.Boolean(
        compute="_compute_asn_can_report",
        help="The current user is the employee of this active assignment: he reports on it "
        "(R31).",
    )

    asn_can_request_report = fields.Boolean(
        compute="_compute_asn_can_report",
        help="The current user leads the work of this active assignment: he may ask for a "
        "report (R31).",
    )

    # -- computes ------------------------------------------------------------------------------

    def _policy(self):
        return self.env["asn.kedudukan.policy"]._for_company(self.company_id or self.env.company)

    def _options(self):
        return self._policy()._work_options()

    @api.depends("scope", "form", "owning_unit_id", "company_id", "employee_id.department_id")
    def _compute_letter_type(self):
        for rec in self:
            if rec.letter_number:
                continue
            pd = rec.owning_unit_id.perangkat_daerah_id
            own_pd = rec.sudo().employee_id.department_id.perangkat_daerah_id  # organisation data
            try:
                rec.letter_type = flows.letter_for(
                    rec.scope, rec.form, rec._options(), pd_kind=pd.unit_kind or None,
                    employee_pd_kind=own_pd.unit_kind or None,
                )  # R15
            except RuleError:
                rec.letter_type = flows.SURAT_TUGAS

    @api.depends("state")
    def _compute_stage(self):
        for rec in self:
            rec.stage = review.stage_of(review.PENUGASAN, rec.state)  # R30

    @api.depends("state", "nature", "form", "date_end")
    def _compute_load_weight(self):
        for rec in self:
            active = rec.state in ACTIVE_STATES
            rec.is_active_assignment = active
            rec.load_weight = flows.DEFAULT_WEIGHTS.get(rec.nature, 1.0) if active else 0.0

    def _role_holders(self):
        """{role: hr.employee} for this record (R16-R21 roles, from kedudukan)."""
        self.ensure_one()
        rec = self.sudo()  # who holds a role is organisation data
        emp = rec.employee_id
        Emp = self.env["hr.employee"]
        owner_unit = rec.owning_unit_id or emp.department_id
        target_unit = rec.target_unit_id or emp.department_id
        puo_owner = owner_unit._asn_head()
        holders = {
            flows.EMPLOYEE: emp,
            flows.PUO_OWNER: puo_owner,
            flows.PPK_OWNER: puo_owner.sudo().ppk_id,
            flows.PD_HEAD_OWNER: owner_unit.perangkat_daerah_id._asn_head(),
            flows.PYB_REQUESTER: rec.company_id.sudo().asn_pyb_id,
            flows.PYB_TARGET: (rec.target_company_id or emp.company_id).sudo().asn_pyb_id,
        }
        if emp:
            own = emp._asn_own_officials()  # shared with a team member's consent (R17)
            holders.update({
                role: own[role]
                for role in (flows.PUO_EMPLOYEE, flows.PPK_EMPLOYEE, flows.PD_HEAD_EMPLOYEE)
            })
        else:  # before the employee is named, the PPK and PUO where he sits act (R17.2-3, R18)
            ppk, puo = target_unit._asn_unit_officials() if target_unit else (Emp, Emp)
            holders.update({
                flows.PUO_EMPLOYEE: puo,
                flows.PPK_EMPLOYEE: ppk,
                flows.PD_HEAD_EMPLOYEE: target_unit.perangkat_daerah_id._asn_head(),
            })
        return {role: (holder or Emp) for role, holder in holders.items()}

    @api.depends("employee_id", "owning_unit_id", "target_unit_id", "target_company_id",
                 "state", "create_uid", "tim_kerja_id")
    def _compute_participant_user_ids(self):
        for rec in self:
            team_users = rec.sudo().tim_kerja_id.member_ids.employee_id.user_id
            rec.participant_user_ids = rec._asn_official_users() | team_users

    def _asn_official_users(self):
        """The creator and the holders of the flow's roles (not the fellow team members)."""
        self.ensure_one()
        users = self.create_uid
        for holder in self._role_holders().values():
            users |= holder.sudo().user_id
        return users

    def _user_roles(self, user=None, holders=None):
        user = user or self.env.user
        mine = user._asn_employees()
        holders = holders if holders is not None else self._role_holders()
        return {role for role, holder in holders.items() if holder and holder & mine}

    def _asn_user_actions(self):
        """R16-R21: the actions of the current step open to the roles the user holds."""
        try:
            return flows.allowed_actions(
                self.scope, self.method, self.state, self._user_roles(), self._options()
            )
        except RuleError:
            return []

    @api.depends("state", "employee_id", "owning_unit_id", "target_unit_id", "scope", "method")
    def _compute_next_actor(self):
        for rec in self:
            rec.next_actor_id = rec._next_actor()

    def _next_actor(self):
        try:
            role = flows.actor_role(self.scope, self.method, self.state, self._options())
        except RuleError:
            role = None
        if not role:
            return self.env["hr.employee"]
        return self._role_holders().get(role)

    @api.depends("employee_id")
    def _compute_employee_load(self):
        loads = self.employee_id._asn_workload()
        for rec in self:
            limit = rec._policy().workload_limit
            load = loads.get(rec.employee_id.id, 0.0)
            rec.employee_load = load
            rec.load_warning = (
                self.env._(
                    "%(employee)s already carries a load of %(load)s, above the limit of "
                    "%(limit)s (R14).", employee=rec.employee_id.name, load=load, limit=limit,
                )
                if limit and flows.over_limit(load, limit) else False
            )

    @api.depends_context("uid")
    @api.depends("state", "employee_id")
    def _compute_asn_can_report(self):
        mine = self.env.user._asn_employees()
        for rec in self:
            active = bool(rec.id and rec.is_active_assignment)
            rec.asn_can_report = active and rec.sudo().employee_id in mine
            cross = rec.scope != flows.DALAM_UNIT
            rec.asn_can_request_report = active and any(
                review.may_request_report(role, rec.form, cross_unit=cross)
                for role in rec._user_roles())

    # -- constraints ----------------------------------------------------------------------------

    @api.constrains("date_start", "date_end")
    def _check_period(self):
        for rec in self:
            try:
                flows.check_period(rec.date_start, rec.date_end)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    @api.constrains("employee_id")
    def _check_employee(self):
        for rec in self.sudo():
            if rec.employee_id and not rec.employee_id.active:
                raise ValidationError(self.env._(
                    "%(employee)s is archived and cannot be assigned.",
                    employee=rec.employee_id.name,
                ))

    @api.constrains("company_id", "owning_unit_id", "target_unit_id", "employee_id",
                    "target_company_id")
    def _check_companies(self):
        """The owning unit belongs to the government that assigns; across agencies (R18) the
        employee and the unit asked belong to the target agency, otherwise to the same one."""
        for rec in self.sudo():
            other = rec.target_company_id if rec.scope == flows.LINTAS_INSTANSI else rec.company_id
            if rec.owning_unit_id.company_id and rec.owning_unit_id.company_id != rec.company_id \
                    or rec.target_unit_id.company_id and rec.target_unit_id.company_id != other \
                    or rec.employee_id.company_id and other \
                    and rec.employee_id.company_id != other:
                raise ValidationError(self.env._(
                    "The units and the employee of an assignment belong to its government (and, "
                    "across agencies, the employee to the agency asked, R18)."
                ))

    @api.constrains("scope", "method")
    def _check_flow(self):
        for rec in self:
            try:
                flows.flow(rec.scope, rec.method, rec._options())
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    @api.constrains("employee_id")
    def _check_civil_servant(self):
        """R1, R11: only a civil servant (an employee with a position class) is assigned, on the
        server too, not only by the form's domain."""
        for rec in self:
            emp = rec.sudo().employee_id
            if not emp:
                continue
            try:
                bounds.check_civil_servant(emp.jabatan_type, emp.name)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    @api.constrains("date_start", "date_end")
    def _check_period_bounds(self):
        """Dates between 1900 and 2099; an assignment runs at most five years (rules/bounds.py)."""
        self._asn_check_period(("date_start", "date_end"))

    # -- the engine's hooks (asn.workflow.mixin) ------------------------------------------------

    def _asn_editable(self, names):
        """R17.3: the employee is named at a step flagged ``names_employee``, after the draft."""
        if "employee_id" not in names or self.state == flows.DRAFT:
            return {}  # nothing to extend: no roles to resolve on every write
        try:
            step = flows.step_at(self.scope, self.method, self.state, self._options())
        except RuleError:
            step = None
        if not (step and step.names_employee):
            return {}
        # Named by whoever acts at that step (the PPK where the employee sits), nobody else.
        return {"employee_id": {self.state}} if step.actor in self._user_roles() else {}

    def _asn_check_write(self, vals):
        """The draft is written by whoever starts the flow (its creator, the role that acts at
        the draft) or the HR office; the employee named at a step by that step's actor."""
        content = (set(vals) & set(workflow.PENUGASAN.content)) - {"employee_id"}
        if not content:
            return
        for rec in self:
            if rec.create_uid == self.env.user or rec._asn_user_actions():
                continue
            unit = rec.sudo().owning_unit_id or rec.sudo().employee_id.department_id
            if self.env.user._asn_hr_covers(unit, rec.company_id):
                continue
            raise UserError(self.env._(
                "Only whoever starts this assignment changes its content."))

    def _asn_check_create(self, vals_list):
        me = self.env.user._asn_employees()
        for vals in vals_list:
            # R20, R21: a volunteer offers himself, nobody else.
            if vals.get("method") == flows.SUKARELA and vals.get("employee_id") \
                    and vals["employee_id"] not in me.ids:
                raise UserError(self.env._("A volunteer offers only himself (R20, R21)."))

    def _asn_prepare_create(self, vals_list):
        for vals in vals_list:
            # R20, R21: a volunteer asks for himself.
            if vals.get("method") == flows.SUKARELA and not vals.get("employee_id"):
                vals["employee_id"] = self.env.user.employee_id.id
            if not vals.get("name") or vals["name"] == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].sudo().next_by_code("asn.penugasan") or "/"

    def _asn_check_created(self):
        """An assignment is started by whoever starts its flow (the PUO who assigns, the unit that
        requests, the volunteer himself: R16-R21) or by the HR office of its PD."""
        for rec in self:
            if rec._asn_user_actions():
                continue
            unit = rec.sudo().owning_unit_id or rec.sudo().employee_id.department_id
            if self.env.user._asn_hr_covers(unit, rec.company_id):
                continue
            try:
                role = flows.flow(rec.scope, rec.method, rec._options()).initiator
            except RuleError as err:
                raise UserError(err.render(self.env._)) from err
            raise UserError(self.env._(
                "Only %(role)s starts this assignment; you cannot open it in their name.",
                role=dict(flows.ROLES).get(role, role),
            ))

    def _asn_decide(self, action, reason=None):
        """R16-R21: may the current user do ``action`` now, and what follows."""
        options = self._options()
        # Who holds which role does not change during one step: resolve it once.
        holders = self._role_holders()
        roles = self._user_roles(holders=holders)
        if not flows.may_act(self.scope, self.method, self.state, action, roles, options):
            role = flows.actor_role(self.scope, self.method, self.state, options)
            nobody = self.env._("nobody")
            raise UserError(self.env._(
                "You cannot %(action)s this assignment now: it is %(state)s and waits for "
                "%(role)s.",
                action=dict(flows.ACTIONS).get(action, action),
                state=self._asn_state_label(self.state),
                role=dict(flows.ROLES).get(role, nobody),
            ))
        step = flows.step_at(self.scope, self.method, self.state, options)
        if action == flows.APPROVE and self.create_uid == self.env.user:
            raise UserError(self.env._("You cannot approve your own request."))
        if step and "request" in step.checks and action != flows.CANCEL:
            self._check_request()
        if step and step.names_employee and action not in (flows.REFUSE, flows.CANCEL) \
                and not self.employee_id:
            raise UserError(self.env._("Choose the employee before you answer (R17.3)."))
        new_state = flows.transition(
            self.scope, self.method, self.state, action, options, reason=reason
        )
        vals = {"state": new_state}
        today = fields.Date.context_today(self)
        if action == flows.REFUSE:
            vals.update(refuse_reason=reason, answer_date=today)
        if action == flows.SEND and not self.request_number:
            vals.update(request_number=self._next_number(), request_date=today)
        if action == flows.APPROVE and self.state in (flows.REQUESTED, flows.TARGET_PYB):
            vals["answer_date"] = today
        if vals.get("answer_date") and self.request_number and not self.answer_number:
            # R17.2: the answer letter has a number of its own, of the PD that answers
            vals["answer_number"] = self._answering_pd()._asn_next_letter_number(today)
        if new_state == flows.DELIVERED and not self.letter_number:
            vals.update(
                letter_number=self._next_number(self.letter_type), letter_date=today,
                assigner_id=(self.env.user._asn_employees() & holders[step.actor])[:1].id
                if step else False,
            )
        return vals, self._step_message(action, step, reason, holders)

    def _check_request(self):
        try:
            flows.check_request(
                self.purpose, self.competence, self.expected_target,
                self.date_start and self.date_end and (self.date_start, self.date_end),
            )  # R19
        except RuleError as err:
            raise UserError(err.render(self.env._)) from err

    def _step_message(self, action, step, reason, holders):
        body = self._asn_step_message(dict(flows.ACTIONS).get(action, action), reason)
        letter = step.letter(action) if step else None
        if letter and letter.copies:
            names = [holders[r].sudo().name for r in letter.copies if holders.get(r)]
            if names:
                body += " " + self.env._("Copies (tembusan): %(names)s.", names=", ".join(names))
        return body

    def _asn_todo(self):
        """Whoever holds the role the current step waits for (R16-R21), told what to do (an
        instruction, not a state name)."""
        if self.state in flows.TERMINAL:
            return []
        user = self._next_actor().sudo().user_id
        label = self._asn_todo_instruction() or self._asn_state_label(self.state)
        return [(user, label, None, self.description)] if user else []

    def _asn_todo_instruction(self):
        """What the actor of the current step must do, as an instruction (not a state name)."""
        try:
            step = flows.step_at(self.scope, self.method, self.state, self._options())
        except RuleError:
            return None
        if not step or not step.actions:
            return None
        action = next(iter(step.actions))
        _ = self.env._
        if action == flows.ACKNOWLEDGE:
            if self.state == flows.PPK_NOTICE:
                return _("Take note of the request")
            return _("Acknowledge receipt of the assignment letter")
        return {
            flows.SEND: _("Send the assignment request"),
            flows.APPROVE: _("Decide the request"),
            flows.RECOMMEND: _("Give your recommendation"),
            flows.PROPOSE_NAMES: _("Propose the list of names"),
            flows.FORWARD: _("Forward the request"),
            flows.ISSUE_LETTER: _("Issue the assignment letter"),
        }.get(action)

    def _next_number(self, letter_type=None, day=None):
        """The next number of the PD that writes this assignment's letters (the request, or the
        document ``letter_type``); a Keputusan Bupati is numbered by the regent's side, the
        Sekretariat Daerah (R15)."""
        rec = self.sudo()
        pd = (rec.owning_unit_id or rec.employee_id.department_id).perangkat_daerah_id
        if letter_type == flows.KEPUTUSAN_BUPATI:
            pd = rec._setda() or pd
        return pd._asn_next_letter_number(day or fields.Date.context_today(self))

    def _setda(self):
        """The Sekretariat Daerah of the assignment's government (the regent's office)."""
        return self.env["hr.department"].sudo().search([
            ("company_id", "=", self.company_id.id), ("unit_kind", "=", "setda"),
            ("is_perangkat_daerah", "=", True),
        ], order="id", limit=1)

    def _answering_pd(self):
        """The PD that answers a request: where the employee is asked from (R17.2, R18)."""
        rec = self.sudo()
        return (rec.target_unit_id or rec.employee_id.department_id).perangkat_daerah_id

    # -- buttons ---------------------------------------------------------------------------------

    def action_send(self):
        return self._asn_do(flows.SEND)

    def action_approve(self):
        return self._asn_do(flows.APPROVE)

    def action_recommend(self):
        return self._asn_do(flows.RECOMMEND)

    def action_propose_names(self):
        return self._asn_do(flows.PROPOSE_NAMES)

    def action_forward(self):
        return self._asn_do(flows.FORWARD)

    def action_issue_letter(self):
        return self._asn_do(flows.ISSUE_LETTER)

    def action_acknowledge(self):
        return self._asn_do(flows.ACKNOWLEDGE)

    def action_cancel(self):
        return self._asn_do(flows.CANCEL)

    def action_request_report(self, deadline_days=5):
        """R31: the PUO may ask for a report at any time: an activity with a deadline for the
        employee (for a team assignment the owning unit's PUO asks the ketua or any member).
        The deadline counts working days of the employee's hours, holidays skipped (R39)."""
        try:
            bounds.check_deadline_days(deadline_days)  # callable by RPC with any argument
        except RuleError as err:
            raise UserError(err.render(self.env._)) from err
        self.ensure_one()
        cross = self.scope != flows.DALAM_UNIT
        roles = self._user_roles()
        if not any(review.may_request_report(r, self.form, cross_unit=cross) for r in roles):
            raise UserError(self.env._("Only the unit leader can ask for a report (R31)."))
        if not self.employee_id.user_id:
            raise UserError(self.env._("%(employee)s has no user to ask.",
                                       employee=self.employee_id.name))
        self.sudo().activity_schedule(
            "mail.mail_activity_data_todo", user_id=self.employee_id.user_id.id,
            date_deadline=self.employee_id.sudo()._asn_deadline(deadline_days),
            summary=self.env._("Report on %(work)s", work=self.name),
            note=self.env._("Requested by %(user)s (R31).", user=self.env.user.name),
        )
        return True

    def action_create_report(self):
        """R31: a new report on this assignment, in the employee's own name."""
        self.ensure_one()
        if not self.asn_can_report:
            raise UserError(self.env._("You report only on your own active assignments (R31)."))
        me = self.sudo().employee_id
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("New Report"),
            "res_model": "asn.laporan",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": {
                "default_penugasan_id": self.id,
                "default_submitter_id": me.id,
                "default_name": self.env._("Report on %(assignment)s", assignment=self.name),
            },
        }

    def action_refuse(self, reason=None):
        if reason is None:
            return {
                "type": "ir.actions.act_window",
                "res_model": "asn.penugasan.refuse.wizard",
                "view_mode": "form",
                "target": "new",
                "context": {"default_penugasan_id": self.id},
            }
        return self._asn_do(flows.REFUSE, reason=reason)

    # -- ORM -------------------------------------------------------------------------------------

    def _compute_access_url(self):
        res = super()._compute_access_url()
        for rec in self:
            rec.access_url = "/my/penugasan/%s" % rec.id
        return res

    def _get_report_base_filename(self):
        """The name of the letter downloaded from the portal (portal.mixin, as sale.order):
        the same as the backend's print name (report/asn_penugasan_reports.xml)."""
        self.ensure_one()
        return "Surat Penugasan - %s" % (self.letter_number or self.name or "").replace("/", "-")

    @api.depends("name", "employee_id")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = (
                "%s - %s" % (rec.name, rec.employee_id.name) if rec.employee_id else rec.name
            )

    # -- letters (R15) ---------------------------------------------------------------------------

    def _letter_values(self):
        """What the assignment letter shows (R15): a Surat Tugas / Surat Perintah in letter form,
        a Keputusan in decree form (:data:`DECREES`), signed by whom the document names (the
        regent's side for a Keputusan Bupati, the head of the owning PD for a Keputusan Kepala
        PD), its legal basis from the preset, the letters it follows, the tembusan by position
        and the letterhead of the PD that writes it. ``holders``: the flow's role holders."""
        self.ensure_one()
        holders = self._role_holders()
        options = self._options()
        rec = self.sudo()
        kind = rec.letter_type or flows.SURAT_TUGAS
        signer = self._letter_signer(kind, holders, options)
        # the head who asked for a Keputusan Bupati, the issuer whom another signs for, the
        # flow's copies (rules/letters.assignment_copies)
        steps = self._letter_steps(options)
        issuer = letters.issuer_role(steps, in_team=bool(rec.tim_kerja_id)) or flows.PUO_OWNER
        positions = [
            holders[role]._asn_position_title()
            for role in letters.assignment_copies(steps, kind, issuer, teams.decree_signer(options))
            if holders.get(role)
        ]
        owner_pd = (rec.owning_unit_id or rec.employee_id.department_id).perangkat_daerah_id
        if kind == flows.KEPUTUSAN_BUPATI:
            head = {**owner_pd._asn_letterhead(rec.company_id), "government": signer["office"],
                    "unit": ""}
        else:
            head = owner_pd._asn_letterhead(rec.company_id)
        team = rec.tim_kerja_id
        subject = self.env._("Assignment in %(team)s", team=letters.team_name(team.name)) \
            if team else dict(self._letter_subjects()).get(rec.scope, "")
        unit = (rec.owning_unit_id or rec.employee_id.department_id).name or ""
        if team:
            first = self.env._(
                "that %(team)s, formed to reach the performance targets of %(unit)s, needs the "
                "civil servant named in this decree;", team=letters.team_name(team.name),
                unit=unit)
        else:
            first = self.env._(
                "that reaching the performance targets of %(unit)s needs the assignment of the "
                "civil servant named in this decree;", unit=unit)
        return {
            **self._letter_common(head, signer),
            "holders": holders,
            "kind": kind,
            "decree": kind in DECREES,
            "heading": letters.decree_title(signer["office"], self._government_name()),
            "subject": subject,
            "considerations": [first, self._letter_consideration(signer["office"], subject)],
            "basis": list(options.get("letter_legal_basis") or []),
            "references": self._letter_references(holders),
            "tembusan": letters.tembusan(positions, exclude=[signer["title"]]),
            "number": rec.letter_number,
            "date": rec.letter_date or rec.create_date.date(),
        }

    def _letter_subjects(self):
        """The subject (tentang) of an assignment decree, per scope."""
        return [
            (flows.DALAM_UNIT, self.env._("Assignment of a civil servant within the unit")),
            (flows.LINTAS_UNIT, self.env._("Assignment of a civil servant across units")),
            (flows.LINTAS_PD, self.env._("Assignment of a civil servant across regional "
                                         "agencies")),
            (flows.LINTAS_INSTANSI, self.env._("Assignment of a civil servant across agencies")),
        ]

    @api.model
    def _letter_consideration(self, office, subject):
        """The last consideration (menimbang) of a decree: it is to be set."""
        return self.env._(
            "that, on the consideration in letter a, the decree of the %(office)s on %(subject)s "
            "is to be set;", office=office, subject=subject)

    def _government_name(self):
        company = self.sudo().company_id
        return company.asn_letter_government_name or company.name

    def _letter_common(self, letterhead, signer, company=None):
        company = (company or self.company_id).sudo()
        return {
            "letterhead": letterhead,
            "signer": signer,
            "place": company.asn_letter_place or company.city or "",
            "fmt_number": letters.format_number,
        }

    def _letter_steps(self, options=None):
        """The steps of this assignment's flow (none when the preset no longer provides it)."""
        try:
            return flows.flow(self.scope, self.method, options or self._options()).steps
        except RuleError:
            return ()

    def _letter_signer(self, kind, holders, options):
        """Who signs the document ``kind`` (R15): {"employee" (or empty), "title" (his position),
        "office" (the office the document is issued in, e.g. "Bupati Muna"), "name",
        "on_behalf" (the office he signs for, a.n.)}. The role is rules/letters.signer_role's:
        a Keputusan Bupati / Wali Kota is the regent's (the company's regent, else its PyB on
        his behalf), a Keputusan Kepala PD the head of the owning PD's (MUN Ps 13(5)), whoever
        issued it, an SK Tim Kerja the team's establisher's, a letter its issuer's."""
        Emp = self.env["hr.employee"]
        rec = self.sudo()
        issuer = letters.issuer_role(self._letter_steps(options), in_team=bool(rec.tim_kerja_id)) \
            or flows.PUO_OWNER
        role = letters.signer_role(kind, issuer, teams.decree_signer(options))
        if role == letters.REGENT:
            company = rec.company_id
            regent = company._asn_regent_title(options)
            pyb = holders.get(flows.PYB_REQUESTER) or Emp
            if company.asn_regent_name or not pyb:
                return {"employee": Emp, "title": regent, "office": regent,
                        "name": company.asn_regent_name or "", "on_behalf": ""}
            return {"employee": pyb, "title": pyb._asn_position_title(), "office": regent,
                    "name": pyb.name, "on_behalf": regent}
        if kind == flows.SK_TIM_KERJA and rec.tim_kerja_id:  # R22: who establishes the team
            emp = rec.tim_kerja_id._asn_decree_signer()
        elif role == issuer:  # who issued it, once it is issued
            emp = rec.assigner_id or holders.get(issuer)
        else:  # MUN Ps 13(5); BKS Ps 35, 53, 80: the owning PD's head, whoever issued it
            emp = holders.get(role)
        return self._employee_signer(emp or Emp)

    @api.model
    def _employee_signer(self, emp):
        return {
            "employee": emp,
            "title": emp._asn_position_title() if emp else "",
            "office": emp._asn_office_title() if emp else "",
            "name": emp.name or "",
            "on_behalf": "",
        }

    def _letter_references(self, holders):
        """The letters this assignment follows, cited in its basis, each with the office that
        wrote it: the request, the answer, the team's decree."""
        rec = self.sudo()

        def day(value):
            return format_date(self.env, value, date_format="d MMMM y") if value else "-"

        refs = []
        if rec.request_number:
            refs.append(self.env._(
                "Request for involvement of the %(office)s number %(number)s of %(date)s",
                office=self._request_letter_values(holders)["signer"]["title"],
                number=rec.request_number, date=day(rec.request_date)))
        if rec.answer_number:
            refs.append(self.env._(
                "Answer of the %(office)s number %(number)s of %(date)s",
                office=self._answer_letter_values(holders)["signer"]["title"],
                number=rec.answer_number, date=day(rec.answer_date)))
        team = rec.tim_kerja_id
        if team.decree_number and rec.letter_type != flows.SK_TIM_KERJA:
            refs.append(self.env._(
                "Decree of the %(office)s number %(number)s of %(date)s on forming %(team)s",
                office=self._employee_signer(team._asn_decree_signer())["office"],
                number=team.decree_number, date=day(team.decree_date),
                team=letters.team_name(team.name)))
        return refs

    def _request_letter_values(self, holders=None):
        """The request for involvement (R17.1, R18, R19, R21), a surat dinas: signed by whoever
        sends it in the flow, addressed and copied by position as the flow says
        (rules/letters.correspondence: KRA Ps 14(3)(a) from the PUO of the owning unit to the
        PPK where the employee sits, tembusan to the requester's own PPK; BKS Ps 89(3)(a) from
        head of PD to head of PD; a volunteer's own request, R21)."""
        self.ensure_one()
        holders = holders or self._role_holders()
        roles = letters.correspondence(self._letter_steps(), flows.PERMOHONAN_PELIBATAN) or {
            "signer": flows.PUO_OWNER, "to": flows.PPK_EMPLOYEE, "copies": (flows.PPK_OWNER,)}
        rec = self.sudo()
        return {
            **self._correspondence_values(roles, holders),
            "volunteer": roles["signer"] == flows.EMPLOYEE,
            "subject": self.env._("Request to take part in the work of %(unit)s",
                                  unit=rec.owning_unit_id.name or "")
            if roles["signer"] == flows.EMPLOYEE
            else self.env._("Request for the involvement of a civil servant"),
            "number": rec.request_number,
            "date": rec.request_date or rec.create_date.date(),
        }

    def _answer_letter_values(self, holders=None):
        """The answer to a request (R17.2-R17.4), a surat dinas numbered on its own
        (``answer_number``): signed by whoever the request ends with and addressed as the flow
        says (rules/letters.correspondence: KRA Ps 14(3)(b) the PPK where the employee sits, to
        the PUO who asked; 14(4)(e)(1) the PyB to the requesting PyB; BKS Ps 89(3)(b) the head
        of the PD asked), tembusan by position."""
        self.ensure_one()
        holders = holders or self._role_holders()
        roles = letters.correspondence(self._letter_steps(), flows.JAWABAN) or {
            "signer": flows.PPK_EMPLOYEE, "to": flows.PUO_OWNER,
            "copies": (flows.PPK_OWNER, flows.PUO_EMPLOYEE)}
        rec = self.sudo()
        return {
            **self._correspondence_values(roles, holders),
            "subject": self.env._("Answer to the request for the involvement of a civil servant"),
            "number": rec.answer_number,
            "date": rec.answer_date or rec.write_date.date(),
        }

    def _correspondence_values(self, roles, holders):
        """What a surat dinas of this assignment shows besides its number and subject (R15):
        the signer, the addressee by his office and where he is ("di ..."), the tembusan by
        position and the kop of the signer's own Perangkat Daerah (the PD of the employee for a
        volunteer's request, the Sekretariat Daerah for the PyB), of his own government."""
        Emp = self.env["hr.employee"]
        rec = self.sudo()
        emp = (holders.get(roles["signer"]) or Emp).sudo()
        signer = self._employee_signer(emp)
        to = (holders.get(roles["to"]) or Emp).sudo()
        # by office, with the PD of a unit inside one: the letter may cross PDs (BKS Ps 89(3))
        copies = [holders[r]._asn_office_title() for r in roles["copies"] if holders.get(r)]
        pd = (emp._asn_headed_unit() or emp.department_id).perangkat_daerah_id if emp \
            else (rec.owning_unit_id or rec.employee_id.department_id).perangkat_daerah_id
        company = emp.company_id or rec.company_id
        there = to.company_id or rec.company_id
        return {
            **self._letter_common(pd._asn_letterhead(company), signer, company),
            "holders": holders,
            "addressee": to._asn_office_title() if to else "",
            "addressee_place": there.asn_letter_place or there.city or "",
            "tembusan": letters.tembusan(copies, exclude=[
                signer["title"], signer["office"],
                to._asn_position_title() if to else "", to._asn_office_title() if to else ""]),
        }
