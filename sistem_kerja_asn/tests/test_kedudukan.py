from datetime import date
from datetime import timedelta
from unittest.mock import patch

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import KedudukanCase


@tagged("post_install", "-at_install")
class TestKedudukanScenarios(KedudukanCase):
    """The scenarios of the kedudukan issue, one per row of RULES.md §I, against the models."""

    def dinas_two_levels(self):
        dinas = self.unit("Dinas Kesehatan", "dinas", pd=True)
        kadis = self.person("Kepala Dinas", dinas, "jpt_pratama", head=True)
        bidang = self.unit("Bidang P2P", "bidang", dinas)
        kabid = self.person("Kepala Bidang", bidang, "administrator", head=True)
        return dinas, kadis, bidang, kabid

    def test_01_national_dinas_two_levels(self):
        """R2, R5: Ahli Muda under the Kabid; Ahli Madya goes up to the Kepala Dinas."""
        self.set_preset("national")
        _dinas, kadis, bidang, kabid = self.dinas_two_levels()
        muda = self.person("JF Ahli Muda", bidang, "fungsional", "ahli_muda")
        madya = self.person("JF Ahli Madya", bidang, "fungsional", "ahli_madya")
        self.assertOfficials(muda, kabid, puo=kabid, atasan=kadis)
        self.assertOfficials(madya, kadis, puo=kabid)
        self.assertIn("R5", madya.kedudukan_reason)
        # structural officials: the head of the parent unit; a PD head: the Sekda; Sekda: none
        self.assertOfficials(kabid, kadis)
        self.assertOfficials(kadis, self.sekda)
        self.assertOfficials(self.sekda, self.Emp)
        self.assertEqual(kabid.jabatan_level, "2")
        self.assertEqual(kadis.jabatan_level, "1")
        self.assertEqual(bidang.unit_level, 2)
        self.assertEqual(bidang.perangkat_daerah_id, _dinas)

    def test_02_muna_kecamatan(self):
        """R5 (MUN Lamp D.6): Ahli Muda under a Kasi goes to the Camat; a Pelaksana stays."""
        self.set_preset("muna")
        kec = self.unit("Kecamatan Katobu", "kecamatan", pd=True)
        camat = self.person("Camat", kec, "administrator", head=True)
        seksi = self.unit("Seksi Pemerintahan", "seksi", kec)
        kasi = self.person("Kasi", seksi, "pengawas", head=True)
        muda = self.person("JF Ahli Muda", seksi, "fungsional", "ahli_muda")
        pelaksana = self.person("Pelaksana", seksi, "pelaksana")
        self.assertOfficials(muda, camat, puo=kasi)
        self.assertOfficials(pelaksana, kasi)

    def test_03_muna_puskesmas(self):
        """R3, R5 (MUN Lamp D.8): a JF Kepala Puskesmas does not appraise the same jenjang."""
        self.set_preset("muna")
        dinas = self.unit("Dinas Kesehatan", "dinas", pd=True)
        kadis = self.person("Kepala Dinas", dinas, "jpt_pratama", head=True)
        pusk = self.unit("Puskesmas Raha", "puskesmas", dinas)
        kapus = self.person("Kepala Puskesmas", pusk, "fungsional", "ahli_muda", head=True)
        muda = self.person("Dokter Ahli Muda", pusk, "fungsional", "ahli_muda")
        pertama = self.person("Perawat Ahli Pertama", pusk, "fungsional", "ahli_pertama")
        self.assertOfficials(muda, kadis, puo=kapus)
        self.assertOfficials(pertama, kapus, puo=kapus)

    def test_04_karangasem(self):
        """R6 (KRA Ps 27-28, 38, 41): no ceiling in the Setda; the Kepala Dinas appraises all."""
        self.set_preset("karangasem")
        asisten_unit = self.unit("Asisten Pemerintahan", "other", self.setda)
        asisten = self.person("Asisten", asisten_unit, "jpt_pratama", head=True)
        bagian = self.unit("Bagian Hukum", "bagian", asisten_unit)
        kabag = self.person("Kepala Bagian", bagian, "administrator", head=True)
        madya = self.person("JF Ahli Madya", bagian, "fungsional", "ahli_madya")
        self.assertOfficials(madya, kabag, puo=kabag, atasan=asisten)
        _dinas, kadis, bidang, kabid = self.dinas_two_levels()
        muda = self.person("JF Ahli Muda", bidang, "fungsional", "ahli_muda")
        self.assertOfficials(muda, kadis, puo=kabid)

    def test_05_bekasi_dinas(self):
        """R6 (BKS Ps 33-34): the Kasubag appraises the Pelaksana under him; a JF the Kabid."""
        self.set_preset("bekasi")
        dinas, kadis, bidang, kabid = self.dinas_two_levels()
        sekretariat = self.unit("Sekretariat", "other", dinas)
        sekretaris = self.person("Sekretaris", sekretariat, "administrator", head=True)
        subbag = self.unit("Subbagian Umum", "subbagian", sekretariat)
        kasubag = self.person("Kasubag", subbag, "pengawas", head=True)
        pelaksana = self.person("Pelaksana", subbag, "pelaksana")
        jf = self.person("JF Ahli Pertama", bidang, "fungsional", "ahli_pertama")
        self.assertOfficials(pelaksana, kasubag)
        self.assertOfficials(jf, kabid)
        self.assertTrue(sekretaris and kadis and dinas)

    def test_06_seksi_under_bidang(self):
        """R9 (MUN Lamp D.3): the Kasi coordinates, the Kabid appraises; Denpasar: the Kasi."""
        self.set_preset("muna")
        _dinas, _kadis, bidang, kabid = self.dinas_two_levels()
        seksi = self.unit("Seksi Surveilans", "seksi", bidang)
        kasi = self.person("Kasi", seksi, "pengawas", head=True)
        jf = self.person("JF Ahli Pertama", seksi, "fungsional", "ahli_pertama")
        self.assertOfficials(jf, kabid, puo=kabid, coordinator=kasi)
        self.assertIn("R9", jf.kedudukan_reason)
        self.set_preset("denpasar")  # DPS Lamp B.2: a Pengawas (L3) appraises the staff under him
        self.assertOfficials(jf, kasi)

    def test_07_denpasar_kecamatan(self):
        """R6 (DPS Lamp B.4): the Kasi appraises, the Camat assigns."""
        self.set_preset("denpasar")
        kec = self.unit("Kecamatan Denpasar Barat", "kecamatan", pd=True)
        camat = self.person("Camat", kec, "administrator", head=True)
        seksi = self.unit("Seksi Trantib", "seksi", kec)
        kasi = self.person("Kasi", seksi, "pengawas", head=True)
        pelaksana = self.person("Pelaksana", seksi, "pelaksana")
        self.assertOfficials(pelaksana, kasi, puo=camat)

    def test_08_vacant_post(self):
        """R2: a vacant post is skipped upward, and the reason says so."""
        self.set_preset("national")
        _dinas, kadis, bidang, kabid = self.dinas_two_levels()
        jf = self.person("JF Ahli Pertama", bidang, "fungsional", "ahli_pertama")
        self.assertOfficials(jf, kabid)
        bidang.manager_id = False
        self.assertOfficials(jf, kadis)
        self.assertIn("vacant", jf.kedudukan_reason)
        # kabid, no longer head, is now staff of the Bidang, appraised by the Kepala Dinas
        self.assertOfficials(kabid, kadis)

    def test_09_delegation(self):
        """R7: a delegation overrides the PPK while it runs, then the computed PPK returns."""
        self.set_preset("national")
        _dinas, kadis, bidang, kabid = self.dinas_two_levels()
        madya = self.person("JF Ahli Madya", bidang, "fungsional", "ahli_madya")
        self.assertOfficials(madya, kadis)
        today = date.today()
        delegation = self.env["asn.delegasi.penilaian"].create({
            "employee_id": madya.id, "delegate_id": kabid.id, "delegator_id": kadis.id,
            "date_from": today, "date_to": today + timedelta(days=30),
            "reason": "Span of control", "decree_number": "800/1/2026",
        })
        self.assertOfficials(madya, kabid)
        self.assertTrue(madya.ppk_delegated)
        self.assertIn("R7", madya.kedudukan_reason)
        self.assertIn("800/1/2026", madya.message_ids[0].body)
        # the day after it ends, the daily cron gives the appraisal back
        with patch("odoo.fields.Date.context_today", return_value=today + timedelta(days=31)):
            changed = self.env["asn.delegasi.penilaian"]._cron_refresh()
        self.assertEqual(changed, madya)
        self.assertFalse(delegation.is_current)
        self.assertOfficials(madya, kadis)
        self.assertFalse(madya.ppk_delegated)

    def test_10_department_move_recomputes_subtree_only(self):
        """Moving a unit recomputes the employees under it, nobody else."""
        self.set_preset("national")
        dinas, kadis, bidang, kabid = self.dinas_two_levels()
        seksi = self.unit("Seksi A", "seksi", bidang)
        staff = self.person("Pelaksana A", seksi, "pelaksana")
        other = self.person("Pelaksana B", bidang, "pelaksana")
        dinas2 = self.unit("Dinas Pendidikan", "dinas", pd=True)
        kadis2 = self.person("Kepala Dinas 2", dinas2, "jpt_pratama", head=True)
        Emp = type(self.Emp)
        with patch.object(Emp, "_kedudukan_resolve", autospec=True,
                          side_effect=Emp._kedudukan_resolve) as resolve:
            seksi.parent_id = dinas2
        only = resolve.call_args.args[2]
        self.assertEqual(only, {staff.id})
        self.assertOfficials(staff, kadis2)
        self.assertOfficials(other, kabid)
        self.assertTrue(kadis)

    def test_11_policy_override_per_unit(self):
        """R6: the clerk overrides the policy for one unit."""
        self.set_preset("national")
        _dinas, kadis, bidang, kabid = self.dinas_two_levels()
        jf = self.person("JF Ahli Pertama", bidang, "fungsional", "ahli_pertama")
        self.assertOfficials(jf, kabid)
        bidang.ppk_mode = "pd_head"
        self.assertOfficials(jf, kadis, puo=kabid)

    def test_12_problems_list(self):
        """No appraiser above is reported as a problem."""
        self.set_preset("national")
        lonely = self.unit("Unit Tanpa Induk", "other")
        emp = self.person("Staf", lonely, "pelaksana")
        emp.invalidate_recordset()
        self.assertEqual(emp.kedudukan_problem, "no_ppk")

    def test_13_non_asn_employee_left_alone(self):
        """An employee with no position class is no civil servant: nothing is resolved."""
        self.set_preset("national")
        _dinas, kadis, bidang, _kabid = self.dinas_two_levels()
        emp = self.Emp.create({"name": "Tenaga Kontrak", "department_id": bidang.id,
                               "company_id": self.company.id})
        emp.invalidate_recordset()
        self.assertFalse(emp.ppk_id)
        self.assertFalse(emp.kedudukan_problem)
        emp.jabatan_type = "pelaksana"
        self.assertOfficials(emp, _kabid)
        self.assertTrue(kadis)

    def test_14_preset_from_settings(self):
        """R6: choosing a preset in Settings fills the company's editable policy."""
        settings = self.env["res.config.settings"].with_company(self.company).create({})
        settings.asn_preset = "karangasem"
        settings.with_company(self.company).execute()
        policy = self.env["asn.kedudukan.policy"]._for_company(self.company)
        self.assertEqual(policy.preset, "karangasem")
        self.assertTrue(policy.rule_ids)
        self.assertIn("Karangasem", policy.source)


@tagged("post_install", "-at_install")
class TestKedudukanBadInput(KedudukanCase):
    """Each bad input is a clear error, never a traceback or silent data loss."""

    def test_department_cycle(self):
        dinas = self.unit("Dinas", "dinas", pd=True)
        bidang = self.unit("Bidang", "bidang", dinas)
        with self.assertRaisesRegex(ValidationError, "under itself"):
            dinas.parent_id = bidang

    def test_own_delegation(self):
        dinas = self.unit("Dinas", "dinas", pd=True)
        emp = self.person("JF", dinas, "fungsional", "ahli_muda")
        with self.assertRaisesRegex(ValidationError, "cannot appraise themselves"):
            self.env["asn.delegasi.penilaian"].create({
                "employee_id": emp.id, "delegate_id": emp.id, "date_from": date.today(),
                "date_to": date.today(), "reason": "x", "decree_number": "1",
            })

    def test_delegation_ends_before_it_starts(self):
        dinas = self.unit("Dinas", "dinas", pd=True)
        emp = self.person("JF", dinas, "fungsional", "ahli_muda")
        with self.assertRaisesRegex(ValidationError, "before it starts"):
            self.env["asn.delegasi.penilaian"].create({
                "employee_id": emp.id, "delegate_id": self.sekda.id,
                "date_from": date.today(), "date_to": date.today() - timedelta(days=1),
                "reason": "x", "decree_number": "1",
            })

    def test_jenjang_rules(self):
        dinas = self.unit("Dinas", "dinas", pd=True)
        with self.assertRaisesRegex(ValidationError, "needs a jenjang"):
            self.person("JF", dinas, "fungsional")
        with self.assertRaisesRegex(ValidationError, "Only a functional position"):
            self.person("Pelaksana", dinas, "pelaksana", "ahli_muda")

    def test_nip(self):
        dinas = self.unit("Dinas", "dinas", pd=True)
        emp = self.person("A", dinas, "pelaksana")
        emp.nip = "19850312 201001 1 003"
        self.assertEqual(emp.nip, "198503122010011003")
        other = self.person("B", dinas, "pelaksana")
        with self.assertRaisesRegex(ValidationError, "already registered"):
            other.nip = "198503122010011003"
        for bad, reason in [
            ("1985031220100110", "18 digits"),
            ("19850312201001100X", "only digits"),
            ("198502302010011003", "not a real date"),
            ("198503122010131003", "01-12"),
            ("198503122010013003", "sex digit"),
        ]:
            with self.subTest(bad=bad), self.assertRaisesRegex(ValidationError, reason):
                self.person("C", dinas, "pelaksana").nip = bad
