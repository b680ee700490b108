"""Kabupaten Muna: Perbup Muna 19/2024, how it differs from national.

Its Lampiran D restates the national unit patterns (national.py cites them), so the kedudukan is
national's, except that the Pengawas of an RSUD is neither PPK nor PUO of an Ahli Madya. It differs in the documents across units (a Keputusan Kepala PD), in what a tim kerja
is (more than 6 months) and in who appoints one (the Kepala PD).
"""

from ._base import MUN
from ._base import Line
from ._base import both
from .national import KEDUDUKAN as _NATIONAL
from .national import WORK as _NATIONAL_WORK
from .national import lampiran_d_sources

KEY = "muna"
LABEL = "Kabupaten Muna (Perbup 19/2024)"

KEDUDUKAN = {
    "ceiling": [
        *_NATIONAL["ceiling"],  # MUN Lamp D.1-D.9 b: the national ceiling, and in an RSUD:
        Line("ahli_madya", "jpt_pratama", kind="rsud", puo_too=True),  # MUN Lamp D.5 b(11)-(12)
    ],
}

WORK = {
    "letters": {
        "lintas_unit": both("keputusan_kepala_pd"),  # MUN Ps 13(5)-(6): Keputusan Kepala PD
        "lintas_pd": both("keputusan_kepala_pd"),  # MUN Ps 13(5)-(6): Keputusan Kepala PD
    },
    "team_letter_by_scope": True,  # MUN Ps 13(5)-(6): surat tugas within, Keputusan across
    "team_longer_than_months": 6,  # MUN Ps 1 angka 16: a tim kerja works more than 6 months
    "team_established_by": "pd_head_owner",  # MUN Ps 1 angka 16: appointed by the Kepala PD
    "ketua_from_penyetaraan": True,  # MUN Ps 17(3): priority to a JF from a position conversion
    "letter_legal_basis": [
        *_NATIONAL_WORK["letter_legal_basis"],  # NAT Ps 25: the national acts, and
        "Peraturan Bupati Muna Nomor 19 Tahun 2024 tentang Sistem Kerja di Lingkungan "
        "Pemerintah Kabupaten Muna",  # MUN Ps 1: the regulation itself
    ],
}

REVIEW = {}

SOURCES = {
    "kedudukan": MUN + " Pasal 8 and Lampiran D.1-D.9 (kedudukan, jenjang ceiling D.1 b(4)-(8), "
    "D.3 b(5)-(7), D.4 (9)-(11), D.5 b(7)-(10), D.6 b(4)-(7), D.7 b(6)-(9), D.8 b(5)-(8), "
    "D.9 b(5)-(8); Pengawas as coordinator D.1 b(10)-(14), D.2 b(8)-(11), D.3 b(8)-(12); "
    "delegation D.5 b(12)-(15), D.8 b(6), D.9 b(6)).",
    "rules": lampiran_d_sources(MUN + " Lampiran"),
    "scopes": MUN + " Ps 11(2), Lampiran B.b.1-2: within the unit, across units, across agencies; "
    "volunteering only within the regency",
    "within_unit_appointer": MUN + " Lampiran B.b.1.a, B.b.2.a: the PUO",
    "sukarela_known_by_ppk": MUN + " Lampiran B.b.2.c(1): copy to the own PPK and PUO",
    "letters": MUN + " Ps 13(5)-(7): Keputusan Kepala PD across units, surat tugas within the "
    "unit; across agencies the PUO's surat penugasan (Lampiran B.b.1.c(5))",
    "team_letter_by_scope": MUN + " Ps 13(5)-(6): team assignments within the unit by surat tugas, "
    "across units by Keputusan Kepala Perangkat Daerah",
    "team_longer_than_months": MUN + " Ps 1 angka 16: a tim kerja works for more than 6 months",
    "team_plan_months": "Perbup Barito Timur 11/2024 Lampiran II B(1) (guidance)",
    "ketua_required": MUN + " Lampiran B.c.3): the PUO may appoint a ketua",
    "team_established_by": MUN + " Ps 1 angka 16: a tim kerja is appointed by the Kepala "
    "Perangkat Daerah",
    "coordinator_may_form_teams": MUN + " Lampiran D.1 b(14), D.3 b(12), D.4 (8), D.7 b(10)",
    "ketua_reports_to_ppk": MUN + " Ps 17(2): the ketua reports to the PUO",
    "ketua_from_penyetaraan": MUN + " Ps 17(3): the ketua comes preferably from the owning unit, "
    "with priority to a Jabatan Fungsional from the position conversion (hasil penyetaraan)",
    "letter_legal_basis": "the national acts and " + MUN + " itself, printed as the basis "
    "(Dasar, Mengingat) of the letters",
}
