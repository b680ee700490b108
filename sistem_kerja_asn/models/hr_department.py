from datetime import date

from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import ValidationError
from odoo.tools import SQL

from ..rules import kedudukan
from ..rules import letters
from ..rules.errors import RuleError

# The unit kinds of RULES.md §H, one list in rules/ (R6).
UNIT_KINDS = kedudukan.KINDS

# Changing one of these may change who appraises and assigns everyone in the unit's subtree.
KEDUDUKAN_DEPT_FIELDS = {
    "parent_id", "manager_id", "unit_kind", "is_perangkat_daerah", "active", "company_id",
    "ppk_mode", "puo_mode",
}


class HrDepartment(models.Model):
    _inherit = "hr.department"

    unit_kind = fields.Selection(
        UNIT_KINDS, default="other", index=True, tracking=True,
        help="Decides, with the company's Sistem Kerja policy, who appraises (PPK) and who "
        "assigns (PUO) the staff placed in this unit.",
    )
    is_perangkat_daerah = fields.Boolean(
        string="Regional Agency (PD)", tracking=True,
        help="A Perangkat Daerah: Dinas, Badan, Sekretariat Daerah, Inspektorat, Kecamatan, "
        "RSUD... Its head is Level 1.",
    )
    perangkat_daerah_id = fields.Many2one(
        "hr.department", string="Regional Agency", compute="_compute_perangkat_daerah",
        store=True, recursive=True, index=True,
        help="The Perangkat Daerah this unit belongs to.",
    )
    unit_level = fields.Integer(
        string="Level", compute="_compute_perangkat_daerah", store=True, recursive=True,
        help="1 for the Perangkat Daerah itself, 2 and 3 for the units below it; "
        "0 outside any Perangkat Daerah.",
    )

    @api.depends("is_perangkat_daerah", "parent_id.perangkat_daerah_id", "parent_id.unit_level")
    def _compute_perangkat_daerah(self):
        for dept in self:
            if dept.is_perangkat_daerah:
                dept.perangkat_daerah_id = dept
                dept.unit_level = 1
            elif dept.parent_id.perangkat_daerah_id:
                dept.perangkat_daerah_id = dept.parent_id.perangkat_daerah_id
                dept.unit_level = dept.parent_id.unit_level + 1
            else:
                dept.perangkat_daerah_id = False
                dept.unit_level = 0

    ppk_mode = fields.Selection(
        kedudukan.MODES, string="PPK Override",
        help="Overrides the company policy for the staff of this unit and the units below it: "
        "which head appraises them (R6).",
    )
    puo_mode = fields.Selection(
        kedudukan.MODES, string="PUO Override",
        help="Overrides the company policy for the staff of this unit and the units below it: "
        "which head assigns their work (R6).",
    )
    head_jabatan_type = fields.Selection(related="manager_id.jabatan_type", string="Head's Class")
    kode_surat = fields.Char(
        string="Letter Code",
        help="The code of the Perangkat Daerah in its letter numbers, e.g. DINKES.",
    )
    # R15: no groups, an office's address is public; letters read it through _asn_letterhead()
    # (hr.employee.public reads no department field of ours).
    asn_address_id = fields.Many2one(
        "res.partner", string="Office Address",
        help="The address printed in the letterhead (kop surat) of this Perangkat Daerah's "
        "letters, with its phone and e-mail; empty: the government's address.",
    )

    @api.model
    def _kedudukan_units(self, company):
        """The company's units as :class:`rules.kedudukan.Unit`, in one query (R2-R9, R32)."""
        depts = self.sudo().with_context(active_test=True).search_read(
            [("company_id", "in", [company.id, False])],
            ["parent_id", "unit_kind", "manager_id", "is_perangkat_daerah", "name",
             "ppk_mode", "puo_mode"],
        )
        return [
            kedudukan.Unit(
                id=d["id"], parent_id=d["parent_id"] and d["parent_id"][0],
                kind=d["unit_kind"] or "other", head_id=d["manager_id"] and d["manager_id"][0],
                is_pd=d["is_perangkat_daerah"], name=d["name"],
                ppk_override=d["ppk_mode"] or None, puo_override=d["puo_mode"] or None,
            )
            for d in depts
        ]

    def _kedudukan_subtree_employees(self):
        """Active employees placed in these units or below, plus the heads of those units."""
        return self._kedudukan_subtree_employees_of(
            self.sudo().search([("id", "child_of", self.ids)])
        )

    def _kedudukan_affected_ids(self):
        """Ids of the employees whose kedudukan a change of these units may change, or None
        for everyone: a change at or above the Sekretariat Daerah reaches every PD head."""
        depts = self.sudo().search([("id", "child_of", self.ids)])
        if any(d.unit_kind == "setda" and d.is_perangkat_daerah for d in depts):
            return None
        return set(self._kedudukan_subtree_employees_of(depts).ids)

    @api.model
    def _kedudukan_subtree_employees_of(self, depts):
        employees = self.env["hr.employee"].sudo().search([("department_id", "in", depts.ids)])
        return employees | depts.manager_id

    def _kedudukan_recompute_subtree(self, extra_employees=None):
        if self.env.context.get("skasn_no_recompute"):
            return
        Employee = self.env["hr.employee"]
        for company in self.company_id | self.env.company:
            depts = self.filtered(lambda d, c=company: d.company_id in (c, self.env["res.company"]))
            if not depts and not extra_employees:
                continue
            ids = depts._kedudukan_affected_ids() if depts else set()
            if ids is None:
                Employee._kedudukan_recompute_company(company)
                continue
            if extra_employees:
                ids |= set(extra_employees.filtered(lambda e, c=company: e.company_id == c).ids)
            if ids:
                Employee._kedudukan_resolve(company, ids)

    @api.model_create_multi
    def create(self, vals_list):
        depts = super().create(vals_list)
        depts.filtered("manager_id")._kedudukan_recompute_subtree()
        if any(vals.get("manager_id") or vals.get("parent_id") for vals in vals_list):
            self.env.registry.clear_cache()  # record rules read the units led / administered
        return depts

    def write(self, vals):
        if vals.get("parent_id"):
            # Refuse a cycle before hr's recursive fields meet it.
            subtree = self.sudo().search([("id", "child_of", self.ids)])
            if vals["parent_id"] in subtree.ids:
                raise ValidationError(self.env._(
                    "A unit cannot be placed under itself or under one of its own sub-units."
                ))
        old_heads = self.manager_id if "manager_id" in vals else self.env["hr.employee"]
        res = super().write(vals)
        if KEDUDUKAN_DEPT_FIELDS & set(vals):
            self._kedudukan_recompute_subtree(extra_employees=old_heads)
        if {"manager_id", "parent_id"} & set(vals):
            self.env.registry.clear_cache()  # record rules read the units a user leads
        if {"manager_id", "parent_id", "is_perangkat_daerah"} & set(vals):
            # A new head (or PD head) of these units and all below: access follows (issue 11).
            old_heads._asn_refresh_participants(units=self)
        return res

    def unlink(self):
        parents = self.parent_id
        staff = self._kedudukan_subtree_employees()
        res = super().unlink()
        (parents.exists())._kedudukan_recompute_subtree(extra_employees=staff.exists())
        return res

    def _asn_head(self):
        """The first filled head at or above this unit: a vacant post passes upward as in the
        resolver, a PD with a vacant head to the Sekda (R2, rules/kedudukan.first_filled)."""
        dept = self.sudo()[:1]
        Emp = self.env["hr.employee"]
        if not dept:
            return Emp
        if dept.manager_id:
            return dept.manager_id
        chain = self.browse([int(i) for i in (dept.parent_path or "").split("/") if i]).sudo() | dept
        setda = self.sudo().search([
            ("company_id", "in", [dept.company_id.id, False]), ("unit_kind", "=", "setda"),
            ("is_perangkat_daerah", "=", True),
        ], order="id", limit=1)
        by_id = {
            d.id: kedudukan.Unit(
                id=d.id, parent_id=d.parent_id.id or None, kind=d.unit_kind or "other",
                head_id=d.manager_id.id or None, is_pd=d.is_perangkat_daerah, name=d.name,
            )
            for d in chain | setda
        }
        head_id = kedudukan.first_filled(by_id, dept.id, setda.id or None)[1]
        return Emp.sudo().browse(head_id or [])

    @api.model
    def _kedudukan_inputs(self, company):
        """(units, unit heads as people, policy) of ``company``: what rules/kedudukan needs to
        resolve a staff member who is not named yet (R2-R9)."""
        Emp = self.env["hr.employee"].sudo().with_context(active_test=True)
        units = self._kedudukan_units(company)
        heads = list({u.head_id for u in units if u.head_id})
        people = [
            kedudukan.Person(
                id=r["id"], unit_id=r["department_id"] and r["department_id"][0],
                jabatan_type=r["jabatan_type"] or "pelaksana", jenjang=r["jenjang"] or None,
                name=r["name"],
            )
            for r in Emp.search_read(
                [("id", "in", heads)], ["department_id", "jabatan_type", "jenjang", "name"]
            )
        ]
        policy = self.env["asn.kedudukan.policy"]._for_company(company)._to_rules()
        return units, people, policy

    def _asn_unit_officials(self):
        """(PPK, PUO) of a JF placed in this unit who is not named yet (R17: a request goes to
        the PPK where the Pejabat Fungsional sits, KRA Ps 14(3)(a)-(b); rules/kedudukan)."""
        self.ensure_one()
        Emp = self.env["hr.employee"].sudo().with_context(active_test=True)
        company = self.sudo().company_id or self.env.company
        units, people, policy = self._kedudukan_inputs(company)
        try:
            ppk_id, puo_id = kedudukan.officials_for_unit(units, people, policy, self.id)
        except RuleError:
            return self._asn_head(), self._asn_head()
        return Emp.browse(ppk_id or []), Emp.browse(puo_id or [])

    def _asn_head_title(self):
        """The office of this unit's head as the regency writes it: "Camat Katobu", "Kepala
        Dinas Kesehatan", "Direktur RSUD Raha" (R15, rules/letters.head_title)."""
        self.ensure_one()
        dept = self.sudo()
        return letters.head_title(dept.unit_kind or "other", dept.name)

    def _asn_office_title(self):
        """The office of this unit's head as a decree names its signer: the head's title,
        with the Perangkat Daerah for a unit inside one (rules/letters.office_title)."""
        self.ensure_one()
        dept = self.sudo()
        pd = dept.perangkat_daerah_id
        return letters.office_title(
            dept.unit_kind or "other", dept.name, pd.name if pd and pd != dept else None
        )

    def _asn_letterhead(self, company):
        """The kop surat of a letter of this Perangkat Daerah (R15): {"government", "unit",
        "address", "phone", "email"}, with the PD's own office address when it has one, else
        the government's (``company``)."""
        pd = self.sudo()[:1]
        company = company.sudo()
        partner = pd.asn_address_id or company.partner_id
        address = partner._display_address(without_company=True) if partner else ""
        return {
            "government": company.asn_letter_government_name or company.name or "",
            "unit": pd.name or "",
            "address": ", ".join(line.strip() for line in address.splitlines() if line.strip()),
            "phone": partner.phone or "",
            "email": partner.email or "",
        }

    def _asn_next_letter_number(self, day):
        """The next letter number of this Perangkat Daerah, one sequence per PD per year:
        ``800.1/<n>/<code>/<year>`` (R15, rules/letters.py)."""
        return self._asn_letter_sequence(day).next_by_id(sequence_date=day)

    def _asn_letter_sequence(self, day):
        """This PD's letter sequence, with a range for ``day``'s year; created when missing.

        Two first letters at once (issue 11): a transaction that finds the sequence or the
        year's range missing first updates the PD's row (the company's without a PD). Under
        REPEATABLE READ the later of two such transactions then fails with a serialization error,
        which Odoo retries (odoo/service/model.py ``retrying``) with a snapshot that sees what
        the first one created: no second sequence numbering from 1 again.
        """
        pd = self.sudo()[:1]
        Seq = self.env["ir.sequence"].sudo()
        code = letters.sequence_code(pd.id)
        seq = Seq.search([("code", "=", code)], order="id", limit=1)
        if seq and self.env["ir.sequence.date_range"].sudo().search_count([
            ("sequence_id", "=", seq.id), ("date_from", "<=", day), ("date_to", ">=", day),
        ], limit=1):
            return seq
        if pd:
            self.env.cr.execute(SQL(
                "UPDATE hr_department SET write_date = write_date WHERE id = %s", pd.id
            ))
        else:
            self.env.cr.execute(SQL(
                "UPDATE res_company SET write_date = write_date WHERE id = %s", self.env.company.id
            ))
        if not seq:
            seq = Seq.create({
                "name": self.env._("Letters of %(pd)s", pd=pd.name or "-"),
                "code": code, "prefix": letters.PREFIX,
                "suffix": letters.suffix(letters.pd_code(pd.kode_surat, pd.name)),
                "padding": letters.PADDING, "use_date_range": True,
                "company_id": (pd.company_id or self.env.company).id,
            })
        return seq

    def _asn_sync_letter_sequence(self):
        """Continue each PD's letter sequence above the numbers its letters already carry
        (typed in, imported, demo data): the next letter never repeats one (issue 11)."""
        for pd in self.sudo():
            code = letters.pd_code(pd.kode_surat, pd.name)
            domain = [("company_id", "=", pd.company_id.id)]
            numbers = []
            for row in self.env["asn.penugasan"].sudo().search_read(
                domain, ["letter_number", "request_number", "answer_number"]
            ):
                numbers += [row["letter_number"], row["request_number"], row["answer_number"]]
            numbers += self.env["asn.tim.kerja"].sudo().search(domain).mapped("decree_number")
            for year, highest in letters.highest_numbers(numbers, code).items():
                day = date(year, 1, 1)
                seq = pd._asn_letter_sequence(day)
                ranges = seq.date_range_ids.filtered(lambda r, d=day: r.date_from <= d <= r.date_to)
                ranges = ranges or seq._create_date_range_seq(day)
                if ranges[:1].number_next_actual <= highest:
                    ranges[:1].number_next_actual = highest + 1

    # -- issue 14: the unit's card on the leader's dashboard (models/asn_dashboard.py) -------

    asn_dash_employee_count = fields.Integer(
        compute="_compute_asn_dash_counts", string="Staff")
    asn_dash_active_count = fields.Integer(
        compute="_compute_asn_dash_counts", string="Active Assignments")
    asn_dash_team_count = fields.Integer(
        compute="_compute_asn_dash_counts", string="Active Teams")
    asn_dash_report_count = fields.Integer(
        compute="_compute_asn_dash_counts", string="Open Reports")
    asn_dash_late_count = fields.Integer(
        compute="_compute_asn_dash_counts", string="Late Assignments")
    asn_dash_load = fields.Float(
        compute="_compute_asn_dash_counts", string="Load",
        help="R14: the sum of the weights of the active assignments of the unit's staff.")

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_asn_dash_counts(self):
        """Per unit, as the current user: his staff's active assignments, load and late ones,
        the established teams the unit owns, the reports of its staff open for review."""
        units = self.filtered("id")
        Penugasan = self.env["asn.penugasan"]
        unit_dom = [("employee_department_id", "in", units.ids)]
        active = {
            dept.id: (count, load) for dept, count, load in Penugasan._read_group(
                unit_dom + [("is_active_assignment", "=", True)],
                ["employee_department_id"], ["__count", "load_weight:sum"])
        }
        late = dict(
            (dept.id, count) for dept, count in Penugasan._read_group(
                unit_dom + Penugasan._asn_late_domain(), ["employee_department_id"], ["__count"])
        )
        teams = dict(
            (dept.id, count) for dept, count in self.env["asn.tim.kerja"]._read_group(
                [("owning_unit_id", "in", units.ids), ("state", "=", "established")],
                ["owning_unit_id"], ["__count"])
        )
        staff = dict(
            (dept.id, count) for dept, count in self.env["hr.employee.public"]._read_group(
                [("department_id", "in", units.ids)], ["department_id"], ["__count"])
        )
        # Reports are grouped by their submitter, then placed in his unit (a mapping only:
        # the counted reports are those the user reads).
        reports = {}
        submitters = self.env["asn.laporan"]._read_group(
            [("submitter_id.department_id", "in", units.ids)]
            + self.env["asn.laporan"]._asn_open_domain(), ["submitter_id"], ["__count"])
        for emp, count in submitters:
            dept = emp.sudo().department_id.id
            reports[dept] = reports.get(dept, 0) + count
        for dept in self:
            dept.asn_dash_active_count, dept.asn_dash_load = active.get(dept.id, (0, 0.0))
            dept.asn_dash_late_count = late.get(dept.id, 0)
            dept.asn_dash_team_count = teams.get(dept.id, 0)
            dept.asn_dash_employee_count = staff.get(dept.id, 0)
            dept.asn_dash_report_count = reports.get(dept.id, 0)

    def _asn_dash_open(self, model, domain, name, context=None):
        return {
            "type": "ir.actions.act_window", "name": name, "res_model": model,
            "view_mode": "list,form", "views": [(False, "list"), (False, "form")],
            # a filtered view of existing work: new records are made from their own menus
            "domain": domain, "context": dict(context or {}, create=False), "target": "current",
        }

    def action_asn_dash_active(self):
        self.ensure_one()
        return self._asn_dash_open(
            "asn.penugasan", [("employee_department_id", "=", self.id),
                              ("is_active_assignment", "=", True)],
            self.env._("Active Assignments: %(unit)s", unit=self.name),
            {"search_default_group_employee": 1})

    def action_asn_dash_late(self):
        self.ensure_one()
        Penugasan = self.env["asn.penugasan"]
        return self._asn_dash_open(
            "asn.penugasan",
            [("employee_department_id", "=", self.id)] + Penugasan._asn_late_domain(),
            self.env._("Late Assignments: %(unit)s", unit=self.name))

    def action_asn_dash_teams(self):
        self.ensure_one()
        return self._asn_dash_open(
            "asn.tim.kerja", [("owning_unit_id", "=", self.id), ("state", "=", "established")],
            self.env._("Active Teams: %(unit)s", unit=self.name))

    def action_asn_dash_reports(self):
        self.ensure_one()
        return self._asn_dash_open(
            "asn.laporan", [("submitter_id.department_id", "=", self.id)]
            + self.env["asn.laporan"]._asn_open_domain(),
            self.env._("Open Reports: %(unit)s", unit=self.name))

    def action_asn_dash_staff(self):
        """The unit's staff, each with his own counters (a kanban of employees)."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sistem_kerja_asn.asn_dashboard_staff_action")
        action["domain"] = [("department_id", "=", self.id)]
        action["display_name"] = self.env._("Staff Workload: %(unit)s", unit=self.name)
        return action
