"""Fast tier: Perbup Barito Timur 11/2024 as rules/presets/barito_timur.py states it, one test per
article."""

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
    # C.1)(3)(c): across units the official asked "menyusun surat penugasan" for an individual
    assert pg.letter_for(pg.LINTAS_UNIT, pg.INDIVIDU, opts) == pg.SURAT_TUGAS


def test_brt_ps_15_individual_reports_to_the_puo_and_or_the_ppk():
    """BRT Pasal 15.

    "Pejabat Fungsional dan pelaksana yang ditugaskan secara individu melaporkan pelaksanaan
    tugasnya secara langsung kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja."
    """
    assert get_all_options("barito_timur")["individual_reports_to_ppk"] is True
    assert get_all_options("national")["individual_reports_to_ppk"] is False
