"""Kabupaten Barito Timur: Perbup Barito Timur 11/2024, how it differs from national.

Ahli Utama under the head of the PD (the Sekda in the Setda), the others under the Kepala Bagian /
Irban / Kabid / Sekretaris, and where a Pengawas remains the Kasubag / Kasi / Kasubid for Ahli
Pertama, Keterampilan and Pelaksana; no Pengawas coordinates. Assignments across PDs, team members
by a Surat Keputusan Tim Kerja; the ketua and individuals also report to the PPK.
"""

from ._base import ALWAYS
from ._base import BRT
from ._base import LEADER_HEAD
from ._base import REMOVE
from ._base import UNIT_HEAD
from ._base import Line
from ._base import Rule
from ._base import both
from .national import KEDUDUKAN as _NATIONAL
from .national import WORK as _NATIONAL_WORK

KEY = "barito_timur"
LABEL = "Kabupaten Barito Timur (Perbup 11/2024)"

KEDUDUKAN = {
    "rules": {
        "default": Rule(UNIT_HEAD, UNIT_HEAD, coordinates=False),  # BRT Lamp I.2
        "setda": Rule(LEADER_HEAD, LEADER_HEAD, coordinates=False),  # BRT Lamp I.1: Kepala Bagian
        "kecamatan": REMOVE,  # BRT Lamp I.2: as any PD, the default applies
        "kelurahan": REMOVE,  # BRT Lamp I.2: as any PD, the default applies
        "uptd": REMOVE,  # BRT Lamp I.2: as any PD, the default applies
        "rsud": Rule(LEADER_HEAD, LEADER_HEAD, coordinates=False),  # BRT Lamp I.3: Kabag / Kabid
        "puskesmas": REMOVE,  # BRT Lamp I.2: as any PD, the default applies
        "satuan_pendidikan": REMOVE,  # BRT Lamp I.2: as any PD, the default applies
    },
    "ceiling": [
        Line("ahli_utama", "jpt_pratama", pd_head=True),  # BRT Lamp I.1 2) a), I.2 2) a): the Sekda / PD head
        *_NATIONAL["ceiling"][1:],  # BRT Ps 6(1); Lamp I.1-I.2: national for the rest
    ],
}

WORK = {
    "scopes": ["dalam_unit", "lintas_unit", "lintas_pd", "lintas_instansi"],  # BRT Ps 11(2)
    "request_to": "pd_head_puo",  # BRT Lamp II C.1)(3)(a)-(c), C.2)(3)(a): Kepala PD and/or PUO
    "letters": {
        "dalam_unit": {"tim": "sk_tim_kerja"},  # BRT Lamp II A(7): Surat Keputusan Tim Kerja
        # BRT Lamp II C.1)(3)(c): across units the owner "menetapkan dengan Surat Keputusan Tim Kerja"
        "lintas_unit": both("sk_tim_kerja"),  # BRT Lamp II A(7), C.1)(3)(c)
        "lintas_pd": both("sk_tim_kerja"),  # BRT Lamp II A(7), C.1)(3)(c): another PD's unit
        # BRT Lamp II C.1)(4)(f): across agencies the owner sets it by Surat Keputusan Tim Kerja
        "lintas_instansi": both("sk_tim_kerja"),  # BRT Lamp II A(7), C.1)(4)(f)
    },
    "coordinator_may_form_teams": True,  # BRT Lamp I.2: no coordinating Pengawas
    "ketua_reports_to_ppk": True,  # BRT Ps 16(2): to the PUO and/or the PPK
    "team_need_binding": True,  # BRT Lamp II B(7): criteria not met, individuals are appointed
    "letter_legal_basis": [
        *_NATIONAL_WORK["letter_legal_basis"],  # NAT Ps 25: the national acts, and
        "Peraturan Bupati Barito Timur Nomor 11 Tahun 2024 tentang Sistem Kerja di "
        "Lingkungan Pemerintah Kabupaten Barito Timur",  # BRT Ps 1: the regulation itself
    ],
}

REVIEW = {
    "sub_unit_review": {
        "rsud": REMOVE,  # BRT Lamp I.3: the Kabag / Kabid reviews as Level 2
        "inspektorat": ALWAYS,  # BRT Lamp I.2: the Kasubag / Kasi / Kasubid reviews first
        "setwan": ALWAYS,  # BRT Lamp I.2
        "dinas": ALWAYS,  # BRT Lamp I.2
        "badan": ALWAYS,  # BRT Lamp I.2
    },
    "individual_reports_to_ppk": True,  # BRT Ps 15: to the PUO and/or the PPK
}

SOURCES = {
    "kedudukan": BRT + " Pasal 4-7 and Lampiran I: Ahli Utama under the head of the PD (the Sekda "
    "in the Setda), Ahli Madya under the Kepala Biro / head of the PD, the others under the Kepala "
    "Bagian / Irban / Kabid / Sekretaris, and where a Pengawas remains the Kasubag / Kasi / "
    "Kasubid for Ahli Pertama, Keterampilan and Pelaksana.",
    "rules": {
        "default": BRT + " Lampiran I.2: Kabag / Irban / Kabid / Sekretaris; where a Pengawas "
        "remains the Kasubag / Kasi / Kasubid for Ahli Pertama, Keterampilan, Pelaksana",
        "setda": BRT + " Lampiran I.1: Kepala Bagian",
        "rsud": BRT + " Lampiran I.3: Kepala Bagian / Kepala Bidang",
    },
    "scopes": BRT + " Ps 11(2): within the unit, across units, across PDs, across agencies",
    "within_unit_appointer": BRT + " Lampiran II C.1)(2), C.2)(2): the Kepala PD and/or the PUO",
    "sukarela_known_by_ppk": BRT + " Lampiran II C.2)(3)(a): the own PD head / PUO approves, the "
    "PPK is not named",
    "request_to": BRT + " Lampiran II C.1)(3)(a)-(c), C.2)(3)(a)-(b): requests go to the Kepala "
    "PD and/or PUO where the employee sits; a volunteer needs the consent of his own Kepala PD "
    "and/or PUO",
    "letters": BRT + " Lampiran II A(7): surat penugasan for individuals, Surat Keputusan Tim Kerja "
    "of the owning agency for teams; C.1)(3)(c), C.1)(4)(f): across units and agencies the owner "
    "sets the assignment by a Surat Keputusan Tim Kerja",
    "team_plan_months": BRT + " Lampiran II B(1): a result plan with one-year targets",
    "ketua_required": BRT + " Lampiran II B(4): the Pejabat Pemilik Kinerja appoints the ketua and "
    "members",
    "team_established_by": BRT + " Lampiran II B(4): the Pejabat Pemilik Kinerja",
    "coordinator_may_form_teams": BRT + " has no coordinating Pengawas",
    "ketua_reports_to_ppk": BRT + " Ps 15, 16(2): to the PUO and/or the PPK",
    "team_need_binding": BRT + " Lampiran II B(7): when the formation of a team does not meet the "
    "criteria of B(1)-(3) (a one-year result plan; work whose substance or technical execution "
    "crosses units, PDs or agencies), the Pejabat Pemilik Kinerja appoints individuals directly",
    "review_top_kinds": BRT + " Lampiran I.3: the Direktur accepts (RSUD kelas C)",
    "sub_unit_review": BRT + " Lampiran I.1 7): Kabag -> Kabiro -> Asisten -> Sekda; I.2 (PD that "
    "still has Pengawas): the Kasubag / Kasi / Kasubid reviews first",
    "individual_reports_to_ppk": BRT + " Ps 15: to the PUO and/or the PPK",
    "letter_legal_basis": "the national acts and " + BRT + " itself, printed as the basis "
    "(Dasar, Mengingat) of the letters",
}
