"""Fast tier: kedudukan, who appraises (PPK), assigns (PUO), the atasan PPK and the coordinator.

One small unit tree per pattern of RULES.md §H and one scenario per row of §I, under the preset
that describes it (R2, R5, R6, R7, R8, R9).
"""

import time

import pytest

from sistem_kerja_asn.rules import kedudukan as k
from sistem_kerja_asn.rules import positions as p
from sistem_kerja_asn.rules.errors import RuleError
from sistem_kerja_asn.rules.presets import PRESETS
from sistem_kerja_asn.rules.presets import get_policy
from sistem_kerja_asn.rules.presets import policy_from_dict
from sistem_kerja_asn.rules.presets import policy_to_dict
from sistem_kerja_asn.rules.presets import preset_selection

JPT = p.JPT_PRATAMA
ADM = p.ADMINISTRATOR
PGW = p.PENGAWAS
PLK = p.PELAKSANA
JF = p.FUNGSIONAL


class Org:
    """A small government: units and people by name, so tests read like the regulation."""

    def __init__(self, with_setda=True):
        self.units, self.people = {}, {}
        self.unit_ids, self.person_ids = {}, {}
        self.root = self.unit("Pemerintah Kabupaten", "other")
        if with_setda:
            self.setda = self.unit(
                "Sekretariat Daerah", "setda", self.root, head=("Sekda", JPT), pd=True
            )
            self.asisten = self.unit("Asisten I", "other", self.setda, head=("Asisten", JPT))

    def unit(self, name, kind, parent=None, head=None, pd=False, **overrides):
        """Add a unit; ``head`` = (name, jabatan_type[, jenjang]) creates its head."""
        uid = len(self.units) + 1
        self.units[uid] = k.Unit(uid, parent, kind, None, pd, name, **overrides)
        self.unit_ids[name] = uid
        if head:
            self.units[uid].head_id = self.person(head[0], uid, *head[1:])
        return uid

    def person(self, name, unit, jabatan_type, jenjang=None):
        pid = 100 + len(self.people) + 1
        self.people[pid] = k.Person(pid, unit, jabatan_type, jenjang, name)
        self.person_ids[name] = pid
        return pid

    def resolve(self, preset, delegations=None, **kw):
        policy = preset if isinstance(preset, k.Policy) else get_policy(preset)
        self.result = k.resolve(
            self.units.values(), self.people.values(), policy, delegations, **kw
        )
        return self.result

    def name(self, pid):
        return self.people[pid].name if pid else None

    def of(self, person):
        """(PPK, PUO, atasan PPK, coordinator) of ``person`` by name."""
        res = self.result[self.person_ids[person]]
        return (
            self.name(res.ppk_id),
            self.name(res.puo_id),
            self.name(res.atasan_ppk_id),
            self.name(res.coordinator_id),
        )

    def res(self, person):
        return self.result[self.person_ids[person]]


def dinas(org, name="Dinas", kind="dinas", head=("Kadis", JPT)):
    return org.unit(name, kind, org.root, head=head, pd=True)


def cites(res, *rule_ids):
    """True when the English reason cites every rule id."""
    return all(f"{rule_id}" in res.reason for rule_id in rule_ids)


# --- the scenarios of the brief (RULES.md §I) ------------------------------------------------


def test_1_national_dinas_two_levels_ahli_muda_and_ahli_madya_r5_r8():
    """PermenPANRB 7/2022 (MUN D.2-D.3): Kabid appraises an Ahli Muda, not an Ahli Madya (R5)."""
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang Tata Ruang", "bidang", d, head=("Kabid", ADM))
    org.person("JF Muda", bidang, JF, "ahli_muda")
    org.person("JF Madya", bidang, JF, "ahli_madya")
    org.resolve("national")
    assert org.of("JF Muda") == ("Kabid", "Kabid", "Kadis", None)
    assert org.of("JF Madya") == ("Kadis", "Kabid", "Sekda", None)
    assert cites(org.res("JF Madya"), "R5", "R8")
    assert "Kabid stays PUO" in org.res("JF Madya").reason
    assert org.res("JF Muda").problems == []


def test_2_muna_kecamatan_kasi_ppk_ahli_muda_to_camat_r5():
    """MUN Lamp D.6: the Kasi (Pengawas) is PPK and PUO; an Ahli Muda goes to the Camat (R5)."""
    org = Org()
    kec = org.unit("Kecamatan Katobu", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    seksi = org.unit("Seksi Pemerintahan", "seksi", kec, head=("Kasi", PGW))
    org.person("JF Muda", seksi, JF, "ahli_muda")
    org.person("Staf", seksi, PLK)
    org.resolve("muna")
    assert org.of("JF Muda") == ("Camat", "Kasi", "Sekda", None)
    assert org.of("Staf") == ("Kasi", "Kasi", "Camat", None)
    assert cites(org.res("JF Muda"), "R5")
    assert "D.6" in org.res("Staf").reason


def test_3_muna_puskesmas_led_by_jf_same_jenjang_to_kepala_dinas_r5():
    """MUN Lamp D.8: a JF Kepala Puskesmas does not appraise his own jenjang (R3, R5)."""
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    pkm = org.unit("Puskesmas Raha", "puskesmas", dinkes, head=("Kapus", JF, "ahli_muda"))
    org.person("Dokter Muda", pkm, JF, "ahli_muda")
    org.person("Dokter Pertama", pkm, JF, "ahli_pertama")
    org.person("Perawat Terampil", pkm, JF, "terampil")
    org.resolve("muna")
    assert org.of("Dokter Muda")[:2] == ("Kadis", "Kapus")
    assert org.of("Dokter Pertama") == ("Kapus", "Kapus", "Kadis", None)
    assert org.of("Perawat Terampil")[0] == "Kapus"
    assert org.of("Kapus")[:3] == ("Kadis", "Kadis", "Sekda")
    assert cites(org.res("Dokter Muda"), "R5")


def test_4_karangasem_setda_no_ceiling_and_dinas_pd_head_ppk_r6():
    """KRA Ps 27-28: Kepala Bagian appraises an Ahli Madya too; Ps 38, 41: Kadis PPK, Kabid PUO."""
    org = Org()
    bagian = org.unit("Bagian Hukum", "bagian", org.asisten, head=("Kabag", ADM))
    org.person("JF Madya", bagian, JF, "ahli_madya")
    d = dinas(org)
    bidang = org.unit("Bidang Bina Marga", "bidang", d, head=("Kabid", ADM))
    org.person("JF Muda", bidang, JF, "ahli_muda")
    org.resolve("karangasem")
    assert org.of("JF Madya") == ("Kabag", "Kabag", "Asisten", None)
    assert org.of("JF Muda") == ("Kadis", "Kabid", "Sekda", None)
    assert "Ps 37-41" in org.res("JF Muda").reason


def test_5_bekasi_dinas_kasubag_ppk_of_pelaksana_only_r6():
    """BKS Ps 33-34: Kasubag / Kasi appraise the Pelaksana under them, Kabid the JF."""
    org = Org()
    d = dinas(org)
    sekretariat = org.unit("Sekretariat", "other", d, head=("Sekretaris", ADM))
    subbag = org.unit("Subbagian Umum", "subbagian", sekretariat, head=("Kasubag", PGW))
    bidang = org.unit("Bidang Perizinan", "bidang", d, head=("Kabid", ADM))
    org.person("Staf", subbag, PLK)
    org.person("JF Subbag", subbag, JF, "ahli_pertama")
    org.person("JF Bidang", bidang, JF, "ahli_pertama")
    org.resolve("bekasi")
    assert org.of("Staf") == ("Kasubag", "Kasubag", "Sekretaris", None)
    assert org.of("JF Bidang") == ("Kabid", "Kabid", "Kadis", None)
    assert org.of("JF Subbag") == ("Sekretaris", "Sekretaris", "Kadis", None)  # no R9 in BKS


def test_6_muna_seksi_coordinates_r9_but_denpasar_kasi_appraises_r6():
    """MUN Lamp D.2 b(8)-(11): the Kasi coordinates (R9); DPS Lamp B.2: the Kasi is PPK."""
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang Pengairan", "bidang", d, head=("Kabid", ADM))
    seksi = org.unit("Seksi Irigasi", "seksi", bidang, head=("Kasi", PGW))
    org.person("JF Pertama", seksi, JF, "ahli_pertama")
    org.resolve("muna")
    assert org.of("JF Pertama") == ("Kabid", "Kabid", "Kadis", "Kasi")
    assert cites(org.res("JF Pertama"), "R9")
    assert org.of("Kasi")[:2] == ("Kabid", "Kabid")
    org.resolve("denpasar")
    assert org.of("JF Pertama") == ("Kasi", "Kabid", "Kabid", None)


def test_7_denpasar_kecamatan_kasi_ppk_camat_puo_r6():
    """DPS Lamp B.4: the Pengawas (L2) is PPK, the Camat (L1) PUO."""
    org = Org()
    kec = org.unit("Kecamatan Denpasar Barat", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    seksi = org.unit("Seksi Trantib", "seksi", kec, head=("Kasi", PGW))
    org.person("Staf", seksi, PLK)
    org.resolve("denpasar")
    assert org.of("Staf") == ("Kasi", "Camat", "Camat", None)


def test_8_vacant_post_goes_to_next_filled_post_r2():
    """R2: a vacant post is skipped upward, and the reason says so."""
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang Kosong", "bidang", d)  # vacant
    org.unit("Seksi A", "seksi", bidang, head=("Kasi", PGW))
    org.person("JF Muda", bidang, JF, "ahli_muda")
    org.resolve("national")
    assert org.of("JF Muda") == ("Kadis", "Kadis", "Sekda", None)
    res = org.res("JF Muda")
    assert "Bidang Kosong is vacant" in res.reason and cites(res, "R2")
    assert org.of("Kasi")[:2] == ("Kadis", "Kadis")  # the head above the vacant Kabid
    assert "vacant" in org.res("Kasi").reason


def test_8b_vacant_pd_head_goes_to_sekda_r2():
    org = Org()
    d = dinas(org, head=None)
    bidang = org.unit("Bidang", "bidang", d, head=("Kabid", ADM))
    org.person("JF Madya", bidang, JF, "ahli_madya")
    org.resolve("national")
    assert org.of("Kabid")[:3] == ("Sekda", "Sekda", None)
    assert org.of("JF Madya")[:2] == ("Sekda", "Kabid")


def test_9_delegation_overrides_ppk_r7():
    """MUN Lamp D.5 b(12)-(15): the Kepala Dinas Kesehatan delegates an Ahli Madya to the Kasi."""
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    rsud = org.unit("RSUD", "rsud", dinkes, head=("Direktur", ADM))
    bidang = org.unit("Bidang Pelayanan", "bidang", rsud, head=("Kabid", ADM))
    seksi = org.unit("Seksi Keperawatan", "seksi", bidang, head=("Kasi", PGW))
    org.person("Dokter Madya", seksi, JF, "ahli_madya")
    org.person("Perawat Muda", seksi, JF, "ahli_muda")
    org.person("Perawat Pertama", seksi, JF, "ahli_pertama")
    org.resolve("muna")
    # MUN Lamp D.5 b(11)-(12): the Kasi is neither PPK nor PUO of an Ahli Madya (issue 12)
    assert org.of("Dokter Madya")[:3] == ("Kadis", "Kadis", "Sekda")
    assert org.of("Perawat Muda")[:3] == ("Kabid", "Kasi", "Direktur")
    assert org.of("Perawat Pertama")[:3] == ("Kasi", "Kasi", "Kabid")
    who = org.person_ids["Dokter Madya"]
    org.resolve("muna", {who: (org.person_ids["Kasi"], "800/12/2025")})
    res = org.res("Dokter Madya")
    assert org.of("Dokter Madya")[:3] == ("Kasi", "Kasi", "Kabid")
    assert cites(res, "R7") and "800/12/2025" in res.reason and res.decree == "800/12/2025"
    org.resolve("muna", {})
    assert org.of("Dokter Madya")[0] == "Kadis"
    assert org.res("Dokter Madya").decree is None


def test_delegation_to_oneself_is_an_error_r7():
    org = Org()
    d = dinas(org)
    pid = org.person("JF", d, JF, "ahli_muda")
    with pytest.raises(RuleError) as info:
        org.resolve("muna", {pid: (pid, "1/2025")})
    assert info.value.code == "self_delegation"
    with pytest.raises(RuleError):
        k.check_delegation(pid, pid)
    k.check_delegation(pid, pid + 1)


# --- heads, Setda, atasan PPK (R2, R8) -------------------------------------------------------


def test_sekda_has_no_ppk_and_pd_head_goes_to_sekda():
    org = Org()
    dinas(org)
    org.resolve("national")
    assert org.of("Sekda") == (None, None, None, None)
    assert org.res("Sekda").problems == [] and org.res("Sekda").rule == "sekda"
    assert org.of("Kadis") == ("Sekda", "Sekda", None, None)
    assert "Bupati" in org.res("Kadis").reason and cites(org.res("Kadis"), "R8")
    assert org.res("Kadis").rule == "head"


def test_setda_chain_kabag_asisten_sekda_r8_r9():
    """MUN Lamp D.1: Kabag PPK and PUO, Kasubag coordinates (R9), the Asisten is atasan PPK (R8);
    an Ahli Madya goes to the Asisten (R5)."""
    org = Org()
    bagian = org.unit("Bagian Organisasi", "bagian", org.asisten, head=("Kabag", ADM))
    subbag = org.unit("Subbagian Kelembagaan", "subbagian", bagian, head=("Kasubag", PGW))
    org.person("Staf", subbag, PLK)
    org.person("JF Madya", bagian, JF, "ahli_madya")
    org.resolve("muna")
    assert org.of("Kabag") == ("Asisten", "Asisten", "Sekda", None)
    assert org.of("Asisten") == ("Sekda", "Sekda", None, None)
    assert org.of("Staf") == ("Kabag", "Kabag", "Asisten", "Kasubag")
    assert org.of("JF Madya") == ("Asisten", "Kabag", "Sekda", None)
    assert cites(org.res("Staf"), "R8", "R9") and cites(org.res("JF Madya"), "R5")


def test_bekasi_setda_kasubag_ppk_of_pelaksana_kabag_puo_asisten_atasan_r8():
    """BKS Ps 6-7: the Asisten is atasan PPK; Kasubag appraises the Pelaksana, Kabag assigns."""
    org = Org()
    bagian = org.unit("Bagian Umum", "bagian", org.asisten, head=("Kabag", ADM))
    subbag = org.unit("Subbagian TU", "subbagian", bagian, head=("Kasubag", PGW))
    org.person("Staf", subbag, PLK)
    org.person("JF Muda", subbag, JF, "ahli_muda")
    org.resolve("bekasi")
    assert org.of("Staf") == ("Kasubag", "Kabag", "Kabag", None)
    assert org.of("JF Muda") == ("Kabag", "Kabag", "Asisten", None)


def test_barito_timur_ahli_utama_to_sekda_ahli_madya_to_kepala_biro_r6():
    """BRT Lamp I.1: Ahli Utama under the Sekda, Ahli Madya under the Kepala Biro."""
    org = Org()
    biro = org.unit("Biro Hukum", "biro", org.asisten, head=("Kabiro", JPT))
    bagian = org.unit("Bagian Perundangan", "bagian", biro, head=("Kabag", ADM))
    org.person("JF Utama", bagian, JF, "ahli_utama")
    org.person("JF Madya", bagian, JF, "ahli_madya")
    org.person("JF Muda", bagian, JF, "ahli_muda")
    org.resolve("barito_timur")
    assert org.of("JF Utama") == ("Sekda", "Kabag", None, None)
    assert org.of("JF Madya") == ("Kabiro", "Kabag", "Asisten", None)
    assert org.of("JF Muda") == ("Kabag", "Kabag", "Kabiro", None)
    assert cites(org.res("JF Utama"), "R5")
    org.resolve("national")  # without BRT's rule the Kepala Biro (JPT) appraises an Ahli Utama
    assert org.of("JF Utama")[0] == "Kabiro"


def test_barito_timur_pd_with_pengawas_and_ahli_utama_to_pd_head_r6():
    """BRT Lamp I.2: Kasi for Ahli Pertama and Pelaksana, Kabid for Ahli Muda, PD head above."""
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang", "bidang", d, head=("Kabid", ADM))
    seksi = org.unit("Seksi", "seksi", bidang, head=("Kasi", PGW))
    for name, jenjang in [
        ("Utama", "ahli_utama"),
        ("Madya", "ahli_madya"),
        ("Muda", "ahli_muda"),
        ("Pertama", "ahli_pertama"),
    ]:
        org.person(name, seksi, JF, jenjang)
    org.person("Staf", seksi, PLK)
    org.resolve("barito_timur")
    assert [org.of(n)[0] for n in ("Utama", "Madya", "Muda", "Pertama", "Staf")] == [
        "Kadis",
        "Kadis",
        "Kabid",
        "Kasi",
        "Kasi",
    ]


# --- the other rows of §I --------------------------------------------------------------------


def test_karangasem_inspektorat_and_kecamatan_pd_head_ppk_r6():
    """KRA Ps 33-34 (Inspektur PPK, Irban PUO) and Ps 43-44 (Camat PPK, Kasi PUO)."""
    org = Org()
    insp = dinas(org, "Inspektorat", "inspektorat", ("Inspektur", JPT))
    irban = org.unit("Irban I", "other", insp, head=("Irban", ADM))
    org.person("Auditor", irban, JF, "ahli_madya")
    kec = org.unit("Kecamatan Abang", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    seksi = org.unit("Seksi Pemerintahan", "seksi", kec, head=("Kasi", PGW))
    org.person("Staf Kec", seksi, PLK)
    org.resolve("karangasem")
    assert org.of("Auditor") == ("Inspektur", "Irban", "Sekda", None)
    assert org.of("Staf Kec") == ("Camat", "Kasi", "Sekda", None)


def test_karangasem_kelurahan_ahli_madya_goes_above_the_lurah_r6():
    """KRA Ps 46(2): only Ahli Muda and below sit under the Lurah."""
    org = Org()
    kec = org.unit("Kecamatan", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    kel = org.unit("Kelurahan", "kelurahan", kec, head=("Lurah", PGW))
    org.person("JF Muda", kel, JF, "ahli_muda")
    org.person("JF Madya", kel, JF, "ahli_madya")
    org.resolve("karangasem")
    assert org.of("JF Muda")[:2] == ("Lurah", "Lurah")
    assert org.of("JF Madya")[:2] == ("Camat", "Lurah")


def test_karangasem_one_level_dinas_puo_override_r6():
    """KRA Ps 37, 39: in a one-level Dinas the Kepala Dinas also assigns the Sekretariat's staff."""
    org = Org()
    d = org.unit("DPMPTSP", "dinas", org.root, head=("Kadis", JPT), pd=True, puo_override="pd_head")
    sek = org.unit("Sekretariat", "other", d, head=("Sekretaris", ADM))
    org.person("Staf", sek, PLK)
    org.resolve("karangasem")
    assert org.of("Staf")[:2] == ("Kadis", "Kadis")
    assert "overrides" in org.res("Staf").reason and cites(org.res("Staf"), "R6")


def test_muna_kelurahan_kasubag_tu_coordinates_ahli_muda_to_camat_r9():
    """MUN Lamp D.7: Lurah PPK and PUO, Kasubag TU coordinates, Ahli Muda to the Camat."""
    org = Org()
    kec = org.unit("Kecamatan", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    kel = org.unit("Kelurahan", "kelurahan", kec, head=("Lurah", PGW))
    tu = org.unit("Subbagian TU", "subbagian", kel, head=("Kasubag TU", PGW))
    org.person("Staf", tu, PLK)
    org.person("JF Muda", kel, JF, "ahli_muda")
    org.resolve("muna")
    assert org.of("Staf") == ("Lurah", "Lurah", "Camat", "Kasubag TU")
    assert org.of("JF Muda") == ("Camat", "Lurah", "Sekda", None)
    assert org.of("Lurah")[:2] == ("Camat", "Camat")


def test_muna_uptd_type_b_ahli_muda_to_kepala_dinas_r5():
    """MUN Lamp D.9: the Kepala UPTD (Pengawas) does not appraise an Ahli Muda."""
    org = Org()
    d = dinas(org)
    uptd = org.unit("UPTD Laboratorium", "uptd", d, head=("Ka UPTD", PGW))
    org.person("JF Muda", uptd, JF, "ahli_muda")
    org.person("JF Pertama", uptd, JF, "ahli_pertama")
    org.resolve("muna")
    assert org.of("JF Muda")[:2] == ("Kadis", "Ka UPTD")
    assert org.of("JF Pertama")[:2] == ("Ka UPTD", "Ka UPTD")


def test_denpasar_setda_and_puskesmas_r6():
    """DPS Lamp B.1 (Kasubag PPK for staff under him, Kabag PUO) and B.6 (Kepala JF)."""
    org = Org()
    bagian = org.unit("Bagian Umum", "bagian", org.asisten, head=("Kabag", ADM))
    subbag = org.unit("Subbagian TU", "subbagian", bagian, head=("Kasubag", PGW))
    org.person("Staf", subbag, PLK)
    org.person("JF Bagian", bagian, JF, "ahli_muda")
    dinkes = dinas(org, "Dinas Kesehatan")
    pkm = org.unit("UPT Puskesmas", "puskesmas", dinkes, head=("Kapus", JF, "ahli_madya"))
    org.person("Bidan", pkm, JF, "terampil")
    org.resolve("denpasar")
    assert org.of("Staf") == ("Kasubag", "Kabag", "Kabag", None)
    assert org.of("JF Bagian") == ("Kabag", "Kabag", "Asisten", None)
    assert org.of("Bidan") == ("Kapus", "Kapus", "Kadis", None)


def test_bekasi_rsud_wakil_direktur_is_atasan_ppk_r8():
    """BKS Ps 60-61: Kabag / Kabid PPK and PUO, the Wakil Direktur atasan PPK."""
    org = Org()
    rsud = org.unit("RSUD", "rsud", org.root, head=("Direktur", JPT), pd=True)
    wadir = org.unit("Wadir Pelayanan", "other", rsud, head=("Wadir", ADM))
    bidang = org.unit("Bidang Medik", "bidang", wadir, head=("Kabid", ADM))
    seksi = org.unit("Seksi Medik", "seksi", bidang, head=("Kasi", PGW))
    org.person("Dokter", seksi, JF, "ahli_pertama")
    org.resolve("bekasi")
    assert org.of("Dokter") == ("Kabid", "Kabid", "Wadir", None)


# --- problems --------------------------------------------------------------------------------


def test_jf_without_jenjang_is_a_problem_r1():
    org = Org()
    d = dinas(org)
    org.person("JF", d, JF, None)
    org.resolve("national")
    assert org.res("JF").problems == ["jf_without_jenjang"]
    assert org.of("JF")[0] == "Kadis"


def test_no_ppk_outside_any_filled_post_r2():
    org = Org(with_setda=False)
    loose = org.unit("Unit Lepas", "other", org.root)
    org.person("Staf", loose, PLK)
    org.person("Nowhere", 999, PLK)
    org.resolve("national")
    assert org.res("Staf").problems == ["no_ppk"] and org.of("Staf")[0] is None
    assert org.res("Nowhere").problems == ["no_unit"]


def test_ppk_below_ceiling_when_nobody_above_passes_r5():
    org = Org(with_setda=False)
    d = dinas(org, head=("Kadis", ADM))
    org.person("JF Utama", d, JF, "ahli_utama")
    org.resolve("national")
    assert org.res("JF Utama").problems == ["ppk_below_ceiling"]
    assert org.of("JF Utama")[0] == "Kadis"


# --- tree helpers ----------------------------------------------------------------------------


def test_department_cycle_raises():
    units = [
        k.Unit(1, 3, "dinas", name="A"),
        k.Unit(2, 1, "bidang", name="B"),
        k.Unit(3, 2, "seksi", name="C"),
        k.Unit(4, None, "other", name="Root"),
    ]
    with pytest.raises(RuleError) as info:
        k.find_cycle(units)
    assert info.value.code == "department_cycle"
    with pytest.raises(RuleError):
        k.resolve(units, [], get_policy("national"))
    with pytest.raises(RuleError):
        k.find_cycle([k.Unit(7, 7, "other")])
    assert k.find_cycle(units[3:]) is None


def test_unit_levels_and_jabatan_level():
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang", "bidang", d, head=("Kabid", ADM))
    seksi = org.unit("Seksi", "seksi", bidang, head=("Kasi", PGW))
    levels = k.unit_levels(org.units.values())
    assert levels[org.root] == (None, 0)
    assert levels[d] == (d, 1) and levels[bidang] == (d, 2) and levels[seksi] == (d, 3)
    assert levels[org.asisten] == (org.setda, 2)
    assert k.jabatan_level(org.units, org.person_ids["Kasi"]) == 3
    assert k.jabatan_level(org.units, org.person_ids["Kadis"], levels) == 1
    assert k.jabatan_level(org.units, 12345) == 0


def test_affected_people_is_the_subtree():
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang", "bidang", d, head=("Kabid", ADM))
    org.person("JF", bidang, JF, "ahli_muda")
    other = dinas(org, "Dinas Lain", head=("Kadis Lain", JPT))
    org.person("Staf Lain", other, PLK)
    ids = k.affected_people(org.units, org.people.values(), bidang)
    assert ids == {org.person_ids["Kabid"], org.person_ids["JF"]}
    assert k.affected_people(org.units, org.people.values(), org.setda) == set(org.people)
    assert k.subtree(org.units, d) == {d, bidang}


def test_only_resolves_a_subset_with_heads_loaded():
    org = Org()
    d = dinas(org)
    jf = org.person("JF", d, JF, "ahli_muda")
    result = org.resolve("national", only=[jf])
    assert set(result) == {jf} and org.of("JF")[0] == "Kadis"


# --- policies and presets --------------------------------------------------------------------


@pytest.mark.parametrize("key", list(PRESETS))
def test_preset_round_trips_through_dicts(key):
    policy = get_policy(key)
    data = policy_to_dict(policy)
    assert data == PRESETS[key]
    assert policy_from_dict(data) == policy
    assert policy.label and policy.source and policy.rules


def sample_tree():
    """Every unit kind of RULES.md §H with staff of every class."""
    org = Org()
    bagian = org.unit("Bagian", "bagian", org.asisten, head=("Kabag", ADM))
    org.unit("Subbagian", "subbagian", bagian, head=("Kasubag", PGW))
    org.unit("Setwan", "setwan", org.root, head=("Sekwan", JPT), pd=True)
    org.unit("Inspektorat", "inspektorat", org.root, head=("Inspektur", JPT), pd=True)
    d = dinas(org)
    org.unit("Badan", "badan", org.root, head=("Kaban", JPT), pd=True)
    bidang = org.unit("Bidang", "bidang", d, head=("Kabid", ADM))
    org.unit("Seksi", "seksi", bidang, head=("Kasi", PGW))
    org.unit("UPTD", "uptd", d, head=("Ka UPTD", PGW))
    org.unit("Puskesmas", "puskesmas", d, head=("Kapus", JF, "ahli_muda"))
    org.unit("Sekolah", "satuan_pendidikan", d, head=("Kepsek", JF, "ahli_pertama"))
    rsud = org.unit("RSUD", "rsud", d, head=("Direktur", ADM))
    org.unit("Bidang RS", "bidang", rsud)  # vacant
    kec = org.unit("Kecamatan", "kecamatan", org.root, head=("Camat", ADM), pd=True)
    kel = org.unit("Kelurahan", "kelurahan", kec, head=("Lurah", PGW))
    org.unit("Seksi Kel", "seksi", kel, head=("Kasi Kel", PGW))
    org.unit("Biro", "biro", org.asisten, head=("Kabiro", JPT))
    org.unit("Lain", "other", d)
    for uid in list(org.units):
        for code, _label in p.JENJANG:
            org.person(f"{code} {uid}", uid, JF, code)
        org.person(f"staf {uid}", uid, PLK)
    return org


@pytest.mark.parametrize("key", list(PRESETS))
def test_every_preset_resolves_the_sample_tree(key):
    org = sample_tree()
    result = org.resolve(key)
    assert set(result) == set(org.people)
    for res in result.values():
        assert res.reasons and res.reason
        assert set(res.problems) <= set(k.PROBLEMS)
        assert res.ppk_id != res.person_id
        for template, params in res.reasons:
            assert template % params  # every placeholder is filled
    assert result[org.person_ids["Sekda"]].ppk_id is None


def test_preset_selection_and_unknown_preset():
    assert [key for key, _label in preset_selection()] == list(PRESETS)
    assert set(PRESETS) == {"national", "karangasem", "muna", "denpasar", "bekasi", "barito_timur"}
    with pytest.raises(RuleError) as info:
        get_policy("atlantis")
    assert info.value.code == "unknown_preset"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda d: d["rules"][0].update(ppk="bupati"), "unknown_mode"),
        (lambda d: d["rules"][0].update(kind="kabupaten"), "unknown_kind"),
        (lambda d: d["rules"][0].update(group="pppk"), "unknown_group"),
        (lambda d: d["rules"].append(dict(d["rules"][0])), "duplicate_rule"),
        (lambda d: d["ceiling"][0].update(appraisee="guru"), "unknown_appraisee"),
        (lambda d: d["ceiling"][0].update(min_position="ahli_madya"), "unknown_jabatan"),
        (lambda d: d["ceiling"].append(dict(d["ceiling"][0])), "duplicate_ceiling"),
        (lambda d: d.update(sub_kinds=["subseksi"]), "unknown_kind"),
    ],
)
def test_policy_from_dict_refuses_bad_data(change, code):
    data = policy_to_dict(get_policy("muna"))
    change(data)
    with pytest.raises(RuleError) as info:
        policy_from_dict(data)
    assert info.value.code == code


def test_policy_from_dict_reads_odoo_false_as_unset():
    data = policy_to_dict(get_policy("national"))
    data["ceiling"][0]["kind"] = False
    data["rules"][0]["source"] = False
    policy = policy_from_dict(data)
    assert policy.ceiling[0].kind is None and policy.rules[0].source == ""
    assert policy_from_dict({**data, "sub_kinds": False}).sub_kinds == ("subbagian", "seksi")
    assert policy_from_dict({**data, "sub_kinds": "seksi, subbagian"}).sub_kinds == (
        "seksi",
        "subbagian",
    )
    assert policy_from_dict({**data, "sub_kinds": []}).sub_kinds == ()


def test_unknown_unit_kind_or_override_mode_is_refused():
    org = Org()
    org.unit("X", "kabupaten", org.root)
    with pytest.raises(RuleError) as info:
        org.resolve("national")
    assert info.value.code == "unknown_kind"
    org = Org()
    org.unit("Y", "dinas", org.root, pd=True, ppk_override="bupati")
    with pytest.raises(RuleError) as info:
        org.resolve("national")
    assert info.value.code == "unknown_mode"


def test_empty_policy_falls_back_to_the_builtin_default():
    org = Org()
    d = dinas(org)
    org.person("JF", d, JF, "ahli_muda")
    org.resolve(k.Policy(key="empty"))
    assert org.of("JF")[:2] == ("Kadis", "Kadis")


# --- performance -----------------------------------------------------------------------------


def big_tree(n_units=600, n_people=10_000):
    """A government of ``n_units`` units: PDs with Bidang and Seksi, and ``n_people`` staff."""
    units = [k.Unit(1, None, "other", name="Pemda")]
    people = []

    def add_unit(parent, kind, jabatan, pd=False):
        uid = len(units) + 1
        pid = 1_000_000 + uid
        units.append(k.Unit(uid, parent, kind, pid, pd, f"U{uid}"))
        people.append(k.Person(pid, uid, jabatan, None, f"H{uid}"))
        return uid

    add_unit(1, "setda", JPT, pd=True)
    kinds = ["dinas", "badan", "kecamatan", "inspektorat"]
    while len(units) < n_units:
        d = add_unit(1, kinds[len(units) % 4], JPT, pd=True)
        for _b in range(4):
            if len(units) >= n_units:
                break
            b = add_unit(d, "bidang", ADM)
            for _s in range(3):
                if len(units) < n_units:
                    add_unit(b, "seksi", PGW)
    classes = [(JF, j) for j, _label in p.JENJANG] + [(PLK, None)]
    for i in range(n_people - len(people)):
        jabatan, jenjang = classes[i % len(classes)]
        people.append(k.Person(i + 1, 2 + i % (n_units - 1), jabatan, jenjang, f"P{i}"))
    return units, people


@pytest.mark.parametrize("key", ["muna", "bekasi"])
def test_ten_thousand_people_six_hundred_units_under_two_seconds(key):
    units, people = big_tree()
    assert len(units) == 600 and len(people) == 10_000
    policy = get_policy(key)
    start = time.perf_counter()
    result = k.resolve(units, people, policy)
    elapsed = time.perf_counter() - start
    assert len(result) == 10_000
    assert elapsed < 2.0, elapsed


def test_r2_one_vacancy_walk_for_resolver_review_and_roles():
    """R2 (issue 12): "a vacant post passes upward" is one function, kedudukan.first_filled over
    kedudukan.above: a PD with a vacant head passes to the Sekda, for the resolver, the review
    chain and the workflow roles alike."""
    from sistem_kerja_asn.rules import review as rv

    org = Org()
    d = org.unit("Dinas", "dinas", org.root, pd=True)  # vacant head
    bidang = org.unit("Bidang", "bidang", d)  # vacant too
    by_id = org.units
    unit, head, vacant = k.first_filled(by_id, bidang)
    assert (unit, head, vacant) == (org.setda, org.person_ids["Sekda"], (bidang, d))
    assert k.above(by_id, d) == org.setda and k.above(by_id, org.setda) is None
    assert rv._above(by_id, d) == k.above(by_id, d)
    org.person("JF", bidang, JF, "ahli_pertama")
    org.resolve("national")
    assert org.of("JF")[:2] == ("Sekda", "Sekda")
