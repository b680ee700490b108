"""Fast tier: the SKP of PermenPANRB 6/2022 (issue 15, RULES.md §E, R35, R22-R29)."""

import pytest

from sistem_kerja_asn.rules import kinerja as k
from sistem_kerja_asn.rules import skp
from sistem_kerja_asn.rules.errors import RuleError


def test_kinds_and_aspects():
    """Issue 15: RHK kinds "utama and tambahan"; aspects "kuantitas, kualitas, waktu, biaya"."""
    assert [c for c, _l in skp.RHK_KINDS] == ["utama", "tambahan"]
    assert [c for c, _l in skp.ASPECTS] == ["kuantitas", "kualitas", "waktu", "biaya"]


def test_seven_core_values_with_three_guidance_lines():
    """BerAKHLAK (PermenPANRB 6/2022): Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis,
    Loyal, Adaptif, Kolaboratif, each with three behaviour guidance lines."""
    names = [name for _c, name, _l in skp.CORE_VALUES]
    assert names == ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal",
                     "Adaptif", "Kolaboratif"]
    assert all(len(lines) == 3 for _c, _n, lines in skp.CORE_VALUES)
    assert skp.core_value("berorientasi_pelayanan")[1][0] == (
        "Memahami dan memenuhi kebutuhan masyarakat")
    assert skp.core_value("akuntabel")[1][2] == "Tidak menyalahgunakan kewenangan jabatan"
    with pytest.raises(RuleError):
        skp.core_value("nope")


def test_intervensi():
    """R35: "strategic goals -> indicators -> targets, cascaded from the organisation to units
    and to each employee": a non-JPT main RHK supports a superior's RHK; a JPT's main RHK comes
    from the organisation's indicators (the top of the cascade: RULES.md R35 "from the
    organisation to units"), so it names the one it answers instead of a superior's RHK."""
    skp.check_intervensi([("A", "utama", 7, None), ("B", "tambahan", None, None)], is_jpt=False)
    skp.check_intervensi([("A", "utama", None, "IKU 1: prevalensi stunting")], is_jpt=True)
    skp.check_intervensi(  # an additional RHK of a JPT needs no indicator of the organisation
        [("A", "utama", None, "IKU 1"), ("B", "tambahan", None, "")], is_jpt=True)
    with pytest.raises(RuleError) as err:
        skp.check_intervensi([("A", "utama", None, None)], is_jpt=False)
    assert err.value.code == "intervensi_missing"
    with pytest.raises(RuleError) as err:
        skp.check_intervensi([("A", "utama", None, " ")], is_jpt=True)
    assert err.value.code == "organisation_indicator_missing"
    with pytest.raises(RuleError) as err:
        skp.check_intervensi([("B", "tambahan", 3, "IKU 1")], is_jpt=True)
    assert err.value.code == "no_rhk_utama"


@pytest.mark.parametrize(("aspect", "target", "real", "expected"), [
    ("kuantitas", 10, 12, k.ABOVE), ("kuantitas", 10, 10, k.AS_EXPECTED),
    ("kuantitas", 10, 8, k.BELOW), ("kualitas", 90, 95, k.ABOVE),
    # time and cost: less than the target is better
    ("waktu", 12, 10, k.ABOVE), ("waktu", 12, 14, k.BELOW),
    ("biaya", 100, 90, k.ABOVE), ("biaya", 100, 110, k.BELOW),
    ("kuantitas", 10, None, None),
])
def test_indicator_rating(aspect, target, real, expected):
    assert skp.indicator_rating(aspect, target, real) == expected


def test_rhk_rating():
    assert skp.rhk_rating([("kuantitas", 10, 12), ("waktu", 12, 10)]) == k.ABOVE
    assert skp.rhk_rating([("kuantitas", 10, 12), ("waktu", 12, 12)]) == k.AS_EXPECTED
    assert skp.rhk_rating([("kuantitas", 10, 12), ("biaya", 100, 101)]) == k.BELOW
    assert skp.rhk_rating([("kuantitas", 10, None)]) is None
    assert skp.rhk_rating([]) is None
    with pytest.raises(RuleError):
        skp.rhk_rating([("speed", 1, 1)])


def test_annual_rating_uses_the_regulation_matrix():
    """RULES.md §E matrix: above/above -> Sangat Baik; below results with behaviour as expected
    -> Butuh Perbaikan; behaviour below with results as expected -> Kurang/Misconduct."""
    quarters = [(k.AS_EXPECTED, k.AS_EXPECTED), (k.ABOVE, k.ABOVE), (k.ABOVE, k.ABOVE),
                (k.ABOVE, k.ABOVE)]
    assert skp.annual_rating(quarters) == (k.ABOVE, k.ABOVE, "sangat_baik")
    assert skp.annual_rating([(k.BELOW, k.AS_EXPECTED)] * 4)[2] == "butuh_perbaikan"
    assert skp.annual_rating([(k.AS_EXPECTED, k.BELOW)])[2] == "kurang"
    # a tie goes to the latest of the tied ratings
    assert skp.annual_rating([(k.BELOW, k.AS_EXPECTED), (k.ABOVE, k.AS_EXPECTED)])[:2] == (
        k.ABOVE, k.AS_EXPECTED)
    with pytest.raises(RuleError):
        skp.annual_rating([(None, None)])


def _codes(org, **counts):
    return [e.code for e in skp.check_distribution(org, counts)]


def test_distribution_istimewa():
    """RULES.md §E: "Istimewa: most, at most 70 %, Sangat Baik"."""
    assert _codes("istimewa", sangat_baik=6, baik=4) == []
    assert _codes("istimewa", sangat_baik=7, baik=3) == []
    assert _codes("istimewa", sangat_baik=8, baik=2) == ["distribution_at_most"]
    assert _codes("istimewa", sangat_baik=4, baik=6) == ["distribution_most"]


def test_distribution_baik():
    """RULES.md §E: "Baik: most, at most 70 %, Baik, and some Butuh Perbaikan and/or
    Kurang/Misconduct"."""
    assert _codes("baik", baik=6, sangat_baik=3, butuh_perbaikan=1) == []
    assert _codes("baik", baik=6, sangat_baik=3, kurang=1) == []
    assert _codes("baik", baik=6, sangat_baik=4) == ["distribution_some"]
    assert _codes("baik", baik=9, kurang=1) == ["distribution_at_most"]


def test_distribution_butuh_perbaikan():
    """RULES.md §E: "Butuh Perbaikan: at least 60 % Butuh Perbaikan, at most 10 % Sangat Baik"."""
    assert _codes("butuh_perbaikan", butuh_perbaikan=6, baik=3, sangat_baik=1) == []
    assert _codes("butuh_perbaikan", butuh_perbaikan=5, baik=5) == ["distribution_at_least"]
    assert _codes("butuh_perbaikan", butuh_perbaikan=6, sangat_baik=2, baik=2) == [
        "distribution_at_most"]


def test_distribution_kurang():
    """RULES.md §E: "Kurang: at least 60 % Kurang/Misconduct, at least 10 % Butuh Perbaikan, at
    most 10 % Sangat Baik"."""
    assert _codes("kurang", kurang=6, butuh_perbaikan=1, baik=2, sangat_baik=1) == []
    assert _codes("kurang", kurang=7, baik=3) == ["distribution_at_least"]
    assert _codes("kurang", kurang=6, butuh_perbaikan=2, sangat_baik=2) == [
        "distribution_at_most"]


def test_distribution_sangat_kurang():
    """RULES.md §E: "Sangat Kurang: at least 60 % Sangat Kurang, at least 10 % Kurang/Misconduct
    and/or Butuh Perbaikan, no Sangat Baik"."""
    assert _codes("sangat_kurang", sangat_kurang=6, kurang=1, baik=3) == []
    assert _codes("sangat_kurang", sangat_kurang=6, butuh_perbaikan=1, baik=3) == []
    assert _codes("sangat_kurang", sangat_kurang=9, baik=1) == ["distribution_at_least"]
    assert _codes("sangat_kurang", sangat_kurang=6, kurang=3, sangat_baik=1) == [
        "distribution_at_most"]
    assert _codes("sangat_kurang") == []  # nobody rated yet: nothing to check
    with pytest.raises(RuleError):
        skp.check_distribution("hebat", {"baik": 1})


# Each bound of RULES.md §E at the percent, with 100 rated employees: the stated share fits, one
# employee more (or fewer) does not. "Most" is more than half: 50 of 100 is not most.
BOUNDS_AT_THE_PERCENT = [
    # "Istimewa: most, at most 70 %, Sangat Baik."
    ("istimewa", {"sangat_baik": 70, "baik": 30}, []),
    ("istimewa", {"sangat_baik": 71, "baik": 29}, ["distribution_at_most"]),
    ("istimewa", {"sangat_baik": 51, "baik": 49}, []),
    ("istimewa", {"sangat_baik": 50, "baik": 50}, ["distribution_most"]),
    # "Baik: most, at most 70 %, Baik, and some Butuh Perbaikan and/or Kurang/Misconduct."
    ("baik", {"baik": 70, "sangat_baik": 29, "butuh_perbaikan": 1}, []),
    ("baik", {"baik": 71, "sangat_baik": 28, "kurang": 1}, ["distribution_at_most"]),
    ("baik", {"baik": 51, "sangat_baik": 48, "kurang": 1}, []),
    ("baik", {"baik": 50, "sangat_baik": 49, "butuh_perbaikan": 1}, ["distribution_most"]),
    ("baik", {"baik": 70, "sangat_baik": 30}, ["distribution_some"]),
    # "Butuh Perbaikan: at least 60 % Butuh Perbaikan, at most 10 % Sangat Baik."
    ("butuh_perbaikan", {"butuh_perbaikan": 60, "sangat_baik": 10, "baik": 30}, []),
    ("butuh_perbaikan", {"butuh_perbaikan": 59, "sangat_baik": 10, "baik": 31},
     ["distribution_at_least"]),
    ("butuh_perbaikan", {"butuh_perbaikan": 60, "sangat_baik": 11, "baik": 29},
     ["distribution_at_most"]),
    # "Kurang: at least 60 % Kurang/Misconduct, at least 10 % Butuh Perbaikan, at most 10 %
    # Sangat Baik."
    ("kurang", {"kurang": 60, "butuh_perbaikan": 10, "sangat_baik": 10, "baik": 20}, []),
    ("kurang", {"kurang": 59, "butuh_perbaikan": 10, "sangat_baik": 10, "baik": 21},
     ["distribution_at_least"]),
    ("kurang", {"kurang": 60, "butuh_perbaikan": 9, "sangat_baik": 10, "baik": 21},
     ["distribution_at_least"]),
    ("kurang", {"kurang": 60, "butuh_perbaikan": 10, "sangat_baik": 11, "baik": 19},
     ["distribution_at_most"]),
    # "Sangat Kurang: at least 60 % Sangat Kurang, at least 10 % Kurang/Misconduct and/or Butuh
    # Perbaikan, no Sangat Baik."
    ("sangat_kurang", {"sangat_kurang": 60, "kurang": 5, "butuh_perbaikan": 5, "baik": 30}, []),
    ("sangat_kurang", {"sangat_kurang": 59, "kurang": 10, "baik": 31},
     ["distribution_at_least"]),
    ("sangat_kurang", {"sangat_kurang": 60, "kurang": 5, "butuh_perbaikan": 4, "baik": 31},
     ["distribution_at_least"]),
    ("sangat_kurang", {"sangat_kurang": 60, "butuh_perbaikan": 10, "sangat_baik": 1,
                       "baik": 29}, ["distribution_at_most"]),
]


@pytest.mark.parametrize(("org", "counts", "expected"), BOUNDS_AT_THE_PERCENT)
def test_distribution_bounds_at_the_percent(org, counts, expected):
    """RULES.md §E, each organisation predikat's bounds (PermenPANRB 6/2022 evaluation
    guidance): exactly the stated share fits, one employee in a hundred past it does not."""
    assert sum(counts.values()) == 100
    assert _codes(org, **counts) == expected


def test_distribution_problem_names_the_share_and_the_bound():
    """The warning says which predikat, the share found and the bound: "Istimewa: ... at most
    70 %, Sangat Baik" with 71 of 100 rated Sangat Baik."""
    (err,) = skp.check_distribution("istimewa", {"sangat_baik": 71, "baik": 29})
    assert err.params == {"predikat": "Sangat Baik", "share": 71.0, "bound": 70}
    (err,) = skp.check_distribution("sangat_kurang", {"sangat_kurang": 95, "baik": 5})
    assert err.params["predikat"] == "Kurang/Misconduct / Butuh Perbaikan"
    assert err.params["bound"] == 10


def test_distribution_shares():
    """The curve: the share of each predikat among the rated employees, summing to one."""
    shares = skp.distribution({"sangat_baik": 1, "baik": 2, "kurang": 1})
    assert shares == {"sangat_baik": 0.25, "baik": 0.5, "butuh_perbaikan": 0.0, "kurang": 0.25,
                      "sangat_kurang": 0.0}
    assert set(skp.distribution({}).values()) == {0.0}


def test_role_matrix_from_two_teams():
    """R22: "a team has a ketua and anggota"; R29: where no team is needed, individuals are
    assigned directly; R35: the RHK of the staff support the leader's. A unit of the Kabid
    (owner of results R1, R2) with team T1 (ketua A, anggota B, C) on R1 and team T2 (ketua B,
    anggota D) on R2, D assigned to R1 alone, E's RHK supporting R2."""
    results = [("R1", "kabid"), ("R2", "kabid")]
    teams = [("A", ["A", "B", "C"], ["R1"]), ("B", ["B", "D"], ["R2"])]
    matrix = skp.role_matrix(results, teams, assignments=[("D", "R1"), ("D", "R9")],
                             cascade=[("E1", "E", "R2")])
    assert matrix == {
        ("kabid", "R1"): ("pemilik",), ("kabid", "R2"): ("pemilik",),
        ("A", "R1"): ("ketua",), ("B", "R1"): ("anggota",), ("C", "R1"): ("anggota",),
        ("B", "R2"): ("ketua",), ("D", "R2"): ("anggota",),
        ("D", "R1"): ("individu",), ("E", "R2"): ("intervensi",),
    }
    assert skp.role_matrix([]) == {}


def test_role_matrix_one_person_many_roles():
    """One person may hold several roles on one result: R22 a ketua of a team on the result
    whose own RHK supports it (R35), the leader leading a team on his own result; a pengendali
    or a person of another result takes no role there."""
    results = [("R1", "kabid")]
    teams = [("kabid", ["kabid", "B"], ["R1"]), ("B", ["B"], ["R7"])]
    matrix = skp.role_matrix(results, teams, cascade=[("B1", "B", "R1"), ("X1", "X", "R7")])
    assert matrix == {("kabid", "R1"): ("pemilik", "ketua"),
                      ("B", "R1"): ("anggota", "intervensi")}


def test_matrix_table_rows_results_columns_employees():
    """The Matriks Peran Hasil is read result by result (rows: the leader's RHK, R35) and person
    by person (columns): the leader who owns the results first, then the unit's people in the
    unit's order; a person without any role on the unit's results has no column, an empty
    cell is a result the person has no part in."""
    results = [("R1", "kabid"), ("R2", "kabid")]
    teams = [("A", ["A", "C"], ["R1"])]
    matrix = skp.role_matrix(results, teams, assignments=[("D", "R2")],
                             cascade=[("E1", "E", "R2")])
    columns, rows = skp.matrix_table(results, matrix, employees=["E", "D", "Z", "C", "A"])
    assert columns == ["kabid", "E", "D", "C", "A"]
    assert rows == [
        ("R1", [("pemilik",), (), (), ("anggota",), ("ketua",)]),
        ("R2", [("pemilik",), ("intervensi",), ("individu",), (), ()]),
    ]
    # Someone the unit does not list (a member from another unit) comes after its people.
    columns, _rows = skp.matrix_table(results, matrix, employees=["A"])
    assert columns == ["kabid", "A", "C", "D", "E"]
    assert skp.matrix_table([], {}) == ([], [])
