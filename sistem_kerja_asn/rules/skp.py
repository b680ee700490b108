"""The SKP as PermenPANRB 6/2022 shapes it (issue 15, RULES.md §E, R34, R35, R22-R27).

Rencana Hasil Kerja (RHK) kinds and indicator aspects, the seven BerAKHLAK core values with their
behaviour guidance, the intervensi link of a non-JPT RHK (R35 cascade), realisation against
target per aspect, the annual rating pair from the periodic evaluations (the predikat matrix is
rules/kinerja.py's, not repeated here), the distribution of the employees' predikat bounded by
the organisation's predikat (RULES.md §E), and the role-result matrix (Matriks Peran Hasil) made
from teams, assignments and cascade links. No Odoo here.
"""

from collections import Counter

from . import kinerja as k
from .errors import RuleError
from .errors import _

# RHK kinds: the main results of the position and the additional ones (PermenPANRB 6/2022).
UTAMA = "utama"
TAMBAHAN = "tambahan"
RHK_KINDS = [
    (UTAMA, "Main (utama)"),
    (TAMBAHAN, "Additional (tambahan)"),
]

# The aspects an indicator measures (PermenPANRB 6/2022).
KUANTITAS = "kuantitas"
KUALITAS = "kualitas"
WAKTU = "waktu"
BIAYA = "biaya"
ASPECTS = [
    (KUANTITAS, "Quantity (kuantitas)"),
    (KUALITAS, "Quality (kualitas)"),
    (WAKTU, "Time (waktu)"),
    (BIAYA, "Cost (biaya)"),
]
# Less time or less cost than the target is better; more quantity or quality is better.
LOWER_IS_BETTER = frozenset({WAKTU, BIAYA})

# The core values of ASN, BerAKHLAK, with the behaviour guidance (panduan perilaku) the
# appraiser rates work behaviour from (PermenPANRB 6/2022, as e-Kinerja shows them): code, name,
# the three guidance lines, quoted in Indonesian.
CORE_VALUES = [
    ("berorientasi_pelayanan", "Berorientasi Pelayanan", (
        "Memahami dan memenuhi kebutuhan masyarakat",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        "Melakukan perbaikan tiada henti",
    )),
    ("akuntabel", "Akuntabel", (
        "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas "
        "tinggi",
        "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan "
        "efisien",
        "Tidak menyalahgunakan kewenangan jabatan",
    )),
    ("kompeten", "Kompeten", (
        "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
        "Membantu orang lain belajar",
        "Melaksanakan tugas dengan kualitas terbaik",
    )),
    ("harmonis", "Harmonis", (
        "Menghargai setiap orang apapun latar belakangnya",
        "Suka menolong orang lain",
        "Membangun lingkungan kerja yang kondusif",
    )),
    ("loyal", "Loyal", (
        "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun "
        "1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
        "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
        "Menjaga rahasia jabatan dan negara",
    )),
    ("adaptif", "Adaptif", (
        "Cepat menyesuaikan diri menghadapi perubahan",
        "Terus berinovasi dan mengembangkan kreativitas",
        "Bertindak proaktif",
    )),
    ("kolaboratif", "Kolaboratif", (
        "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
        "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
        "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
    )),
]
CORE_VALUE_CODES = [code for code, _name, _lines in CORE_VALUES]


def core_value(code):
    """(name, guidance lines) of the core value ``code``."""
    for value_code, name, lines in CORE_VALUES:
        if value_code == code:
            return name, lines
    raise RuleError("core_value", _("Unknown core value %(value)s."), value=code)


# -- the SKP structure -------------------------------------------------------------------------


def check_intervensi(rhks, is_jpt):
    """R35: every RHK of an employee who is not a JPT supports (intervensi) an RHK of his
    superior; a JPT's RHK come from the organisation's indicators instead (PermenPANRB 6/2022:
    the SKP of a JPT is drawn from the organisation's performance agreement, its Renstra
    targets): each main RHK of a JPT names the organisation's indicator it answers. ``rhks`` is
    [(name, kind, parent_id, organisation_indicator)]. An additional RHK (tambahan) is extra
    work given during the period, it needs no link. At least one main RHK is required."""
    if not any(kind == UTAMA for _name, kind, _parent, _org in rhks):
        raise RuleError(
            "no_rhk_utama",
            _("An SKP has at least one main work result plan (RHK utama)."),
        )
    for name, kind, parent, org in rhks:
        if kind != UTAMA:
            continue
        if is_jpt and not (org or "").strip():
            raise RuleError(
                "organisation_indicator_missing",
                _("The main work result %(name)s of a senior executive (JPT) names the "
                  "organisation's indicator it answers (R35, PermenPANRB 6/2022)."),
                name=name,
            )
        if not is_jpt and not parent:
            raise RuleError(
                "intervensi_missing",
                _("The main work result %(name)s must support (intervensi) a work result of "
                  "the superior (R35)."),
                name=name,
            )


def indicator_rating(aspect, target, realisation):
    """One indicator's realisation against its target: ABOVE, AS_EXPECTED or BELOW
    (rules/kinerja RATINGS). More than the target is better for quantity and quality; less than
    the target is better for time and cost. None while there is no realisation."""
    if aspect not in dict(ASPECTS):
        raise RuleError("aspect", _("Unknown aspect %(aspect)s."), aspect=aspect)
    if target is None or target < 0:
        raise RuleError("target_required", _("Give the target of each indicator."))
    if realisation is None:
        return None
    if realisation < 0:
        raise RuleError("realisation_negative", _("A realisation cannot be negative."))
    if realisation == target:
        return k.AS_EXPECTED
    better = realisation < target if aspect in LOWER_IS_BETTER else realisation > target
    return k.ABOVE if better else k.BELOW


def rhk_rating(indicators):
    """The evaluation of one RHK from its indicators [(aspect, target, realisation)]: below
    expectation if one indicator falls short, above if every indicator exceeds its target, else
    as expected; None while an indicator has no realisation or there is none."""
    ratings = [indicator_rating(*ind) for ind in indicators]
    if not ratings or None in ratings:
        return None
    if k.BELOW in ratings:
        return k.BELOW
    if all(r == k.ABOVE for r in ratings):
        return k.ABOVE
    return k.AS_EXPECTED


def annual_rating(evaluations):
    """The annual (work results, work behaviour) pair suggested from the periodic evaluations
    [(hasil_kerja, perilaku)] in period order, with its predikat (rules/kinerja.predikat, the
    matrix of RULES.md §E): for each, the rating given most often; a tie goes to the most recent
    of the tied ratings. The PPK still gives the annual rating (R2)."""
    rated = [(h, p) for h, p in evaluations if h and p]
    if not rated:
        raise RuleError(
            "no_periodic_rating",
            _("No periodic evaluation is rated yet: the annual rating is drawn from them."),
        )
    pair = tuple(_most_given([pair[i] for pair in rated]) for i in (0, 1))
    return pair[0], pair[1], k.predikat(*pair)


def _most_given(ratings):
    counts = Counter(ratings)
    top = max(counts.values())
    return next(r for r in reversed(ratings) if counts[r] == top)


# -- distribution of predikat (RULES.md §E) ------------------------------------------------------

ISTIMEWA = "istimewa"
ORG_BAIK = "baik"
ORG_BUTUH_PERBAIKAN = "butuh_perbaikan"
ORG_KURANG = "kurang"
ORG_SANGAT_KURANG = "sangat_kurang"
ORG_PREDIKAT = [
    (ISTIMEWA, "Istimewa"),
    (ORG_BAIK, "Baik"),
    (ORG_BUTUH_PERBAIKAN, "Butuh Perbaikan"),
    (ORG_KURANG, "Kurang"),
    (ORG_SANGAT_KURANG, "Sangat Kurang"),
]

# RULES.md §E, "the organisation's own predikat bounds how its employees' predikat are
# distributed" (PermenPANRB 6/2022 evaluation guidance). "Most" is read as more than half.
# Each bound: (predikat or tuple of predikat summed, operator, share).
MOST = "most"
AT_MOST = "at_most"
AT_LEAST = "at_least"
SOME = "some"
DISTRIBUTION = {
    # "Istimewa: most, at most 70 %, Sangat Baik."
    ISTIMEWA: [((k.SANGAT_BAIK,), MOST, 0.5), ((k.SANGAT_BAIK,), AT_MOST, 0.7)],
    # "Baik: most, at most 70 %, Baik, and some Butuh Perbaikan and/or Kurang/Misconduct."
    ORG_BAIK: [((k.BAIK,), MOST, 0.5), ((k.BAIK,), AT_MOST, 0.7),
               ((k.BUTUH_PERBAIKAN, k.KURANG), SOME, 0)],
    # "Butuh Perbaikan: at least 60 % Butuh Perbaikan, at most 10 % Sangat Baik."
    ORG_BUTUH_PERBAIKAN: [((k.BUTUH_PERBAIKAN,), AT_LEAST, 0.6),
                          ((k.SANGAT_BAIK,), AT_MOST, 0.1)],
    # "Kurang: at least 60 % Kurang/Misconduct, at least 10 % Butuh Perbaikan, at most 10 %
    # Sangat Baik."
    ORG_KURANG: [((k.KURANG,), AT_LEAST, 0.6), ((k.BUTUH_PERBAIKAN,), AT_LEAST, 0.1),
                 ((k.SANGAT_BAIK,), AT_MOST, 0.1)],
    # "Sangat Kurang: at least 60 % Sangat Kurang, at least 10 % Kurang/Misconduct and/or Butuh
    # Perbaikan, no Sangat Baik."
    ORG_SANGAT_KURANG: [((k.SANGAT_KURANG,), AT_LEAST, 0.6),
                        ((k.KURANG, k.BUTUH_PERBAIKAN), AT_LEAST, 0.1),
                        ((k.SANGAT_BAIK,), AT_MOST, 0.0)],
}


def distribution(counts):
    """{predikat: share of the employees} from {predikat: count} (rules/kinerja PREDIKAT)."""
    total = sum(counts.get(code, 0) for code, _label in k.PREDIKAT)
    return {code: (counts.get(code, 0) / total if total else 0.0) for code, _label in k.PREDIKAT}


def check_distribution(org_predikat, counts):
    """RULES.md §E: whether the employees' predikat ``counts`` ({predikat: number}) fit the
    organisation's predikat. Returns the list of RuleError for the bounds not met (empty: the
    curve fits; no employee rated: nothing to check)."""
    if org_predikat not in DISTRIBUTION:
        raise RuleError(
            "org_predikat", _("Unknown organisation predikat %(predikat)s."),
            predikat=org_predikat,
        )
    shares = distribution(counts)
    if not sum(counts.values()):
        return []
    labels = dict(k.PREDIKAT)
    problems = []
    for codes, op, bound in DISTRIBUTION[org_predikat]:
        share = sum(shares[c] for c in codes)
        ok = {
            MOST: share > bound, AT_MOST: share <= bound + 1e-9,
            AT_LEAST: share >= bound - 1e-9, SOME: share > 0,
        }[op]
        if ok:
            continue
        templates = {
            MOST: _("Most employees should be rated %(predikat)s: %(share)s %% are."),
            AT_MOST: _("At most %(bound)s %% of the employees may be rated %(predikat)s: "
                       "%(share)s %% are."),
            AT_LEAST: _("At least %(bound)s %% of the employees should be rated %(predikat)s: "
                        "%(share)s %% are."),
            SOME: _("Some employees should be rated %(predikat)s: none is."),
        }
        problems.append(RuleError(
            "distribution_" + op, templates[op],
            predikat=" / ".join(labels[c] for c in codes),
            share=round(share * 100, 1), bound=round(bound * 100),
        ))
    return problems


# -- Matriks Peran Hasil (R22-R27, R35) ----------------------------------------------------------

OWNER = "pemilik"
KETUA_ROLE = "ketua"
ANGGOTA = "anggota"
INDIVIDU = "individu"
INTERVENSI = "intervensi"
MATRIX_ROLES = [
    (OWNER, "Owner of the result"),
    (KETUA_ROLE, "Team lead (ketua)"),
    (ANGGOTA, "Team member (anggota)"),
    (INDIVIDU, "Individual assignment"),
    (INTERVENSI, "Supports through a cascaded result"),
]


def role_matrix(results, teams=(), assignments=(), cascade=()):
    """The role-result matrix of a unit: {(employee, result): sorted tuple of roles}.

    ``results``: [(result, owner)] the results of the unit (its leader's RHK, R35);
    ``teams``: [(ketua, members, results)] each team, its ketua, its anggota and the results it
    delivers (R22, R26-R27); ``assignments``: [(employee, result)] individual assignments (R29:
    "assign individuals directly"); ``cascade``: [(child result, child owner, parent result)]
    the RHK that support (intervensi) a result (R35). Results not in ``results`` are left out;
    never typed, always made from these."""
    cells = {}

    def add(emp, result, role):
        if emp and result in wanted:
            cells.setdefault((emp, result), set()).add(role)

    wanted = {result for result, _owner in results}
    for result, owner in results:
        add(owner, result, OWNER)
    for ketua, members, team_results in teams:
        for result in team_results:
            add(ketua, result, KETUA_ROLE)
            for member in members:
                if member != ketua:
                    add(member, result, ANGGOTA)
    for emp, result in assignments:
        add(emp, result, INDIVIDU)
    for _child, owner, parent in cascade:
        add(owner, parent, INTERVENSI)
    order = [role for role, _label in MATRIX_ROLES]
    return {key: tuple(sorted(roles, key=order.index)) for key, roles in cells.items()}


def matrix_table(results, matrix, employees=()):
    """The matrix as it is printed: (columns, rows). ``results`` as for :func:`role_matrix`
    (their order is the order of the rows), ``matrix`` its answer, ``employees`` the order the
    unit lists its people in. The columns are the employees with a role in at least one
    result: the owners of the results first (the leader whose results are shared out), then
    ``employees`` in their order, then anybody else in the order of the results; nobody
    without a role takes a column. Each row is (result, [roles of each column, () for none])."""
    with_role = {emp for emp, _result in matrix}
    columns = []
    for emp in [owner for _result, owner in results] + list(employees) + [
        emp for result, _owner in results for emp, res in matrix if res == result
    ]:
        if emp in with_role and emp not in columns:
            columns.append(emp)
    rows = [(result, [matrix.get((emp, result), ()) for emp in columns])
            for result, _owner in results]
    return columns, rows
