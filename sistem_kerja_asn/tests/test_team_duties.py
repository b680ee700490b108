"""Issue 12 item 4: the team duties the rules name, acted out by the real users.

R9 (a coordinating Pengawas forms no other team where the preset says so), R29 (is a team
needed?), R23 (a JF from a position conversion preferred as ketua) and R17 for teams (a member
from another unit joins with his own leader's consent)."""

from contextlib import contextmanager
from datetime import date
from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.exceptions import UserError
from odoo.tests import tagged

from .test_penugasan import PenugasanCase


class TeamDutiesCase(PenugasanCase):
    """The Dinas of PenugasanCase, plus a Seksi A1 under Bidang A led by a Pengawas (Kasi A1)
    with a Pelaksana, and two JF of Bidang A, one from a position conversion."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.seksi = cls.unit("Seksi Surveilans", "seksi", cls.bidang_a)
        cls.kasi = cls.person("Kasi Surveilans", cls.seksi, "pengawas", head=True)
        cls.staf_seksi = cls.person("Staf Seksi", cls.seksi, "pelaksana")
        cls.jf_converted = cls.person("JF Penyetaraan", cls.bidang_a, "fungsional", "ahli_muda")
        cls.jf_converted.hasil_penyetaraan = True  # set by the HR office
        cls.jf_plain = cls.person("JF Biasa", cls.bidang_a, "fungsional", "ahli_pertama")
        for emp in (cls.kasi, cls.staf_seksi, cls.jf_converted, cls.jf_plain):
            cls.user_for(emp)
        cls.Team = cls.env["asn.tim.kerja"]

    def step(self):
        self.env.flush_all()
        self.env.invalidate_all()

    def as_(self, emp, records=None):
        """``records`` (the team model by default) as the user of ``emp``."""
        return self.by(self.Team if records is None else records, emp)

    def form(self, puo, unit, members, **vals):
        """``puo`` forms a team of ``unit`` with ``members`` [(employee, role)], as his user: a
        routine team of this budget year unless ``vals`` say otherwise."""
        self.step()
        year = date.today().year
        values = {
            "name": "Tim Surveilans Campak", "kind": "rutin", "owning_unit_id": unit.id,
            "date_start": date(year, 1, 1), "date_end": date(year, 12, 31),
            "member_ids": [(0, 0, {"employee_id": emp.id, "role": role}) for emp, role in members],
        }
        values.update(vals)
        return self.as_(puo).create(values)

    @contextmanager
    def refused(self, pattern):
        """A UserError whose message matches ``pattern``; what the refused step wrote is rolled
        back (Odoo's assertRaises opens a savepoint)."""
        with self.assertRaises(UserError) as caught:
            yield
        self.assertRegex(str(caught.exception), pattern)

    def member(self, team, emp):
        return team.sudo().member_ids.filtered(lambda m: m.employee_id == emp)

    def notes(self, team):
        """The team's chatter, as one text."""
        return " ".join(team.sudo().message_ids.mapped(lambda m: str(m.body or "")))

    def activities(self, team, emp):
        return team.sudo().activity_ids.filtered(
            lambda a: a.user_id == self.u(emp)
            and a.activity_type_id == self.env.ref("sistem_kerja_asn.mail_act_tim_kerja_step")
        )


@tagged("post_install", "-at_install")
class TestTeamDutiesR9(TeamDutiesCase):
    """R9: the Pengawas who coordinates the substance work of his unit like a ketua."""

    def test_r9_mun_lamp_d1_b14_coordinating_pengawas_forms_no_team(self):
        """MUN Lamp D.1 b(14): "Pejabat Pengawas dalam pelaksanaan koordinasi pelaksanaan tugas
        substansi selayaknya Ketua Tim Kerja tidak dapat membentuk Tim Kerja, dikarenakan secara
        otomatis menjadi Ketua Tim Kerja." The national preset restates it, Muna states it: the
        Kasi, whose staff the Kabid appraises and leads (he only coordinates them), cannot form
        a team of his Seksi; the Kabid forms one for his Bidang, with the Seksi's staff."""
        self.step()
        self.assertEqual(self.staf_seksi.koordinator_id, self.kasi)  # he coordinates them
        self.assertEqual(self.staf_seksi.pimpinan_unit_id, self.kabid_a)
        for preset in ("national", "muna"):
            self.set_preset(preset)
            with self.refused(r"Kasi Surveilans.*\(R9\)"):
                self.form(self.kasi, self.seksi, [(self.staf_seksi, "ketua")])
        team = self.form(self.kabid_a, self.bidang_a, [(self.staf_seksi, "ketua")])
        self.step()
        self.as_(self.kabid_a, team).action_propose()
        self.assertEqual(team.state, "proposed")

    def test_r9_kra_ps52_coordinating_pengawas_forms_teams_in_karangasem(self):
        """KRA Ps 52: "Pejabat Pengawas dapat ditunjuk sebagai pelaksana koordinasi pelaksanaan
        tugas Pejabat Fungsional dan Pelaksana": Karangasem lets him coordinate and does not
        bar him from forming teams (refused under the national preset, allowed here)."""
        with self.refused(r"\(R9\)"):
            self.form(self.kasi, self.seksi, [(self.staf_seksi, "ketua")])
        self.set_preset("karangasem")
        self.step()
        self.assertEqual(self.staf_seksi.koordinator_id, self.kasi)  # still coordinating
        team = self.form(self.kasi, self.seksi, [(self.staf_seksi, "ketua")])
        self.step()
        self.as_(self.kasi, team).action_propose()
        self.assertEqual(team.state, "proposed")


@tagged("post_install", "-at_install")
class TestTeamDutiesR29(TeamDutiesCase):
    """R29: is a team needed, or are individuals assigned directly?"""

    def test_r29_brt_lamp_ii_b7_team_not_needed_is_refused(self):
        """BRT Lamp II B(1)-(3), (7): a result plan with one-year targets and work that crosses
        units, PDs or agencies; "Apabila pembentukan Tim Kerja tidak memenuhi syarat sebagaimana
        angka 1 sampai dengan angka 3 di atas, maka Pejabat Pemilik Kinerja melakukan penunjukan
        langsung individual." A two-month team of one unit is refused; a one-year team whose
        technical execution crosses units is proposed."""
        self.set_preset("barito_timur")
        team = self.form(self.kabid_a, self.bidang_a, [(self.staff_a, "ketua")],
                         kind="insidental", date_start=date.today(), date_end=self.end,
                         mandate="Menuntaskan surveilans campak")
        self.step()
        self.assertIn("(R29)", self.as_(self.kabid_a, team).team_need_warning)
        with self.refused(r"at least 12 months \(R29\)"):
            self.as_(self.kabid_a, team).action_propose()
        self.step()
        self.assertEqual(team.state, "draft")
        self.as_(self.kabid_a, team).write({
            "date_end": date.today() + timedelta(days=364), "work_crosses_units": True,
        })
        self.step()
        self.assertFalse(self.as_(self.kabid_a, team).team_need_warning)
        self.as_(self.kabid_a, team).action_propose()
        self.assertEqual(team.state, "proposed")

    def test_r29_kra_ps16_5_team_need_is_guidance(self):
        """KRA Ps 16(5): "Jumlah tim kerja dan jumlah Pejabat Fungsional dan pelaksana dalam tim
        kerja merupakan strategi dari Pimpinan Unit Organisasi"; Ps 17(1)(b) allows a team within
        the unit. Outside Barito Timur the criteria of BRT Lamp II B are shown on the form and
        noted in the chatter when the team is proposed; the team goes on."""
        team = self.form(self.kabid_a, self.bidang_a, [(self.staff_a, "ketua")],
                         kind="insidental", date_start=date.today(), date_end=self.end,
                         mandate="Menuntaskan surveilans campak")
        self.step()
        warning = self.as_(self.kabid_a, team).team_need_warning
        self.assertIn("stays within one unit", warning)
        self.assertIn("at least 12 months", warning)
        self.as_(self.kabid_a, team).action_propose()
        self.step()
        self.assertEqual(team.state, "proposed")
        self.assertIn("stays within one unit", self.notes(team))


@tagged("post_install", "-at_install")
class TestTeamDutiesR23(TeamDutiesCase):
    """R23: who is preferred as ketua."""

    def test_r23_mun_ps17_3_converted_jf_preferred_as_ketua(self):
        """MUN Ps 17(3): "Ketua tim kerja ... diutamakan berasal dari Unit Organisasi pemilik
        kinerja, diprioritaskan dari Jabatan Fungsional hasil penyetaraan dan dapat berasal dari
        Jabatan Fungsional maupun pelaksana apabila telah memenuhi kompetensi". The Kabid who
        forms the team is offered the converted JF first and warned when he chose another lead;
        a fellow member learns nothing of who was converted (HR data); the other presets state
        no such priority."""
        self.set_preset("muna")
        team = self.form(
            self.kabid_a, self.bidang_a,
            [(self.jf_plain, "ketua"), (self.jf_converted, "anggota"), (self.staff_a, "anggota")],
        )
        self.step()
        mine = self.as_(self.kabid_a, team)
        self.assertEqual(mine.preferred_ketua_ids, self.jf_converted)
        self.assertIn("JF Biasa", mine.ketua_warning)
        self.assertIn("JF Penyetaraan", mine.ketua_warning)
        self.assertIn("(R23)", mine.ketua_warning)
        fellow = self.as_(self.staff_a, team)
        self.assertFalse(fellow.preferred_ketua_ids)
        self.assertFalse(fellow.ketua_warning)
        # the Kabid follows the regulation: the converted JF leads
        self.step()
        mine = self.as_(self.kabid_a, team)
        mine.member_ids.filtered(lambda m: m.employee_id == self.jf_plain).role = "anggota"
        mine.member_ids.filtered(lambda m: m.employee_id == self.jf_converted).role = "ketua"
        self.step()
        self.assertFalse(self.as_(self.kabid_a, team).ketua_warning)
        # national: no priority stated (KRA Ps 16(3); DPS Ps 9(3))
        self.set_preset("national")
        self.step()
        self.assertFalse(self.as_(self.kabid_a, team).preferred_ketua_ids)


@tagged("post_install", "-at_install")
class TestTeamDutiesR17(TeamDutiesCase):
    """R17 for teams: a member from another unit joins with his own leader's consent."""

    def proposed(self):
        team = self.form(self.kabid_a, self.bidang_a,
                         [(self.staff_a, "ketua"), (self.jf_b, "anggota")],
                         decree_number="800.1/31/DINKES/2026", decree_date=date.today())
        self.step()
        self.as_(self.kabid_a, team).action_propose()
        self.step()
        return team

    def test_r17_kra_ps14_3_member_from_another_unit_needs_his_ppks_consent(self):
        """KRA Ps 14(3)(a)-(c): the request goes to "Pejabat Penilai Kinerja dituju dimana Pejabat
        Fungsional atau pelaksana dimaksud berada", who "memroses dan menjawab" it. JF B of Bidang
        B joins Bidang A's team only once his PPK, Kabid B, consented: Kabid B is asked (an
        activity, the team readable), nobody else answers for him, nobody writes the consent by
        hand, and the decree waits for it."""
        team = self.proposed()
        line = self.member(team, self.jf_b)
        self.assertEqual(line.consent_state, "pending")
        self.assertEqual(line.consent_leader_id, self.kabid_b)
        self.assertFalse(self.member(team, self.staff_a).consent_state)  # within the unit
        self.assertTrue(self.activities(team, self.kabid_b))
        self.assertFalse(self.activities(team, self.kabid_a))  # the decree waits
        with self.refused(r"\(R17\): still missing for JF B"):
            self.as_(self.kabid_a, team).action_establish()
        self.step()
        self.assertEqual(team.state, "proposed")
        for intruder in (self.kabid_a, self.jf_b):
            with self.refused(r"\(R17\)"):
                self.as_(intruder, line).action_consent()
        with self.assertRaises(UserError):
            self.as_(self.kabid_a, line).write({"consent_state": "given"})
        self.step()
        mine = self.as_(self.kabid_b, line)
        self.assertTrue(mine.can_answer_consent)
        mine.action_consent()
        self.step()
        self.assertEqual(line.consent_state, "given")
        self.assertEqual(line.consent_by_id, self.kabid_b)
        self.assertIn("Kabid B consents that JF B joins the team (R17)", self.notes(team))
        self.assertFalse(self.activities(team, self.kabid_b))
        self.assertTrue(self.activities(team, self.kabid_a))  # now: establish it
        self.as_(self.kabid_a, team).action_establish()
        self.step()
        self.assertEqual(team.state, "established")
        self.assertEqual(len(team.penugasan_ids), 2)

    def test_r17_kra_ps14_3_d_refusal_states_its_reason(self):
        """KRA Ps 14(3)(d): the PPK who does not agree "menjawab surat permohonan pelibatan
        tersebut dengan alasan mengapa tidak dapat menyetujui permohonan". The refusal and its
        reason are in the chatter, the decree is not issued, the team goes back for revision
        and its consents are asked again at the next proposal."""
        team = self.proposed()
        line = self.member(team, self.jf_b)
        action = self.as_(self.kabid_b, line).action_refuse_consent()
        wizard = self.as_(self.kabid_b, self.env[action["res_model"]]).with_context(
            **action["context"]).create({"reason": "JF B sedang tugas belajar"})
        wizard.action_refuse()
        self.step()
        self.assertEqual(line.consent_state, "refused")
        self.assertIn("JF B sedang tugas belajar", self.notes(team))
        with self.refused(r"\(R17\)"):
            self.as_(self.kabid_a, team).action_establish()
        self.step()
        self.assertTrue(self.activities(team, self.kabid_a).filtered(
            lambda a: "refused" in (a.summary or "")))
        self.as_(self.kabid_a, team).action_return(reason="Ganti anggota")
        self.step()
        self.assertEqual(team.state, "draft")
        self.assertFalse(line.consent_state)

    def test_r17_kra_ps41_the_kepala_dinas_consents_in_karangasem(self):
        """KRA Ps 14(3)(a)-(b) with Ps 41: in a Dinas of Karangasem the PPK of the staff is the
        Kepala Dinas, so he, not Kabid B (JF B's PUO), consents to JF B joining the team."""
        self.set_preset("karangasem")
        team = self.proposed()
        line = self.member(team, self.jf_b)
        self.assertEqual(line.consent_leader_id, self.kadis)
        with self.assertRaises(AccessError):  # not asked: he does not even read the team
            self.as_(self.kabid_b, line).action_consent()
        self.step()
        self.as_(self.kadis, line).action_consent()
        self.step()
        self.assertEqual(line.consent_by_id, self.kadis)
        self.as_(self.kabid_a, team).action_establish()
        self.assertEqual(team.state, "established")
