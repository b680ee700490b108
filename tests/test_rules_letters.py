"""Fast tier: the words of the official letters (R15, issue 12 item 5): the heads named by their
office as the regencies write them, the regent who signs a Keputusan Bupati / Wali Kota, the
decree heading, the tembusan by position, numbers the Indonesian way and the legal basis each
preset prints. Expected values are the regulations' own words (quoted in the docstrings)."""

import pytest

from sistem_kerja_asn.rules import letters
from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import presets
from sistem_kerja_asn.rules import tim_kerja as tk
from sistem_kerja_asn.rules.errors import RuleError

PERMENPANRB_7_2022 = (
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 "
    "tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi"
)


# -- the heads by their office ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["Kecamatan Katobu", "Katobu", "KECAMATAN Katobu"])
def test_mun_lamp_d6_bks_ps_78_camat_katobu(name):
    """MUN Lamp D.6: "Unit Organisasi yang menerapkan penggambaran tersebut adalah Perangkat
    Daerah Kecamatan, yaitu: 1) Kecamatan Katobu"; its head is the Camat ("Camat/Kepala Dinas
    akan menetapkan kinerja pejabat Pengawas"); BKS Ps 78(1): "Camat sebagai Pejabat
    Administrator berkedudukan sebagai Kepala Perangkat Daerah". Never "Kepala Kecamatan"."""
    title = letters.head_title("kecamatan", name)
    assert title == "Camat Katobu"
    assert "Kepala Kecamatan" not in letters.office_title("kecamatan", name)
    assert letters.head_title("kecamatan", "") == "Camat"


def test_kra_ps_48_bks_ps_78_2_lurah():
    """KRA Ps 48: "Lurah atas rekomendasi Sekretaris Lurah dan Kepala Seksi menugaskan Pejabat
    Fungsional dan pelaksana"; BKS Ps 78(2): "... Kepala Seksi pada Kecamatan, Lurah, Sekretaris
    Kelurahan dan Kepala Seksi pada Kelurahan sebagai Pejabat Pengawas"."""
    assert letters.head_title("kelurahan", "Kelurahan Raha I") == "Lurah Raha I"
    # a Kelurahan is an office of its own: not followed by its Kecamatan
    assert letters.office_title("kelurahan", "Kelurahan Raha I", "Kecamatan Katobu") == \
        "Lurah Raha I"


def test_bks_ps_60_1_dps_ps_1_direktur_rsud():
    """BKS Ps 60(1), 69(1): "Direktur sebagai Pejabat Tinggi Pratama berkedudukan sebagai Kepala
    Perangkat Daerah"; DPS Ps 1 angka 7: "Rumah Sakit adalah Rumah Sakit Umum Daerah Wangaya"."""
    assert letters.head_title("rsud", "RSUD Cabangbungin") == "Direktur RSUD Cabangbungin"
    assert letters.head_title("rsud", "Rumah Sakit Umum Daerah Wangaya") == \
        "Direktur Rumah Sakit Umum Daerah Wangaya"
    assert letters.head_title("rsud", "Wangaya") == "Direktur RSUD Wangaya"


def test_bks_ps_15_1_kra_ps_34_inspektur():
    """BKS Ps 15(1): "Inspektur Daerah sebagai Pejabat Tinggi Pratama berkedudukan sebagai Kepala
    Perangkat Daerah"; KRA Ps 34(1): "struktur penugasan Inspektur Daerah sebagai Pejabat Penilai
    Kinerja serta Sekretaris dan Inspektur Pembantu sebagai Pimpinan Unit Organisasi"."""
    assert letters.head_title("inspektorat", "Inspektorat Daerah") == "Inspektur Daerah"
    assert letters.head_title("inspektorat", "Inspektorat") == "Inspektur"
    assert letters.head_title("other", "Inspektorat Pembantu Wilayah I") == \
        "Inspektur Pembantu Wilayah I"


def test_mun_lamp_d1_bks_ps_24_sekretaris():
    """MUN Lamp D.1: "Sekretaris Daerah akan menetapkan kinerja Asisten Sekretaris Daerah";
    BKS Ps 24(1): "Sekretaris DPRD sebagai Pejabat Tinggi Pratama berkedudukan sebagai Kepala
    Perangkat Daerah"; KRA Ps 39(2): "Kepala Dinas/Badan ... bagi Sekretaris, Kepala Sub
    Bagian"."""
    assert letters.head_title("setda", "Sekretariat Daerah") == "Sekretaris Daerah"
    assert letters.head_title("setda", "Setda") == "Sekretaris Daerah"
    assert letters.head_title("setwan", "Sekretariat DPRD") == "Sekretaris DPRD"
    assert letters.head_title("other", "Sekretariat") == "Sekretaris"
    assert letters.office_title("other", "Sekretariat", "Dinas Kesehatan") == \
        "Sekretaris Dinas Kesehatan"
    # MUN Lamp D.1: "Asisten Sekretaris Daerah": a unit named after its head's position
    assert letters.head_title("other", "Asisten Pemerintahan dan Kesra") == \
        "Asisten Pemerintahan dan Kesra"


def test_mun_lamp_d5_bks_ps_51_kepala():
    """MUN Lamp D.5: "Kepala Dinas Kesehatan sebagai Pengampu Urusan Bidang Kesehatan"; BKS Ps
    51(1): "Kepala Badan sebagai Pejabat Tinggi Pratama berkedudukan sebagai Kepala Perangkat
    Daerah"; the Level-2 heads by their unit, inside their PD."""
    assert letters.head_title("dinas", "Dinas Kesehatan") == "Kepala Dinas Kesehatan"
    assert letters.head_title("dinas", "Kesehatan") == "Kepala Dinas Kesehatan"
    assert letters.head_title("badan", "Badan Kepegawaian Daerah") == \
        "Kepala Badan Kepegawaian Daerah"
    assert letters.head_title("puskesmas", "UPTD Puskesmas Raha") == "Kepala UPTD Puskesmas Raha"
    assert letters.head_title("bidang", "Bidang A") == "Kepala Bidang A"
    assert letters.office_title("bidang", "Bidang A", "Dinas Kesehatan") == \
        "Kepala Bidang A Dinas Kesehatan"
    assert letters.office_title("dinas", "Dinas Kesehatan", None) == "Kepala Dinas Kesehatan"


# -- the regent and the decree ---------------------------------------------------------------


def test_kra_mun_ps_1_angka_3_bupati():
    """KRA Ps 1 angka 3: "Bupati adalah Bupati Karangasem."; MUN Ps 1 angka 3: "Bupati adalah
    Bupati Muna." (the letterhead's government, "PEMERINTAH KABUPATEN MUNA")."""
    assert letters.regent_title("Pemerintah Kabupaten Karangasem") == "Bupati Karangasem"
    assert letters.regent_title("PEMERINTAH KABUPATEN MUNA") == "Bupati Muna"
    assert letters.regent_title("Kabupaten Barito Timur") == "Bupati Barito Timur"
    assert letters.region_name("PEMERINTAH KABUPATEN MUNA") == "Kabupaten Muna"


def test_dps_ps_1_angka_3_walikota():
    """DPS Ps 1 angka 3: "Walikota adalah Walikota Denpasar." The preset writes the office as the
    regulation does; without it a Kota has a Wali Kota."""
    office = presets.get_options("denpasar")["regent_office"]
    assert letters.regent_title("Pemerintah Kota Denpasar", office) == "Walikota Denpasar"
    assert letters.regent_title("Pemerintah Kota Denpasar") == "Wali Kota Denpasar"
    assert presets.get_options("muna")["regent_office"] is None


def test_mun_ps_13_5_bks_ps_80_decree_heading():
    """MUN Ps 13(5): "... antar Unit Organisasi ditetapkan dengan Keputusan Kepala Perangkat
    Daerah"; BKS Ps 80: "penugasan lintas perangkat daerah dengan Keputusan Camat sebagai pemilik
    kinerja"; BKS Ps 8: a Keputusan Bupati."""
    assert letters.decree_title("Kepala Dinas Kesehatan", "Pemerintah Kabupaten Muna") == \
        "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MUNA"
    assert letters.decree_title("Camat Cikarang Utara", "PEMERINTAH KABUPATEN BEKASI") == \
        "KEPUTUSAN CAMAT CIKARANG UTARA KABUPATEN BEKASI"
    assert letters.decree_title("Bupati Bekasi", "Pemerintah Kabupaten Bekasi") == \
        "KEPUTUSAN BUPATI BEKASI"
    assert letters.decree_title("Walikota Denpasar", "Pemerintah Kota Denpasar") == \
        "KEPUTUSAN WALIKOTA DENPASAR"
    assert [letters.diktum(i) for i in range(5)] == \
        ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"]


def test_brt_lamp_ii_a7_team_name():
    """BRT Lamp II A(7): "Surat Keputusan Tim Kerja"; a team named "Tim ..." is not named "Tim
    Kerja Tim ..." in its decree."""
    assert letters.team_name("Tim Percepatan Penurunan Stunting") == \
        "Tim Percepatan Penurunan Stunting"
    assert letters.team_name("Tim Kerja Surveilans") == "Tim Kerja Surveilans"
    assert letters.team_name("Surveilans Campak") == "Tim Kerja Surveilans Campak"
    assert letters.team_name("Timbang Balita") == "Tim Kerja Timbang Balita"


def test_kra_ps_14_3_a_tembusan_by_position():
    """KRA Ps 14(3)(a): "... kepada Pejabat Penilai Kinerja dituju ... dengan tembusan Pejabat
    Penilai Kinerja bersangkutan": the copy goes to an office. Repeats, blanks and the signer's
    own office are dropped."""
    got = letters.tembusan(
        ["Kepala Bidang A", "", None, "Kepala Bidang A", "Inspektur", "Kepala Dinas Kesehatan"],
        exclude=["Kepala Dinas Kesehatan"],
    )
    assert got == ["Kepala Bidang A", "Inspektur"]


# -- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "text"), [
    (0.5, "0,5"), (1250, "1.250"), (37.5, "37,5"), (1234567.891, "1.234.567,89"), (2.0, "2"),
    (0, "0"), (-3.25, "-3,25"), (-0.001, "0"), (None, ""), (False, ""),
])
def test_dps_ps_17_numbers_the_indonesian_way(value, text):
    """DPS Ps 17(1) writes the week as "37 (tiga puluh tujuh) jam 30 (tiga puluh) menit": 37,5
    hours, a comma before the decimals (and a dot between thousands)."""
    assert letters.format_number(value) == text


def test_format_number_decimals():
    assert letters.format_number(7.46, 1) == "7,5"
    assert letters.format_number(1250.0, 0) == "1.250"


# -- the legal basis of each preset -------------------------------------------------------------

REGULATIONS = {
    # KRA (title): "PERATURAN BUPATI KARANGASEM NOMOR 15 TAHUN 2023 TENTANG SISTEM KERJA DI
    # LINGKUNGAN PEMERINTAH DAERAH"
    "karangasem": "Peraturan Bupati Karangasem Nomor 15 Tahun 2023 tentang Sistem Kerja di "
    "Lingkungan Pemerintah Daerah",
    # MUN: "Menetapkan : PERATURAN BUPATI TENTANG SISTEM KERJA DI LINGKUNGAN PEMERINTAH
    # KABUPATEN MUNA"
    "muna": "Peraturan Bupati Muna Nomor 19 Tahun 2024 tentang Sistem Kerja di Lingkungan "
    "Pemerintah Kabupaten Muna",
    # DPS: "PERATURAN WALIKOTA DENPASAR NOMOR 69 TAHUN 2023 TENTANG SISTEM KERJA DI LINGKUNGAN
    # PEMERINTAH DAERAH"
    "denpasar": "Peraturan Walikota Denpasar Nomor 69 Tahun 2023 tentang Sistem Kerja di "
    "Lingkungan Pemerintah Daerah",
    # BKS: "PERATURAN BUPATI BEKASI NOMOR 18 TAHUN 2024 TENTANG MEKANISME KERJA PERANGKAT DAERAH
    # DI LINGKUNGAN PEMERINTAH KABUPATEN BEKASI"
    "bekasi": "Peraturan Bupati Bekasi Nomor 18 Tahun 2024 tentang Mekanisme Kerja Perangkat "
    "Daerah di Lingkungan Pemerintah Kabupaten Bekasi",
    # BRT: "Menetapkan : PERATURAN BUPATI TENTANG SISTEM KERJA DI LINGKUNGAN PEMERINTAH
    # KABUPATEN BARITO TIMUR"
    "barito_timur": "Peraturan Bupati Barito Timur Nomor 11 Tahun 2024 tentang Sistem Kerja di "
    "Lingkungan Pemerintah Kabupaten Barito Timur",
}


@pytest.mark.parametrize("key", sorted(REGULATIONS))
def test_each_regency_cites_its_regulation(key):
    """Every regulation's Mengingat cites "Peraturan Menteri Pendayagunaan Aparatur Negara dan
    Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk
    Penyederhanaan Birokrasi"; a regency's letters cite its own regulation last (the highest act
    first, as a Mengingat lists them)."""
    basis = presets.get_options(key)["letter_legal_basis"]
    assert PERMENPANRB_7_2022 in basis
    assert basis[-1] == REGULATIONS[key]
    assert basis.index(PERMENPANRB_7_2022) < basis.index(REGULATIONS[key])
    others = set(REGULATIONS.values()) - {REGULATIONS[key]}
    assert not others & set(basis)


def test_national_cites_the_national_acts_only():
    basis = presets.get_options("national")["letter_legal_basis"]
    assert basis[-1] == PERMENPANRB_7_2022
    assert not set(REGULATIONS.values()) & set(basis)


@pytest.mark.parametrize(("option", "value"), [
    ("letter_legal_basis", "one string"), ("letter_legal_basis", ["", "x"]),
    ("letter_legal_basis", None), ("regent_office", ""), ("regent_office", 3),
])
def test_letter_options_checked(option, value):
    with pytest.raises(RuleError) as info:
        pg.check_options({"key": "national", option: value})
    assert info.value.code == "invalid_option"


# -- who signs, who is addressed, who is copied ---------------------------------------------------


def _steps(key, scope, method=pg.PENUNJUKAN):
    return pg.flow(scope, method, presets.get_options(key)).steps


@pytest.mark.parametrize("issuer", [pg.PUO_OWNER, pg.PPK_EMPLOYEE, pg.PD_HEAD_OWNER])
def test_mun_ps_13_5_keputusan_kepala_pd_signed_by_the_head_of_pd(issuer):
    """MUN Ps 13(5): "Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim
    kerja yang melibatkan Pejabat Fungsional dan pelaksana antar Unit Organisasi ditetapkan
    dengan Keputusan Kepala Perangkat Daerah": whoever issues it in the flow (the Kepala Bidang
    where the JF sits, the PUO whose team gives him the work), the Kepala PD signs it."""
    assert letters.signer_role(pg.KEPUTUSAN_KEPALA_PD, issuer) == pg.PD_HEAD_OWNER
    team_issuer = letters.issuer_role(_steps("muna", pg.LINTAS_UNIT), in_team=True)
    assert team_issuer == pg.PUO_OWNER
    assert letters.signer_role(pg.KEPUTUSAN_KEPALA_PD, team_issuer) == pg.PD_HEAD_OWNER


def test_mun_ps_13_6_surat_tugas_signed_by_its_issuer():
    """MUN Ps 13(6): "Penugasan ... dalam Unit Organisasi dengan surat tugas oleh Pejabat
    Penilai Kinerja atau Pimpinan Unit Organisasi"; KRA Ps 14(3)(c): across units "Pejabat
    Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud berada menyusun surat
    penugasan". A letter is signed by whoever issues it in the flow."""
    issuer = letters.issuer_role(_steps("karangasem", pg.LINTAS_UNIT))
    assert issuer == pg.PPK_EMPLOYEE
    assert letters.signer_role(pg.SURAT_TUGAS, issuer) == pg.PPK_EMPLOYEE
    within = letters.issuer_role(_steps("muna", pg.DALAM_UNIT))
    assert within == pg.PUO_EMPLOYEE  # MUN Lamp B.b.1.a: the PUO assigns within his unit
    assert letters.signer_role(pg.SURAT_TUGAS, within) == within
    # BKS Ps 17: the Inspektorat's Surat Perintah within the PD, by the PPK (BKS Ps 89(2))
    bks = letters.issuer_role(_steps("bekasi", pg.DALAM_UNIT))
    assert letters.signer_role(pg.SURAT_PERINTAH, bks) == pg.PPK_EMPLOYEE


def test_bks_ps_1_angka_3_keputusan_bupati_signed_by_the_regent():
    """BKS Ps 1 angka 3: "Bupati adalah Bupati Bekasi selaku Pejabat Pembina Kepegawaian"; BKS
    Ps 17: across PDs the Inspektorat's assignment is set "dengan Keputusan Bupati": the
    regent's side signs it, never the head of the PD who issued it in the flow."""
    issuer = letters.issuer_role(_steps("bekasi", pg.LINTAS_PD))
    assert issuer == pg.PD_HEAD_OWNER
    assert letters.signer_role(pg.KEPUTUSAN_BUPATI, issuer) == letters.REGENT


def test_mun_ps_1_angka_16_sk_tim_kerja_signed_by_whoever_establishes_the_team():
    """MUN Ps 1 angka 16: the tim kerja is set by the Kepala Perangkat Daerah; KRA Ps 16(5):
    the PUO; BRT Lamp II C.1)(3)(c): "... oleh Kepala Perangkat Daerah dan/atau Pimpinan Unit
    Organisasi pemilik kinerja menetapkan dengan Surat Keputusan Tim Kerja", though the PUO
    where the JF sits issues the assignment in the flow."""
    muna = tk.decree_signer(presets.get_options("muna"))
    assert letters.signer_role(pg.SK_TIM_KERJA, pg.PUO_OWNER, muna) == pg.PD_HEAD_OWNER
    national = tk.decree_signer(presets.get_options("karangasem"))
    assert letters.signer_role(pg.SK_TIM_KERJA, pg.PUO_OWNER, national) == pg.PUO_OWNER
    brt = presets.get_options("barito_timur")
    issuer = letters.issuer_role(pg.flow(pg.LINTAS_UNIT, pg.PENUNJUKAN, brt).steps)
    assert issuer == pg.PUO_EMPLOYEE
    assert letters.signer_role(pg.SK_TIM_KERJA, issuer, tk.decree_signer(brt)) == pg.PUO_OWNER
    assert letters.signer_role(pg.SK_TIM_KERJA, issuer) == issuer  # no establisher given


@pytest.mark.parametrize("key", ["karangasem", "muna", "denpasar"])
def test_kra_ps_14_3_request_and_answer_roles(key):
    """KRA Ps 14(3)(a): "pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan
    pelibatan ... kepada Pejabat Penilai Kinerja dituju dimana Pejabat Fungsional atau
    pelaksana dimaksud berada dengan tembusan Pejabat Penilai Kinerja bersangkutan"; (b): that
    PPK "memroses dan menjawab"; (c): "dengan rekomendasi dari Pimpinan Unit Organisasi" (MUN
    Lamp B.b.1.b(1) says the same)."""
    steps = _steps(key, pg.LINTAS_UNIT)
    assert letters.correspondence(steps, pg.PERMOHONAN_PELIBATAN) == {
        "signer": pg.PUO_OWNER, "to": pg.PPK_EMPLOYEE, "copies": (pg.PPK_OWNER,)}
    assert letters.correspondence(steps, pg.JAWABAN) == {
        "signer": pg.PPK_EMPLOYEE, "to": pg.PUO_OWNER,
        "copies": (pg.PPK_OWNER, pg.PUO_EMPLOYEE)}


def test_kra_ps_14_4_across_agencies_the_pyb_answers_the_pyb():
    """KRA Ps 14(4)(a): "pimpinan Unit Organisasi pemilik kinerja terlebih dahulu mengirimkan
    surat permohonan pelibatan ... kepada Pejabat yang Berwenang dengan tembusan Pejabat Penilai
    Kinerja bersangkutan di instansinya"; (e)(1): "Pejabat yang Berwenang mengirimkan surat
    jawaban permohonan kepada Pejabat yang Berwenang pemohon"."""
    steps = _steps("karangasem", pg.LINTAS_INSTANSI)
    request = letters.correspondence(steps, pg.PERMOHONAN_PELIBATAN)
    assert (request["signer"], request["to"]) == (pg.PUO_OWNER, pg.PYB_REQUESTER)
    assert request["copies"] == (pg.PPK_OWNER,)
    answer = letters.correspondence(steps, pg.JAWABAN)
    assert (answer["signer"], answer["to"]) == (pg.PYB_TARGET, pg.PYB_REQUESTER)


def test_bks_ps_89_3_between_pd_heads():
    """BKS Ps 89(3)(a): "Pimpinan Perangkat Daerah pemilik kinerja, mengirimkan surat
    permohonan pelibatan ... kepada Pimpinan Perangkat Daerah dituju dengan tembusan Pejabat
    Penilai Kinerja"; (b)(2): "Apabila Pimpinan Perangkat Daerah menolak, maka harus memberikan
    surat jawaban"."""
    steps = _steps("bekasi", pg.LINTAS_PD)
    assert letters.correspondence(steps, pg.PERMOHONAN_PELIBATAN) == {
        "signer": pg.PD_HEAD_OWNER, "to": pg.PD_HEAD_EMPLOYEE, "copies": (pg.PPK_EMPLOYEE,)}
    answer = letters.correspondence(steps, pg.JAWABAN)
    assert (answer["signer"], answer["to"]) == (pg.PD_HEAD_EMPLOYEE, pg.PD_HEAD_OWNER)


def test_brt_lamp_ii_c1_3_the_puo_where_he_sits_answers():
    """BRT Lamp II C.1)(3)(a): "... mengirimkan surat permohonan pelibatan ... kepada Kepala
    Perangkat Daerah dan/atau Pimpinan Unit Organisasi dituju dimana Pejabat Fungsional dan/atau
    Pelaksana dimaksud berada"; (b): they "memproses dan menjawab surat permohonan pelibatan"
    (no PPK named, no tembusan)."""
    steps = _steps("barito_timur", pg.LINTAS_UNIT)
    assert letters.correspondence(steps, pg.PERMOHONAN_PELIBATAN) == {
        "signer": pg.PUO_OWNER, "to": pg.PUO_EMPLOYEE, "copies": ()}
    assert letters.correspondence(steps, pg.JAWABAN) == {
        "signer": pg.PUO_EMPLOYEE, "to": pg.PUO_OWNER, "copies": ()}


def test_kra_ps_15_3_a_volunteer_signs_his_own_request():
    """KRA Ps 15(3)(a): "Pejabat Fungsional atau pelaksana menyampaikan surat permohonan untuk
    dapat dilibatkan dalam pelaksanaan kinerja kepada Pimpinan Unit Organisasi dituju dengan
    tembusan Pejabat Penilai Kinerja dan Pimpinan Unit Organisasi bersangkutan"."""
    steps = _steps("karangasem", pg.LINTAS_UNIT, pg.SUKARELA)
    assert letters.correspondence(steps, pg.PERMOHONAN_PELIBATAN) == {
        "signer": pg.EMPLOYEE, "to": pg.PUO_OWNER,
        "copies": (pg.PPK_EMPLOYEE, pg.PUO_EMPLOYEE)}
    answer = letters.correspondence(steps, pg.JAWABAN)
    assert (answer["signer"], answer["to"]) == (pg.PUO_OWNER, pg.EMPLOYEE)


def test_within_the_unit_no_correspondence():
    """KRA Ps 14(2): within the unit the PUO assigns "secara langsung": no request, no answer."""
    steps = _steps("karangasem", pg.DALAM_UNIT)
    assert letters.correspondence(steps, pg.PERMOHONAN_PELIBATAN) is None
    assert letters.correspondence(steps, pg.JAWABAN) is None
    assert letters.correspondence(_steps("karangasem", pg.LINTAS_UNIT), "rekomendasi") is None


def test_mun_ps_13_5_the_issuer_has_a_copy_of_the_keputusan_he_does_not_sign():
    """MUN Ps 13(5): "... antar Unit Organisasi ditetapkan dengan Keputusan Kepala Perangkat
    Daerah", though the PPK where the JF sits prepares it in the flow (MUN Lamp B.b.1.b(3):
    "Pejabat Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud berada menyusun
    surat penugasan"): he, and the PUO who asked (the flow's copy), have a copy; the Kepala PD
    signs, so he has none."""
    steps = _steps("muna", pg.LINTAS_UNIT)
    issuer = letters.issuer_role(steps)
    copies = letters.assignment_copies(steps, pg.KEPUTUSAN_KEPALA_PD, issuer)
    assert copies[0] == pg.PPK_EMPLOYEE
    assert pg.PUO_OWNER in copies
    assert pg.PD_HEAD_OWNER not in copies
    # a Surat Tugas the issuer signs himself: no copy to himself
    assert pg.PPK_EMPLOYEE not in letters.assignment_copies(steps, pg.SURAT_TUGAS, issuer)


def test_bks_ps_17_keputusan_bupati_copied_to_the_pd_head_who_asked():
    """BKS Ps 17: across PDs "dengan Keputusan Bupati"; BKS Ps 89(3)(a): the head of the owning
    PD asked for it: the regent signs, the head of the PD has a copy, once."""
    steps = _steps("bekasi", pg.LINTAS_PD)
    issuer = letters.issuer_role(steps)
    copies = letters.assignment_copies(steps, pg.KEPUTUSAN_BUPATI, issuer)
    assert copies[0] == pg.PD_HEAD_OWNER
    assert copies.count(pg.PD_HEAD_OWNER) == 1
    assert letters.REGENT not in copies


def test_kra_ps_14_4_e_3_copies_across_agencies():
    """KRA Ps 14(4)(e)(3): "Pimpinan Unit Organisasi akan memberikan surat penugasan ... dengan
    tembusan Pejabat yang Berwenang instansi bersangkutan, Pejabat Penilai Kinerja bersangkutan,
    dan Pejabat yang Berwenang instansi pemohon"."""
    steps = _steps("karangasem", pg.LINTAS_INSTANSI)
    copies = letters.assignment_copies(steps, pg.SURAT_TUGAS, letters.issuer_role(steps))
    for role in (pg.PYB_TARGET, pg.PPK_EMPLOYEE, pg.PYB_REQUESTER):
        assert role in copies
    assert pg.PUO_EMPLOYEE not in copies  # he signs it
