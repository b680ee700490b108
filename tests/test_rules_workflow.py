"""Issue 11: the workflow engine's tables (rules/workflow.py) and R7's delegation check."""

from datetime import date

import pytest

from sistem_kerja_asn.rules import jam_kerja as jk
from sistem_kerja_asn.rules import kedudukan
from sistem_kerja_asn.rules import kinerja as k
from sistem_kerja_asn.rules import penugasan as flows
from sistem_kerja_asn.rules import review
from sistem_kerja_asn.rules import tim_kerja as teams
from sistem_kerja_asn.rules import workflow as wf
from sistem_kerja_asn.rules.errors import RuleError

STATEFUL = {
    wf.PENUGASAN.model: flows.STATES,
    wf.TIM_KERJA.model: teams.STATES,
    wf.LAPORAN.model: review.STATES,
    wf.ESKALASI.model: review.ESCALATION_STATES,
    wf.KINERJA.model: k.STATES,
    wf.FLEKSIBEL.model: jk.REQUEST_STATES,
    wf.PENGECUALIAN.model: jk.REQUEST_STATES,
}


def test_every_document_of_the_issue_has_a_spec():
    assert set(wf.SPECS) == {
        "asn.penugasan", "asn.tim.kerja", "asn.laporan", "asn.eskalasi", "asn.kinerja",
        "asn.kinerja.rekomendasi", "asn.delegasi.penilaian",
        "asn.kerja.fleksibel", "asn.pengecualian.jam.kerja",  # issue 13: R41, R40
    }


@pytest.mark.parametrize("model", list(STATEFUL))
def test_stateful_specs_start_at_the_first_state_and_own_the_state(model):
    spec = wf.SPECS[model]
    states = [code for code, _label in STATEFUL[model]]
    assert spec.initial == states[0]
    assert "state" in spec.engine_fields
    for fname, editable in spec.content.items():
        assert set(editable) <= set(states), (spec.model, fname)
        assert fname not in spec.engine_fields, (spec.model, fname)
    assert spec.unlink_states is not None and set(spec.unlink_states) <= set(states)


@pytest.mark.parametrize("model,later", [
    (model, code) for model, states in STATEFUL.items() for code, _label in states[1:]
])
def test_create_refuses_any_state_but_the_initial(model, later):
    spec = wf.SPECS[model]
    with pytest.raises(RuleError) as err:
        wf.check_create(spec, {"state": later})
    assert err.value.code == "engine_fields_on_create"
    wf.check_create(spec, {"state": spec.initial})  # the honest create


@pytest.mark.parametrize("spec", list(wf.SPECS.values()), ids=lambda s: s.model)
def test_create_refuses_every_engine_field_with_a_value(spec):
    for fname in sorted(spec.engine_fields - {"state"}):
        with pytest.raises(RuleError):
            wf.check_create(spec, {fname: 42})
        wf.check_create(spec, {fname: False})  # empty: what a form sends
        wf.check_create(spec, {fname: "x"}, defaults={fname: "x"})  # the field's default


def test_issued_letter_forgery_refused():
    """The issue's forged Surat Tugas: delivered, numbered, signed by the Kepala Dinas."""
    with pytest.raises(RuleError) as err:
        wf.check_create(wf.PENUGASAN, {
            "state": flows.DELIVERED, "letter_number": "800.1/1/DINKES/2026",
            "assigner_id": 7, "description": "x",
        })
    assert err.value.params["fields"] == ["assigner_id", "letter_number", "state"]


def test_kinerja_create_may_carry_no_appraisal():
    """R34: a record starts as a plan; ratings come from the PPK later."""
    with pytest.raises(RuleError):
        wf.check_create(wf.KINERJA, {"rating_hasil_kerja": k.ABOVE},
                        forbidden=wf.KINERJA_CREATE_FORBIDDEN)
    wf.check_create(wf.KINERJA, {"employee_id": 3, "state": k.DRAFT},
                    forbidden=wf.KINERJA_CREATE_FORBIDDEN)


@pytest.mark.parametrize("spec,state,fname,ok", [
    # An assignment's content is agreed in draft and frozen once sent or issued (R16-R21).
    (wf.PENUGASAN, flows.DRAFT, "description", True),
    (wf.PENUGASAN, flows.REQUESTED, "description", False),
    (wf.PENUGASAN, flows.DELIVERED, "date_end", False),
    (wf.PENUGASAN, flows.DELIVERED, "employee_id", False),
    (wf.PENUGASAN, flows.DRAFT, "company_id", False),
    # A report is revised while draft or returned, never once submitted (R32).
    (wf.LAPORAN, review.DRAFT, "content", True),
    (wf.LAPORAN, review.RETURNED, "content", True),
    (wf.LAPORAN, review.SUBMITTED, "content", False),
    (wf.LAPORAN, review.RETURNED, "penugasan_id", False),
    (wf.LAPORAN, review.ACCEPTED, "attachment_ids", False),
    # The decree fixes the team (R22); its number is entered while it is proposed.
    (wf.TIM_KERJA, teams.DRAFT, "member_ids", True),
    (wf.TIM_KERJA, teams.PROPOSED, "decree_number", True),
    (wf.TIM_KERJA, teams.ESTABLISHED, "decree_number", False),
    (wf.TIM_KERJA, teams.ESTABLISHED, "mandate", False),
    # R34: plan in draft, ratings while the period runs, objection on a rated record.
    (wf.KINERJA, k.DRAFT, "date_end", True),
    (wf.KINERJA, k.AGREED, "date_end", False),
    (wf.KINERJA, k.IN_PROGRESS, "rating_hasil_kerja", True),
    (wf.KINERJA, k.FINAL, "rating_hasil_kerja", False),
    (wf.KINERJA, k.RATED, "objection_reason", True),
    (wf.KINERJA, k.FINAL, "objection_reason", False),
    # R33: the problem as raised, until answered.
    (wf.ESKALASI, review.RAISED, "alternatives", True),
    (wf.ESKALASI, review.ANSWERED, "alternatives", False),
    # R7: a running delegation may be shortened, not re-aimed; an ended one is history.
    (wf.DELEGASI, wf.DELEGATION_SCHEDULED, "delegate_id", True),
    (wf.DELEGASI, wf.DELEGATION_RUNNING, "delegate_id", False),
    (wf.DELEGASI, wf.DELEGATION_RUNNING, "date_to", True),
    (wf.DELEGASI, wf.DELEGATION_ENDED, "date_to", False),
])
def test_content_freezes(spec, state, fname, ok):
    if ok:
        wf.check_write(spec, state, {fname})
    else:
        with pytest.raises(RuleError) as err:
            wf.check_write(spec, state, {fname})
        assert err.value.code == "frozen"


def test_employee_named_at_a_naming_step():
    """R17.3: the PPK where the employee sits names him after the draft."""
    wf.check_write(wf.PENUGASAN, flows.AVAILABILITY, {"employee_id"},
                   editable={"employee_id": {flows.AVAILABILITY}})
    with pytest.raises(RuleError):
        wf.check_write(wf.PENUGASAN, flows.AVAILABILITY, {"description"},
                       editable={"employee_id": {flows.AVAILABILITY}})


@pytest.mark.parametrize("spec", list(wf.SPECS.values()), ids=lambda s: s.model)
def test_engine_fields_never_written_by_a_user(spec):
    for fname in spec.engine_fields:
        with pytest.raises(RuleError) as err:
            wf.check_write(spec, spec.initial, {fname})
        assert err.value.code == "engine_fields"


@pytest.mark.parametrize("spec,state,ok", [
    (wf.PENUGASAN, flows.DRAFT, True),
    (wf.PENUGASAN, flows.DELIVERED, False),
    (wf.KINERJA, k.DRAFT, True),
    (wf.KINERJA, k.FINAL, False),
    (wf.LAPORAN, review.ACCEPTED, False),
    (wf.ESKALASI, review.RAISED, False),
    (wf.REKOMENDASI, k.IN_PROGRESS, True),
    (wf.REKOMENDASI, k.RATED, False),
    (wf.DELEGASI, wf.DELEGATION_RUNNING, False),
])
def test_unlink_keeps_history(spec, state, ok):
    if ok:
        wf.check_unlink(spec, state)
    else:
        with pytest.raises(RuleError):
            wf.check_unlink(spec, state)


def test_copy_starts_afresh():
    vals = {"state": flows.DELIVERED, "letter_number": "1", "description": "x",
            "assigner_id": 4, "name": "PNG/1"}
    assert wf.copy_reset(wf.PENUGASAN, vals) == {"description": "x", "state": flows.DRAFT}
    assert wf.copy_reset(wf.REKOMENDASI, {"author_id": 3, "note": "x"}) == {"note": "x"}


def test_delegation_states():
    today = date(2026, 6, 1)
    assert wf.delegation_state(date(2026, 6, 2), date(2026, 7, 1), today) == "scheduled"
    assert wf.delegation_state(date(2026, 6, 1), date(2026, 6, 1), today) == "running"
    assert wf.delegation_state(date(2026, 5, 1), date(2026, 5, 31), today) == "ended"


def test_busy_error():
    assert wf.busy_error().code == "busy"


def test_r7_no_delegation_to_a_subordinate():
    """R7: the appraisee may not stand above the one appraising him."""
    with pytest.raises(RuleError) as err:
        kedudukan.check_delegate(1, 2, {1, 9})
    assert err.value.code == "delegate_subordinate"
    kedudukan.check_delegate(1, 2, {9})
