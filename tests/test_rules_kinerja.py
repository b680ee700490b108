"""Fast tier: the predikat matrix and the performance record checks (R34, PermenPANRB 6/2022)."""

from datetime import date

import pytest

from sistem_kerja_asn.rules import kinerja as k
from sistem_kerja_asn.rules.errors import RuleError


@pytest.mark.parametrize(
    ("hasil", "perilaku", "expected"),
    [
        ("above", "above", "sangat_baik"),
        ("above", "as_expected", "baik"),
        ("above", "below", "butuh_perbaikan"),
        ("as_expected", "above", "baik"),
        ("as_expected", "as_expected", "baik"),
        ("as_expected", "below", "butuh_perbaikan"),
        ("below", "above", "kurang"),
        ("below", "as_expected", "kurang"),
        ("below", "below", "sangat_kurang"),
    ],
)
def test_predikat_every_cell(hasil, perilaku, expected):
    """Each cell of the national matrix (RULES.md §E)."""
    assert k.predikat(hasil, perilaku) == expected


@pytest.mark.parametrize(("hasil", "perilaku"), [(None, "above"), ("above", None), ("x", "above")])
def test_predikat_needs_both_ratings(hasil, perilaku):
    with pytest.raises(RuleError) as err:
        k.predikat(hasil, perilaku)
    assert err.value.code == "rating_required"


def test_states_walk_and_refusals():
    """R34: draft -> agreed -> in progress -> rated -> final; no finalising without ratings."""
    state = k.transition(k.DRAFT, "agree")
    state = k.transition(state, "start")
    with pytest.raises(RuleError) as err:
        k.transition(state, "rate")
    assert err.value.code == "rating_required"
    state = k.transition(state, "rate", hasil_kerja="as_expected", perilaku="above")
    assert state == k.RATED
    assert k.transition(state, "reopen") == k.IN_PROGRESS
    assert k.transition(state, "finalise", hasil_kerja="as_expected", perilaku="above") == k.FINAL
    with pytest.raises(RuleError) as err:
        k.transition(k.FINAL, "rate")
    assert err.value.code == "action_not_allowed"


def test_only_the_ppk_rates():
    """R2, R7: the rater must be the resolved (or delegated) PPK."""
    k.check_rater(5, 5)
    for rater in (None, 6):
        with pytest.raises(RuleError) as err:
            k.check_rater(rater, 5)
        assert err.value.code == "not_ppk"


def test_periods_may_not_overlap():
    k.check_periods([(date(2026, 1, 1), date(2026, 6, 30)), (date(2026, 7, 1), date(2026, 12, 31))])
    with pytest.raises(RuleError) as err:
        k.check_periods([(date(2026, 1, 1), date(2026, 12, 31)), (date(2026, 6, 1), date(2026, 6, 30))])
    assert err.value.code == "period_overlap"
