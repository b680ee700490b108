"""Fast tier: the evaluation periods of the SKP (R34 b, the preset option ``checkin_frequency``)
and the file for BKN's e-Kinerja / SIASN (issue 15; README "Export for e-Kinerja / SIASN")."""

import csv
import io
from datetime import date

import pytest

from sistem_kerja_asn.rules import presets
from sistem_kerja_asn.rules import skp_export
from sistem_kerja_asn.rules import skp_period
from sistem_kerja_asn.rules.errors import RuleError


def test_national_preset_is_quarterly_with_its_source():
    """PermenPANRB 6/2022: periodic evaluations during the year, quarterly by default; no
    regency text sets another frequency, so every preset resolves to quarterly."""
    for key in presets.MODULES:
        assert presets.get_all_options(key)["checkin_frequency"] == "quarterly", key
    assert "PermenPANRB 6/2022" in presets.get_all_options("national")["sources"][
        "checkin_frequency"]


@pytest.mark.parametrize(("day", "frequency", "code"), [
    (date(2026, 1, 1), "quarterly", "q1"),
    (date(2026, 3, 31), "quarterly", "q1"),
    (date(2026, 4, 1), "quarterly", "q2"),
    (date(2026, 12, 31), "quarterly", "q4"),
    (date(2026, 3, 31), "monthly", "m03"),
    (date(2026, 11, 5), "monthly", "m11"),
    (date(2026, 11, 5), "none", None),
])
def test_period_of(day, frequency, code):
    assert skp_period.period_of(day, frequency) == code


def test_periods_offered_follow_the_frequency():
    assert [c for c, _l in skp_period.periods("quarterly")] == ["q1", "q2", "q3", "q4"]
    assert len(skp_period.periods("monthly")) == 12
    assert skp_period.periods("none") == []


def test_period_range():
    assert skp_period.period_range("annual", 2026) == (date(2026, 1, 1), date(2026, 12, 31))
    assert skp_period.period_range("q1", 2026) == (date(2026, 1, 1), date(2026, 3, 31))
    assert skp_period.period_range("q4", 2026) == (date(2026, 10, 1), date(2026, 12, 31))
    assert skp_period.period_range("m02", 2028) == (date(2028, 2, 1), date(2028, 2, 29))
    assert skp_period.period_range("m12", 2026) == (date(2026, 12, 1), date(2026, 12, 31))
    with pytest.raises(RuleError):
        skp_period.period_range("s1", 2026)


SKP = {
    "nip": "198501012010011001", "nama": "Staf A", "tahun": 2026,
    "start": date(2026, 1, 1), "end": date(2026, 12, 31),
    "hasil_kerja": "above", "perilaku": "as_expected", "predikat": "baik",
    "rhk": [
        {"kind": "utama", "name": "Terlaksananya imunisasi", "parent": "Cakupan imunisasi",
         "realisation": "14 desa, laporan Q1",
         "indicators": [
             {"aspect": "kuantitas", "name": "Desa terlayani", "target": 12.0, "unit": "desa",
              "realisation": 14.0},
             {"aspect": "waktu", "name": "Selesai dalam", "target": 12.0, "unit": "bulan",
              "realisation": None},
         ]},
        {"kind": "tambahan", "name": "Panitia HUT", "parent": "", "indicators": []},
    ],
}


def test_export_columns_are_documented_in_the_readme():
    """README.md "Export for e-Kinerja / SIASN" lists every column of the file, in order."""
    from pathlib import Path
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme.split("## Export for e-Kinerja / SIASN", 1)[1].split("\n## ", 1)[0]
    documented = [line.split("`")[1] for line in section.splitlines()
                  if line.startswith("| `")]
    assert documented == skp_export.HEADER


def test_export_rows_one_per_indicator_in_the_national_words():
    """PermenPANRB 6/2022 words: RHK utama / tambahan, the aspects, "Di Atas Ekspektasi",
    "Sesuai Ekspektasi", the predikat; an RHK without indicator is one row."""
    rows = skp_export.rows([SKP])
    assert rows == [
        ["198501012010011001", "Staf A", 2026, "Tahunan", "2026-01-01", "2026-12-31", "Utama",
         "Terlaksananya imunisasi", "Cakupan imunisasi", "Kuantitas", "Desa terlayani", 12,
         "desa", 14, "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Baik"],
        ["198501012010011001", "Staf A", 2026, "Tahunan", "2026-01-01", "2026-12-31", "Utama",
         "Terlaksananya imunisasi", "Cakupan imunisasi", "Waktu", "Selesai dalam", 12,
         "bulan", "", "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Baik"],
        ["198501012010011001", "Staf A", 2026, "Tahunan", "2026-01-01", "2026-12-31",
         "Tambahan", "Panitia HUT", "", "", "", "", "", "", "Di Atas Ekspektasi",
         "Sesuai Ekspektasi", "Baik"],
    ]


def test_export_quarter_takes_the_reported_realisation():
    rows = skp_export.rows([dict(SKP, hasil_kerja=None, perilaku=None, predikat=None)], "q1")
    assert [r[3] for r in rows] == ["Triwulan I"] * 3
    assert [r[13] for r in rows] == ["14 desa, laporan Q1", "14 desa, laporan Q1", ""]
    assert {tuple(r[14:]) for r in rows} == {("", "", "")}


def test_export_csv_round_trips():
    text = skp_export.to_csv(skp_export.rows([SKP]))
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed[0] == skp_export.HEADER
    assert parsed[1][0] == "198501012010011001"  # the NIP as written, leading digits kept
    assert parsed[1][11:14] == ["12", "desa", "14"]
    assert len(parsed) == 4
