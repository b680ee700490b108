"""Fast tier: tim kerja, work teams (R9, R22-R29)."""

import datetime

import pytest

from sistem_kerja_asn.rules import kedudukan as kd
from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import positions as pos
from sistem_kerja_asn.rules import tim_kerja as tk
from sistem_kerja_asn.rules.errors import RuleError
from sistem_kerja_asn.rules.presets import OPTIONS
from sistem_kerja_asn.rules.presets import get_options
from sistem_kerja_asn.rules.presets import get_policy

D = datetime.date
ALL_ROLES = [code for code, _label in pg.ROLES]
MUN = get_options("muna")
DPS = get_options("denpasar")
KRA = get_options("karangasem")


def members(*pairs):
    return list(pairs)


TEAM = members((1, tk.KETUA), (2, tk.ANGGOTA), (3, tk.ANGGOTA))


# --- vocabulary and life cycle --------------------------------------------------------------


def test_vocabulary():
    """R24 kinds, R22/R28 roles, R22 states."""
    assert [c for c, _l in tk.KINDS] == ["rutin", "insidental"]
    assert [c for c, _l in tk.ROLES] == ["ketua", "anggota", "pengendali"]
    assert [c for c, _l in tk.STATES] == ["draft", "proposed", "established", "closed", "dissolved"]
    states = {c for c, _l in tk.STATES}
    actions = {c for c, _l in tk.ACTIONS}
    for state, by_action in tk.TRANSITIONS.items():
        assert state in states and state not in tk.TERMINAL
        for action, (nxt, _role) in by_action.items():
            assert action in actions and nxt in states


def test_r22_life_cycle():
    """R22: draft -> proposed -> established (decree number and date) -> closed / dissolved."""
    assert tk.transition(tk.DRAFT, tk.PROPOSE) == tk.PROPOSED
    assert tk.transition(tk.PROPOSED, tk.RETURN, reason="add a member") == tk.DRAFT
    assert (
        tk.transition(tk.PROPOSED, tk.ESTABLISH, decree_number="800/12", decree_date=D(2025, 1, 6))
        == tk.ESTABLISHED
    )
    assert tk.transition(tk.ESTABLISHED, tk.CLOSE) == tk.CLOSED
    assert tk.transition(tk.ESTABLISHED, tk.DISSOLVE, reason="mandate withdrawn") == tk.DISSOLVED


@pytest.mark.parametrize("number, date", [(None, D(2025, 1, 6)), ("  ", D(2025, 1, 6)), ("800/12", None)])
def test_r22_establish_needs_decree(number, date):
    """R22 (DPS Ps 9(5)): a team is set by decree: number and date required."""
    with pytest.raises(RuleError) as err:
        tk.transition(tk.PROPOSED, tk.ESTABLISH, decree_number=number, decree_date=date)
    assert err.value.code == "decree_required"


@pytest.mark.parametrize("state, action", [(tk.PROPOSED, tk.RETURN), (tk.ESTABLISHED, tk.DISSOLVE)])
def test_return_and_dissolve_need_reason(state, action):
    with pytest.raises(RuleError) as err:
        tk.transition(state, action, reason=" ")
    assert err.value.code == "reason_required"


@pytest.mark.parametrize(
    "state, action",
    [(tk.DRAFT, tk.ESTABLISH), (tk.CLOSED, tk.DISSOLVE), (tk.DISSOLVED, tk.CLOSE), ("x", tk.PROPOSE)],
)
def test_team_action_not_allowed(state, action):
    with pytest.raises(RuleError) as err:
        tk.transition(state, action, decree_number="1", decree_date=D(2025, 1, 1), reason="r")
    assert err.value.code == "action_not_allowed"


@pytest.mark.parametrize("key", list(OPTIONS))
def test_r22_who_acts(key):
    """R22/R25: the owning PUO proposes; the decree is signed by the PUO or, in Muna, the head of
    the PD (MUN Ps 1 angka 16); every other role is refused."""
    opts = get_options(key)
    signer = opts["team_established_by"]
    expected = {
        (tk.DRAFT, tk.PROPOSE): pg.PUO_OWNER,
        (tk.PROPOSED, tk.ESTABLISH): signer,
        (tk.PROPOSED, tk.RETURN): signer,
        (tk.ESTABLISHED, tk.CLOSE): signer,
        (tk.ESTABLISHED, tk.DISSOLVE): signer,
    }
    for (state, action), role in expected.items():
        assert tk.actor_role(state, action, opts) == role
        for other in ALL_ROLES:
            assert tk.may_act(state, action, {other}, opts) == (other == role)
    assert tk.actor_role(tk.CLOSED, tk.CLOSE, opts) is None
    assert MUN["team_established_by"] == pg.PD_HEAD_OWNER


def test_allowed_actions():
    assert tk.allowed_actions(tk.PROPOSED, {pg.PUO_OWNER}, KRA) == [tk.ESTABLISH, tk.RETURN]
    assert tk.allowed_actions(tk.PROPOSED, {pg.PUO_OWNER}, MUN) == []
    assert tk.allowed_actions(tk.DRAFT, {pg.PUO_OWNER}, MUN) == [tk.PROPOSE]


# --- check_team -----------------------------------------------------------------------------


def test_a_good_team_passes():
    """R22-R24: a routine team within its budget year, an incidental team with an end."""
    tk.check_team(tk.RUTIN, D(2025, 1, 1), D(2025, 12, 31), TEAM, ketua=1)
    tk.check_team(tk.RUTIN, D(2025, 1, 1), None, TEAM, ketua=1)
    tk.check_team(tk.INSIDENTAL, D(2025, 3, 1), D(2025, 4, 30), TEAM, ketua=1)
    tk.check_team(tk.INSIDENTAL, D(2025, 9, 1), D(2026, 2, 28), TEAM, ketua=1)
    tk.check_team(tk.RUTIN, D(2025, 1, 1), None, members((2, tk.ANGGOTA)))  # ketua optional (KRA)


def code_of(*args, **kwargs):
    with pytest.raises(RuleError) as err:
        tk.check_team(*args, **kwargs)
    return err.value.code


def test_ketua_must_be_a_member():
    """R22: the ketua is one of the team's members."""
    assert code_of(tk.RUTIN, D(2025, 1, 1), None, members((2, tk.ANGGOTA)), ketua=9) == ("ketua_not_member")


def test_member_twice():
    with pytest.raises(RuleError) as err:
        tk.check_team(
            tk.RUTIN,
            D(2025, 1, 1),
            None,
            members((1, tk.KETUA), (2, tk.ANGGOTA), (2, tk.PENGENDALI)),
            names={2: "Wayan"},
        )
    assert err.value.code == "member_twice"
    assert "Wayan" in str(err.value)


def test_one_ketua_only():
    """R22: one ketua: two ketua lines, or a ketua line for someone else than the ketua."""
    two = members((1, tk.KETUA), (2, tk.KETUA))
    assert code_of(tk.RUTIN, D(2025, 1, 1), None, two) == "ketua_twice"
    assert code_of(tk.RUTIN, D(2025, 1, 1), None, TEAM, ketua=2) == "ketua_twice"


def test_period_checks():
    """R24: end not before start; an incidental team has an end; a routine one stays within one
    budget year (January-December)."""
    assert code_of(tk.RUTIN, D(2025, 5, 1), D(2025, 4, 1), TEAM, ketua=1) == "period_order"
    assert code_of(tk.INSIDENTAL, D(2025, 5, 1), None, TEAM, ketua=1) == "end_required"
    assert code_of(tk.RUTIN, D(2025, 7, 1), D(2026, 6, 30), TEAM, ketua=1) == "rutin_budget_year"
    assert code_of(tk.RUTIN, None, None, TEAM, ketua=1) == "start_required"


def test_unknown_kind_and_role_and_no_members():
    assert code_of("permanent", D(2025, 1, 1), None, TEAM) == "unknown_team_kind"
    assert code_of(tk.RUTIN, D(2025, 1, 1), None, members((1, "boss"))) == "unknown_team_role"
    assert code_of(tk.RUTIN, D(2025, 1, 1), None, []) == "no_members"


def test_muna_team_lasts_more_than_six_months():
    """R24, MUN Ps 1 angka 16: a tim kerja works for more than 6 months."""
    assert MUN["team_longer_than_months"] == 6
    short = (tk.INSIDENTAL, D(2025, 3, 1), D(2025, 8, 31), TEAM)
    assert code_of(*short, ketua=1, options=MUN) == "team_too_short"
    tk.check_team(*short, ketua=1, options=KRA)  # elsewhere a short special team is fine
    # exactly six months (1 July - 31 December) is not more than six
    assert code_of(tk.RUTIN, D(2025, 7, 1), None, TEAM, ketua=1, options=MUN) == "team_too_short"
    tk.check_team(tk.RUTIN, D(2025, 6, 30), None, TEAM, ketua=1, options=MUN)
    tk.check_team(tk.INSIDENTAL, D(2025, 3, 1), D(2025, 9, 1), TEAM, ketua=1, options=MUN)


def test_denpasar_requires_a_ketua():
    """R22, DPS Ps 9(2): a team consists of a ketua and anggota."""
    no_lead = members((2, tk.ANGGOTA), (3, tk.ANGGOTA))
    assert code_of(tk.RUTIN, D(2025, 1, 1), None, no_lead, options=DPS) == "ketua_required"
    tk.check_team(tk.RUTIN, D(2025, 1, 1), None, TEAM, options=DPS)  # the ketua line is enough


def test_default_end_and_add_months():
    assert tk.default_end(tk.RUTIN, D(2025, 4, 2)) == D(2025, 12, 31)
    assert tk.default_end(tk.INSIDENTAL, D(2025, 4, 2)) is None
    assert tk.add_months(D(2025, 8, 31), 6) == D(2026, 2, 28)
    assert tk.add_months(D(2024, 8, 31), 6) == D(2025, 2, 28)
    assert tk.add_months(D(2025, 1, 15), 12) == D(2026, 1, 15)


# --- R23, R9, R28, R29 ----------------------------------------------------------------------


def test_r23_ketua_warning():
    """R23 (KRA Ps 16(4)): a ketua from outside the owning unit is allowed but made visible."""
    assert tk.ketua_warning(5, {4, 5, 6}) is None
    assert tk.ketua_warning(None, {4}) is None
    template, params = tk.ketua_warning(9, [4, 5])
    assert "R23" in template and params == {}


@pytest.mark.parametrize("key", list(OPTIONS))
def test_r9_coordinating_pengawas_forms_no_team(key):
    """R9 (MUN Lamp D.1 b(14)): a coordinating Pengawas is automatically ketua and cannot form
    other teams where the preset says so; anyone else may."""
    opts = get_options(key)
    assert tk.may_form_team(False, opts)
    assert tk.may_form_team(True, opts) == opts["coordinator_may_form_teams"]
    if key in ("muna", "national"):
        assert not tk.may_form_team(True, opts)


def test_r28_pengendali_is_ahli_madya():
    """R28 (BKS Ps 43(6)): a Pengendali Tim Kerja is a JF Ahli Madya."""
    tk.check_pengendali(pos.FUNGSIONAL, "ahli_madya")
    for args in ((pos.FUNGSIONAL, "ahli_muda"), (pos.ADMINISTRATOR, None)):
        with pytest.raises(RuleError) as err:
            tk.check_pengendali(*args)
        assert err.value.code == "pengendali_not_ahli_madya"


@pytest.mark.parametrize(
    "crosses, months, technical, needed",
    [
        (True, 12, False, True),
        (False, 12, True, True),  # BRT Lamp II B(3): the technical execution crosses units
        (False, 12, False, False),
        (True, 6, False, False),
        (True, None, False, False),
    ],
)
def test_r29_team_needed(crosses, months, technical, needed):
    """R29 (BRT Lamp II B): a one-year result plan and work that crosses units, PDs or agencies;
    otherwise individuals are assigned directly (B(7))."""
    result, reasons = tk.team_needed(crosses, months, technical, get_options("barito_timur"))
    assert result is needed
    assert all("R29" in template for template, _params in reasons)
    assert any("directly" in template for template, _params in reasons) is (not needed)


def test_ketua_reports_to_ppk_option():
    """R31 (BRT Ps 16(2)): only Barito Timur adds the PPK as the ketua's recipient."""
    assert [k for k in OPTIONS if get_options(k)["ketua_reports_to_ppk"]] == ["barito_timur"]


# --- issue 12 item 4: R9, R29, R23 and R17 for teams ----------------------------------------

BRT = get_options("barito_timur")
BKS = get_options("bekasi")
NAT = get_options("national")


def _tree():
    """A Dinas with a Bidang and its Seksi (Kasi a Pengawas), and a Kecamatan whose Seksi is
    headed by a Pengawas too; a Kelurahan (Lurah, Pengawas) with its Subbagian TU."""
    units = [
        kd.Unit(1, None, "setda", head_id=100, is_pd=True, name="Setda"),
        kd.Unit(2, 1, "dinas", head_id=101, is_pd=True, name="Dinas"),
        kd.Unit(3, 2, "bidang", head_id=102, name="Bidang"),
        kd.Unit(4, 3, "seksi", head_id=103, name="Seksi"),
        kd.Unit(5, 1, "kecamatan", head_id=104, is_pd=True, name="Kecamatan"),
        kd.Unit(6, 5, "seksi", head_id=105, name="Seksi Trantib"),
        kd.Unit(7, 5, "kelurahan", head_id=106, name="Kelurahan"),
        kd.Unit(8, 7, "subbagian", head_id=107, name="Subbagian TU"),
        kd.Unit(9, 3, "seksi", head_id=None, name="Seksi kosong"),
    ]
    people = [
        kd.Person(100, 1, pos.JPT_PRATAMA, name="Sekda"),
        kd.Person(101, 2, pos.JPT_PRATAMA, name="Kadis"),
        kd.Person(102, 3, pos.ADMINISTRATOR, name="Kabid"),
        kd.Person(103, 4, pos.PENGAWAS, name="Kasi"),
        kd.Person(104, 5, pos.ADMINISTRATOR, name="Camat"),
        kd.Person(105, 6, pos.PENGAWAS, name="Kasi Trantib"),
        kd.Person(106, 7, pos.PENGAWAS, name="Lurah"),
        kd.Person(107, 8, pos.PENGAWAS, name="Kasubag TU"),
    ]
    return units, people


def test_r9_coordinating_pengawas_from_the_resolver():
    """R9, MUN Lamp D.1 b(10): "Kepala Subbagian (Pejabat Pengawas) ... berperan sebagai
    pelaksana koordinasi pelaksanaan tugas substansi selayaknya Ketua Kelompok Kerja"; b(14):
    "Pejabat Pengawas dalam pelaksanaan koordinasi ... tidak dapat membentuk Tim Kerja".
    The Kasi under a Kabid and the Kasubag TU of a Kelurahan coordinate (MUN Lamp D.2, D.7);
    the Kasi of a Kecamatan (Level II, PPK and PUO, MUN Lamp D.6) and the Lurah (PPK and PUO,
    D.7) do not; nor does an Administrator. A head's own stored coordinator is always empty."""
    units, people = _tree()
    policy = get_policy("national")
    coordinating = {p.name for p in people
                    if tk.is_coordinating_pengawas(units, people, policy, p.id)}
    assert coordinating == {"Kasi", "Kasubag TU"}
    # the field the old check compared: the head himself has no coordinator
    assert kd.resolve(units, people, policy)[103].coordinator_id is None
    # Denpasar: "no Pengawas coordinates" (the Kasi is PPK, DPS Lamp B.2)
    assert not tk.is_coordinating_pengawas(units, people, get_policy("denpasar"), 103)
    assert not tk.is_coordinating_pengawas(units, people, policy, 999)  # unknown person


@pytest.mark.parametrize("key", list(OPTIONS))
def test_r9_check_may_form_team(key):
    """R9, MUN Lamp D.1 b(14): refused where the preset says so (national, Muna); allowed in
    Karangasem (KRA Ps 52 only lets him coordinate), Denpasar, Bekasi, Barito Timur."""
    opts = get_options(key)
    tk.check_may_form_team(False, opts, person="Kabid")
    if key in ("national", "muna"):
        with pytest.raises(RuleError) as err:
            tk.check_may_form_team(True, opts, person="Kasi")
        assert err.value.code == "coordinator_forms_no_team" and "Kasi" in str(err.value)
    else:
        tk.check_may_form_team(True, opts, person="Kasi")


def test_r29_plan_months():
    """R29, BRT Lamp II B(1): "identifikasi rencana hasil kerja dengan target hasil kerja selama
    1 (satu) tahun"; a routine team carries its budget year (DPS Lamp A.4.b I: "dalam periode
    1 (satu) tahun anggaran"), a special team the months of its mandate."""
    assert tk.plan_months(tk.RUTIN, D(2025, 10, 1), D(2025, 12, 31)) == 12
    assert tk.plan_months(tk.INSIDENTAL, D(2025, 1, 1), D(2025, 12, 31)) == 12
    assert tk.plan_months(tk.INSIDENTAL, D(2025, 3, 1), D(2025, 4, 30)) == 2
    assert tk.plan_months(tk.INSIDENTAL, D(2025, 3, 15), D(2025, 3, 20)) == 1
    assert tk.plan_months(tk.INSIDENTAL, D(2025, 3, 15), D(2026, 3, 14)) == 12
    assert tk.plan_months(tk.INSIDENTAL, D(2025, 3, 15), None) == 0


@pytest.mark.parametrize("crosses, months, technical", [
    (True, 12, False), (False, 12, True), (False, 12, False), (True, 6, False), (False, 3, False),
])
def test_r29_problems_match_team_needed(crosses, months, technical):
    """R29: the problems named are exactly the criteria team_needed finds unmet."""
    needed, _reasons = tk.team_needed(crosses, months, technical, BRT)
    assert (not tk.team_need_problems(crosses, months, technical, BRT)) is needed


def test_r29_barito_timur_refuses_a_team_not_needed():
    """R29, BRT Lamp II B(7): "Apabila pembentukan Tim Kerja tidak memenuhi syarat sebagaimana
    angka 1 sampai dengan angka 3 di atas, maka Pejabat Pemilik Kinerja melakukan penunjukan
    langsung individual": binding in Barito Timur."""
    assert BRT["team_need_binding"] is True
    assert tk.check_team_needed(True, 12, options=BRT) == []
    assert tk.check_team_needed(False, 12, crosses_technically=True, options=BRT) == []
    with pytest.raises(RuleError) as err:
        tk.check_team_needed(False, 12, options=BRT)
    assert err.value.code == "team_within_one_unit" and "individuals" in str(err.value)
    with pytest.raises(RuleError) as err:
        tk.check_team_needed(True, 3, options=BRT)
    assert err.value.code == "team_plan_too_short"
    assert err.value.params == {"needed": 12, "months": 3}


@pytest.mark.parametrize("key", ["national", "karangasem", "muna", "denpasar", "bekasi"])
def test_r29_guidance_elsewhere(key):
    """R29 elsewhere: KRA Ps 16(5): "Jumlah tim kerja ... merupakan strategi dari Pimpinan Unit
    Organisasi" and Ps 17(1)(b) allows a team within the unit: the criteria are shown as a
    warning, the team goes on."""
    opts = get_options(key)
    assert opts["team_need_binding"] is False
    warnings = tk.check_team_needed(False, 3, options=opts)
    assert len(warnings) == 2 and all("R29" in template for template, _params in warnings)
    assert tk.check_team_needed(True, 12, options=opts) == []


# (employee, unit, position class, from a position conversion); the owning unit is {5, 6}
OWN = {5, 6}
A = (1, 5, pos.FUNGSIONAL, False)  # own unit, not converted
B = (2, 9, pos.FUNGSIONAL, True)  # another unit, converted
C = (3, 6, pos.FUNGSIONAL, True)  # own unit (below it), converted
E = (4, 5, pos.PELAKSANA, True)  # a Pelaksana: penyetaraan makes JF, not Pelaksana
F = (5, 9, pos.PELAKSANA, False)  # another unit, not converted
NAMES = {1: "Ani", 2: "Budi", 3: "Citra", 4: "Eka", 5: "Fajar"}


def test_r23_candidates_muna():
    """R23, MUN Ps 17(3): "Ketua tim kerja ... diutamakan berasal dari Unit Organisasi pemilik
    kinerja, diprioritaskan dari Jabatan Fungsional hasil penyetaraan": the converted JF,
    those of the owning unit first; nobody where the regulation states no priority."""
    assert MUN["ketua_from_penyetaraan"] is True
    assert tk.ketua_candidates([A, B, C, E, F], OWN, MUN) == [3, 2]
    for key in ("national", "karangasem", "denpasar", "bekasi", "barito_timur"):
        assert tk.ketua_candidates([A, B, C, E, F], OWN, get_options(key)) == []


def test_r23_penyetaraan_warning_muna():
    """R23, MUN Ps 17(3): a lead who is not a converted JF while one is a member: warned, naming
    those who rank before him (the owning unit first: an own-unit lead is not warned about a
    converted JF of another unit)."""
    members = [A, B, C, E, F]
    template, params = tk.penyetaraan_warning(A, members, OWN, NAMES, MUN)
    assert "R23" in template and params == {"ketua": "Ani", "names": "Citra"}
    _t, params = tk.penyetaraan_warning(F, members, OWN, NAMES, MUN)
    assert params["names"] == "Citra, Budi"
    assert tk.penyetaraan_warning(C, members, OWN, NAMES, MUN) is None
    assert tk.penyetaraan_warning(B, members, OWN, NAMES, MUN) is None
    assert tk.penyetaraan_warning(A, [A, B, E, F], OWN, NAMES, MUN) is None
    assert tk.penyetaraan_warning(None, members, OWN, NAMES, MUN) is None
    assert tk.penyetaraan_warning(A, members, OWN, NAMES, NAT) is None


def test_r17_member_scope():
    """R13 (KRA Ps 14(1); BRT Ps 11(2)): within the owning unit, across its units, across PDs
    where the preset has that scope (else "lintas unit"), across agencies."""
    assert tk.member_scope(True, True, options=NAT) == pg.DALAM_UNIT
    assert tk.member_scope(False, True, options=NAT) == pg.LINTAS_UNIT
    assert tk.member_scope(False, False, options=NAT) == pg.LINTAS_UNIT
    assert tk.member_scope(False, False, options=BKS) == pg.LINTAS_PD
    assert tk.member_scope(False, False, same_agency=False, options=NAT) == pg.LINTAS_INSTANSI


def test_r17_consent_role_as_the_assignment_flows():
    """R17 for teams: the one who answers a request for involvement: KRA Ps 14(3)(a)-(b) "Pejabat
    Penilai Kinerja dituju dimana Pejabat Fungsional atau pelaksana dimaksud berada, memroses dan
    menjawab"; BRT Lamp II C.1)(3)(b) "Kepala Perangkat Daerah dan/atau Pimpinan Unit
    Organisasi dituju dimana Pejabat Fungsional dan/atau Pelaksana dimaksud berada, memproses
    dan menjawab"; BKS Ps 89(3)(b) "Pimpinan Perangkat Daerah yang dituju memproses dan
    menjawab"; KRA Ps 14(4)(b)-(c) the PyB of the agency asked."""
    assert tk.consent_role(pg.DALAM_UNIT, NAT) is None
    assert tk.consent_role(pg.LINTAS_UNIT, NAT) == pg.PPK_EMPLOYEE
    assert tk.consent_role(pg.LINTAS_UNIT, KRA) == pg.PPK_EMPLOYEE
    assert tk.consent_role(pg.LINTAS_UNIT, BRT) == pg.PUO_EMPLOYEE
    assert tk.consent_role(pg.LINTAS_PD, BKS) == pg.PD_HEAD_EMPLOYEE
    assert tk.consent_role(pg.LINTAS_INSTANSI, NAT) == pg.PYB_TARGET
    assert tk.consent_role(pg.LINTAS_PD, NAT) == pg.PD_HEAD_EMPLOYEE  # scope off: same answer


def test_r17_consent_life_cycle():
    """R17.2-17.4: the leader asked answers; a refusal states why (KRA Ps 14(3)(d): "dengan
    alasan mengapa tidak dapat menyetujui permohonan"); the decree waits for every consent."""
    assert tk.initial_consent(False) == tk.CONSENT_PENDING
    assert tk.initial_consent(True) == tk.CONSENT_GIVEN
    assert tk.consent_transition(tk.CONSENT_PENDING, tk.CONSENT) == tk.CONSENT_GIVEN
    assert tk.consent_transition(tk.CONSENT_PENDING, tk.REFUSE_CONSENT, "busy") == tk.CONSENT_REFUSED
    for state, action, reason, code in (
        (tk.CONSENT_PENDING, tk.REFUSE_CONSENT, " ", "reason_required"),
        (tk.CONSENT_GIVEN, tk.CONSENT, None, "consent_not_pending"),
        (None, tk.CONSENT, None, "consent_not_pending"),
        (tk.CONSENT_PENDING, "approve", None, "consent_not_pending"),
    ):
        with pytest.raises(RuleError) as err:
            tk.consent_transition(state, action, reason)
        assert err.value.code == code
    tk.check_consents([("Ani", tk.CONSENT_GIVEN)])
    tk.check_consents([])
    with pytest.raises(RuleError) as err:
        tk.check_consents([("Ani", tk.CONSENT_GIVEN), ("Budi", tk.CONSENT_PENDING),
                           ("Citra", tk.CONSENT_REFUSED)])
    assert err.value.code == "consent_missing" and err.value.params == {"names": "Budi, Citra"}


def test_r17_consent_fields_written_by_the_engine_only():
    tk.check_consent_fields({"employee_id": 3, "consent_state": False})
    with pytest.raises(RuleError) as err:
        tk.check_consent_fields({"consent_state": tk.CONSENT_GIVEN})
    assert err.value.code == "consent_engine_only"
