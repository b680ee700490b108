from datetime import date
from datetime import timedelta

from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.tools import plaintext2html
from odoo.tools.misc import format_date

from ..rules import bounds
from ..rules import kinerja as k
from ..rules import skp
from ..rules import workflow
from ..rules.errors import RuleError
from .asn_constraints import check_deferred_now

# Fields a user may only change in some states and roles (rules/kinerja.py EDIT).
PLAN_FIELDS = {"employee_id", "date_start", "date_end", "checkin_frequency", "department_id"}
RATING_FIELDS = {"rating_hasil_kerja", "rating_perilaku", "rating_note"}
OBJECTION_FIELDS = {"objection_reason"}
DECISION_FIELDS = {"objection_answer", "objection_hasil_kerja", "objection_perilaku"}


class AsnKinerja(models.Model):
    """A performance record (SKP) of one employee for one period (R34): the expected results
    agreed with the PPK and cascaded from the superior's (R35), the timeline of feedback and
    evidence, the recommendations of the PUO, coordinator and ketua (R5, R9, R27), the PPK's
    rating with its predikat, the objection to the atasan PPK and the follow-up."""

    _name = "asn.kinerja"
    _description = "Performance Record"
    _inherit = ["asn.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    _asn_workflow = workflow.KINERJA
    _asn_activity_type = "sistem_kerja_asn.mail_act_kinerja_step"
    _asn_create_forbidden = workflow.KINERJA_CREATE_FORBIDDEN
    _rec_names_search = ["employee_id"]

    employee_id = fields.Many2one(
        "hr.employee", required=True, index=True, tracking=True,
        ondelete="restrict", default=lambda self: self.env.user.employee_id,
        domain="[('company_id', '=', company_id)]",
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, readonly=True,
        compute="_compute_company_id", store=True, precompute=True,
    )
    department_id = fields.Many2one(
        "hr.department", string="Unit", index=True, tracking=True,
        compute="_compute_department_id", store=True, readonly=False, precompute=True,
        help="The unit of the employee for this period (kept when the employee moves later).",
    )
    perangkat_daerah_id = fields.Many2one(
        related="department_id.perangkat_daerah_id", store=True, index=True,
        string="Regional Agency (PD)",
    )
    date_start = fields.Date(
        string="From", required=True, tracking=True,
        default=lambda self: date(fields.Date.context_today(self).year, 1, 1),
    )
    date_end = fields.Date(
        string="To", required=True, tracking=True,
        default=lambda self: date(fields.Date.context_today(self).year, 12, 31),
    )
    year = fields.Integer(compute="_compute_year", store=True, index=True)
    checkin_frequency = fields.Selection(
        k.CHECKIN_FREQUENCIES, string="Check-ins", required=True,
        default=lambda self: self._asn_default_checkin(),  # the company's (R34 b, PermenPANRB 6/2022)
        help="Optional quarterly or monthly check-ins between the employee and the appraiser.",
    )
    # Issue 15: the SKP of PermenPANRB 6/2022: the expected results are the Rencana Hasil Kerja
    # with indicators, the seven BerAKHLAK core values with the leader's specific expectations and
    # the PPK's rating, and the periodic evaluations at the check-ins the annual rating is drawn
    # from.
    behaviour_ids = fields.One2many(
        "asn.kinerja.behaviour", "kinerja_id", string="Core Values (BerAKHLAK)",
    )
    evaluation_ids = fields.One2many(
        "asn.kinerja.evaluation", "kinerja_id", string="Periodic Evaluations",
    )
    suggested_hasil_kerja = fields.Selection(
        k.RATINGS, compute="_compute_suggested", string="Suggested Work Results",
        help="The rating given most often at the periodic evaluations (a tie: the latest).",
    )
    suggested_perilaku = fields.Selection(
        k.RATINGS, compute="_compute_suggested", string="Suggested Work Behaviour",
    )
    distribution_warning = fields.Text(
        compute="_compute_distribution_warning",
        help="Shown while the period runs and after the rating, until it is final: the bounds "
        "of the organisation's predikat the PD's distribution with this rating would not meet "
        "(PermenPANRB 6/2022). A warning, never a refusal.",
    )
    suggested_predikat = fields.Selection(
        k.PREDIKAT, compute="_compute_suggested",
        help="The predikat of the suggested pair (PermenPANRB 6/2022 matrix); the appraiser "
        "gives the annual rating.",
    )
    state = fields.Selection(
        k.STATES, default=k.DRAFT, required=True, readonly=True, copy=False, tracking=True,
        index=True,
    )
    ppk_id = fields.Many2one(related="employee_id.ppk_id", string="Appraiser (PPK)")
    atasan_ppk_id = fields.Many2one(
        related="employee_id.atasan_ppk_id", string="Appraiser's Superior"
    )
    pimpinan_unit_id = fields.Many2one(
        related="employee_id.pimpinan_unit_id", string="Unit Leader (PUO)"
    )
    koordinator_id = fields.Many2one(related="employee_id.koordinator_id", string="Coordinator")
    ppk_delegated = fields.Boolean(
        string="Appraisal Delegated", compute="_compute_ppk_delegated",
        help="The appraiser comes from a running delegation (R7).",
    )
    is_top = fields.Boolean(
        string="Performance Agreement of Level 1", compute="_compute_is_top",
        help="Level 1 at the top of the PD signs the performance agreement: its expected results "
        "support no superior's (R35).",
    )
    expectation_ids = fields.One2many(
        "asn.kinerja.expectation", "kinerja_id", string="Expected Results", copy=True,
    )
    note_ids = fields.One2many("asn.kinerja.catatan", "kinerja_id", string="Timeline")
    recommendation_ids = fields.One2many(
        "asn.kinerja.rekomendasi", "kinerja_id", string="Recommendations",
    )
    recommendation_count = fields.Integer(compute="_compute_counts")
    overtime_hours = fields.Float(
        string="Hours Beyond Duty", compute="_compute_counts",
        help="Hours worked beyond the weekly duty, recorded as performance evidence (R36).",
    )
    rating_hasil_kerja = fields.Selection(
        k.RATINGS, string="Work Results", tracking=True, copy=False,
    )
    rating_perilaku = fields.Selection(
        k.RATINGS, string="Work Behaviour", tracking=True, copy=False,
    )
    rating_note = fields.Text(string="Appraiser's Note", copy=False)
    predikat = fields.Selection(
        k.PREDIKAT, compute="_compute_predikat", store=True, index=True, tracking=True,
        help="From the two ratings (after an objection: the atasan PPK's), PermenPANRB 6/2022.",
    )
    rater_id = fields.Many2one("hr.employee", string="Rated By", readonly=True, copy=False)
    rated_date = fields.Date(readonly=True, copy=False)
    objection_deadline = fields.Date(
        string="Objection Until", compute="_compute_objection_deadline",
        help="The last day the employee may object to the rating (the company's objection "
        "window after the rating day); the appraisal becomes final after it, or once an "
        "objection is decided (R34).",
    )
    objection_state = fields.Selection(
        k.OBJECTION_STATES, string="Objection", default=k.OBJECTION_NONE, required=True,
        readonly=True, copy=False, tracking=True,
    )
    objection_reason = fields.Text(copy=False, tracking=True)
    objection_answer = fields.Text(string="Decision on the Objection", copy=False, tracking=True)
    objection_hasil_kerja = fields.Selection(
        k.RATINGS, string="Work Results after Objection", copy=False, tracking=True,
    )
    objection_perilaku = fields.Selection(
        k.RATINGS, string="Work Behaviour after Objection", copy=False, tracking=True,
    )
    objection_decider_id = fields.Many2one(
        "hr.employee", string="Objection Decided By", readonly=True, copy=False,
    )
    user_roles = fields.Char(compute="_compute_user_roles")
    checkin_dates = fields.Char(compute="_compute_checkin_dates", string="Check-in Dates")

    _sql_constraints = [
        ("date_order", "CHECK (date_start <= date_end)",
         "The end of a performance period cannot come before its start."),
        # One record per employee and period, also for two creates at once (issue 11; checked
        # at once by _check_period_overlap, see asn_constraints.py). int4range(x, x) WITH = is
        # how hr_work_entry compares an id in a GiST index without the btree_gist extension.
        ("employee_period_excl",
         "EXCLUDE USING gist (int4range(employee_id, employee_id, '[]') WITH =, "
         "daterange(date_start, date_end, '[]') WITH &&) DEFERRABLE INITIALLY DEFERRED",
         "An employee has one performance record per period: the periods may not overlap."),
    ]

    @api.depends("employee_id", "year")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = self.env._(
                "Performance %(year)s: %(employee)s",
                year=rec.year or "", employee=rec.employee_id.sudo().name or "",
            )

    @api.depends("employee_id")
    def _compute_company_id(self):
        for rec in self:
            rec.company_id = rec.employee_id.sudo().company_id or rec.company_id or self.env.company

    @api.depends("employee_id")
    def _compute_department_id(self):
        for rec in self:
            rec.department_id = rec.employee_id.sudo().department_id

    @api.depends("date_start")
    def _compute_year(self):
        for rec in self:
            rec.year = rec.date_start.year if rec.date_start else 0

    @api.depends("employee_id", "department_id")
    def _compute_is_top(self):
        for rec in self:
            rec.is_top = rec._asn_is_top()

    def _asn_is_top(self):
        """Level 1 at the top of a PD (or the Sekda, who has no PPK in the regency): R35."""
        emp = self.employee_id.sudo()
        dept = self.department_id.sudo()
        heads_pd = dept.is_perangkat_daerah and dept.manager_id == emp
        return bool(heads_pd or (emp and not emp.ppk_id and emp.jabatan_level))

    @api.depends("employee_id")
    def _compute_ppk_delegated(self):
        """Whoever reads the record learns whether its appraisal is delegated (R7); the flag on
        the employee is HR-only (not on hr.employee.public, issue 11)."""
        for rec in self:
            rec.ppk_delegated = rec.employee_id.sudo().ppk_delegated

    @api.depends("recommendation_ids", "note_ids.overtime_hours")
    @api.depends_context("uid")
    def _compute_counts(self):
        """The recommendations the user may read (none for the employee himself, issue 11),
        counted without caching the record's list of them; the hours beyond the duty in the
        period (:meth:`_asn_overtime_hours`)."""
        ids = [rec_id for rec_id in self.ids if rec_id]
        counts = dict(self.env["asn.kinerja.rekomendasi"]._read_group(
            [("kinerja_id", "in", ids)], ["kinerja_id"], ["__count"],
        )) if ids else {}
        for rec in self:
            rec.recommendation_count = counts.get(rec._origin, 0)
            try:
                rec.overtime_hours = rec._asn_overtime_hours() if rec._origin else 0.0
            except ValidationError:  # an impossible calendar: shown on the calendar (R37)
                rec.overtime_hours = 0.0

    def _asn_hours_worked(self):
        """R36: {Monday of a week: hours worked} of the employee in the record's period, from
        the employee's hook (hr.employee._asn_hours_worked: the timeline notes today, the
        attendances with the attendance bridge)."""
        self.ensure_one()
        rec = self.sudo()
        if not (rec.employee_id and rec.date_start and rec.date_end):
            return {}
        return rec.employee_id._asn_hours_worked(rec.date_start, rec.date_end)

    def _asn_overtime_hours(self):
        """R36: the hours beyond the employee's weekly duty in the record's period."""
        self.ensure_one()
        rec = self.sudo()
        if not (rec.employee_id and rec.date_start and rec.date_end):
            return 0.0
        return rec.employee_id._asn_overtime_hours(rec.date_start, rec.date_end)

    @api.depends("rating_hasil_kerja", "rating_perilaku", "objection_hasil_kerja",
                 "objection_perilaku", "objection_state")
    def _compute_predikat(self):
        for rec in self:
            rec.predikat = k.MATRIX.get(rec._held_ratings(), False)

    def _held_ratings(self):
        """The ratings that hold, after an objection the atasan PPK's (rules/kinerja)."""
        self.ensure_one()
        return k.held_ratings(
            (self.rating_hasil_kerja, self.rating_perilaku), self.objection_state,
            (self.objection_hasil_kerja, self.objection_perilaku),
        )

    @api.depends("date_start", "date_end", "checkin_frequency")
    @api.depends_context("lang")
    def _compute_checkin_dates(self):
        for rec in self:
            days = k.checkin_dates(rec.date_start, rec.date_end, rec.checkin_frequency)
            rec.checkin_dates = ", ".join(format_date(self.env, d) for d in days)

    @api.depends("rated_date", "company_id")
    def _compute_objection_deadline(self):
        for rec in self:
            rec.objection_deadline = k.objection_deadline(
                rec.rated_date, rec._asn_objection_window_days()
            )

    def _asn_objection_window_days(self):
        """The company's objection window in days (asn.kedudukan.policy, default 14)."""
        policy = self.env["asn.kedudukan.policy"]._for_company(self.company_id or self.env.company)
        return policy.objection_window_days or k.OBJECTION_WINDOW_DAYS

    def _asn_check_finalise(self):
        """R34, R8: refuse finalising while the employee may still object (the company's
        objection window after the rating day), unless an objection was filed and decided.
        Raises a RuleError (dates in the user's format) for the engine's gate; returns the first
        day the appraisal may become final."""
        self.ensure_one()
        try:
            return k.check_finalise(
                self.rated_date, fields.Date.context_today(self),
                self._asn_objection_window_days(), self.objection_state,
            )
        except RuleError as err:
            params = {key: format_date(self.env, value) if isinstance(value, date) else value
                      for key, value in err.params.items()}
            raise RuleError(err.code, err.template, **params) from err

    @api.depends_context("uid")
    @api.depends("employee_id", "state")
    def _compute_user_roles(self):
        for rec in self:
            rec.user_roles = "," + ",".join(sorted(rec._kinerja_roles())) + ","

    # -- who is who -------------------------------------------------------------------------------

    def _kinerja_roles(self, user=None):
        """The roles of ``user`` on this record (rules/kinerja.py): employee, PPK (the delegate
        while a delegation runs, R7), atasan PPK, PUO, coordinator, ketua, HR."""
        self.ensure_one()
        user = user or self.env.user
        mine = user._asn_employees()
        emp = self.employee_id.sudo()
        holders = {
            k.EMPLOYEE: emp, k.PPK: emp.ppk_id, k.ATASAN_PPK: emp.atasan_ppk_id,
            k.PUO: emp.pimpinan_unit_id, k.KOORDINATOR: emp.koordinator_id,
        }
        roles = {role for role, holder in holders.items() if holder and holder & mine}
        if self._ketua_teams(mine):
            roles.add(k.KETUA)
        if user._asn_hr_covers(self.sudo().department_id, self.company_id):
            roles.add(k.HR)
        return roles

    def _ketua_teams(self, mine):
        """The running teams led by one of ``mine`` that the employee belongs to (R27)."""
        if not mine:
            return self.env["asn.tim.kerja"]
        members = self.env["asn.tim.kerja.member"].sudo().search([
            ("employee_id", "=", self.employee_id.id),
            ("tim_kerja_id.ketua_id", "in", mine.ids),
        ])
        return members.tim_kerja_id

    @api.model
    def _asn_fill_record(self, vals_list):
        """Notes and recommendations may name the employee only (a ketua does not read the
        performance record itself): take the period of that employee running on the note's day."""
        for vals in vals_list:
            if vals.get("kinerja_id"):
                continue
            if not vals.get("employee_id"):
                raise UserError(self.env._("Choose the employee or the performance record."))
            day = vals.get("date") or fields.Date.context_today(self)
            record = self.sudo().search([
                ("employee_id", "=", vals["employee_id"]), ("date_start", "<=", day),
                ("date_end", ">=", day),
            ], limit=1)
            if not record:
                name = self.env["hr.employee"].sudo().browse(vals["employee_id"]).name
                raise UserError(self.env._(
                    "%(employee)s has no performance period running on %(day)s.",
                    employee=name, day=day,
                ))
            vals["kinerja_id"] = record.id

    def _target_leaders(self):
        """R5, R9: the PUO and the coordinator who set the employee's targets without being his
        PPK (rules/kinerja.target_leaders), as employees."""
        self.ensure_one()
        emp = self.employee_id.sudo()
        return self.env["hr.employee"].sudo().browse(k.target_leaders(
            emp.ppk_id.id, emp.pimpinan_unit_id.id, emp.koordinator_id.id,
        ))

    def _superior_ids(self):
        emp = self.employee_id.sudo()
        return (emp.ppk_id | emp.pimpinan_unit_id | emp.atasan_ppk_id | emp.koordinator_id).ids

    def _raise(self, err):
        raise UserError(err.render(self.env._)) from err

    # -- constraints ------------------------------------------------------------------------------

    @api.constrains("employee_id", "date_start", "date_end")
    def _check_period_overlap(self):
        """One performance record per employee per period: periods may not overlap."""
        for emp in self.employee_id:
            recs = self.sudo().search([("employee_id", "=", emp.id)])
            try:
                k.check_periods([(r.date_start, r.date_end) for r in recs])
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err
        check_deferred_now(self, "employee_period_excl")  # a concurrent twin (issue 11)

    @api.constrains("date_start", "date_end")
    def _check_within_year(self):
        """Dates between 1900 and 2099; a performance period lies within one calendar year
        (R34, rules/bounds.py)."""
        self._asn_check_period(("date_start", "date_end"), calendar_year=True)

    @api.constrains("date_start", "date_end")
    def _check_timeline_in_period(self):
        """The timeline notes stay inside the record's period when it changes (R34)."""
        for rec in self.sudo():
            for note in rec.note_ids:
                try:
                    bounds.check_within(note.date, rec.date_start, rec.date_end)
                except RuleError as err:
                    raise ValidationError(err.render(self.env._)) from err

    # -- the engine's hooks (asn.workflow.mixin): who edits what, who acts (rules/kinerja.py) ------

    def _asn_check_created(self):
        """A performance record is opened by the employee, their appraiser (PPK) or the HR office
        (R34 a), never in somebody else's name."""
        for rec in self:
            if not rec._kinerja_roles() & {k.EMPLOYEE, k.PPK, k.HR}:
                raise UserError(self.env._(
                    "A performance record is opened by the employee, their appraiser (PPK) "
                    "or the HR office."
                ))

    def _asn_check_write(self, vals):
        self._check_write(set(vals))

    def _check_write(self, names):
        groups = [("plan", PLAN_FIELDS), ("rating", RATING_FIELDS),
                  ("objection", OBJECTION_FIELDS), ("decision", DECISION_FIELDS)]
        for rec in self:
            roles = None
            for group, group_fields in groups:
                if not names & group_fields:
                    continue
                roles = rec._kinerja_roles() if roles is None else roles
                try:
                    k.check_edit(group, roles, rec.state, rec.objection_state)
                except RuleError as err:
                    rec._raise(err)

    @api.depends("evaluation_ids.rating_hasil_kerja", "evaluation_ids.rating_perilaku",
                 "evaluation_ids.date")
    def _compute_suggested(self):
        for rec in self:
            evals = rec.sudo().evaluation_ids.sorted(lambda e: (e.date, e.id))
            try:
                hasil, perilaku, predikat = skp.annual_rating(
                    [(e.rating_hasil_kerja, e.rating_perilaku) for e in evals]
                )
            except RuleError:
                hasil = perilaku = predikat = False
            rec.suggested_hasil_kerja = hasil
            rec.suggested_perilaku = perilaku
            rec.suggested_predikat = predikat

    def _asn_after_create(self):
        res = super()._asn_after_create()
        self._asn_skp_behaviours()
        return res

    def _asn_skp_behaviours(self):
        """The seven core values (data/asn_kinerja_core_value_data.xml) on each record, those
        it misses only: called when a record is made and by the upgrade to 18.0.2.0.0 for the
        records made before the SKP (migrations/18.0.2.0.0/post-migrate.py); idempotent."""
        values = self.env["asn.kinerja.core.value"].sudo().search([])
        lines = []
        for rec in self:
            have = rec.sudo().behaviour_ids.core_value_id
            lines += [{"kinerja_id": rec.id, "core_value_id": v.id} for v in values - have]
        if lines:
            self.env["asn.kinerja.behaviour"].sudo().create(lines)

    @api.model
    def _asn_default_checkin(self):
        """The company's periodic evaluations (its policy's ``checkin_frequency``)."""
        policy = self.env["asn.kedudukan.policy"]._for_company(self.env.company)
        return policy.sudo().checkin_frequency or "quarterly"

    @api.depends("state", "predikat", "perangkat_daerah_id", "year")
    def _compute_distribution_warning(self):
        """RULES.md §E: before the appraiser's rating becomes final, whether the PD's
        distribution of predikat with this record's would still fit the organisation's
        predikat (asn.kinerja.org.predikat). The organisation's predikat bounds the
        distribution; the PPK still rates each employee on his own results and behaviour (R2):
        warned, not refused."""
        warnings = self.env["asn.kinerja.org.predikat"]._asn_warnings(self)
        for rec in self:
            rec.distribution_warning = warnings.get(rec.id, False)

    def _asn_user_actions(self):
        """The buttons of R34 open to the user's roles in the current state."""
        roles = self._kinerja_roles()
        actions = []
        for action in ("agree", "reset", "start", "rate", "reopen", "finalise", "object",
                       "decide"):
            try:
                k.check_actor(action, roles)
                if action == "object":
                    k.object_to(self.state, self.objection_state, "-")
                elif action == "decide":
                    if self.state != k.RATED or self.objection_state != k.OBJECTION_FILED:
                        continue
                else:
                    k.transition(self.state, action, hasil_kerja=k.ABOVE, perilaku=k.ABOVE,
                                 objection=self.objection_state)
                    if action == "finalise":
                        self._asn_check_finalise()  # the objection window (R34, R8)
            except RuleError:
                continue
            actions.append(action)
        return actions

    def _asn_decide(self, action, **kw):
        """R34: who (rules ACTORS), then the state machine. Issue 15: an SKP is agreed with at
        least one main RHK; a non-JPT's main RHK support the superior's (intervensi, R35: the
        cascade check below covers the link)."""
        roles = self._kinerja_roles()
        k.check_actor(action, roles)
        if action == "agree" and self.sudo().expectation_ids:
            skp.check_intervensi(
                [(e.name, e.kind, e.parent_id.id, e.organisation_indicator)
                 for e in self.sudo().expectation_ids],
                self._asn_is_top(),
            )
        given = {}  # values given with the button (RPC), written by the engine with the step
        if action == "rate":
            given = {f: kw[key] for f, key in (("rating_hasil_kerja", "hasil_kerja"),
                                                ("rating_perilaku", "perilaku"),
                                                ("rating_note", "note")) if kw.get(key)}
        elif action == "object" and kw.get("reason"):
            given = {"objection_reason": kw["reason"]}
        elif action == "decide":
            given = {f: kw[key] for f, key in (("objection_answer", "answer"),
                                                ("objection_hasil_kerja", "hasil_kerja"),
                                                ("objection_perilaku", "perilaku")) if kw.get(key)}
        for fname, value in given.items():
            if fname in self._fields and self._fields[fname].type == "selection" \
                    and value not in dict(k.RATINGS):
                raise UserError(self.env._("Unknown rating %(value)s.", value=value))
        if given:
            self.with_context(skasn_given=True)._check_write(set(given))
            self.sudo().write(given)
        if action == "agree":
            # Issue 15: an additional RHK (tambahan) is extra work, it supports no superior's.
            k.check_cascade([(e.name, e.parent_id.id) for e in self.sudo().expectation_ids
                             if e.kind != "tambahan"], self._asn_is_top())
            # R5, R9: the leader who is not the PPK set the targets, not the employee alone.
            k.check_targets_set(
                [(e.name, e.target_set_by_id.id) for e in self.sudo().expectation_ids],
                self._target_leaders().ids,
            )
        if action in ("object", "decide"):
            new_state = self.state
        else:
            new_state = k.transition(
                self.state, action, hasil_kerja=self.rating_hasil_kerja,
                perilaku=self.rating_perilaku, objection=self.objection_state,
            )
        if action == "finalise":
            self._asn_check_finalise()  # the employee may still object (R34, R8)
        vals = {"state": new_state}
        me = self.env.user._asn_employees()
        if action == "rate":
            vals.update(rater_id=(self.sudo().employee_id.ppk_id & me).id,
                        rated_date=fields.Date.context_today(self))
        elif action == "reopen":
            vals.update(rater_id=False, rated_date=False, objection_state=k.OBJECTION_NONE)
        elif action == "object":
            vals["objection_state"] = k.object_to(
                self.state, self.objection_state, self.objection_reason
            )
        elif action == "decide":
            k.decide_objection(
                self.objection_state, self.objection_answer,
                self.objection_hasil_kerja or None, self.objection_perilaku or None,
            )
            vals.update(objection_state=k.OBJECTION_DECIDED,
                        objection_decider_id=(self.sudo().employee_id.atasan_ppk_id & me).id)
        labels = {
            "agree": self.env._("Expected results agreed"),
            "reset": self.env._("Back to draft"),
            "start": self.env._("Performance period started"),
            "rate": self.env._("Rated"),
            "reopen": self.env._("Rating reopened"),
            "finalise": self.env._("Appraisal final"),
            "object": self.env._("Objection filed to the appraiser's superior"),
            "decide": self.env._("Objection decided"),
        }
        return vals, self._asn_step_message(labels[action])

    def _asn_after_step(self, action, before, **kw):
        if action == "start":
            self._schedule_checkins()
        if self.state == k.FINAL:
            self._asn_close_checkins()  # the period is over: no check-in stays open
        if self.state not in (k.AGREED, k.IN_PROGRESS):
            # R27, R5, R9: rated (or back to draft): the recommendations are no longer to read.
            self.sudo().recommendation_ids._asn_activity_update()
        if action == "rate":
            # rated with a distribution that does not fit the organisation's predikat: a note on
            # the record for the appraiser and whoever makes it final (the step goes on; the form
            # shows the warning until the appraisal is final)
            self.invalidate_recordset(["distribution_warning"])
            if self.distribution_warning:
                self.sudo().message_post(
                    body=plaintext2html(self.distribution_warning), subtype_xmlid="mail.mt_note",
                )

    def action_agree(self):
        return self._asn_do("agree")

    def action_reset(self):
        return self._asn_do("reset")

    def action_start(self):
        return self._asn_do("start")

    def action_rate(self, hasil_kerja=None, perilaku=None, note=None):
        """R34 c: the PPK rates (the ratings written on the form, or given here)."""
        return self._asn_do("rate", hasil_kerja=hasil_kerja, perilaku=perilaku, note=note)

    def action_reopen(self):
        return self._asn_do("reopen")

    def action_finalise(self):
        return self._asn_do("finalise")

    def action_object(self, reason=None):
        return self._asn_do("object", reason=reason)

    def action_decide_objection(self, answer=None, hasil_kerja=None, perilaku=None):
        return self._asn_do("decide", answer=answer, hasil_kerja=hasil_kerja, perilaku=perilaku)

    def action_print(self):
        report = self.env.ref("sistem_kerja_asn.action_report_asn_kinerja")
        return report.report_action(self, config=False)

    def action_open_recommendations(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Recommendations"),
            "res_model": "asn.kinerja.rekomendasi",
            "view_mode": "list,form",
            "domain": [("kinerja_id", "=", self.id)],
            "context": {"default_kinerja_id": self.id},
        }

    # -- activities: whoever must act next -----------------------------------------------------------

    def _schedule_checkins(self):
        """R34 b: a check-in activity for the PPK at each check-in date of the period still to
        come (a period started late opens no check-in that is overdue from the start)."""
        today = fields.Date.context_today(self)
        for rec in self:
            user = rec.sudo().employee_id.ppk_id.user_id
            if not user:
                continue
            for day in k.checkin_dates(rec.date_start, rec.date_end, rec.checkin_frequency,
                                       today=today):
                rec.sudo().activity_schedule(
                    "sistem_kerja_asn.mail_act_kinerja_checkin", date_deadline=day,
                    user_id=user.id,
                    summary=self.env._("Performance check-in with %(employee)s",
                                       employee=rec.employee_id.sudo().name),
                )

    def _asn_close_checkins(self):
        """R34 b: once the appraisal is final, the check-ins not held are no longer due: remove
        the open check-in activities (not marked done: no check-in took place). The engine calls
        this when the record becomes final."""
        self.sudo().activity_unlink(["sistem_kerja_asn.mail_act_kinerja_checkin"])

    def _recommenders(self):
        """{user: summary} of who should send a rating recommendation (R5, R9, R27)."""
        self.ensure_one()
        emp = self.employee_id.sudo()
        result = {}
        for role, holder in ((k.PUO, emp.pimpinan_unit_id), (k.KOORDINATOR, emp.koordinator_id)):
            if holder and holder != emp.ppk_id and holder.user_id:
                result[holder.user_id] = role
        members = self.env["asn.tim.kerja.member"].sudo().search([
            ("employee_id", "=", emp.id), ("tim_kerja_id.state", "=", "established"),
        ])
        for team in members.tim_kerja_id:
            if team.ketua_id and team.ketua_id != emp and team.ketua_id.user_id:
                result.setdefault(team.ketua_id.user_id, k.KETUA)
        return result

    def _asn_todo(self):
        """R34: whoever must act next on the record."""
        emp = self.employee_id.sudo()
        if self.state == k.DRAFT:
            todo = [(emp.ppk_id.user_id, self.env._("Agree the expected results"), None, None)]
            leaders = self._target_leaders()
            unset = self.sudo().expectation_ids.filtered(
                lambda e: e.target_set_by_id not in leaders
            )
            if leaders and (unset or not self.sudo().expectation_ids):
                # R5, R9: the unit leader (or coordinator) sets the targets first.
                summary = self.env._("Set the targets of %(employee)s", employee=emp.name)
                todo += [(user, summary, None, None) for user in leaders.user_id]
            return todo
        if self.state == k.AGREED:
            return [(emp.user_id, self.env._("Start the performance period"), None, None)]
        if self.state == k.IN_PROGRESS:
            return [(emp.ppk_id.user_id, self.env._("Rate the performance"), self.date_end, None)]
        if self.state == k.RATED and self.objection_state == k.OBJECTION_FILED:
            return [(emp.atasan_ppk_id.user_id, self.env._("Decide the objection"), None, None)]
        if self.state == k.RATED:
            after_window = self.objection_deadline and self.objection_deadline + timedelta(days=1)
            return [(self.rater_id.sudo().user_id or emp.ppk_id.user_id,
                     self.env._("Finalise the appraisal"), after_window, None)]
        return []

    def _asn_activity_update(self):
        """The step's activity (the engine), and while the period runs a recommendation
        activity for each recommender who has not sent one (R5, R9, R27)."""
        res = super()._asn_activity_update()
        recommend = self.env.ref("sistem_kerja_asn.mail_act_kinerja_recommend")
        for rec in self:
            emp = rec.employee_id.sudo()
            open_recs = rec.sudo().activity_ids.filtered(
                lambda a: a.activity_type_id == recommend
            )
            if rec.state != k.IN_PROGRESS:
                open_recs.unlink()  # silently: the employee does not learn who was asked
                continue
            if open_recs:
                continue
            done = rec.sudo().recommendation_ids.author_id.user_id
            for user in rec._recommenders():
                if user not in done:
                    rec.sudo().activity_schedule(
                        "sistem_kerja_asn.mail_act_kinerja_recommend", user_id=user.id,
                        date_deadline=rec.date_end,
                        summary=self.env._("Send a rating recommendation for %(employee)s",
                                           employee=emp.name),
                    )
        return res
