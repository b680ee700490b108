"""Penugasan: how a JF or Pelaksana gets an assignment (R11-R21), as workflow tables.

Vocabulary
    :data:`FORMS` (R11), :data:`METHODS` (R12), :data:`SCOPES` (R13), :data:`NATURES` (R14),
    each ``[(code, "English label")]`` for a selection field; :data:`STATES`, :data:`ROLES`,
    :data:`ACTIONS`, :data:`LETTERS` (what a step sends) and :data:`ASSIGNMENT_DOCS` (R15: the
    document that carries the assignment).

Workflows
    One table per scope x method (:data:`_TABLE`): an ordered list of :class:`Step`. A step is a
    state where one *role* acts; it lists the actions allowed there with the next state of each,
    the letter each action sends (addressee and tembusan as roles) and whether the employee is
    named at that step. Every flow starts in ``draft`` (the initiator's step) and ends in ``done``
    (letter received: the assignment is active), ``refused`` or ``cancelled``. The initiator may
    ``cancel`` until the assignment letter is issued. A refusal always states its reason (R17.4).

    Regency differences come from the work-system options (:mod:`.presets`), read as
    data: ``within_unit_appointer`` names the role of the within-unit steps (R16, R20),
    ``sukarela_known_by_ppk`` keeps the step where the PPK first knows a volunteer's request
    (BKS Ps 90(3)), ``scopes`` the scopes the regulation provides.

Roles (resolved by the model from kedudukan; the model computes the set a user holds)
    Owner side, the unit that owns the work (unit pemilik kinerja): ``puo_owner``,
    ``ppk_owner`` (the PPK of that unit's staff: the requester's own PPK, gets copies),
    ``pd_head_owner`` (head of the owning Perangkat Daerah; the Sekda for the Setda),
    ``pyb_requester`` (Pejabat yang Berwenang of the owning agency).

    Employee side, where the employee sits (the unit / PD / agency a request is sent to):
    ``employee``, ``puo_employee``, ``ppk_employee`` (the PPK "dituju, di mana Pejabat
    Fungsional berada", KRA Ps 14(3)), ``pd_head_employee``, ``pyb_target``. Until the step
    flagged ``names_employee`` (the recommendation or the list of names), the employee is not
    chosen yet: resolve these roles from the target unit the request is addressed to.

Reading of lintas Perangkat Daerah (R13; BKS Ps 89(3), 90(3) and Ps 8, 17, 26, 35, 44, 53, 62,
71, 80; BRT Lampiran II C.1)(3) with "Kepala Perangkat Daerah" on both sides)
    The heads of the two PDs take the places of the PUO and the PPK of R17: the owning PD head
    requests, the target PD head answers (a refusal with its reason), the employee's PPK
    recommends (the "rekomendasi dari atasan" of BKS Ps 8), and the owning PD head issues the
    assignment (the Keputusan Kepala PD pemilik kinerja, or prepares the Keputusan Bupati for the
    Setda and the Inspektorat, BKS Ps 8, 17; :func:`letter_for`). The Sekda enters as the head of
    the Setda. Volunteering across PDs follows BKS Ps 90(3) step by step.
"""

from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace

from . import presets
from .errors import RuleError
from .errors import _
from .kedudukan import KIND_LABELS

# --- vocabulary -----------------------------------------------------------------------------

# R11: form (KRA Ps 12(1)).
INDIVIDU = "individu"
TIM = "tim"
FORMS = [(INDIVIDU, "Individual"), (TIM, "Team (tim kerja)")]

# R12: method (KRA Ps 13; DPS Ps 8; BKS Ps 1 angka 23-24).
PENUNJUKAN = "penunjukan"
SUKARELA = "sukarela"
METHODS = [(PENUNJUKAN, "Appointment (penunjukan)"), (SUKARELA, "Volunteering (pengajuan sukarela)")]

# R13: scope (KRA Ps 14(1); BRT Ps 11(2)).
DALAM_UNIT = "dalam_unit"
LINTAS_UNIT = "lintas_unit"
LINTAS_PD = "lintas_pd"
LINTAS_INSTANSI = "lintas_instansi"
SCOPES = [
    (DALAM_UNIT, "Within the unit"),
    (LINTAS_UNIT, "Across units"),
    (LINTAS_PD, "Across Perangkat Daerah"),
    (LINTAS_INSTANSI, "Across agencies"),
]

# R14: nature (KRA Ps 12(5); MUN Ps 12).
RUTIN = "rutin"
INSIDENTAL = "insidental"
NATURES = [(RUTIN, "Routine"), (INSIDENTAL, "Incidental")]

# Roles (see the module docstring).
EMPLOYEE = "employee"
PUO_EMPLOYEE = "puo_employee"
PPK_EMPLOYEE = "ppk_employee"
PD_HEAD_EMPLOYEE = "pd_head_employee"
PYB_TARGET = "pyb_target"
PUO_OWNER = "puo_owner"
PPK_OWNER = "ppk_owner"
PD_HEAD_OWNER = "pd_head_owner"
PYB_REQUESTER = "pyb_requester"
ROLES = [
    (EMPLOYEE, "The employee"),
    (PUO_EMPLOYEE, "PUO of the employee's unit"),
    (PPK_EMPLOYEE, "PPK of the employee"),
    (PD_HEAD_EMPLOYEE, "Head of the employee's Perangkat Daerah"),
    (PYB_TARGET, "Pejabat yang Berwenang of the employee's agency"),
    (PUO_OWNER, "PUO of the unit that owns the work"),
    (PPK_OWNER, "PPK of the unit that owns the work"),
    (PD_HEAD_OWNER, "Head of the Perangkat Daerah that owns the work"),
    (PYB_REQUESTER, "Pejabat yang Berwenang of the requesting agency"),
]
_ROLE_CODES = frozenset(code for code, _label in ROLES)

# Actions.
SEND = "send"
ACKNOWLEDGE = "acknowledge"
APPROVE = "approve"
REFUSE = "refuse"
RECOMMEND = "recommend"
PROPOSE_NAMES = "propose_names"
FORWARD = "forward"
ISSUE_LETTER = "issue_letter"
CANCEL = "cancel"
ACTIONS = [  # marked: the chatter line names the step in the reader's language (issue 14)
    (SEND, _("Send")),
    (ACKNOWLEDGE, _("Acknowledge")),
    (APPROVE, _("Approve")),
    (REFUSE, _("Refuse")),
    (RECOMMEND, _("Recommend")),
    (PROPOSE_NAMES, _("Propose names")),
    (FORWARD, _("Forward")),
    (ISSUE_LETTER, _("Issue the assignment letter")),
    (CANCEL, _("Cancel")),
]
_ACTION_LABELS = dict(ACTIONS)
# R17.4 (KRA Ps 14(3)(d); BKS Ps 89(3)(b)(2); BRT Lampiran II C.1)(3)(d)): a refusal says why.
REASON_ACTIONS = frozenset({REFUSE})

# States: the union over all flows, for the model's selection field.
DRAFT = "draft"
PPK_NOTICE = "ppk_notice"
REQUESTED = "requested"
REQUESTER_PYB = "requester_pyb"
TARGET_PYB = "target_pyb"
RECOMMENDATION = "recommendation"
AVAILABILITY = "availability"
NAMES_REVIEW = "names_review"
PROPOSED = "proposed"
OWNER_REVIEW = "owner_review"
APPROVED = "approved"
HOME_REVIEW = "home_review"
PPK_REVIEW = "ppk_review"
LETTER_DRAFT = "letter_draft"
DELIVERED = "delivered"
DONE = "done"
REFUSED = "refused"
CANCELLED = "cancelled"
STATES = [
    (DRAFT, "Draft"),
    (PPK_NOTICE, "To be known by the PPK"),
    (REQUESTED, "Requested"),
    (REQUESTER_PYB, "At the requesting agency's PyB"),
    (TARGET_PYB, "At the target agency's PyB"),
    (RECOMMENDATION, "Awaiting recommendation"),
    (AVAILABILITY, "Awaiting the list of names"),
    (NAMES_REVIEW, "List of names at the PyB"),
    (PROPOSED, "Proposed by the employee"),
    (OWNER_REVIEW, "At the owning unit"),
    (APPROVED, "Approved, to forward"),
    (HOME_REVIEW, "At the employee's Perangkat Daerah"),
    (PPK_REVIEW, "At the employee's PPK"),
    (LETTER_DRAFT, "Letter to issue"),
    (DELIVERED, "Letter issued"),
    (DONE, "Active"),
    (REFUSED, "Refused"),
    (CANCELLED, "Cancelled"),
]
_STATE_LABELS = dict(STATES)
TERMINAL = frozenset({DONE, REFUSED, CANCELLED})

# What a step sends.
PERMOHONAN_PELIBATAN = "permohonan_pelibatan"
PERMOHONAN_SUKARELA = "permohonan_sukarela"
JAWABAN = "jawaban"
PERSETUJUAN = "persetujuan"
INSTRUKSI = "instruksi"
REKOMENDASI = "rekomendasi"
SURAT_PENUGASAN = "surat_penugasan"
LETTERS = [
    (PERMOHONAN_PELIBATAN, "Request for involvement (surat permohonan pelibatan)"),
    (PERMOHONAN_SUKARELA, "Volunteer's request (surat permohonan)"),
    (JAWABAN, "Answer to the request (surat jawaban)"),
    (PERSETUJUAN, "Approval (surat persetujuan)"),
    (INSTRUKSI, "Instruction to assign"),
    (REKOMENDASI, "Recommendation"),
    (SURAT_PENUGASAN, "Assignment letter (surat penugasan)"),
]

# R15: the document that carries an assignment (see letter_for()).
SURAT_TUGAS = "surat_tugas"
SURAT_PERINTAH = "surat_perintah"
KEPUTUSAN_KEPALA_PD = "keputusan_kepala_pd"
KEPUTUSAN_BUPATI = "keputusan_bupati"
SK_TIM_KERJA = "sk_tim_kerja"
ASSIGNMENT_DOCS = [
    (SURAT_TUGAS, "Surat Tugas"),
    (SURAT_PERINTAH, "Surat Perintah"),
    (KEPUTUSAN_KEPALA_PD, "Keputusan Kepala Perangkat Daerah"),
    (KEPUTUSAN_BUPATI, "Keputusan Bupati"),
    (SK_TIM_KERJA, "Surat Keputusan Tim Kerja"),
]

# R19: what a request for involvement states at least (KRA Ps 14(5); BRT Lampiran II C.1)(5)).
REQUEST_ELEMENTS = [
    ("purpose", _("the purpose of the request")),
    ("competence", _("the competence, expertise or skills needed")),
    ("target", _("the expected performance target")),
    ("duration", _("the duration of the involvement")),
]

# R14: default weights of workload() (a plain count); keys are NATURES and tim_kerja.ROLES.
DEFAULT_WEIGHTS = {"rutin": 1.0, "insidental": 1.0, "ketua": 1.0, "anggota": 1.0, "pengendali": 1.0}

_FORM_CODES = frozenset(code for code, _label in FORMS)
_METHOD_CODES = frozenset(code for code, _label in METHODS)
_SCOPE_CODES = frozenset(code for code, _label in SCOPES)
_DOC_CODES = frozenset(code for code, _label in ASSIGNMENT_DOCS)

# Placeholder role of the within-unit steps, resolved from options["within_unit_appointer"].
APPOINTER = "@appointer"
APPOINTER_ROLES = {"puo": PUO_EMPLOYEE, "ppk": PPK_EMPLOYEE}


# --- data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Letter:
    """What an action sends: ``kind`` (a :data:`LETTERS` code), addressed ``to`` a role, with
    tembusan to the ``copies`` roles."""

    kind: str
    to: str
    copies: tuple = ()


@dataclass(frozen=True)
class Step:
    """One state of a flow and who acts there.

    ``actions``: {action: next state}; ``letters``: {action: :class:`Letter`} sent by that
    action; ``checks``: checks the model runs before the step's forward action (``"request"``:
    :func:`check_request`, R19); ``names_employee``: the employee is chosen at this step (the
    employee-side roles resolve from the target unit before it); ``when``: an option name, the
    step exists only when that option is true; ``rule`` and ``source`` cite the regulation.
    """

    state: str
    label: str
    actor: str
    actions: dict
    letters: dict = field(default_factory=dict)
    checks: tuple = ()
    names_employee: bool = False
    rule: str = ""
    source: str = ""
    when: str | None = None

    def letter(self, action):
        """The :class:`Letter` ``action`` sends here, or None."""
        return self.letters.get(action)

    @property
    def copies(self):
        """Every role copied (tembusan) by a letter of this step, in order."""
        seen = []
        for letter in self.letters.values():
            seen += [role for role in letter.copies if role not in seen]
        return tuple(seen)

    @property
    def reason_actions(self):
        """The actions of this step that need a reason (R17.4: every refusal)."""
        return tuple(action for action in self.actions if action in REASON_ACTIONS)


@dataclass(frozen=True)
class Flow:
    """The ordered steps of one scope x method under one set of options."""

    scope: str
    method: str
    rule: str
    source: str
    steps: tuple

    @property
    def initiator(self):
        """The role that starts the flow (the actor of ``draft``); he may cancel."""
        return self.steps[0].actor

    @property
    def states(self):
        return tuple(step.state for step in self.steps)

    def step(self, state):
        """The :class:`Step` of ``state``, None for a terminal state or one not in the flow."""
        for step in self.steps:
            if step.state == state:
                return step
        return None

    def cancellable(self, state):
        """True while the assignment letter is not issued yet (the states before it)."""
        for step in self.steps:
            if ISSUE_LETTER in step.actions:
                return state in self.states[: self.states.index(step.state) + 1]
        return state in self.states


# --- the tables -----------------------------------------------------------------------------

_KRA = "Perbup Karangasem 15/2023"
_MUN = "Perbup Muna 19/2024 Lampiran"
_BKS = "Perbup Bekasi 18/2024"
_BRT = "Perbup Barito Timur 11/2024 Lampiran II"


def _receive(rule, source):
    """The last step of every flow: the employee receives the letter (R17.5)."""
    return Step(
        DELIVERED,
        _("The employee receives the assignment letter"),
        EMPLOYEE,
        {ACKNOWLEDGE: DONE},
        rule=rule,
        source=source,
    )


def _ppk_notice(then, rule):
    """BKS Ps 90(3)(a): the volunteer's request is first known (signed) by his PPK."""
    return Step(
        PPK_NOTICE,
        _("The employee's PPK takes note of the request"),
        PPK_EMPLOYEE,
        {ACKNOWLEDGE: then},
        rule=rule,
        source=_BKS + " Ps 90(3)(a)",
        when="sukarela_known_by_ppk",
    )


_TABLE = {
    # R16: within the unit, the PUO (BKS: the PPK) assigns directly.
    (DALAM_UNIT, PENUNJUKAN): {
        "rule": "R16",
        "source": _KRA + " Ps 14(2); " + _MUN + " B.b.1.a; " + _BRT + " C.1)(2); " + _BKS + " Ps 89(2)",
        "steps": [
            Step(
                DRAFT,
                _("The unit leader assigns the employee directly"),
                APPOINTER,
                {ISSUE_LETTER: DELIVERED},
                {ISSUE_LETTER: Letter(SURAT_PENUGASAN, EMPLOYEE)},
                names_employee=True,
                rule="R16",
                source=_KRA + " Ps 14(2); " + _BKS + " Ps 89(2)",
            ),
            _receive("R16", _KRA + " Ps 12(7)"),
        ],
    },
    # R20: volunteering within the unit.
    (DALAM_UNIT, SUKARELA): {
        "rule": "R20",
        "source": _KRA + " Ps 15(2); " + _MUN + " B.b.2.a; " + _BRT + " C.2)(2); " + _BKS + " Ps 90(2)",
        "steps": [
            Step(
                DRAFT,
                _("The employee offers to take part (orally is enough)"),
                EMPLOYEE,
                {SEND: PROPOSED},
                names_employee=True,
                rule="R20",
                source=_KRA + " Ps 15(2)(a); " + _BKS + " Ps 90(2)(a)",
            ),
            Step(
                PROPOSED,
                _("The unit leader agrees and assigns, or refuses"),
                APPOINTER,
                {ISSUE_LETTER: DELIVERED, REFUSE: REFUSED},
                {
                    ISSUE_LETTER: Letter(SURAT_PENUGASAN, EMPLOYEE),
                    REFUSE: Letter(JAWABAN, EMPLOYEE),
                },
                rule="R20",
                source=_KRA + " Ps 15(2)(b); " + _BKS + " Ps 90(2)(b)",
            ),
            _receive("R20", _KRA + " Ps 15(2)(c); " + _BKS + " Ps 90(2)(c)"),
        ],
    },
    # R17: appointment across units, five steps.
    (LINTAS_UNIT, PENUNJUKAN): {
        "rule": "R17",
        "source": _KRA + " Ps 14(3); " + _MUN + " B.b.1.b; " + _BKS + " Ps 46(3)",
        "steps": [
            Step(
                DRAFT,
                _("The owning unit's PUO sends the request for involvement"),
                PUO_OWNER,
                {SEND: REQUESTED},
                {SEND: Letter(PERMOHONAN_PELIBATAN, PPK_EMPLOYEE, (PPK_OWNER,))},
                checks=("request",),
                rule="R17",
                source=_KRA + " Ps 14(3)(a), 14(5)",
            ),
            Step(
                REQUESTED,
                _("The PPK where the employee sits answers the request"),
                PPK_EMPLOYEE,
                {APPROVE: RECOMMENDATION, REFUSE: REFUSED},
                {APPROVE: Letter(JAWABAN, PUO_OWNER), REFUSE: Letter(JAWABAN, PUO_OWNER)},
                rule="R17",
                source=_KRA + " Ps 14(3)(b), (d)",
            ),
            Step(
                RECOMMENDATION,
                _("The employee's PUO recommends an employee who meets the criteria"),
                PUO_EMPLOYEE,
                {RECOMMEND: LETTER_DRAFT},
                {RECOMMEND: Letter(REKOMENDASI, PPK_EMPLOYEE)},
                names_employee=True,
                rule="R17",
                source=_KRA + " Ps 14(3)(c)",
            ),
            Step(
                LETTER_DRAFT,
                _("The employee's PPK issues the assignment letter"),
                PPK_EMPLOYEE,
                {ISSUE_LETTER: DELIVERED},
                {ISSUE_LETTER: Letter(SURAT_PENUGASAN, EMPLOYEE, (PUO_OWNER,))},
                rule="R17",
                source=_KRA + " Ps 14(3)(c)",
            ),
            _receive("R17", _KRA + " Ps 14(3)(e)"),
        ],
    },
    # R21: volunteering across units (BKS Ps 90(3): known by the PPK first).
    (LINTAS_UNIT, SUKARELA): {
        "rule": "R21",
        "source": _KRA + " Ps 15(3); " + _MUN + " B.b.2.c",
        "steps": [
            Step(
                DRAFT,
                _("The employee asks the owning unit's PUO to be involved"),
                EMPLOYEE,
                {SEND: PPK_NOTICE},
                {SEND: Letter(PERMOHONAN_SUKARELA, PUO_OWNER, (PPK_EMPLOYEE, PUO_EMPLOYEE))},
                names_employee=True,
                rule="R21",
                source=_KRA + " Ps 15(3)(a)",
            ),
            _ppk_notice(OWNER_REVIEW, "R21"),
            Step(
                OWNER_REVIEW,
                _("The owning unit's PUO approves or refuses the request"),
                PUO_OWNER,
                {APPROVE: APPROVED, REFUSE: REFUSED},
                {APPROVE: Letter(PERSETUJUAN, EMPLOYEE), REFUSE: Letter(JAWABAN, EMPLOYEE)},
                rule="R21",
                source=_KRA + " Ps 15(3)(b)",
            ),
            Step(
                APPROVED,
                _("The employee forwards the approval to his own PPK"),
                EMPLOYEE,
                {FORWARD: PPK_REVIEW},
                {FORWARD: Letter(PERSETUJUAN, PPK_EMPLOYEE, (PUO_EMPLOYEE,))},
                rule="R21",
                source=_KRA + " Ps 15(3)(b)",
            ),
            Step(
                PPK_REVIEW,
                _("The employee's PPK approves and issues the assignment letter, or refuses"),
                PPK_EMPLOYEE,
                {ISSUE_LETTER: DELIVERED, REFUSE: REFUSED},
                {
                    ISSUE_LETTER: Letter(SURAT_PENUGASAN, EMPLOYEE, (PUO_OWNER,)),
                    REFUSE: Letter(JAWABAN, EMPLOYEE, (PUO_OWNER,)),
                },
                rule="R21",
                source=_KRA + " Ps 15(3)(c)",
            ),
            _receive("R21", _KRA + " Ps 15(3)(d)"),
        ],
    },
    # R18: appointment across agencies, through the PyB of both agencies.
    (LINTAS_INSTANSI, PENUNJUKAN): {
        "rule": "R18",
        "source": _KRA + " Ps 14(4); " + _MUN + " B.b.1.c",
        "steps": [
            Step(
                DRAFT,
                _("The owning unit's PUO sends the request to his agency's PyB"),
                PUO_OWNER,
                {SEND: REQUESTER_PYB},
                {SEND: Letter(PERMOHONAN_PELIBATAN, PYB_REQUESTER, (PPK_OWNER,))},
                checks=("request",),
                rule="R18",
                source=_KRA + " Ps 14(4)(a), 14(5)",
            ),
            Step(
                REQUESTER_PYB,
                _("The requesting agency's PyB forwards the request to the target agency's PyB"),
                PYB_REQUESTER,
                {APPROVE: TARGET_PYB, REFUSE: REFUSED},
                {
                    APPROVE: Letter(PERMOHONAN_PELIBATAN, PYB_TARGET),
                    REFUSE: Letter(JAWABAN, PUO_OWNER, (PPK_OWNER,)),
                },
                rule="R18",
                source=_KRA + " Ps 14(4)(b)",
            ),
            Step(
                TARGET_PYB,
                _("The target agency's PyB approves and instructs the employee's PPK"),
                PYB_TARGET,
                {APPROVE: RECOMMENDATION, REFUSE: REFUSED},
                {
                    APPROVE: Letter(INSTRUKSI, PPK_EMPLOYEE),
                    REFUSE: Letter(JAWABAN, PYB_REQUESTER),
                },
                rule="R18",
                source=_KRA + " Ps 14(4)(c)",
            ),
            Step(
                RECOMMENDATION,
                _("The employee's PUO recommends employees who meet the criteria"),
                PUO_EMPLOYEE,
                {RECOMMEND: AVAILABILITY},
                {RECOMMEND: Letter(REKOMENDASI, PPK_EMPLOYEE)},
                rule="R18",
                source=_KRA + " Ps 14(4)(d)",
            ),
            Step(
                AVAILABILITY,
                _("The employee's PPK answers with the list of names, or that none is available"),
                PPK_EMPLOYEE,
                {PROPOSE_NAMES: NAMES_REVIEW, REFUSE: REFUSED},
                {
                    PROPOSE_NAMES: Letter(JAWABAN, PYB_TARGET),
                    REFUSE: Letter(JAWABAN, PYB_TARGET),
                },
                names_employee=True,
                rule="R18",
                source=_KRA + " Ps 14(4)(d), (e)(1)",
            ),
            Step(
                NAMES_REVIEW,
                _("The target agency's PyB approves the list and answers the requesting PyB"),
                PYB_TARGET,
                {APPROVE: LETTER_DRAFT, REFUSE: REFUSED},
                {
                    APPROVE: Letter(JAWABAN, PYB_REQUESTER),
                    REFUSE: Letter(JAWABAN, PYB_REQUESTER),
                },
                rule="R18",
                source=_KRA + " Ps 14(4)(e)(1)",
            ),
            Step(
                LETTER_DRAFT,
                _("The employee's PUO issues the assignment letter"),
                PUO_EMPLOYEE,
                {ISSUE_LETTER: DELIVERED},
                {ISSUE_LETTER: Letter(SURAT_PENUGASAN, EMPLOYEE, (PYB_TARGET, PPK_EMPLOYEE, PYB_REQUESTER))},
                rule="R18",
                source=_KRA + " Ps 14(4)(e)(2)-(3)",
            ),
            _receive("R18", _KRA + " Ps 14(4)(e)(4)"),
        ],
    },
    # R13 lintas PD, appointment (BKS Ps 89(3) and Ps 8 ff.; see the module docstring).
    (LINTAS_PD, PENUNJUKAN): {
        "rule": "R13",
        "source": _BKS + " Ps 89(3), 8, 17, 26, 35; " + _BRT + " C.1)(3)",
        "steps": [
            Step(
                DRAFT,
                _("The owning PD head sends the request for involvement"),
                PD_HEAD_OWNER,
                {SEND: REQUESTED},
                {SEND: Letter(PERMOHONAN_PELIBATAN, PD_HEAD_EMPLOYEE, (PPK_EMPLOYEE,))},
                checks=("request",),
                rule="R13",
                source=_BKS + " Ps 89(3)(a); " + _BRT + " C.1)(5)",
            ),
            Step(
                REQUESTED,
                _("The head of the employee's PD answers the request"),
                PD_HEAD_EMPLOYEE,
                {APPROVE: RECOMMENDATION, REFUSE: REFUSED},
                {
                    APPROVE: Letter(JAWABAN, PD_HEAD_OWNER),
                    REFUSE: Letter(JAWABAN, PD_HEAD_OWNER),
                },
                rule="R13",
                source=_BKS + " Ps 89(3)(b)",
            ),
            Step(
                RECOMMENDATION,
                _("The employee's PPK recommends an employee who meets the criteria"),
                PPK_EMPLOYEE,
                {RECOMMEND: LETTER_DRAFT},
                {RECOMMEND: Letter(REKOMENDASI, PD_HEAD_OWNER)},
                names_employee=True,
                rule="R13",
                source=_BKS + " Ps 89(3)(b)(1), Ps 8, 26, 35: on the recommendation of the "
                "employee's superior",
            ),
            Step(
                LETTER_DRAFT,
                _("The owning PD head issues the assignment"),
                PD_HEAD_OWNER,
                {ISSUE_LETTER: DELIVERED},
                {ISSUE_LETTER: Letter(SURAT_PENUGASAN, EMPLOYEE, (PD_HEAD_EMPLOYEE, PPK_EMPLOYEE))},
                rule="R13",
                source=_BKS + " Ps 8, 17, 26, 35, 44, 53, 62, 71, 80; " + _BRT + " C.1)(3)(c)",
            ),
            _receive("R13", _BKS + " Ps 89(3)(c)"),
        ],
    },
    # R13 lintas PD, volunteering (BKS Ps 90(3)).
    (LINTAS_PD, SUKARELA): {
        "rule": "R21",
        "source": _BKS + " Ps 90(3)",
        "steps": [
            Step(
                DRAFT,
                _("The employee asks the owning PD head to be involved"),
                EMPLOYEE,
                {SEND: PPK_NOTICE},
                {SEND: Letter(PERMOHONAN_SUKARELA, PD_HEAD_OWNER, (PPK_EMPLOYEE,))},
                names_employee=True,
                rule="R21",
                source=_BKS + " Ps 90(3)(a)",
            ),
            _ppk_notice(OWNER_REVIEW, "R21"),
            Step(
                OWNER_REVIEW,
                _("The owning PD head approves or refuses the request"),
                PD_HEAD_OWNER,
                {APPROVE: APPROVED, REFUSE: REFUSED},
                {APPROVE: Letter(PERSETUJUAN, EMPLOYEE), REFUSE: Letter(JAWABAN, EMPLOYEE)},
                rule="R21",
                source=_BKS + " Ps 90(3)(b)",
            ),
            Step(
                APPROVED,
                _("The employee forwards the approval to his own PD head and PPK"),
                EMPLOYEE,
                {FORWARD: HOME_REVIEW},
                {FORWARD: Letter(PERSETUJUAN, PD_HEAD_EMPLOYEE, (PPK_EMPLOYEE,))},
                rule="R21",
                source=_BKS + " Ps 90(3)(b)",
            ),
            Step(
                HOME_REVIEW,
                _("The head of the employee's PD approves or refuses"),
                PD_HEAD_EMPLOYEE,
                {APPROVE: PPK_REVIEW, REFUSE: REFUSED},
                {REFUSE: Letter(JAWABAN, EMPLOYEE, (PD_HEAD_OWNER,))},
                rule="R21",
                source=_BKS + " Ps 90(3)(c)",
            ),
            Step(
                PPK_REVIEW,
                _("The employee's PPK approves and issues the assignment letter, or refuses"),
                PPK_EMPLOYEE,
                {ISSUE_LETTER: DELIVERED, REFUSE: REFUSED},
                {
                    ISSUE_LETTER: Letter(SURAT_PENUGASAN, EMPLOYEE, (PD_HEAD_OWNER,)),
                    REFUSE: Letter(JAWABAN, EMPLOYEE, (PD_HEAD_OWNER,)),
                },
                rule="R21",
                source=_BKS + " Ps 90(3)(c)",
            ),
            _receive("R21", _BKS + " Ps 90(3)(d)"),
        ],
    },
}

# BRT Lampiran II C.1)(3), C.2)(3): across units the request goes to, and is answered by, "Kepala
# Perangkat Daerah dan/atau Pimpinan Unit Organisasi dituju" (the PPK is not named), who also
# chooses the employee and issues the letter; a volunteer asks his own Kepala PD and/or PUO to
# consent first (option ``request_to`` = ``pd_head_puo``).
_VARIANTS = {
    "pd_head_puo": {
        (LINTAS_UNIT, PENUNJUKAN): {
            "rule": "R17",
            "source": _BRT + " C.1)(3)",
            "steps": [
                Step(
                    DRAFT,
                    _("The owning unit's PUO sends the request for involvement"),
                    PUO_OWNER,
                    {SEND: REQUESTED},
                    {SEND: Letter(PERMOHONAN_PELIBATAN, PUO_EMPLOYEE)},
                    checks=("request",),
                    rule="R17",
                    source=_BRT + " C.1)(3)(a), (5)",
                ),
                Step(
                    REQUESTED,
                    _("The Kepala PD and/or PUO where the employee sits answers the request"),
                    PUO_EMPLOYEE,
                    {APPROVE: LETTER_DRAFT, REFUSE: REFUSED},
                    {APPROVE: Letter(JAWABAN, PUO_OWNER), REFUSE: Letter(JAWABAN, PUO_OWNER)},
                    rule="R17",
                    source=_BRT + " C.1)(3)(b), (d)",
                ),
                Step(
                    LETTER_DRAFT,
                    _("The Kepala PD and/or PUO where the employee sits names the employee and issues the assignment letter"),
                    PUO_EMPLOYEE,
                    {ISSUE_LETTER: DELIVERED},
                    {ISSUE_LETTER: Letter(SURAT_PENUGASAN, EMPLOYEE, (PUO_OWNER,))},
                    names_employee=True,
                    rule="R17",
                    source=_BRT + " C.1)(3)(c)",
                ),
                _receive("R17", _BRT + " C.1)(3)(e)"),
            ],
        },
        (LINTAS_UNIT, SUKARELA): {
            "rule": "R21",
            "source": _BRT + " C.2)(3)",
            "steps": [
                Step(
                    DRAFT,
                    _("The employee asks his own Kepala PD and/or PUO to consent to his request"),
                    EMPLOYEE,
                    {SEND: HOME_REVIEW},
                    {SEND: Letter(PERMOHONAN_SUKARELA, PUO_EMPLOYEE)},
                    names_employee=True,
                    rule="R21",
                    source=_BRT + " C.2)(3)(a)",
                ),
                Step(
                    HOME_REVIEW,
                    _("The employee's Kepala PD and/or PUO consents to the request, or refuses"),
                    PUO_EMPLOYEE,
                    {APPROVE: OWNER_REVIEW, REFUSE: REFUSED},
                    {
                        APPROVE: Letter(PERMOHONAN_SUKARELA, PUO_OWNER, (EMPLOYEE,)),
                        REFUSE: Letter(JAWABAN, EMPLOYEE),
                    },
                    rule="R21",
                    source=_BRT + " C.2)(3)(a)",
                ),
                Step(
                    OWNER_REVIEW,
                    _("The owning unit's Kepala PD and/or PUO approves and issues the assignment letter, or refuses"),
                    PUO_OWNER,
                    {ISSUE_LETTER: DELIVERED, REFUSE: REFUSED},
                    {
                        ISSUE_LETTER: Letter(SURAT_PENUGASAN, EMPLOYEE, (PUO_EMPLOYEE,)),
                        REFUSE: Letter(JAWABAN, EMPLOYEE, (PUO_EMPLOYEE,)),
                    },
                    rule="R21",
                    source=_BRT + " C.2)(3)(b)",
                ),
                _receive("R21", _BRT + " C.2)(3)(c)"),
            ],
        },
    },
}
# R17, R21: who the employee-side requests go to (KRA Ps 14(3)(a): "the PPK where the JF sits").
REQUEST_TO = ("ppk", "pd_head_puo")


# --- options --------------------------------------------------------------------------------


def resolve_options(options):
    """``options`` over the preset its ``key`` names (national when none): :func:`.presets.complete`."""
    return presets.complete(options)


def _invalid(option, value):
    return RuleError(
        "invalid_option",
        _("Invalid work-system option %(option)s: %(value)s"),
        option=option,
        value=repr(value),
    )


def check_options(options):
    """Raise RuleError ``invalid_option`` unless ``options`` (a preset, maybe edited) is valid."""
    opts = resolve_options(options)
    if not set(opts["scopes"]) <= _SCOPE_CODES:
        raise _invalid("scopes", opts["scopes"])
    if opts["within_unit_appointer"] not in APPOINTER_ROLES:
        raise _invalid("within_unit_appointer", opts["within_unit_appointer"])
    if opts["request_to"] not in REQUEST_TO:
        raise _invalid("request_to", opts["request_to"])
    for name in (
        "sukarela_known_by_ppk",
        "ketua_required",
        "coordinator_may_form_teams",
        "ketua_reports_to_ppk",
        "team_letter_by_scope",
        "team_need_binding",
        "ketua_from_penyetaraan",
    ):
        if not isinstance(opts[name], bool):
            raise _invalid(name, opts[name])

    def check_letters(name, letters, complete):
        for scope, by_form in letters.items():
            if scope not in _SCOPE_CODES or not isinstance(by_form, dict):
                raise _invalid(name, scope)
            for form, doc in by_form.items():
                if form not in _FORM_CODES or doc not in _DOC_CODES:
                    raise _invalid(name, f"{scope}/{form}: {doc}")
        if complete and any(
            form not in letters.get(scope, {}) for scope in _SCOPE_CODES for form in _FORM_CODES
        ):
            raise _invalid(name, letters)

    check_letters("letters", opts["letters"], complete=True)
    for kind, letters in opts["letters_by_kind"].items():
        if kind not in KIND_LABELS:
            raise _invalid("letters_by_kind", kind)
        check_letters("letters_by_kind", letters, complete=False)
    months = opts["team_longer_than_months"]
    if months is not None and (not isinstance(months, int) or months < 0):
        raise _invalid("team_longer_than_months", months)
    if not isinstance(opts["team_plan_months"], int) or opts["team_plan_months"] <= 0:
        raise _invalid("team_plan_months", opts["team_plan_months"])
    if opts["team_established_by"] not in (PUO_OWNER, PD_HEAD_OWNER):
        raise _invalid("team_established_by", opts["team_established_by"])
    basis = opts.get("letter_legal_basis")
    if not isinstance(basis, list | tuple) or not all(
            isinstance(line, str) and line.strip() for line in basis):
        raise _invalid("letter_legal_basis", basis)
    regent = opts.get("regent_office")
    if regent is not None and not (isinstance(regent, str) and regent.strip()):
        raise _invalid("regent_office", regent)
    return opts


# --- flows ----------------------------------------------------------------------------------


def _check_scope_method(scope, method, opts):
    if scope not in _SCOPE_CODES or method not in _METHOD_CODES:
        raise RuleError(
            "unknown_flow",
            _("No assignment workflow for scope %(scope)s and method %(method)s."),
            scope=scope,
            method=method,
        )
    # R21: volunteering is possible within and across units, not across agencies
    # (KRA Ps 15(1); MUN Lampiran B.b.2).
    if scope == LINTAS_INSTANSI and method == SUKARELA:
        raise RuleError(
            "sukarela_lintas_instansi",
            _("Volunteering (pengajuan sukarela) is not possible across agencies (R21)."),
        )
    if scope not in opts["scopes"]:
        raise RuleError(
            "scope_not_enabled",
            _("The scope %(scope)s is not provided by this work-system configuration (R13)."),
            scope=dict(SCOPES)[scope],
        )


def flow(scope, method, options=None):
    """The :class:`Flow` of ``scope`` x ``method`` under ``options`` (R16-R21).

    Raises RuleError ``unknown_flow``, ``sukarela_lintas_instansi`` or ``scope_not_enabled``.
    """
    opts = resolve_options(options)
    _check_scope_method(scope, method, opts)
    spec = _VARIANTS.get(opts.get("request_to"), {}).get((scope, method)) or _TABLE[(scope, method)]
    appointer = APPOINTER_ROLES.get(opts["within_unit_appointer"])
    if appointer is None:
        raise _invalid("within_unit_appointer", opts["within_unit_appointer"])

    def role(code):
        return appointer if code == APPOINTER else code

    kept, skip = [], {}
    for step in spec["steps"]:
        if step.when and not opts.get(step.when):
            # a dropped step passes straight on to the state after it
            (skip[step.state],) = set(step.actions.values())
            continue
        kept.append(step)

    def target(state):
        while state in skip:
            state = skip[state]
        return state

    steps = tuple(
        replace(
            step,
            actor=role(step.actor),
            actions={action: target(nxt) for action, nxt in step.actions.items()},
            letters={
                action: Letter(letter.kind, role(letter.to), tuple(map(role, letter.copies)))
                for action, letter in step.letters.items()
            },
        )
        for step in kept
    )
    return Flow(scope, method, spec["rule"], spec["source"], steps)


def _not_allowed(state, action):
    return RuleError(
        "action_not_allowed",
        _("The action %(action)s is not allowed in the state %(state)s."),
        action=_ACTION_LABELS.get(action, action),
        state=_STATE_LABELS.get(state, state),
    )


def needs_reason(action):
    """True when ``action`` must state its reason (R17.4: every refusal)."""
    return action in REASON_ACTIONS


def check_reason(action, reason):
    """Raise RuleError ``reason_required`` when ``action`` needs a reason and has none (R17.4)."""
    if needs_reason(action) and not (reason and str(reason).strip()):
        raise RuleError(
            "reason_required",
            _("A refusal must state its reason (R17.4)."),
        )


def transition(scope, method, state, action, options=None, *, reason=None):
    """The state after ``action`` in ``state``; the gate's answer for the workflow.

    Raises RuleError ``action_not_allowed`` (not an action of this state), ``reason_required``
    (a refusal without reason, R17.4), and the errors of :func:`flow`. ``cancel`` is allowed
    until the assignment letter is issued. Who may act is :func:`may_act`'s question.
    """
    current = flow(scope, method, options)
    if action == CANCEL:
        if current.cancellable(state):
            return CANCELLED
        raise _not_allowed(state, action)
    step = current.step(state)
    if step is None or action not in step.actions:
        raise _not_allowed(state, action)
    check_reason(action, reason)
    return step.actions[action]


def step_at(scope, method, state, options=None):
    """The :class:`Step` of ``state`` (None when terminal); RuleError ``unknown_state`` when the
    flow has no such state."""
    current = flow(scope, method, options)
    step = current.step(state)
    if step is None and state not in TERMINAL:
        raise RuleError(
            "unknown_state",
            _("The assignment workflow has no state %(state)s."),
            state=state,
        )
    return step


def actor_role(scope, method, state, options=None):
    """The role who acts in ``state`` (the one the activity goes to), None when terminal."""
    step = step_at(scope, method, state, options)
    return step.actor if step else None


def may_act(scope, method, state, action, user_roles, options=None):
    """True when a user holding ``user_roles`` (roles of :data:`ROLES` for this record) may do
    ``action`` in ``state`` now. The step's actor acts; the initiator may cancel until the
    letter is issued. Never raises: an unknown flow or state is simply False."""
    roles = set(user_roles or ())
    try:
        current = flow(scope, method, options)
    except RuleError:
        return False
    if action == CANCEL:
        return current.cancellable(state) and current.initiator in roles
    step = current.step(state)
    return bool(step and action in step.actions and step.actor in roles)


def allowed_actions(scope, method, state, user_roles, options=None):
    """The actions a user holding ``user_roles`` may do in ``state`` now, in the step's order
    (for the buttons of the form)."""
    try:
        current = flow(scope, method, options)
    except RuleError:
        return []
    step = current.step(state)
    actions = list(step.actions) if step else []
    actions.append(CANCEL)
    return [a for a in actions if may_act(scope, method, state, a, user_roles, options)]


# --- content of a request, letters, periods -------------------------------------------------


def _blank(value):
    if value is None or value is False:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, int | float):
        return value <= 0
    if hasattr(value, "total_seconds"):
        return value.total_seconds() <= 0
    return not value


def check_request(purpose, competence, target, duration):
    """R19: a request for involvement states at least its purpose, the competence needed, the
    expected performance target and the duration (KRA Ps 14(5); BRT Lampiran II C.1)(5)).

    Raises RuleError ``request_incomplete``; ``params["elements"]`` lists the missing codes of
    :data:`REQUEST_ELEMENTS`, ``params["missing"]`` their English labels.
    """
    given = {"purpose": purpose, "competence": competence, "target": target, "duration": duration}
    missing = [(code, label) for code, label in REQUEST_ELEMENTS if _blank(given[code])]
    if missing:
        raise RuleError(
            "request_incomplete",
            _("The request for involvement must state %(missing)s (R19)."),
            missing="; ".join(label for _code, label in missing),
            elements=tuple(code for code, _label in missing),
        )


def letter_for(scope, form, options=None, pd_kind=None, employee_pd_kind=None):
    """R15: the document (:data:`ASSIGNMENT_DOCS`) that carries an assignment of ``scope`` and
    ``form``, under ``options``; ``pd_kind`` (a kedudukan unit kind) is the kind of the owning
    Perangkat Daerah, for the per-PD documents of BKS Ps 8, 17, 26, 35, 44, 53, 62, 71, 80; when
    no owning unit is set, the kind of the employee's own PD (``employee_pd_kind``) decides."""
    opts = resolve_options(options)
    if scope not in _SCOPE_CODES:
        raise RuleError(
            "unknown_flow",
            _("No assignment workflow for scope %(scope)s and method %(method)s."),
            scope=scope,
            method="-",
        )
    if form not in _FORM_CODES:
        raise RuleError("unknown_form", _("Unknown assignment form: %(form)s"), form=form)
    by_kind = (opts.get("letters_by_kind") or {}).get(pd_kind or employee_pd_kind) or {}
    return (by_kind.get(scope) or {}).get(form) or opts["letters"][scope][form]


def team_member_letter(scope, options=None, pd_kind=None):
    """R15, R22: the document carrying a member's assignment when a team is established: the
    team's decree (Surat Keputusan Tim Kerja), or, where the preset says the letters go by scope
    (``team_letter_by_scope``: MUN Ps 13(5)-(6), BKS Ps 7(5) with Ps 8), :func:`letter_for` of
    the member's scope for a team (a Surat Tugas within the unit, a Keputusan across units)."""
    opts = resolve_options(options)
    if not opts.get("team_letter_by_scope"):
        return SK_TIM_KERJA
    return letter_for(scope, TIM, opts, pd_kind)


def check_period(start, end):
    """Raise RuleError ``period_order`` when ``end`` is before ``start`` (either may be None)."""
    if start and end and end < start:
        raise RuleError(
            "period_order",
            _("The end date %(end)s is before the start date %(start)s."),
            start=str(start),
            end=str(end),
        )


# --- workload (R14) -------------------------------------------------------------------------


def workload(assignments, teams=(), weights=None):
    """R14: a load figure per employee (KRA Ps 12(5)-(6); MUN Lampiran D.2 c.1(d)-(e)).

    ``assignments``: (employee_id, nature) of the *active* individual assignments (nature in
    :data:`NATURES`); ``teams``: (employee_id, team role) of the active team memberships (role
    in :data:`.tim_kerja.ROLES`; pass a team assignment once, here). ``weights`` overrides
    :data:`DEFAULT_WEIGHTS` (a plain count). Returns {employee_id: load}.
    """
    weight = {**DEFAULT_WEIGHTS, **(weights or {})}
    for key, value in weight.items():
        if not isinstance(value, int | float) or value < 0:
            raise RuleError(
                "invalid_weight",
                _("The workload weight of %(kind)s must be a number, zero or more."),
                kind=key,
            )
    load = {}
    for employee_id, kind in [*assignments, *teams]:
        if kind not in weight:
            raise RuleError(
                "unknown_load_kind",
                _("Unknown kind of workload: %(kind)s"),
                kind=kind,
            )
        load[employee_id] = load.get(employee_id, 0) + weight[kind]
    return load


def over_limit(load, limit):
    """R14: who is over ``limit`` (strictly above). ``load`` is :func:`workload`'s dict (returns
    {employee_id: load} of those over) or one figure (returns a bool). ``limit`` None: no limit."""
    if isinstance(load, dict):
        if limit is None:
            return {}
        return {employee_id: value for employee_id, value in load.items() if value > limit}
    return limit is not None and load > limit
