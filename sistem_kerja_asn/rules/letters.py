"""The official letters (R15): their numbers and the words they are written in.

Letter numbers of a Perangkat Daerah: ``800.1/<n>/<code>/<year>``, one sequence per PD,
restarting each year (``hr.department`` keeps the sequence and calls these). The titles of the
heads as the regencies write them ("Camat Katobu", "Lurah Raha I", "Direktur RSUD Raha",
"Sekretaris Daerah", "Inspektur Daerah", "Kepala Dinas Kesehatan"), the regent's title, the
decree heading, the tembusan by position and numbers written the Indonesian way (0,5; 1.250).
No Odoo here.
"""

import re

from . import penugasan as flows

PREFIX = "800.1/"
PADDING = 3


def sequence_code(pd_id):
    """The ``ir.sequence`` code of a PD's letters."""
    return "asn.letter.pd.%s" % (pd_id or 0)


def pd_code(kode_surat, name):
    """The PD's code in its letter numbers: its letter code, else the initials of its name."""
    return kode_surat or "".join(w[0] for w in (name or "PD").split() if w).upper()


def suffix(code):
    """The ``ir.sequence`` suffix: the PD's code and the year of the date range."""
    return "/%s/%%(range_year)s" % code


def highest_numbers(numbers, code):
    """{year: the highest ``n``} among ``numbers`` written in the PD's format, e.g. letters
    entered by hand or imported, so the sequence continues above them."""
    pattern = re.compile(r"^%s(\d+)/%s/(\d{4})$" % (re.escape(PREFIX), re.escape(code)))
    found = {}
    for number in numbers:
        match = pattern.match((number or "").strip())
        if match:
            n, year = int(match.group(1)), int(match.group(2))
            found[year] = max(n, found.get(year, 0))
    return found




# -- the heads' titles ------------------------------------------------------------------------
# How the regencies name the head of a unit by its office: "Camat" (BKS Ps 78(1); DPS Lamp B.4;
# MUN Lamp D.6 "Camat/Kepala Dinas"), "Lurah" (KRA Ps 48; BKS Ps 78(2)), "Inspektur Daerah"
# (KRA Ps 34(1); BKS Ps 15(1)), "Direktur" of an RSUD (BKS Ps 60(1), 69(1)), "Sekretaris Daerah"
# (MUN Lamp D.1), "Sekretaris DPRD" (BKS Ps 24(1)); every other head "Kepala <unit>" ("Kepala
# Dinas", "Kepala Badan", "Kepala Bidang", "Kepala UPTD Puskesmas"). Never "Kepala Kecamatan".
# (name prefix the office replaces, office word): the unit's name minus the prefix follows.
_RENAMED = {
    "kecamatan": ("Kecamatan", "Camat"),
    "kelurahan": ("Kelurahan", "Lurah"),
    "inspektorat": ("Inspektorat", "Inspektur"),
    "setda": ("Sekretariat", "Sekretaris"),
    "setwan": ("Sekretariat", "Sekretaris"),
}
# The bare office of a kind whose unit has no usable name.
_BARE = {"setda": "Sekretaris Daerah", "setwan": "Sekretaris DPRD", "rsud": "Direktur RSUD"}
# The word a unit's name carries for its kind ("Dinas Kesehatan"); added when the name lacks it.
_KIND_WORDS = {
    "dinas": ("Dinas",),
    "badan": ("Badan",),
    "uptd": ("UPTD",),
    "puskesmas": ("Puskesmas",),
    "biro": ("Biro",),
    "bagian": ("Bagian",),
    "bidang": ("Bidang",),
    "subbagian": ("Subbagian", "Sub Bagian", "Subbag"),
    "seksi": ("Seksi",),
    "rsud": ("RSUD", "Rumah Sakit"),
}
# Units whose head's office names the Perangkat Daerah too ("Kepala Bidang P2P Dinas Kesehatan").
_INSIDE_PD = frozenset({"biro", "bagian", "bidang", "subbagian", "seksi", "other"})
# A unit named after its head's position already ("Asisten Pemerintahan dan Kesra").
_POSITION_NAMES = ("Asisten", "Staf Ahli", "Wakil Direktur", "Kepala", "Sekretaris", "Camat",
                   "Lurah", "Direktur", "Inspektur")


def _clean(text):
    return " ".join((text or "").split())


def _strip_prefix(name, prefix):
    """``name`` without a leading ``prefix`` word (any case), or None when it has none."""
    if name.lower() == prefix.lower():
        return ""
    if name.lower().startswith(prefix.lower() + " "):
        return name[len(prefix) + 1:].strip()
    return None


def _has_word(name, words):
    padded = " %s " % name.lower()
    return any(" %s " % word.lower() in padded for word in words)


def head_title(kind, unit_name):
    """The office of the head of a unit of ``kind`` named ``unit_name``, as the regencies write
    it: ``head_title("kecamatan", "Kecamatan Katobu") == "Camat Katobu"``, ``("dinas", "Dinas
    Kesehatan")`` -> "Kepala Dinas Kesehatan", ``("rsud", "RSUD Raha")`` -> "Direktur RSUD
    Raha", ``("setda", "Sekretariat Daerah")`` -> "Sekretaris Daerah"."""
    name = _clean(unit_name)
    if any(_strip_prefix(name, word) for word in _POSITION_NAMES):
        return name
    if kind in _RENAMED:  # the office replaces the unit's word: "Kecamatan X" -> "Camat X"
        prefix, office = _RENAMED[kind]
        rest = _strip_prefix(name, prefix) if name else ""
        if rest:
            return "%s %s" % (office, rest)
        if rest == "" or kind in _BARE:  # no name of its own ("Kecamatan", "Setda")
            return _BARE.get(kind, office)
        return "%s %s" % (office, name)  # "Katobu" -> "Camat Katobu"
    for prefix, office in (("Sekretariat", "Sekretaris"), ("Inspektorat", "Inspektur")):
        rest = _strip_prefix(name, prefix)  # the Sekretariat of a Dinas, an Inspektorat Pembantu
        if rest is not None:
            return ("%s %s" % (office, rest)).strip()
    words = _KIND_WORDS.get(kind) or ("",)
    if not name:
        return _BARE.get(kind) or ("Kepala %s" % words[0]).strip()
    if words[0] and not _has_word(name, words):
        name = "%s %s" % (words[0], name)  # a Dinas named "Kesehatan"
    return "%s %s" % ("Direktur" if kind == "rsud" else "Kepala", name)


def office_title(kind, unit_name, pd_name=None):
    """The office as a decree names its signer: :func:`head_title`, followed by the Perangkat
    Daerah for a unit inside one ("Kepala Bidang A Dinas Kesehatan")."""
    title = head_title(kind, unit_name)
    pd_name = _clean(pd_name)
    if pd_name and kind in _INSIDE_PD and pd_name.lower() not in title.lower():
        title = "%s %s" % (title, pd_name)
    return title


# -- the regent ---------------------------------------------------------------------------------

_REGION_PREFIX = "Pemerintah"
# (the region's word, the regent's office when the preset names none)
_REGENTS = (("Kabupaten", "Bupati"), ("Kota", "Wali Kota"), ("Provinsi", "Gubernur"))


def region_name(government_name):
    """The region of a government: "PEMERINTAH KABUPATEN MUNA" -> "Kabupaten Muna"."""
    name = _clean(government_name)
    rest = _strip_prefix(name, _REGION_PREFIX)
    name = name if rest is None else rest
    return name.title() if name.isupper() else name


def regent_title(government_name, office=None):
    """The head of the region who signs a Keputusan Bupati / Wali Kota: "Bupati Muna" for
    "Pemerintah Kabupaten Muna", "Wali Kota Denpasar" for "Pemerintah Kota Denpasar", or
    ``office`` as the regulation writes it ("Walikota": DPS Ps 1 angka 3)."""
    region = region_name(government_name)
    for word, regent in _REGENTS:
        rest = _strip_prefix(region, word)
        if rest is not None:
            return ("%s %s" % (office or regent, rest)).strip()
    return ("%s %s" % (office or "Bupati", region)).strip()


# -- the decree -------------------------------------------------------------------------------

# The diktum of a decree, in order (Permendagri 1/2023, tata naskah dinas).
DIKTUM = (
    "KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
    "KESEMBILAN", "KESEPULUH",
)


def diktum(index):
    """The diktum word of the ``index``-th (0-based) part of a decree: KESATU, KEDUA..."""
    return DIKTUM[index] if 0 <= index < len(DIKTUM) else str(index + 1)


def decree_title(office, government_name=None):
    """The heading of a decree: "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MUNA" (the region
    added unless the office names it already, as "Bupati Muna" does)."""
    title = _clean(office)
    region = region_name(government_name)
    bare = region
    for word, _regent in _REGENTS:
        rest = _strip_prefix(region, word)
        if rest:
            bare = rest
            break
    if region and bare.lower() not in title.lower():
        title = "%s %s" % (title, region)
    return ("KEPUTUSAN %s" % title).upper()


def team_name(name):
    """A team as a decree names it: "Tim Kerja <name>", or its own name when that says it is a
    team already ("Tim Percepatan Penurunan Stunting"): never "Tim Kerja Tim ..."."""
    name = _clean(name)
    if _strip_prefix(name, "Tim") is not None:
        return name
    return ("Tim Kerja %s" % name).strip()


def tembusan(positions, exclude=()):
    """The copies of a letter, by position and never by name: ``positions`` in order, without
    blanks, repeats or the ``exclude``d ones (the signer and the addressee)."""
    skip = {_clean(p).lower() for p in exclude if p}
    out = []
    for position in positions:
        position = _clean(position)
        if position and position.lower() not in skip and position not in out:
            out.append(position)
    return out


# -- who signs, who is addressed, who is copied -------------------------------------------------

# The signer of a Keputusan Bupati / Wali Kota: the head of the region (BKS Ps 1 angka 3: "Bupati
# adalah Bupati Bekasi selaku Pejabat Pembina Kepegawaian"), or the PyB on his behalf (a.n.).
REGENT = "regent"
# The requests for involvement a flow sends, the institution's (R17, R18, R13) or a volunteer's
# (R20, R21).
REQUESTS = (flows.PERMOHONAN_PELIBATAN, flows.PERMOHONAN_SUKARELA)


def issuer_role(steps, in_team=False):
    """The role that issues an assignment letter in a flow's ``steps``: the actor of the step
    that issues it (R16-R21, e.g. the PPK where the employee sits, KRA Ps 14(3)(c)); a team
    member's letter is issued by the PUO of the owning unit, who gives the team its work (R22).
    None when the flow issues no letter."""
    if in_team:
        return flows.PUO_OWNER
    for step in steps:
        if flows.ISSUE_LETTER in step.actions:
            return step.actor
    return None


def signer_role(document, issuer, team_signer=None):
    """R15: the role that signs the assignment ``document`` (a :data:`.penugasan.ASSIGNMENT_DOCS`
    code) issued in the flow by the role ``issuer``; ``team_signer``: the role that establishes
    a team (:func:`.tim_kerja.decree_signer`).

    - a Keputusan Bupati / Wali Kota: :data:`REGENT`, never the head of the PD who asked for it
      (BKS Ps 8, 17: "dengan Keputusan Bupati");
    - a Keputusan Kepala Perangkat Daerah: the head of the PD that owns the work, whoever issued
      it in the flow (a Kepala Bidang, the PUO who gives a team its work): MUN Ps 13(5)
      "... antar Unit Organisasi ditetapkan dengan Keputusan Kepala Perangkat Daerah", BKS Ps 35,
      53, 80 (the Camat's decree);
    - a Surat Keputusan Tim Kerja: whoever establishes the team (R22: MUN Ps 1 angka 16, the
      Kepala PD; KRA Ps 16(5), the PUO), else the issuer;
    - a Surat Tugas / Surat Perintah: the issuer (MUN Ps 13(6): "dengan surat tugas oleh Pejabat
      Penilai Kinerja atau Pimpinan Unit Organisasi")."""
    if document == flows.KEPUTUSAN_BUPATI:
        return REGENT
    if document == flows.KEPUTUSAN_KEPALA_PD:
        return flows.PD_HEAD_OWNER
    if document == flows.SK_TIM_KERJA:
        return team_signer or issuer
    return issuer


def assignment_copies(steps, document, issuer, team_signer=None):
    """R15: the roles copied (tembusan) on the assignment ``document`` issued by ``issuer`` in a
    flow's ``steps``: for a Keputusan Bupati the head of the PD that owns the work, who asked
    for it; whoever issued it in the flow when another signs it (the Kepala Bidang whose
    Keputusan the Kepala PD signs, MUN Ps 13(5)); then the roles the flow's letters copy (KRA
    Ps 14(4)(e)(3): "dengan tembusan Pejabat yang Berwenang instansi bersangkutan, Pejabat
    Penilai Kinerja bersangkutan, dan Pejabat yang Berwenang instansi pemohon"); never the
    signer, never twice."""
    signer = signer_role(document, issuer, team_signer)
    roles = [flows.PD_HEAD_OWNER] if signer == REGENT else []
    for role in (issuer, *(r for step in steps for r in step.copies)):
        if role and role != signer and role not in roles:
            roles.append(role)
    return tuple(roles)


def _sent(steps, kinds):
    """(index, step, action, letter) of every letter of ``kinds`` the ``steps`` send, in order."""
    return [
        (index, step, action, letter)
        for index, step in enumerate(steps)
        for action, letter in step.letters.items()
        if letter.kind in kinds
    ]


def correspondence(steps, kind):
    """R15, R17-R21: who signs, who is addressed and who is copied, as roles, on the request for
    involvement (``kind`` :data:`.penugasan.PERMOHONAN_PELIBATAN`, a volunteer's
    ``PERMOHONAN_SUKARELA`` too) or its answer (``JAWABAN``) in a flow's ``steps``: {"signer",
    "to", "copies"}, or None when the flow sends no such letter.

    The request is the first one the flow sends, by the actor of its step (KRA Ps 14(3)(a):
    "pimpinan Unit Organisasi pemilik kinerja mengirimkan surat permohonan pelibatan ... kepada
    Pejabat Penilai Kinerja dituju ... dengan tembusan Pejabat Penilai Kinerja bersangkutan";
    BKS Ps 89(3)(a): from the head of the owning PD to the head of the PD asked). The answer
    comes from whoever the request ends with (KRA Ps 14(3)(b): "Pejabat Penilai Kinerja dituju
    ... memroses dan menjawab"; 14(4)(e)(1): the PyB answers the requesting PyB), addressed as
    the flow says, copied to those the request was copied to and to whoever acts next on an
    approval (the one who recommends or names the employee, KRA Ps 14(3)(c))."""
    requests = _sent(steps, REQUESTS)
    if not requests:
        return None
    _index, step, _action, letter = requests[0]
    if kind in REQUESTS:
        return {"signer": step.actor, "to": letter.to, "copies": tuple(letter.copies)}
    if kind != flows.JAWABAN:
        return None
    asked, last = requests[-1][3].to, requests[-1][0]
    for index, step, _action, answer in _sent(steps, (flows.JAWABAN,)):
        if index <= last or step.actor != asked:
            continue
        nxt = _next_step(steps, step, flows.APPROVE)
        copies = list(letter.copies) + list(answer.copies) + ([nxt.actor] if nxt else [])
        return {
            "signer": asked,
            "to": answer.to,
            "copies": tuple(r for i, r in enumerate(copies)
                            if r not in copies[:i] and r not in (asked, answer.to)),
        }
    return None


def _next_step(steps, step, action):
    """The step ``action`` leads to from ``step`` (None when it leads out of ``steps``)."""
    target = step.actions.get(action)
    return next((s for s in steps if s.state == target), None)


# -- numbers ----------------------------------------------------------------------------------


def format_number(value, decimals=2):
    """``value`` written the Indonesian way: a dot between thousands, a comma before the
    decimals, no trailing zeros: 0.5 -> "0,5", 1250 -> "1.250", 37.5 -> "37,5"."""
    if value is None or value is False:
        return ""
    text = "{:,.{}f}".format(abs(value), max(int(decimals), 0))
    whole, _sep, frac = text.partition(".")
    frac = frac.rstrip("0")
    out = whole.replace(",", ".") + ("," + frac if frac else "")
    return "-" + out if value < 0 and out.strip("0.,") else out


__all__ = [
    "DIKTUM",
    "PADDING",
    "PREFIX",
    "REGENT",
    "REQUESTS",
    "assignment_copies",
    "correspondence",
    "decree_title",
    "diktum",
    "format_number",
    "head_title",
    "highest_numbers",
    "issuer_role",
    "office_title",
    "pd_code",
    "region_name",
    "regent_title",
    "sequence_code",
    "signer_role",
    "suffix",
    "team_name",
    "tembusan",
]
