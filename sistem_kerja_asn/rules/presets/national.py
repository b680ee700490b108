"""National: PermenPANRB 7/2022, the base every regency differs from (R5, R6, R12-R32).

Every value a regency module does not state comes from here. The unit patterns (kedudukan) are
PermenPANRB 7/2022's as the richest regional text restates them, Perbup Muna 19/2024 Lampiran
D.1-D.9; the work-system options follow what the regulations share (KRA Ps 12-20, MUN Ps 11-17).
Citations in comments: NAT = PermenPANRB 7/2022, KRA Karangasem, MUN Muna, DPS Denpasar,
BKS Bekasi, BRT Barito Timur; "Lamp" = Lampiran.
"""

from ._base import ALWAYS
from ._base import BKS
from ._base import BRT
from ._base import DEFAULT_MODE
from ._base import DPS
from ._base import KRA
from ._base import LEADER_HEAD
from ._base import LEVEL2
from ._base import MUN
from ._base import NAT
from ._base import NEVER
from ._base import UNIT_HEAD
from ._base import Line
from ._base import Rule
from ._base import both

KEY = "national"
LABEL = "Nasional (PermenPANRB 7/2022)"

# -- who appraises (PPK) and who assigns (PUO) -------------------------------------------------
# Modes: unit_head = the head of the employee's own unit; leader_head = the head above a Level-3
# Subbagian/Seksi (whose Pengawas then coordinates, R9); pd_head = the head of the PD.
KEDUDUKAN = {
    "jf_leader_strict": True,  # NAT, as MUN Lamp D.8 b(5)-(8): a JF leader appraises lower jenjang only
    "sub_kinds": ["subbagian", "seksi"],  # NAT, as MUN Lamp D.1 b(10), D.3 b(8): Level-3 Pengawas
    "jenjang_ceiling": True,  # NAT, as MUN Lamp D.1 b(4)-(8), D.5 b(7)-(11): R5 applies
    "rules": {
        "default": Rule(LEADER_HEAD, LEADER_HEAD),  # NAT, as MUN Lamp D.2-D.4: the Level II head
        "setda": Rule(LEADER_HEAD, LEADER_HEAD),  # NAT, as MUN Lamp D.1 b(3): the Kepala Bagian
        "kecamatan": Rule(UNIT_HEAD, UNIT_HEAD),  # NAT, as MUN Lamp D.6: the Kasi (Level II)
        "kelurahan": Rule(LEADER_HEAD, LEADER_HEAD),  # NAT, as MUN Lamp D.7: the Lurah
        "uptd": Rule(LEADER_HEAD, LEADER_HEAD),  # NAT, as MUN Lamp D.7, D.9: the Kepala UPTD
        "rsud": Rule(UNIT_HEAD, UNIT_HEAD),  # NAT, as MUN Lamp D.5 b(5)-(6): the Pengawas
        "puskesmas": Rule(UNIT_HEAD, UNIT_HEAD),  # NAT, as MUN Lamp D.8: the Kepala (JF)
        "satuan_pendidikan": Rule(UNIT_HEAD, UNIT_HEAD),  # NAT, as MUN Lamp D.8: the Kepala Sekolah
    },
    # R5: Administrator ~ Ahli Madya and Pengawas ~ Ahli Muda may not appraise their equivalent;
    # everyone else needs at least a Pengawas (R2).
    "ceiling": [
        Line("ahli_utama", "jpt_pratama"),  # NAT, as MUN Lamp D.1 b(4)-(5)
        Line("ahli_madya", "jpt_pratama"),  # NAT, as MUN Lamp D.1 b(4)-(5), D.3 b(5)-(7)
        Line("ahli_muda", "administrator"),  # NAT, as MUN Lamp D.5 b(7)-(8), D.6 b(4)-(7)
        Line("ahli_pertama", "pengawas"),  # NAT, as MUN Lamp D.5 b(5): the Pengawas appraises
        Line("penyelia", "pengawas"),  # NAT, as MUN Lamp D.5 b(5)
        Line("mahir", "pengawas"),  # NAT, as MUN Lamp D.5 b(5)
        Line("terampil", "pengawas"),  # NAT, as MUN Lamp D.5 b(5)
        Line("pemula", "pengawas"),  # NAT, as MUN Lamp D.5 b(5)
        Line("pelaksana", "pengawas"),  # NAT, as MUN Lamp D.5 b(5)
    ],
}

# -- assignments and teams (R12-R31) -----------------------------------------------------------
WORK = {
    "scopes": ["dalam_unit", "lintas_unit", "lintas_instansi"],  # KRA Ps 14(1); MUN Lamp B.b.1
    "within_unit_appointer": "puo",  # KRA Ps 14(2), 15(2); MUN Lamp B.b.1.a: the PUO assigns
    "sukarela_known_by_ppk": False,  # KRA Ps 15(3)(a): copied to the own PPK and PUO only
    "request_to": "ppk",  # KRA Ps 14(3)(a)-(b): to the PPK where the JF sits
    "letters": {
        "dalam_unit": both("surat_tugas"),  # KRA Ps 12(7): a surat penugasan
        "lintas_unit": both("surat_tugas"),  # KRA Ps 12(7)
        "lintas_pd": both("surat_tugas"),  # KRA Ps 12(7)
        "lintas_instansi": both("surat_tugas"),  # KRA Ps 12(7)
    },
    "letters_by_kind": {},  # KRA Ps 12(7): one document whatever the PD
    "team_letter_by_scope": False,  # KRA Ps 16(5); DPS Ps 9(5): the team decree carries them
    "team_longer_than_months": None,  # KRA Ps 16: no minimum duration of a team
    "team_plan_months": 12,  # BRT Lamp II B(1): a one-year result plan
    "ketua_required": False,  # KRA Ps 16(3); MUN Lamp B.c.3): the PUO may appoint a ketua
    "team_established_by": "puo_owner",  # KRA Ps 16(5); DPS Ps 9(1): the PUO
    "coordinator_may_form_teams": False,  # NAT, as MUN Lamp D.1 b(14): he is ketua already
    "team_need_binding": False,  # KRA Ps 16(5): the number of teams is the PUO's strategy
    "ketua_from_penyetaraan": False,  # KRA Ps 16(3); DPS Ps 9(3): the ketua for his expertise
    "ketua_reports_to_ppk": False,  # KRA Ps 20(2); MUN Ps 17(2): the ketua reports to the PUO
    # R15: what a letter cites as its basis ("Dasar" of a Surat Tugas, "Mengingat" of a
    # Keputusan): the acts every regulation cites in its preamble (before Ps 1); a regency adds
    # its own Peraturan Bupati / Wali Kota.
    "letter_legal_basis": [
        # KRA, MUN, DPS, BKS, BRT Mengingat (the preamble before Ps 1)
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        # DPS Mengingat 6, BKS Mengingat 5 (the preamble before Ps 1)
        "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara",
        # NAT Ps 25, as KRA and BRT Menimbang cite it
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun "
        "2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi",
    ],
    # R15: the regent who signs a Keputusan Bupati / Wali Kota, as the regulation writes his
    # office; None: from the government's name, Bupati of a Kabupaten, Wali Kota of a Kota
    "regent_office": None,  # KRA Ps 1 angka 3; MUN Ps 1 angka 3: "Bupati"
    # R37: the calendar (rules/jam_kerja.py, data/resource_calendar_data.xml) made the company's
    # default working hours; None: the company's calendar stays (DPS Ps 24: the hours in force)
    "work_calendar": None,  # DPS Ps 16-17 and 24: the days and hours are a regency's choice
    "weekly_hours": 37.5,  # DPS Ps 17(1), 22 (Perpres 21/2023, DPS Mengingat 9): 37 h 30 min
    "flex_jabatan_types": [],  # DPS Ps 21(4): the regent names who may work flexibly (R41)
    "monday_assembly": False,  # DPS Ps 18 is a regency's own rule (R38)
    # R34 b: the periodic evaluations (check-ins) of the SKP, "quarterly" or "monthly" (rules/
    # kinerja.CHECKIN_FREQUENCIES): PermenPANRB 6/2022 (RULES.md §E, national), quarterly by
    # default; BKS Ps 13(1): feedback "secara berkala atau sewaktu-waktu" sets no frequency
    "checkin_frequency": "quarterly",
}

# -- reviewing the work (R31, R32) -------------------------------------------------------------
REVIEW = {
    # MUN Lamp D.5, D.7-D.9 c.3: the Direktur, Lurah, Kepala UPTD and the JF Kepala accept
    "review_top_kinds": ["kelurahan", "uptd", "puskesmas", "satuan_pendidikan", "rsud"],  # MUN Lamp D.5-D.9
    "sub_unit_review": {
        DEFAULT_MODE: LEVEL2,  # MUN Lamp D.1-D.4 c.3: Level II reviews the Level III work
        "rsud": ALWAYS,  # MUN Lamp D.5 c.3: the RSUD Pengawas reviews first
        "kelurahan": NEVER,  # MUN Lamp D.7 c.3: the Kasubag TU only coordinates
        "uptd": NEVER,  # MUN Lamp D.9 c.3: the Kasubag TU only coordinates
    },
    "review_sub_kinds": ["subbagian", "seksi"],  # MUN Lamp D.1 b(10): the Level-3 kinds (R9)
    "individual_reports_to_ppk": False,  # MUN Ps 16; KRA Ps 19: to the PUO
}


def lampiran_d_sources(ref):
    """The rule sources of the PermenPANRB 7/2022 unit patterns as restated in MUN Lampiran D."""
    return {
        "default": ref + " D.2-D.4: Level II (Kabid / Sekretaris / Irban) PPK and PUO; a Level III "
        "Pengawas coordinates (R9); Ahli Madya to Level I (R5)",
        "setda": ref + " D.1: Kepala Bagian PPK and PUO, Kasubag coordinates (R9); Ahli Madya to "
        "the Asisten (R5)",
        "kecamatan": ref + " D.6: Kasi (Pengawas, Level II) PPK and PUO; Ahli Muda to the Camat (R5)",
        "kelurahan": ref + " D.7: Lurah PPK and PUO, Kasubag TU coordinates (R9); Ahli Muda to the "
        "Camat (R5)",
        "uptd": ref + " D.7 (type A), D.9 (type B): Kepala UPTD PPK and PUO, Kasubag TU "
        "coordinates (R9); Ahli Muda to the Kepala Dinas (R5)",
        "rsud": ref + " D.5: the Pengawas PPK and PUO; Ahli Muda to the Kabid / Kabag, Ahli Madya "
        "to the Kepala Dinas Kesehatan (R5), delegable (R7)",
        "puskesmas": ref + " D.8: the Kepala (JF) PPK and PUO; the same jenjang to the Kepala Dinas (R5)",
        "satuan_pendidikan": ref + " D.8: the Kepala Sekolah (JF) PPK and PUO; the same jenjang to "
        "the Kepala Dinas (R5)",
    }


# -- the citations shown to the clerk (Legal Basis) --------------------------------------------
SOURCES = {
    "kedudukan": NAT + " unit patterns as applied in " + MUN + " Lampiran D.1-D.9 and " + BRT + " "
    "Lampiran I: the head of the leading unit is PPK and PUO, a remaining Level-3 Pengawas "
    "coordinates (R9), jenjang ceiling Administrator ~ Ahli Madya, Pengawas ~ Ahli Muda, a JF "
    "leader ~ his own jenjang (R5).",
    "rules": lampiran_d_sources(NAT + ", as in " + MUN + " Lampiran"),
    "scopes": NAT + " as restated in " + KRA + " Ps 14(1) and " + MUN + " Lampiran B.b.1: within "
    "the unit, across units, across agencies; a unit of another PD is 'lintas unit'",
    "within_unit_appointer": KRA + " Ps 14(2), 15(2); " + MUN + " Lampiran B.b.1.a, B.b.2.a: the "
    "PUO assigns directly",
    "sukarela_known_by_ppk": KRA + " Ps 15(3)(a): the request goes to the target PUO, copied to "
    "the own PPK and PUO",
    "request_to": KRA + " Ps 14(3)(a)-(b), 15(3): a request across units goes to the PPK where the "
    "Pejabat Fungsional sits, who answers it and issues the letter",
    "letters": KRA + " Ps 12(7): a surat penugasan or other written proof",
    "letters_by_kind": "no per-PD-kind documents",
    "team_letter_by_scope": KRA + " Ps 16(5); " + DPS + " Ps 9(5); " + BRT + " Lampiran II A(7): "
    "the decree establishing the team carries every member's assignment",
    "team_longer_than_months": "no minimum duration of a team",
    "team_plan_months": BRT + " Lampiran II B(1) (guidance: a one-year result plan)",
    "ketua_required": KRA + " Ps 16(3); " + MUN + " Lampiran B.c.3): the PUO may appoint a ketua",
    "team_established_by": KRA + " Ps 16(5); " + DPS + " Ps 9(1), (5): the PUO",
    "coordinator_may_form_teams": MUN + " Lampiran D.1 b(14), D.3 b(12), D.4 (8), D.7 b(10) "
    "(restating " + NAT + "): the coordinating Pengawas is ketua of the substance team and cannot "
    "form other teams",
    "ketua_reports_to_ppk": KRA + " Ps 20(2); " + MUN + " Ps 17(2): the ketua reports to the PUO",
    "letter_legal_basis": "the acts every regulation cites in its preamble (Mengingat): "
    "UU 23/2014 Pemerintahan Daerah, UU 20/2023 ASN, " + NAT + " (its Ps 25: every agency sets "
    "its work system); printed as the basis (Dasar, Mengingat) of the letters",
    "regent_office": "the regent's office from the government's name: Bupati of a Kabupaten, "
    "Wali Kota of a Kota (" + KRA + " Ps 1 angka 3; " + MUN + " Ps 1 angka 3)",
    "work_calendar": "the company's own calendar stays; a regency's regulation of days and hours "
    "(e.g. " + DPS + " Ps 16-17) names its calendar, applied from the date set on the policy "
    "(" + DPS + " Ps 24: the old hours stay until the attendance system supports the new ones)",
    "weekly_hours": DPS + " Ps 17(1), 22, after Perpres 21/2023 (its Mengingat 9): 37 hours 30 "
    "minutes a week without the breaks; a calendar that misses them, or has no break, is flagged",
    "flex_jabatan_types": DPS + " Ps 21(4): the regent names the jobs and employees that may work "
    "flexibly; none until his decision is entered here (R41)",
    "monday_assembly": "no morning assembly stated (" + DPS + " Ps 18 is Denpasar's own, R38)",
    "checkin_frequency": "PermenPANRB 6/2022 (performance management of civil servants): the "
    "appraiser evaluates performance periodically during the year, at the agency's choice "
    "monthly or quarterly; quarterly unless the policy says monthly. None of the regencies' "
    "texts sets the frequency (" + BKS + " Ps 13(1): feedback 'secara berkala atau sewaktu-waktu'; "
    + BRT + " Ps 17 b: continuous feedback)",
    "team_need_binding": KRA + " Ps 16(5), 17(1)(b): the number of teams is the PUO's strategy and a "
    "team may work within one unit; the criteria of " + BRT + " Lampiran II B are shown as guidance",
    "ketua_from_penyetaraan": KRA + " Ps 16(3); " + DPS + " Ps 9(3): the PUO appoints the ketua for "
    "his expertise; no priority for a JF from a position conversion",
    "review_top_kinds": MUN + " Lampiran D.5, D.7-D.9 c.3: the Direktur, Lurah, Kepala UPTD and the "
    "JF Kepala accept as Level 1",
    "sub_unit_review": MUN + " Lampiran D.1-D.4 c.3: Level II reviews the work of the Level III "
    "Pengawas; D.5 c.3: the RSUD Pengawas reviews first; D.6 c.3: the Kasi of a Kecamatan "
    "(Level II); D.7, D.9: the Kasubag TU only coordinates",
    "review_sub_kinds": "the Level-3 kinds of the kedudukan policy (R9)",
    "individual_reports_to_ppk": MUN + " Ps 16: to the PUO",
}
