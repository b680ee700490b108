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
    and to each employee": a non-JPT main RHK supports a superior's RHK; a JPT's need not."""
    skp.check_intervensi([("A", "utama", 7), ("B", "tambahan", None)], is_jpt=False)
    skp.check_intervensi([("A", "utama", None)], is_jpt=True)
    with pytest.raises(RuleError) as err:
        skp.check_intervensi([("A", "utama", None)], is_jpt=False)
    assert err.value.code == "intervensi_missing"
    with pytest.raises(RuleError) as err:
        skp.check_intervensi([("B", "tambahan", 3)], is_jpt=True)
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
