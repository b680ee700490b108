"""Fast tier: Perbup Barito Timur 11/2024 as rules/presets/barito_timur.py states it, one test per
article."""

from test_rules_kedudukan import ADM
from test_rules_kedudukan import JF
from test_rules_kedudukan import JPT
from test_rules_kedudukan import PGW
from test_rules_kedudukan import PLK
from test_rules_kedudukan import Org
from test_rules_kedudukan import dinas

from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules.presets import get_all_options
from sistem_kerja_asn.rules.presets import get_options


def test_brt_lamp_ii_c1_4_f_cross_agency_assignment_set_by_sk_tim_kerja():
    """BRT Lampiran II C.1)(4)(f).

    "Atas dasar surat persetujuan Pejabat yang Berwenang, Kepala Perangkat Daerah dan/atau
    Pimpinan Unit Organisasi pemilik kinerja menetapkan dengan Surat Keputusan Tim Kerja;"
    """
    opts = get_options("barito_timur")
    for form in (pg.INDIVIDU, pg.TIM):
        assert pg.letter_for(pg.LINTAS_INSTANSI, form, opts) == pg.SK_TIM_KERJA
    # C.1)(3)(c): across units the official asked "menyusun surat penugasan ... yang selanjutnya
    # oleh Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi pemilik kinerja menetapkan
    # dengan Surat Keputusan Tim Kerja": the assignment is set by the owner's decree.
    for scope in (pg.LINTAS_UNIT, pg.LINTAS_PD):
        for form in (pg.INDIVIDU, pg.TIM):
            assert pg.letter_for(scope, form, opts) == pg.SK_TIM_KERJA


def test_brt_ps_15_individual_reports_to_the_puo_and_or_the_ppk():
    """BRT Pasal 15.

    "Pejabat Fungsional dan pelaksana yang ditugaskan secara individu melaporkan pelaksanaan
    tugasnya secara langsung kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja."
    """
    assert get_all_options("barito_timur")["individual_reports_to_ppk"] is True
    assert get_all_options("national")["individual_reports_to_ppk"] is False


def test_brt_lamp_ii_c1_3_cross_unit_request_to_the_kepala_pd_and_or_puo_asked():
    """BRT Lampiran II C.1)(3)(a)-(c).

    "a. Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi pemilik kinerja mengirimkan
    surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana kepada Kepala Perangkat
    Daerah dan/atau Pimpinan Unit Organisasi dituju dimana Pejabat Fungsional dan/atau Pelaksana
    dimaksud berada;
    b. Terhadap surat permohonan pelibatan Pejabat Fungsional dan/atau Pelaksana, Kepala Perangkat
    Daerah dan/atau Pimpinan Unit Organisasi dituju dimana Pejabat Fungsional dan/atau Pelaksana
    dimaksud berada, memproses dan menjawab surat permohonan pelibatan [...]"
    """
    flow = pg.flow(pg.LINTAS_UNIT, pg.PENUNJUKAN, get_options("barito_timur"))
    assert flow.steps[0].letter(pg.SEND).to == pg.PUO_EMPLOYEE
    assert [s.actor for s in flow.steps] == [pg.PUO_OWNER, pg.PUO_EMPLOYEE, pg.PUO_EMPLOYEE, pg.EMPLOYEE]
    assert pg.PPK_EMPLOYEE not in {s.actor for s in flow.steps}
    assert any(s.names_employee for s in flow.steps)
    # national / Karangasem: the PPK where the JF sits (KRA Ps 14(3)(a))
    kra = pg.flow(pg.LINTAS_UNIT, pg.PENUNJUKAN, get_options("karangasem"))
    assert kra.steps[0].letter(pg.SEND).to == pg.PPK_EMPLOYEE


def test_brt_lamp_ii_c2_3_a_volunteer_needs_consent_of_own_kepala_pd_and_or_puo():
    """BRT Lampiran II C.2)(3)(a)-(b).

    "a. Pejabat Fungsional dan/atau Pelaksana menyampaikan surat permohonan untuk dapat dilibatkan
    dalam pelaksanaan kinerja kepada Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi
    dituju atas persetujuan dari Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi
    bersangkutan;
    b. Apabila permohonan disetujui, maka Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi
    membuat surat penugasan [...]"
    """
    flow = pg.flow(pg.LINTAS_UNIT, pg.SUKARELA, get_options("barito_timur"))
    assert [s.actor for s in flow.steps] == [pg.EMPLOYEE, pg.PUO_EMPLOYEE, pg.PUO_OWNER, pg.EMPLOYEE]
    assert flow.steps[2].actions[pg.ISSUE_LETTER] == pg.DELIVERED
    assert pg.PPK_EMPLOYEE not in {s.actor for s in flow.steps}


def test_brt_lamp_ii_c1_3_c_cross_unit_assignment_drafted_where_he_sits_set_by_sk_tim_kerja():
    """BRT Lampiran II C.1)(3)(c), with Lampiran II "I. Pelaksanaan Tugas" A(4).

    "c. Apabila Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi dimana Pejabat
    Fungsional dan/atau Pelaksana dimaksud berada menyetujui pelibatan [...], maka Kepala
    Perangkat Daerah dan/atau Pimpinan Unit Organisasi dimana Pejabat Fungsional dan/atau
    Pelaksana dimaksud berada menyusun surat penugasan [...], yang selanjutnya oleh Kepala
    Perangkat Daerah dan/atau Pimpinan Unit Organisasi pemilik kinerja menetapkan dengan Surat
    Keputusan Tim Kerja;"
    "(4) Pelaksanaan tugas lintas Perangkat Daerah/unit kerja [...] dilakukan secara tim kerja"
    """
    opts = get_options("barito_timur")
    flow = pg.flow(pg.LINTAS_UNIT, pg.PENUNJUKAN, opts)
    issue = next(s for s in flow.steps if pg.ISSUE_LETTER in s.actions)
    assert issue.actor == pg.PUO_EMPLOYEE and issue.names_employee
    for scope in (pg.LINTAS_UNIT, pg.LINTAS_PD):
        for form in (pg.INDIVIDU, pg.TIM):
            assert pg.letter_for(scope, form, opts) == pg.SK_TIM_KERJA, (scope, form)
    # A(7): "ditugaskan secara individu diberikan surat penugasan" within the unit
    assert pg.letter_for(pg.DALAM_UNIT, pg.INDIVIDU, opts) == pg.SURAT_TUGAS
    assert pg.letter_for(pg.DALAM_UNIT, pg.TIM, opts) == pg.SK_TIM_KERJA


# --- the kedudukan table of Perbup Barito Timur 11/2024 Lampiran I (RULES.md §I, BRT rows) ----


def test_brt_lamp_i1_setda_ahli_utama_to_sekda_ahli_madya_to_kepala_biro_others_kepala_bagian():
    """BRT Lampiran I.1 2)-3).

    "a) Pejabat Fungsional Ahli Utama berkedudukan di bawah dan bertanggung jawab kepada
    Sekretaris Daerah;
    b) Pejabat Fungsional Ahli Madya, berkedudukan di bawah dan bertanggung jawab kepada Kepala
    Biro.
    3) Pejabat Fungsional Ahli Muda, Pejabat Fungsional Ahli Pertama, Pejabat Fungsional
    Keterampilan dan Pejabat Pelaksana berkedudukan di bawah dan bertanggung jawab kepada Kepala
    Bagian."
    """
    org = Org()
    biro = org.unit("Biro Hukum", "biro", org.asisten, head=("Kabiro", JPT))
    bagian = org.unit("Bagian Perundang-undangan", "bagian", biro, head=("Kabag", ADM))
    subbag = org.unit("Subbagian Produk Hukum", "subbagian", bagian, head=("Kasubag", PGW))
    for name, jenjang in [("Utama", "ahli_utama"), ("Madya", "ahli_madya"), ("Muda", "ahli_muda"),
                          ("Pertama", "ahli_pertama"), ("Penyelia", "penyelia")]:
        org.person(name, bagian, JF, jenjang)
    org.person("Staf", subbag, PLK)
    org.resolve("barito_timur")
    assert [org.of(n)[0] for n in ("Utama", "Madya", "Muda", "Pertama", "Penyelia", "Staf")] == [
        "Sekda", "Kabiro", "Kabag", "Kabag", "Kabag", "Kabag",
    ]
    assert org.of("Staf")[3] is None  # no Pengawas coordinates in Barito Timur


def test_brt_lamp_i2_dinas_ahli_utama_and_madya_to_pd_head_others_to_the_kabid():
    """BRT Lampiran I.2 2).

    "a) Pejabat Fungsional Ahli Utama dan Pejabat Fungsional Ahli Madya berkedudukan di bawah
    dan bertanggung jawab kepada Sekretaris DPRD/Inspektur/Kepala Dinas/Badan;
    b) Pejabat Fungsional Ahli Muda, Pejabat Fungsional Ahli Pertama, Pejabat Fungsional
    Keterampilan dan Pejabat Pelaksana berkedudukan di bawah dan bertanggung jawab kepada Kepala
    Bagian/Inspektur Pembantu/Bidang/Sekretaris."
    """
    org = Org()
    insp = dinas(org, "Inspektorat", "inspektorat", ("Inspektur", JPT))
    irban = org.unit("Inspektur Pembantu I", "other", insp, head=("Irban", ADM))
    d = dinas(org, "Dinas Pekerjaan Umum")
    bidang = org.unit("Bidang Bina Marga", "bidang", d, head=("Kabid", ADM))
    for name, unit, jenjang in [("Auditor Utama", irban, "ahli_utama"),
                                ("Auditor Madya", irban, "ahli_madya"),
                                ("Auditor Muda", irban, "ahli_muda"),
                                ("Teknik Madya", bidang, "ahli_madya"),
                                ("Teknik Mahir", bidang, "mahir")]:
        org.person(name, unit, JF, jenjang)
    org.person("Staf", bidang, PLK)
    org.resolve("barito_timur")
    assert org.of("Auditor Utama")[0] == "Inspektur"
    assert org.of("Auditor Madya")[0] == "Inspektur"
    assert org.of("Auditor Muda")[:2] == ("Irban", "Irban")
    assert org.of("Teknik Madya")[0] == "Kadis"
    assert org.of("Teknik Mahir")[:2] == ("Kabid", "Kabid")
    assert org.of("Staf")[:2] == ("Kabid", "Kabid")


def test_brt_lamp_i2_pengawas_ppk_of_ahli_pertama_keterampilan_and_pelaksana():
    """BRT Lampiran I.2, "Mekanisme sistem kerja pada Perangkat Daerah yang masih memiliki
    jabatan Pengawas" (2)(e).

    "Pejabat Pengawas sebagai Pejabat Penilai Kinerja"
    "e) Kepala Sub Bagian/Kepala Seksi/Kepala Sub Bidang menyampaikan arahan dan ekspektasi
    target kinerja kepada Pejabat Fungsional Ahli Pertama, dan Pejabat Fungsional Keterampilan
    dan/atau Pelaksana yang berada di bawah koordinasinya"
    """
    org = Org()
    d = dinas(org, "Badan Pendapatan Daerah", "badan", ("Kaban", JPT))
    bidang = org.unit("Bidang Pajak", "bidang", d, head=("Kabid", ADM))
    subbid = org.unit("Sub Bidang Pendataan", "seksi", bidang, head=("Kasubid", PGW))
    org.person("JF Pertama", subbid, JF, "ahli_pertama")
    org.person("JF Terampil", subbid, JF, "terampil")
    org.person("Staf", subbid, PLK)
    org.person("JF Muda", subbid, JF, "ahli_muda")
    org.resolve("barito_timur")
    for name in ("JF Pertama", "JF Terampil", "Staf"):
        assert org.of(name)[:2] == ("Kasubid", "Kasubid"), name
    assert org.of("JF Muda")[0] == "Kabid"  # 2) b): an Ahli Muda is under the Kabid


def test_brt_lamp_i3_rsud_kelas_c_kepala_bagian_and_kepala_bidang_ppk_and_puo():
    """BRT Lampiran I.3 (2)(d)-(f), (3)(b)-(c).

    "e) Kepala Bagian/Bidang menyampaikan arahan dan ekspektasi target kinerja kepada Pejabat
    Fungsional dan/atau Pelaksana yang berada di bawah koordinasinya;"
    "c) Pejabat Fungsional dan/atau Pelaksana sebagai individu menyampaikan hasil pelaksanaan
    kegiatan kepada Kepala Bagian/Bidang;"
    """
    org = Org()
    rs = org.unit("RSUD Tamiang Layang", "rsud", org.root, head=("Direktur", JPT), pd=True)
    bidang = org.unit("Bidang Pelayanan", "bidang", rs, head=("Kabid", ADM))
    seksi = org.unit("Seksi Keperawatan", "seksi", bidang, head=("Kasi", PGW))
    bagian = org.unit("Bagian Umum", "bagian", rs, head=("Kabag", ADM))
    org.person("Perawat", seksi, JF, "ahli_pertama")
    org.person("Staf", bagian, PLK)
    org.resolve("barito_timur")
    assert org.of("Perawat") == ("Kabid", "Kabid", "Direktur", None)
    assert org.of("Staf")[:2] == ("Kabag", "Kabag")


def test_brt_ps_11_2_assignments_within_across_units_pd_and_agencies():
    """BRT Pasal 11(2).

    "Penugasan secara individu dan/atau dalam tim kerja [...] dapat melibatkan Pejabat
    Fungsional dan pelaksana yang berasal dari dalam satu unit organisasi, lintas unit
    organisasi, lintas Perangkat Daerah dan/atau lintas Instansi pemerintah"
    """
    assert get_options("barito_timur")["scopes"] == [
        pg.DALAM_UNIT, pg.LINTAS_UNIT, pg.LINTAS_PD, pg.LINTAS_INSTANSI,
    ]


def test_brt_ps_16_2_ketua_reports_to_the_puo_and_or_the_ppk():
    """BRT Pasal 16(2), with Lampiran II "B. Pembagian Peran" (4)(e).

    "(2) Pejabat Fungsional dan pelaksana yang berperan sebagai ketua tim melaporkan pelaksanaan
    tugas tim kerja kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja secara
    berkala."
    """
    assert get_options("barito_timur")["ketua_reports_to_ppk"] is True
    assert get_options("national")["ketua_reports_to_ppk"] is False
