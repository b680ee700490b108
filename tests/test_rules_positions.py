"""Fast tier: position classes, jenjang and their order (R1, R5 equivalences)."""

import itertools

import pytest

from sistem_kerja_asn.rules import positions as p
from sistem_kerja_asn.rules.errors import RuleError

ALL_JENJANG = [code for code, _label in p.JENJANG]
NON_FUNGSIONAL = [p.JPT_MADYA, p.JPT_PRATAMA, p.ADMINISTRATOR, p.PENGAWAS, p.PELAKSANA]


def _raises(code, func, *args):
    """Call ``func(*args)`` expecting a RuleError with ``code``; return it."""
    with pytest.raises(RuleError) as info:
        func(*args)
    assert info.value.code == code
    return info.value


# --- constants ----------------------------------------------------------------------------


def test_position_classes_r1():
    assert [code for code, _label in p.JABATAN_TYPES] == [*NON_FUNGSIONAL, p.FUNGSIONAL]
    assert p.STRUCTURAL == (p.JPT_MADYA, p.JPT_PRATAMA, p.ADMINISTRATOR, p.PENGAWAS)


def test_jenjang_lists_r1():
    assert ALL_JENJANG == [*p.KEAHLIAN, *p.KETERAMPILAN]
    assert p.JENJANG_LABELS["ahli_madya"] == "Ahli Madya"
    assert p.JABATAN_LABELS[p.JPT_PRATAMA] == "JPT Pratama"


# --- jenjang_category ---------------------------------------------------------------------


@pytest.mark.parametrize("jenjang", p.KEAHLIAN)
def test_category_keahlian(jenjang):
    assert p.jenjang_category(jenjang) == "keahlian"


@pytest.mark.parametrize("jenjang", p.KETERAMPILAN)
def test_category_keterampilan(jenjang):
    assert p.jenjang_category(jenjang) == "keterampilan"


@pytest.mark.parametrize("jenjang", ["ahli", "", None, "Ahli Madya", "pengawas"])
def test_category_unknown(jenjang):
    err = _raises("unknown_jenjang", p.jenjang_category, jenjang)
    assert err.params == {"jenjang": jenjang}


# --- rank ---------------------------------------------------------------------------------


def test_rank_keahlian_order_r1():
    ranks = [p.rank(p.FUNGSIONAL, j) for j in p.KEAHLIAN]
    assert ranks == sorted(ranks, reverse=True)
    assert len(set(ranks)) == len(ranks)


def test_rank_keterampilan_order_r1():
    ranks = [p.rank(p.FUNGSIONAL, j) for j in p.KETERAMPILAN]
    assert ranks == sorted(ranks, reverse=True)
    assert len(set(ranks)) == len(ranks)


def test_rank_structural_order_r1():
    ranks = [p.rank(t) for t in NON_FUNGSIONAL]
    assert ranks == sorted(ranks, reverse=True)
    assert len(set(ranks)) == len(ranks)


def test_rank_equivalences_r5():
    assert p.rank(p.ADMINISTRATOR) == p.rank(p.FUNGSIONAL, "ahli_madya")
    assert p.rank(p.PENGAWAS) == p.rank(p.FUNGSIONAL, "ahli_muda")


def test_rank_keahlian_above_keterampilan():
    lowest_keahlian = min(p.rank(p.FUNGSIONAL, j) for j in p.KEAHLIAN)
    highest_keterampilan = max(p.rank(p.FUNGSIONAL, j) for j in p.KETERAMPILAN)
    assert lowest_keahlian > highest_keterampilan


def test_rank_jpt_above_every_jf():
    top_jf = max(p.rank(p.FUNGSIONAL, j) for j in ALL_JENJANG)
    assert p.rank(p.JPT_PRATAMA) > top_jf
    assert p.rank(p.JPT_MADYA) > p.rank(p.JPT_PRATAMA)


def test_rank_ignores_jenjang_for_structural():
    assert p.rank(p.ADMINISTRATOR, "ahli_utama") == p.rank(p.ADMINISTRATOR)


@pytest.mark.parametrize("jenjang", [None, "", "ahli", "administrator"])
def test_rank_fungsional_needs_known_jenjang(jenjang):
    _raises("jenjang_required", p.rank, p.FUNGSIONAL, jenjang)


@pytest.mark.parametrize("jabatan", ["kepala", "", None, "Administrator"])
def test_rank_unknown_class(jabatan):
    err = _raises("unknown_jabatan", p.rank, jabatan)
    assert err.params == {"jabatan": jabatan}


# --- outranks -----------------------------------------------------------------------------

_POSITIONS = [(t, None) for t in NON_FUNGSIONAL] + [
    (p.FUNGSIONAL, j) for j in ALL_JENJANG
]


@pytest.mark.parametrize(("a", "b"), list(itertools.product(_POSITIONS, repeat=2)))
def test_outranks_matches_rank(a, b):
    assert p.outranks(a, b) is (p.rank(*a) > p.rank(*b))
    assert not (p.outranks(a, b) and p.outranks(b, a))


def test_outranks_examples():
    assert p.outranks((p.ADMINISTRATOR, None), (p.FUNGSIONAL, "ahli_muda"))
    assert not p.outranks((p.ADMINISTRATOR, None), (p.FUNGSIONAL, "ahli_madya"))  # R5 ~
    assert not p.outranks((p.PENGAWAS, None), (p.FUNGSIONAL, "ahli_muda"))  # R5 ~
    assert p.outranks((p.FUNGSIONAL, "ahli_utama"), (p.ADMINISTRATOR, None))
    assert p.outranks((p.FUNGSIONAL, "pemula"), (p.PELAKSANA, None)) is False


def test_outranks_propagates_errors():
    _raises("jenjang_required", p.outranks, (p.FUNGSIONAL, None), (p.PELAKSANA, None))
    _raises("unknown_jabatan", p.outranks, (p.PELAKSANA, None), ("x", None))


# --- position_label -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jabatan", "jenjang", "label"),
    [
        (p.FUNGSIONAL, "ahli_muda", "Fungsional Ahli Muda"),
        (p.FUNGSIONAL, "penyelia", "Fungsional Penyelia"),
        (p.FUNGSIONAL, None, "Fungsional"),
        (p.FUNGSIONAL, "custom", "Fungsional custom"),
        (p.ADMINISTRATOR, None, "Administrator"),
        (p.ADMINISTRATOR, "ahli_muda", "Administrator"),
        (p.JPT_MADYA, None, "JPT Madya"),
        (p.PELAKSANA, None, "Pelaksana"),
        ("other", None, "other"),
        (None, None, ""),
        (False, None, ""),
    ],
)
def test_position_label(jabatan, jenjang, label):
    assert p.position_label(jabatan, jenjang) == label


# --- check_jenjang ------------------------------------------------------------------------


@pytest.mark.parametrize("jenjang", ALL_JENJANG)
def test_check_jenjang_fungsional_ok(jenjang):
    assert p.check_jenjang(p.FUNGSIONAL, jenjang) is None


@pytest.mark.parametrize("jabatan", NON_FUNGSIONAL)
@pytest.mark.parametrize("empty", [None, False, ""])
def test_check_jenjang_structural_ok(jabatan, empty):
    assert p.check_jenjang(jabatan, empty) is None


@pytest.mark.parametrize("empty", [None, False, ""])
def test_check_jenjang_required(empty):
    err = _raises("jenjang_required", p.check_jenjang, p.FUNGSIONAL, empty)
    assert err.params == {}
    assert "jenjang" in str(err)


@pytest.mark.parametrize("jabatan", NON_FUNGSIONAL)
def test_check_jenjang_not_allowed(jabatan):
    err = _raises("jenjang_not_allowed", p.check_jenjang, jabatan, "ahli_muda")
    assert err.params == {"jabatan": p.JABATAN_LABELS[jabatan]}
    assert p.JABATAN_LABELS[jabatan] in str(err)


@pytest.mark.parametrize(
    ("jabatan", "shown"), [("kepala", "kepala"), (None, "-"), (False, "-")]
)
def test_check_jenjang_not_allowed_unknown_class(jabatan, shown):
    err = _raises("jenjang_not_allowed", p.check_jenjang, jabatan, "ahli_muda")
    assert err.params == {"jabatan": shown}


def test_check_jenjang_unknown():
    err = _raises("unknown_jenjang", p.check_jenjang, p.FUNGSIONAL, "ahli")
    assert err.params == {"jenjang": "ahli"}
    assert str(err) == "Unknown jenjang: ahli"
