"""Issue 11, items 3 and 4: no leaks through sudo, and access follows the link.

Every attacker step starts with a clean cache (``flush_all`` then ``invalidate_all``), as a new
request does: values left in the cache by the setup would otherwise prove nothing either way.
"""

from datetime import date
from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.exceptions import MissingError
from odoo.tests import new_test_user
from odoo.tests import tagged

from .test_access import AccessCase

STAFF_NIP = "199001012015031001"
STAFF_STREET = "Jl. Rahasia Nomor 7"
STAFF_KTP = "6301010101900001"
JF_NIP = "199307252019032008"  # set on JF B by PenugasanCase
KADIS_NOTE = "Catatan rahasia untuk Kepala Dinas"
STAFF_NOTE = "Catatan rahasia untuk Staf A"

# Paths an export may follow from a record to the private data of the people it names.
PRIVATE_EMPLOYEE_FIELDS = ("nip", "private_street", "identification_id", "pangkat_golongan")


@tagged("post_install", "-at_install")
class TestTrustLeaks(AccessCase):
    """Item 3: what a superuser read puts in the shared ORM cache is not served to a user
    (export, related fields), recommendations about oneself stay hidden, the Admin PD reads the
    employee files of his own PDs only, hr.employee.public shows no delegation or problem."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.staff_a.write({
            "nip": STAFF_NIP, "private_street": STAFF_STREET, "identification_id": STAFF_KTP,
            "pangkat_golongan": "II/a",
        })
        # The Kepala Dinas's own record, rated by the Sekda, with expected results his Kabid
        # cascade from (R35): the Kabid reads those results, never the record.
        cls.rec_kadis = cls.env["asn.kinerja"].create({
            "employee_id": cls.kadis.id,
            "expectation_ids": [(0, 0, {"name": "Derajat kesehatan meningkat",
                                        "indicator": "Usia harapan hidup", "target": "73"})],
        })
        cls.rec_kadis.sudo().write({"state": "in_progress", "rating_note": KADIS_NOTE})
        cls.targets["K"].sudo().write({"rating_note": STAFF_NOTE})
        export = cls.env.ref("base.group_allow_export")
        for user in cls.roles.values():
            if not user.share:
                user.groups_id = [(4, export.id)]

    # -- the attacker's tools -------------------------------------------------------------------

    def as_user(self, user, records):
        """A clean cache, as a new request has, then ``records`` as ``user``."""
        self.env.flush_all()
        self.env.invalidate_all()
        return records.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)

    def export(self, user, records, fields):
        """The rows the list view's export gives ``user``; [] when refused."""
        try:
            return self.as_user(user, records).export_data(fields)["datas"]
        except (AccessError, MissingError):
            return []

    def count(self, user, model, domain):
        """search_count as ``user``; None when the search is refused."""
        try:
            return self.as_user(user, self.env[model]).search_count(domain)
        except AccessError:
            return None

    def assertNoSecret(self, rows, secrets, msg=""):
        text = repr(rows)
        for secret in secrets:
            self.assertNotIn(secret, text, "%s leaks %r" % (msg, secret))

    # -- exports --------------------------------------------------------------------------------

    def test_export_colleague_assignment(self):
        """A fellow member exports a colleague's team assignment: the load computes, the
        colleague's NIP, KTP number and home address stay out."""
        fellow = self.roles["fellow_member"]
        assignment = self.targets["P"]
        rows = self.export(fellow, assignment, [
            "employee_load", "employee_id/nip", "employee_id/private_street",
            "employee_id/identification_id",
        ])
        self.assertNoSecret(rows, (STAFF_NIP, STAFF_STREET, STAFF_KTP), "the team assignment")
        # The export itself still works for what he may read.
        rows = self.export(fellow, assignment, ["name", "employee_load", "employee_id"])
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0][2], "Staf A")

    def test_export_superior_expectation(self):
        """A subordinate exports his superior's expected results (readable for the R35
        cascade): the state shows, the superior's rating note does not."""
        kabid = self.users[self.kabid_a.id]
        expectation = self.rec_kadis.expectation_ids
        self.assertTrue(self.as_user(kabid, expectation).has_access("read"))
        self.assertFalse(self.as_user(kabid, self.rec_kadis).has_access("read"))
        rows = self.export(kabid, expectation, ["state", "kinerja_id/rating_note"])
        self.assertNoSecret(rows, (KADIS_NOTE,), "the superior's expected result")
        rows = self.export(kabid, expectation, ["name", "state"])
        self.assertEqual(rows, [["Derajat kesehatan meningkat", "in_progress"]])

    def test_export_sweep(self):
        """Every computed, related and display field of every record each role reads, exported
        with the paths to the people's private data and the ratings: nothing those roles may not
        read comes out (any compute that reads as superuser and fills the cache shows here)."""
        staff = (STAFF_NIP, STAFF_STREET, STAFF_KTP, JF_NIP)
        secrets = {
            "employee": staff + (KADIS_NOTE,),
            "fellow_member": staff + (KADIS_NOTE, STAFF_NOTE),
            "ketua": staff + (KADIS_NOTE, STAFF_NOTE),
            "puo": staff + (KADIS_NOTE,),
            "leader_above": staff,
            "delegated_ppk": staff + (KADIS_NOTE,),
            "other_head": staff + (KADIS_NOTE, STAFF_NOTE),
            "other_pd_staff": staff + (KADIS_NOTE, STAFF_NOTE),
        }  # (a portal user has no export)
        targets = dict(self.targets, KD=self.rec_kadis, ED=self.rec_kadis.expectation_ids)
        leaks = []
        for role, role_secrets in secrets.items():
            user = self.roles[role]
            for key, rec in targets.items():
                if not self.as_user(user, rec).has_access("read"):
                    continue
                probes = self._private_paths(rec)
                for fname in self._computed_fields(user, rec):
                    rows = self.export(user, rec, [fname, *probes])
                    text = repr(rows)
                    leaks += ["%s exports %s.%s: %s" % (role, key, fname, s)
                              for s in role_secrets if s in text]
        self.assertFalse(leaks, "\n".join(leaks))

    def _computed_fields(self, user, rec):
        fields = self.as_user(user, rec).fields_get(attributes=["type"])
        names = []
        for name, desc in fields.items():
            field = rec._fields[name]
            if desc["type"] in ("binary", "properties", "properties_definition", "json"):
                continue
            if name == "display_name" or (field.compute and not field.store) or field.related:
                names.append(name)
        return names

    def _private_paths(self, rec):
        paths = []
        for name, field in rec._fields.items():
            if field.type not in ("many2one", "many2many", "one2many"):
                continue
            if field.comodel_name == "hr.employee":
                paths += ["%s/%s" % (name, f) for f in PRIVATE_EMPLOYEE_FIELDS]
            elif field.comodel_name == "asn.kinerja":
                paths.append("%s/rating_note" % name)
            elif field.comodel_name == "asn.penugasan" and field.type == "many2one":
                paths.append("%s/employee_id/nip" % name)
        return paths

    # -- related fields searched as superuser ---------------------------------------------------

    def test_member_nip_not_searchable(self):
        """``=like`` on a team member's NIP answers nothing: neither a fellow member nor the HR
        clerk of another PD who reads the line (a team of his PD with a Dinas member) learns a
        digit."""
        team = self.env["asn.tim.kerja"].create({
            "name": "Tim Aset Lintas PD", "kind": "insidental", "owning_unit_id": self.badan.id,
            "date_end": self.end,
            "member_ids": [(0, 0, {"employee_id": self.staff_x.id, "role": "ketua"}),
                           (0, 0, {"employee_id": self.staff_a.id, "role": "anggota"})],
        })
        Member = "asn.tim.kerja.member"
        clerk = self.roles["admin_pd_other"]
        self.assertTrue(self.as_user(clerk, team.member_ids).has_access("read"))
        for role, right, wrong in (("fellow_member", "1993%", "2000%"),
                                   ("admin_pd_other", "1990%", "2000%")):
            user = self.roles[role]
            self.assertEqual(self.count(user, Member, [("nip", "=like", right)]),
                             self.count(user, Member, [("nip", "=like", wrong)]), role)

    def test_related_fields_reveal_no_hr_data(self):
        """No related field of the addon reaches a field of hr.employee that is not on
        hr.employee.public, nor one restricted by groups, in a way a user could read or search."""
        public = set(self.env["hr.employee.public"]._fields)
        holes = []
        for model_name, model in self.env.registry.items():
            if model._abstract or model._transient:
                continue
            for name, field in model._fields.items():
                if not field.related or "sistem_kerja_asn" not in (field._modules or ()):
                    continue
                target = field.related_field
                private = (target.model_name == "hr.employee" and target.name not in public) \
                    or (target.groups and not field.groups)
                if private and field._description_searchable:
                    holes.append("%s.%s (searchable)" % (model_name, name))
                elif private and not field.groups:
                    holes.append("%s.%s (readable)" % (model_name, name))
        self.assertFalse(holes, "\n".join(holes))

    # -- recommendations about oneself ----------------------------------------------------------

    def test_recommendations_hidden_from_employee(self):
        """The employee learns neither the count nor the ids of the recommendations about him;
        his PPK sees them."""
        record = self.targets["K"]
        recommendation = self.targets["R"]
        employee = self.roles["employee"]
        rows = self.export(employee, record, ["recommendation_count", "recommendation_ids/.id"])
        self.assertEqual(rows, [[0, ""]])
        values = self.as_user(employee, record).read(["recommendation_count",
                                                       "recommendation_ids"])[0]
        self.assertEqual((values["recommendation_count"], values["recommendation_ids"]), (0, []))
        ppk = self.roles["delegated_ppk"]
        values = self.as_user(ppk, record).read(["recommendation_count", "recommendation_ids"])[0]
        self.assertEqual(values["recommendation_count"], 1)
        self.assertEqual(values["recommendation_ids"], recommendation.ids)

    def test_recommendation_sender_not_in_employee_chatter(self):
        """The ketua was asked to recommend for Staf A2 (an activity on his record) and does:
        the chatter of Staf A2's own record names no recommender, neither a 'sent by' line nor
        the activity marked done by the ketua."""
        author = self.jf_b
        record = self.env["asn.kinerja"].create({"employee_id": self.staff_a2.id})
        record.sudo().write({"state": "in_progress"})
        record.sudo().activity_schedule(
            "sistem_kerja_asn.mail_act_kinerja_recommend", user_id=author.user_id.id,
            summary="Send a rating recommendation for Staf A2",
        )
        self.env["asn.kinerja.rekomendasi"].with_user(author.user_id).create({
            "employee_id": self.staff_a2.id, "role": "ketua", "tim_kerja_id": self.targets["T"].id,
            "rating_hasil_kerja": "as_expected", "rating_perilaku": "as_expected",
            "note": "Teliti",
        })
        employee = self.roles["fellow_member"]
        messages = self.as_user(employee, self.env["mail.message"]).search([
            ("model", "=", "asn.kinerja"), ("res_id", "=", record.id),
        ])
        partners = author.work_contact_id | author.user_id.partner_id
        for message in messages.sudo():
            what = "%s %s" % (message.subtype_id.name, message.mail_activity_type_id.name or "")
            self.assertNotIn(message.author_id, partners, what)
            self.assertNotIn(author.name, str(message.body or ""))

    # -- the Admin Kepegawaian PD ---------------------------------------------------------------

    def test_admin_pd_reads_own_pds_employees_only(self):
        """The clerk of the Badan reads the files of the Badan's employees, not the Dinas's
        (nor finds them by NIP); the Dinas clerk and the regional office read the Dinas's."""
        badan_clerk = self.roles["admin_pd_other"]
        dinas_clerk = self.roles["admin_pd"]
        Emp = self.env["hr.employee"]
        self.assertEqual(set(self.as_user(badan_clerk, Emp).search([]).ids),
                         {self.kaban.id, self.staff_x.id})
        self.assertFalse(self.as_user(badan_clerk, self.staff_a).has_access("read"))
        self.assertTrue(self.as_user(badan_clerk, self.staff_x).has_access("write"))
        self.assertEqual(self.count(badan_clerk, "hr.employee",
                                    [("nip", "=like", "1990%")]), 0)
        rows = self.export(badan_clerk, self.staff_a, ["name", "nip", "private_street"])
        self.assertNoSecret(rows, (STAFF_NIP, STAFF_STREET), "the other PD's employee")
        with self.assertRaises(AccessError):
            self.as_user(badan_clerk, self.staff_a).nip  # noqa: B018
        # Like any colleague, he still reads the public profile (names in his PD's records).
        self.assertEqual(self.as_user(badan_clerk, self.staff_a).name, "Staf A")
        self.assertEqual(self.as_user(badan_clerk, self.env["hr.employee.public"])
                         .browse(self.staff_a.id).name, "Staf A")
        # The Dinas clerk and the regional HR office read the Dinas's files.
        self.assertEqual(self.as_user(dinas_clerk, self.staff_a).nip, STAFF_NIP)
        self.assertFalse(self.as_user(dinas_clerk, self.staff_x).has_access("read"))
        rows = self.as_user(dinas_clerk, Emp).search_read(
            [], ["name", "nip", "parent_id", "department_id", "ppk_id"])
        self.assertIn({"id": self.staff_a.id, "nip": STAFF_NIP},
                      [{"id": r["id"], "nip": r["nip"]} for r in rows])
        self.assertNotIn(self.staff_x.id, [r["id"] for r in rows])
        # His PD's records name the Kepala Badan (the delegated PPK, R7): shown by name.
        record = self.as_user(dinas_clerk, self.targets["K"])
        self.assertEqual(record.ppk_id.name, "Kepala Badan")
        self.assertEqual(record.web_read({"ppk_id": {"fields": {"display_name": {}}}})[0]
                         ["ppk_id"]["display_name"], "Kepala Badan")
        delegation = self.as_user(dinas_clerk, self.targets["D"])
        self.assertEqual(delegation.read(["delegate_id"])[0]["delegate_id"][1], "Kepala Badan")
        with self.assertRaises(AccessError):
            self.as_user(dinas_clerk, self.kaban).read(["private_street"])
        for role in ("admin_daerah", "manager"):
            user = self.roles[role]
            self.assertTrue(self.as_user(user, self.staff_a | self.staff_x).has_access("read"))
        # An HR officer of Odoo who is no Admin PD keeps the whole company (the hr app's rule).
        officer = new_test_user(self.env, login="hr_officer_leaks", groups="hr.group_hr_user",
                                company_id=self.company.id,
                                company_ids=[(6, 0, [self.company.id])])
        self.assertTrue(self.as_user(officer, self.staff_a | self.staff_x).has_access("read"))

    # -- hr.employee.public -----------------------------------------------------------------------

    def test_public_profile_has_no_delegation_or_problem(self):
        """hr.employee.public shows no delegation or problem; every field the addon adds to
        hr.employee and not to the public profile is for the HR officers only; the employee's
        own performance record still tells him his appraisal is delegated (R7)."""
        public = self.env["hr.employee.public"]._fields
        self.assertNotIn("ppk_delegated", public)
        self.assertNotIn("kedudukan_problem", public)
        for name, field in self.env["hr.employee"]._fields.items():
            if "sistem_kerja_asn" in (field._modules or ()) and name not in public:
                self.assertEqual(field.groups, "hr.group_hr_user", name)
        record = self.as_user(self.roles["employee"], self.targets["K"])
        self.assertTrue(record.ppk_delegated)
        fellow = self.roles["fellow_member"]
        try:
            found = self.as_user(fellow, self.env["hr.employee.public"]).search_count(
                [("ppk_delegated", "=", True)])
        except (AccessError, ValueError):
            found = None
        self.assertIsNone(found)


@tagged("post_install", "-at_install")
class TestTrustParticipants(AccessCase):
    """Item 4: the stored participants of assignments, teams, reports and raised problems follow
    the employee's user, the unit's head, the PPK and the PUO."""

    def participants(self, rec):
        self.env.flush_all()
        self.env.invalidate_all()
        return rec.sudo().participant_user_ids

    def reads(self, user, rec):
        self.env.flush_all()
        self.env.invalidate_all()
        return rec.with_user(user).with_context(
            allowed_company_ids=user.company_ids.ids).has_access("read")

    def test_relinked_employee(self):
        """Staff A gets a new user: the new one reads his assignment, report, team and raised
        problem; the old one reads none of them any more."""
        old = self.users[self.staff_a.id]
        new = new_test_user(self.env, login="staf_a_baru", groups="base.group_user",
                            company_id=self.company.id, company_ids=[(6, 0, [self.company.id])])
        self.staff_a.user_id = new
        for key in ("P", "L", "T", "X"):
            rec = self.targets[key]
            self.assertIn(new, self.participants(rec), key)
            self.assertTrue(self.reads(new, rec), key)
            if key != "X":  # he raised the problem himself: its creator keeps it
                self.assertNotIn(old, self.participants(rec), key)
                self.assertFalse(self.reads(old, rec), key)

    def test_user_linked_after_records(self):
        """An employee given a user after his assignments exist reads them at once."""
        emp = self.person("Staf Baru", self.bidang_a, "pelaksana")
        rec = self.Penugasan.with_user(self.users[self.kabid_a.id]).create({
            "employee_id": emp.id, "description": "Tugas sebelum punya akun",
            "date_end": self.end,
        })
        user = new_test_user(self.env, login="staf_baru", groups="base.group_user",
                             company_id=self.company.id, company_ids=[(6, 0, [self.company.id])])
        self.assertFalse(self.reads(user, rec))
        emp.user_id = user
        self.assertIn(user, self.participants(rec))
        self.assertTrue(self.reads(user, rec))

    def test_unit_head_changes(self):
        """Bidang B gets a new head: he becomes the PUO of the cross-unit request of Bidang B's
        staff and reads it; the former head does not any more."""
        rec = self.Penugasan.create({
            "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "target_unit_id": self.bidang_b.id, "employee_id": self.jf_b.id,
            "description": "Analisis data lintas bidang", "purpose": "Analisis",
            "competence": "Statistik", "expected_target": "Laporan", "date_end": self.end,
        })
        old_head = self.users[self.kabid_b.id]
        self.assertIn(old_head, self.participants(rec))
        new_head = self.person("Kabid B Baru", self.bidang_b, "administrator")
        new_user = self.user_for(new_head)
        self.bidang_b.manager_id = new_head
        users = self.participants(rec)
        self.assertIn(new_user, users)
        self.assertNotIn(old_head, users)
        self.assertTrue(self.reads(new_user, rec))
        self.assertFalse(self.reads(old_head, rec))

    def test_ppk_change_by_delegation(self):
        """The PPK comes from a delegation (R7): the delegate reads the appraisee's assignment
        while it runs and not after it ended (the resolver writes the PPK in bulk SQL)."""
        delegate = self.users[self.kaban.id]
        rec = self.targets["P"]
        self.assertIn(delegate, self.participants(rec))
        delegation = self.targets["D"]
        delegation.write({"date_to": date.today() - timedelta(days=1),
                          "date_from": date.today() - timedelta(days=10)})
        self.env["asn.delegasi.penilaian"]._cron_refresh()
        self.assertNotIn(delegate, self.participants(rec))
        self.assertFalse(self.reads(delegate, rec))
        # A new delegation, to the Kepala Badan again, brings him back.
        self.env["asn.delegasi.penilaian"].create({
            "employee_id": self.staff_a2.id, "delegate_id": self.kaban.id,
            "date_from": date.today(), "date_to": date.today() + timedelta(days=30),
            "reason": "Kabid A cuti besar", "decree_number": "800/9/2026",
        })
        rec2 = self.targets["T"].penugasan_ids.filtered(lambda p: p.employee_id == self.staff_a2)
        self.assertIn(delegate, self.participants(rec2))

    def test_puo_change_by_move(self):
        """Staff A2 moves to Bidang B: the head of Bidang B becomes his PUO and PPK and is among
        the participants of his assignment; the head of Bidang A, no longer his PUO, is not
        (he did not create it)."""
        rec = self.Penugasan.create({
            "employee_id": self.staff_a2.id, "description": "Tugas sebelum pindah",
            "date_end": self.end,
        })
        kabid_a, kabid_b = self.users[self.kabid_a.id], self.users[self.kabid_b.id]
        self.assertIn(kabid_a, self.participants(rec))
        self.staff_a2.department_id = self.bidang_b
        self.staff_a2.invalidate_recordset()
        self.assertEqual(self.staff_a2.pimpinan_unit_id, self.kabid_b)
        users = self.participants(rec)
        self.assertIn(kabid_b, users)
        self.assertNotIn(kabid_a, users)
