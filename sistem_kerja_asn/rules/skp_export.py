"""The SKP shaped for upload to the national systems, BKN's e-Kinerja and SIASN (issue 15): one
row per indicator of a Rencana Hasil Kerja, with the employee, the period, the RHK, the
indicator's target and realisation, and the ratings and predikat of the period. The columns and
the values are the national system's, in Indonesian whatever the user's language (README.md,
"Export for e-Kinerja / SIASN"). No Odoo here.
"""

import csv
import io

from . import kinerja as k
from . import skp
from . import skp_period

# (key, column title): the order of the file.
COLUMNS = [
    ("nip", "NIP"),
    ("nama", "NAMA"),
    ("tahun", "TAHUN"),
    ("periode", "PERIODE"),
    ("tanggal_awal", "TANGGAL_AWAL"),
    ("tanggal_akhir", "TANGGAL_AKHIR"),
    ("jenis_rhk", "JENIS_RHK"),
    ("rhk", "RHK"),
    ("rhk_intervensi", "RHK_ATASAN_YANG_DIINTERVENSI"),
    ("aspek", "ASPEK"),
    ("indikator", "INDIKATOR"),
    ("target", "TARGET"),
    ("satuan", "SATUAN"),
    ("realisasi", "REALISASI"),
    ("rating_hasil_kerja", "RATING_HASIL_KERJA"),
    ("rating_perilaku", "RATING_PERILAKU"),
    ("predikat", "PREDIKAT"),
]
HEADER = [title for _key, title in COLUMNS]

# The national system's words (PermenPANRB 6/2022).
RHK_KINDS = {skp.UTAMA: "Utama", skp.TAMBAHAN: "Tambahan"}
ASPECTS = {skp.KUANTITAS: "Kuantitas", skp.KUALITAS: "Kualitas", skp.WAKTU: "Waktu",
           skp.BIAYA: "Biaya"}
RATINGS = {k.ABOVE: "Di Atas Ekspektasi", k.AS_EXPECTED: "Sesuai Ekspektasi",
           k.BELOW: "Di Bawah Ekspektasi"}
PREDIKAT = {k.SANGAT_BAIK: "Sangat Baik", k.BAIK: "Baik", k.BUTUH_PERBAIKAN: "Butuh Perbaikan",
            k.KURANG: "Kurang/Misconduct", k.SANGAT_KURANG: "Sangat Kurang"}
PERIODS = {
    skp_period.ANNUAL: "Tahunan",
    "q1": "Triwulan I", "q2": "Triwulan II", "q3": "Triwulan III", "q4": "Triwulan IV",
    "m01": "Januari", "m02": "Februari", "m03": "Maret", "m04": "April", "m05": "Mei",
    "m06": "Juni", "m07": "Juli", "m08": "Agustus", "m09": "September", "m10": "Oktober",
    "m11": "November", "m12": "Desember",
}


def _number(value):
    """A target or realisation as the file writes it: 12 rather than 12.0."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def rows(skps, period=skp_period.ANNUAL):
    """The rows of the file (without the header), one per indicator of each RHK.

    ``skps``: [{"nip", "nama", "tahun", "start", "end", "hasil_kerja", "perilaku", "predikat",
    "rhk": [{"kind", "name", "parent", "realisation", "indicators": [{"aspect", "name",
    "target", "unit", "realisation"}]}]}], the ratings of the ``period`` (empty while not
    rated). An RHK without an indicator gives one row with the indicator columns empty.
    ``realisation`` of an indicator: its number (annual); of an RHK: what the employee
    reported at the period's check-in (used for a quarter or a month)."""
    label = PERIODS[period]
    out = []
    for rec in skps:
        head = {
            "nip": rec.get("nip") or "", "nama": rec.get("nama") or "",
            "tahun": rec["tahun"], "periode": label,
            "tanggal_awal": rec["start"].isoformat(), "tanggal_akhir": rec["end"].isoformat(),
            "rating_hasil_kerja": RATINGS.get(rec.get("hasil_kerja"), ""),
            "rating_perilaku": RATINGS.get(rec.get("perilaku"), ""),
            "predikat": PREDIKAT.get(rec.get("predikat"), ""),
        }
        for rhk in rec["rhk"]:
            base = dict(head, jenis_rhk=RHK_KINDS.get(rhk["kind"], ""), rhk=rhk["name"],
                        rhk_intervensi=rhk.get("parent") or "")
            for ind in rhk["indicators"] or [None]:
                row = dict(base)
                if ind:
                    realisation = ind.get("realisation") if period == skp_period.ANNUAL \
                        else rhk.get("realisation")
                    row.update(aspek=ASPECTS.get(ind["aspect"], ""), indikator=ind["name"],
                               target=_number(ind["target"]), satuan=ind.get("unit") or "",
                               realisasi=_number(realisation))
                elif period != skp_period.ANNUAL:
                    row["realisasi"] = rhk.get("realisation") or ""
                out.append([row.get(key, "") for key, _title in COLUMNS])
    return out


def to_csv(data):
    """The CSV text: the header then ``data``; comma-separated, every text quoted only where
    needed (RFC 4180), lines ending in CRLF."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    writer.writerows(data)
    return buf.getvalue()
