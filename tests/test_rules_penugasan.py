"""Fast tier: penugasan, the assignment workflows (R11-R21) and the work-system presets.

Every flow of R16-R21 is written out here step by step as the regulation states it and compared
with the table; then every flow of every preset is walked: at each step the actor may act and
every other role may not, every action outside the step is refused, refusals need a reason.
"""

import datetime

import pytest

from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import presets as kedudukan_presets
from sistem_kerja_asn.rules import tim_kerja as tk
from sistem_kerja_asn.rules.errors import RuleError
from sistem_kerja_asn.rules.presets import OPTION_KEYS
from sistem_kerja_asn.rules.presets import OPTIONS
from sistem_kerja_asn.rules.presets import get_options
from sistem_kerja_asn.rules.presets import preset_selection

ALL_ROLES = [code for code, _label in pg.ROLES]
ALL_ACTIONS = [code for code, _label in pg.ACTIONS]
STATE_CODES = {code for code, _label in pg.STATES}
PRESETS = list(OPTIONS)

EMP, PUO_E, PPK_E, PD_E, PYB_T = (
    pg.EMPLOYEE,
    pg.PUO_EMPLOYEE,
    pg.PPK_EMPLOYEE,
    pg.PD_HEAD_EMPLOYEE,
    pg.PYB_TARGET,
)
PUO_O, PPK_O, PD_O, PYB_R = pg.PUO_OWNER, pg.PPK_OWNER, pg.PD_HEAD_OWNER, pg.PYB_REQUESTER


def enabled_flows():
    """(preset, scope, method) of every flow a preset provides."""
    out = []
    for key in PRESETS:
        opts = get_options(key)
        for scope in opts["scopes"]:
            for method, _label in pg.METHODS:
                if (scope, method) != (pg.LINTAS_INSTANSI, pg.SUKARELA):
                    out.append((key, scope, method))
    return out


def shape(flow):
    """[(state, actor, {action: next})] of a flow."""
    return [(s.state, s.actor, dict(s.actions)) for s in flow.steps]


def happy_action(step):
    """The action that moves a step forward (not a refusal)."""
    (action,) = [a for a in step.actions if a != pg.REFUSE]
    return action


# --- vocabulary -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "vocabulary, codes",
    [
        (pg.FORMS, ["individu", "tim"]),
        (pg.METHODS, ["penunjukan", "sukarela"]),
        (pg.SCOPES, ["dalam_unit", "lintas_unit", "lintas_pd", "lintas_instansi"]),
        (pg.NATURES, ["rutin", "insidental"]),
    ],
)
def test_selection_vocabularies(vocabulary, codes):
    """R11 forms, R12 methods, R13 scopes, R14 natures: [(code, label)] for selection fields."""
    assert [code for code, _label in vocabulary] == codes
    assert all(isinstance(label, str) and label for _code, label in vocabulary)


@pytest.mark.parametrize("key, scope, method", enabled_flows())
def test_flow_uses_only_known_vocabulary(key, scope, method):
    """Every state, role, action and letter of a flow is in the vocabularies (the model's
    selection fields); every next state is a step of the flow or terminal."""
    flow = pg.flow(scope, method, get_options(key))
    letters = {code for code, _label in pg.LETTERS}
    assert flow.steps[0].state == pg.DRAFT
    assert flow.steps[-1].state == pg.DELIVERED
    for step in flow.steps:
        assert step.state in STATE_CODES
        assert step.actor in ALL_ROLES
        assert step.label and step.rule and step.source
        for action, nxt in step.actions.items():
            assert action in ALL_ACTIONS
            assert nxt in flow.states or nxt in pg.TERMINAL
        for letter in step.letters.values():
            assert letter.kind in letters
            assert letter.to in ALL_ROLES
            assert set(letter.copies) <= set(ALL_ROLES)
    assert len(set(flow.states)) == len(flow.states)


# --- the flows as the regulation states them ------------------------------------------------

KRA = get_options("karangasem")
BKS = get_options("bekasi")


def test_r16_within_unit_puo_assigns_directly():
    """R16 (KRA Ps 14(2)): the PUO assigns directly; the employee receives the letter."""
    flow = pg.flow(pg.DALAM_UNIT, pg.PENUNJUKAN, KRA)
    assert shape(flow) == [
        (pg.DRAFT, PUO_E, {pg.ISSUE_LETTER: pg.DELIVERED}),
        (pg.DELIVERED, EMP, {pg.ACKNOWLEDGE: pg.DONE}),
    ]
    assert flow.steps[0].letter(pg.ISSUE_LETTER).kind == pg.SURAT_PENUGASAN
    assert flow.rule == "R16"


def test_r16_bekasi_the_ppk_assigns():
    """R16 (BKS Ps 89(2)): in Bekasi the PPK assigns within the PD (preset option)."""
    assert BKS["within_unit_appointer"] == "ppk"
    flow = pg.flow(pg.DALAM_UNIT, pg.PENUNJUKAN, BKS)
    assert flow.steps[0].actor == PPK_E
    assert pg.may_act(pg.DALAM_UNIT, pg.PENUNJUKAN, pg.DRAFT, pg.ISSUE_LETTER, {PPK_E}, BKS)
    assert not pg.may_act(pg.DALAM_UNIT, pg.PENUNJUKAN, pg.DRAFT, pg.ISSUE_LETTER, {PUO_E}, BKS)


def test_r17_across_units_five_steps():
    """R17 (KRA Ps 14(3)): 1. the owning PUO sends the request to the PPK where the employee
    sits, copy to the requester's PPK; 2. that PPK answers; 3. on the recommendation of the
    employee's PUO the PPK drafts the letter; 4. a refusal states why; 5. the employee receives."""
    flow = pg.flow(pg.LINTAS_UNIT, pg.PENUNJUKAN, KRA)
    assert shape(flow) == [
        (pg.DRAFT, PUO_O, {pg.SEND: pg.REQUESTED}),
        (pg.REQUESTED, PPK_E, {pg.APPROVE: pg.RECOMMENDATION, pg.REFUSE: pg.REFUSED}),
        (pg.RECOMMENDATION, PUO_E, {pg.RECOMMEND: pg.LETTER_DRAFT}),
        (pg.LETTER_DRAFT, PPK_E, {pg.ISSUE_LETTER: pg.DELIVERED}),
        (pg.DELIVERED, EMP, {pg.ACKNOWLEDGE: pg.DONE}),
    ]
    request = flow.step(pg.DRAFT).letter(pg.SEND)
    assert (request.kind, request.to, request.copies) == (pg.PERMOHONAN_PELIBATAN, PPK_E, (PPK_O,))
    assert flow.step(pg.DRAFT).checks == ("request",)
    answer = flow.step(pg.REQUESTED).letter(pg.REFUSE)
    assert (answer.kind, answer.to) == (pg.JAWABAN, PUO_O)
    assert flow.step(pg.REQUESTED).reason_actions == (pg.REFUSE,)
    assert flow.step(pg.RECOMMENDATION).names_employee
    assert flow.step(pg.LETTER_DRAFT).letter(pg.ISSUE_LETTER).kind == pg.SURAT_PENUGASAN


def test_r18_across_agencies_through_both_pyb():
    """R18 (KRA Ps 14(4)): PUO -> own PyB (copy PPK) -> target PyB -> instructs the PPK -> the
    PPK on the PUO's recommendation answers with names -> target PyB approves and answers the
    requesting PyB -> the PUO issues the letter, copies both PyB and the PPK -> employee."""
    flow = pg.flow(pg.LINTAS_INSTANSI, pg.PENUNJUKAN, KRA)
    assert shape(flow) == [
        (pg.DRAFT, PUO_O, {pg.SEND: pg.REQUESTER_PYB}),
        (pg.REQUESTER_PYB, PYB_R, {pg.APPROVE: pg.TARGET_PYB, pg.REFUSE: pg.REFUSED}),
        (pg.TARGET_PYB, PYB_T, {pg.APPROVE: pg.RECOMMENDATION, pg.REFUSE: pg.REFUSED}),
        (pg.RECOMMENDATION, PUO_E, {pg.RECOMMEND: pg.AVAILABILITY}),
        (pg.AVAILABILITY, PPK_E, {pg.PROPOSE_NAMES: pg.NAMES_REVIEW, pg.REFUSE: pg.REFUSED}),
        (pg.NAMES_REVIEW, PYB_T, {pg.APPROVE: pg.LETTER_DRAFT, pg.REFUSE: pg.REFUSED}),
        (pg.LETTER_DRAFT, PUO_E, {pg.ISSUE_LETTER: pg.DELIVERED}),
        (pg.DELIVERED, EMP, {pg.ACKNOWLEDGE: pg.DONE}),
    ]
    first = flow.step(pg.DRAFT).letter(pg.SEND)
    assert (first.to, first.copies) == (PYB_R, (PPK_O,))
    assert flow.step(pg.REQUESTER_PYB).letter(pg.APPROVE).to == PYB_T
    assert flow.step(pg.TARGET_PYB).letter(pg.APPROVE).kind == pg.INSTRUKSI
    assert flow.step(pg.AVAILABILITY).names_employee
    assert flow.step(pg.NAMES_REVIEW).letter(pg.APPROVE).to == PYB_R
    final = flow.step(pg.LETTER_DRAFT).letter(pg.ISSUE_LETTER)
    assert final.to == EMP and set(final.copies) == {PYB_T, PPK_E, PYB_R}


def test_r20_volunteering_within_unit():
    """R20 (KRA Ps 15(2)): the employee tells the PUO (orally: no letter); the PUO assigns or
    refuses; the employee receives the letter."""
    flow = pg.flow(pg.DALAM_UNIT, pg.SUKARELA, KRA)
    assert shape(flow) == [
        (pg.DRAFT, EMP, {pg.SEND: pg.PROPOSED}),
        (pg.PROPOSED, PUO_E, {pg.ISSUE_LETTER: pg.DELIVERED, pg.REFUSE: pg.REFUSED}),
        (pg.DELIVERED, EMP, {pg.ACKNOWLEDGE: pg.DONE}),
    ]
    assert flow.step(pg.DRAFT).letters == {}
    assert pg.flow(pg.DALAM_UNIT, pg.SUKARELA, BKS).step(pg.PROPOSED).actor == PPK_E  # BKS 90(2)


def test_r21_volunteering_across_units():
    """R21 (KRA Ps 15(3)): the employee writes to the target PUO, copy own PPK and PUO; the
    target PUO approves; the employee forwards to his PPK, copy own PUO; the PPK approves and
    drafts the letter; the employee receives it."""
    flow = pg.flow(pg.LINTAS_UNIT, pg.SUKARELA, KRA)
    assert shape(flow) == [
        (pg.DRAFT, EMP, {pg.SEND: pg.OWNER_REVIEW}),
        (pg.OWNER_REVIEW, PUO_O, {pg.APPROVE: pg.APPROVED, pg.REFUSE: pg.REFUSED}),
        (pg.APPROVED, EMP, {pg.FORWARD: pg.PPK_REVIEW}),
        (pg.PPK_REVIEW, PPK_E, {pg.ISSUE_LETTER: pg.DELIVERED, pg.REFUSE: pg.REFUSED}),
        (pg.DELIVERED, EMP, {pg.ACKNOWLEDGE: pg.DONE}),
    ]
    request = flow.step(pg.DRAFT).letter(pg.SEND)
    assert (request.kind, request.to, request.copies) == (
        pg.PERMOHONAN_SUKARELA,
        PUO_O,
        (PPK_E, PUO_E),
    )
    forward = flow.step(pg.APPROVED).letter(pg.FORWARD)
    assert (forward.to, forward.copies) == (PPK_E, (PUO_E,))


def test_r21_bekasi_request_known_by_the_ppk_first():
    """R21 (BKS Ps 90(3)(a)): the request is first known by the PPK (preset option)."""
    flow = pg.flow(pg.LINTAS_UNIT, pg.SUKARELA, BKS)
    assert flow.states[:3] == (pg.DRAFT, pg.PPK_NOTICE, pg.OWNER_REVIEW)
    assert flow.step(pg.DRAFT).actions == {pg.SEND: pg.PPK_NOTICE}
    assert flow.step(pg.PPK_NOTICE).actor == PPK_E
    assert flow.step(pg.PPK_NOTICE).actions == {pg.ACKNOWLEDGE: pg.OWNER_REVIEW}
    off = dict(BKS, sukarela_known_by_ppk=False)
    assert pg.PPK_NOTICE not in pg.flow(pg.LINTAS_UNIT, pg.SUKARELA, off).states


def test_r13_across_pd_appointment_bekasi():
    """R13 lintas PD (BKS Ps 89(3), Ps 8 ff.): the owning PD head requests (copy the PPK), the
    target PD head answers, the employee's superior (PPK) recommends, the owning PD head issues
    the Keputusan, the employee receives it."""
    flow = pg.flow(pg.LINTAS_PD, pg.PENUNJUKAN, BKS)
    assert shape(flow) == [
        (pg.DRAFT, PD_O, {pg.SEND: pg.REQUESTED}),
        (pg.REQUESTED, PD_E, {pg.APPROVE: pg.RECOMMENDATION, pg.REFUSE: pg.REFUSED}),
        (pg.RECOMMENDATION, PPK_E, {pg.RECOMMEND: pg.LETTER_DRAFT}),
        (pg.LETTER_DRAFT, PD_O, {pg.ISSUE_LETTER: pg.DELIVERED}),
        (pg.DELIVERED, EMP, {pg.ACKNOWLEDGE: pg.DONE}),
    ]
    assert flow.step(pg.DRAFT).letter(pg.SEND).copies == (PPK_E,)
    assert flow.step(pg.DRAFT).checks == ("request",)


def test_r21_across_pd_volunteering_bekasi():
    """R21 across PDs (BKS Ps 90(3)): known by the PPK, the target PD head approves, the
    employee forwards to his own PD head and PPK, both approve, the PPK drafts the letter."""
    flow = pg.flow(pg.LINTAS_PD, pg.SUKARELA, BKS)
    assert shape(flow) == [
        (pg.DRAFT, EMP, {pg.SEND: pg.PPK_NOTICE}),
        (pg.PPK_NOTICE, PPK_E, {pg.ACKNOWLEDGE: pg.OWNER_REVIEW}),
        (pg.OWNER_REVIEW, PD_O, {pg.APPROVE: pg.APPROVED, pg.REFUSE: pg.REFUSED}),
        (pg.APPROVED, EMP, {pg.FORWARD: pg.HOME_REVIEW}),
        (pg.HOME_REVIEW, PD_E, {pg.APPROVE: pg.PPK_REVIEW, pg.REFUSE: pg.REFUSED}),
        (pg.PPK_REVIEW, PPK_E, {pg.ISSUE_LETTER: pg.DELIVERED, pg.REFUSE: pg.REFUSED}),
        (pg.DELIVERED, EMP, {pg.ACKNOWLEDGE: pg.DONE}),
    ]
    assert flow.step(pg.APPROVED).letter(pg.FORWARD).to == PD_E


def test_flow_is_fresh_data():
    """Editing a returned flow does not change the table (flows are built per call)."""
    flow = pg.flow(pg.LINTAS_UNIT, pg.PENUNJUKAN, KRA)
    flow.steps[0].actions[pg.SEND] = pg.DONE
    assert pg.flow(pg.LINTAS_UNIT, pg.PENUNJUKAN, KRA).steps[0].actions == {pg.SEND: pg.REQUESTED}


# --- walking every flow ---------------------------------------------------------------------


@pytest.mark.parametrize("key, scope, method", enabled_flows())
def test_walk_each_step_only_its_actor_acts(key, scope, method):
    """R16-R21: walk the flow; at each step the actor may act and every other role may not;
    actions of other steps are refused with action_not_allowed."""
    opts = get_options(key)
    flow = pg.flow(scope, method, opts)
    state = pg.DRAFT
    visited = []
    while state not in pg.TERMINAL:
        step = flow.step(state)
        visited.append(state)
        assert pg.actor_role(scope, method, state, opts) == step.actor
        for action in step.actions:
            assert pg.may_act(scope, method, state, action, {step.actor}, opts)
            for role in ALL_ROLES:
                if role != step.actor:
                    assert not pg.may_act(scope, method, state, action, {role}, opts), (
                        state,
                        action,
                        role,
                    )
        for action in ALL_ACTIONS:
            if action not in step.actions and action != pg.CANCEL:
                assert not pg.may_act(scope, method, state, action, set(ALL_ROLES), opts)
                with pytest.raises(RuleError) as err:
                    pg.transition(scope, method, state, action, opts)
                assert err.value.code == "action_not_allowed"
        action = happy_action(step)
        assert pg.allowed_actions(scope, method, state, {step.actor}, opts)[0] == action
        state = pg.transition(scope, method, state, action, opts)
    assert state == pg.DONE
    assert tuple(visited) == flow.states
    assert pg.actor_role(scope, method, pg.DONE, opts) is None
    assert not pg.may_act(scope, method, pg.DONE, pg.ACKNOWLEDGE, {pg.EMPLOYEE}, opts)


@pytest.mark.parametrize("key, scope, method", enabled_flows())
def test_every_refusal_needs_a_reason(key, scope, method):
    """R17.4: every refusal states its reason (KRA Ps 14(3)(d); BKS Ps 89(3)(b)(2))."""
    opts = get_options(key)
    flow = pg.flow(scope, method, opts)
    for step in flow.steps:
        if pg.REFUSE in step.actions:
            assert step.reason_actions == (pg.REFUSE,)
            for blank in (None, "", "   "):
                with pytest.raises(RuleError) as err:
                    pg.transition(scope, method, step.state, pg.REFUSE, opts, reason=blank)
                assert err.value.code == "reason_required"
            assert (
                pg.transition(scope, method, step.state, pg.REFUSE, opts, reason="no staff free")
                == pg.REFUSED
            )
            assert step.letter(pg.REFUSE).kind == pg.JAWABAN
    assert pg.needs_reason(pg.REFUSE)
    assert not pg.needs_reason(pg.APPROVE)


@pytest.mark.parametrize("key, scope, method", enabled_flows())
def test_initiator_cancels_until_the_letter_is_issued(key, scope, method):
    """The initiator may cancel until the assignment letter is issued, nobody else may, and
    nothing can be cancelled afterwards."""
    opts = get_options(key)
    flow = pg.flow(scope, method, opts)
    issued = False
    for step in flow.steps:
        if issued:
            assert not pg.may_act(scope, method, step.state, pg.CANCEL, set(ALL_ROLES), opts)
            with pytest.raises(RuleError) as err:
                pg.transition(scope, method, step.state, pg.CANCEL, opts)
            assert err.value.code == "action_not_allowed"
        else:
            assert pg.may_act(scope, method, step.state, pg.CANCEL, {flow.initiator}, opts)
            others = set(ALL_ROLES) - {flow.initiator}
            assert not pg.may_act(scope, method, step.state, pg.CANCEL, others, opts)
            assert pg.transition(scope, method, step.state, pg.CANCEL, opts) == pg.CANCELLED
        issued = issued or pg.ISSUE_LETTER in step.actions
    for state in pg.TERMINAL:
        assert not pg.may_act(scope, method, state, pg.CANCEL, {flow.initiator}, opts)


def test_allowed_actions_for_the_form_buttons():
    """The buttons: the actor sees the step's actions, the initiator sees cancel."""
    args = (pg.LINTAS_UNIT, pg.PENUNJUKAN, pg.REQUESTED)
    assert pg.allowed_actions(*args, {PPK_E}, KRA) == [pg.APPROVE, pg.REFUSE]
    assert pg.allowed_actions(*args, {PUO_O}, KRA) == [pg.CANCEL]
    assert pg.allowed_actions(*args, {PPK_E, PUO_O}, KRA) == [pg.APPROVE, pg.REFUSE, pg.CANCEL]
    assert pg.allowed_actions(*args, {EMP}, KRA) == []
    assert pg.allowed_actions(pg.LINTAS_INSTANSI, pg.SUKARELA, pg.DRAFT, {EMP}, KRA) == []


# --- errors ---------------------------------------------------------------------------------


def test_sukarela_across_agencies_refused():
    """R21: volunteering is not possible across agencies (KRA Ps 15(1))."""
    for call in (
        lambda: pg.flow(pg.LINTAS_INSTANSI, pg.SUKARELA),
        lambda: pg.transition(pg.LINTAS_INSTANSI, pg.SUKARELA, pg.DRAFT, pg.SEND),
        lambda: pg.actor_role(pg.LINTAS_INSTANSI, pg.SUKARELA, pg.DRAFT),
    ):
        with pytest.raises(RuleError) as err:
            call()
        assert err.value.code == "sukarela_lintas_instansi"
        assert "R21" in str(err.value)
    assert not pg.may_act(pg.LINTAS_INSTANSI, pg.SUKARELA, pg.DRAFT, pg.SEND, {EMP})


@pytest.mark.parametrize("scope, method", [("elsewhere", pg.PENUNJUKAN), (pg.DALAM_UNIT, "x")])
def test_unknown_flow(scope, method):
    """R12/R13: only the known scopes and methods have a workflow."""
    with pytest.raises(RuleError) as err:
        pg.flow(scope, method)
    assert err.value.code == "unknown_flow"
    assert not pg.may_act(scope, method, pg.DRAFT, pg.SEND, set(ALL_ROLES))


def test_scope_not_enabled_by_the_preset():
    """R13: Karangasem and Muna know no lintas-PD scope, Bekasi no cross-agency one."""
    with pytest.raises(RuleError) as err:
        pg.flow(pg.LINTAS_PD, pg.PENUNJUKAN, KRA)
    assert err.value.code == "scope_not_enabled"
    with pytest.raises(RuleError) as err:
        pg.flow(pg.LINTAS_INSTANSI, pg.PENUNJUKAN, BKS)
    assert err.value.code == "scope_not_enabled"


def test_action_not_allowed_and_unknown_state():
    """A wrong action, a terminal state and a state outside the flow are refused."""
    args = (pg.LINTAS_UNIT, pg.PENUNJUKAN)
    with pytest.raises(RuleError) as err:
        pg.transition(*args, pg.REQUESTED, pg.ISSUE_LETTER, KRA)
    assert err.value.code == "action_not_allowed"
    assert err.value.params == {"action": "Issue the assignment letter", "state": "Requested"}
    with pytest.raises(RuleError) as err:
        pg.transition(*args, pg.DONE, pg.ACKNOWLEDGE, KRA)
    assert err.value.code == "action_not_allowed"
    with pytest.raises(RuleError) as err:
        pg.actor_role(*args, pg.NAMES_REVIEW, KRA)
    assert err.value.code == "unknown_state"
    assert pg.step_at(*args, pg.REFUSED, KRA) is None


def test_options_default_to_national_and_fill_missing_keys():
    """No options: the national preset; a partial dict falls back to national per key."""
    assert pg.flow(pg.DALAM_UNIT, pg.PENUNJUKAN).steps[0].actor == PUO_E
    partial = {"within_unit_appointer": "ppk"}
    assert pg.flow(pg.DALAM_UNIT, pg.PENUNJUKAN, partial).steps[0].actor == PPK_E
    assert pg.letter_for(pg.DALAM_UNIT, pg.INDIVIDU, partial) == pg.SURAT_TUGAS


@pytest.mark.parametrize(
    "change",
    [
        {"scopes": ["dalam_unit", "nowhere"]},
        {"within_unit_appointer": "bupati"},
        {"sukarela_known_by_ppk": "yes"},
        {"letters": {"dalam_unit": {"individu": "memo"}}},
        {"letters_by_kind": {"dinas": {"lintas_pd": {"tim": "memo"}}}},
        {"letters_by_kind": {"planet": {}}},
        {"team_longer_than_months": -1},
        {"team_plan_months": 0},
        {"team_established_by": "employee"},
    ],
)
def test_invalid_options(change):
    """An edited preset is validated before use (invalid_option)."""
    opts = dict(get_options("national"), **change)
    with pytest.raises(RuleError) as err:
        pg.check_options(opts)
    assert err.value.code == "invalid_option"


def test_invalid_appointer_refused_by_flow():
    with pytest.raises(RuleError) as err:
        pg.flow(pg.DALAM_UNIT, pg.PENUNJUKAN, {"within_unit_appointer": "bupati"})
    assert err.value.code == "invalid_option"


# --- R19: content of a request --------------------------------------------------------------


def test_r19_complete_request_passes():
    """R19 (KRA Ps 14(5)): purpose, competence, target and duration given."""
    pg.check_request("Audit", "Auditor Ahli Muda", "2 reports", 3)
    pg.check_request("Audit", "Auditor", "2 reports", "three months")
    pg.check_request("Audit", "Auditor", "2 reports", datetime.timedelta(days=90))


@pytest.mark.parametrize(
    "args, missing",
    [
        ((None, "c", "t", 3), ("purpose",)),
        (("p", " ", "t", 3), ("competence",)),
        (("p", "c", "", 3), ("target",)),
        (("p", "c", "t", 0), ("duration",)),
        (("p", "c", "t", datetime.timedelta(0)), ("duration",)),
        ((None, None, None, None), ("purpose", "competence", "target", "duration")),
    ],
)
def test_r19_request_incomplete_names_the_missing(args, missing):
    """R19: each of the four elements is required; the error names the missing ones."""
    with pytest.raises(RuleError) as err:
        pg.check_request(*args)
    assert err.value.code == "request_incomplete"
    assert err.value.params["elements"] == missing
    labels = dict(pg.REQUEST_ELEMENTS)
    for code in missing:
        assert labels[code] in str(err.value)
    assert "R19" in str(err.value)


# --- R15: which document ---------------------------------------------------------------------

S_T, S_P, K_PD, K_B, SK = (
    pg.SURAT_TUGAS,
    pg.SURAT_PERINTAH,
    pg.KEPUTUSAN_KEPALA_PD,
    pg.KEPUTUSAN_BUPATI,
    pg.SK_TIM_KERJA,
)


@pytest.mark.parametrize(
    "key, scope, form, pd_kind, doc",
    [
        ("national", pg.DALAM_UNIT, pg.INDIVIDU, None, S_T),
        ("karangasem", pg.LINTAS_UNIT, pg.TIM, None, S_T),  # KRA Ps 12(7)
        ("karangasem", pg.LINTAS_INSTANSI, pg.INDIVIDU, None, S_T),
        ("muna", pg.DALAM_UNIT, pg.TIM, None, S_T),  # MUN Ps 13(6)
        ("muna", pg.LINTAS_UNIT, pg.INDIVIDU, None, K_PD),  # MUN Ps 13(5)
        ("muna", pg.LINTAS_UNIT, pg.TIM, None, K_PD),
        ("denpasar", pg.DALAM_UNIT, pg.INDIVIDU, None, S_T),
        ("denpasar", pg.LINTAS_UNIT, pg.TIM, None, SK),  # DPS Ps 9(5)
        ("bekasi", pg.DALAM_UNIT, pg.INDIVIDU, "setda", S_T),  # BKS Ps 8
        ("bekasi", pg.LINTAS_PD, pg.INDIVIDU, "setda", K_B),  # BKS Ps 8
        ("bekasi", pg.LINTAS_UNIT, pg.TIM, "inspektorat", S_P),  # BKS Ps 17
        ("bekasi", pg.LINTAS_PD, pg.TIM, "inspektorat", K_B),  # BKS Ps 17
        ("bekasi", pg.LINTAS_PD, pg.INDIVIDU, "setwan", K_PD),  # BKS Ps 26
        ("bekasi", pg.DALAM_UNIT, pg.INDIVIDU, "dinas", S_T),  # BKS Ps 35
        ("bekasi", pg.LINTAS_PD, pg.INDIVIDU, "dinas", K_PD),  # BKS Ps 35
        ("bekasi", pg.DALAM_UNIT, pg.INDIVIDU, "badan", S_P),  # BKS Ps 53
        ("bekasi", pg.DALAM_UNIT, pg.INDIVIDU, "kecamatan", S_P),  # BKS Ps 80
        ("bekasi", pg.LINTAS_PD, pg.INDIVIDU, "kecamatan", K_PD),  # BKS Ps 80 (Keputusan Camat)
        ("bekasi", pg.LINTAS_PD, pg.INDIVIDU, None, K_PD),
        ("bekasi", pg.LINTAS_PD, pg.INDIVIDU, "puskesmas", K_PD),  # no override: the default
        ("barito_timur", pg.LINTAS_UNIT, pg.INDIVIDU, None, SK),  # BRT Lamp II C.1)(3)(c)
        ("barito_timur", pg.LINTAS_UNIT, pg.TIM, None, SK),  # BRT Lamp II A(7)
        ("barito_timur", pg.DALAM_UNIT, pg.TIM, None, SK),
    ],
)
def test_r15_letter_for(key, scope, form, pd_kind, doc):
    """R15: the document that carries the assignment, per preset, scope, form and PD kind."""
    assert pg.letter_for(scope, form, get_options(key), pd_kind) == doc


def test_letter_for_errors():
    with pytest.raises(RuleError) as err:
        pg.letter_for("nowhere", pg.INDIVIDU)
    assert err.value.code == "unknown_flow"
    with pytest.raises(RuleError) as err:
        pg.letter_for(pg.DALAM_UNIT, "crowd")
    assert err.value.code == "unknown_form"


# --- periods and workload -------------------------------------------------------------------


def test_check_period():
    """An assignment's end is not before its start; an open end or a one-day period is fine."""
    day = datetime.date(2025, 3, 1)
    pg.check_period(day, day)
    pg.check_period(day, None)
    pg.check_period(None, day)
    with pytest.raises(RuleError) as err:
        pg.check_period(day, datetime.date(2025, 2, 28))
    assert err.value.code == "period_order"
    assert err.value.params == {"start": "2025-03-01", "end": "2025-02-28"}


def test_r14_workload_counts_assignments_and_teams():
    """R14 (KRA Ps 12(5)-(6)): one employee may work on several targets; the load counts
    active assignments and team memberships, weighted as configured."""
    assignments = [(1, pg.RUTIN), (1, pg.INSIDENTAL), (2, pg.RUTIN)]
    teams = [(1, tk.KETUA), (3, tk.ANGGOTA), (3, tk.PENGENDALI)]
    assert pg.workload(assignments, teams) == {1: 3, 2: 1, 3: 2}
    weights = {"ketua": 2, "insidental": 0.5}
    assert pg.workload(assignments, teams, weights) == {1: 3.5, 2: 1, 3: 2}
    assert pg.workload([]) == {}


def test_default_weights_cover_natures_and_team_roles():
    """R14: every nature of an assignment and every team role has a default weight."""
    codes = {c for c, _l in pg.NATURES} | {c for c, _l in tk.ROLES}
    assert set(pg.DEFAULT_WEIGHTS) == codes


def test_workload_errors():
    with pytest.raises(RuleError) as err:
        pg.workload([(1, "overtime")])
    assert err.value.code == "unknown_load_kind"
    with pytest.raises(RuleError) as err:
        pg.workload([(1, pg.RUTIN)], weights={"rutin": -1})
    assert err.value.code == "invalid_weight"


def test_r14_over_limit():
    """R14: proportional distribution; who is strictly above the limit."""
    load = {1: 3, 2: 1, 3: 2}
    assert pg.over_limit(load, 2) == {1: 3}
    assert pg.over_limit(load, None) == {}
    assert pg.over_limit(3, 2) is True
    assert pg.over_limit(2, 2) is False
    assert pg.over_limit(5, None) is False


# --- the presets ----------------------------------------------------------------------------


def test_presets_match_the_kedudukan_presets():
    """The same six keys as the kedudukan presets; each valid, each option cited."""
    assert set(OPTIONS) == set(kedudukan_presets.PRESETS)
    for key in OPTIONS:
        opts = get_options(key)
        pg.check_options(opts)
        assert opts["key"] == key and opts["label"]
        assert set(opts["sources"]) == set(OPTION_KEYS)
        assert all(isinstance(text, str) and text for text in opts["sources"].values())
        assert set(OPTION_KEYS) <= set(opts)
    assert [key for key, _label in preset_selection()] == list(OPTIONS)


def test_get_options_is_a_copy_and_checks_the_key():
    opts = get_options("bekasi")
    opts["letters"]["dalam_unit"]["individu"] = "memo"
    assert OPTIONS["bekasi"]["letters"]["dalam_unit"]["individu"] == S_T
    with pytest.raises(RuleError) as err:
        get_options("atlantis")
    assert err.value.code == "unknown_preset"


def test_preset_differences():
    """The regency differences the workflows read (R13, R16, R21)."""
    assert get_options("bekasi")["within_unit_appointer"] == "ppk"  # BKS Ps 89(2)
    assert get_options("bekasi")["sukarela_known_by_ppk"] is True  # BKS Ps 90(3)
    assert pg.LINTAS_PD in get_options("barito_timur")["scopes"]  # BRT Ps 11(2)
    assert pg.LINTAS_PD not in get_options("karangasem")["scopes"]  # KRA Ps 14(1)
    others = [k for k in OPTIONS if k != "bekasi"]
    assert all(get_options(k)["within_unit_appointer"] == "puo" for k in others)
    assert not any(get_options(k)["sukarela_known_by_ppk"] for k in others)
