"""Fast tier: an individual, not only a team, raises a problem to his PUO (R33, issue 12 item 4).

The texts give a team the right to raise problems with alternative recommendations (KRA Ps 17);
an employee working alone reports to his PUO, also "pada saat ditemui permasalahan" (MUN Lamp D),
so his problem goes where his report goes (R31).
"""

import pytest

from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import review as rv
from sistem_kerja_asn.rules import tim_kerja as tk
from sistem_kerja_asn.rules.errors import RuleError
from sistem_kerja_asn.rules.presets import get_options


def test_mun_lamp_d_individual_raises_to_his_puo():
    """MUN Lamp D (tahap pelaksanaan): "Pejabat Fungsional dan Pelaksana yang bekerja secara
    individu berkoordinasi dan melaporkan perkembangan pelaksanaan tugas secara berkala atau pada
    saat ditemui permasalahan kepada Pimpinan Unit Organisasi"; KRA Ps 19: "melaporkan pelaksanaan
    tugasnya secara langsung kepada Pimpinan Unit Organisasi". Within his unit: his own PUO."""
    assert rv.individual_escalation_roles(get_options("muna")) == (pg.PUO_EMPLOYEE,)
    assert rv.individual_escalation_roles(get_options("karangasem")) == (pg.PUO_EMPLOYEE,)
    assert rv.individual_escalation_roles() == (pg.PUO_EMPLOYEE,)


def test_kra_ps17_2_c_d_across_units_the_owning_puo_decides():
    """KRA Ps 17(2)(c): a problem "kepada Pimpinan Unit Organisasi pemilik kinerja untuk
    diputuskan dan/atau ditindaklanjuti"; (d): for the collaboration needed, "kepada masing-masing
    Pimpinan Unit Organisasi dimana Pejabat Fungsional dan pelaksana dimaksud berada". On an
    individual assignment across units, the owning unit's PUO decides first; his own PUO follows
    up when the problem concerns his unit."""
    opts = get_options("karangasem")
    assert rv.individual_escalation_roles(opts, cross_unit_assignment=True) == (pg.PUO_OWNER,)
    assert rv.individual_escalation_roles(
        opts, cross_unit_assignment=True, concerns_own_unit=True,
    ) == (pg.PUO_OWNER, pg.PUO_EMPLOYEE)
    # Within his unit, the owner is his own PUO: nobody to add.
    assert rv.individual_escalation_roles(opts, concerns_own_unit=True) == (pg.PUO_EMPLOYEE,)


def test_brt_ps15_individual_also_to_the_ppk():
    """BRT Ps 15: "Pejabat Fungsional dan pelaksana yang ditugaskan secara individu melaporkan
    pelaksanaan tugasnya secara langsung kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai
    Kinerja": in Barito Timur the PPK receives it too, after the PUO who decides."""
    assert rv.individual_escalation_roles(get_options("barito_timur")) == (
        pg.PUO_EMPLOYEE, pg.PPK_EMPLOYEE,
    )
    assert rv.individual_escalation_roles(
        get_options("barito_timur"), cross_unit_assignment=True, concerns_own_unit=True,
    ) == (pg.PUO_OWNER, pg.PUO_EMPLOYEE, pg.PPK_EMPLOYEE)


def test_r33_only_the_employee_on_his_running_individual_assignment():
    """R33 (KRA Ps 17(1)(a)-(b)): the individual raises on his own individual assignment while
    carrying it out; a team member's share of a team's work is raised by the team."""
    rv.check_individual_escalation(pg.INDIVIDU, True, True)
    cases = [
        ((pg.TIM, True, True), "escalation_not_individual"),
        ((pg.INDIVIDU, True, False), "escalation_not_own"),
        ((pg.INDIVIDU, False, True), "escalation_not_active"),
    ]
    for args, code in cases:
        with pytest.raises(RuleError) as err:
            rv.check_individual_escalation(*args)
        assert err.value.code == code


def test_r33_individual_still_gives_alternatives():
    """KRA Ps 17(1)(b)(3): "permasalahan dan kendala beserta alternatif rekomendasi"; the same
    check holds for a problem raised alone."""
    assert rv.check_escalation("Data desa terlambat", "Minta data ke Puskesmas") == [
        "Minta data ke Puskesmas"
    ]
    with pytest.raises(RuleError) as err:
        rv.check_escalation("Data desa terlambat", " ")
    assert err.value.code == "alternatives_required"


def test_r33_who_answers_and_closes_an_individual_problem():
    """KRA Ps 17(1)(b)(3): the PUO decides ("untuk diputuskan dan/atau ditindaklanjuti"); the
    employee who raised it closes it, as the ketua closes the team's; a fellow employee neither."""
    assert rv.escalation_may_act(rv.RAISED, rv.ANSWER, [pg.PUO_OWNER])
    assert not rv.escalation_may_act(rv.RAISED, rv.ANSWER, [pg.EMPLOYEE])
    assert rv.escalation_may_act(rv.RAISED, rv.CLOSE, [pg.EMPLOYEE])
    assert rv.escalation_may_act(rv.ANSWERED, rv.CLOSE, [pg.EMPLOYEE])
    assert not rv.escalation_may_act(rv.RAISED, rv.CLOSE, [tk.ANGGOTA])
    assert not rv.escalation_may_act(rv.RAISED, rv.ANSWER, [])
