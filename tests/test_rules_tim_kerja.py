"""Fast tier: tim kerja, work teams (R9, R22-R29)."""

import datetime

import pytest

from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import positions as pos
from sistem_kerja_asn.rules import tim_kerja as tk
from sistem_kerja_asn.rules.errors import RuleError
from sistem_kerja_asn.rules.presets import OPTIONS
from sistem_kerja_asn.rules.presets import get_options

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
