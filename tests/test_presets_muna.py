"""Fast tier: Perbup Muna 19/2024 as rules/presets/muna.py states it, one test per article."""

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


def _rsud():
    """MUN Lamp D.5: an RSUD led by an Administrator, a Pengawas as Level II under a Kabid."""
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    rsud = org.unit("RSUD", "rsud", dinkes, head=("Direktur", ADM))
    bidang = org.unit("Bidang Pelayanan", "bidang", rsud, head=("Kabid", ADM))
    seksi = org.unit("Seksi Keperawatan", "seksi", bidang, head=("Kasi", PGW))
    org.person("Dokter Madya", seksi, JF, "ahli_madya")
    org.person("Perawat Muda", seksi, JF, "ahli_muda")
    return org


def test_mun_lamp_d5_b11_b12_rsud_pengawas_not_ppk_nor_puo_of_ahli_madya():
    """MUN Lampiran D.5 b(11)-(12).

    "11) Apabila dalam pencapaian target kinerja Organisasi membutuhkan keberadaan Pejabat
    Fungsional Ahli Madya secara definitif [...] Maka Pejabat Pengawas tidak berperan sebagai
    Pejabat Penilai Kinerja sekaligus tidak berperan sebagai pimpinan Unit Organisasi bagi Pejabat
    Fungsional Ahli Madya;
    12) Pejabat Pengawas tidak dapat memberikan penugasan kepada Pejabat Fungsional Ahli Madya,
    namun apabila dibutuhkan maka Kepala Dinas pengampu urusan pemerintahan bidang kesehatan dapat
    mendelegasikan kewenangan pengelolaan kinerja Pejabat Fungsional Ahli Madya kepada Pejabat
    Pengawas;"
    """
    org = _rsud()
    org.resolve("muna")
    assert org.of("Dokter Madya")[:2] == ("Kadis", "Kadis")  # neither PPK nor PUO: the Kasi
    assert "Kasi may not assign a Ahli Madya either" in org.res("Dokter Madya").reason
    # D.5 b(7)-(8): an Ahli Muda is appraised by the Kabid, the Kasi stays his PUO
    assert org.of("Perawat Muda")[:2] == ("Kabid", "Kasi")
    # the PUO gives the assignments within the unit (Lampiran B.b.1.a), so not the Kasi
    assert pg.resolve_options({"key": "muna"})["within_unit_appointer"] == "puo"
    # national keeps the unit leader as PUO (R5)
    org.resolve("national")
    assert org.of("Dokter Madya")[:2] == ("Kadis", "Kasi")


def test_mun_lamp_d5_b13_delegated_pengawas_appraises_and_assigns_ahli_madya():
    """MUN Lampiran D.5 b(13).

    "Setelah mendapatkan pendelegasian kewenangan untuk mengelola kinerja Pejabat Fungsional Ahli
    Madya, Pejabat Pengawas mengintegrasikan Pejabat Fungsional Ahli Madya dalam penugasan baik
    secara Tim Kerja maupun Individu di dalam Unit Organisasi yang dipimpinnya;"
    """
    org = _rsud()
    who, kasi = org.person_ids["Dokter Madya"], org.person_ids["Kasi"]
    org.resolve("muna", {who: (kasi, "800/12/2025")})
    assert org.of("Dokter Madya")[:2] == ("Kasi", "Kasi")


def test_mun_ps_13_5_6_team_assignments_surat_tugas_within_keputusan_across_units():
    """MUN Pasal 13(5)-(6).

    "(5) Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim kerja yang
    melibatkan Pejabat Fungsional dan pelaksana antar Unit Organisasi ditetapkan dengan Keputusan
    Kepala Perangkat Daerah.
    (6) Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim kerja yang
    melibatkan Pejabat Fungsional dan pelaksana dalam Unit Organisasi dengan surat tugas oleh
    Pejabat Penilai Kinerja atau Pimpinan Unit Organisasi."
    """
    opts = get_options("muna")
    assert pg.team_member_letter(pg.DALAM_UNIT, opts) == pg.SURAT_TUGAS
    assert pg.team_member_letter(pg.LINTAS_UNIT, opts) == pg.KEPUTUSAN_KEPALA_PD
    # national: the decree establishing the team carries every member's assignment (R22)
    assert pg.team_member_letter(pg.DALAM_UNIT, get_options("national")) == pg.SK_TIM_KERJA


def test_mun_ps_1_angka_16_team_appointed_by_the_kepala_pd_for_over_six_months():
    """MUN Pasal 1 angka 16.

    "Tim Kerja adalah Tim yang membantu pelaksanaan tugas organisasi yang ditunjuk oleh Kepala
    Perangkat Daerah dan melaksanakan tugas dalam kurun waktu lebih dari 6 (enam) bulan."
    """
    opts = get_options("muna")
    assert opts["team_established_by"] == pg.PD_HEAD_OWNER
    assert tk.actor_role(tk.PROPOSED, tk.ESTABLISH, opts) == pg.PD_HEAD_OWNER
    assert tk.decree_signer(opts) == pg.PD_HEAD_OWNER  # the Kepala PD signs the decree
    assert tk.decree_signer(get_options("national")) == pg.PUO_OWNER
    assert opts["team_longer_than_months"] == 6


# --- the kedudukan table of Perbup Muna 19/2024 Lampiran D (RULES.md §I, MUN rows) ------------


def test_mun_lamp_d1_b3_b5_setda_kepala_bagian_ppk_and_puo_ahli_madya_to_the_asisten():
    """MUN Lampiran D.1 b(3)-(5).

    "3) Kepala Bagian akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi
    Pejabat Pengawas, Pejabat Fungsional dan Pelaksana;
    4) Apabila [...] membutuhkan keberadaan Pejabat Fungsional dengan Jenjang Ahli Madya [...],
    maka Kepala Bagian tidak berperan sebagai Pejabat Penilai Kinerja dan hanya berperan sebagai
    Pimpinan Unit Organisasi [...]
    5) Penilaian kinerja bagi Pejabat Fungsional Ahli Madya dilaksanakan oleh Asisten
    Sekretaris Daerah;"
    """
    org = Org()
    bagian = org.unit("Bagian Hukum", "bagian", org.asisten, head=("Kabag", ADM))
    org.person("JF Muda", bagian, JF, "ahli_muda")
    org.person("JF Madya", bagian, JF, "ahli_madya")
    org.resolve("muna")
    assert org.of("JF Muda")[:2] == ("Kabag", "Kabag")
    assert org.of("JF Madya")[:2] == ("Asisten", "Kabag")


def test_mun_lamp_d1_b10_b14_kasubbag_coordinates_like_a_ketua_and_forms_no_team():
    """MUN Lampiran D.1 b(10)-(12), (14).

    "10) Kepala Subbagian (Pejabat Pengawas) [...] berperan sebagai pelaksana koordinasi
    pelaksanaan tugas substansi selayaknya Ketua Kelompok Kerja [...]
    12) Pejabat Pengawas menetapkan rekomendasi penilaian kinerja bagi Pejabat Fungsional dan
    Pelaksana di bawah koordinasinya untuk disampaikan kepada Kepala Bagian sebagai Pejabat
    Penilai Kinerja;
    14) Pejabat Pengawas dalam pelaksanaan koordinasi pelaksanaan tugas substansi selayaknya
    Ketua Tim Kerja tidak dapat membentuk Tim Kerja, dikarenakan secara otomatis menjadi Ketua
    Tim Kerja."
    """
    org = Org()
    bagian = org.unit("Bagian Organisasi", "bagian", org.asisten, head=("Kabag", ADM))
    subbag = org.unit("Subbagian Kelembagaan", "subbagian", bagian, head=("Kasubbag", PGW))
    org.person("Staf", subbag, PLK)
    org.resolve("muna")
    assert org.of("Staf") == ("Kabag", "Kabag", "Asisten", "Kasubbag")
    assert tk.may_form_team(True, get_options("muna")) is False


def test_mun_lamp_d3_b2_b5_level_ii_ppk_and_puo_ahli_madya_to_level_i():
    """MUN Lampiran D.3 b(2), (5) (the pattern of D.2 too: Dinas and Badan, Level II Administrator).

    "2) Pejabat Level II akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi
    Pejabat Fungsional dan pelaksana.
    5) Apabila terdapat Pejabat Fungsional Ahli Madya pada Unit Organisasi, maka Pejabat level
    II tidak berperan sebagai Pejabat Penilai Kinerja bagi Pejabat Fungsional Ahli Madya
    dimaksud, namun hanya selaku Pimpinan Unit Organisasi yang memberikan penugasan dan
    mengelola kinerja, adapun Pejabat Penilai Kinerja bagi Pejabat Fungsional Ahli Madya adalah
    Pejabat Level I atau Pejabat Pimpinan Tinggi Pratama."
    """
    org = Org()
    d = dinas(org, "Satuan Polisi Pamong Praja", "badan", ("Kasat", JPT))
    bidang = org.unit("Bidang Penegakan Perda", "bidang", d, head=("Kabid", ADM))
    seksi = org.unit("Seksi Penyidikan", "seksi", bidang, head=("Kasi", PGW))
    org.person("JF Muda", bidang, JF, "ahli_muda")
    org.person("JF Madya", bidang, JF, "ahli_madya")
    org.person("Staf", seksi, PLK)
    org.resolve("muna")
    assert org.of("JF Muda")[:2] == ("Kabid", "Kabid")
    assert org.of("JF Madya")[:2] == ("Kasat", "Kabid")
    # D.3 b(8), (11): the Level III Pengawas coordinates and recommends, the Kabid appraises
    assert org.of("Staf") == ("Kabid", "Kabid", "Kasat", "Kasi")


def test_mun_lamp_d4_inspektorat_level_i_and_level_ii_by_jenjang():
    """MUN Lampiran D.4 2) a)(1), b)(3), (9).

    "(1) Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi
    Pejabat Fungsional dan Pelaksana."
    "(3) Pejabat Level II akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi
    Pejabat Fungsional dan pelaksana di bawah koordinasinya;"
    "(9) Apabila terdapat Pejabat Fungsional Ahli Madya pada Unit Organisasi, maka Pejabat Level
    II tidak berperan sebagai Pejabat Penilai Kinerja namun hanya selaku Pimpinan Unit
    Organisasi yang memberikan penugasan, adapun Pejabat Penilai Kinerja bagi Pejabat
    Fungsional Ahli Madya adalah Pejabat Level I;"
    """
    org = Org()
    insp = dinas(org, "Inspektorat", "inspektorat", ("Inspektur", JPT))
    irban = org.unit("Inspektur Pembantu I", "other", insp, head=("Irban", ADM))
    org.person("Auditor Inspektur", insp, JF, "ahli_madya")
    org.person("Auditor Pertama", irban, JF, "ahli_pertama")
    org.person("Auditor Madya", irban, JF, "ahli_madya")
    org.resolve("muna")
    assert org.of("Auditor Inspektur")[:2] == ("Inspektur", "Inspektur")
    assert org.of("Auditor Pertama")[:2] == ("Irban", "Irban")
    assert org.of("Auditor Madya")[:2] == ("Inspektur", "Irban")


def test_mun_lamp_d5_b5_b8_rsud_pengawas_ppk_and_puo_ahli_muda_to_the_kabid():
    """MUN Lampiran D.5 b(5)-(8).

    "5) Pejabat Pengawas akan menilai kinerja sekaligus memberikan penugasan kepada Pejabat
    Fungsional dan Pelaksana;
    7) Apabila terdapat Pejabat Fungsional dengan Jenjang Ahli Muda pada Unit Organisasi, maka
    Pejabat Pengawas tidak berperan sebagai Pejabat Penilai Kinerja dan hanya berperan sebagai
    Pimpinan Unit Organisasi [...]
    8) Penilaian kinerja bagi Pejabat Fungsional Ahli Muda dilaksanakan oleh Kepala
    Bidang/Kepala Bagian;"
    """
    org = _rsud()
    seksi = org.unit_ids["Seksi Keperawatan"]
    org.person("Perawat Pertama", seksi, JF, "ahli_pertama")
    org.person("Staf", seksi, PLK)
    org.resolve("muna")
    assert org.of("Perawat Pertama")[:2] == ("Kasi", "Kasi")
    assert org.of("Staf")[:2] == ("Kasi", "Kasi")
    assert org.of("Perawat Muda")[:2] == ("Kabid", "Kasi")
    assert org.of("Kasi")[:2] == ("Kabid", "Kabid")  # b(4): the Kabid sets the Pengawas' target


def test_mun_lamp_d6_b2_b5_kecamatan_kasi_ppk_and_puo_ahli_muda_to_the_camat():
    """MUN Lampiran D.6 b(2)-(5).

    "2) Pejabat Pengawas akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi
    Pejabat Fungsional dan Pelaksana;
    4) Apabila terdapat Pejabat Fungsional Ahli Muda dalam Unit Organisasi, maka Pejabat
    Pengawas tidak berperan sebagai Pejabat Penilai Kinerja, dan hanya berperan sebagai Pimpinan
    Unit Organisasi [...]
    5) Penilaian kinerja bagi Pejabat Fungsional Ahli Muda dilaksanakan oleh Pejabat
    Administrator;"
    """
    org = Org()
    kec = org.unit("Kecamatan Katobu", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    seksi = org.unit("Seksi Pemerintahan", "seksi", kec, head=("Kasi", PGW))
    org.person("JF Pertama", seksi, JF, "ahli_pertama")
    org.person("JF Muda", seksi, JF, "ahli_muda")
    org.resolve("muna")
    assert org.of("JF Pertama")[:2] == ("Kasi", "Kasi")
    assert org.of("JF Muda")[:2] == ("Camat", "Kasi")
    assert org.of("Kasi")[:2] == ("Camat", "Camat")  # b(1)


def test_mun_lamp_d7_b3_b7_kelurahan_lurah_ppk_and_puo_kasubbag_tu_coordinates():
    """MUN Lampiran D.7 b(3), (5)-(7).

    "3) Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi
    Pejabat Level II, Pejabat Fungsional dan Pelaksana.
    5) Pejabat Level II berperan sebagai pelaksana koordinasi pelaksanaan tugas substansi Tata
    Usaha selayaknya Ketua Tim Kerja;
    6) Apabila [...] membutuhkan keberadaan Pejabat Fungsional dengan Jenjang Ahli Muda [...],
    maka Pejabat Level I tidak berperan sebagai Pejabat Penilai Kinerja bagi Pejabat Fungsional
    tersebut dan hanya berperan sebagai Pimpinan Unit Organisasi yang memberikan penugasan;
    7) Penilaian kinerja bagi Pejabat Fungsional Ahli Muda dilaksanakan oleh Camat/Kepala
    Dinas [...]"
    """
    org = Org()
    kec = org.unit("Kecamatan Katobu", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    kel = org.unit("Kelurahan Raha I", "kelurahan", kec, head=("Lurah", PGW))
    tu = org.unit("Subbagian Tata Usaha", "subbagian", kel, head=("Kasubbag TU", PGW))
    org.person("Staf TU", tu, PLK)
    org.person("JF Muda", kel, JF, "ahli_muda")
    org.resolve("muna")
    assert org.of("Staf TU") == ("Lurah", "Lurah", "Camat", "Kasubbag TU")
    assert org.of("Kasubbag TU")[:2] == ("Lurah", "Lurah")
    assert org.of("JF Muda")[:2] == ("Camat", "Lurah")


def test_mun_lamp_d8_b3_b6_jf_kepala_puskesmas_same_jenjang_to_the_kepala_dinas():
    """MUN Lampiran D.8 b(3), (5)-(6).

    "3) Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi
    Pejabat Fungsional dan Pelaksana;
    5) Apabila terdapat Pejabat Fungsional dengan Jenjang yang sama dengan Pejabat Level I, maka
    Pejabat Level I tidak berperan sebagai Pejabat Penilai Kinerja bagi Pejabat Fungsional
    tersebut dan hanya berperan memberikan penugasan;
    6) Pejabat Penilai Kinerja bagi Pejabat Fungsional yang memiliki jenjang yang sama dengan
    Pejabat Level I dilaksanakan oleh Kepala Dinas [...]"
    """
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    pkm = org.unit("UPTD Puskesmas Katobu", "puskesmas", dinkes, head=("Kapus", JF, "ahli_muda"))
    school = org.unit("SMP Negeri 1 Raha", "satuan_pendidikan", dinkes, head=("Kepsek", JF, "ahli_muda"))
    org.person("Dokter Muda", pkm, JF, "ahli_muda")
    org.person("Perawat Mahir", pkm, JF, "mahir")
    org.person("Guru Muda", school, JF, "ahli_muda")
    org.person("Guru Pertama", school, JF, "ahli_pertama")
    org.resolve("muna")
    assert org.of("Dokter Muda")[:2] == ("Kadis", "Kapus")
    assert org.of("Perawat Mahir")[:2] == ("Kapus", "Kapus")
    assert org.of("Guru Muda")[:2] == ("Kadis", "Kepsek")
    assert org.of("Guru Pertama")[:2] == ("Kepsek", "Kepsek")


def test_mun_lamp_d9_b3_b6_uptd_type_b_kepala_ppk_and_puo_ahli_muda_to_the_kepala_dinas():
    """MUN Lampiran D.9 b(3), (5)-(6).

    "3) Pejabat Level I akan memberikan penilaian kinerja sekaligus memberikan penugasan bagi
    Pejabat Fungsional dan Pelaksana;
    5) Apabila terdapat Pejabat Fungsional dengan Jenjang Ahli Muda, maka Pejabat Level I tidak
    berperan sebagai Pejabat Penilai Kinerja bagi Pejabat Fungsional tersebut dan hanya berperan
    memberikan penugasan;
    6) Pejabat Penilai Kinerja bagi Pejabat Fungsional Ahli Muda dilaksanakan oleh Kepala Dinas
    [...]"
    """
    org = Org()
    d = dinas(org, "Dinas Pertanian")
    uptd = org.unit("UPTD Balai Benih", "uptd", d, head=("Ka UPTD", PGW))
    org.person("JF Muda", uptd, JF, "ahli_muda")
    org.person("JF Penyelia", uptd, JF, "penyelia")
    org.resolve("muna")
    assert org.of("JF Muda")[:2] == ("Kadis", "Ka UPTD")
    assert org.of("JF Penyelia")[:2] == ("Ka UPTD", "Ka UPTD")


def test_mun_lamp_b_b1_b_cross_unit_request_to_the_ppk_where_the_jf_sits():
    """MUN Lampiran B.b.1) b) (1)-(3).

    "(1) Pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan Pejabat
    Fungsional atau pelaksana kepada Pejabat Penilai Kinerja dituju di mana Pejabat Fungsional
    atau pelaksana dimaksud berada dengan tembusan Pejabat Penilai Kinerja bersangkutan;
    (3) Apabila Pejabat Penilai Kinerja [...] menyetujui [...], maka dengan rekomendasi dari
    Pimpinan Unit Organisasi, Pejabat Penilai Kinerja [...] menyusun surat penugasan [...]"
    """
    flow = pg.flow(pg.LINTAS_UNIT, pg.PENUNJUKAN, get_options("muna"))
    send = flow.steps[0].letter(pg.SEND)
    assert (flow.steps[0].actor, send.to, send.copies) == (pg.PUO_OWNER, pg.PPK_EMPLOYEE, (pg.PPK_OWNER,))
    assert [s.actor for s in flow.steps[1:]] == [
        pg.PPK_EMPLOYEE, pg.PUO_EMPLOYEE, pg.PPK_EMPLOYEE, pg.EMPLOYEE,
    ]
    assert flow.steps[2].names_employee  # the PUO's recommendation names him
    # MUN Ps 13(5): the assignment across units is set by a Keputusan Kepala Perangkat Daerah
    assert pg.letter_for(pg.LINTAS_UNIT, pg.INDIVIDU, get_options("muna")) == pg.KEPUTUSAN_KEPALA_PD


def test_mun_ps_1_angka_13_vacant_post_passes_upward_by_one_function_for_every_preset():
    """MUN Pasal 1 angka 13 (R2), issue 12: "vacant post passes upward" is one function.

    "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat
    pengawas atau pejabat lain yang diberi pendelegasian kewenangan."
    With the Bidang and the head of its Dinas both vacant, the next filled superior is the
    Sekretaris Daerah: for the resolver, for the unit officials a request goes to, and for
    :func:`kedudukan.first_filled` that the workflow roles use.
    """
    org = Org()
    d = org.unit("Dinas Perikanan", "dinas", org.root, pd=True)  # vacant head
    bidang = org.unit("Bidang Budidaya", "bidang", d)  # vacant head
    org.person("JF", bidang, JF, "ahli_pertama")
    sekda = org.person_ids["Sekda"]
    assert k.first_filled(org.units, bidang)[:2] == (org.setda, sekda)
    for key in ("national", "karangasem", "muna", "denpasar", "bekasi", "barito_timur"):
        org.resolve(key)
        assert org.of("JF")[:2] == ("Sekda", "Sekda"), key
        assert k.officials_for_unit(org.units.values(), org.people.values(), get_policy(key), bidang) == (
            sekda, sekda,
        ), key
