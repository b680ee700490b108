"""Pengelolaan kinerja (R34 and the national predikat rule of RULES.md §E).

Groundwork for the performance issue: the rating scale, the predikat matrix of PermenPANRB
6/2022 (work results x work behaviour), the appraisal states and the checks the models need.
"""

from .errors import RuleError
from .errors import _

# The appraiser rates work results (hasil kerja) and work behaviour (perilaku kerja) each
# above / as / below expectation (PermenPANRB 6/2022; RULES.md §E).
ABOVE = "above"
AS_EXPECTED = "as_expected"
BELOW = "below"
RATINGS = [
    (ABOVE, "Above expectation"),
    (AS_EXPECTED, "As expected"),
    (BELOW, "Below expectation"),
]

SANGAT_BAIK = "sangat_baik"
BAIK = "baik"
BUTUH_PERBAIKAN = "butuh_perbaikan"
KURANG = "kurang"
SANGAT_KURANG = "sangat_kurang"
PREDIKAT = [
    (SANGAT_BAIK, "Sangat Baik"),
    (BAIK, "Baik"),
    (BUTUH_PERBAIKAN, "Butuh Perbaikan"),
    (KURANG, "Kurang"),
    (SANGAT_KURANG, "Sangat Kurang"),
]

# (work results, work behaviour) -> predikat: the matrix of PermenPANRB 6/2022.
MATRIX = {
    (ABOVE, ABOVE): SANGAT_BAIK,
    (ABOVE, AS_EXPECTED): BAIK,
    (ABOVE, BELOW): BUTUH_PERBAIKAN,
    (AS_EXPECTED, ABOVE): BAIK,
    (AS_EXPECTED, AS_EXPECTED): BAIK,
    (AS_EXPECTED, BELOW): BUTUH_PERBAIKAN,
    (BELOW, ABOVE): KURANG,
    (BELOW, AS_EXPECTED): KURANG,
    (BELOW, BELOW): SANGAT_KURANG,
}

# R34: planning -> doing -> appraisal -> follow-up, as record states.
DRAFT = "draft"
AGREED = "agreed"
IN_PROGRESS = "in_progress"
RATED = "rated"
FINAL = "final"
STATES = [
    (DRAFT, "Draft"),
    (AGREED, "Agreed"),
    (IN_PROGRESS, "In progress"),
    (RATED, "Rated"),
    (FINAL, "Final"),
]
TRANSITIONS = {
    DRAFT: {"agree": AGREED},
    AGREED: {"start": IN_PROGRESS},
    IN_PROGRESS: {"rate": RATED},
    RATED: {"finalise": FINAL, "reopen": IN_PROGRESS},
}


def predikat(hasil_kerja, perilaku):
    """The predikat of a (work results, work behaviour) rating pair (PermenPANRB 6/2022)."""
    key = (hasil_kerja, perilaku)
    if key not in MATRIX:
        raise RuleError(
            "rating_required",
            _("Rate both the work results and the work behaviour before the predikat (R34)."),
        )
    return MATRIX[key]


def transition(state, action, *, hasil_kerja=None, perilaku=None):
    """The state after ``action``; finalising needs both ratings (R34)."""
    nxt = TRANSITIONS.get(state, {}).get(action)
    if nxt is None:
        raise RuleError(
            "action_not_allowed",
            _("The action %(action)s is not allowed on a performance record in the state %(state)s."),
            action=action,
            state=dict(STATES).get(state, state),
        )
    if action in ("rate", "finalise"):
        predikat(hasil_kerja, perilaku)
    return nxt


def check_rater(rater_id, ppk_id):
    """Only the employee's PPK (or his delegate, already resolved into ``ppk_id``) rates (R2, R7)."""
    if not rater_id or rater_id != ppk_id:
        raise RuleError(
            "not_ppk", _("Only the appraiser (PPK) of the employee rates the performance (R2).")
        )


def check_periods(periods):
    """Refuse overlapping periods of one employee: ``periods`` is [(start, end), ...]."""
    ordered = sorted(periods)
    for (s1, e1), (s2, e2) in zip(ordered, ordered[1:], strict=False):
        if s2 <= e1:
            raise RuleError(
                "period_overlap",
                _("Performance periods may not overlap: %(first)s and %(second)s."),
                first=f"{s1} - {e1}",
                second=f"{s2} - {e2}",
            )
