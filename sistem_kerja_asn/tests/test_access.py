"""Issue 7: who sees whose work and kinerja, proven cell by cell (role x record x operation)."""

import logging
from datetime import date
from datetime import timedelta

from odoo.tests import HttpCase
from odoo.tests import new_test_user
from odoo.tests import tagged
from odoo.tools import mute_logger

from .test_penugasan import PenugasanCase

_logger = logging.getLogger(__name__)

OPS = ("read", "write", "create", "unlink")

# The targets (columns): staff A's team assignment (P), his report on it (L), the team (T), his
# performance record (K) with an expected result (E), a note of his PUO (N) and the ketua's
# recommendation (R), the delegation of his appraisal (D), his line in the team (M), the team's
# target (G), a problem the team raised (X), the regency's kedudukan policy (Q); an assignment
# and a performance record
# of an employee of another PD (P2, K2); the portal employee's own assignment (P3); an assignment
# in another government (PX).
TARGETS = ("P", "L", "T", "M", "G", "X", "K", "E", "N", "R", "D", "Q", "P2", "K2", "P3", "PX")

# Expected: per role, per target, the allowed operations as "rwcu" ("-" where denied). ACLs and
# record rules only; the buttons check finer (e.g. only the PPK rates, only the author edits).
EXPECTED = {
    # staff A himself: his assignment, report, team, record; not the recommendation about him.
    "employee":      "rwc- rwc- rwc- r--- r--- rwc- rwc- rwcu r-c- ---- ---- r--- ---- ---- ---- ----",
    # a fellow team member: the team and the team assignment, nothing else of staff A.
    "fellow_member": "rwc- ---- rwc- r--- r--- rwc- ---- ---- ---- ---- ---- r--- ---- ---- ---- ----",
    # the ketua (from Bidang B): the team, the member's report and his own recommendation.
    "ketua":         "rwc- rwc- rwc- r--- r--- rwc- ---- ---- ---- rwcu ---- r--- ---- ---- ---- ----",
    # the unit leader (PUO) of Bidang A: everything of his unit's employees.
    # (P3: the portal employee sits in Bidang A too.)
    "puo":           "rwc- rwc- rwc- rwcu rwcu rwc- rwc- rwcu rwcu r--- ---- r--- ---- ---- rwc- ----",
    # the Kepala Dinas, leader of the unit above.
    "leader_above":  "rwc- rwc- rwc- rwcu rwcu rwc- rwc- rwcu r-c- r--- ---- r--- ---- ---- rwc- ----",
    # the delegated PPK (head of another PD, R7): staff A's work and kinerja, and his own PD's.
    "delegated_ppk": "rwc- rwc- ---- ---- ---- ---- rwc- rwcu r-c- r--- ---- r--- rwc- rwc- ---- ----",
    # the head of the neighbouring Bidang: nothing of staff A.
    "other_head":    "---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- r--- ---- ---- ---- ----",
    # an employee of the other PD: only his own.
    "other_pd_staff": "---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- r--- rwc- rwc- ---- ----",
    # the HR clerk of the Dinas: all of the Dinas (recommendations read-only), not the other PD.
    "admin_pd":      "rwc- rwc- rwc- rwcu rwcu rwc- rwcu rwcu rwcu r--- rwc- r--- ---- ---- rwc- ----",
    # the HR clerk of the other PD: only that PD.
    "admin_pd_other": "---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- r--- rwc- rwcu ---- ----",
    # the regional HR office and the manager: the whole company, not the other government.
    "admin_daerah":  "rwcu rwcu rwcu rwcu rwcu rwcu rwcu rwcu rwcu r--- rwcu r--- rwcu rwcu rwcu ----",
    "manager":       "rwcu rwcu rwcu rwcu rwcu rwcu rwcu rwcu rwcu r--- rwcu rwc- rwcu rwcu rwcu ----",
    # a portal user: his own assignment, read; create only for his own volunteering (R20, R21:
    # the workflow engine refuses any other start, TestPortalWork.test_portal_cannot_forge_an_appointment).
    "portal":        "---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- r-c- ----",
    # the HR office of another government.
    "other_company": "---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- rwcu",
}


class AccessCase(PenugasanCase):
    """One organisation: the Dinas of PenugasanCase, a second PD, a team across the Bidang,
    a delegation, a portal employee, and a second government."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.staff_a2 = cls.person("Staf A2", cls.bidang_a, "pelaksana")
        cls.user_for(cls.staff_a2)
        cls.badan = cls.unit("Badan Keuangan", "badan", pd=True)
        cls.kaban = cls.person("Kepala Badan", cls.badan, "jpt_pratama", head=True)
        cls.staff_x = cls.person("Staf Badan", cls.badan, "pelaksana")
        for emp in (cls.kaban, cls.staff_x):
            cls.user_for(emp)
        # The appraisal of staff A is delegated to the Kepala Badan (R7).
        env["asn.delegasi.penilaian"].create({
            "employee_id": cls.staff_a.id, "delegate_id": cls.kaban.id,
            "date_from": date.today() - timedelta(days=1),
            "date_to": date.today() + timedelta(days=90),
            "reason": "Kabid A tugas belajar", "decree_number": "800/7/2026",
        })
        cls.staff_a.invalidate_recordset()
        assert cls.staff_a.ppk_id == cls.kaban, cls.staff_a.kedudukan_reason
        # A team led by JF B (Bidang B) with staff A and A2, established by the PUO.
        team = env["asn.tim.kerja"].with_user(cls.users[cls.kabid_a.id]).create({
            "name": "Tim Data Imunisasi", "kind": "insidental",
            "owning_unit_id": cls.bidang_a.id, "date_end": cls.end,
            "member_ids": [
                (0, 0, {"employee_id": cls.jf_b.id, "role": "ketua"}),
                (0, 0, {"employee_id": cls.staff_a.id, "role": "anggota"}),
                (0, 0, {"employee_id": cls.staff_a2.id, "role": "anggota"}),
            ],
            "target_ids": [(0, 0, {"name": "Data imunisasi lengkap", "target_value": "100%"})],
        })
        team.with_user(cls.users[cls.kabid_a.id]).action_propose()
        team.write({"decree_number": "800.1/3/DINKES/2026", "decree_date": date.today()})
        cls.give_consents(team)  # R17: Kabid B, JF B's PPK
        team.with_user(cls.users[cls.kabid_a.id]).action_establish()
        assignment = team.penugasan_ids.filtered(lambda p: p.employee_id == cls.staff_a)
        report = env["asn.laporan"].create({
            "name": "Laporan data imunisasi", "penugasan_id": assignment.id,
            "submitter_id": cls.staff_a.id,
        })
        record = env["asn.kinerja"].create({
            "employee_id": cls.staff_a.id,
            "expectation_ids": [(0, 0, {"name": "Data imunisasi lengkap",
                                        "indicator": "Persentase", "target": "100%"})],
        })
        record.sudo().write({"state": "in_progress"})
        note = env["asn.kinerja.catatan"].with_user(cls.users[cls.kabid_a.id]).create({
            "kinerja_id": record.id, "kind": "feedback", "body": "Rekap rapi",
        })
        recommendation = env["asn.kinerja.rekomendasi"].with_user(cls.users[cls.jf_b.id]).create({
            "employee_id": cls.staff_a.id, "role": "ketua", "tim_kerja_id": team.id,
            "rating_hasil_kerja": "above", "rating_perilaku": "as_expected", "note": "Rajin",
        })
        other_assignment = env["asn.penugasan"].with_user(cls.users[cls.kaban.id]).create({
            "employee_id": cls.staff_x.id, "description": "Rekonsiliasi aset",
            "date_end": cls.end,
        })
        other_record = env["asn.kinerja"].create({"employee_id": cls.staff_x.id})
        # A portal employee of Bidang A with an assignment of his own.
        cls.portal_emp = cls.person("Staf Portal", cls.bidang_a, "pelaksana")
        cls.portal_user = new_test_user(
            env, login="portal_staf", groups="base.group_portal", company_id=cls.company.id,
            company_ids=[(6, 0, [cls.company.id])],
        )
        cls.portal_emp.user_id = cls.portal_user
        portal_assignment = env["asn.penugasan"].with_user(cls.users[cls.kabid_a.id]).create({
            "employee_id": cls.portal_emp.id, "description": "Tugas pegawai portal",
            "date_end": cls.end,
        })
        portal_assignment.with_user(cls.users[cls.kabid_a.id]).action_issue_letter()
        # Another government with its own HR office and an assignment.
        other_co = env["res.company"].create({"name": "Kabupaten Seberang"})
        env_x = env(context=dict(env.context, allowed_company_ids=[other_co.id]))
        dinas_x = env_x["hr.department"].create({"name": "Dinas X", "unit_kind": "dinas",
                                                 "is_perangkat_daerah": True,
                                                 "company_id": other_co.id})
        emp_x = env_x["hr.employee"].create({"name": "Pegawai X", "department_id": dinas_x.id,
                                             "jabatan_type": "pelaksana",
                                             "company_id": other_co.id})
        foreign = env_x["asn.penugasan"].create({"employee_id": emp_x.id,
                                                 "description": "Tugas seberang",
                                                 "date_end": cls.end})
        cls.targets = {
            "P": assignment, "L": report, "T": team, "K": record, "E": record.expectation_ids,
            "N": note, "R": recommendation,
            "D": env["asn.delegasi.penilaian"].search([("employee_id", "=", cls.staff_a.id)]),
            "P2": other_assignment, "K2": other_record, "P3": portal_assignment, "PX": foreign,
            "M": team.member_ids.filtered(lambda m: m.employee_id == cls.staff_a),
            "G": team.target_ids,
            "X": env["asn.eskalasi"].with_user(cls.users[cls.staff_a.id]).create({
                "name": "Data desa tidak lengkap", "tim_kerja_id": team.id,
                "description": "Tiga desa belum mengirim data",
                "alternatives": "Kunjungan lapangan\nSurat ke kepala desa",
            }),
            "Q": env["asn.kedudukan.policy"]._for_company(cls.company),
        }

        def clerk(login, groups, company, pds=None):
            user = new_test_user(env, login=login, groups="base.group_user," + groups,
                                 company_id=company.id, company_ids=[(6, 0, [company.id])])
            if pds:
                user.asn_admin_pd_ids = pds
            return user

        cls.roles = {
            "employee": cls.users[cls.staff_a.id],
            "fellow_member": cls.users[cls.staff_a2.id],
            "ketua": cls.users[cls.jf_b.id],
            "puo": cls.users[cls.kabid_a.id],
            "leader_above": cls.users[cls.kadis.id],
            "delegated_ppk": cls.users[cls.kaban.id],
            "other_head": cls.users[cls.kabid_b.id],
            "other_pd_staff": cls.users[cls.staff_x.id],
            "admin_pd": clerk("clerk_dinas", "sistem_kerja_asn.group_admin_pd", cls.company,
                              cls.dinas),
            "admin_pd_other": clerk("clerk_badan", "sistem_kerja_asn.group_admin_pd",
                                    cls.company, cls.badan),
            "admin_daerah": clerk("hr_daerah", "sistem_kerja_asn.group_admin_daerah",
                                  cls.company),
            "manager": clerk("skasn_manager", "sistem_kerja_asn.group_manager", cls.company),
            "portal": cls.portal_user,
            "other_company": clerk("hr_seberang", "sistem_kerja_asn.group_admin_daerah",
                                   other_co),
        }
        for target, rec in cls.targets.items():
            assert len(rec) == 1, (target, rec)

    def allowed(self, user, rec):
        rec = rec.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)
        return "".join(op[0] if rec.has_access(op) else "-" for op in OPS)


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessCase):
    """Every role x record x operation against EXPECTED; the matrix is printed."""

    def test_access_matrix(self):
        actual = {
            role: " ".join(self.allowed(user, self.targets[t]) for t in TARGETS)
            for role, user in self.roles.items()
        }
        width = max(len(r) for r in self.roles)
        models = {t: self.targets[t]._name for t in TARGETS}
        lines = ["Access matrix (r=read w=write c=create u=unlink; '-' denied):"]
        lines += ["  %s = %s" % (t, models[t]) for t in TARGETS]
        lines.append("  " + "role".ljust(width) + " " + " ".join(t.ljust(4) for t in TARGETS))
        unexpected = []
        for role in self.roles:
            cells = actual[role].split()
            wanted = EXPECTED[role].split()
            marks = []
            for target, got, want in zip(TARGETS, cells, wanted, strict=True):
                if got != want:
                    unexpected.append("%s on %s (%s): got %s, expected %s"
                                      % (role, target, models[target], got, want))
                    marks.append(got + "!")
                else:
                    marks.append(got)
            lines.append("  " + role.ljust(width) + " " + " ".join(m.ljust(4) for m in marks))
        lines.append("unexpected cells: %d" % len(unexpected))
        _logger.info("\n".join(lines))  # the issue asks for the printed matrix
        self.assertFalse(unexpected, "\n".join(unexpected))

    def test_search_counts_follow_the_rules(self):
        """Searching, not only browsing: an employee finds only his own performance record;
        the ketua finds the recommendation but no performance record; the PUO finds all of
        his unit's; the clerk of the other PD none of the Dinas."""
        def found(role, model, domain=()):
            user = self.roles[role]
            return self.env[model].with_user(user).with_context(
                allowed_company_ids=user.company_ids.ids).search(list(domain))

        self.assertEqual(found("employee", "asn.kinerja"), self.targets["K"])
        self.assertFalse(found("ketua", "asn.kinerja"))
        self.assertEqual(found("ketua", "asn.kinerja.rekomendasi"), self.targets["R"])
        self.assertFalse(found("employee", "asn.kinerja.rekomendasi"))
        self.assertFalse(found("fellow_member", "asn.laporan"))
        self.assertEqual(found("puo", "asn.kinerja"), self.targets["K"])
        self.assertEqual(found("admin_pd_other", "asn.kinerja"), self.targets["K2"])
        self.assertEqual(found("delegated_ppk", "asn.kinerja"),
                         self.targets["K"] | self.targets["K2"])

    def test_sensitive_fields_not_public(self):
        """Ratings, recommendations and objections live on the performance models only: none
        on hr.employee.public, and the employee form does not show them."""
        public = set(self.env["hr.employee.public"]._fields)
        for name in ("predikat", "rating_hasil_kerja", "objection_reason", "recommendation_ids",
                     "kinerja_ids", "nip", "pangkat_golongan", "delegasi_ids"):
            self.assertNotIn(name, public)
        for name in ("nip", "pangkat_golongan", "kedudukan_reason", "delegasi_ids"):
            self.assertEqual(self.env["hr.employee"]._fields[name].groups, "hr.group_hr_user")

    def test_workflow_fields_and_team_lines(self):
        """Reading is not changing: a workflow field cannot be written over RPC, and a team
        member changes neither the team nor its members (R22: the decree fixes them)."""
        from odoo.exceptions import UserError

        def as_(role, rec):
            user = self.roles[role]
            return rec.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)

        with self.assertRaisesRegex(UserError, "buttons"):
            as_("employee", self.targets["P"]).write({"state": "done"})
        with self.assertRaisesRegex(UserError, "buttons"):
            as_("employee", self.targets["L"]).write({"state": "accepted"})
        with self.assertRaisesRegex(UserError, "buttons"):
            as_("puo", self.targets["L"]).write({"reviewer_id": self.kabid_a.id})
        team = self.targets["T"]
        with self.assertRaisesRegex(UserError, "Only the unit leader"):
            as_("fellow_member", team).write({"name": "Tim lain"})
        with self.assertRaisesRegex(UserError, "Only the unit leader"):
            as_("fellow_member", team.member_ids[:1]).unlink()
        with self.assertRaisesRegex(UserError, "no longer be changed"):
            as_("puo", team).write({"member_ids": [(0, 0, {"employee_id": self.kabid_b.id})]})
        with self.assertRaisesRegex(UserError, "fixed by the decree"):
            as_("puo", team.member_ids[:1]).write({"role": "ketua"})
        # Issue 11: the decree fixes the team's content too (rules/workflow.TIM_KERJA).
        with self.assertRaisesRegex(UserError, "can no longer be changed"):
            as_("puo", team).write({"mandate": "Mandat diperbarui"})
        self.assertEqual(len(team.member_ids), 3)

    def test_delegation_ends_access_ends(self):
        """R7: the delegated PPK reads the appraisee only while the delegation runs."""
        delegation = self.targets["D"]
        delegation.write({"date_to": date.today() - timedelta(days=1),
                          "date_from": date.today() - timedelta(days=10)})
        self.env["asn.delegasi.penilaian"]._cron_refresh()
        self.staff_a.invalidate_recordset()
        self.assertEqual(self.staff_a.ppk_id, self.kabid_a)
        user = self.roles["delegated_ppk"]
        self.assertFalse(self.targets["K"].with_user(user).has_access("read"))
        self.assertTrue(self.targets["K"].with_user(self.roles["puo"]).has_access("write"))


@tagged("post_install", "-at_install")
class TestAccessPortal(AccessCase, HttpCase):
    """The portal routes with other people's ids answer 403 / 404, never the record."""

    def test_portal_routes(self):
        own = self.targets["P3"]
        self.authenticate("portal_staf", "portal_staf")
        listing = self.url_open("/my/penugasan")
        self.assertEqual(listing.status_code, 200)
        self.assertIn("Tugas pegawai portal", listing.text)
        self.assertNotIn("Rekonsiliasi aset", listing.text)
        page = self.url_open("/my/penugasan/%s" % own.id)
        self.assertEqual(page.status_code, 200)
        self.assertIn(own.letter_number, page.text)
        with mute_logger("odoo.http", "odoo.addons.base.models.ir_actions_report"):
            for target in ("P", "P2", "PX"):
                rec = self.targets[target]
                for suffix in ("", "?report_type=html", "?report_type=pdf&download=true"):
                    res = self.url_open("/my/penugasan/%s%s" % (rec.id, suffix),
                                        allow_redirects=False)
                    self.assertIn(res.status_code, (403, 404), (target, suffix))
                    self.assertNotIn(rec.description or "", res.text)
                report = self.url_open("/report/html/sistem_kerja_asn.report_surat_penugasan/%s"
                                       % rec.id, allow_redirects=False)
                self.assertNotEqual(report.status_code, 200, target)
                self.assertNotIn(rec.description or "", report.text)
            res = self.url_open("/my/penugasan/%s" % (own.id + 100000), allow_redirects=False)
            self.assertEqual(res.status_code, 404)
        # The backend refuses him the same records.
        for target in ("P", "L", "K", "R"):
            self.assertFalse(self.targets[target].with_user(self.portal_user).has_access("read"))
