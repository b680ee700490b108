"""Odoo tier: the official letters per regency (issue 12 item 5, R15).

Each letter kind is printed as the user who holds it and read as text: a Keputusan in decree
form (Menimbang, Mengingat, MEMUTUSKAN, Menetapkan, KESATU...), a Keputusan Bupati signed by the
regent's side, the Surat Jawaban numbered, the tembusan by position, the heads by their office
("Camat Katobu"), no rule codes, numbers the Indonesian way, the PD's own letterhead. The PDFs
are rendered too (set SKASN_LETTERS_DIR to keep them for a look).
"""

import os
import re
from datetime import date

from odoo.tests import HttpCase
from odoo.tests import tagged
from odoo.tools import mute_logger
from odoo.tools.misc import format_date
from psycopg2 import IntegrityError

from .test_penugasan import PenugasanCase

# The order in which the walker takes the actions a step offers (never a refusal).
FORWARD_ACTIONS = ("send", "approve", "recommend", "propose_names", "forward", "issue_letter")
RULE_CODE = re.compile(r"\(R\d")
DECREE_WORDS = ("NOMOR", "TENTANG", "Menimbang", "Mengingat", "MEMUTUSKAN", "Menetapkan",
                "KESATU", "KEDUA", "KETIGA", "Ditetapkan di", "pada tanggal")
PERMENPANRB = "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7"
# The closing words of a surat dinas (the request and its answer), before the signature.
CLOSING = "Thank you for your attention"


def fresh(env):
    """A clean cache, as a new request has."""
    env.flush_all()
    env.invalidate_all()


def text_of(html):
    """The visible text of a rendered letter, on one line (its head, styles and scripts
    dropped)."""
    html = html[html.find("<body"):] if "<body" in html else html
    html = re.sub(r"(?s)<(style|script)\b.*?</\1>", " ", html)
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&amp;", "&").split())


class LettersCase(PenugasanCase):
    """PenugasanCase's Dinas Kesehatan (Bidang A and B) and Sekretariat Daerah, with an
    Inspektorat (an Inspektorat Pembantu under it) and the Kecamatan Katobu (two Seksi); every
    official and employee with a user. The people's names are not their offices, so a letter
    that names a person where it should name an office is caught."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.kadis.name = "dr. Andi Mappatunru"
        cls.sekda.name = "Drs. La Ode Rasyid"
        cls.kabid_a.name = "Yuliana Pasolon"
        cls.kabid_b.name = "Harun Al Rasyid"
        cls.inspektorat = cls.unit("Inspektorat", "inspektorat", pd=True)
        cls.inspektur = cls.person("Ir. Made Suarsa", cls.inspektorat, "jpt_pratama", head=True)
        cls.irban = cls.unit("Inspektorat Pembantu Wilayah I", "other", cls.inspektorat)
        cls.irban_head = cls.person("Ni Luh Sari", cls.irban, "administrator", head=True)
        cls.auditor = cls.person("Ketut Ardana", cls.irban, "fungsional", "ahli_pertama")
        cls.kecamatan = cls.unit("Kecamatan Katobu", "kecamatan", pd=True)
        cls.camat = cls.person("La Ode Abdul Gafur", cls.kecamatan, "administrator", head=True)
        cls.seksi_pem = cls.unit("Seksi Pemerintahan", "seksi", cls.kecamatan)
        cls.kasi_pem = cls.person("Hasriani", cls.seksi_pem, "pengawas", head=True)
        cls.staf_pem = cls.person("Siti Aminah", cls.seksi_pem, "pelaksana")
        cls.seksi_pel = cls.unit("Seksi Pelayanan", "seksi", cls.kecamatan)
        cls.kasi_pel = cls.person("Zainal Abidin", cls.seksi_pel, "pengawas", head=True)
        cls.staff_a2 = cls.person("Rahmat Hidayat", cls.bidang_a, "pelaksana")
        for emp in (cls.inspektur, cls.irban_head, cls.auditor, cls.camat, cls.kasi_pem, cls.staf_pem,
                    cls.kasi_pel, cls.staff_a2):
            cls.user_for(emp)
        cls.company.asn_pyb_id = cls.sekda
        cls.company.partner_id.write({"street": "Jl. Pemerintahan No. 1", "city": "Kota Uji"})
        cls.Report = cls.env["ir.actions.report"]
        cls.year = date.today().year
        cls.people = cls.Emp.search([("company_id", "=", cls.company.id)])

    # -- acting as the users ------------------------------------------------------------------

    def regency(self, preset, government, place):
        """The government as the regency's letters name it, under its preset."""
        self.set_preset(preset)
        self.company.write({"asn_letter_government_name": government, "asn_letter_place": place})

    def request(self, creator, **vals):
        """A request for involvement, created by ``creator`` as his user."""
        fresh(self.env)
        values = {
            "scope": "lintas_unit", "description": "Menyusun analisis beban kerja",
            "purpose": "Analisis beban kerja 2026", "competence": "Analis SDM",
            "expected_target": "Dokumen analisis 1.250 jabatan", "date_end": self.end,
        }
        values.update(vals)
        return self.by(self.Penugasan, creator).create(values)

    def walk(self, rec, done=lambda r: r.state == "delivered"):
        """Each step by whoever it waits for, as his own user, until ``done``."""
        for _step in range(12):
            fresh(self.env)
            if done(rec):
                return rec
            actor = rec.sudo()._next_actor()
            self.assertTrue(actor, "nobody acts at %s" % rec.state)
            mine = self.by(rec, actor)
            action = next(a for a in FORWARD_ACTIONS if a in mine._asn_user_actions())
            getattr(mine, "action_%s" % action)()
        self.fail("the flow did not end: %s" % rec.state)

    def form_team(self, puo, members, decree, establisher=None, name="Tim Percepatan Stunting",
                  **vals):
        """The unit leader forms and proposes a routine team of Bidang A for this budget year;
        whoever the preset names establishes it by decree (R22)."""
        fresh(self.env)
        team = self.by(self.env["asn.tim.kerja"], puo).create({
            "name": name, "kind": "rutin", "owning_unit_id": self.bidang_a.id,
            "date_start": date(self.year, 1, 1), "date_end": date(self.year, 12, 31),
            "mandate": "Menurunkan prevalensi stunting", **vals,
            "member_ids": [(0, 0, {"employee_id": emp.id, "role": role})
                           for emp, role in members],
            "target_ids": [(0, 0, {"name": "Balita ditimbang", "target_value": "1.250 balita"})],
        })
        self.by(team, puo).action_propose()
        fresh(self.env)
        establisher = establisher or puo
        self.by(team, establisher).write({"decree_number": decree, "decree_date": date.today()})
        self.by(team, establisher).action_establish()
        fresh(self.env)
        self.assertEqual(team.state, "established")
        return team

    def letter(self, report, rec, emp):
        """The text of ``report`` for ``rec`` printed as the user of ``emp``; never a rule code
        (issue 12: no "(R19)" in an official document)."""
        fresh(self.env)
        html = self.by(self.Report, emp)._render_qweb_html(
            "sistem_kerja_asn.%s" % report, rec.ids
        )[0].decode()
        text = text_of(html)
        self.assertNotRegex(text, RULE_CODE)
        self.assertNotIn("Kepala Kecamatan", text)
        return text

    def signature(self, text):
        """The signature block of a letter: from the place and date (a surat dinas: from its
        closing words, its place and date stand at the top) to the tembusan."""
        start = text.rfind("Ditetapkan di")
        if start < 0:
            start = text.rfind(CLOSING)
        start = start if start >= 0 else text.rfind(self.company.asn_letter_place + ", ")
        end = text.find("Tembusan:", start)
        return text[start:end if end >= 0 else len(text)]

    def tembusan(self, text):
        """The tembusan of a letter: to its end, or to a decree's annex (lampiran)."""
        start = text.find("Tembusan:")
        self.assertGreaterEqual(start, 0, "no tembusan")
        end = text.find("LAMPIRAN :", start)
        return text[start:end if end >= 0 else len(text)]

    def assertByPosition(self, tembusan, positions):
        """The tembusan lists these offices and names nobody."""
        for position in positions:
            self.assertIn(position, tembusan)
        for person in self.people:
            self.assertNotIn(person.name, tembusan)

    def assertDecree(self, text, heading, number):
        self.assertIn(heading, text)
        self.assertIn("NOMOR %s" % number, text)
        for word in DECREE_WORDS:
            self.assertIn(word, text)
        # the parts in their order
        order = [text.index(w) for w in ("Menimbang", "Mengingat", "MEMUTUSKAN", "Menetapkan",
                                          "KESATU", "KEDUA", "KETIGA", "Ditetapkan di")]
        self.assertEqual(order, sorted(order))


@tagged("post_install", "-at_install")
class TestLettersRegency(LettersCase):

    def test_mun_ps_13_5_keputusan_kepala_pd_in_decree_form(self):
        """MUN Ps 13(5): "Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim
        kerja yang melibatkan Pejabat Fungsional dan pelaksana antar Unit Organisasi ditetapkan
        dengan Keputusan Kepala Perangkat Daerah." A decree: Menimbang, Mengingat (the Perbup and
        PermenPANRB 7/2022), MEMUTUSKAN, Menetapkan, KESATU..., signed by the Kepala Dinas, not by
        the Kabid who issued it."""
        self.regency("muna", "Pemerintah Kabupaten Muna", "Raha")
        rec = self.request(self.kabid_a, owning_unit_id=self.bidang_a.id,
                           target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.assertEqual(rec.letter_type, "keputusan_kepala_pd")
        self.walk(rec)
        text = self.letter("report_surat_penugasan", rec, self.jf_b)
        self.assertDecree(text, "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MUNA",
                          rec.letter_number)
        self.assertIn("Peraturan Bupati Muna Nomor 19 Tahun 2024", text)
        self.assertIn(PERMENPANRB, text)
        # the request and the answer it follows (Memperhatikan)
        self.assertIn(rec.request_number, text)
        self.assertIn(rec.answer_number, text)
        signed = self.signature(text)
        self.assertIn("Raha", signed)
        self.assertIn(self.kadis.name, signed)
        self.assertIn("Kepala Dinas Kesehatan", signed)
        self.assertNotIn(self.kabid_b.name, signed)
        self.assertByPosition(self.tembusan(text), [])

    def test_bks_ps_17_keputusan_bupati_signed_by_the_regent(self):
        """BKS Ps 17: across Perangkat Daerah the Inspektorat's assignment is set by a Keputusan
        Bupati; BKS Ps 1 angka 3: "Bupati adalah Bupati Bekasi selaku Pejabat Pembina
        Kepegawaian". The regent signs it (or the PyB on his behalf, a.n.), never the Inspektur
        who owns the work; the Inspektur gets a copy, by his office."""
        self.regency("bekasi", "Pemerintah Kabupaten Bekasi", "Cikarang Pusat")
        self.company.asn_regent_name = "H. Ahmad Fauzan, S.H."
        rec = self.request(self.inspektur, scope="lintas_pd", owning_unit_id=self.irban.id,
                           target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.assertEqual(rec.letter_type, "keputusan_bupati")
        self.walk(rec)
        # numbered by the regent's side, the Sekretariat Daerah
        self.assertRegex(rec.letter_number, r"^800\.1/\d+/SD/%s$" % self.year)
        text = self.letter("report_surat_penugasan", rec, self.inspektur)
        self.assertDecree(text, "KEPUTUSAN BUPATI BEKASI", rec.letter_number)
        self.assertIn("Peraturan Bupati Bekasi Nomor 18 Tahun 2024", text)
        signed = self.signature(text)
        self.assertIn("Bupati Bekasi,", signed)
        self.assertIn("H. Ahmad Fauzan, S.H.", signed)
        for official in (self.inspektur, self.irban_head, self.kadis, self.sekda):
            self.assertNotIn(official.name, signed)
        self.assertNotIn("NIP", signed)  # the regent is no civil servant
        self.assertByPosition(self.tembusan(text),
                              ["Inspektur", "Kepala Dinas Kesehatan", "Kepala Bidang B"])
        # Without the regent's name the PyB signs on his behalf.
        self.company.asn_regent_name = False
        signed = self.signature(self.letter("report_surat_penugasan", rec, self.inspektur))
        self.assertIn("a.n. Bupati Bekasi", signed)
        self.assertIn("Sekretaris Daerah,", signed)
        self.assertIn(self.sekda.name, signed)
        self.assertNotIn(self.inspektur.name, signed)

    def test_kra_ps_14_3_b_surat_jawaban_numbered(self):
        """KRA Ps 14(3)(b)-(c): the PPK where the employee sits processes the request and
        answers it; "berdasarkan surat jawaban permohonan pelibatan" the letter is issued (KRA
        Ps 14(4)(e)(3)). The answer is a letter of its own: numbered when it is issued, once per
        government, and cited by the Surat Tugas that follows."""
        self.regency("karangasem", "Pemerintah Kabupaten Karangasem", "Amlapura")
        rec = self.request(self.kabid_a, owning_unit_id=self.bidang_a.id,
                           target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.walk(rec, done=lambda r: r.answer_number)
        self.assertRegex(rec.answer_number, r"^800\.1/\d+/DINKES/%s$" % self.year)
        self.assertNotEqual(rec.answer_number, rec.request_number)
        answerer = rec.sudo()._role_holders()["ppk_employee"]
        text = self.letter("report_surat_jawaban", rec, answerer)
        self.assertIn("Nomor : %s" % rec.answer_number, text)
        self.assertIn("Yth. Kepala Bidang A Dinas Kesehatan", text)
        self.assertIn(answerer.name, self.signature(text))
        # A second request, refused: an answer too, with its own number.
        other = self.request(self.kabid_a, owning_unit_id=self.bidang_a.id,
                             target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.by(other, self.kabid_a).action_send()
        fresh(self.env)
        self.by(other, answerer).action_refuse(reason="Sedang menyusun laporan akhir tahun")
        fresh(self.env)
        self.assertTrue(other.answer_number)
        self.assertNotIn(other.answer_number, (rec.answer_number, rec.request_number,
                                               other.request_number))
        self.assertIn(other.answer_number, self.letter("report_surat_jawaban", other, answerer))
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError), self.cr.savepoint():
            other.sudo().write({"answer_number": rec.answer_number})
            other.flush_recordset()
        # The Surat Tugas in letter form cites the answer in its basis (Dasar).
        self.walk(rec)
        text = self.letter("report_surat_penugasan", rec, self.jf_b)
        for word in ("Dasar", "MENUGASKAN", "Kepada", "Untuk",
                     "Peraturan Bupati Karangasem Nomor 15 Tahun 2023", PERMENPANRB):
            self.assertIn(word, text)
        self.assertLess(text.index(rec.answer_number), text.index("MENUGASKAN"))
        self.assertNotIn("Menimbang", text)

    def test_kra_ps_14_3_a_request_tembusan_by_position(self):
        """KRA Ps 14(3)(a): "pimpinan Unit Organisasi pemilik kinerja mengirimkan surat
        permohonan pelibatan ... kepada Pejabat Penilai Kinerja dituju ... dengan tembusan
        Pejabat Penilai Kinerja bersangkutan": addressed and copied to offices."""
        self.regency("national", "Pemerintah Kabupaten Uji", "Kota Uji")
        rec = self.request(self.kabid_a, owning_unit_id=self.bidang_a.id,
                           target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.by(rec, self.kabid_a).action_send()
        text = self.letter("report_permohonan_pelibatan", rec, self.kabid_a)
        self.assertIn("Yth. Kepala Bidang B Dinas Kesehatan", text)
        self.assertIn("Nomor : %s" % rec.request_number, text)
        self.assertByPosition(self.tembusan(text), ["Kepala Dinas Kesehatan"])
        self.assertIn(self.kabid_a.name, self.signature(text))

    def test_mun_lamp_d6_camat_katobu(self):
        """MUN Lamp D.6 names "Kecamatan Katobu", led by the Camat ("Camat/Kepala Dinas akan
        menetapkan kinerja pejabat Pengawas"); MUN Ps 13(5): across its Seksi a Keputusan of the
        head of the PD: the "KEPUTUSAN CAMAT KATOBU", signed by the Camat Katobu."""
        self.regency("muna", "Pemerintah Kabupaten Muna", "Raha")
        rec = self.request(self.kasi_pel, owning_unit_id=self.seksi_pel.id,
                           target_unit_id=self.seksi_pem.id, employee_id=self.staf_pem.id)
        self.assertEqual(rec.letter_type, "keputusan_kepala_pd")
        self.walk(rec)
        text = self.letter("report_surat_penugasan", rec, self.staf_pem)
        self.assertDecree(text, "KEPUTUSAN CAMAT KATOBU KABUPATEN MUNA", rec.letter_number)
        self.assertIn("KECAMATAN KATOBU".lower(), text.lower()[:200])  # the kop
        signed = self.signature(text)
        self.assertIn("Camat Katobu", signed)
        self.assertIn(self.camat.name, signed)
        request = self.letter("report_permohonan_pelibatan", rec, self.kasi_pel)
        self.assertByPosition(self.tembusan(request), ["Camat Katobu"])

    # -- the request and the answer: official correspondence (surat dinas) ----------------------

    def assertInOrder(self, text, parts):
        """Each of ``parts`` is in ``text``, in this order."""
        found = [text.find(part) for part in parts]
        missing = [part for part, at in zip(parts, found, strict=True) if at < 0]
        self.assertFalse(missing, "not in the letter: %s\n%s" % (missing, text))
        self.assertEqual(found, sorted(found), "out of order: %s\n%s" % (parts, text))

    def day(self, value):
        return format_date(self.env, value, date_format="d MMMM y")

    def test_kra_ps_14_3_a_request_is_a_surat_dinas(self):
        """KRA Ps 14(3)(a): "pimpinan Unit Organisasi pemilik kinerja mengirimkan surat
        permohonan pelibatan Pejabat Fungsional atau pelaksana kepada Pejabat Penilai Kinerja
        dituju dimana Pejabat Fungsional atau pelaksana dimaksud berada dengan tembusan Pejabat
        Penilai Kinerja bersangkutan": a letter between offices, a surat dinas: the place and
        date top right, Nomor, Sifat, Lampiran and Hal on the left, "Yth." the addressee by his
        office and "di" where he is, the body (its elements: KRA Ps 14(5)), the signature block
        (position, name, NIP) and the tembusan by position. (The national preset: the Kepala
        Bidang B is the PPK where the JF sits, the Kepala Dinas the requester's PPK.)"""
        self.regency("national", "Pemerintah Kabupaten Uji", "Kota Uji")
        self.kabid_a.sudo().nip = "197806152005011003"
        rec = self.request(self.kabid_a, owning_unit_id=self.bidang_a.id,
                           target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.by(rec, self.kabid_a).action_send()
        text = self.letter("report_permohonan_pelibatan", rec, self.kabid_a)
        self.assertInOrder(text, [
            "Kota Uji, %s" % self.day(rec.request_date),
            "Nomor : %s" % rec.request_number, "Sifat : Biasa", "Lampiran : -",
            "Hal : Request for the involvement of a civil servant",
            "Yth. Kepala Bidang B Dinas Kesehatan di Kota Uji",
            "in the work of Bidang A", "a. Purpose : Analisis beban kerja 2026",
            "b. Competence needed : Analis SDM", "d. Duration", CLOSING,
            "Kepala Bidang A,", self.kabid_a.name, "NIP. 197806152005011003",
            "Tembusan:", "Kepala Dinas Kesehatan",
        ])
        self.assertNotIn("Kepada Yth.", text)
        self.assertNotIn(self.kabid_b.name, text)  # the addressee by his office, not his name

    def test_kra_ps_14_3_d_answer_is_a_surat_dinas(self):
        """KRA Ps 14(3)(b): "Pejabat Penilai Kinerja dituju dimana Pejabat Fungsional atau
        pelaksana dimaksud berada, memroses dan menjawab permohonan pelibatan"; (d): "apabila
        ... tidak menyetujui pelibatan ..., maka Pejabat Penilai Kinerja ... menjawab surat
        permohonan pelibatan tersebut dengan alasan mengapa tidak dapat menyetujui permohonan";
        KRA Ps 41(1): in a Dinas "Kepala Dinas/Badan sebagai Pejabat Penilai Kinerja serta
        Sekretaris dan Kepala Bidang sebagai Pimpinan Unit Organisasi". The Kepala Dinas answers
        the Kepala Bidang A in a surat dinas, refused with the reason or agreed naming the
        employee; the Kepala Bidang B, who recommends him (Ps 14(3)(c)), has a copy."""
        self.regency("karangasem", "Pemerintah Kabupaten Karangasem", "Amlapura")
        refused = self.request(self.kabid_a, owning_unit_id=self.bidang_a.id,
                               target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.by(refused, self.kabid_a).action_send()
        request = self.letter("report_permohonan_pelibatan", refused, self.kabid_a)
        self.assertInOrder(request, ["Yth. Kepala Dinas Kesehatan di Amlapura", CLOSING,
                                     "Kepala Bidang A,", self.kabid_a.name])
        fresh(self.env)
        self.by(refused, self.kadis).action_refuse(reason="Sedang menyusun laporan akhir tahun")
        text = self.letter("report_surat_jawaban", refused, self.kadis)
        self.assertInOrder(text, [
            "Amlapura, %s" % self.day(refused.answer_date),
            "Nomor : %s" % refused.answer_number, "Sifat : Biasa", "Lampiran : -",
            "Hal : Answer to the request for the involvement of a civil servant",
            "Yth. Kepala Bidang A Dinas Kesehatan di Amlapura",
            refused.request_number, "cannot agree", "Sedang menyusun laporan akhir tahun",
            CLOSING, "Kepala Dinas Kesehatan,", self.kadis.name, "NIP.",
            "Tembusan:", "Kepala Bidang B",
        ])
        self.assertNotIn(self.kabid_a.name, text)
        agreed = self.request(self.kabid_a, owning_unit_id=self.bidang_a.id,
                              target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.walk(agreed, done=lambda r: r.answer_number)
        text = self.letter("report_surat_jawaban", agreed, self.kadis)
        self.assertInOrder(text, [
            "Nomor : %s" % agreed.answer_number, "Yth. Kepala Bidang A Dinas Kesehatan",
            "we agree", self.jf_b.name, "199307252019032008", CLOSING, self.kadis.name,
        ])
        self.assertNotIn("cannot agree", text)

    def test_bks_ps_89_3_request_and_answer_between_pd_heads(self):
        """BKS Ps 89(3)(a): "Pimpinan Perangkat Daerah pemilik kinerja, mengirimkan surat
        permohonan pelibatan Pejabat Fungsional dan/atau pelaksana kepada Pimpinan Perangkat
        Daerah dituju dengan tembusan Pejabat Penilai Kinerja"; (b)(2): "Apabila Pimpinan
        Perangkat Daerah menolak, maka harus memberikan surat jawaban dengan alasan mengapa tidak
        menyetujui permohonan." Across PDs the Inspektur signs the request on the Inspektorat's
        kop, to the Kepala Dinas; the Kepala Dinas signs the answer, to the Inspektur; neither is
        the Inspektur Pembantu who leads the unit that owns the work."""
        self.regency("bekasi", "Pemerintah Kabupaten Bekasi", "Cikarang Pusat")
        rec = self.request(self.inspektur, scope="lintas_pd", owning_unit_id=self.irban.id,
                           target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.by(rec, self.inspektur).action_send()
        text = self.letter("report_permohonan_pelibatan", rec, self.inspektur)
        self.assertIn("INSPEKTORAT", text[:text.index("Nomor :")].upper())
        self.assertInOrder(text, [
            "Nomor : %s" % rec.request_number, "Yth. Kepala Dinas Kesehatan di Cikarang Pusat",
            CLOSING, "Inspektur,", self.inspektur.name, "Tembusan:", "Kepala Bidang B",
        ])
        self.assertNotIn(self.irban_head.name, text)
        fresh(self.env)
        self.by(rec, self.kadis).action_refuse(reason="Tenaga sedang dibutuhkan di Puskesmas")
        text = self.letter("report_surat_jawaban", rec, self.kadis)
        self.assertIn("DINAS KESEHATAN", text[:text.index("Nomor :")].upper())
        self.assertInOrder(text, [
            "Nomor : %s" % rec.answer_number, "Yth. Inspektur di Cikarang Pusat",
            "Tenaga sedang dibutuhkan di Puskesmas", CLOSING, "Kepala Dinas Kesehatan,",
            self.kadis.name, "Tembusan:", "Kepala Bidang B",
        ])
        self.assertNotIn(self.irban_head.name, text)

    def test_brt_lamp_ii_c1_3_a_b_request_to_the_puo_where_he_sits(self):
        """BRT Lamp II C.1)(3)(a): "Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi
        pemilik kinerja mengirimkan surat permohonan pelibatan ... kepada Kepala Perangkat Daerah
        dan/atau Pimpinan Unit Organisasi dituju dimana Pejabat Fungsional dan/atau Pelaksana
        dimaksud berada"; (b): "... Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi
        dituju ... memproses dan menjawab surat permohonan pelibatan". Between two Seksi of the
        Kecamatan Katobu the Kasi asks the Kasi where the employee sits, who answers him."""
        self.regency("barito_timur", "Pemerintah Kabupaten Barito Timur", "Tamiang Layang")
        rec = self.request(self.kasi_pel, owning_unit_id=self.seksi_pel.id,
                           target_unit_id=self.seksi_pem.id, employee_id=self.staf_pem.id)
        self.walk(rec, done=lambda r: r.answer_number)
        request = self.letter("report_permohonan_pelibatan", rec, self.kasi_pel)
        self.assertInOrder(request, [
            "Yth. Kepala Seksi Pemerintahan Kecamatan Katobu di Tamiang Layang", CLOSING,
            "Kepala Seksi Pelayanan,", self.kasi_pel.name,
        ])
        answer = self.letter("report_surat_jawaban", rec, self.kasi_pem)
        self.assertInOrder(answer, [
            "Yth. Kepala Seksi Pelayanan Kecamatan Katobu di Tamiang Layang", "we agree",
            self.staf_pem.name, CLOSING, "Kepala Seksi Pemerintahan,", self.kasi_pem.name,
        ])
        for text in (request, answer):
            self.assertNotIn(self.camat.name, text)
            self.assertNotIn("Yth. Camat", text)

    def test_mun_ps_13_5_team_member_across_units_keputusan_signed_by_kepala_pd(self):
        """MUN Ps 13(5): "Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim
        kerja yang melibatkan Pejabat Fungsional dan pelaksana antar Unit Organisasi ditetapkan
        dengan Keputusan Kepala Perangkat Daerah"; (6): "... dalam Unit Organisasi dengan surat
        tugas oleh Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi". The member from
        Bidang B receives a Keputusan signed by the Kepala Dinas, not by the Kepala Bidang A
        whose team gives him the work; the member of Bidang A a Surat Tugas of his Kepala
        Bidang."""
        self.regency("muna", "Pemerintah Kabupaten Muna", "Raha")
        fresh(self.env)
        team = self.by(self.env["asn.tim.kerja"], self.kabid_a).create({
            "name": "Tim Percepatan Stunting", "kind": "rutin",
            "owning_unit_id": self.bidang_a.id, "date_start": date(self.year, 1, 1),
            "date_end": date(self.year, 12, 31), "mandate": "Menurunkan prevalensi stunting",
            "member_ids": [(0, 0, {"employee_id": self.staff_a.id, "role": "ketua"}),
                           (0, 0, {"employee_id": self.jf_b.id, "role": "anggota"})],
        })
        self.by(team, self.kabid_a).action_propose()
        fresh(self.env)
        self.give_consents(team)
        fresh(self.env)
        decree = "800.1/904/DINKES/%s" % self.year
        self.by(team, self.kadis).write({"decree_number": decree, "decree_date": date.today()})
        self.by(team, self.kadis).action_establish()
        fresh(self.env)
        across = team.penugasan_ids.filtered(lambda p: p.employee_id == self.jf_b)
        within = team.penugasan_ids.filtered(lambda p: p.employee_id == self.staff_a)
        self.assertEqual(across.letter_type, "keputusan_kepala_pd")
        self.assertEqual(within.letter_type, "surat_tugas")
        text = self.letter("report_surat_penugasan", across, self.jf_b)
        self.assertDecree(text, "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MUNA",
                          across.letter_number)
        signed = self.signature(text)
        self.assertIn("KEPALA DINAS KESEHATAN,", signed.upper())
        self.assertIn(self.kadis.name, signed)
        self.assertNotIn(self.kabid_a.name, signed)
        # the Kepala Bidang A, who gives the work and does not sign, has a copy
        self.assertByPosition(self.tembusan(text), ["Kepala Bidang A"])
        signed = self.signature(self.letter("report_surat_penugasan", within, self.staff_a))
        self.assertIn("Kepala Bidang A,", signed)
        self.assertIn(self.kabid_a.name, signed)
        # "Assigned By" on each assignment is the official who signs its document
        self.assertEqual(across.assigner_id, self.kadis)
        self.assertEqual(within.assigner_id, self.kabid_a)
        self.assertNotIn(self.kadis.name, signed)

    def test_mun_ps_13_5_6_team_members_each_their_own_letter_number(self):
        """MUN Ps 13(6) with (5): within the unit a team member is assigned by surat tugas, each
        one a letter of its own: numbered on its own, not with the team decree's number; MUN Ps 1
        angka 16: the team is set by the Kepala Perangkat Daerah."""
        self.regency("muna", "Pemerintah Kabupaten Muna", "Raha")
        decree = "800.1/900/DINKES/%s" % self.year
        team = self.form_team(self.kabid_a, [(self.staff_a, "ketua"), (self.staff_a2, "anggota")],
                              decree, establisher=self.kadis)
        letters = team.penugasan_ids
        self.assertEqual(set(letters.mapped("letter_type")), {"surat_tugas"})
        numbers = letters.mapped("letter_number")
        self.assertEqual(len(set(numbers)), 2)
        self.assertNotIn(decree, numbers)
        for number in numbers:
            self.assertRegex(number, r"^800\.1/\d+/DINKES/%s$" % self.year)
        mine = letters.filtered(lambda p: p.employee_id == self.staff_a2)
        text = self.letter("report_surat_penugasan", mine, self.staff_a2)
        self.assertIn("Nomor: %s" % mine.letter_number, text)
        self.assertIn(decree, text)  # the decree it follows, in its basis
        self.assertLess(text.index(decree), text.index("MENUGASKAN"))
        text = self.letter("report_sk_tim_kerja", team, self.kabid_a)
        self.assertDecree(text, "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MUNA", decree)
        self.assertIn(self.kadis.name, self.signature(text))

    def test_bks_ps_7_5_team_members_each_their_own_letter_number(self):
        """BKS Ps 7(5) with Ps 35: "Penugasan ... bagi Pejabat Fungsional dan Pelaksana dalam dan
        lintas unit organisasi dengan Surat Tugas": every member's own letter, own number."""
        self.regency("bekasi", "Pemerintah Kabupaten Bekasi", "Cikarang Pusat")
        decree = "800.1/901/DINKES/%s" % self.year
        team = self.form_team(self.kabid_a, [(self.staff_a, "ketua"), (self.staff_a2, "anggota")],
                              decree)
        numbers = team.penugasan_ids.mapped("letter_number")
        self.assertEqual(len(set(numbers)), 2)
        self.assertNotIn(decree, numbers)

    def test_brt_lamp_ii_a7_sk_tim_kerja(self):
        """BRT Lamp II A(7): the members of a team are assigned by the Surat Keputusan Tim Kerja:
        each member's assignment prints that decree (its number, its members), a decree in form."""
        self.regency("barito_timur", "Pemerintah Kabupaten Barito Timur", "Tamiang Layang")
        decree = "800.1/902/DINKES/%s" % self.year
        # BRT Lamp II B(2)-(3): a team for work whose execution crosses units
        team = self.form_team(self.kabid_a, [(self.staff_a, "ketua"), (self.staff_a2, "anggota")],
                              decree, work_crosses_units=True)
        self.assertEqual(set(team.penugasan_ids.mapped("letter_type")), {"sk_tim_kerja"})
        self.assertEqual(set(team.penugasan_ids.mapped("letter_number")), {decree})
        mine = team.penugasan_ids.filtered(lambda p: p.employee_id == self.staff_a2)
        text = self.letter("report_surat_penugasan", mine, self.staff_a2)
        heading = "KEPUTUSAN KEPALA BIDANG A DINAS KESEHATAN KABUPATEN BARITO TIMUR"
        self.assertDecree(text, heading, decree)
        self.assertIn("Peraturan Bupati Barito Timur Nomor 11 Tahun 2024", text)
        for person in (self.staff_a, self.staff_a2):
            self.assertIn(person.name, text)  # the members
        self.assertIn("1.250 balita", text)
        self.assertIn(self.kabid_a.name, self.signature(text))

    def test_dps_ps_9_5_team_decree_of_the_kota(self):
        """DPS Ps 9(5): team formation and membership are set by keputusan; the Kota's decree
        names the Kota and cites the Perwali."""
        self.regency("denpasar", "Pemerintah Kota Denpasar", "Denpasar")
        decree = "800.1/903/DINKES/%s" % self.year
        team = self.form_team(self.kabid_a, [(self.staff_a, "ketua"), (self.staff_a2, "anggota")],
                              decree)
        text = self.letter("report_sk_tim_kerja", team, self.kabid_a)
        self.assertDecree(text, "KEPUTUSAN KEPALA BIDANG A DINAS KESEHATAN KOTA DENPASAR", decree)
        self.assertIn("Peraturan Walikota Denpasar Nomor 69 Tahun 2023", text)
        self.assertByPosition(self.tembusan(text), ["Kepala Dinas Kesehatan"])

    def test_letterhead_from_the_pd_address(self):
        """R15: the kop surat of a PD with an office of its own prints that address; a PD
        without one the government's. The field keeps hr.employee.public readable."""
        self.regency("national", "Pemerintah Kabupaten Uji", "Kota Uji")
        self.dinas.asn_address_id = self.env["res.partner"].create({
            "name": "Dinas Kesehatan", "street": "Jl. Dr. Wahidin No. 5", "city": "Kota Uji",
            "phone": "(0403) 21234", "email": "dinkes@example.com",
        })
        rec = self.by(self.Penugasan, self.kabid_a).create({
            "employee_id": self.staff_a.id, "description": "Rekap imunisasi",
            "date_end": self.end,
        })
        self.by(rec, self.kabid_a).action_issue_letter()
        text = self.letter("report_surat_penugasan", rec, self.kabid_a)
        kop = text[:text.index("Surat Tugas")]
        for line in ("Jl. Dr. Wahidin No. 5", "(0403) 21234", "dinkes@example.com"):
            self.assertIn(line, kop)
        self.assertNotIn("Jl. Pemerintahan No. 1", kop)
        # the Kecamatan has no office address of its own: the government's
        other = self.by(self.Penugasan, self.kasi_pem).create({
            "employee_id": self.staf_pem.id, "description": "Rekap kependudukan",
            "date_end": self.end, "owning_unit_id": self.seksi_pem.id,
        })
        kop = text_of(self.Report._render_qweb_html(
            "sistem_kerja_asn.report_surat_penugasan", other.ids)[0].decode())
        self.assertIn("Jl. Pemerintahan No. 1", kop)
        fresh(self.env)
        public = self.env["hr.employee.public"].with_user(self.u(self.staff_a))
        self.assertTrue(public.search_read([("id", "=", self.kadis.id)],
                                           ["name", "department_id", "parent_id"]))

    def test_numbers_in_indonesian_format(self):
        """DPS Ps 17(1) writes the week as "37 (tiga puluh tujuh) jam 30 (tiga puluh) menit",
        37,5 hours: hours beyond the weekly duty are printed with a decimal comma, never a
        decimal point (45,25 hours worked leave a fraction of an hour whatever the duty)."""
        rec = self.env["asn.kinerja"].create({
            "employee_id": self.staff_a.id,
            "expectation_ids": [(0, 0, {"name": "Hasil", "indicator": "Ind", "target": "100%"})],
        })
        rec.note_ids = [(0, 0, {"kind": "overtime", "hours_worked": 45.25, "body": "Lembur",
                                "author_id": self.kabid_a.id})]
        fresh(self.env)
        hours = rec.overtime_hours
        self.assertTrue(hours % 1)
        text = self.letter("report_asn_kinerja", rec, self.staff_a)
        whole, fraction = ("%.2f" % hours).rstrip("0").split(".")
        self.assertIn("%s,%s hours" % (whole, fraction), text)
        self.assertNotIn("%s.%s" % (whole, fraction), text)


@tagged("post_install", "-at_install")
class TestLettersRegencyPdf(LettersCase, HttpCase):
    """Every letter kind of every preset as a real PDF where wkhtmltopdf is installed (kept in
    SKASN_LETTERS_DIR when it is set, to be looked at)."""

    def pdf(self, report, rec, name):
        fresh(self.env)
        with mute_logger("odoo.addons.base.models.ir_actions_report"):
            pdf, kind = self.Report.with_context(force_report_rendering=True)._render_qweb_pdf(
                "sistem_kerja_asn.%s" % report, rec.ids
            )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        folder = os.environ.get("SKASN_LETTERS_DIR")
        if folder:
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, "%s.pdf" % name), "wb") as out:
                out.write(pdf)

    def test_every_letter_as_pdf(self):
        if self.Report.get_wkhtmltopdf_state() != "ok":
            self.skipTest("wkhtmltopdf is not installed")
        self.env["ir.config_parameter"].sudo().set_param("report.url", self.base_url())
        # Muna: a Keputusan Kepala PD (Kecamatan Katobu), its request and answer.
        self.regency("muna", "Pemerintah Kabupaten Muna", "Raha")
        self.kecamatan.asn_address_id = self.env["res.partner"].create({
            "name": "Kantor Camat Katobu", "street": "Jl. Sultan Hasanuddin No. 3",
            "city": "Raha", "phone": "(0403) 2555",
        })
        rec = self.request(self.kasi_pel, owning_unit_id=self.seksi_pel.id,
                           target_unit_id=self.seksi_pem.id, employee_id=self.staf_pem.id)
        self.walk(rec)
        self.pdf("report_permohonan_pelibatan", rec, "muna_permohonan_pelibatan")
        self.pdf("report_surat_jawaban", rec, "muna_surat_jawaban")
        self.pdf("report_surat_penugasan", rec, "muna_keputusan_camat")
        team = self.form_team(self.kabid_a, [(self.staff_a, "ketua"), (self.staff_a2, "anggota")],
                              "800.1/900/DINKES/%s" % self.year, establisher=self.kadis)
        self.pdf("report_sk_tim_kerja", team, "muna_sk_tim_kerja")
        self.pdf("report_surat_penugasan", team.penugasan_ids[:1], "muna_surat_tugas_anggota")
        # a team member from another unit: a Keputusan Kepala PD (MUN Ps 13(5))
        fresh(self.env)
        team = self.by(self.env["asn.tim.kerja"], self.kabid_a).create({
            "name": "Tim Surveilans Gizi", "kind": "rutin", "owning_unit_id": self.bidang_a.id,
            "date_start": date(self.year, 1, 1), "date_end": date(self.year, 12, 31),
            "mandate": "Surveilans gizi balita",
            "member_ids": [(0, 0, {"employee_id": self.staff_a.id, "role": "ketua"}),
                           (0, 0, {"employee_id": self.jf_b.id, "role": "anggota"})],
        })
        self.by(team, self.kabid_a).action_propose()
        fresh(self.env)
        self.give_consents(team)
        fresh(self.env)
        self.by(team, self.kadis).write({"decree_number": "800.1/906/DINKES/%s" % self.year,
                                         "decree_date": date.today()})
        self.by(team, self.kadis).action_establish()
        across = team.penugasan_ids.filtered(lambda p: p.employee_id == self.jf_b)
        self.pdf("report_surat_penugasan", across, "muna_keputusan_kepala_pd_anggota")
        # Bekasi: a Keputusan Bupati (Inspektorat across PDs), a Surat Perintah (Inspektorat).
        self.regency("bekasi", "Pemerintah Kabupaten Bekasi", "Cikarang Pusat")
        self.company.asn_regent_name = "H. Ahmad Fauzan, S.H."
        rec = self.request(self.inspektur, scope="lintas_pd", owning_unit_id=self.irban.id,
                           target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.walk(rec)
        self.pdf("report_permohonan_pelibatan", rec, "bekasi_permohonan_pelibatan")
        self.pdf("report_surat_jawaban", rec, "bekasi_surat_jawaban")
        self.pdf("report_surat_penugasan", rec, "bekasi_keputusan_bupati")
        # a Keputusan Kepala PD (BKS Ps 35: the Dinas across PDs), refused first
        rec = self.request(self.kadis, scope="lintas_pd", owning_unit_id=self.bidang_a.id,
                           target_unit_id=self.seksi_pem.id, employee_id=self.staf_pem.id)
        self.assertEqual(rec.letter_type, "keputusan_kepala_pd")
        refused = self.request(self.kadis, scope="lintas_pd", owning_unit_id=self.bidang_a.id,
                               target_unit_id=self.seksi_pem.id, employee_id=self.staf_pem.id)
        self.walk(refused, done=lambda r: r.request_number)
        fresh(self.env)
        self.by(refused, self.camat).action_refuse(reason="Pegawai sedang menyiapkan Musrenbang")
        self.pdf("report_surat_jawaban", refused, "bekasi_surat_jawaban_menolak")
        self.walk(rec)
        self.pdf("report_surat_penugasan", rec, "bekasi_keputusan_kepala_pd")
        team = self.form_team(self.kabid_a, [(self.staff_a, "ketua"), (self.staff_a2, "anggota")],
                              "800.1/905/DINKES/%s" % self.year, name="Tim Bekasi")
        self.pdf("report_sk_tim_kerja", team, "bekasi_sk_tim_kerja")
        self.pdf("report_surat_penugasan", team.penugasan_ids[:1], "bekasi_surat_tugas_anggota")
        fresh(self.env)
        own = self.by(self.Penugasan, self.auditor.sudo().ppk_id).create({
            "employee_id": self.auditor.id, "owning_unit_id": self.irban.id,
            "description": "Reviu laporan keuangan", "date_end": self.end,
        })
        self.assertEqual(own.letter_type, "surat_perintah")
        self.walk(own)
        self.pdf("report_surat_penugasan", own, "bekasi_surat_perintah")
        # Karangasem: a Surat Tugas across units (after the answer).
        self.regency("karangasem", "Pemerintah Kabupaten Karangasem", "Amlapura")
        rec = self.request(self.kabid_a, owning_unit_id=self.bidang_a.id,
                           target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.walk(rec)
        self.pdf("report_surat_penugasan", rec, "karangasem_surat_tugas")
        # Denpasar: across units a request, its answer and the Surat Tugas (DPS Lamp A.4).
        self.regency("denpasar", "Pemerintah Kota Denpasar", "Denpasar")
        rec = self.request(self.kabid_a, owning_unit_id=self.bidang_a.id,
                           target_unit_id=self.bidang_b.id, employee_id=self.jf_b.id)
        self.walk(rec)
        self.pdf("report_permohonan_pelibatan", rec, "denpasar_permohonan_pelibatan")
        self.pdf("report_surat_jawaban", rec, "denpasar_surat_jawaban")
        self.pdf("report_surat_penugasan", rec, "denpasar_surat_tugas")
        # Barito Timur: the Kasi asks the Kasi where the employee sits (Lamp II C.1)(3)).
        self.regency("barito_timur", "Pemerintah Kabupaten Barito Timur", "Tamiang Layang")
        rec = self.request(self.kasi_pel, owning_unit_id=self.seksi_pel.id,
                           target_unit_id=self.seksi_pem.id, employee_id=self.staf_pem.id)
        self.walk(rec)
        self.pdf("report_permohonan_pelibatan", rec, "barito_timur_permohonan_pelibatan")
        self.pdf("report_surat_jawaban", rec, "barito_timur_surat_jawaban")
        self.pdf("report_surat_penugasan", rec, "barito_timur_sk_tim_kerja_individu")
        # Denpasar and Barito Timur: the team decrees.
        for preset, government, place in (
                ("denpasar", "Pemerintah Kota Denpasar", "Denpasar"),
                ("barito_timur", "Pemerintah Kabupaten Barito Timur", "Tamiang Layang")):
            self.regency(preset, government, place)
            team = self.form_team(self.kabid_a, [(self.staff_a, "ketua"),
                                                 (self.staff_a2, "anggota")],
                                  "800.1/9%s/DINKES/%s" % (len(preset), self.year),
                                  name="Tim Surveilans %s" % place, work_crosses_units=True)
            self.pdf("report_sk_tim_kerja", team, "%s_sk_tim_kerja" % preset)
            self.pdf("report_surat_penugasan", team.penugasan_ids[:1],
                     "%s_anggota_tim" % preset)
        # The performance evaluation document (numbers the Indonesian way).
        kinerja = self.env["asn.kinerja"].create({
            "employee_id": self.staff_a.id,
            "expectation_ids": [(0, 0, {"name": "Hasil", "indicator": "Ind", "target": "100%"})],
        })
        kinerja.note_ids = [(0, 0, {"kind": "overtime", "hours_worked": 45.25, "body": "Lembur",
                                    "author_id": self.kabid_a.id})]
        self.pdf("report_asn_kinerja", kinerja, "evaluasi_kinerja")
