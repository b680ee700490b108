import re
import unittest

from odoo.tests import TransactionCase
from odoo.tests import tagged

from ..rules import nip as nip_rules
from ..rules import positions

# The login table of the README, section "Demo: Kabupaten Contoh": login -> (role groups it has,
# what kind of user). Password = login.
LOGINS = {
    "clerk": ("sistem_kerja_asn.group_admin_pd", "internal"),
    "bkpsdm": ("sistem_kerja_asn.group_admin_daerah", "internal"),
    "kadis": ("sistem_kerja_asn.group_pegawai", "internal"),
    "kabid": ("sistem_kerja_asn.group_pegawai", "internal"),
    "ketua": ("sistem_kerja_asn.group_pegawai", "internal"),
    "jf": ("sistem_kerja_asn.group_pegawai", "internal"),
    "pegawai": ("base.group_portal", "portal"),
    "sekda": ("sistem_kerja_asn.group_pegawai", "internal"),
    "kapus": ("sistem_kerja_asn.group_pegawai", "internal"),
    "kadisdpk": ("sistem_kerja_asn.group_pegawai", "internal"),
    "sekda.sebelah": ("sistem_kerja_asn.group_pegawai", "internal"),
    "kadis.sebelah": ("sistem_kerja_asn.group_pegawai", "internal"),
}
# Groups no demo user may hold: Odoo's HR administrator (the template user's default that a
# new user would otherwise inherit), the settings and the access rights.
FORBIDDEN = ("hr.group_hr_manager", "base.group_system", "base.group_erp_manager")
# The states the README says the demo holds.
STATES = {
    "asn.penugasan": {"draft", "requested", "recommendation", "letter_draft", "requester_pyb",
                      "target_pyb", "availability", "names_review", "proposed",
                      "owner_review", "approved", "ppk_review", "delivered", "done",
                      "refused", "cancelled"},
    "asn.tim.kerja": {"draft", "proposed", "established", "closed", "dissolved"},
    "asn.laporan": {"draft", "submitted", "in_review", "returned", "resubmitted", "accepted"},
    "asn.kinerja": {"draft", "agreed", "in_progress", "rated"},
}


@tagged("post_install", "-at_install")
class TestDemo(TransactionCase):
    """Issue 16: "a demo regency 'Kabupaten Contoh' (loaded with demo data, used by make run):
    Setda with Asisten and Bagian, an Inspektorat, a Dinas with Bidang and Seksi, a one-level
    Dinas with a Pengendali Tim, an RSUD, a Kecamatan with a Kelurahan, a Puskesmas led by a JF;
    about 80 employees across every position class and jenjang with valid NIPs and work
    e-mails; a login per role ... password = login; teams and assignments in every state, one
    cross-unit and one cross-agency flow halfway, reports under review, performance records
    rated and unrated. Demo users must not get Odoo's 'Employees / Administrator' default."
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.env.ref("sistem_kerja_asn.demo_flows_done", raise_if_not_found=False):
            raise unittest.SkipTest(
                "The demo regency Kabupaten Contoh is not loaded: this database was created "
                "without demo data (--without-demo); nothing to check.")
        cls.company = cls.env.ref("base.main_company")
        # authenticate() opens its own cursor: in test mode it is this test's, rolled back.
        cls.registry.enter_test_mode(cls.cr)
        cls.addClassCleanup(cls.registry.leave_test_mode)

    def ref(self, name):
        return self.env.ref("sistem_kerja_asn.%s" % name)

    def user(self, login):
        return self.env["res.users"].with_context(active_test=False).search(
            [("login", "=", login)])

    def test_structure(self):
        """Every kind of unit the issue names, in one government on the national preset."""
        self.assertEqual(self.company.name, "Kabupaten Contoh")
        policy = self.env["asn.kedudukan.policy"]._for_company(self.company)
        self.assertEqual(policy.preset, "national")
        Dept = self.env["hr.department"]

        def units(kind, **where):
            domain = [("company_id", "=", self.company.id), ("unit_kind", "=", kind)]
            return Dept.search(domain + [(k, "=", v) for k, v in where.items()])

        setda = units("setda", is_perangkat_daerah=True)
        self.assertEqual(len(setda), 1)
        asisten = Dept.search([("parent_id", "=", setda.id), ("manager_id.jabatan_type", "=",
                                                              "jpt_pratama")])
        self.assertTrue(asisten, "an Asisten under the Setda")
        self.assertTrue(units("bagian").filtered(lambda d: d.parent_id in asisten))
        self.assertTrue(units("inspektorat", is_perangkat_daerah=True).manager_id)
        dinas = units("dinas", is_perangkat_daerah=True)
        with_bidang = dinas.filtered(lambda d: "bidang" in d.child_ids.mapped("unit_kind"))
        self.assertTrue(with_bidang)
        for pd in with_bidang:
            self.assertTrue(units("seksi").filtered(lambda s, pd=pd: s.perangkat_daerah_id == pd))
        one_level = dinas - with_bidang
        self.assertTrue(one_level, "a Dinas of one structural level")
        team = self.ref("demo_tim_pengendali")
        self.assertEqual(team.owning_unit_id, self.ref("dept_dpk"))
        self.assertIn(team.owning_unit_id, one_level)
        self.assertIn("pengendali", team.member_ids.mapped("role"))  # R28
        self.assertTrue(units("rsud", is_perangkat_daerah=True).manager_id)
        kecamatan = units("kecamatan", is_perangkat_daerah=True)
        self.assertTrue(units("kelurahan").filtered(lambda k: k.parent_id in kecamatan))
        puskesmas = units("puskesmas")
        self.assertTrue(puskesmas)
        self.assertEqual(set(puskesmas.manager_id.mapped("jabatan_type")), {"fungsional"})

    def test_employees(self):
        """About 80 employees, every position class and jenjang (R1), each NIP valid
        (glossary: birth date, appointment month or 21 for a PPPK, sex digit, serial), a work
        e-mail of the regency's domain, and nobody without an appraiser."""
        employees = self.env["hr.employee"].search([
            ("company_id", "=", self.company.id), ("nip", "!=", False)])
        self.assertGreaterEqual(len(employees), 75)
        self.assertLessEqual(len(employees), 90)
        classes = set(employees.mapped("jabatan_type"))
        self.assertTrue({"jpt_pratama", "administrator", "pengawas", "pelaksana",
                         "fungsional"} <= classes)
        self.assertEqual(set(employees.mapped("jenjang")) - {False},
                         set(positions.KEAHLIAN + positions.KETERAMPILAN))
        self.assertIn("pppk", employees.mapped("asn_type"))
        for emp in employees:
            parts = nip_rules.parse_nip(emp.nip)  # raises on an invalid NIP
            self.assertEqual(parts.is_pppk, emp.asn_type == "pppk", emp.name)
            if emp.gender in ("male", "female"):
                self.assertEqual(parts.sex, emp.gender, emp.name)
            self.assertRegex(emp.work_email or "", r"^[a-z.0-9]+@contoh\.go\.id$", emp.name)
            self.assertFalse(emp.kedudukan_problem, "%s: %s" % (emp.name, emp.kedudukan_reason))
        self.assertEqual(len(set(employees.mapped("work_email"))), len(employees))

    def test_every_login(self):
        """Each documented login signs in with password = login, is linked to its employee,
        holds its role's groups and none of hr's administrator, the settings or the rights."""
        Users = self.env["res.users"]
        for login, (group, kind) in LOGINS.items():
            with self.subTest(login=login):
                user = self.user(login)
                self.assertEqual(len(user), 1)
                info = Users.authenticate(
                    self.env.cr.dbname, {"type": "password", "login": login,
                                         "password": login}, {"interactive": False})
                self.assertEqual(info["uid"], user.id)
                self.assertTrue(user.has_group(group))
                self.assertEqual(user._is_portal(), kind == "portal")
                self.assertEqual(user._is_internal(), kind == "internal")
                for forbidden in FORBIDDEN:
                    self.assertFalse(user.has_group(forbidden), forbidden)
                emp = self.env["hr.employee"].with_context(active_test=False).search(
                    [("user_id", "=", user.id)])
                self.assertEqual(len(emp), 1)
                self.assertEqual(user.email, emp.work_email)
        clerk = self.user("clerk")
        self.assertEqual(clerk.asn_admin_pd_ids, self.ref("dept_dinkes"))
        self.assertFalse(clerk.has_group("sistem_kerja_asn.group_admin_daerah"))
        for login in ("kadis", "kabid", "ketua", "jf", "sekda", "kapus"):
            self.assertFalse(self.user(login).has_group("sistem_kerja_asn.group_admin_pd"))

    def test_records_in_every_state(self):
        """Teams and assignments in every state of their flows (R16-R18, R20-R22), reports in
        every review state (R32), performance records rated and not yet (R34)."""
        for model, states in STATES.items():
            with self.subTest(model=model):
                found = set(self.env[model].search(
                    [("company_id", "=", self.company.id)]).mapped("state"))
                self.assertFalse(states - found, "missing states")
        self.assertEqual(self.ref("demo_laporan_in_review").reviewer_id,
                         self.ref("emp_kadis_kes"))  # under review at Level 1 (R32)

    def test_flows_halfway(self):
        """R17: the cross-unit request sent and not answered; R18: the cross-agency request
        forwarded by the own PyB and waiting at the other government's PyB. No letter yet."""
        step = self.env.ref("sistem_kerja_asn.mail_act_penugasan_step")
        cases = (
            ("demo_penugasan_lintas_unit", "lintas_unit", "requested", "kapus"),
            ("demo_penugasan_lintas_instansi", "lintas_instansi", "target_pyb",
             "sekda.sebelah"),
        )
        for xmlid, scope, state, waits_for in cases:
            with self.subTest(flow=xmlid):
                rec = self.ref(xmlid)
                self.assertEqual((rec.scope, rec.state), (scope, state))
                self.assertTrue(rec.request_number)
                self.assertFalse(rec.letter_number)
                todo = rec.activity_ids.filtered(lambda a, s=step: a.activity_type_id == s)
                self.assertEqual(todo.user_id, self.user(waits_for))
        abroad = self.ref("demo_penugasan_lintas_instansi")
        self.assertEqual(abroad.target_company_id, self.ref("demo_company_sebelah"))

    def test_letters_from_the_sequences(self):
        """R15: the letters the flows issued carry the PD's numbers, each once; a team's
        members are assigned by its decree (R26), whose number they share."""
        recs = self.env["asn.penugasan"].search([
            ("company_id", "=", self.company.id), ("letter_number", "!=", False)])
        own = recs.filtered(lambda r: not r.tim_kerja_id)
        numbers = own.mapped("letter_number")
        self.assertTrue(numbers)
        self.assertEqual(len(set(numbers)), len(numbers))
        for number in recs.mapped("letter_number"):
            self.assertRegex(number, r"^800\.1/\d+/[A-Z]+/\d{4}$")
        for rec in recs - own:
            self.assertEqual(rec.letter_number, rec.tim_kerja_id.decree_number)
        decrees = self.env["asn.tim.kerja"].search([
            ("company_id", "=", self.company.id), ("decree_number", "!=", False)])
        self.assertFalse(set(decrees.mapped("decree_number")) & set(numbers))
        decree = self.ref("demo_tim_pengendali").decree_number
        self.assertTrue(re.match(r"^800\.1/\d+/DPK/\d{4}$", decree or ""), decree)

    def test_what_to_try_first(self):
        """The first step the README suggests to each login is one he may take now."""
        cases = (
            ("kabid", "demo_penugasan_proposed", "issue_letter"),
            ("kabid", "demo_laporan_submitted", "accept"),
            ("kadis", "demo_laporan_in_review", "accept"),
            ("jf", "demo_penugasan_delivered", "acknowledge"),
            ("jf", "demo_laporan_returned", "submit"),
            ("ketua", "demo_laporan_draft", "submit"),
            ("kapus", "demo_penugasan_lintas_unit", "approve"),
            ("sekda", "demo_penugasan_requester_pyb", "approve"),
            ("sekda.sebelah", "demo_penugasan_lintas_instansi", "approve"),
            ("kadis.sebelah", "demo_penugasan_availability", "propose_names"),
            ("kabid", "demo_tim_draft", "propose"),
            ("kadisdpk", "demo_kinerja_kadisdpk", "start"),
        )
        for login, xmlid, action in cases:
            with self.subTest(login=login, record=xmlid):
                user = self.user(login)
                rec = self.ref(xmlid).with_user(user).with_context(
                    allowed_company_ids=user.company_ids.ids)
                self.assertIn(",%s," % action, rec.allowed_actions)
        waiting = self.ref("demo_tim_proposed").member_ids.filtered(
            lambda m: m.consent_state == "pending")  # R17: the Kepala Puskesmas consents
        self.assertEqual(waiting.consent_leader_id.user_id, self.user("kapus"))
        pegawai = self.user("pegawai")
        mine = self.env["asn.penugasan"].with_user(pegawai).search([])
        self.assertIn(self.ref("demo_penugasan_portal"), mine)
        self.assertEqual(mine.employee_id, self.ref("emp_perawat_terampil"))
        clerk = self.user("clerk")  # the HR clerk of the Dinas Kesehatan sees its work only
        seen = self.env["asn.penugasan"].with_user(clerk).search([]).sudo()
        self.assertIn(self.ref("demo_penugasan_done"), seen)
        dinkes = self.ref("dept_dinkes")
        for rec in seen:
            self.assertIn(dinkes, rec.owning_unit_id.perangkat_daerah_id
                          | rec.employee_id.department_id.perangkat_daerah_id, rec.description)
        self.assertNotIn(self.ref("demo_tim_pengendali"),
                         self.env["asn.tim.kerja"].with_user(clerk).search([]))
