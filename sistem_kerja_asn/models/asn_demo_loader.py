"""The demo regency "Kabupaten Contoh" (issue 16): structure, about 80 employees, a login per
role and work in every state, made the way people make it.

Called from ``demo/kabupaten_contoh_demo.xml`` only, so it runs only where demo data is loaded,
at install and at every update of the addon. Each record it makes gets an xml id of this module
(``noupdate``): a record whose xml id exists is left alone, so an update adds what is missing and
never duplicates. The documents are created and moved by the users who would act (``with_user``
and the buttons): the workflow engine decides each step and the letters take their numbers from
the sequences of their Perangkat Daerah.
"""

import logging
import re
import unicodedata
from datetime import date
from datetime import timedelta

from odoo import api
from odoo import models
from passlib.context import CryptContext

_logger = logging.getLogger(__name__)

MODULE = "sistem_kerja_asn"
REGENCY = "Kabupaten Contoh"
MAIL_DOMAIN = "contoh.go.id"

# (xml id, name, unit kind, parent xml id, is a Perangkat Daerah, letter code)
UNITS = [
    ("dept_asisten_ekbang", "Asisten Perekonomian dan Pembangunan", "other", "dept_setda",
     False, None),
    ("dept_bagian_perekonomian", "Bagian Perekonomian dan Sumber Daya Alam", "bagian",
     "dept_asisten_ekbang", False, None),
    ("dept_bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "badan", None,
     True, "BKPSDM"),
    ("dept_bkpsdm_mutasi", "Bidang Mutasi dan Promosi", "bidang", "dept_bkpsdm", False, None),
    ("dept_inspektorat", "Inspektorat Daerah", "inspektorat", None, True, "ITDA"),
    ("dept_itda_sekretariat", "Sekretariat Inspektorat", "other", "dept_inspektorat", False,
     None),
    ("dept_itda_irban1", "Inspektur Pembantu Wilayah I", "other", "dept_inspektorat", False,
     None),
    ("dept_dinkes_sekretariat", "Sekretariat Dinas Kesehatan", "other", "dept_dinkes", False,
     None),
    ("dept_dinkes_subbag_umum", "Subbagian Umum dan Kepegawaian", "subbagian",
     "dept_dinkes_sekretariat", False, None),
    ("dept_seksi_p2ptm", "Seksi Pengendalian Penyakit Tidak Menular", "seksi",
     "dept_bidang_p2p", False, None),
    # A Dinas of one structural level: no Bidang, the functional officials work in teams
    # steered by a Pengendali Tim Kerja (R28).
    ("dept_dpk", "Dinas Perpustakaan dan Kearsipan", "dinas", None, True, "DPK"),
    ("dept_dpk_sekretariat", "Sekretariat Dinas Perpustakaan dan Kearsipan", "other",
     "dept_dpk", False, None),
    ("dept_rsud", "RSUD Kabupaten Contoh", "rsud", None, True, "RSUD"),
    ("dept_rsud_pelayanan", "Bidang Pelayanan Medik dan Keperawatan", "bidang", "dept_rsud",
     False, None),
    ("dept_rsud_keperawatan", "Seksi Keperawatan", "seksi", "dept_rsud_pelayanan", False,
     None),
    ("dept_seksi_trantib_katobu", "Seksi Ketenteraman dan Ketertiban Umum", "seksi",
     "dept_kec_katobu", False, None),
]

# (xml id, name, unit, class, jenjang, sex, birth year, CPNS year, grade, title, PPPK)
M, F = "1", "2"
EMPLOYEES = [
    # Sekretariat Daerah
    ("emp_asisten_ekbang", "Ir. La Ode Muhammad Saleh, M.T.", "dept_asisten_ekbang",
     "jpt_pratama", False, M, 1969, 1995, "IV/c", "Asisten Perekonomian dan Pembangunan", False),
    ("emp_kabag_perekonomian", "Hasanuddin, S.E., M.M.", "dept_bagian_perekonomian",
     "administrator", False, M, 1977, 2002, "IV/a", "Kepala Bagian Perekonomian dan SDA", False),
    ("emp_analis_kebijakan_madya", "Dra. Wa Ode Hasnah, M.Si.", "dept_bagian_perekonomian",
     "fungsional", "ahli_madya", F, 1972, 1998, "IV/b", "Analis Kebijakan Ahli Madya", False),
    ("emp_pranata_komputer_mahir", "Andi Irawan, A.Md.", "dept_bagian_perekonomian",
     "fungsional", "mahir", M, 1988, 2011, "III/b", "Pranata Komputer Mahir", False),
    ("emp_pelaksana_perekonomian", "Nur Aisyah", "dept_bagian_perekonomian", "pelaksana", False,
     F, 1994, 2019, "II/c", "Pengadministrasi Perekonomian", False),
    # BKPSDM: the regency HR office
    ("emp_kaban_bkpsdm", "Drs. Muhammad Nasir, M.Si.", "dept_bkpsdm", "jpt_pratama", False, M,
     1970, 1996, "IV/c", "Kepala BKPSDM", False),
    ("emp_kabid_mutasi", "Hj. Sitti Maryam, S.Sos., M.AP.", "dept_bkpsdm_mutasi",
     "administrator", False, F, 1976, 2001, "IV/a", "Kepala Bidang Mutasi dan Promosi", False),
    ("emp_analis_sdm_bkpsdm", "Rini Astuti, S.Psi.", "dept_bkpsdm_mutasi", "fungsional",
     "ahli_muda", F, 1985, 2010, "III/d", "Analis SDM Aparatur Ahli Muda", False),
    ("emp_pranata_sdm_terampil", "Jumadil", "dept_bkpsdm_mutasi", "fungsional", "terampil", M,
     1995, 2020, "II/c", "Pranata SDM Aparatur Terampil", False),
    ("emp_pelaksana_bkpsdm", "Wa Ode Fitri", "dept_bkpsdm", "pelaksana", False, F, 1997, 2022,
     False, "Pengelola Data Kepegawaian", True),
    # Inspektorat
    ("emp_inspektur", "Ir. Abdul Rahman Lamane, M.Si.", "dept_inspektorat", "jpt_pratama",
     False, M, 1968, 1994, "IV/d", "Inspektur Daerah", False),
    ("emp_sekretaris_itda", "Nurhayati Tamburaka, S.E., M.Ak.", "dept_itda_sekretariat",
     "administrator", False, F, 1975, 2000, "IV/a", "Sekretaris Inspektorat", False),
    ("emp_irban1", "La Ode Kaimuddin, S.E., M.M.", "dept_itda_irban1", "administrator", False,
     M, 1974, 1999, "IV/a", "Inspektur Pembantu Wilayah I", False),
    ("emp_auditor_utama", "Dr. Hj. Ratna Dewi, S.E., M.Si., Ak.", "dept_inspektorat",
     "fungsional", "ahli_utama", F, 1966, 1991, "IV/e", "Auditor Ahli Utama", False),
    ("emp_auditor_madya", "Bambang Sutrisno, S.E., M.Ak.", "dept_itda_irban1", "fungsional",
     "ahli_madya", M, 1973, 1999, "IV/b", "Auditor Ahli Madya", False),
    ("emp_p2upd_muda", "Yusran, S.H.", "dept_itda_irban1", "fungsional", "ahli_muda", M, 1984,
     2009, "III/d", "PPUPD Ahli Muda", False),
    ("emp_auditor_pertama", "Dewi Lestari, S.Ak.", "dept_itda_irban1", "fungsional",
     "ahli_pertama", F, 1993, 2019, "III/a", "Auditor Ahli Pertama", False),
    ("emp_auditor_penyelia", "Sukardi", "dept_itda_irban1", "fungsional", "penyelia", M, 1976,
     1999, "III/c", "Auditor Penyelia", False),
    ("emp_auditor_mahir", "Sumarni", "dept_itda_irban1", "fungsional", "mahir", F, 1986, 2010,
     "III/a", "Auditor Mahir", False),
    ("emp_pelaksana_itda", "La Ode Jamal", "dept_itda_sekretariat", "pelaksana", False, M,
     1990, 2014, "II/d", "Pengadministrasi Umum", False),
    # Dinas Kesehatan: Sekretariat, Bidang, Seksi
    ("emp_sekretaris_dinkes", "Hj. Waode Salmiah, S.KM., M.Kes.", "dept_dinkes_sekretariat",
     "administrator", False, F, 1975, 2000, "IV/a", "Sekretaris Dinas Kesehatan", False),
    ("emp_kasubag_umum_dinkes", "Arman, S.Sos.", "dept_dinkes_subbag_umum", "pengawas", False,
     M, 1982, 2006, "III/d", "Kepala Subbagian Umum dan Kepegawaian", False),
    ("emp_clerk_dinkes", "Sri Rahayu Ningsih, S.E.", "dept_dinkes_subbag_umum", "pelaksana",
     False, F, 1990, 2015, "III/a", "Pengadministrasi Kepegawaian", False),
    ("emp_keuangan_dinkes", "Rudi Hartono", "dept_dinkes_subbag_umum", "pelaksana", False, M,
     1992, 2017, "II/d", "Pengelola Keuangan", False),
    ("emp_perencana_muda_dinkes", "Agus Salim, S.KM., M.PH.", "dept_dinkes_sekretariat",
     "fungsional", "ahli_muda", M, 1983, 2008, "III/d", "Perencana Ahli Muda", False),
    ("emp_nutrisionis_penyelia", "Hasmawati, A.Md.Gz.", "dept_bidang_kesmas", "fungsional",
     "penyelia", F, 1978, 2002, "III/c", "Nutrisionis Penyelia", False),
    ("emp_sanitarian_mahir", "La Ode Ruslan, A.Md.KL.", "dept_bidang_kesmas", "fungsional",
     "mahir", M, 1987, 2011, "III/b", "Sanitarian Mahir", False),
    ("emp_kasi_p2ptm", "Muh. Ikhsan, S.KM.", "dept_seksi_p2ptm", "pengawas", False, M, 1983,
     2008, "III/d", "Kepala Seksi P2PTM", False),
    ("emp_pelaksana_p2ptm", "Rahmawati", "dept_seksi_p2ptm", "pelaksana", False, F, 1996, 2020,
     "II/c", "Pengelola Data Surveilans", False),
    # UPTD Puskesmas Raha (led by a functional official)
    ("emp_bidan_mahir", "Wa Ode Nurmala, A.Md.Keb.", "dept_puskesmas_raha", "fungsional",
     "mahir", F, 1988, 2012, "III/b", "Bidan Mahir", False),
    ("emp_bidan_penyelia", "Hj. Rosmiati, A.Md.Keb.", "dept_puskesmas_raha", "fungsional",
     "penyelia", F, 1975, 1999, "III/d", "Bidan Penyelia", False),
    ("emp_apoteker_pertama", "apt. Nurul Fadhilah, S.Farm.", "dept_puskesmas_raha",
     "fungsional", "ahli_pertama", F, 1994, 2020, "III/a", "Apoteker Ahli Pertama", False),
    ("emp_pranata_lab_pemula", "Ilham", "dept_puskesmas_raha", "fungsional", "pemula", M, 1999,
     2022, "II/a", "Pranata Laboratorium Kesehatan Pemula", False),
    ("emp_perawat_pppk", "Ns. Sartika, S.Kep.", "dept_puskesmas_raha", "fungsional",
     "ahli_pertama", F, 1993, 2022, False, "Perawat Ahli Pertama", True),
    ("emp_pelaksana_puskesmas", "Asrul", "dept_puskesmas_raha", "pelaksana", False, M, 1995,
     2018, "II/c", "Pengadministrasi Umum", False),
    # Dinas Perpustakaan dan Kearsipan (one structural level)
    ("emp_kadis_dpk", "Drs. La Ode Hamiruddin, M.Si.", "dept_dpk", "jpt_pratama", False, M,
     1969, 1995, "IV/c", "Kepala Dinas Perpustakaan dan Kearsipan", False),
    ("emp_sekretaris_dpk", "Hj. Nurbaya, S.Sos.", "dept_dpk_sekretariat", "administrator",
     False, F, 1976, 2001, "IV/a", "Sekretaris Dinas Perpustakaan dan Kearsipan", False),
    ("emp_pustakawan_madya", "Dra. Sitti Hadijah, M.Hum.", "dept_dpk", "fungsional",
     "ahli_madya", F, 1971, 1997, "IV/b", "Pustakawan Ahli Madya", False),
    ("emp_pustakawan_muda", "Syamsul Bahri, S.IP.", "dept_dpk", "fungsional", "ahli_muda", M,
     1982, 2008, "III/d", "Pustakawan Ahli Muda", False),
    ("emp_pustakawan_pertama", "Nirwana, S.Hum.", "dept_dpk", "fungsional", "ahli_pertama", F,
     1994, 2019, "III/a", "Pustakawan Ahli Pertama", False),
    ("emp_arsiparis_muda", "Taufik Hidayat, S.AP.", "dept_dpk", "fungsional", "ahli_muda", M,
     1984, 2009, "III/c", "Arsiparis Ahli Muda", False),
    ("emp_arsiparis_mahir", "Sulastri, A.Md.", "dept_dpk", "fungsional", "mahir", F, 1987, 2011,
     "III/b", "Arsiparis Mahir", False),
    ("emp_arsiparis_terampil", "La Ode Amir", "dept_dpk", "fungsional", "terampil", M, 1996,
     2021, "II/c", "Arsiparis Terampil", False),
    ("emp_pelaksana_dpk", "Fatmawati", "dept_dpk_sekretariat", "pelaksana", False, F, 1991,
     2016, "II/d", "Pengadministrasi Umum", False),
    # RSUD
    ("emp_direktur_rsud", "dr. H. Muhammad Arsyad, Sp.PD., M.Kes.", "dept_rsud",
     "jpt_pratama", False, M, 1970, 1998, "IV/c", "Direktur RSUD Kabupaten Contoh", False),
    ("emp_kabid_pelayanan_rsud", "dr. Nurhalimah, M.Kes.", "dept_rsud_pelayanan",
     "administrator", False, F, 1977, 2004, "IV/a", "Kepala Bidang Pelayanan Medik dan "
     "Keperawatan", False),
    ("emp_kasi_keperawatan_rsud", "Ns. Abdul Latif, S.Kep., M.Kep.", "dept_rsud_keperawatan",
     "pengawas", False, M, 1980, 2005, "III/d", "Kepala Seksi Keperawatan", False),
    ("emp_dokter_madya_rsud", "dr. Andi Rahmat, Sp.OG.", "dept_rsud", "fungsional",
     "ahli_madya", M, 1974, 2001, "IV/b", "Dokter Ahli Madya", False),
    ("emp_dokter_pertama_rsud", "dr. Wulan Sari", "dept_rsud_pelayanan", "fungsional",
     "ahli_pertama", F, 1994, 2021, "III/b", "Dokter Ahli Pertama", False),
    ("emp_perawat_muda_rsud", "Ns. Hartini, S.Kep.", "dept_rsud_keperawatan", "fungsional",
     "ahli_muda", F, 1982, 2007, "III/d", "Perawat Ahli Muda", False),
    ("emp_perawat_penyelia_rsud", "Muhammad Ridwan, A.Md.Kep.", "dept_rsud_keperawatan",
     "fungsional", "penyelia", M, 1977, 2000, "III/c", "Perawat Penyelia", False),
    ("emp_perawat_terampil_rsud", "Yuliani, A.Md.Kep.", "dept_rsud_keperawatan", "fungsional",
     "terampil", F, 1997, 2022, False, "Perawat Terampil", True),
    ("emp_pelaksana_rsud", "Hendra", "dept_rsud", "pelaksana", False, M, 1993, 2018, "II/c",
     "Pengadministrasi Rekam Medis", False),
    # Kecamatan Katobu and Kelurahan Raha I
    ("emp_kasi_trantib_katobu", "La Ode Sahrun, S.Sos.", "dept_seksi_trantib_katobu",
     "pengawas", False, M, 1985, 2010, "III/c", "Kepala Seksi Trantibum", False),
    ("emp_pelaksana_trantib_katobu", "Irwan", "dept_seksi_trantib_katobu", "pelaksana", False,
     M, 1996, 2020, "II/b", "Pengadministrasi Ketenteraman", False),
    ("emp_pelaksana_raha1_b", "Wa Ode Asriani", "dept_kel_raha1", "pelaksana", False, F, 1998,
     2023, False, "Pengadministrasi Kelurahan", True),
]

# The government next door, for the cross-agency flow (R18).
NEIGHBOUR = "Kabupaten Sebelah"
NEIGHBOUR_UNITS = [
    ("dept_sebelah_setda", "Sekretariat Daerah Kabupaten Sebelah", "setda", None, True, None),
    ("dept_sebelah_dinkes", "Dinas Kesehatan Kabupaten Sebelah", "dinas", None, True,
     "DINKES"),
]
NEIGHBOUR_EMPLOYEES = [
    ("emp_sebelah_sekda", "Drs. Amiruddin Lasida, M.Si.", "dept_sebelah_setda",
     "jpt_pratama", False, M, 1967, 1993, "IV/d", "Sekretaris Daerah", False),
    ("emp_sebelah_kadis", "dr. Rahmawati Said, M.Kes.", "dept_sebelah_dinkes",
     "jpt_pratama", False, F, 1972, 1999, "IV/c", "Kepala Dinas Kesehatan", False),
    ("emp_sebelah_epid", "Irfan Saputra, S.KM., M.Epid.", "dept_sebelah_dinkes",
     "fungsional", "ahli_muda", M, 1986, 2011, "III/d", "Epidemiolog Kesehatan Ahli Muda",
     False),
]
HEADS = {
    "dept_asisten_ekbang": "emp_asisten_ekbang",
    "dept_bagian_perekonomian": "emp_kabag_perekonomian",
    "dept_bkpsdm": "emp_kaban_bkpsdm",
    "dept_bkpsdm_mutasi": "emp_kabid_mutasi",
    "dept_inspektorat": "emp_inspektur",
    "dept_itda_sekretariat": "emp_sekretaris_itda",
    "dept_itda_irban1": "emp_irban1",
    "dept_dinkes_sekretariat": "emp_sekretaris_dinkes",
    "dept_dinkes_subbag_umum": "emp_kasubag_umum_dinkes",
    "dept_seksi_p2ptm": "emp_kasi_p2ptm",
    "dept_dpk": "emp_kadis_dpk",
    "dept_dpk_sekretariat": "emp_sekretaris_dpk",
    "dept_rsud": "emp_direktur_rsud",
    "dept_rsud_pelayanan": "emp_kabid_pelayanan_rsud",
    "dept_rsud_keperawatan": "emp_kasi_keperawatan_rsud",
    "dept_seksi_trantib_katobu": "emp_kasi_trantib_katobu",
    "dept_sebelah_setda": "emp_sebelah_sekda",
    "dept_sebelah_dinkes": "emp_sebelah_kadis",
}

# The documented logins (README "Demo: Kabupaten Contoh"): login -> (employee, groups, the PDs
# an HR clerk administers). Password = login.
PEGAWAI = "sistem_kerja_asn.group_pegawai"
LOGINS = {
    "clerk": ("emp_clerk_dinkes", ["base.group_user", "sistem_kerja_asn.group_admin_pd"],
              ["dept_dinkes"]),
    "bkpsdm": ("emp_analis_sdm_bkpsdm",
               ["base.group_user", "sistem_kerja_asn.group_admin_daerah"], []),
    "kadis": ("emp_kadis_kes", ["base.group_user", PEGAWAI], []),
    "kabid": ("emp_kabid_p2p", ["base.group_user", PEGAWAI], []),
    "ketua": ("emp_epid_muda", ["base.group_user", PEGAWAI], []),
    "jf": ("emp_epid_pertama", ["base.group_user", PEGAWAI], []),
    # the other officials who act in the demo's flows
    "sekda": ("emp_sekda", ["base.group_user", PEGAWAI], []),
    "kapus": ("emp_kapus_raha", ["base.group_user", PEGAWAI], []),
    "kadisdpk": ("emp_kadis_dpk", ["base.group_user", PEGAWAI], []),
    "sekda.sebelah": ("emp_sebelah_sekda", ["base.group_user", PEGAWAI], []),
    "kadis.sebelah": ("emp_sebelah_kadis", ["base.group_user", PEGAWAI], []),
}
# The portal-only employee: granted by the HR clerk with the employee form's button.
PORTAL_LOGIN = ("pegawai", "emp_perawat_terampil", "clerk")


def demo_nip(index, birth_year, cpns_year, sex, pppk):
    """A NIP as rules/nip.py reads it: birth date, CPNS year and month (21 for a PPPK), sex
    digit, serial; the day and month follow the row's index, the serial is unique."""
    birth = date(birth_year, 1 + (index * 5) % 12, 1 + (index * 11) % 28)
    month = 21 if pppk else 1 + (index * 7) % 12
    if not pppk and (cpns_year, month) < (birth_year + 18, birth.month):
        month = birth.month
    return "%s%04d%02d%s%03d" % (birth.strftime("%Y%m%d"), cpns_year, month, sex, 101 + index)


# Titles and the particles of Buton-Muna and Bugis names, left out of an e-mail address.
_NOT_IN_EMAIL = frozenset({"la", "wa", "ode", "laode", "waode", "andi", "muh", "h", "hj"})


def work_email(name, taken=()):
    """first.second@contoh.go.id from a name with its titles; a digit where it is taken."""
    main = name.split(",")[0]
    words = [w for w in main.split() if not w.endswith(".") and w.lower() not in _NOT_IN_EMAIL]
    words = words or main.split()[-1:]
    text = unicodedata.normalize("NFKD", ".".join(words[:2])).encode("ascii", "ignore").decode()
    local = re.sub(r"[^a-z.]", "", text.lower())
    email, count = "%s@%s" % (local, MAIL_DOMAIN), 1
    while email in taken:
        count += 1
        email = "%s%s@%s" % (local, count, MAIL_DOMAIN)
    return email


class AsnDemoLoader(models.AbstractModel):
    _name = "asn.demo.loader"
    _description = "Sistem Kerja ASN: demo regency loader"

    # -- xml ids ----------------------------------------------------------------------------

    @api.model
    def _ref(self, name):
        return self.env.ref("%s.%s" % (MODULE, name), raise_if_not_found=False)

    @api.model
    def _name_it(self, name, record):
        self.env["ir.model.data"]._update_xmlids([{
            "xml_id": "%s.%s" % (MODULE, name), "record": record, "noupdate": True,
        }])
        return record

    @api.model
    def _as(self, record, login):
        """``record`` as the demo user ``login`` would act on it, in his own companies."""
        user = self._ref("demo_user_%s" % login.replace(".", "_"))
        return record.with_user(user).with_context(allowed_company_ids=user.company_ids.ids)

    # -- entry point --------------------------------------------------------------------------

    @api.model
    def _load_demo(self):
        """Everything missing of the demo regency; nothing twice. A failure is logged and
        leaves the rest of the demo data (sistem_kerja_asn_demo.xml) in place: Odoo would
        otherwise drop the whole demo of the module."""
        try:
            with self.env.cr.savepoint():
                self._load_regency()
        except Exception:  # noqa: BLE001
            _logger.warning("Demo Kabupaten Contoh could not be loaded.", exc_info=True)
            self.env.invalidate_all()
            self.env.registry.clear_cache()  # xml ids of the rolled back records

    @api.model
    def _load_regency(self):
        company = self.env.ref("base.main_company")
        if not self._ref("demo_company_sebelah"):  # the first load names the government
            company.name = REGENCY
        self.env["asn.kedudukan.policy"]._for_company(company)  # national preset
        neighbour = self._neighbour_company()
        self._load_units(company, UNITS)
        self._load_units(neighbour, NEIGHBOUR_UNITS)
        created = self._load_employees(company, EMPLOYEES, offset=0)
        created |= self._load_employees(neighbour, NEIGHBOUR_EMPLOYEES, offset=len(EMPLOYEES))
        self._load_heads(created)
        self._complete_old_demo(company)
        if not company.asn_pyb_id:
            company.asn_pyb_id = self._ref("emp_sekda")
        if not neighbour.asn_pyb_id:
            neighbour.asn_pyb_id = self._ref("emp_sebelah_sekda")
        self._load_users()
        self._load_portal_user()
        logins = [*LOGINS, PORTAL_LOGIN[0]]
        if self._ref("demo_flows_done") or not all(
                self._ref("demo_user_%s" % login.replace(".", "_")) for login in logins):
            return
        self._load_flows()
        self._name_it("demo_flows_done", self._ref("dept_dinkes"))

    @api.model
    def _neighbour_company(self):
        company = self._ref("demo_company_sebelah")
        if not company:
            company = self._name_it("demo_company_sebelah", self.env["res.company"].create({
                "name": NEIGHBOUR, "asn_letter_government_name": "Pemerintah " + NEIGHBOUR,
            }))
        self.env["asn.kedudukan.policy"]._for_company(company)
        return company

    @api.model
    def _load_units(self, company, rows):
        Dept = self.env["hr.department"].with_context(skasn_no_recompute=True)
        for xmlid, name, kind, parent, is_pd, code in rows:
            if self._ref(xmlid):
                continue
            self._name_it(xmlid, Dept.create({
                "name": name, "unit_kind": kind, "is_perangkat_daerah": is_pd,
                "parent_id": parent and self._ref(parent).id, "company_id": company.id,
                "kode_surat": code or False,
            }))

    @api.model
    def _taken_emails(self):
        return set(self.env["hr.employee"].with_context(active_test=False).search(
            [("work_email", "!=", False)]).mapped("work_email"))

    @api.model
    def _load_employees(self, company, rows, offset):
        Emp = self.env["hr.employee"].with_context(skasn_no_recompute=True)
        taken = self._taken_emails()
        created = False
        for index, row in enumerate(rows, start=offset):
            xmlid, name, unit, jabatan, jenjang, sex, born, cpns, grade, title, pppk = row
            if self._ref(xmlid):
                continue
            created = True
            email = work_email(name, taken)
            taken.add(email)
            self._name_it(xmlid, Emp.create({
                "name": name, "department_id": self._ref(unit).id, "company_id": company.id,
                "jabatan_type": jabatan, "jenjang": jenjang, "job_title": title,
                "nip": demo_nip(index, born, cpns, sex, pppk),
                "asn_type": "pppk" if pppk else "pns", "pangkat_golongan": grade,
                "gender": "male" if sex == M else "female",
                "work_email": email,
            }))
        return created

    @api.model
    def _load_heads(self, changed):
        """The heads of the new units, then the appraisers of everyone, once (R2-R9)."""
        for unit, head in HEADS.items():
            dept = self._ref(unit)
            if not dept.manager_id:
                dept.with_context(skasn_no_recompute=True).manager_id = self._ref(head)
                changed = True
        if not changed:
            return  # an update of a database that has the demo already
        Emp = self.env["hr.employee"]
        for company in self.env.ref("base.main_company") | self._ref("demo_company_sebelah"):
            Emp._kedudukan_recompute_company(company)

    @api.model
    def _complete_old_demo(self, company):
        """The employees of the first demo file get their work e-mail and sex."""
        employees = self.env["hr.employee"].search([
            ("company_id", "=", company.id), ("work_email", "=", False), ("nip", "!=", False),
        ])
        taken = self._taken_emails()
        for emp in employees:
            vals = {"work_email": work_email(emp.name, taken)}
            taken.add(vals["work_email"])
            if not emp.gender:
                vals["gender"] = "male" if emp.nip[14] == M else "female"
            emp.write(vals)

    @api.model
    def _load_users(self):
        """Each role's user, its groups set in full as a clerk sets them on the user form (so
        none of the template user's defaults, e.g. hr's Employees / Administrator, come with
        it), linked to its employee."""
        Users = self.env["res.users"].with_context(no_reset_password=True)
        for login, (emp_xmlid, groups, pds) in LOGINS.items():
            xmlid = "demo_user_%s" % login.replace(".", "_")
            if self._ref(xmlid):
                continue
            emp = self._ref(emp_xmlid)
            if emp.user_id:  # linked to a user of its own (an upgraded database): kept
                _logger.info("Demo login %s not made: %s already has a user.", login, emp.name)
                continue
            group_ids = [self.env.ref(g).id for g in groups]
            if PEGAWAI not in groups:
                group_ids.append(self.env.ref(PEGAWAI).id)
            user = Users.create({
                "name": emp.name, "login": login, "email": emp.work_email,
                "company_id": emp.company_id.id, "company_ids": [(6, 0, emp.company_id.ids)],
                "groups_id": [(6, 0, group_ids)], "tz": "Asia/Makassar",
                "asn_admin_pd_ids": [(6, 0, [self._ref(pd).id for pd in pds])],
            })
            self._set_demo_password(user)
            self._name_it(xmlid, user)
            emp.user_id = user

    @api.model
    def _set_demo_password(self, user):
        """Password = login. The demo's passwords are public, so they are hashed with few
        rounds: Odoo's 600,000 rounds cost seconds per user at every install of the demo. Odoo
        verifies a hash of any rounds (they are part of the hash) and rehashes it with its own
        rounds at the first login (``verify_and_update``)."""
        quick = CryptContext(["pbkdf2_sha512"], pbkdf2_sha512__rounds=1000)
        user._set_encrypted_password(user.id, quick.hash(user.login))

    @api.model
    def _load_portal_user(self):
        login, emp_xmlid, clerk = PORTAL_LOGIN
        xmlid = "demo_user_%s" % login
        if self._ref(xmlid):
            return
        emp = self._ref(emp_xmlid)
        if emp.user_id or not self._ref("demo_user_%s" % clerk):
            _logger.info("Demo login %s not made: %s already has a user.", login, emp.name)
            return
        self._as(emp, clerk).action_asn_grant_portal()  # the employee form's button
        user = emp.user_id
        user.write({"login": login, "tz": "Asia/Makassar"})
        self._set_demo_password(user)
        self._name_it(xmlid, user)

    # -- the work, through the workflow engine ----------------------------------------------

    @api.model
    def _load_flows(self):
        today = date.today()
        self._assignments(today)
        self._teams(today)
        self._reports()
        self._performance(today)

    @api.model
    def _steps(self, rec, steps):
        """Move ``rec`` through the (login, method, kwargs) steps, each as that user: ``write``
        writes the values, any other method is the button of that name."""
        for who, method, *args in steps:
            target = self._as(rec, who)
            if method == "write":
                target.write(args[0])
            else:
                getattr(target, method)(**(args[0] if args else {}))

    @api.model
    def _assignment(self, xmlid, login, vals, steps=()):
        """An assignment created by ``login`` and moved by the (login, method, kwargs) steps."""
        Penugasan = self._as(self.env["asn.penugasan"], login)
        rec = Penugasan.create(dict({"date_end": date.today() + timedelta(days=60)}, **vals))
        self._steps(rec, steps)
        return self._name_it(xmlid, rec.sudo())

    @api.model
    def _assignments(self, today):
        r = self._ref
        request = {
            "scope": "lintas_unit", "owning_unit_id": r("dept_bidang_p2p").id,
            "target_unit_id": r("dept_puskesmas_raha").id, "nature": "insidental",
            "purpose": "Memperkuat pelacakan kontak kasus campak",
            "competence": "Keperawatan komunitas, pelacakan kontak",
            "expected_target": "Seluruh kontak erat terlacak dalam 14 hari",
        }
        abroad = dict(request, scope="lintas_instansi", target_company_id=r(
            "demo_company_sebelah").id, target_unit_id=r("dept_sebelah_dinkes").id,
            purpose="Analisis bersama KLB difteri di perbatasan kabupaten",
            competence="Epidemiologi lapangan", nature="insidental",
            expected_target="Laporan analisis bersama dalam satu bulan")
        pick = {"employee_id": r("emp_perawat_pertama").id}
        self._assignment("demo_penugasan_draft", "kabid", {
            "employee_id": r("emp_epid_pertama").id,
            "description": "Menyusun pedoman penyelidikan epidemiologi campak",
        })
        self._assignment("demo_penugasan_delivered", "kabid", {
            "employee_id": r("emp_epid_pertama").id,
            "description": "Menyusun laporan surveilans penyakit bulanan",
            "expected_target": "Laporan setiap tanggal 5",
        }, [("kabid", "action_issue_letter")])
        self._assignment("demo_penugasan_done", "kabid", {
            "employee_id": r("emp_epid_muda").id,
            "description": "Mengoordinasikan bulan imunisasi anak sekolah",
            "expected_target": "Cakupan imunisasi 95%",
        }, [("kabid", "action_issue_letter"), ("ketua", "action_acknowledge")])
        # R17 across units: halfway, the request sent and not answered yet.
        self._assignment("demo_penugasan_lintas_unit", "kabid", dict(
            request, description="Bergabung dalam pelacakan kontak kasus campak"),
            [("kabid", "action_send")])
        self._assignment("demo_penugasan_recommendation", "kabid", dict(
            request, description="Pendampingan kader posyandu di wilayah Puskesmas Raha"),
            [("kabid", "action_send"), ("kapus", "action_approve")])
        self._assignment("demo_penugasan_letter_draft", "kabid", dict(
            request, description="Vaksinator tambahan pada bulan imunisasi"),
            [("kabid", "action_send"), ("kapus", "action_approve"), ("kapus", "write", pick),
             ("kapus", "action_recommend")])
        self._assignment("demo_penugasan_cancelled", "kabid", dict(
            request, description="Pendataan ulang sasaran imunisasi"),
            [("kabid", "action_send"), ("kabid", "action_cancel")])
        self._assignment("demo_penugasan_refused", "kabid", dict(
            request, description="Pendataan faktor risiko penyakit tidak menular"),
            [("kabid", "action_send"),
             ("kapus", "action_refuse", {"reason": "Perawat sedang menjalani pelatihan"})])
        # R20, R21: volunteering within and across units.
        volunteer = {"method": "sukarela", "description": "Menjadi narasumber kelas ibu hamil"}
        self._assignment("demo_penugasan_proposed", "jf", dict(volunteer),
                         [("jf", "action_send")])
        across = dict(volunteer, scope="lintas_unit",
                      owning_unit_id=r("dept_puskesmas_raha").id,
                      description="Membantu penyelidikan kasus diare di wilayah Puskesmas")
        self._assignment("demo_penugasan_owner_review", "jf", dict(across),
                         [("jf", "action_send")])
        self._assignment("demo_penugasan_approved", "ketua", dict(
            across, description="Menjadi fasilitator pelatihan kader surveilans"),
            [("ketua", "action_send"), ("kapus", "action_approve")])
        self._assignment("demo_penugasan_ppk_review", "jf", dict(
            across, description="Membantu validasi data kohort ibu hamil"),
            [("jf", "action_send"), ("kapus", "action_approve"), ("jf", "action_forward")])
        # R18 across agencies: one halfway at the other government's PyB, unanswered.
        self._assignment("demo_penugasan_requester_pyb", "kabid", dict(
            abroad, description="Pertukaran data surveilans lintas kabupaten"),
            [("kabid", "action_send")])
        self._assignment("demo_penugasan_lintas_instansi", "kabid", dict(abroad, description=(
            "Bergabung dalam penyelidikan epidemiologi KLB difteri di perbatasan")),
            [("kabid", "action_send"), ("sekda", "action_approve")])
        self._assignment("demo_penugasan_availability", "kabid", dict(
            abroad, description="Pendampingan analisis data kematian ibu"),
            [("kabid", "action_send"), ("sekda", "action_approve"),
             ("sekda.sebelah", "action_approve"), ("kadis.sebelah", "action_recommend")])
        self._assignment("demo_penugasan_names_review", "kabid", dict(
            abroad, description="Narasumber pertemuan evaluasi program imunisasi"),
            [("kabid", "action_send"), ("sekda", "action_approve"),
             ("sekda.sebelah", "action_approve"), ("kadis.sebelah", "action_recommend"),
             ("kadis.sebelah", "write", {"employee_id": r("emp_sebelah_epid").id}),
             ("kadis.sebelah", "action_propose_names")])
        # The portal employee's letter, to receive on /my/penugasan.
        self._assignment("demo_penugasan_portal", "kapus", {
            "employee_id": r("emp_perawat_terampil").id,
            "description": "Mendampingi pelayanan posyandu lansia di Kelurahan Raha I",
            "expected_target": "Empat posyandu lansia setiap bulan",
        }, [("kapus", "action_issue_letter")])

    @api.model
    def _team(self, xmlid, login, vals, steps=()):
        Team = self._as(self.env["asn.tim.kerja"], login)
        team = Team.create(dict({"kind": "insidental",
                                 "date_end": date.today() + timedelta(days=120)}, **vals))
        for who, method, *args in steps:
            target = self._as(team, who)
            if method == "decree":
                pd = team.sudo().owning_unit_id.perangkat_daerah_id
                target.write({"decree_number": pd._asn_next_letter_number(date.today()),
                              "decree_date": date.today()})
            elif method == "consents":
                for member in team.sudo().member_ids.filtered(
                        lambda m: m.consent_state == "pending"):
                    user = member.consent_leader_id.user_id
                    member.with_user(user).with_context(
                        allowed_company_ids=user.company_ids.ids).action_consent()
            else:
                self._steps(team, [(who, method, *args)])
        return self._name_it(xmlid, team.sudo())

    @api.model
    def _teams(self, today):
        r = self._ref

        def members(*rows):
            return [(0, 0, {"employee_id": r(emp).id, "role": role}) for emp, role in rows]

        p2p = r("dept_bidang_p2p").id
        self._team("demo_tim_draft", "kabid", {
            "name": "Tim Penyusunan Profil Kesehatan", "owning_unit_id": p2p,
            "mandate": "Menyusun profil kesehatan kabupaten tahun berjalan",
            "member_ids": members(("emp_epid_muda", "ketua"), ("emp_epid_pertama", "anggota")),
        })
        self._team("demo_tim_proposed", "kabid", {
            "name": "Tim Respons Cepat KLB Campak", "owning_unit_id": p2p,
            "mandate": "Menanggulangi KLB campak dalam 30 hari",
            "member_ids": members(("emp_epid_muda", "ketua"), ("emp_epid_pertama", "anggota"),
                                  ("emp_perawat_pertama", "anggota")),
        }, [("kabid", "action_propose")])
        self._team("demo_tim_established", "kabid", {
            "name": "Tim Eliminasi Malaria", "owning_unit_id": p2p,
            "mandate": "Nol kasus malaria indigenous tahun ini",
            "member_ids": members(("emp_epid_muda", "ketua"), ("emp_epid_pertama", "anggota"),
                                  ("emp_kasi_surveilans", "anggota")),
            "target_ids": [(0, 0, {"name": "Kasus malaria indigenous", "target_value": "0"})],
        }, [("kabid", "action_propose"), ("kabid", "decree"), ("kabid", "action_establish")])
        self._team("demo_tim_closed", "kabid", {
            "name": "Tim Verifikasi Data Imunisasi Triwulan I", "owning_unit_id": p2p,
            "mandate": "Memverifikasi data imunisasi triwulan I",
            "member_ids": members(("emp_epid_pertama", "ketua"), ("emp_pelaksana_p2ptm",
                                                                   "anggota")),
        }, [("kabid", "action_propose"), ("kabid", "decree"), ("kabid", "action_establish"),
            ("kabid", "action_close")])
        self._team("demo_tim_dissolved", "kabid", {
            "name": "Tim Survei Perilaku Merokok", "owning_unit_id": p2p,
            "mandate": "Survei perilaku merokok remaja",
            "member_ids": members(("emp_kasi_p2ptm", "ketua"), ("emp_pelaksana_p2ptm",
                                                               "anggota")),
        }, [("kabid", "action_propose"), ("kabid", "decree"), ("kabid", "action_establish"),
            ("kabid", "action_dissolve", {"reason": "Anggaran survei dialihkan ke penanganan "
                                                    "KLB"})])
        # R28: the one-level Dinas steers its functional officials' team through a Pengendali.
        self._team("demo_tim_pengendali", "kadisdpk", {
            "name": "Tim Digitalisasi Arsip Statis", "kind": "rutin",
            "owning_unit_id": r("dept_dpk").id,
            "date_end": date(today.year, 12, 31),
            "mandate": "Mendigitalkan arsip statis daerah tahun anggaran berjalan",
            "member_ids": members(("emp_pustakawan_madya", "pengendali"),
                                  ("emp_arsiparis_muda", "ketua"),
                                  ("emp_arsiparis_mahir", "anggota"),
                                  ("emp_arsiparis_terampil", "anggota"),
                                  ("emp_pustakawan_pertama", "anggota")),
            "target_ids": [(0, 0, {"name": "Arsip statis terdigitalisasi",
                                   "target_value": "5.000 lembar"})],
        }, [("kadisdpk", "action_propose"), ("kadisdpk", "decree"),
            ("kadisdpk", "action_establish")])

    @api.model
    def _report(self, xmlid, login, assignment, name, steps=()):
        rec = self._ref(assignment)
        report = self._as(self.env["asn.laporan"], login).create({
            "name": name, "penugasan_id": rec.id, "submitter_id": rec.employee_id.id,
            "content": "<p>%s</p>" % name,
        })
        self._steps(report, steps)
        return self._name_it(xmlid, report.sudo())

    @api.model
    def _reports(self):
        done = "demo_penugasan_done"
        self._report("demo_laporan_draft", "ketua", done, "Laporan minggu keempat")
        self._report("demo_laporan_submitted", "ketua", done, "Laporan minggu pertama",
                     [("ketua", "action_submit")])
        self._report("demo_laporan_in_review", "ketua", done, "Laporan minggu kedua",
                     [("ketua", "action_submit"), ("kabid", "action_accept")])
        self._report("demo_laporan_returned", "jf", "demo_penugasan_delivered",
                     "Laporan surveilans bulan lalu",
                     [("jf", "action_submit"),
                      ("kabid", "action_return", {"reason": "Lampirkan grafik tren per desa"})])
        self._report("demo_laporan_resubmitted", "ketua", done, "Laporan minggu ketiga",
                     [("ketua", "action_submit"),
                      ("kabid", "action_return", {"reason": "Tambahkan data sekolah swasta"}),
                      ("ketua", "action_submit")])
        self._report("demo_laporan_accepted", "ketua", done, "Laporan persiapan",
                     [("ketua", "action_submit"), ("kabid", "action_accept"),
                      ("kadis", "action_accept")])

    @api.model
    def _kinerja(self, xmlid, login, year, expectation, parent=None, steps=(), org=None):
        """A performance record of ``login`` with one main RHK (supporting ``parent``, or for a
        JPT answering the organisation's indicator ``org``), moved through ``steps``."""
        Kinerja = self._as(self.env["asn.kinerja"], login)
        emp = self._ref(dict((k, v[0]) for k, v in LOGINS.items())[login])
        rec = Kinerja.create({
            "employee_id": emp.id, "date_start": date(year, 1, 1),
            "date_end": date(year, 12, 31), "checkin_frequency": "quarterly",
        })
        Kinerja.env["asn.kinerja.expectation"].create({
            "kinerja_id": rec.id, "name": expectation[0], "indicator": expectation[1],
            "target": expectation[2], "parent_id": parent.id if parent else False,
            "organisation_indicator": org or False,
        })
        self._steps(rec, steps)
        return self._name_it(xmlid, rec.sudo())

    @api.model
    def _performance(self, today):
        last = today.year - 1
        rate = [("write", {"rating_hasil_kerja": "as_expected",
                           "rating_perilaku": "as_expected",
                           "rating_note": "Target tercapai sesuai bukti dukung"}),
                ("action_rate",)]
        kadis = self._kinerja(
            "demo_kinerja_kadis_last_year", "kadis", last,
            ("Meningkatnya cakupan imunisasi dasar lengkap", "Cakupan IDL", "95%"),
            org="IKU Dinas Kesehatan: persentase anak usia 12-23 bulan dengan imunisasi lengkap",
            steps=[("sekda", "action_agree"), ("kadis", "action_start")]
            + [("sekda", *step) for step in rate])
        kabid = self._kinerja(
            "demo_kinerja_kabid_last_year", "kabid", last,
            ("Surveilans PD3I berjalan di semua puskesmas", "Puskesmas melapor", "100%"),
            parent=kadis.expectation_ids[:1],
            steps=[("kadis", "action_agree"), ("kabid", "action_start")]
            + [("kadis", *step) for step in rate])
        self._kinerja(
            "demo_kinerja_ketua_last_year", "ketua", last,
            ("Analisis data PD3I setiap triwulan", "Analisis triwulan", "4 dokumen"),
            parent=kabid.expectation_ids[:1],
            steps=[("kabid", "action_agree"), ("ketua", "action_start")]
            + [("kabid", "write", {"rating_hasil_kerja": "above",
                                   "rating_perilaku": "as_expected",
                                   "rating_note": "Analisis selalu tepat waktu"}),
               ("kabid", "action_rate")])
        this_year = self._ref("kinerja_kadis_kes")
        parent = this_year.expectation_ids[:1] if this_year else None
        self._kinerja(
            "demo_kinerja_kapus", "kapus", today.year,
            ("Pelayanan kesehatan dasar sesuai standar", "Capaian SPM kesehatan", "100%"),
            parent=parent, steps=[("kadis", "action_agree"), ("kapus", "action_start")])
        self._kinerja(
            "demo_kinerja_kadisdpk", "kadisdpk", today.year,
            ("Meningkatnya arsip statis yang terselamatkan", "Arsip terdigitalisasi",
             "5.000 lembar"), steps=[("sekda", "action_agree")],
            org="IKU Dinas Perpustakaan dan Kearsipan: persentase arsip statis yang diselamatkan")
        self._kinerja(
            "demo_kinerja_clerk", "clerk", today.year,
            ("Data kepegawaian Dinas Kesehatan mutakhir", "Data pegawai valid", "100%"),
            parent=parent)
