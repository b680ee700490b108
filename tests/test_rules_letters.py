"""Fast tier: the words of the official letters (R15, issue 12 item 5): the heads named by their
office as the regencies write them, the regent who signs a Keputusan Bupati / Wali Kota, the
decree heading, the tembusan by position, numbers the Indonesian way and the legal basis each
preset prints. Expected values are the regulations' own words (quoted in the docstrings)."""

import pytest

from sistem_kerja_asn.rules import letters
from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import presets
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
