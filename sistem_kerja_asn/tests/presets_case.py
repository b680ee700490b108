"""Odoo tier, issue 12: a government (company) whose kedudukan policy applies one regency preset,
and helpers to act in it as the real users of its officials (the per-regency test classes of
test_presets_<regency>.py)."""

from datetime import date
from datetime import timedelta

from odoo.exceptions import UserError
from odoo.tests import new_test_user

from .common import KedudukanCase


class RegencyCase(KedudukanCase):
    """``preset`` is applied to the company's policy ("Apply preset"); the Sekda has a user."""

    preset = "national"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.policy = cls.set_preset(cls.preset)
        cls.users = {}
        cls.user_for(cls.sekda)
        cls.Penugasan = cls.env["asn.penugasan"]
        cls.Team = cls.env["asn.tim.kerja"]
        cls.today = date.today()
        cls.end = cls.today + timedelta(days=60)

    @classmethod
    def user_for(cls, *employees):
        """A user of his own for each employee (an internal user, nothing more)."""
        for emp in employees:
            login = "u_%s_%s_%s" % (cls.preset, emp.name.lower().replace(" ", "_"), emp.id)
            user = new_test_user(
                cls.env, login=login, groups="base.group_user", company_id=cls.company.id,
                company_ids=[(6, 0, [cls.company.id])],
            )
            emp.user_id = user
            cls.users[emp.id] = user

    @classmethod
    def dinas_with_two_bidang(cls):
        """A Dinas Kesehatan (Kadis) with Bidang Kesmas (Kabid A) and Bidang P2P (Kabid B), each
        official with a user of his own."""
        cls.dinas = cls.unit("Dinas Kesehatan", "dinas", pd=True)
        cls.kadis = cls.official("Kadis", cls.dinas, "jpt_pratama", head=True)
        cls.bidang_a = cls.unit("Bidang Kesmas", "bidang", cls.dinas)
        cls.kabid_a = cls.official("Kabid A", cls.bidang_a, "administrator", head=True)
        cls.bidang_b = cls.unit("Bidang P2P", "bidang", cls.dinas)
        cls.kabid_b = cls.official("Kabid B", cls.bidang_b, "administrator", head=True)

    @classmethod
    def official(cls, name, unit, jabatan, jenjang=False, head=False):
        """An employee with a user of his own."""
        emp = cls.person(name, unit, jabatan, jenjang, head=head)
        cls.user_for(emp)
        return emp

    def by(self, emp, target):
        """``target`` (a record or a model) as the user of ``emp``, after a fresh start: what a
        new request of that user sees."""
        self.env.flush_all()
        self.env.invalidate_all()
        user = self.users[emp.id]
        return target.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)

    def assertRefused(self, emp, target, method, *args, **kwargs):
        """``emp`` may not do ``method`` on ``target``; nothing of the attempt is kept."""
        with self.assertRaises(UserError), self.env.cr.savepoint():
            getattr(self.by(emp, target), method)(*args, **kwargs)

    def assign_within_unit(self, emp, employee, description="Tugas rutin unit"):
        """``emp`` assigns ``employee`` directly within the unit and issues the letter (R16)."""
        rec = self.by(emp, self.Penugasan).create({
            "employee_id": employee.id, "description": description, "date_end": self.end,
        })
        self.by(emp, rec).action_issue_letter()
        return rec

    def request_vals(self, **extra):
        """A request for involvement with the four elements of R19."""
        vals = {
            "scope": "lintas_unit", "description": "Analisis data", "purpose": "Analisis tren",
            "competence": "Statistik", "expected_target": "Laporan triwulan",
            "date_end": self.end,
        }
        vals.update(extra)
        return vals

    def consent_all(self, team):
        """R17 for teams: the own leader of each member from another unit consents, where the
        team asks for it (the leader acts as himself)."""
        for member in team.sudo().member_ids:
            if "consent_state" not in member._fields or member.consent_state != "pending":
                continue
            self.by(member.consent_leader_id, member).action_consent()

    def establish(self, team, emp, number="800.1/1/TIM/2026"):
        """``emp`` writes the decree's number and date and establishes the team (R22)."""
        self.by(emp, team).write({"decree_number": number, "decree_date": self.today})
        self.by(emp, team).action_establish()
