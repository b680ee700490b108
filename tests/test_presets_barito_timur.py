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
