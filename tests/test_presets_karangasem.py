"""Fast tier: Perbup Karangasem 15/2023 as rules/presets/karangasem.py states it, one test per article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import JPT
from test_rules_kedudukan import PGW
from test_rules_kedudukan import PLK
from test_rules_kedudukan import Org
from test_rules_kedudukan import dinas

from sistem_kerja_asn.rules import kedudukan as k
from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import tim_kerja as tk
from sistem_kerja_asn.rules.presets import get_options
from sistem_kerja_asn.rules.presets import get_policy


def test_kra_ps_39_2_one_level_dinas_kepala_dinas_assigns_sekretaris_kasubbag_and_jf():
    """KRA Pasal 39(2), with Pasal 36 a.

    "Ketentuan struktur penugasan pada Dinas/Badan sebagaimana dimaksud pada ayat (1) sebagai
    berikut, Kepala Dinas/Badan menetapkan dan memberikan penilaian kinerja serta memberikan
    penugasan bagi Sekretaris, Kepala Sub Bagian, Koordinator, Pejabat Fungsional dan pelaksana."
    """
    org = Org()
    d = org.unit("DPMPTSP", "dinas", org.root, head=("Kadis", JPT), pd=True)  # no override
    sek = org.unit("Sekretariat", "other", d, head=("Sekretaris", ADM))
    sub = org.unit("Subbagian Umum", "subbagian", d, head=("Kasubbag", PGW))
    org.person("JF Muda", sek, JF, "ahli_muda")
    org.person("Staf", sub, PLK)
    org.resolve("karangasem")
    assert org.of("JF Muda")[:2] == ("Kadis", "Kadis")
    assert org.of("Staf")[:2] == ("Kadis", "Kadis")
    assert org.of("Sekretaris")[:2] == ("Kadis", "Kadis")
    assert org.of("Kasubbag")[:2] == ("Kadis", "Kadis")
    assert not any(u.ppk_override or u.puo_override for u in org.units.values())


def test_kra_ps_41_2_c_two_level_dinas_sekretaris_and_kabid_assign():
    """KRA Pasal 41(2)(b)-(c).

    "b. kepala Dinas/Badan memberikan penilaian kinerja bagi Pejabat Fungsional dan pelaksana; dan
    c. Pejabat Fungsional dan pelaksana menerima penugasan dari sekretaris dan kepala bidang selaku
    pimpinan Unit Organisasi."
    """
    org = Org()
    d = org.unit("Dinas Kesehatan", "dinas", org.root, head=("Kadis", JPT), pd=True)
    sek = org.unit("Sekretariat", "other", d, head=("Sekretaris", ADM))
    bidang = org.unit("Bidang P2P", "bidang", d, head=("Kabid", ADM))
    org.person("JF Sek", sek, JF, "ahli_pertama")
    org.person("JF Bidang", bidang, JF, "ahli_madya")
    org.resolve("karangasem")
    assert org.of("JF Sek")[:2] == ("Kadis", "Sekretaris")
    assert org.of("JF Bidang")[:2] == ("Kadis", "Kabid")


def test_kra_ps_14_3_a_b_cross_unit_request_goes_to_the_ppk_where_the_jf_sits():
    """KRA Pasal 14(3)(a)-(b), with Pasal 41(2)(b).

    "a. pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan Pejabat
    Fungsional atau pelaksana kepada Pejabat Penilai Kinerja dituju dimana Pejabat Fungsional atau
    pelaksana dimaksud berada dengan tembusan Pejabat Penilai Kinerja bersangkutan;
    b. terhadap surat permohonan pelibatan Pejabat Fungsional atau pelaksana, Pejabat Penilai
    Kinerja dituju dimana Pejabat Fungsional atau pelaksana dimaksud berada, memroses dan menjawab
    permohonan pelibatan Pejabat Fungsional atau pelaksana tersebut;"
    Ps 41(2)(b): "kepala Dinas/Badan memberikan penilaian kinerja bagi Pejabat Fungsional dan
    pelaksana". Before the employee is named the request goes to the PPK where he sits: in a
    Karangasem Dinas the Kepala Dinas, not the head of the chosen Bidang.
    """
    org = Org()
    d = org.unit("Dinas Kesehatan", "dinas", org.root, head=("Kadis", JPT), pd=True)
    bidang = org.unit("Bidang P2P", "bidang", d, head=("Kabid", ADM))
    seksi = org.unit("Seksi Surveilans", "seksi", bidang, head=("Kasi", PGW))
    ids = org.person_ids

    def officials(key, unit):
        ppk, puo = k.officials_for_unit(org.units.values(), org.people.values(), get_policy(key), unit)
        return next(n for n, i in ids.items() if i == ppk), next(n for n, i in ids.items() if i == puo)

    assert officials("karangasem", bidang) == ("Kadis", "Kabid")
    assert officials("karangasem", seksi) == ("Kadis", "Kabid")
    # every preset: the PPK of a JF placed there, not simply the chosen unit's head
    assert officials("national", seksi) == ("Kabid", "Kabid")
    assert officials("denpasar", seksi) == ("Kasi", "Kabid")
    assert officials("muna", seksi) == ("Kabid", "Kabid")  # MUN Lamp D.3 b(8)-(11)
    assert officials("bekasi", seksi) == ("Kabid", "Kabid")  # BKS Ps 34(2)-(3), a JF
    assert officials("barito_timur", seksi) == ("Kasi", "Kasi")  # BRT Lamp I.2 (Pengawas)


# --- the kedudukan table of Perbup Karangasem 15/2023 (RULES.md §I, KRA rows) -----------------


def test_kra_ps_27_2_28_2_setda_kepala_bagian_ppk_and_puo_of_ahli_madya_too():
    """KRA Pasal 27(2), 28(2)(c).

    "Pejabat Fungsional Ahli Madya, Pejabat Fungsional Ahli Muda, Pejabat Fungsional Ahli
    Pertama, Pejabat Fungsional Keterampilan dan Pejabat Pelaksana berkedudukan di bawah dan
    bertanggung jawab kepada Kepala Bagian."
    "c. kepala bagian memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat
    Fungsional dan pelaksana."
    """
    org = Org()
    bagian = org.unit("Bagian Hukum", "bagian", org.asisten, head=("Kabag", ADM))
    subbag = org.unit("Subbagian Perundangan", "subbagian", bagian, head=("Kasubbag", PGW))
    org.person("JF Madya", bagian, JF, "ahli_madya")
    org.person("JF Terampil", bagian, JF, "terampil")
    org.person("Staf", subbag, PLK)
    org.resolve("karangasem")
    assert org.of("JF Madya")[:2] == ("Kabag", "Kabag")  # no jenjang ceiling (Ps 27(2))
    assert org.of("JF Terampil")[:2] == ("Kabag", "Kabag")
    assert org.of("Staf")[:2] == ("Kabag", "Kabag")
    org.resolve("national")  # the national ceiling would send the Ahli Madya to the Asisten
    assert org.of("JF Madya")[:2] == ("Asisten", "Kabag")


def test_kra_ps_30_2_31_2_setwan_kepala_bagian_ppk_and_puo():
    """KRA Pasal 30(2), 31(2)(b).

    "Pejabat Fungsional Ahli Madya, [...] dan Pejabat Pelaksana berkedudukan di bawah dan
    bertanggung jawab kepada Kepala Bagian."
    "b. kepala bagian memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat
    Fungsional dan pelaksana."
    """
    org = Org()
    setwan = org.unit("Sekretariat DPRD", "setwan", org.root, head=("Sekwan", JPT), pd=True)
    bagian = org.unit("Bagian Persidangan", "bagian", setwan, head=("Kabag", ADM))
    org.person("JF Madya", bagian, JF, "ahli_madya")
    org.person("Staf", bagian, PLK)
    org.resolve("karangasem")
    assert org.of("JF Madya")[:2] == ("Kabag", "Kabag")
    assert org.of("Staf")[:2] == ("Kabag", "Kabag")
    assert org.of("Kabag")[:2] == ("Sekwan", "Sekwan")  # Ps 31(2)(a): Sekwan sets his target


def test_kra_ps_33_2_34_2_inspektorat_inspektur_ppk_sekretaris_and_irban_puo():
    """KRA Pasal 33(2), 34(2)(b)-(c).

    "b. penilaian kinerja Pejabat Fungsional dan pelaksana dilakukan oleh Inspektur Daerah
    selaku Pejabat Penilai Kinerja; dan
    c. Pejabat Fungsional dan pelaksana menerima penugasan dari Sekretaris dan Inspektur
    Pembantu selaku pimpinan Unit Organisasi."
    """
    org = Org()
    insp = org.unit("Inspektorat Daerah", "inspektorat", org.root, head=("Inspektur", JPT), pd=True)
    irban = org.unit("Inspektur Pembantu I", "other", insp, head=("Irban", ADM))
    sek = org.unit("Sekretariat", "other", insp, head=("Sekretaris", ADM))
    subbag = org.unit("Subbagian Umum", "subbagian", sek, head=("Kasubbag", PGW))
    org.person("Auditor Madya", irban, JF, "ahli_madya")
    org.person("Auditor Pertama", irban, JF, "ahli_pertama")
    org.person("Staf", subbag, PLK)
    org.resolve("karangasem")
    assert org.of("Auditor Madya")[:2] == ("Inspektur", "Irban")
    assert org.of("Auditor Pertama")[:2] == ("Inspektur", "Irban")
    assert org.of("Staf")[:2] == ("Inspektur", "Sekretaris")


def test_kra_ps_39_2_one_level_dinas_kepala_dinas_appraises_the_kasubbag_under_the_sekretaris():
    """KRA Pasal 39(2), with Pasal 36 a.

    "Kepala Dinas/Badan menetapkan dan memberikan penilaian kinerja serta memberikan penugasan
    bagi Sekretaris, Kepala Sub Bagian, Koordinator, Pejabat Fungsional dan pelaksana."
    The Subbagian sits in the Sekretariat, as in DPMPTSP; its Kasubbag is still appraised and
    assigned by the Kepala Dinas, not by the Sekretaris.
    """
    org = Org()
    d = org.unit("DPMPTSP", "dinas", org.root, head=("Kadis", JPT), pd=True)
    sek = org.unit("Sekretariat", "other", d, head=("Sekretaris", ADM))
    sub = org.unit("Subbagian Umum", "subbagian", sek, head=("Kasubbag", PGW))
    org.person("Staf", sub, PLK)
    org.person("JF Madya", d, JF, "ahli_madya")
    org.resolve("karangasem")
    assert org.of("Sekretaris")[:2] == ("Kadis", "Kadis")
    assert org.of("Kasubbag")[:2] == ("Kadis", "Kadis")
    assert org.of("Staf")[:2] == ("Kadis", "Kadis")
    assert org.of("JF Madya")[:2] == ("Kadis", "Kadis")
    # Ps 41(2)(a): in a Dinas with Bidang the Kepala sets the Sekretaris and Kabid only; the
    # Kasubbag stays under the Sekretaris (the head of the unit above)
    org.unit("Bidang Perizinan", "bidang", d, head=("Kabid", ADM))
    org.resolve("karangasem")
    assert org.of("Kasubbag")[:2] == ("Sekretaris", "Sekretaris")


def test_kra_ps_43_2_44_2_kecamatan_camat_ppk_sekcam_and_kasi_puo():
    """KRA Pasal 43(2), 44(2)(b)-(c).

    "Pejabat Fungsional Ahli Madya, [...] dan Pejabat Pelaksana berkedudukan di bawah dan
    bertanggung jawab kepada Camat."
    "b. penilaian kinerja Pejabat Fungsional dan pelaksana dilakukan oleh Camat selaku Pejabat
    Penilai Kinerja; dan
    c. Pejabat Fungsional dan pelaksana menerima penugasan dari Sekretaris Camat dan kepala
    seksi selaku pimpinan Unit Organisasi."
    """
    org = Org()
    kec = org.unit("Kecamatan Abang", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    sekcam = org.unit("Sekretariat Kecamatan", "other", kec, head=("Sekcam", ADM))
    subbag = org.unit("Subbagian Umum", "subbagian", sekcam, head=("Kasubbag", PGW))
    seksi = org.unit("Seksi Pemerintahan", "seksi", kec, head=("Kasi", PGW))
    org.person("JF Madya", seksi, JF, "ahli_madya")
    org.person("Staf Seksi", seksi, PLK)
    org.person("Staf Sekretariat", sekcam, PLK)
    org.person("Staf Subbagian", subbag, PLK)
    org.resolve("karangasem")
    assert org.of("JF Madya")[:2] == ("Camat", "Kasi")
    assert org.of("Staf Seksi")[:2] == ("Camat", "Kasi")
    assert org.of("Staf Sekretariat")[:2] == ("Camat", "Sekcam")
    # the Kasubbag is not named as a PUO: the Sekretaris Camat assigns, the Kasubbag may
    # coordinate (Ps 52)
    assert org.of("Staf Subbagian") == ("Camat", "Sekcam", "Sekda", "Kasubbag")


def test_kra_ps_46_2_47_2_kelurahan_lurah_ppk_and_puo_of_ahli_muda_and_below():
    """KRA Pasal 46(2), 47(2).

    "Pejabat Fungsional Ahli Muda, Pejabat Fungsional Ahli Pertama, Pejabat Fungsional
    Keterampilan dan Pejabat Pelaksana berkedudukan di bawah dan bertanggung jawab kepada Lurah."
    "Lurah memberikan penilaian kinerja sekaligus memberikan penugasan bagi Pejabat Fungsional
    dan pelaksana". The Ahli Madya is not listed under the Lurah.
    """
    org = Org()
    kec = org.unit("Kecamatan Karangasem", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    kel = org.unit("Kelurahan Subagan", "kelurahan", kec, head=("Lurah", PGW))
    seksi = org.unit("Seksi Pelayanan", "seksi", kel, head=("Kasi Kel", PGW))
    org.person("JF Muda", kel, JF, "ahli_muda")
    org.person("JF Pemula", kel, JF, "pemula")
    org.person("Staf", seksi, PLK)
    org.person("JF Madya", kel, JF, "ahli_madya")
    org.resolve("karangasem")
    assert org.of("JF Muda")[:2] == ("Lurah", "Lurah")
    assert org.of("JF Pemula")[:2] == ("Lurah", "Lurah")
    assert org.of("Staf")[:2] == ("Lurah", "Lurah")
    assert org.of("JF Madya")[0] == "Camat"


def test_kra_ps_49_2_50_2_uptd_kepala_ppk_and_puo_of_every_jenjang():
    """KRA Pasal 49(2), 50(2).

    "Pejabat Fungsional Ahli Utama, Pejabat Fungsional Ahli Madya, Pejabat Fungsional Ahli
    Muda, Pejabat Fungsional Ahli Pertama, Pejabat Fungsional Keterampilan dan Pejabat Pelaksana
    berkedudukan di bawah dan bertanggung jawab kepada Kepala Unit Pelaksana Teknis Daerah."
    "Kepala Unit Pelaksana Teknis Daerah memberikan penilaian kinerja sekaligus memberikan
    penugasan bagi Pejabat Fungsional dan pelaksana."
    """
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    uptd = org.unit("UPTD Laboratorium", "uptd", dinkes, head=("Ka UPTD", PGW))
    pkm = org.unit("UPTD Puskesmas Abang", "puskesmas", dinkes, head=("Kapus", JF, "ahli_muda"))
    org.person("JF Utama", uptd, JF, "ahli_utama")
    org.person("JF Madya", uptd, JF, "ahli_madya")
    org.person("Dokter Madya", pkm, JF, "ahli_madya")
    org.person("Dokter Muda", pkm, JF, "ahli_muda")
    org.resolve("karangasem")
    assert org.of("JF Utama")[:2] == ("Ka UPTD", "Ka UPTD")
    assert org.of("JF Madya")[:2] == ("Ka UPTD", "Ka UPTD")
    assert org.of("Dokter Madya")[:2] == ("Kapus", "Kapus")
    assert org.of("Dokter Muda")[:2] == ("Kapus", "Kapus")


def test_kra_ps_14_2_within_the_unit_the_puo_assigns_directly():
    """KRA Pasal 14(2).

    "Mekanisme penunjukan di dalam Unit Organisasi sebagaimana dimaksud pada ayat (1) huruf a
    dilakukan secara langsung oleh Pimpinan Unit Organisasi."
    """
    opts = get_options("karangasem")
    flow = pg.flow(pg.DALAM_UNIT, pg.PENUNJUKAN, opts)
    assert [s.actor for s in flow.steps] == [pg.PUO_EMPLOYEE, pg.EMPLOYEE]
    assert flow.steps[0].actions == {pg.ISSUE_LETTER: pg.DELIVERED}
    assert pg.letter_for(pg.DALAM_UNIT, pg.INDIVIDU, opts) == pg.SURAT_TUGAS  # Ps 12(7)


def test_kra_ps_15_3_volunteer_writes_to_the_target_puo_and_his_own_ppk_issues_the_letter():
    """KRA Pasal 15(3)(a)-(c).

    "a. Pejabat Fungsional atau pelaksana menyampaikan surat permohonan untuk dapat dilibatkan
    dalam pelaksanaan kinerja kepada Pimpinan Unit Organisasi dituju dengan tembusan Pejabat
    Penilai Kinerja dan Pimpinan Unit Organisasi bersangkutan;
    b. apabila Pimpinan Unit Organisasi dituju menyetujui, maka Pejabat Fungsional dan pelaksana
    menyampaikan surat permohonan persetujuan yang telah disetujui oleh Pimpinan Unit Organisasi
    yang dituju kepada Pejabat Penilai Kinerja dengan tembusan Pimpinan Unit Organisasi
    bersangkutan;
    c. apabila Pejabat Penilai Kinerja bersangkutan menyetujui, maka Pejabat Penilai Kinerja
    menyusun surat penugasan [...]"
    """
    flow = pg.flow(pg.LINTAS_UNIT, pg.SUKARELA, get_options("karangasem"))
    assert [s.actor for s in flow.steps] == [
        pg.EMPLOYEE, pg.PUO_OWNER, pg.EMPLOYEE, pg.PPK_EMPLOYEE, pg.EMPLOYEE,
    ]
    first = flow.steps[0].letter(pg.SEND)
    assert (first.to, set(first.copies)) == (pg.PUO_OWNER, {pg.PPK_EMPLOYEE, pg.PUO_EMPLOYEE})
    forward = flow.steps[2].letter(pg.FORWARD)
    assert (forward.to, forward.copies) == (pg.PPK_EMPLOYEE, (pg.PUO_EMPLOYEE,))
    assert pg.ISSUE_LETTER in flow.steps[3].actions
    assert pg.PPK_NOTICE not in flow.states  # no prior notice by the PPK (BKS Ps 90(3) only)


def test_kra_ps_52_a_coordinating_pengawas_may_still_form_teams():
    """KRA Pasal 52.

    "Pejabat Pengawas dapat ditunjuk sebagai pelaksana koordinasi pelaksanaan tugas Pejabat
    Fungsional dan Pelaksana." (Karangasem does not bar him from forming teams, unlike MUN
    Lampiran D.1 b(14).)
    """
    assert tk.may_form_team(True, get_options("karangasem")) is True
    assert tk.may_form_team(True, get_options("muna")) is False
