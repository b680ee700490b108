"""Fast tier: Perbup Bekasi 18/2024 as rules/presets/bekasi.py states it, one test per article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import JPT
from test_rules_kedudukan import PGW
from test_rules_kedudukan import PLK
from test_rules_kedudukan import Org
from test_rules_kedudukan import dinas

from sistem_kerja_asn.rules import kedudukan as k
from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import positions as p
from sistem_kerja_asn.rules.presets import PRESETS
from sistem_kerja_asn.rules.presets import get_options
from sistem_kerja_asn.rules.presets import get_policy


def test_bks_ps_34_2_kabid_appraises_every_jenjang_no_ceiling():
    """BKS Pasal 34(2).

    "Penilaian kinerja Pejabat Fungsional dan/atau Pelaksana dilakukan oleh Kepala Bidang,
    Sekretaris, Kepala Sub Bagian dan/atau Kepala Seksi selaku Pejabat Penilai Kinerja."
    """
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang Bina Marga", "bidang", d, head=("Kabid", ADM))
    seksi = org.unit("Seksi Jalan", "seksi", bidang, head=("Kasi", PGW))
    org.person("JF Madya", bidang, JF, "ahli_madya")
    org.person("Staf", seksi, PLK)
    org.resolve("bekasi")
    assert org.of("JF Madya")[:2] == ("Kabid", "Kabid")  # no national ceiling imposed
    assert org.of("Staf")[:2] == ("Kasi", "Kasi")  # Ps 34(4)
    assert get_policy("bekasi").jenjang_ceiling is False
    assert PRESETS["bekasi"]["ceiling"] == PRESETS["national"]["ceiling"]  # listed, off
    org.resolve(k.policy_from_dict({**PRESETS["bekasi"], "jenjang_ceiling": True}))
    assert org.of("JF Madya")[:2] == ("Kadis", "Kabid")  # switched on: R5 as national


def test_bks_ps_69_2_rsud_led_by_administrator_kasi_and_kasubag_are_ppk_and_puo():
    """BKS Pasal 69(1)-(2), with Pasal 60(3) for the RSUD led by a JPT.

    "(1) Direktur sebagai Pejabat Administrator berkedudukan sebagai Kepala Perangkat Daerah.
    (2) Kepala Seksi dan Kepala Sub Bagian sebagai Pejabat Pengawas berkedudukan sebagai Pejabat
    Penilai Kinerja sekaligus Pimpinan Unit Organisasi."
    """
    org = Org()
    rs = org.unit("RSUD Cabangbungin", "rsud", org.root, head=("Direktur", ADM), pd=True)
    seksi = org.unit("Seksi Pelayanan", "seksi", rs, head=("Kasi", PGW))
    subbag = org.unit("Subbagian Tata Usaha", "subbagian", rs, head=("Kasubag", PGW))
    org.person("Perawat", seksi, JF, "ahli_pertama")
    org.person("Staf TU", subbag, PLK)
    # Ps 60(3), 61(1): in the RSUD led by a JPT, the Kabid (above his Kasi) appraises and assigns
    big = org.unit("RSUD Kabupaten Bekasi", "rsud", org.root, head=("Direktur RSUD", p.JPT_PRATAMA), pd=True)
    bidang = org.unit("Bidang Keperawatan", "bidang", big, head=("Kabid", ADM))
    seksi2 = org.unit("Seksi Asuhan", "seksi", bidang, head=("Kasi Asuhan", PGW))
    org.person("Staf Asuhan", seksi2, PLK)
    org.resolve("bekasi")  # without any override on the units
    assert org.of("Perawat")[:2] == ("Kasi", "Kasi")
    assert org.of("Staf TU")[:2] == ("Kasubag", "Kasubag")
    assert org.of("Staf Asuhan")[:2] == ("Kabid", "Kabid")
    assert not any(u.ppk_override or u.puo_override for u in org.units.values())


def test_bks_ps_17_53_80_surat_perintah_from_the_employees_pd_without_owning_unit():
    """BKS Pasal 17 (and Pasal 53, 80 alike).

    "Penugasan sebagaimana dimaksud pada Pasal 16 ayat (5) bagi pejabat Fungsional dan Pelaksana
    dalam dan lintas unit organisasi dengan Surat Perintah, sedangkan penugasan lintas perangkat
    daerah dengan Keputusan Bupati pemilik kinerja berdasarkan rekomendasi dari atasan Pejabat
    Fungsional dan Pelaksana yang ditugaskan."
    """
    opts = get_options("bekasi")
    for kind in ("inspektorat", "badan", "kecamatan"):
        assert pg.letter_for(pg.DALAM_UNIT, pg.INDIVIDU, opts, None, kind) == pg.SURAT_PERINTAH
        assert pg.letter_for(pg.LINTAS_UNIT, pg.TIM, opts, None, kind) == pg.SURAT_PERINTAH
    assert pg.letter_for(pg.LINTAS_PD, pg.INDIVIDU, opts, None, "inspektorat") == pg.KEPUTUSAN_BUPATI
    # the owning PD, when set, decides
    assert pg.letter_for(pg.DALAM_UNIT, pg.INDIVIDU, opts, "dinas", "badan") == pg.SURAT_TUGAS


def test_bks_ps_7_5_with_ps_8_team_assignments_by_surat_tugas_across_pd_by_keputusan():
    """BKS Pasal 7(5) with Pasal 8.

    "(5) Penugasan sebagaimana dimaksud pada ayat (3) secara individu dan/atau dalam tim kerja
    dilakukan melalui penunjukan dan/atau pengajuan sukarela."
    "Penugasan sebagaimana dimaksud pada Pasal 7 ayat (4) bagi pejabat Fungsional dan Pelaksana
    dalam dan lintas unit organisasi dengan Surat Tugas, sedangkan penugasan lintas perangkat
    daerah dengan Keputusan Bupati pemilik kinerja [...]"
    """
    opts = get_options("bekasi")
    assert pg.team_member_letter(pg.DALAM_UNIT, opts, "setda") == pg.SURAT_TUGAS
    assert pg.team_member_letter(pg.LINTAS_UNIT, opts, "setda") == pg.SURAT_TUGAS
    assert pg.team_member_letter(pg.LINTAS_PD, opts, "setda") == pg.KEPUTUSAN_BUPATI
    assert pg.team_member_letter(pg.LINTAS_UNIT, opts, "inspektorat") == pg.SURAT_PERINTAH


# --- the kedudukan table of Perbup Bekasi 18/2024 (RULES.md §I, BKS rows) ---------------------


def test_bks_ps_6_7_setda_kepala_bagian_ppk_and_puo_kasubag_ppk_of_his_pelaksana():
    """BKS Pasal 6(2), 7(2)-(4).

    "(2) Asisten Daerah sebagai Pejabat Tinggi Pratama yang berkedudukan sebagai Atasan Pejabat
    Penilai Kinerja."
    "(2) Kepala Bagian menetapkan dan menilai kinerja Pejabat Fungsional dan Pelaksana.
    (3) Kepala Sub Bagian menetapkan dan menilai kinerja Pejabat Pelaksana yang berada
    dibawahnya.
    (4) Pejabat Fungsional dan Pelaksana memperoleh penugasan dari Kepala Bagian sebagai Pejabat
    Penilai Kinerja dan pimpinan unit organisasi."
    """
    org = Org()
    bagian = org.unit("Bagian Umum", "bagian", org.asisten, head=("Kabag", ADM))
    subbag = org.unit("Subbagian Tata Usaha", "subbagian", bagian, head=("Kasubag", PGW))
    org.person("JF Madya", bagian, JF, "ahli_madya")
    org.person("JF Subbag", subbag, JF, "ahli_pertama")
    org.person("Staf Subbag", subbag, PLK)
    org.resolve("bekasi")
    assert org.of("JF Madya") == ("Kabag", "Kabag", "Asisten", None)
    assert org.of("JF Subbag") == ("Kabag", "Kabag", "Asisten", None)
    assert org.of("Staf Subbag") == ("Kasubag", "Kabag", "Kabag", None)


def test_bks_ps_15_16_inspektorat_irban_and_sekretaris_ppk_and_puo_kasubag_for_pelaksana():
    """BKS Pasal 16(2)-(4).

    "(2) Penilaian kinerja Pejabat Fungsional dan/atau Pelaksana dilakukan oleh Inspektur
    Pembantu, Sekretaris dan Kepala Sub Bagian selaku Pejabat Penilai Kinerja.
    (3) Pejabat Fungsional dan Pelaksana memperoleh penugasan dari Inspektur Pembantu dan/atau
    Sekretaris sebagai pimpinan unit organisasi.
    (4) Pelaksana di bawah Kepala Sub Bagian memperoleh penugasan dari Kepala Sub Bagian sebagai
    pimpinan unit organisasi."
    """
    org = Org()
    insp = dinas(org, "Inspektorat Daerah", "inspektorat", ("Inspektur", JPT))
    irban = org.unit("Inspektur Pembantu I", "other", insp, head=("Irban", ADM))
    sek = org.unit("Sekretariat", "other", insp, head=("Sekretaris", ADM))
    subbag = org.unit("Subbagian Umum", "subbagian", sek, head=("Kasubag", PGW))
    org.person("Auditor Madya", irban, JF, "ahli_madya")
    org.person("Staf Sekretariat", sek, PLK)
    org.person("Staf Subbag", subbag, PLK)
    org.resolve("bekasi")
    assert org.of("Auditor Madya")[:2] == ("Irban", "Irban")
    assert org.of("Staf Sekretariat")[:2] == ("Sekretaris", "Sekretaris")
    assert org.of("Staf Subbag")[:2] == ("Kasubag", "Kasubag")


def test_bks_ps_24_25_setwan_kepala_bagian_ppk_and_puo_kasubag_for_pelaksana():
    """BKS Pasal 25(2)-(4).

    "(2) Penilaian kinerja Pejabat Fungsional dan Pelaksana dilakukan oleh Kepala Bagian dan
    Kepala Sub Bagian selaku Pejabat Penilai Kinerja.
    (3) Pejabat Fungsional dan Pelaksana memperoleh penugasan dari Kepala Bagian sebagai
    pimpinan unit organisasi.
    (4) Pelaksana di bawah Kepala Sub Bagian memperoleh penugasan dari Kepala Sub Bagian sebagai
    pimpinan unit organisasi."
    """
    org = Org()
    setwan = org.unit("Sekretariat DPRD", "setwan", org.root, head=("Sekwan", JPT), pd=True)
    bagian = org.unit("Bagian Persidangan", "bagian", setwan, head=("Kabag", ADM))
    subbag = org.unit("Subbagian Risalah", "subbagian", bagian, head=("Kasubag", PGW))
    org.person("JF Bagian", bagian, JF, "ahli_muda")
    org.person("Staf Subbag", subbag, PLK)
    org.resolve("bekasi")
    assert org.of("JF Bagian")[:2] == ("Kabag", "Kabag")
    assert org.of("Staf Subbag")[:2] == ("Kasubag", "Kasubag")
    assert pg.letter_for(pg.LINTAS_UNIT, pg.INDIVIDU, get_options("bekasi"), "setwan") == pg.SURAT_TUGAS


def test_bks_ps_33_3_jf_kepala_puskesmas_and_sekolah_ppk_and_puo():
    """BKS Pasal 33(3).

    "Pejabat Fungsional yang ditugaskan sebagai Pimpinan Unit Organisasi seperti Kepala Satuan
    Pendidikan Sekolah dan Sanggar Kegiatan Belajar pada Dinas Pendidikan serta Kepala UPTD
    Puskesmas pada Dinas Kesehatan berkedudukan sebagai Pimpinan Unit Organisasi sekaligus
    Pejabat Penilai Kinerja."
    """
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    pkm = org.unit("UPTD Puskesmas Cibitung", "puskesmas", dinkes, head=("Kapus", JF, "ahli_muda"))
    org.person("Dokter Muda", pkm, JF, "ahli_muda")
    org.person("Bidan", pkm, JF, "terampil")
    disdik = dinas(org, "Dinas Pendidikan", head=("Kadisdik", JPT))
    school = org.unit("SDN Cikarang 01", "satuan_pendidikan", disdik, head=("Kepsek", JF, "ahli_muda"))
    org.person("Guru", school, JF, "ahli_pertama")
    org.resolve("bekasi")
    assert org.of("Dokter Muda")[:2] == ("Kapus", "Kapus")  # no jenjang ceiling stated
    assert org.of("Bidan")[:2] == ("Kapus", "Kapus")
    assert org.of("Guru")[:2] == ("Kepsek", "Kepsek")


def test_bks_ps_42_43_dpmptsp_kepala_dinas_ppk_and_puo_of_the_staff_directly_under_him():
    """BKS Pasal 42(3)-(4), 43(1)-(4).

    "(2) Penilaian kinerja dan penugasan Pejabat Fungsional dan Pelaksana sebagaimana dimaksud
    pada ayat (1) dilakukan oleh Kepala Dinas [...]
    (3) Penilaian kinerja dan penugasan Pejabat Fungsional dan Pelaksana pada Sekretariat
    dilakukan oleh Sekretaris [...]
    (4) Penilaian kinerja dan penugasan Pejabat Pelaksana di bawah Sub Bagian dilakukan oleh
    Kepala Sub Bagian selaku Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi."
    """
    org = Org()
    d = dinas(org, "DPMPTSP")
    sek = org.unit("Sekretariat", "other", d, head=("Sekretaris", ADM))
    subbag = org.unit("Subbagian Umum", "subbagian", sek, head=("Kasubag", PGW))
    org.person("JF Perizinan", d, JF, "ahli_madya")
    org.person("JF Sekretariat", sek, JF, "ahli_muda")
    org.person("Staf Subbag", subbag, PLK)
    org.resolve("bekasi")
    assert org.of("JF Perizinan")[:2] == ("Kadis", "Kadis")
    assert org.of("JF Sekretariat")[:2] == ("Sekretaris", "Sekretaris")
    assert org.of("Staf Subbag")[:2] == ("Kasubag", "Kasubag")


def test_bks_ps_60_61_rsud_led_by_jpt_kabid_ppk_and_puo_wakil_direktur_atasan_ppk():
    """BKS Pasal 60(2)-(3), 61(1)-(2).

    "(2) Wakil Direktur sebagai Pejabat Administrator yang berkedudukan sebagai Atasan Pejabat
    Penilai Kinerja.
    (3) Kepala Bidang dan Kepala Bagian sebagai Pejabat Administrator berkedudukan sebagai
    Pejabat Penilai Kinerja sekaligus Pimpinan Unit Organisasi."
    """
    org = Org()
    rs = org.unit("RSUD Kabupaten Bekasi", "rsud", org.root, head=("Direktur", JPT), pd=True)
    wadir = org.unit("Wakil Direktur Pelayanan", "other", rs, head=("Wadir", ADM))
    bidang = org.unit("Bidang Keperawatan", "bidang", wadir, head=("Kabid", ADM))
    seksi = org.unit("Seksi Asuhan", "seksi", bidang, head=("Kasi", PGW))
    org.person("Perawat Madya", bidang, JF, "ahli_madya")
    org.person("Perawat Pertama", seksi, JF, "ahli_pertama")
    org.resolve("bekasi")
    assert org.of("Perawat Madya") == ("Kabid", "Kabid", "Wadir", None)
    assert org.of("Perawat Pertama") == ("Kabid", "Kabid", "Wadir", None)


def test_bks_ps_78_79_kecamatan_kasubag_kasi_lurah_and_kasi_kelurahan_ppk_of_the_pelaksana():
    """BKS Pasal 78(2)-(3), 79(2).

    "(2) Sekretaris Kecamatan sebagai Pejabat Administrator serta Kepala Sub Bagian, Kepala
    Seksi pada Kecamatan, Lurah, Sekretaris Kelurahan dan Kepala Seksi pada Kelurahan sebagai
    Pejabat Pengawas berkedudukan sebagai Pimpinan Unit Organisasi sekaligus Pejabat Penilai
    Kinerja.
    (3) Pelaksana berkedudukan di bawah dan bertanggungjawab secara langsung kepada Pejabat
    Pengawas sesuai dengan struktur organisasi Kecamatan."
    """
    org = Org()
    kec = org.unit("Kecamatan Tambun Selatan", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    sek = org.unit("Sekretariat Kecamatan", "other", kec, head=("Sekcam", ADM))
    subbag = org.unit("Subbagian Umum", "subbagian", sek, head=("Kasubag", PGW))
    seksi = org.unit("Seksi Pemerintahan", "seksi", kec, head=("Kasi", PGW))
    kel = org.unit("Kelurahan Jatimulya", "kelurahan", kec, head=("Lurah", PGW))
    sekkel = org.unit("Sekretariat Kelurahan", "other", kel, head=("Seklur", PGW))
    seksikel = org.unit("Seksi Ketertiban Kelurahan", "seksi", kel, head=("Kasi Kel", PGW))
    for name, unit in [("Staf Subbag", subbag), ("Staf Seksi", seksi), ("Staf Kelurahan", kel),
                       ("Staf Seklur", sekkel), ("Staf Seksi Kel", seksikel)]:
        org.person(name, unit, PLK)
    org.resolve("bekasi")
    assert org.of("Staf Subbag")[:2] == ("Kasubag", "Kasubag")
    assert org.of("Staf Seksi")[:2] == ("Kasi", "Kasi")
    assert org.of("Staf Kelurahan")[:2] == ("Lurah", "Lurah")
    assert org.of("Staf Seklur")[:2] == ("Seklur", "Seklur")
    assert org.of("Staf Seksi Kel")[:2] == ("Kasi Kel", "Kasi Kel")
    # Ps 79(1): the Camat sets the target of every one of those heads
    for head in ("Sekcam", "Kasi", "Lurah"):
        assert org.of(head)[0] == "Camat", head


def test_bks_ps_89_2_within_the_pd_the_ppk_assigns_directly():
    """BKS Pasal 89(2), 90(2).

    "(2) Mekanisme penunjukan di dalam Perangkat Daerah yaitu penunjukan Pejabat Fungsional
    dan/atau pelaksana di dalam Perangkat Daerah yang dilakukan langsung oleh Pejabat Penilai
    Kinerja."
    "b. Apabila Pejabat Penilai Kinerja menyetujui, maka Pejabat Penilai Kinerja menugaskan
    Pejabat Fungsional dan/atau pelaksana untuk melaksanakan kinerja tertentu."
    """
    opts = get_options("bekasi")
    assert pg.flow(pg.DALAM_UNIT, pg.PENUNJUKAN, opts).steps[0].actor == pg.PPK_EMPLOYEE
    assert pg.flow(pg.DALAM_UNIT, pg.SUKARELA, opts).steps[1].actor == pg.PPK_EMPLOYEE
    assert pg.flow(pg.DALAM_UNIT, pg.PENUNJUKAN, get_options("national")).steps[0].actor == pg.PUO_EMPLOYEE


def test_bks_ps_90_3_a_volunteer_request_known_by_the_ppk_first():
    """BKS Pasal 90(3)(a)-(c).

    "a. Pejabat Fungsional dan/atau pelaksana menyampaikan surat permohonan yang diketahui oleh
    Pejabat Penilai Kinerja untuk dapat dilibatkan dalam pelaksanaan kinerja kepada Pimpinan
    Perangkat Daerah yang dituju dengan tembusan Pejabat Penilai Kinerja.
    [...]
    c. Apabila Pimpinan Perangkat Daerah dan Pejabat Penilai Kinerja bersangkutan menyetujui,
    maka kemudian Pejabat Penilai Kinerja menyusun surat penugasan [...]"
    """
    flow = pg.flow(pg.LINTAS_PD, pg.SUKARELA, get_options("bekasi"))
    assert flow.steps[0].actions == {pg.SEND: pg.PPK_NOTICE}
    assert flow.steps[1].actor == pg.PPK_EMPLOYEE
    assert [s.actor for s in flow.steps[2:]] == [
        pg.PD_HEAD_OWNER, pg.EMPLOYEE, pg.PD_HEAD_EMPLOYEE, pg.PPK_EMPLOYEE, pg.EMPLOYEE,
    ]
    assert pg.LINTAS_INSTANSI not in get_options("bekasi")["scopes"]  # Ps 89(1): no cross-agency
