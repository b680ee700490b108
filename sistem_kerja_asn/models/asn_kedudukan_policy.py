from odoo import api
from odoo import fields
from odoo import models
from odoo import tools
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import jam_kerja as jk
from ..rules import kedudukan
from ..rules import kinerja
from ..rules import penugasan
from ..rules import positions
from ..rules import presets
from ..rules import review
from ..rules.errors import RuleError

# The module of the calendars a preset names in its option ``work_calendar`` (xml ids
# ``resource_calendar_<option>``, data/resource_calendar_data.xml).
CALENDAR_XMLID = "sistem_kerja_asn.resource_calendar_%s"

# The options (rules/presets WORK and REVIEW) kept in a field of the policy of the same name.
SIMPLE_OPTIONS = (
    "within_unit_appointer",
    "request_to",
    "sukarela_known_by_ppk",
    "team_letter_by_scope",
    "team_plan_months",
    "ketua_required",
    "team_established_by",
    "coordinator_may_form_teams",
    "ketua_reports_to_ppk",
    "individual_reports_to_ppk",
    "team_need_binding",
    "ketua_from_penyetaraan",
    "checkin_frequency",  # R34 b (issue 15: PermenPANRB 6/2022 check-ins)
)
# Every option with the policy fields that hold it: ``to_vals(model, options)`` gives the field
# values (Apply Preset), ``from_policy(policy)`` gives the options back (_own_options). One table,
# both directions side by side; a file extending the policy adds its rows in _asn_option_fields().
_SCOPE_FIELDS = (
    (penugasan.LINTAS_UNIT, "scope_lintas_unit"),
    (penugasan.LINTAS_PD, "scope_lintas_pd"),
    (penugasan.LINTAS_INSTANSI, "scope_lintas_instansi"),
)


def _kinds(text):
    return [kind.strip() for kind in (text or "").split(",") if kind.strip()]


def _letter_lines(opts):
    return [fields.Command.clear()] + [
        fields.Command.create({
            "pd_kind": kind or False, "scope": scope, "individu": individu or False, "tim": tim or False,
        })
        for kind, scope, individu, tim in presets.letter_rows(opts)
    ]


def _letters_from_policy(policy):
    letters, by_kind = presets.letters_from_rows(
        (line.pd_kind or None, line.scope, line.individu or None, line.tim or None)
        for line in policy.letter_ids
    )
    return {"letters": letters, "letters_by_kind": by_kind}


OPTION_FIELDS = (
    # (fields, to_vals(model, options) -> {field: value}, from_policy(policy) -> {option: value})
    *(
        ((name,), lambda _m, o, name=name: {name: o[name]}, lambda p, name=name: {name: p[name]})
        for name in SIMPLE_OPTIONS
    ),
    (
        ("team_longer_than_months",),
        lambda _m, o: {"team_longer_than_months": o["team_longer_than_months"] or 0},
        lambda p: {"team_longer_than_months": p.team_longer_than_months or None},
    ),
    (
        tuple(name for _scope, name in _SCOPE_FIELDS),
        lambda _m, o: {name: scope in o["scopes"] for scope, name in _SCOPE_FIELDS},
        lambda p: {"scopes": [penugasan.DALAM_UNIT] + [
            scope for scope, name in _SCOPE_FIELDS if p[name]
        ]},
    ),
    (
        ("letter_legal_basis",),
        lambda _m, o: {"letter_legal_basis": "\n".join(o["letter_legal_basis"])},
        lambda p: {"letter_legal_basis": [
            line.strip() for line in (p.letter_legal_basis or "").splitlines() if line.strip()
        ]},
    ),
    (
        ("regent_office",),
        lambda _m, o: {"regent_office": o["regent_office"] or False},
        lambda p: {"regent_office": (p.regent_office or "").strip() or None},
    ),
    (
        ("review_top_kinds",),
        lambda _m, o: {"review_top_kinds": ",".join(o["review_top_kinds"])},
        lambda p: {"review_top_kinds": _kinds(p.review_top_kinds)},
    ),
    (
        ("review_sub_kinds",),
        lambda _m, o: {"review_sub_kinds": ",".join(o["review_sub_kinds"])},
        lambda p: {"review_sub_kinds": _kinds(p.review_sub_kinds)},
    ),
    (("letter_ids",), lambda _m, o: {"letter_ids": _letter_lines(o)}, _letters_from_policy),
    (
        ("review_mode_ids",),
        lambda _m, o: {"review_mode_ids": [fields.Command.clear()] + [
            fields.Command.create({"kind": kind, "mode": mode})
            for kind, mode in presets.review_rows(o)
        ]},
        lambda p: {"sub_unit_review": {line.kind: line.mode for line in p.review_mode_ids}},
    ),
    # R37-R41: working days and hours
    (
        ("work_calendar_id",),
        lambda m, o: {"work_calendar_id": m._asn_calendar_of_option(o["work_calendar"]).id},
        lambda p: {"work_calendar": p._asn_option_of_calendar()},
    ),
    (
        ("weekly_hours",),
        lambda _m, o: {"weekly_hours": o["weekly_hours"]},
        lambda p: {"weekly_hours": p.weekly_hours},
    ),
    (
        ("flex_jabatan_types",),
        lambda _m, o: {"flex_jabatan_types": ",".join(o["flex_jabatan_types"])},
        lambda p: {"flex_jabatan_types": p._asn_flex_jabatan_types()},
    ),
    (
        ("monday_assembly",),
        lambda _m, o: {"monday_assembly": o["monday_assembly"]},
        lambda p: {"monday_assembly": p.monday_assembly},
    ),
)
OPTION_FIELD_NAMES = tuple(name for names, _to, _from in OPTION_FIELDS for name in names)
# The fields of the policy read by the kedudukan resolver (a change recomputes PPK / PUO).
KEDUDUKAN_FIELDS = {"jf_leader_strict", "jenjang_ceiling", "sub_kinds", "rule_ids", "ceiling_ids"}


class AsnKedudukanPolicy(models.Model):
    """A company's kedudukan policy (R5, R6): who is PPK / PUO per unit kind and the jenjang
    ceiling. Filled from a regency preset (``rules/presets/``), then editable."""

    _name = "asn.kedudukan.policy"
    _description = "Kedudukan Policy"
    _inherit = ["mail.thread"]

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company,
        ondelete="cascade",
    )
    preset = fields.Selection(
        presets.preset_selection(), required=True, default="national",
        tracking=True,
        help="The regency whose regulation this policy follows; applying it resets the rules "
        "and the ceiling below.",
    )
    source = fields.Text(string="Legal Basis", help="The articles the policy follows.")
    jf_leader_strict = fields.Boolean(
        string="JF Leaders Appraise Lower Jenjang Only", default=True,
        help="R5: a functional official leading a unit (Kepala Puskesmas, Kepala Sekolah) does "
        "not appraise a functional official of the same jenjang or above.",
    )
    jenjang_ceiling = fields.Boolean(
        string="Apply the Jenjang Ceiling", default=True, tracking=True,
        help="R5: the PPK moves up until the appraiser passes the jenjang ceiling below (and a "
        "functional official leading a unit is compared by jenjang). Off where the regulation "
        "states no ceiling (Denpasar Lampiran B.4, B.6; Bekasi Pasal 33(3), 34(2)).",
    )
    sub_kinds = fields.Char(
        string="Level-3 Unit Kinds", default="subbagian,seksi",
        help="Comma-separated unit kinds whose Pengawas only coordinates (R9) when a rule "
        "says 'leader above the Level-3 unit'.",
    )
    workload_limit = fields.Float(
        default=5.0,
        help="R14: warn when an employee's active assignments and teams weigh more than this.",
    )
    objection_window_days = fields.Integer(
        string="Objection Window (Days)", default=kinerja.OBJECTION_WINDOW_DAYS, tracking=True,
        help="R34: the days after the rating in which the employee may object to the "
        "appraiser's superior; the appraisal becomes final only after them, or once an "
        "objection is decided.",
    )
    checkin_frequency = fields.Selection(
        kinerja.CHECKIN_FREQUENCIES, string="Periodic Evaluations", default="quarterly",
        tracking=True,
        help="R34 b, PermenPANRB 6/2022: the check-ins of a new performance record, quarterly "
        "by default or monthly where the agency says so; the periods its evaluations are named "
        "after follow them.",
    )
    rule_ids = fields.One2many("asn.kedudukan.policy.rule", "policy_id", string="Rules", copy=True)
    ceiling_ids = fields.One2many(
        "asn.kedudukan.policy.ceiling", "policy_id", string="Jenjang Ceiling", copy=True
    )

    # -- the work-system options (R12-R32), filled from the preset, editable per company -------
    option_source = fields.Text(
        string="Legal Basis of the Options",
        help="The articles the assignment, team and review options follow, per option.",
    )
    scope_lintas_unit = fields.Boolean(
        string="Across Units", default=True, tracking=True,
        help="R13: assignments across units of the government (within the unit always exist).",
    )
    scope_lintas_pd = fields.Boolean(
        string="Across Perangkat Daerah", tracking=True,
        help="R13: a scope of its own for a unit of another Perangkat Daerah; without it such "
        "an assignment counts as across units.",
    )
    scope_lintas_instansi = fields.Boolean(
        string="Across Agencies", default=True, tracking=True,
        help="R13, R18: assignments with another government agency, through the authorised "
        "official (PyB).",
    )
    within_unit_appointer = fields.Selection(
        [("puo", "The unit leader (PUO)"), ("ppk", "The appraiser (PPK)")],
        string="Assigns Within the Unit", required=True, default="puo", tracking=True,
        help="R16, R20: who assigns directly and answers a volunteer within the unit.",
    )
    request_to = fields.Selection(
        [
            ("ppk", "The PPK where the employee sits"),
            ("pd_head_puo", "The Kepala PD and/or PUO where the employee sits"),
        ],
        string="Requests Go To", required=True, default="ppk", tracking=True,
        help="R17, R21: who receives and answers a request for an employee of another unit, and "
        "whose consent a volunteer needs.",
    )
    sukarela_known_by_ppk = fields.Boolean(
        string="Volunteer's PPK Is Informed", tracking=True,
        help="R21: a volunteer's request across units is copied to his own PPK as well.",
    )
    team_letter_by_scope = fields.Boolean(
        string="Team Members' Letters by Scope", tracking=True,
        help="R15, R22: a team member's assignment is carried by the document of its scope "
        "(below) instead of the team decree.",
    )
    team_longer_than_months = fields.Integer(
        string="A Team Works More Than (Months)", tracking=True,
        help="R22: the minimum duration of a tim kerja; 0: none.",
    )
    team_plan_months = fields.Integer(
        string="Team Result Plan (Months)", default=12, tracking=True,
        help="R29: the horizon of the result plan when deciding whether a team is needed.",
    )
    ketua_required = fields.Boolean(
        string="A Team Needs a Ketua", tracking=True,
        help="R23: a team cannot be established without its ketua.",
    )
    team_established_by = fields.Selection(
        [
            ("puo_owner", "The PUO of the owning unit"),
            ("pd_head_owner", "The Kepala PD of the owning unit"),
        ],
        required=True, default="puo_owner", tracking=True,
        help="R22: who establishes a team and signs its decree.",
    )
    coordinator_may_form_teams = fields.Boolean(
        string="A Coordinating Pengawas May Form Teams", tracking=True,
        help="R9: a Pengawas who coordinates the substance work is its ketua; unticked he cannot "
        "form other teams.",
    )
    ketua_reports_to_ppk = fields.Boolean(
        string="Ketua Reports to the PPK Too", tracking=True,
        help="R31: the ketua reports the team's work to the PPK as well as to the PUO.",
    )
    individual_reports_to_ppk = fields.Boolean(
        string="Individuals Report to the PPK Too", tracking=True,
        help="R31: an individually assigned employee reports to the PPK as well as to the PUO.",
    )
    team_need_binding = fields.Boolean(
        string="A Team Must Meet the Criteria", tracking=True,
        help="R29: a team whose work neither spans a one-year plan nor crosses units is refused "
        "(individuals are assigned instead); unticked it is a warning only.",
    )
    ketua_from_penyetaraan = fields.Boolean(
        string="Converted Officials Preferred as Ketua", tracking=True,
        help="R23: a functional official from the position conversion (penyetaraan jabatan) "
        "is preferred as the team's ketua; another choice is warned.",
    )
    letter_legal_basis = fields.Text(
        string="Legal Basis Printed in Letters", tracking=True,
        help="R15: the acts a letter cites (Dasar of a Surat Tugas, Mengingat of a Keputusan), "
        "one per line.",
    )
    regent_office = fields.Char(
        string="Regent's Office", tracking=True,
        help="R15: how the regulation names the regent who signs a Keputusan (Bupati, Walikota); "
        "empty: from the government's name.",
    )
    review_top_kinds = fields.Char(
        string="Units Whose Head Accepts the Work", tracking=True,
        default="kelurahan,uptd,puskesmas,satuan_pendidikan,rsud",
        help="R32: comma-separated unit kinds whose head accepts the reviewed work as Level 1.",
    )
    review_sub_kinds = fields.Char(
        string="Level-3 Kinds in the Review", tracking=True, default="subbagian,seksi",
        help="R32: comma-separated unit kinds whose head is a Level-3 Pengawas in the review.",
    )
    letter_ids = fields.One2many(
        "asn.kedudukan.policy.letter", "policy_id", string="Assignment Documents", copy=True
    )
    review_mode_ids = fields.One2many(
        "asn.kedudukan.policy.review", "policy_id", string="Sub-unit Review", copy=True
    )

    # R37-R41: the working days and hours (issue 13): the regulation's calendar and the date
    # from which it applies (DPS Ps 24), the weekly hours a calendar must count, who may work
    # flexibly, the Monday assembly.
    work_calendar_id = fields.Many2one(
        "resource.calendar", string="Working Hours of the Regulation", tracking=True,
        ondelete="restrict",
        help="R37: made the company's default working hours (and of every employee who follows "
        "the company's hours) from the date below. Empty: the company's calendar stays.",
    )
    work_calendar_from = fields.Date(
        string="New Working Hours From", tracking=True,
        help="Perwali Denpasar 69/2023 Ps 24: the hours in force before the regulation stay as "
        "long as the attendance application does not support the new ones. The calendar above "
        "applies from this date (empty: at once).",
    )
    weekly_hours = fields.Float(
        string="Weekly Hours Required", default=jk.weekly_hours(jk.R37), tracking=True,
        digits=(16, 2),
        help="R37, Ps 22: the hours of a week without the breaks every calendar must count; "
        "a calendar that misses them, or has a working day without a break, is flagged.",
    )
    flex_jabatan_types = fields.Char(
        string="Positions That May Work Flexibly", tracking=True,
        help="R41 (Ps 21(4)): the position classes the regent's decision allows to work "
        "flexibly, comma-separated: jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, "
        "fungsional. Empty: nobody yet.",
    )
    monday_assembly = fields.Boolean(
        string="Monday Morning Assembly", tracking=True,
        help="R38 (Ps 18): every employee joins the morning assembly (apel pagi) on Monday; "
        "shown on the employee's portal home.",
    )
    monday_assembly_time = fields.Float(
        string="Assembly Time", default=7.5, tracking=True,
        help="The time of the Monday assembly (local time of the working hours).",
    )
    monday_assembly_place = fields.Char(string="Assembly Place", tracking=True)

    _sql_constraints = [
        ("company_uniq", "unique(company_id)", "A company has one kedudukan policy."),
    ]

    # -- presets ---------------------------------------------------------------------------

    @api.model
    def _option_values_from_preset(self, key):
        """Write values that reset the work-system options (R12-R32) to the preset ``key``."""
        opts = presets.get_all_options(key)
        labels = dict(self._option_labels())
        vals = {}
        for _names, to_vals, _from in self._asn_option_fields():
            vals.update(to_vals(self, opts))
        vals["option_source"] = "\n".join(
            f"{labels.get(name, name)}: {text}" for name, text in opts["sources"].items()
        )
        return vals

    @api.model
    def _asn_option_fields(self):
        """The option <-> field table (:data:`OPTION_FIELDS`)."""
        return OPTION_FIELDS

    @api.model
    def _option_labels(self):
        """[(option, label)]: the label of the policy field that holds each option."""
        names = {
            "scopes": "scope_lintas_unit", "letters": "letter_ids",
            "letters_by_kind": "letter_ids", "sub_unit_review": "review_mode_ids",
            "work_calendar": "work_calendar_id",
        }
        return [
            (option, self._fields[names.get(option, option)].get_description(self.env)["string"])
            for option in (*presets.OPTION_KEYS, *presets.REVIEW_OPTION_KEYS)
            if names.get(option, option) in self._fields
        ]

    @api.model
    def _values_from_preset(self, key):
        """Create/write values that reset a policy to the preset ``key`` (R6): the kedudukan
        rules, the ceiling and every work-system option."""
        data = presets.PRESETS[key]
        return {
            **self._option_values_from_preset(key),
            "preset": key,
            "source": data.get("source") or "",
            "jf_leader_strict": data.get("jf_leader_strict", True),
            "jenjang_ceiling": data.get("jenjang_ceiling", True),
            "sub_kinds": ",".join(data.get("sub_kinds") or kedudukan.DEFAULT_SUB_KINDS),
            "rule_ids": [fields.Command.clear()] + [
                fields.Command.create({
                    "kind": r["kind"], "group": r["group"], "ppk": r["ppk"], "puo": r["puo"],
                    "coordinates": r["coordinates"], "source": r.get("source") or "",
                })
                for r in data["rules"]
            ],
            "ceiling_ids": [fields.Command.clear()] + [
                fields.Command.create({
                    "appraisee": c["appraisee"], "min_position": c.get("min_position") or False,
                    "pd_head": c.get("pd_head", False), "kind": c.get("kind") or False,
                    "puo_too": c.get("puo_too", False),
                })
                for c in data["ceiling"]
            ],
        }

    def action_apply_preset(self):
        """Reset the rules, the ceiling and every option to the chosen preset, then recompute."""
        for policy in self:
            policy.with_context(skasn_no_recompute=True, skasn_preset_apply=True).write(
                self._values_from_preset(policy.preset)
            )
            policy.message_post(body=self.env._(
                "Preset %(preset)s applied.",
                preset=dict(self._fields["preset"]._description_selection(self.env))[policy.preset],
            ))
        self._recompute_companies()
        self._asn_apply_work_calendar()
        return True

    @api.model
    def _for_company(self, company):
        """The company's policy, created from the national preset when it has none."""
        policy = self.sudo().search([("company_id", "=", company.id)], limit=1)
        if not policy:
            vals = self._values_from_preset("national")
            vals.update(company_id=company.id, name=company.name)
            policy = self.sudo().with_context(skasn_no_recompute=True).create(vals)
        return policy

    def _all_options(self):
        """The work-system and review options (R12-R32) as this company set them, for
        rules/penugasan, tim_kerja and review; an option the policy does not hold is the
        preset's (:func:`rules.presets.complete`, the one fallback).

        Read by every button and compute, so cached (ormcache, as ir.config_parameter): writing
        the policy or one of its lines clears it; a rolled-back transaction or test drops it with
        the registry's caches. The caller gets its own top-level dict (the rules only read the
        nested values)."""
        self.ensure_one()
        if not isinstance(self.id, int):  # a form's onchange: never cached
            return presets.complete(self._own_options())
        return dict(self._asn_cached_options())

    @tools.ormcache("self.id")
    def _asn_cached_options(self):
        return presets.complete(self._own_options())

    def _asn_drop_options_cache(self):
        self.env.registry.clear_cache()

    def _own_options(self):
        """The options the policy holds (``key``: its preset)."""
        self.ensure_one()
        policy = self.sudo()
        opts = {"key": policy.preset}
        for _names, _to, from_policy in self._asn_option_fields():
            opts.update(from_policy(policy))
        return opts

    def _work_options(self):
        """The options for rules/penugasan and tim_kerja (:meth:`_all_options`)."""
        return self._all_options()

    def _check_options(self):
        """A clear error unless the options make a valid configuration (every scope has its
        documents, known kinds and modes)."""
        for policy in self:
            try:
                opts = penugasan.check_options(presets.complete(policy._own_options()))
                review.check_review_options(opts)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    @api.model
    def _asn_fill_missing_options(self):
        """On install and update: a policy made before the options were editable gets them from
        its preset (once: a policy with documents keeps the clerk's values)."""
        for policy in self.sudo().search([("letter_ids", "=", False)]):
            policy.with_context(skasn_no_recompute=True, tracking_disable=True).write(
                self._option_values_from_preset(policy.preset)
            )
        for policy in self.sudo().search([("letter_legal_basis", "=", False)]):
            basis = self._option_values_from_preset(policy.preset)["letter_legal_basis"]
            policy.with_context(tracking_disable=True).letter_legal_basis = basis

    # -- the preset options (rules/presets: work_calendar, weekly_hours, flex_jabatan_types,
    # monday_assembly) ------------------------------------------------------------------------------

    @api.model
    def _asn_calendar_of_option(self, key):
        """The calendar a preset's ``work_calendar`` option names (None: none)."""
        if not key:
            return self.env["resource.calendar"]
        return self.env.ref(CALENDAR_XMLID % key, raise_if_not_found=False) \
            or self.env["resource.calendar"]

    def _asn_option_of_calendar(self):
        """The ``work_calendar`` option of the policy's calendar: the preset's key for one of the
        regulation's calendars, its id for a calendar of the company's own."""
        calendar = self.sudo().work_calendar_id
        if not calendar:
            return None
        prefix = CALENDAR_XMLID % ""
        for xmlid in calendar._get_external_ids().get(calendar.id, []):
            if xmlid.startswith(prefix):
                return xmlid[len(prefix):]
        return calendar.id

    def _asn_flex_jabatan_types(self):
        return [t.strip() for t in (self.flex_jabatan_types or "").split(",") if t.strip()]

    @api.constrains("flex_jabatan_types")
    def _check_flex_jabatan_types(self):
        known = dict(positions.JABATAN_TYPES)
        for policy in self:
            unknown = [t for t in policy._asn_flex_jabatan_types() if t not in known]
            if unknown:
                raise ValidationError(self.env._(
                    "Unknown position classes %(unknown)s: use %(known)s (R41).",
                    unknown=", ".join(unknown), known=", ".join(known),
                ))

    @api.constrains("weekly_hours", "monday_assembly_time")
    def _check_hours(self):
        for policy in self:
            if not 0 < policy.weekly_hours <= 7 * 24:
                raise ValidationError(self.env._(
                    "The weekly hours are a number of hours above 0 and at most 168 (R37)."))
            if not 0 <= policy.monday_assembly_time < 24:
                raise ValidationError(self.env._("The assembly time lies between 00:00 and 23:59."))

    # -- the company's working hours (R37, DPS Ps 24) ------------------------------------------

    def _asn_apply_work_calendar(self, today=None):
        """R37, DPS Ps 24: from its date, the regulation's calendar becomes the company's default
        working hours, and every employee of the company who followed the old default follows
        the new one (an exception of his unit, R40, or his flexible group, R41, stays)."""
        today = today or fields.Date.context_today(self)
        for policy in self.sudo():
            calendar, company = policy.work_calendar_id, policy.company_id
            if not calendar or (policy.work_calendar_from and policy.work_calendar_from > today):
                continue
            old = company.resource_calendar_id
            if old == calendar:
                continue
            company.resource_calendar_id = calendar
            employees = self.env["hr.employee"].sudo().with_context(active_test=False).search([
                ("company_id", "=", company.id), ("resource_calendar_id", "=", old.id),
            ]) if old else self.env["hr.employee"]
            employees.write({"resource_calendar_id": calendar.id})
            policy.message_post(body=self.env._(
                "%(calendar)s are the company's working hours from %(date)s (R37, Perwali Denpasar "
                "69/2023 Ps 24); %(count)s employees moved from %(old)s.",
                calendar=calendar.name, date=policy.work_calendar_from or today,
                count=len(employees), old=old.name or "-",
            ))

    @api.model
    def _cron_apply_work_calendar(self):
        """Daily: the regulation's calendar whose date has come (DPS Ps 24)."""
        today = fields.Date.context_today(self)
        self.sudo().search([
            ("work_calendar_id", "!=", False),
            "|", ("work_calendar_from", "=", False), ("work_calendar_from", "<=", today),
        ])._asn_apply_work_calendar(today)

    # -- to rules/ -------------------------------------------------------------------------

    def _to_rules(self):
        """The policy as :class:`rules.kedudukan.Policy`; a clear error if it is inconsistent."""
        self.ensure_one()
        data = {
            "key": self.preset,
            "label": self.name,
            "source": self.source or "",
            "jf_leader_strict": self.jf_leader_strict,
            "jenjang_ceiling": self.jenjang_ceiling,
            "sub_kinds": self.sub_kinds or "",
            "rules": self.rule_ids.read(["kind", "group", "ppk", "puo", "coordinates", "source"]),
            "ceiling": self.ceiling_ids.read(
                ["appraisee", "min_position", "pd_head", "kind", "puo_too"]
            ),
        }
        try:
            return kedudukan.policy_from_dict(data)
        except RuleError as err:
            raise ValidationError(err.render(self.env._)) from err

    @api.constrains("rule_ids", "ceiling_ids", "sub_kinds")
    def _check_policy(self):
        for policy in self:
            policy._to_rules()

    @api.constrains(*OPTION_FIELD_NAMES)
    def _check_work_options(self):
        self._check_options()

    @api.constrains("objection_window_days")
    def _check_objection_window_days(self):
        for policy in self:
            try:
                kinerja.check_objection_window_days(policy.objection_window_days)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    def _recompute_companies(self):
        if self.env.context.get("skasn_no_recompute"):
            return
        for company in self.company_id:
            self.env["hr.employee"]._kedudukan_recompute_company(company)

    @api.model_create_multi
    def create(self, vals_list):
        policies = super(
            AsnKedudukanPolicy, self.with_context(skasn_policy_write=True)
        ).create(vals_list).with_env(self.env)
        policies._recompute_companies()
        return policies

    def write(self, vals):
        # the lines written through the policy are checked once, by its constraints, at the end
        self._asn_drop_options_cache()
        res = super(AsnKedudukanPolicy, self.with_context(skasn_policy_write=True)).write(vals)
        self._asn_drop_options_cache()
        if KEDUDUKAN_FIELDS & set(vals):
            self._recompute_companies()
        if {"work_calendar_id", "work_calendar_from"} & set(vals):
            self._asn_apply_work_calendar()
        return res

    def unlink(self):
        if not self.env.context.get("skasn_allow_policy_unlink"):
            raise UserError(self.env._(
                "A company needs its kedudukan policy: apply another preset instead of deleting it."
            ))
        return super().unlink()
