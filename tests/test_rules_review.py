"""Fast tier: doing, reporting and reviewing the work (R30-R33).

One small unit tree per pattern of RULES.md §H and the review chain each preset gives it (R32),
then the review state machine walked step by step with the right and the wrong users, the
reporting lines (R31), the stages (R30) and the problems a team raises (R33).
"""

import pytest

from sistem_kerja_asn.rules import kedudukan as k
from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import review as rv
from sistem_kerja_asn.rules import tim_kerja as tk
from sistem_kerja_asn.rules.errors import RuleError
from sistem_kerja_asn.rules.presets import OPTIONS
from sistem_kerja_asn.rules.presets import get_options

PRESETS = list(OPTIONS)


class Org:
    """Units and their heads by name, so the tests read like the regulation."""

    def __init__(self, with_setda=True):
        self.units, self.ids, self.heads = {}, {}, {}
        self.root = self.unit("Pemerintah Kabupaten", "other")
        if with_setda:
            self.setda = self.unit("Sekretariat Daerah", "setda", self.root, "Sekda", pd=True)
            self.asisten = self.unit("Asisten I", "other", self.setda, "Asisten")

    def unit(self, name, kind, parent=None, head=None, pd=False):
        """Add a unit; ``head`` names its head (None: the post is vacant)."""
        uid = len(self.units) + 1
        head_id = None
        if head:
            head_id = self.heads.setdefault(head, 100 + len(self.heads) + 1)
        self.units[uid] = k.Unit(uid, parent, kind, head_id, pd, name)
        self.ids[name] = uid
        return uid

    def person(self, name):
        return self.heads.setdefault(name, 100 + len(self.heads) + 1)

    def chain(self, start, preset="national", **kw):
        return rv.review_chain(self.units, self.ids.get(start, start), rv.get_review_options(preset), **kw)

    def names(self, chain):
        """The reviewing heads of ``chain`` by name (skipped steps left out)."""
        by_id = {pid: name for name, pid in self.heads.items()}
        return [by_id[s.reviewer_id] for s in chain if not s.skipped]


def dinas(org, name="Dinas", kind="dinas", head="Kadis"):
    return org.unit(name, kind, org.root, head, pd=True)


def walk(chain, submitter):
    """Submit, then accept at every step as its reviewer; return the states passed."""
    state, index = rv.review_transition(chain, rv.DRAFT, None, rv.SUBMIT)
    seen = [(state, index)]
    while state != rv.ACCEPTED:
        assert rv.may_review(chain, index, chain[index].reviewer_id, submitter)
        state, index = rv.review_transition(chain, state, index, rv.ACCEPT)
        seen.append((state, index))
    return seen


def code(exc_info):
    return exc_info.value.code


# --- R30: stages ----------------------------------------------------------------------------


def test_r30_stages_vocabulary():
    """R30 (KRA Ps 8; MUN Lampiran II.A): three stages in order."""
    assert [c for c, _l in rv.STAGES] == ["perencanaan", "pelaksanaan", "evaluasi"]


def test_r30_stage_of_every_state_of_every_kind():
    """R30: every state of an assignment, a team, a report and a raised problem has a stage."""
    kinds = {
        rv.PENUGASAN: pg.STATES,
        rv.TIM_KERJA: tk.STATES,
        rv.REVIEW: rv.STATES,
        rv.ESCALATION: rv.ESCALATION_STATES,
    }
    stages = {c for c, _l in rv.STAGES} | {None}
    for kind, states in kinds.items():
        for state, _label in states:
            assert rv.stage_of(kind, state) in stages


@pytest.mark.parametrize(
    "kind, state, stage",
    [
        (rv.PENUGASAN, pg.DRAFT, rv.PERENCANAAN),
        (rv.PENUGASAN, pg.REQUESTED, rv.PERENCANAAN),
        (rv.PENUGASAN, pg.LETTER_DRAFT, rv.PERENCANAAN),
        (rv.PENUGASAN, pg.DELIVERED, rv.PELAKSANAAN),
        (rv.PENUGASAN, pg.DONE, rv.PELAKSANAAN),
        (rv.PENUGASAN, pg.REFUSED, None),
        (rv.PENUGASAN, pg.CANCELLED, None),
        (rv.TIM_KERJA, tk.DRAFT, rv.PERENCANAAN),
        (rv.TIM_KERJA, tk.PROPOSED, rv.PERENCANAAN),
        (rv.TIM_KERJA, tk.ESTABLISHED, rv.PELAKSANAAN),
        (rv.TIM_KERJA, tk.CLOSED, rv.EVALUASI),
        (rv.TIM_KERJA, tk.DISSOLVED, None),
        (rv.REVIEW, rv.DRAFT, rv.PELAKSANAAN),
        (rv.REVIEW, rv.RETURNED, rv.PELAKSANAAN),
        (rv.REVIEW, rv.SUBMITTED, rv.EVALUASI),
        (rv.REVIEW, rv.IN_REVIEW, rv.EVALUASI),
        (rv.REVIEW, rv.RESUBMITTED, rv.EVALUASI),
        (rv.REVIEW, rv.ACCEPTED, rv.EVALUASI),
        (rv.ESCALATION, rv.RAISED, rv.PELAKSANAAN),
    ],
)
def test_r30_stage_of(kind, state, stage):
    """R30 (KRA Ps 8): assigning is planning, the active work is pelaksanaan (delivery of the
    result included, b.3), review and hand-over are evaluasi (c)."""
    assert rv.stage_of(kind, state) == stage


def test_r30_stage_of_unknown():
    """R30: an unknown kind or state is refused."""
    with pytest.raises(RuleError) as err:
        rv.stage_of("kinerja", "draft")
    assert code(err) == "unknown_kind"
    with pytest.raises(RuleError) as err:
        rv.stage_of(rv.REVIEW, "done")
    assert code(err) == "unknown_state"


# --- R31: reporting lines -------------------------------------------------------------------


@pytest.mark.parametrize("preset", PRESETS)
def test_r31_reporting_lines_every_preset(preset):
    """R31 (KRA Ps 19-20; MUN Ps 16-17; BKS Ps 87-88; DPS Ps 12): individual -> PUO, anggota ->
    ketua, ketua -> PUO of the owning unit; Barito Timur adds the PPK (BRT Ps 15-16)."""
    opts = rv.get_review_options(preset)
    brt = preset == "barito_timur"
    ppk = (pg.PPK_EMPLOYEE,) if brt else ()
    assert rv.report_recipients(pg.INDIVIDU, None, opts) == (pg.PUO_EMPLOYEE, *ppk)
    assert rv.report_recipients(pg.INDIVIDU, pg.EMPLOYEE, opts) == (pg.PUO_EMPLOYEE, *ppk)
    assert rv.report_recipients(pg.TIM, tk.ANGGOTA, opts) == (tk.KETUA,)
    assert rv.report_recipients(pg.TIM, tk.KETUA, opts) == (pg.PUO_OWNER, *ppk)
    assert opts["ketua_reports_to_ppk"] is brt
    assert opts["individual_reports_to_ppk"] is brt


def test_r31_cross_unit_individual_and_pengendali():
    """R31: an individual working on another unit's target reports to that unit's PUO; R28: the
    Pengendali Tim Kerja reports to the head of the PD (BKS Ps 43(6), 46(2))."""
    assert rv.report_recipients(pg.INDIVIDU, cross_unit=True) == (pg.PUO_OWNER,)
    assert rv.report_recipients(pg.TIM, tk.PENGENDALI, get_options("bekasi")) == (pg.PD_HEAD_OWNER,)


def test_r31_ketua_reports_to_ppk_option_drives_it():
    """R31: the Barito Timur difference is the option ketua_reports_to_ppk, not the preset name."""
    opts = get_options("national")
    opts["ketua_reports_to_ppk"] = True
    assert rv.report_recipients(pg.TIM, tk.KETUA, opts) == (pg.PUO_OWNER, pg.PPK_EMPLOYEE)
    assert rv.report_recipients(pg.INDIVIDU, None, opts) == (pg.PUO_EMPLOYEE,)


def test_r31_unknown_form_or_role():
    """R31: no reporting line for an unknown form or a role outside it."""
    with pytest.raises(RuleError) as err:
        rv.report_recipients("kelompok", tk.KETUA)
    assert code(err) == "unknown_form"
    with pytest.raises(RuleError) as err:
        rv.report_recipients(pg.TIM, pg.EMPLOYEE)
    assert code(err) == "unknown_report_role"
    with pytest.raises(RuleError) as err:
        rv.report_recipients(pg.INDIVIDU, tk.KETUA)
    assert code(err) == "unknown_report_role"


def test_r31_puo_may_request_report_at_any_time():
    """R31 (KRA Ps 20(3); MUN Ps 17(4); BRT Ps 16(3)): the PUO asks the ketua or any member."""
    assert rv.may_request_report(pg.PUO_OWNER)
    for role in (pg.PPK_OWNER, pg.PPK_EMPLOYEE, pg.PD_HEAD_OWNER, tk.KETUA, tk.ANGGOTA, pg.EMPLOYEE):
        assert not rv.may_request_report(role)
    assert rv.may_request_report(pg.PUO_EMPLOYEE, pg.INDIVIDU)
    assert not rv.may_request_report(pg.PUO_OWNER, pg.INDIVIDU)
    assert rv.may_request_report(pg.PUO_OWNER, pg.INDIVIDU, cross_unit=True)


# --- R32: the chain for each unit pattern (RULES.md §H) ---------------------------------------


@pytest.mark.parametrize("preset", PRESETS)
def test_r32_setda_kabag_asisten_sekda(preset):
    """R32 (KRA Ps 29(4); MUN D.1 c.3; BKS Ps 13): Kepala Bagian -> Asisten -> Sekda; a Subbagian's
    work starts at its Kepala Bagian, the Kasubag only coordinates (R9)."""
    org = Org()
    bagian = org.unit("Bagian Organisasi", "bagian", org.asisten, "Kabag")
    org.unit("Subbagian Kelembagaan", "subbagian", bagian, "Kasubag")
    for start in ("Bagian Organisasi", "Subbagian Kelembagaan"):
        chain = org.chain(start, preset)
        assert org.names(chain) == ["Kabag", "Asisten", "Sekda"]
        assert [s.level for s in chain] == [3, 2, 1]
        assert [s.unit_id for s in chain] == [bagian, org.asisten, org.setda]
    assert "R32" in chain[0].reason_text and "Level 1" in chain[-1].reason_text


def test_r32_setda_with_biro_barito_timur():
    """R32 (BRT Lampiran I.1 7)): Kepala Bagian -> Kepala Biro -> Asisten -> Sekda."""
    org = Org()
    biro = org.unit("Biro Hukum", "biro", org.asisten, "Kabiro")
    org.unit("Bagian Perundangan", "bagian", biro, "Kabag")
    chain = org.chain("Bagian Perundangan", "barito_timur")
    assert org.names(chain) == ["Kabag", "Kabiro", "Asisten", "Sekda"]
    assert [s.level for s in chain] == [4, 3, 2, 1]


def test_r32_dinas_two_levels_with_seksi():
    """R32 (KRA Ps 42(4); MUN D.2-D.3 c.3): Kabid -> Kadis; a Seksi's work starts at the Kabid
    (the Pengawas coordinates, R9) except where a preset says the Pengawas reviews first (BRT
    Lampiran I.2, second part)."""
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang Tata Ruang", "bidang", d, "Kabid")
    org.unit("Seksi Perencanaan", "seksi", bidang, "Kasi")
    for preset in ("national", "karangasem", "muna", "denpasar", "bekasi"):
        assert org.names(org.chain("Seksi Perencanaan", preset)) == ["Kabid", "Kadis"]
        assert org.names(org.chain("Bidang Tata Ruang", preset)) == ["Kabid", "Kadis"]
    chain = org.chain("Seksi Perencanaan", "barito_timur")
    assert org.names(chain) == ["Kasi", "Kabid", "Kadis"]
    assert "Subbagian or Seksi" in chain[0].reason_text


@pytest.mark.parametrize("preset", PRESETS)
def test_r32_one_level_pd_reviews_once(preset):
    """R32 (KRA Ps 40(4): Dinas/Badan with one level): the Kepala Dinas reviews and accepts."""
    org = Org()
    dinas(org, "DPMPTSP", head="Kadis PM")
    chain = org.chain("DPMPTSP", preset)
    assert org.names(chain) == ["Kadis PM"]
    assert chain[0].level == 1 and "reviews once" in chain[0].reason_text
    assert walk(chain, org.person("JF")) == [(rv.SUBMITTED, 0), (rv.ACCEPTED, None)]


def test_r32_dpmptsp_bekasi_through_the_pengendali():
    """R32, R28 (BKS Ps 49(2)): results go to the Kepala Dinas through the Pengendali Tim Kerja
    and/or the Sekretaris: Sekretaris -> Pengendali -> Kepala Dinas."""
    org = Org()
    d = dinas(org, "DPMPTSP", head="Kadis PM")
    org.unit("Sekretariat DPMPTSP", "other", d, "Sekretaris")
    pengendali = org.person("Pengendali")
    chain = org.chain("Sekretariat DPMPTSP", "bekasi", pengendali_id=pengendali)
    assert org.names(chain) == ["Sekretaris", "Pengendali", "Kadis PM"]
    assert [s.role for s in chain] == [rv.HEAD, rv.PENGENDALI, rv.HEAD]
    assert chain[1].unit_id == d and chain[1].level == 1 and "R28" in chain[1].reason_text
    chain = org.chain("DPMPTSP", "bekasi", pengendali_id=pengendali)
    assert org.names(chain) == ["Pengendali", "Kadis PM"]
    assert walk(chain, org.person("Ketua")) == [(rv.SUBMITTED, 0), (rv.IN_REVIEW, 1), (rv.ACCEPTED, None)]


def test_r32_inspektorat():
    """R32 (KRA Ps 35(4); BKS Ps 22): the Irban or the Sekretaris, then the Inspektur; a Subbagian
    of the Sekretariat starts at the Sekretaris."""
    org = Org()
    insp = dinas(org, "Inspektorat", "inspektorat", "Inspektur")
    org.unit("Inspektur Pembantu I", "other", insp, "Irban I")
    sekretariat = org.unit("Sekretariat Inspektorat", "other", insp, "Sekretaris")
    org.unit("Subbagian Umum", "subbagian", sekretariat, "Kasubag")
    assert org.names(org.chain("Inspektur Pembantu I")) == ["Irban I", "Inspektur"]
    assert org.names(org.chain("Subbagian Umum", "karangasem")) == ["Sekretaris", "Inspektur"]
    assert org.names(org.chain("Subbagian Umum", "bekasi")) == ["Sekretaris", "Inspektur"]
    assert org.names(org.chain("Subbagian Umum", "barito_timur")) == ["Kasubag", "Sekretaris", "Inspektur"]


def test_r32_rsud():
    """R32: MUN D.5 c.3, the RSUD Pengawas reviews first, then the Kabid, then the Direktur, who
    accepts (not the Kepala Dinas Kesehatan); BKS Ps 67 (Kabid -> Direktur) and Ps 76 (the Kasi of
    an Administrator-led RSUD -> Direktur)."""
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    rsud = org.unit("RSUD Raha", "rsud", dinkes, "Direktur")
    bidang = org.unit("Bidang Pelayanan", "bidang", rsud, "Kabid")
    org.unit("Seksi Keperawatan", "seksi", bidang, "Kasi")
    chain = org.chain("Seksi Keperawatan", "muna")
    assert org.names(chain) == ["Kasi", "Kabid", "Direktur"]
    assert [s.level for s in chain] == [3, 2, 1]
    assert org.names(org.chain("Seksi Keperawatan", "bekasi")) == ["Kabid", "Direktur"]
    cabang = org.unit("RSUD Cabangbungin", "rsud", org.root, "Direktur C", pd=True)
    org.unit("Seksi Pelayanan", "seksi", cabang, "Kasi C")
    assert org.names(org.chain("Seksi Pelayanan", "bekasi")) == ["Kasi C", "Direktur C"]


def kecamatan(org):
    kec = org.unit("Kecamatan Katobu", "kecamatan", org.root, "Camat", pd=True)
    org.unit("Seksi Pemerintahan", "seksi", kec, "Kasi Pem")
    sekcam = org.unit("Sekretariat Kecamatan", "other", kec, "Sekcam")
    org.unit("Subbagian Umum Kecamatan", "subbagian", sekcam, "Kasubag Kec")
    kel = org.unit("Kelurahan Raha I", "kelurahan", kec, "Lurah")
    org.unit("Seksi Kelurahan", "seksi", kel, "Kasi Kel")
    return kec, kel


@pytest.mark.parametrize(
    "preset, start, names",
    [
        # MUN D.6: the Kasi (Level II) then the Camat; D.7: the Lurah is Level I and accepts.
        ("muna", "Seksi Pemerintahan", ["Kasi Pem", "Camat"]),
        ("muna", "Kelurahan Raha I", ["Lurah"]),
        ("muna", "Seksi Kelurahan", ["Lurah"]),
        ("muna", "Subbagian Umum Kecamatan", ["Sekcam", "Camat"]),
        # KRA Ps 45(4): Sekcam / Kasi -> Camat; Ps 48(4): Seklur / Kasi -> Lurah, who accepts.
        ("karangasem", "Seksi Pemerintahan", ["Kasi Pem", "Camat"]),
        ("karangasem", "Seksi Kelurahan", ["Kasi Kel", "Lurah"]),
        # DPS Lampiran B.4: only the Camat reviews; B.5: the Lurah.
        ("denpasar", "Seksi Pemerintahan", ["Camat"]),
        ("denpasar", "Seksi Kelurahan", ["Lurah"]),
        # BKS Ps 85: through the Kasubag / the Kasi of the Kelurahan and the Lurah to the Camat.
        ("bekasi", "Seksi Pemerintahan", ["Kasi Pem", "Camat"]),
        ("bekasi", "Subbagian Umum Kecamatan", ["Kasubag Kec", "Sekcam", "Camat"]),
        ("bekasi", "Seksi Kelurahan", ["Kasi Kel", "Lurah", "Camat"]),
        ("bekasi", "Kelurahan Raha I", ["Lurah", "Camat"]),
    ],
)
def test_r32_kecamatan_with_kelurahan(preset, start, names):
    """R32: Kecamatan and Kelurahan per regency (MUN D.6-D.7; KRA Ps 45, 48; DPS B.4-B.5; BKS
    Ps 85)."""
    org = Org()
    kecamatan(org)
    chain = org.chain(start, preset)
    assert org.names(chain) == names
    assert chain[-1].level == 1


@pytest.mark.parametrize("preset", PRESETS)
def test_r32_uptd_and_puskesmas_review_once(preset):
    """R32 (MUN D.7-D.9; KRA Ps 51(4); DPS B.5-B.6): a Puskesmas led by a JF, an UPTD type B and an
    UPTD type A with a coordinating Kasubag TU (MUN D.7) review once, by their own head."""
    org = Org()
    dinkes = dinas(org, "Dinas Kesehatan")
    org.unit("Puskesmas Raha", "puskesmas", dinkes, "Kapus (JF)")
    org.unit("UPTD Laboratorium", "uptd", dinkes, "Ka UPTD B")
    uptd_a = org.unit("UPTD Instalasi Farmasi", "uptd", dinkes, "Ka UPTD A")
    org.unit("Subbagian Tata Usaha", "subbagian", uptd_a, "Kasubag TU")
    assert org.names(org.chain("Puskesmas Raha", preset)) == ["Kapus (JF)"]
    assert org.names(org.chain("UPTD Laboratorium", preset)) == ["Ka UPTD B"]
    chain = org.chain("Subbagian Tata Usaha", preset)
    assert org.names(chain) == ["Ka UPTD A"]
    assert len(chain) == 1 and chain[0].level == 1


# --- R32: vacancies, the submitter, acting heads ------------------------------------------------


def test_r32_vacant_level2_passes_to_the_next_level_up():
    """R32, R2: a vacant Kabid is listed but skipped; the Kepala Dinas reviews and accepts."""
    org = Org()
    d = dinas(org)
    bidang = org.unit("Bidang Kosong", "bidang", d, None)
    chain = org.chain("Bidang Kosong")
    assert [(s.unit_id, s.reviewer_id, s.skipped_vacant) for s in chain] == [
        (bidang, None, True),
        (d, org.heads["Kadis"], False),
    ]
    assert "vacant" in chain[0].reason_text
    assert rv.review_transition(chain, rv.DRAFT, None, rv.SUBMIT) == (rv.SUBMITTED, 1)
    assert rv.current_reviewer(chain, 1) == org.heads["Kadis"]
    assert rv.current_step(chain, 0) is None
    with pytest.raises(RuleError) as err:
        rv.review_transition(chain, rv.SUBMITTED, 0, rv.ACCEPT)
    assert code(err) == "not_in_review"


def test_r32_vacant_asisten_in_the_middle():
    """R32, R2: Kabag -> (vacant Asisten) -> Sekda."""
    org = Org()
    org.units[org.asisten].head_id = None
    org.unit("Bagian Hukum", "bagian", org.asisten, "Kabag")
    chain = org.chain("Bagian Hukum")
    assert [s.skipped_vacant for s in chain] == [False, True, False]
    assert walk(chain, org.person("JF")) == [(rv.SUBMITTED, 0), (rv.IN_REVIEW, 2), (rv.ACCEPTED, None)]


def test_r32_vacant_level1_the_post_above_stands_in():
    """R32, R2: a vacant Lurah: the Camat stands in; a vacant Kepala Dinas: the Sekda."""
    org = Org()
    _kec, kel = kecamatan(org)
    org.units[kel].head_id = None
    chain = org.chain("Kelurahan Raha I", "muna")
    assert [s.role for s in chain] == [rv.HEAD, rv.STAND_IN]
    assert chain[0].skipped_vacant and org.names(chain) == ["Camat"]
    assert "stands in" in chain[1].reason_text and chain[1].level == 1
    d = dinas(org, head=None)
    org.unit("Bidang Umum", "bidang", d, "Kabid")
    assert org.names(org.chain("Bidang Umum")) == ["Kabid", "Sekda"]


def test_r32_no_one_to_accept_refuses_submission():
    """R32: the Sekda's post vacant and nothing above: the work cannot be submitted."""
    org = Org()
    org.units[org.setda].head_id = None
    org.unit("Bagian Umum", "bagian", org.asisten, "Kabag")
    chain = org.chain("Bagian Umum")
    assert chain[-1].skipped_vacant and chain[-1].role == rv.HEAD
    with pytest.raises(RuleError) as err:
        rv.review_transition(chain, rv.DRAFT, None, rv.SUBMIT)
    assert code(err) == "no_reviewer"
    assert "Sekretariat Daerah" in str(err.value)


def test_r32_submitter_never_reviews_his_own_work():
    """R32: a Kasi who submits his own result in a Kecamatan starts at the Camat; an RSUD Pengawas
    (who would review first, MUN D.5) is passed over for his own work."""
    org = Org()
    kecamatan(org)
    kasi = org.heads["Kasi Pem"]
    chain = org.chain("Seksi Pemerintahan", "muna", submitter_id=kasi)
    assert chain[0].skip == rv.SKIP_SUBMITTER and not chain[0].skipped_vacant
    assert org.names(chain) == ["Camat"]
    assert walk(chain, kasi) == [(rv.SUBMITTED, 1), (rv.ACCEPTED, None)]


def test_r32_acting_head_of_two_posts_reviews_once():
    """R32: the Kepala Dinas acting as Kabid (Plt) reviews once, as Level 1."""
    org = Org()
    d = dinas(org)
    org.unit("Bidang Plt", "bidang", d, "Kadis")
    chain = org.chain("Bidang Plt")
    assert chain[0].skip == rv.SKIP_REVIEWS_LATER and org.names(chain) == ["Kadis"]
    assert walk(chain, org.person("JF")) == [(rv.SUBMITTED, 1), (rv.ACCEPTED, None)]


def test_r32_chain_errors():
    """R32: an unknown start, a unit outside any PD, a cycle, an invalid option."""
    org = Org()
    with pytest.raises(RuleError) as err:
        org.chain(999)
    assert code(err) == "unknown_unit"
    loose = org.unit("Unit Lepas", "other", org.root, "Kepala")
    with pytest.raises(RuleError) as err:
        rv.review_chain(org.units, loose)
    assert code(err) == "outside_pd"
    a = org.unit("A", "bidang", None, "A")
    b = org.unit("B", "bidang", a, "B")
    org.units[a].parent_id = b
    with pytest.raises(RuleError) as err:
        rv.review_chain(org.units, a)
    assert code(err) == "department_cycle"
    for bad in (
        {"sub_unit_review": {"default": "sometimes"}},
        {"sub_unit_review": {"kantor": "always"}},
        {"review_top_kinds": ["kantor"]},
        {"individual_reports_to_ppk": "yes"},
    ):
        with pytest.raises(RuleError) as err:
            rv.review_chain(org.units, org.setda, bad)
        assert code(err) == "invalid_option"


def test_r32_options_per_preset():
    """R32: every preset of rules/presets has valid review options, with sources."""
    for preset in PRESETS:
        opts = rv.check_review_options(rv.get_review_options(preset))
        for key in rv.REVIEW_OPTION_KEYS:
            assert key in opts and opts["sources"][key]
    assert "kelurahan" not in rv.get_review_options("bekasi")["review_top_kinds"]
    partial = rv.resolve_review_options({"key": "bekasi"})
    assert partial["sub_unit_review"]["kecamatan"] == rv.ALWAYS


# --- R32: the state machine -------------------------------------------------------------------


def dinas_chain():
    org = Org()
    d = dinas(org)
    org.unit("Bidang Tata Ruang", "bidang", d, "Kabid")
    return org, org.chain("Bidang Tata Ruang"), org.person("JF Ahli Muda")


def test_r32_vocabulary():
    """R32: states, actions and the table use only known codes."""
    states = {c for c, _l in rv.STATES}
    actions = {c for c, _l in rv.ACTIONS}
    for state, by_action in rv.TRANSITIONS.items():
        assert state in states and state not in rv.TERMINAL
        for action, (nxt, who) in by_action.items():
            assert action in actions and nxt in states and who in (rv.SUBMITTER, rv.REVIEWER)


def test_r32_accept_up_to_level1():
    """R32: submitted at Level 2, passed to Level 1, accepted: the work is done."""
    org, chain, jf = dinas_chain()
    assert walk(chain, jf) == [(rv.SUBMITTED, 0), (rv.IN_REVIEW, 1), (rv.ACCEPTED, None)]


def test_r32_return_at_level2_and_resubmission_restarts():
    """R32 (MUN D.1 c.3 b)): returned at Level 2 with a reason; the resubmission starts again at
    the first step."""
    org, chain, jf = dinas_chain()
    state, index = rv.review_transition(chain, rv.DRAFT, None, rv.SUBMIT)
    state, index = rv.review_transition(chain, state, index, rv.RETURN, "target not met")
    assert (state, index) == (rv.RETURNED, None)
    assert rv.allowed_actions(chain, state, index, jf, jf) == [rv.SUBMIT]
    assert rv.review_transition(chain, state, index, rv.SUBMIT) == (rv.RESUBMITTED, 0)


def test_r32_return_at_level1_restarts_from_level2():
    """R32: returned by Level 1; the revised work goes through Level 2 again."""
    org, chain, jf = dinas_chain()
    state, index = rv.review_transition(chain, rv.DRAFT, None, rv.SUBMIT)
    state, index = rv.review_transition(chain, state, index, rv.ACCEPT)
    assert (state, index) == (rv.IN_REVIEW, 1)
    state, index = rv.review_transition(chain, state, index, rv.RETURN, reason="data incomplete")
    assert (state, index) == (rv.RETURNED, None)
    state, index = rv.review_transition(chain, state, index, rv.SUBMIT)
    assert (state, index) == (rv.RESUBMITTED, 0)
    assert rv.current_reviewer(chain, index) == org.heads["Kabid"]
    assert rv.may_review(chain, index, org.heads["Kabid"], jf)
    state, index = rv.review_transition(chain, state, index, rv.ACCEPT)
    assert (state, index) == (rv.IN_REVIEW, 1)
    assert rv.review_transition(chain, state, index, rv.ACCEPT) == (rv.ACCEPTED, None)


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_r32_return_needs_reason(reason):
    """R32: returning without saying what falls short is refused."""
    _org, chain, _jf = dinas_chain()
    with pytest.raises(RuleError) as err:
        rv.review_transition(chain, rv.SUBMITTED, 0, rv.RETURN, reason)
    assert code(err) == "reason_required"


def test_r32_wrong_user_refused_at_each_step():
    """R32: at each step only that step's head reviews; Level 1 does not jump the queue."""
    org = Org()
    bagian = org.unit("Bagian Hukum", "bagian", org.asisten, "Kabag")
    org.unit("Subbagian Perundangan", "subbagian", bagian, "Kasubag")
    chain = org.chain("Subbagian Perundangan")
    jf = org.person("JF")
    people = [org.heads[n] for n in ("Kabag", "Asisten", "Sekda", "Kasubag")] + [org.person("Other")]
    state, index = rv.review_transition(chain, rv.DRAFT, None, rv.SUBMIT)
    for expected in ("Kabag", "Asisten", "Sekda"):
        reviewer = org.heads[expected]
        for other in people:
            if other == reviewer:
                continue
            assert not rv.can_review(chain, index, other, jf)
            assert rv.allowed_actions(chain, state, index, other, jf) == []
            with pytest.raises(RuleError) as err:
                rv.may_review(chain, index, other, jf)
            assert code(err) in ("not_reviewer", "already_reviewed")
            if code(err) == "not_reviewer":
                assert chain[index].unit_name in str(err.value)
        assert rv.allowed_actions(chain, state, index, reviewer, jf) == [rv.ACCEPT, rv.RETURN]
        state, index = rv.review_transition(chain, state, index, rv.ACCEPT)
    assert state == rv.ACCEPTED


def test_r32_pengendali_step_refuses_others():
    """R32, R28: at the Pengendali's step the Kepala Dinas waits his turn."""
    org = Org()
    dinas(org, "DPMPTSP", head="Kadis PM")
    pengendali = org.person("Pengendali")
    chain = org.chain("DPMPTSP", "bekasi", pengendali_id=pengendali)
    with pytest.raises(RuleError) as err:
        rv.may_review(chain, 0, org.heads["Kadis PM"], org.person("Ketua"))
    assert code(err) == "not_reviewer" and "Pengendali" in str(err.value)


def test_r32_own_report_refused():
    """R32: a reviewer cannot review his own report (even when the chain was built without the
    submitter, e.g. the head changed after submission)."""
    org, chain, _jf = dinas_chain()
    kabid = org.heads["Kabid"]
    with pytest.raises(RuleError) as err:
        rv.may_review(chain, 0, kabid, kabid)
    assert code(err) == "own_report"
    assert rv.allowed_actions(chain, rv.SUBMITTED, 0, kabid, kabid) == []


def test_r32_reviewing_twice_refused():
    """R32: the Kabid who passed the work on cannot review it again at Level 1, and accepted work
    cannot be reviewed at all."""
    org, chain, jf = dinas_chain()
    kabid = org.heads["Kabid"]
    state, index = rv.review_transition(chain, rv.SUBMITTED, 0, rv.ACCEPT)
    with pytest.raises(RuleError) as err:
        rv.may_review(chain, index, kabid, jf)
    assert code(err) == "already_reviewed"
    state, index = rv.review_transition(chain, state, index, rv.ACCEPT)
    assert state == rv.ACCEPTED
    for action in (rv.ACCEPT, rv.RETURN, rv.SUBMIT):
        with pytest.raises(RuleError) as err:
            rv.review_transition(chain, state, index, action, reason="again")
        assert code(err) == "already_reviewed"
    assert rv.allowed_actions(chain, state, index, org.heads["Kadis"], jf) == []


@pytest.mark.parametrize(
    "state, action",
    [
        (rv.DRAFT, rv.ACCEPT),
        (rv.DRAFT, rv.RETURN),
        (rv.SUBMITTED, rv.SUBMIT),
        (rv.IN_REVIEW, rv.SUBMIT),
        (rv.RESUBMITTED, rv.SUBMIT),
        (rv.RETURNED, rv.ACCEPT),
        (rv.RETURNED, rv.RETURN),
        (rv.SUBMITTED, "approve"),
        ("closed", rv.SUBMIT),
    ],
)
def test_r32_action_not_allowed(state, action):
    """R32: actions outside the table are refused."""
    _org, chain, _jf = dinas_chain()
    with pytest.raises(RuleError) as err:
        rv.review_transition(chain, state, 0, action, reason="x")
    assert code(err) == "action_not_allowed"


def test_r32_step_index_must_name_the_acting_step():
    """R32: accepting at a step that does not exist is refused; may_review likewise."""
    org, chain, jf = dinas_chain()
    for index in (None, -1, 2, True):
        with pytest.raises(RuleError) as err:
            rv.review_transition(chain, rv.IN_REVIEW, index, rv.ACCEPT)
        assert code(err) == "not_in_review"
        with pytest.raises(RuleError) as err:
            rv.may_review(chain, index, org.heads["Kabid"], jf)
        assert code(err) == "not_in_review"
        assert rv.current_reviewer(chain, index) is None


@pytest.mark.parametrize("state", [pg.DELIVERED, pg.DONE])
def test_r32_submit_to_active_assignment(state):
    """R32: a result is submitted while its assignment is active."""
    assert rv.check_submittable(state)


@pytest.mark.parametrize("state", [pg.REFUSED, pg.CANCELLED, "closed"])
def test_r32_submit_to_closed_assignment_refused(state):
    """R32: no result can be submitted to a refused, cancelled or closed assignment."""
    with pytest.raises(RuleError) as err:
        rv.check_submittable(state)
    assert code(err) == "assignment_closed"


def test_r32_submit_to_assignment_not_yet_active_or_team():
    """R32: not before the letter is issued; for a team, only while it is established (R22)."""
    with pytest.raises(RuleError) as err:
        rv.check_submittable(pg.REQUESTED)
    assert code(err) == "assignment_not_active"
    assert rv.check_submittable(tk.ESTABLISHED, rv.TIM_KERJA)
    for state, expected in (
        (tk.PROPOSED, "assignment_not_active"),
        (tk.CLOSED, "assignment_closed"),
        (tk.DISSOLVED, "assignment_closed"),
    ):
        with pytest.raises(RuleError) as err:
            rv.check_submittable(state, rv.TIM_KERJA)
        assert code(err) == expected


# --- R33: escalation --------------------------------------------------------------------------


def test_r33_escalation_targets():
    """R33 (KRA Ps 17(1)(b)(3), 17(2)(c)-(d)): the owning unit's PUO; across units each member's
    own PUO too, once each."""
    assert rv.escalation_targets(10, [11, 12], cross_unit=False) == [10]
    assert rv.escalation_targets(10, [11, 10, None, 12, 11], cross_unit=True) == [10, 11, 12]
    with pytest.raises(RuleError) as err:
        rv.escalation_targets(None, [11], cross_unit=True)
    assert code(err) == "no_escalation_recipient"


def test_r33_problem_needs_alternative_recommendations():
    """R33: a problem is raised with at least one alternative recommendation."""
    assert rv.check_escalation("Data late", ["Extend by a week", " ", "Ask BPS"]) == [
        "Extend by a week",
        "Ask BPS",
    ]
    assert rv.check_escalation("Data late", "Extend by a week") == ["Extend by a week"]
    for alternatives in (None, [], ["", "  "], "  "):
        with pytest.raises(RuleError) as err:
            rv.check_escalation("Data late", alternatives)
        assert code(err) == "alternatives_required"
    with pytest.raises(RuleError) as err:
        rv.check_escalation(" ", ["Extend"])
    assert code(err) == "problem_required"


def test_r33_escalation_state_machine():
    """R33: raised -> answered (with the decision) -> closed; who may act."""
    assert rv.escalation_transition(rv.RAISED, rv.ANSWER, answer="Extend granted") == rv.ANSWERED
    assert rv.escalation_transition(rv.ANSWERED, rv.CLOSE) == rv.CLOSED
    assert rv.escalation_transition(rv.RAISED, rv.CLOSE) == rv.CLOSED
    with pytest.raises(RuleError) as err:
        rv.escalation_transition(rv.RAISED, rv.ANSWER, answer=" ")
    assert code(err) == "answer_required"
    for state, action in ((rv.ANSWERED, rv.ANSWER), (rv.CLOSED, rv.CLOSE), (rv.CLOSED, rv.ANSWER)):
        with pytest.raises(RuleError) as err:
            rv.escalation_transition(state, action, answer="x")
        assert code(err) == "action_not_allowed"
    assert rv.escalation_may_act(rv.RAISED, rv.ANSWER, [pg.PUO_OWNER])
    assert rv.escalation_may_act(rv.RAISED, rv.ANSWER, [pg.PUO_EMPLOYEE])
    assert not rv.escalation_may_act(rv.RAISED, rv.ANSWER, [tk.KETUA, tk.ANGGOTA])
    assert rv.escalation_may_act(rv.ANSWERED, rv.CLOSE, [tk.KETUA])
    assert not rv.escalation_may_act(rv.CLOSED, rv.CLOSE, [pg.PUO_OWNER])


# --- templates ------------------------------------------------------------------------------


def test_templates_named_placeholders_never_source():
    """R32: every reason of a chain renders; no placeholder is named ``source`` (errors.render)."""
    org = Org()
    _kec, kel = kecamatan(org)
    org.units[kel].head_id = None
    chains = [
        org.chain("Seksi Kelurahan", "bekasi"),
        org.chain("Kelurahan Raha I", "muna"),
        org.chain("Seksi Pemerintahan", "muna", submitter_id=org.heads["Kasi Pem"]),
    ]
    for chain in chains:
        for step in chain:
            template, params = step.reason
            assert "%(source)s" not in template and "source" not in params
            assert step.reason_text
