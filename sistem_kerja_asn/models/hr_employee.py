import json

from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.osv import expression
from odoo.tools import SQL
from odoo.tools import email_normalize

from ..rules import jam_kerja as jk
from ..rules import kedudukan
from ..rules import nip as nip_rules
from ..rules import penugasan as flows
from ..rules import positions
from ..rules.errors import RuleError
from ..rules.errors import render
from ..rules.penugasan import workload as assignment_workload
from .asn_sudo_guard import fetch_only
from .asn_sudo_guard import superuser_for_a_user

PANGKAT_GOLONGAN = [
    ("I/a", "Juru Muda (I/a)"),
    ("I/b", "Juru Muda Tingkat I (I/b)"),
    ("I/c", "Juru (I/c)"),
    ("I/d", "Juru Tingkat I (I/d)"),
    ("II/a", "Pengatur Muda (II/a)"),
    ("II/b", "Pengatur Muda Tingkat I (II/b)"),
    ("II/c", "Pengatur (II/c)"),
    ("II/d", "Pengatur Tingkat I (II/d)"),
    ("III/a", "Penata Muda (III/a)"),
    ("III/b", "Penata Muda Tingkat I (III/b)"),
    ("III/c", "Penata (III/c)"),
    ("III/d", "Penata Tingkat I (III/d)"),
    ("IV/a", "Pembina (IV/a)"),
    ("IV/b", "Pembina Tingkat I (IV/b)"),
    ("IV/c", "Pembina Utama Muda (IV/c)"),
    ("IV/d", "Pembina Utama Madya (IV/d)"),
    ("IV/e", "Pembina Utama (IV/e)"),
]

# Problems the resolver reports (rules.kedudukan.PROBLEMS), for the problems list.
KEDUDUKAN_PROBLEMS = [
    ("no_unit", "No unit"),
    ("no_ppk", "No appraiser"),
    ("ppk_below_ceiling", "Appraiser below the jenjang ceiling"),
    ("jf_without_jenjang", "Functional position without jenjang"),
]
JABATAN_LEVELS = [("1", "Level 1"), ("2", "Level 2"), ("3", "Level 3")]

# Fields whose change may change who appraises and assigns this employee (or, for a head,
# everyone under them).
KEDUDUKAN_FIELDS = {"department_id", "jabatan_type", "jenjang", "active", "company_id"}


# The work models whose record rules read a stored list of participant users (issue 7), in the
# order their participants are recomputed: an escalation reads its team's list.
PARTICIPANT_MODELS = ("asn.penugasan", "asn.tim.kerja", "asn.laporan", "asn.eskalasi")

# Issue 14: the smart buttons of the employee form: (count field, model, domain on the
# employee's id, action xml id).
ASN_SMART_BUTTONS = {
    "asn_penugasan_count": (
        "asn.penugasan", lambda emp: [("employee_id", "=", emp.id)],
        "sistem_kerja_asn.asn_penugasan_action",
    ),
    "asn_tim_kerja_count": (
        "asn.tim.kerja", lambda emp: [("member_ids.employee_id", "=", emp.id)],
        "sistem_kerja_asn.asn_tim_kerja_action",
    ),
    "asn_kinerja_count": (
        "asn.kinerja", lambda emp: [("employee_id", "=", emp.id)],
        "sistem_kerja_asn.asn_kinerja_action",
    ),
    "asn_eskalasi_count": (
        "asn.eskalasi", lambda emp: ["|", ("penugasan_id.employee_id", "=", emp.id),
                                     ("tim_kerja_id.member_ids.employee_id", "=", emp.id)],
        "sistem_kerja_asn.asn_eskalasi_action",
    ),
}

_RESULT_FIELDS = [
    "ppk_id", "pimpinan_unit_id", "atasan_ppk_id", "koordinator_id", "kedudukan_problem",
    "jabatan_level", "ppk_delegated", "kedudukan_reason_data",
]


def _norm(value):
    """Compare a search_read value with a new value: ids for many2one, None for empty."""
    if isinstance(value, tuple | list) and len(value) == 2 and isinstance(value[0], int) \
            and isinstance(value[1], str):
        return value[0]
    if value is False or value == [] or value == "":
        return None
    return value


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    # R1: the civil-servant record.
    nip = fields.Char(
        string="NIP",
        size=21,
        index="btree_not_null",
        copy=False,
        tracking=True,
        groups="hr.group_hr_user",
        help="The 18-digit civil-servant number: birth date, appointment month, sex digit, serial.",
    )
    asn_type = fields.Selection(
        [("pns", "PNS"), ("pppk", "PPPK")],
        string="ASN Type",
        tracking=True,
        groups="hr.group_hr_user",
    )
    jabatan_type = fields.Selection(
        positions.JABATAN_TYPES,
        string="Position Class",
        tracking=True,
        index=True,
        help="R1: JPT, Administrator, Pengawas, Pelaksana or Fungsional.",
    )
    jenjang = fields.Selection(
        positions.JENJANG,
        tracking=True,
        help="R1: the level of a functional position; empty for any other class.",
    )
    hasil_penyetaraan = fields.Boolean(
        string="From Position Conversion",
        groups="hr.group_hr_user",
        help="A functional position converted from a structural post (penyetaraan jabatan).",
    )
    pangkat_golongan = fields.Selection(
        PANGKAT_GOLONGAN, string="Rank / Grade", tracking=True, groups="hr.group_hr_user"
    )

    _sql_constraints = [
        (
            "nip_company_uniq",
            "unique(nip, company_id)",
            "This NIP is already registered for another employee of the company.",
        ),
    ]

    @api.constrains("nip")
    def _check_nip(self):
        for employee in self:
            if not employee.nip:
                continue
            try:
                nip_rules.parse_nip(employee.nip)
            except RuleError as err:
                employee._raise_rule_error(err)

    @api.constrains("jabatan_type", "jenjang")
    def _check_jenjang(self):
        for employee in self:
            if not employee.jabatan_type:
                continue
            try:
                positions.check_jenjang(employee.jabatan_type, employee.jenjang or None)  # R1
            except RuleError as err:
                employee._raise_rule_error(err)

    def _raise_rule_error(self, err):
        """A rule's refusal as a ValidationError naming the employee, in the user's language."""
        raise ValidationError(self.env._(
            "%(employee)s: %(reason)s", employee=self.name, reason=err.render(self.env._)
        )) from err

    @api.model
    def _normalize_nip_vals(self, vals):
        if vals.get("nip"):
            digits = "".join(vals["nip"].split())
            vals["nip"] = digits
        return vals

    def _check_nip_free(self, nip, company_id):
        """Refuse a NIP already held in the company, before the SQL constraint does."""
        if not nip:
            return
        duplicate = self.sudo().with_context(active_test=False).search([
            ("nip", "=", nip), ("company_id", "=", company_id), ("id", "not in", self.ids),
        ], limit=1)
        if duplicate:
            raise ValidationError(self.env._(
                "NIP %(nip)s is already registered for %(other)s.",
                nip=nip, other=duplicate.name,
            ))

    def _check_resolver_fields(self, vals):
        """Issue 11: the resolved officials, level, problem and reason are written by the
        resolver only (R2-R9; ``_kedudukan_write``); HR changes them through the per-unit
        overrides of the policy (R6) or a delegation of appraisal (R7)."""
        if self.env.su:
            return
        forged = [name for name in _RESULT_FIELDS if name in vals]
        if forged:
            raise UserError(self.env._(
                "%(fields)s are worked out from the organisation by the regency's rules: change "
                "the unit, its head, the unit's PPK/PUO override or add a delegation of "
                "appraisal instead.",
                fields=", ".join(self._fields[f]._description_string(self.env) for f in forged),
            ))

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_resolver_fields(vals)
            self._normalize_nip_vals(vals)
            self._check_nip_free(vals.get("nip"), vals.get("company_id") or self.env.company.id)
        employees = super().create(vals_list)
        employees._kedudukan_recompute()
        return employees

    def write(self, vals):
        self._check_resolver_fields(vals)
        self._normalize_nip_vals(vals)
        if vals.get("nip"):
            if len(self) > 1:
                raise ValidationError(self.env._("Two employees cannot share one NIP."))
            self._check_nip_free(vals["nip"], vals.get("company_id") or self.company_id.id)
        following = self._asn_following_base(vals)  # R40: the hours follow the unit
        res = super().write(vals)
        following._asn_follow_base()
        if KEDUDUKAN_FIELDS & set(vals):
            self._kedudukan_recompute()
        if "user_id" in vals:
            self.env.registry.clear_cache()  # record rules read a user's employees and units
        if {"user_id", "department_id"} & set(vals):
            self._asn_refresh_participants()  # access follows the link (issue 11)
        return res

    # -- who reads what of an employee (issue 11) -------------------------------------------------

    @api.model
    def _asn_public_fields(self):
        """The public profile: what every colleague reads through hr.employee.public."""
        return frozenset(self.env["hr.employee.public"]._fields)

    def _asn_scoped_hr(self):
        """An Admin Kepegawaian PD who is neither the regional HR office nor an HR manager: the
        record rules give him the files of his PDs' employees only."""
        if self.env.su:
            return False
        user = self.env.user
        return user.has_group("sistem_kerja_asn.group_admin_pd") and not (
            user.has_group("sistem_kerja_asn.group_admin_daerah")
            or user.has_group("hr.group_hr_manager")
        )

    def _fetch_field(self, field):
        """Prefetch the public profile only (asn.sudo.guard, issue 11):

        - in a superuser read made for a user (``sudo()``, related fields, display names): the
          NIP, KTP number and home address of the people a record names stay out of the cache
          shared with the user;
        - for an Admin PD reading a public field: the employees of other PDs named in his
          records (a delegated PPK, a team member) are read as any colleague reads them, see
          :meth:`fetch`.
        """
        if field.prefetch and self._context.get("prefetch_fields", True):
            public = self._asn_public_fields()
            if superuser_for_a_user(self.env):
                return fetch_only(self, field, public)
            if field.name in public and self._asn_scoped_hr():
                self.check_field_access_rights("read", [field.name])
                return fetch_only(self, field, public)
        return super()._fetch_field(field)

    def fetch(self, field_names):
        """An Admin PD reads his PDs' employees in full and the others' public profile, the way
        hr lets every non-HR user read hr.employee through hr.employee.public."""
        if not self._asn_scoped_hr():
            return super().fetch(field_names)
        own = self._filtered_access("read")
        super(HrEmployee, own).fetch(field_names)
        others = self - own
        if others:
            others._check_private_fields(field_names)
            others.flush_recordset([f for f in field_names if f in self._fields])
            public = self.env["hr.employee.public"].browse(others._ids)
            public.fetch(field_names)
            others._copy_cache_from(public, field_names)
        return None

    # -- the three resolved officials (R2-R9), stored, recomputed when the structure changes --

    ppk_id = fields.Many2one(
        "hr.employee", string="Appraiser (PPK)", readonly=True, index="btree_not_null",
        copy=False, help="Pejabat Penilai Kinerja: the direct superior who appraises (R2).",
    )
    pimpinan_unit_id = fields.Many2one(
        "hr.employee", string="Unit Leader (PUO)", readonly=True, index="btree_not_null",
        copy=False, help="Pimpinan Unit Organisasi: the leader who gives the assignments (R3).",
    )
    atasan_ppk_id = fields.Many2one(
        "hr.employee", string="Appraiser's Superior", readonly=True, index="btree_not_null",
        copy=False, help="Atasan PPK: the appraiser's own superior, the appeal level (R8).",
    )
    koordinator_id = fields.Many2one(
        "hr.employee", string="Coordinator", readonly=True, copy=False,
        help="A Level-3 Pengawas who coordinates the work and recommends the rating (R9).",
    )
    kedudukan_reason_data = fields.Json(readonly=True, copy=False, groups="hr.group_hr_user")
    kedudukan_reason = fields.Text(
        string="Why", compute="_compute_kedudukan_reason", groups="hr.group_hr_user",
        help="How the appraiser and the unit leader were resolved, with the rules applied.",
    )
    kedudukan_problem = fields.Selection(
        KEDUDUKAN_PROBLEMS,
        string="Problem", readonly=True, index="btree_not_null", copy=False,
        groups="hr.group_hr_user",
    )
    jabatan_level = fields.Selection(
        JABATAN_LEVELS, string="Official Level", readonly=True, copy=False,
        help="The Pejabat Level of the unit this official heads; empty for staff.",
    )
    delegasi_ids = fields.One2many(
        "asn.delegasi.penilaian", "employee_id", string="Appraisal Delegations",
        groups="hr.group_hr_user",
    )
    asn_headed_unit_ids = fields.One2many(
        "hr.department", "manager_id", string="Units Headed", groups="hr.group_hr_user",
    )
    ppk_delegated = fields.Boolean(
        string="Appraisal Delegated", readonly=True, copy=False, groups="hr.group_hr_user",
        help="The appraiser comes from a running delegation (R7).",
    )

    @api.depends("kedudukan_reason_data")
    @api.depends_context("lang")
    def _compute_kedudukan_reason(self):
        for employee in self:
            parts = employee.kedudukan_reason_data or []
            employee.kedudukan_reason = " ".join(
                render(template, params, self.env._) for template, params in parts
            )

    # -- recompute ---------------------------------------------------------------------------

    @api.model
    def _kedudukan_recompute_company(self, company):
        self._kedudukan_resolve(company, None)

    def _kedudukan_recompute(self):
        """Recompute these employees and, for unit heads, everyone under the units they head."""
        if self.env.context.get("skasn_no_recompute") or not self:
            return
        employees = self.with_context(active_test=False).exists()
        headed = self.env["hr.department"].sudo().search([("manager_id", "in", employees.ids)])
        for company in (employees.company_id | headed.company_id):
            ids = set(employees.filtered(lambda e, c=company: e.company_id == c).ids)
            units = headed.filtered(lambda d, c=company: d.company_id == c)
            if units:
                affected = units._kedudukan_affected_ids()
                ids = None if affected is None else ids | affected
            self._kedudukan_resolve(company, ids)

    @api.model
    def _kedudukan_resolve(self, company, only_ids):
        """Load the company's tree, resolve ``only_ids`` (None: everyone) in rules/, write the
        changed results with one UPDATE per 1,000 rows."""
        Dept = self.env["hr.department"].sudo().with_context(active_test=True)
        Emp = self.env["hr.employee"].sudo().with_context(active_test=True)
        policy = self.env["asn.kedudukan.policy"]._for_company(company)._to_rules()
        units = Dept._kedudukan_units(company)
        heads = {u.head_id for u in units if u.head_id}
        domain = [("company_id", "=", company.id)]
        if only_ids is not None:
            domain.append(("id", "in", list(set(only_ids) | heads)))
        fnames = ["department_id", "jabatan_type", "jenjang", "name", *_RESULT_FIELDS]
        rows = Emp.search_read(domain, fnames)
        people = [
            kedudukan.Person(
                id=r["id"], unit_id=r["department_id"] and r["department_id"][0],
                jabatan_type=r["jabatan_type"] or positions.PELAKSANA,
                jenjang=r["jenjang"] or None, name=r["name"],
            )
            for r in rows
        ]
        wanted = None if only_ids is None else set(only_ids)
        delegations = {
            d["employee_id"][0]: (d["delegate_id"][0], d["decree_number"])
            for d in self.env["asn.delegasi.penilaian"].sudo().search_read(
                [("is_current", "=", True), ("company_id", "=", company.id)]
                + ([("employee_id", "in", list(wanted))] if wanted is not None else []),
                ["employee_id", "delegate_id", "decree_number"],
            )
        }
        try:
            results = kedudukan.resolve(units, people, policy, delegations, only=wanted)
            levels = kedudukan.unit_levels(units)
        except RuleError as err:
            raise ValidationError(err.render(self.env._)) from err
        headed = {}
        for unit in units:
            if unit.head_id:
                level = levels.get(unit.id, (None, 0))[1]
                if 1 <= level <= 3 and (unit.head_id not in headed or level < headed[unit.head_id]):
                    headed[unit.head_id] = level
        current = {r["id"]: r for r in rows}
        changed = []
        for pid, res in results.items():
            new = {
                "ppk_id": res.ppk_id or None,
                "pimpinan_unit_id": res.puo_id or None,
                "atasan_ppk_id": res.atasan_ppk_id or None,
                "koordinator_id": res.coordinator_id or None,
                "kedudukan_problem": res.problems[0] if res.problems else None,
                "jabatan_level": str(headed[pid]) if pid in headed else None,
                "ppk_delegated": bool(res.decree),
                "kedudukan_reason_data": [[t, p] for t, p in res.reasons],
            }
            old = current[pid]
            if not old["jabatan_type"]:
                # Not registered as a civil servant (no position class): nothing to resolve.
                new = dict.fromkeys(new)
                new["ppk_delegated"] = False
            if any(_norm(old[f]) != _norm(v) for f, v in new.items()):
                changed.append((pid, new))
        self._kedudukan_write(changed)
        if company.sudo().asn_sync_odoo_hierarchy and results:
            self.browse(list(results))._asn_sync_odoo_hierarchy()  # issue 14
        # The bulk SQL fires no ORM trigger: refresh the participants of the records of the
        # employees whose PPK or PUO changed (issue 11).
        moved = [pid for pid, new in changed
                 if any(_norm(current[pid][f]) != _norm(new[f])
                        for f in ("ppk_id", "pimpinan_unit_id"))]
        self.browse(moved)._asn_refresh_participants()
        return results

    @api.model
    def _kedudukan_write(self, changed):
        """Write resolution results in bulk (plain stored fields nothing depends on)."""
        if not changed:
            return
        cols = list(changed[0][1])
        for start in range(0, len(changed), 1000):
            chunk = changed[start:start + 1000]
            values = []
            params = []
            for pid, new in chunk:
                values.append("(%s" + ", %s" * len(cols) + ")")
                params.append(pid)
                for col in cols:
                    val = new[col]
                    params.append(json.dumps(val) if col == "kedudukan_reason_data" else val)
            self.env.cr.execute(
                SQL(
                    "UPDATE hr_employee e SET %s, write_date = now() AT TIME ZONE 'UTC' "
                    "FROM (VALUES %s) AS v(id, %s) WHERE e.id = v.id",
                    SQL(", ").join(
                        SQL("%s = v.%s%s", SQL.identifier(c), SQL.identifier(c),
                            SQL("::jsonb") if c == "kedudukan_reason_data" else
                            SQL("::int") if c.endswith("_id") else
                            SQL("::boolean") if c == "ppk_delegated" else SQL("::varchar"))
                        for c in cols
                    ),
                    SQL(", ".join(values), *params),
                    SQL(", ").join(SQL.identifier(c) for c in cols),
                )
            )
        self.env["hr.employee"].invalidate_model(cols + ["kedudukan_reason"])
        self.env.registry.clear_cache()  # record rules read the officials of a user's employees


    # -- participants: access follows the link (issue 11) ---------------------------------------

    def _asn_refresh_participants(self, units=None):
        """Access follows the link (issue 11): recompute the stored participants of the
        assignments, teams, reports and raised problems in which these employees hold a role, or
        whose units (``units`` and below) may have a new head, then write them.

        Called when an employee's user changes (``write``), when a unit's head or parent changes
        (``hr.department.write``) and when the resolver changes PPKs or PUOs (its bulk SQL fires
        no ORM trigger). Only the records concerned are recomputed: those of the employees, of
        the people they appraise or lead, of their teams, and of the units they head (a head
        holds the PUO and PD-head roles of everything below, R2, R3).
        """
        env = self.env
        Emp = env["hr.employee"].sudo().with_context(active_test=False)
        Dept = env["hr.department"].sudo().with_context(active_test=False)
        employees = Emp.browse(self.ids).exists()
        units = Dept.browse(units.ids if units else []).exists()
        if not employees and not units:
            return
        # A head (or the PPK of a head, the PPK_OWNER role) reaches the records of the units
        # he heads and all below them.
        heads = employees | Emp.search([("ppk_id", "in", employees.ids),
                                        ("id", "not in", employees.ids)])
        headed = Dept.search([("manager_id", "in", heads.ids)]) if heads else Dept
        subtree = Dept.search([("id", "child_of", (headed | units).ids)]) if headed | units \
            else Dept
        companies = env["res.company"].sudo().search([("asn_pyb_id", "in", employees.ids)]) \
            if employees and "asn_pyb_id" in env["res.company"]._fields else env["res.company"]
        emp_ids, unit_ids = employees.ids, subtree.ids

        def find(model, *domains):
            domains = [d for d in domains if d]
            if not domains:
                return env[model].sudo().browse()
            return env[model].sudo().with_context(active_test=False).search(
                expression.OR(domains))

        assignments = find(
            "asn.penugasan",
            emp_ids and [("employee_id", "in", emp_ids)],
            emp_ids and [("employee_id.ppk_id", "in", emp_ids)],
            emp_ids and [("employee_id.pimpinan_unit_id", "in", emp_ids)],
            emp_ids and [("tim_kerja_id.member_ids.employee_id", "in", emp_ids)],
            unit_ids and [("owning_unit_id", "in", unit_ids)],
            unit_ids and [("target_unit_id", "in", unit_ids)],
            unit_ids and [("employee_department_id", "in", unit_ids)],
            companies and [("company_id", "in", companies.ids)],
            companies and [("target_company_id", "in", companies.ids)],
        )
        teams = find(
            "asn.tim.kerja",
            emp_ids and [("member_ids.employee_id", "in", emp_ids)],
            unit_ids and [("owning_unit_id", "in", unit_ids)],
        )
        reports = find(
            "asn.laporan",
            assignments and [("penugasan_id", "in", assignments.ids)],
            emp_ids and [("submitter_id", "in", emp_ids)],
        ) | self._asn_reports_reviewed_by(emp_ids)
        escalations = find(
            "asn.eskalasi",
            teams and [("tim_kerja_id", "in", teams.ids)],
            emp_ids and [("tim_kerja_id.member_ids.employee_id.pimpinan_unit_id", "in", emp_ids)],
        )
        todo = dict(zip(PARTICIPANT_MODELS, (assignments, teams, reports, escalations),
                        strict=True))
        for model, records in todo.items():
            field = env[model]._fields["participant_user_ids"]
            for computed in env.registry.field_computed.get(field, [field]):
                env.add_to_compute(computed, records)
        for model, records in todo.items():
            if records:
                env[model].sudo().flush_model(["participant_user_ids"])

    def _asn_reports_reviewed_by(self, emp_ids):
        """The reports whose review chain (fixed at submission, R32) names one of these
        employees as a reviewer."""
        Report = self.env["asn.laporan"].sudo()
        if not emp_ids or "chain_data" not in Report._fields:
            return Report
        Report.flush_model(["chain_data"])
        rows = self.env.execute_query(SQL(
            "SELECT id FROM asn_laporan WHERE jsonb_typeof(chain_data) = 'array' AND EXISTS ("
            " SELECT 1 FROM jsonb_array_elements(chain_data) step"
            " WHERE step->>'reviewer_id' = ANY(%s))",
            [str(i) for i in emp_ids],
        ))
        return Report.browse(r[0] for r in rows)

    # -- the officials where the employee sits (R17, R18) -----------------------------------------

    def _asn_own_officials(self):
        """{role: hr.employee}: the employee side of a request for involvement (the roles of
        rules/penugasan): his PUO, his PPK ("di mana Pejabat Fungsional berada", KRA Ps 14(3)),
        the head of his PD and his agency's PyB. Organisation data, read as the system."""
        self.ensure_one()
        emp = self.sudo()
        return {
            flows.PUO_EMPLOYEE: emp.pimpinan_unit_id,
            flows.PPK_EMPLOYEE: emp.ppk_id,
            flows.PD_HEAD_EMPLOYEE: emp.department_id.perangkat_daerah_id._asn_head(),
            flows.PYB_TARGET: emp.company_id.asn_pyb_id,
        }

    # -- workload (R14) ---------------------------------------------------------------------------

    def _asn_workload(self):
        """{employee id: load} of these employees' active assignments and teams (R14)."""
        if not self:
            return {}
        rows = self.env["asn.penugasan"].sudo()._read_group(
            [("employee_id", "in", self.ids), ("is_active_assignment", "=", True),
             ("form", "=", "individu")],
            ["employee_id", "nature"], ["__count"],
        )
        assignments = []
        for emp, nature, count in rows:
            assignments += [(emp.id, nature)] * count
        # _read_group, not search_read: no display name of the employees read as superuser.
        rows = self.env["asn.tim.kerja.member"].sudo()._read_group(
            [("employee_id", "in", self.ids), ("tim_kerja_id.state", "=", "established")],
            ["employee_id", "role"], ["__count"],
        )
        teams = []
        for emp, role, count in rows:
            teams += [(emp.id, role)] * count
        return assignment_workload(assignments, teams)

    def _asn_headed_unit(self):
        """The highest unit this employee heads: a Perangkat Daerah first, then Level 2, 3.
        Read through :attr:`asn_headed_unit_ids`, fetched at once for every employee of the
        recordset the employee came from (a recap of 10,000 rows: one query, not one each)."""
        self.ensure_one()
        units = self.sudo().asn_headed_unit_ids
        return units.sorted(lambda d: (not d.is_perangkat_daerah, d.unit_level or 99, d.id))[:1]

    def _asn_position_title(self):
        """The position written under a signature, in a table or a tembusan: a head by his
        office as the regency writes it ("Camat Katobu", "Kepala Dinas Kesehatan", R15,
        rules/letters.head_title), else the job title, else the position class (R1)."""
        self.ensure_one()
        emp = self.sudo()
        headed = emp._asn_headed_unit()
        if headed:
            return headed._asn_head_title()
        if emp.job_title:
            return emp.job_title
        return positions.position_label(emp.jabatan_type, emp.jenjang) if emp.jabatan_type else ""

    def _asn_office_title(self):
        """The office as a decree names its signer: the head's office with his Perangkat Daerah
        ("Kepala Bidang A Dinas Kesehatan"), else :meth:`_asn_position_title`."""
        self.ensure_one()
        headed = self.sudo()._asn_headed_unit()
        return headed._asn_office_title() if headed else self._asn_position_title()

    def _asn_pangkat_label(self):
        self.ensure_one()
        emp = self.sudo()
        return dict(PANGKAT_GOLONGAN).get(emp.pangkat_golongan, "")

    def _asn_letter_values(self):
        """What an official letter prints of each of these employees, in order: [{"name",
        "nip", "pangkat", "position", "unit"}, ...]. Letters show the NIP and rank by design
        (R15, the signature block): the report of a document the user may read calls this
        instead of reading the HR-only fields itself, so printing needs no access to the employee
        file. Server-side only (a private method, not callable over RPC); the values are read
        as superuser and dropped from the cache again, so they cannot reach the user by any other
        path (an export, a read) in the same request."""
        private = ["nip", "pangkat_golongan"]
        emps = self.sudo()
        values = [{
            "name": emp.name or "",
            "nip": emp.nip or "",
            "pangkat": emp._asn_pangkat_label(),
            "position": emp._asn_position_title(),
            "unit": emp.department_id.name or "",
        } for emp in emps]
        emps.invalidate_recordset(private)
        return values

    def action_open_feedback(self):
        """The feedback (umpan balik) on this employee's assignments and reports: the chatter
        comments of the PUO, the ketua and the PPK, in one list (R34 documentation, issue 5)."""
        self.ensure_one()
        assignments = self.env["asn.penugasan"].search([("employee_id", "=", self.id)])
        reports = self.env["asn.laporan"].search([("submitter_id", "=", self.id)])
        domain = [
            ("message_type", "=", "comment"),
            "|",
            "&", ("model", "=", "asn.penugasan"), ("res_id", "in", assignments.ids),
            "&", ("model", "=", "asn.laporan"), ("res_id", "in", reports.ids),
        ]
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Feedback for %(employee)s", employee=self.name),
            "res_model": "mail.message",
            "view_mode": "list,form",
            "domain": domain,
            "context": {"create": False},
        }

    def action_open_kinerja_timeline(self):
        """R34: the dated feedback, evidence, check-ins, extra hours and follow-up of this
        employee across their performance records, in one timeline."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sistem_kerja_asn.asn_kinerja_catatan_action"
        )
        action.update(
            name=self.env._("Performance Timeline: %(employee)s", employee=self.name),
            domain=[("employee_id", "=", self.id)],
            context={"default_employee_id": self.id},
        )
        return action

    # -- working days and hours (issue 13): the weekly duty (R36, R37), the hours worked (the hook
    # an attendance bridge overrides), the flexible group (R41), the regulation's calendar (R40) --

    asn_weekly_duty = fields.Float(
        string="Weekly Duty (Hours)", compute="_compute_asn_weekly_duty", digits=(16, 2),
        groups="hr.group_hr_user",
        help="R36, R37: the hours of a week without the breaks in the employee's working hours; "
        "the hours worked beyond them count as performance.",
    )
    asn_flex_id = fields.Many2one(
        "asn.kerja.fleksibel", string="Flexible Work", compute="_compute_asn_flex",
        groups="hr.group_hr_user",
        help="R41: the approved flexible work request in force today, else the next one.",
    )
    asn_flex_group = fields.Selection(
        jk.FLEX_GROUP_SELECTION, string="Flexible Work Group", compute="_compute_asn_flex",
        groups="hr.group_hr_user",
        help="R41 (Perwali Denpasar 69/2023 Ps 21(3)): the check-in group approved by the unit "
        "leader.",
    )
    asn_flex_until = fields.Date(
        string="Flexible Until", compute="_compute_asn_flex", groups="hr.group_hr_user",
    )

    @api.depends("resource_calendar_id", "company_id")
    def _compute_asn_weekly_duty(self):
        for emp in self:
            try:
                emp.asn_weekly_duty = emp._asn_weekly_duty()
            except RuleError:
                emp.asn_weekly_duty = 0.0

    @api.depends_context("uid")
    def _compute_asn_flex(self):
        today = fields.Date.context_today(self)
        requests = self.env["asn.kerja.fleksibel"].sudo().search([
            ("employee_id", "in", self.ids), ("state", "=", jk.APPROVED),
            ("date_to", ">=", today),
        ], order="date_from asc, id asc")
        for emp in self:
            flex = requests.filtered(lambda r, e=emp: r.employee_id == e)[:1]
            emp.asn_flex_id = flex
            emp.asn_flex_group = flex.calendar_id.asn_flex_group or False
            emp.asn_flex_until = flex.date_to

    # -- R36, R37: the weekly duty and the hours worked ------------------------------------------

    def _asn_calendar(self):
        self.ensure_one()
        emp = self.sudo()
        return emp.resource_calendar_id or emp.company_id.resource_calendar_id

    def _asn_weekly_duty(self):
        """R36, R37: the employee's weekly duty, the hours of a week of his calendar without the
        breaks (the regency's weekly hours when he has none)."""
        self.ensure_one()
        calendar = self._asn_calendar()
        duty = calendar._asn_weekly_hours() if calendar else 0.0
        if not duty:
            duty = self.env["resource.calendar"]._asn_required_hours(
                self.sudo().company_id or self.env.company
            )
        return jk.check_duty(duty)

    def _asn_hours_worked(self, date_from, date_to):
        """{Monday of a week: hours worked that week} between the dates (R36).

        The hook of the hours worked: today the hours the employee declared in his timeline
        (notes "hours beyond the weekly duty"; of two notes in one week the later counts). An
        attendance bridge (``sistem_kerja_asn_attendance`` with Odoo's Attendances) overrides it
        to count the attendances instead."""
        self.ensure_one()
        notes = self.env["asn.kinerja.catatan"].sudo().search([
            ("employee_id", "=", self.id), ("kind", "=", "overtime"),
            ("date", ">=", date_from), ("date", "<=", date_to),
        ], order="date asc, id asc")
        weeks = {}
        for note in notes:
            weeks[jk.week_start(note.date)] = note.hours_worked
        return weeks

    def _asn_overtime_hours(self, date_from, date_to):
        """R36 (DPS Ps 17(3)): the hours worked beyond the weekly duty between the dates, week by
        week (:meth:`_asn_hours_worked` over :meth:`_asn_weekly_duty`)."""
        self.ensure_one()
        try:
            return jk.overtime_of_weeks(
                self._asn_hours_worked(date_from, date_to), self._asn_weekly_duty()
            )
        except RuleError as err:
            raise ValidationError(err.render(self.env._)) from err

    def _asn_deadline(self, days, start=None):
        """R39: the day ``days`` working days after ``start`` (today) in the employee's working
        hours, the company's holidays skipped."""
        self.ensure_one()
        start = start or fields.Date.context_today(self)
        calendar = self._asn_calendar()
        if not calendar:
            return fields.Date.add(start, days=days)
        return calendar._asn_add_working_days(start, days, self.sudo().company_id)

    # -- the calendar the regulation gives (R37, R40, R41) ----------------------------------------

    def _asn_base_calendar(self, exclude=None):
        """The working hours the regulation gives the employee outside flexible work: the latest
        approved exception of his unit or of the nearest unit above it (R40; ``exclude``: an
        exception left out), else the company's default (R37)."""
        self.ensure_one()
        emp = self.sudo()
        exceptions = self.env["asn.pengecualian.jam.kerja"].sudo().search([
            ("state", "=", jk.APPROVED), ("company_id", "=", emp.company_id.id),
            ("id", "not in", exclude.ids if exclude else []),
        ], order="decision_date desc, id desc")
        unit = emp.department_id
        while unit:
            found = exceptions.filtered(lambda e, u=unit: e.department_id == u)[:1]
            if found:
                return found.calendar_id
            unit = unit.parent_id
        return emp.company_id.resource_calendar_id

    def _asn_following_base(self, vals):
        """Before a move to another unit: the employees who follow the regulation's hours of
        their unit (R40), to follow those of the new unit after it."""
        if "department_id" not in vals or "resource_calendar_id" in vals \
                or not self.env["asn.pengecualian.jam.kerja"].sudo().search_count(
                    [("state", "=", jk.APPROVED)], limit=1):
            return self.browse()
        return self.filtered(lambda e: e.sudo().resource_calendar_id
                             and e.sudo().resource_calendar_id == e._asn_base_calendar())

    def _asn_follow_base(self):
        """After the move: the hours of the new unit (R40)."""
        for emp in self:
            base = emp._asn_base_calendar()
            if base and emp.sudo().resource_calendar_id != base:
                emp._asn_set_calendar(base, self.env._("new unit, R40"))

    def _asn_set_calendar(self, calendar, reason):
        """The engine moves the employees to ``calendar`` and says why in their chatter."""
        for emp in self.sudo():
            if emp.resource_calendar_id == calendar:
                continue
            emp.resource_calendar_id = calendar
            emp.message_post(body=self.env._(
                "Working hours: %(calendar)s (%(reason)s).", calendar=calendar.name, reason=reason,
            ))

    # -- issue 14: portal access, smart buttons, Odoo's chain of command -----------------

    asn_portal_access = fields.Selection(
        [("none", "No Access"), ("portal", "Portal"), ("internal", "Internal User")],
        string="Portal Access", compute="_compute_asn_portal_access", compute_sudo=True,
        groups="hr.group_hr_user",
        help="Whether the employee signs in to the portal (a portal user linked to him), is an "
        "internal user, or has no access yet.",
    )
    asn_penugasan_count = fields.Integer(
        string="Assignments", compute="_compute_asn_counts", groups="hr.group_hr_user")
    asn_tim_kerja_count = fields.Integer(
        string="Teams", compute="_compute_asn_counts", groups="hr.group_hr_user")
    asn_kinerja_count = fields.Integer(
        string="Performance Records", compute="_compute_asn_counts", groups="hr.group_hr_user")
    asn_eskalasi_count = fields.Integer(
        string="Raised Problems", compute="_compute_asn_counts", groups="hr.group_hr_user")

    # -- portal access -----------------------------------------------------------------------

    @api.depends("user_id", "user_id.active", "user_id.groups_id")
    def _compute_asn_portal_access(self):
        for emp in self:
            user = emp.user_id
            if user and user._is_internal():
                emp.asn_portal_access = "internal"
            elif user and user.active and user._is_portal():
                emp.asn_portal_access = "portal"
            else:
                emp.asn_portal_access = "none"

    def _asn_check_portal_clerk(self):
        """Only the HR clerk of the employee's PD (Admin PD) or the regional HR office (Admin
        Daerah) grants or revokes portal access."""
        user = self.env.user
        for emp in self.sudo():
            if self.env.su:
                continue
            if not user._asn_hr_covers(emp.department_id, emp.company_id):
                raise AccessError(self.env._(
                    "Only the HR clerk of the regional agency of %(employee)s or the regional "
                    "HR office may grant or revoke his portal access.", employee=emp.name))

    def _asn_portal_wizard_user(self):
        """The line of Odoo's own portal wizard (portal.wizard.user) for this employee's work
        contact, the work e-mail as its address: its grant / revoke do the work (user from the
        portal template, portal group, signup token, invitation mail)."""
        self.ensure_one()
        emp = self.sudo()
        if not emp.work_contact_id:
            emp._create_work_contacts()
        partner = emp.user_id.partner_id or emp.work_contact_id
        wizard = self.env["portal.wizard"].sudo().create({"partner_ids": [(6, 0, partner.ids)]})
        line = wizard.user_ids.filtered(lambda u: u.partner_id == partner)
        line.email = emp.work_email
        return line

    def action_asn_grant_portal(self):
        """Issue 14: a portal user linked to the employee, his work e-mail as login, and Odoo's
        portal invitation mail. An internal user stays internal."""
        self._asn_check_portal_clerk()
        for emp in self.sudo():
            if emp.user_id and emp.user_id._is_internal():
                raise UserError(self.env._(
                    "%(employee)s is already an internal user; an internal user is never "
                    "demoted to the portal.", employee=emp.name))
            if not email_normalize(emp.work_email or ""):
                raise UserError(self.env._(
                    "Give %(employee)s a valid work e-mail first: it is his login.",
                    employee=emp.name))
            line = emp._asn_portal_wizard_user()
            line.with_company(emp.company_id).action_grant_access()
            line.invalidate_recordset(["user_id"])
            user = line.user_id
            if emp.user_id != user:
                emp.user_id = user
            emp.message_post(body=self.env._(
                "Portal access granted by %(user)s; the invitation was sent to %(email)s.",
                user=self.env.user.name, email=emp.work_email), subtype_xmlid="mail.mt_note")
        return True

    def action_asn_revoke_portal(self):
        """Issue 14: the portal user is archived (Odoo's revoke); an internal user is untouched."""
        self._asn_check_portal_clerk()
        for emp in self.sudo():
            if emp.asn_portal_access != "portal":
                raise UserError(self.env._(
                    "%(employee)s has no portal access to revoke.", employee=emp.name))
            line = emp._asn_portal_wizard_user()
            line.action_revoke_access()
            emp.message_post(body=self.env._(
                "Portal access revoked by %(user)s.", user=self.env.user.name),
                subtype_xmlid="mail.mt_note")
        return True

    # -- smart buttons -------------------------------------------------------------------------

    @api.depends_context("uid")
    def _compute_asn_counts(self):
        """Counted as the current user: a count never shows what his record rules hide."""
        for emp in self:
            for fname, (model, domain, _xmlid) in ASN_SMART_BUTTONS.items():
                emp[fname] = self.env[model].search_count(domain(emp)) if emp.id else 0

    def _asn_open_smart(self, fname):
        self.ensure_one()
        model, domain, xmlid = ASN_SMART_BUTTONS[fname]
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action.update(domain=domain(self), context={})
        return action

    def action_asn_open_penugasan(self):
        return self._asn_open_smart("asn_penugasan_count")

    def action_asn_open_tim_kerja(self):
        return self._asn_open_smart("asn_tim_kerja_count")

    def action_asn_open_kinerja(self):
        return self._asn_open_smart("asn_kinerja_count")

    def action_asn_open_eskalasi(self):
        return self._asn_open_smart("asn_eskalasi_count")

    # -- one chain of command across Odoo -----------------------------------------------------

    def _asn_sync_odoo_hierarchy(self):
        """Odoo's Manager (parent_id) and Time Off approver (leave_manager_id, with hr_holidays)
        follow the PPK, the direct superior who appraises (R2); the Coach follows the unit
        leader who gives the assignments, the PUO (R3). Employees without a position class
        are left as they are."""
        has_leave = "leave_manager_id" in self._fields
        for emp in self.sudo().with_context(active_test=False, skasn_no_recompute=True):
            if not emp.jabatan_type:
                continue
            ppk, puo = emp.ppk_id, emp.pimpinan_unit_id
            vals = {}
            if emp.parent_id != ppk:
                vals["parent_id"] = ppk.id
            if emp.coach_id != puo:
                vals["coach_id"] = puo.id
            if has_leave and ppk.user_id and emp.leave_manager_id != ppk.user_id:
                vals["leave_manager_id"] = ppk.user_id.id
            if vals:
                emp.write(vals)
