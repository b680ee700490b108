from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import kedudukan
from ..rules import kinerja
from ..rules import positions
from ..rules import presets
from ..rules.errors import RuleError


class AsnKedudukanPolicy(models.Model):
    """A company's kedudukan policy (R5, R6): who is PPK / PUO per unit kind and the jenjang
    ceiling. Filled from a regency preset (``rules/presets/``), then editable."""

    _name = "asn.kedudukan.policy"
    _description = "Kedudukan Policy"
    _inherit = ["mail.thread"]

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company,
        ondelete="cascade",
    )
    preset = fields.Selection(
        presets.preset_selection(), required=True, default="national",
        tracking=True,
        help="The regency whose regulation this policy follows; applying it resets the rules "
        "and the ceiling below.",
    )
    source = fields.Text(string="Legal Basis", help="The articles the policy follows.")
    jf_leader_strict = fields.Boolean(
        string="JF Leaders Appraise Lower Jenjang Only", default=True,
        help="R5: a functional official leading a unit (Kepala Puskesmas, Kepala Sekolah) does "
        "not appraise a functional official of the same jenjang or above.",
    )
    jenjang_ceiling = fields.Boolean(
        string="Apply the Jenjang Ceiling", default=True, tracking=True,
        help="R5: the PPK moves up until the appraiser passes the jenjang ceiling below (and a "
        "functional official leading a unit is compared by jenjang). Off where the regulation "
        "states no ceiling (Denpasar Lampiran B.4, B.6; Bekasi Pasal 33(3), 34(2)).",
    )
    sub_kinds = fields.Char(
        string="Level-3 Unit Kinds", default="subbagian,seksi",
        help="Comma-separated unit kinds whose Pengawas only coordinates (R9) when a rule "
        "says 'leader above the Level-3 unit'.",
    )
    workload_limit = fields.Float(
        default=5.0,
        help="R14: warn when an employee's active assignments and teams weigh more than this.",
    )
    objection_window_days = fields.Integer(
        string="Objection Window (Days)", default=kinerja.OBJECTION_WINDOW_DAYS, tracking=True,
        help="R34: the days after the rating in which the employee may object to the "
        "appraiser's superior; the appraisal becomes final only after them, or once an "
        "objection is decided.",
    )
    rule_ids = fields.One2many("asn.kedudukan.policy.rule", "policy_id", string="Rules", copy=True)
    ceiling_ids = fields.One2many(
        "asn.kedudukan.policy.ceiling", "policy_id", string="Jenjang Ceiling", copy=True
    )

    _sql_constraints = [
        ("company_uniq", "unique(company_id)", "A company has one kedudukan policy."),
    ]

    # -- presets ---------------------------------------------------------------------------

    @api.model
    def _values_from_preset(self, key):
        """Create/write values that reset a policy to the preset ``key`` (R6)."""
        data = presets.PRESETS[key]
        return {
            "preset": key,
            "source": data.get("source") or "",
            "jf_leader_strict": data.get("jf_leader_strict", True),
            "jenjang_ceiling": data.get("jenjang_ceiling", True),
            "sub_kinds": ",".join(data.get("sub_kinds") or kedudukan.DEFAULT_SUB_KINDS),
            "rule_ids": [fields.Command.clear()] + [
                fields.Command.create({
                    "kind": r["kind"], "group": r["group"], "ppk": r["ppk"], "puo": r["puo"],
                    "coordinates": r["coordinates"], "source": r.get("source") or "",
                })
                for r in data["rules"]
            ],
            "ceiling_ids": [fields.Command.clear()] + [
                fields.Command.create({
                    "appraisee": c["appraisee"], "min_position": c.get("min_position") or False,
                    "pd_head": c.get("pd_head", False), "kind": c.get("kind") or False,
                    "puo_too": c.get("puo_too", False),
                })
                for c in data["ceiling"]
            ],
        }

    def action_apply_preset(self):
        """Reset the rules and the ceiling to the chosen preset, then recompute."""
        for policy in self:
            policy.with_context(skasn_no_recompute=True).write(
                self._values_from_preset(policy.preset)
            )
            policy.message_post(body=self.env._(
                "Preset %(preset)s applied.",
                preset=dict(self._fields["preset"]._description_selection(self.env))[policy.preset],
            ))
        self._recompute_companies()
        return True

    @api.model
    def _for_company(self, company):
        """The company's policy, created from the national preset when it has none."""
        policy = self.sudo().search([("company_id", "=", company.id)], limit=1)
        if not policy:
            vals = self._values_from_preset("national")
            vals.update(company_id=company.id, name=company.name)
            policy = self.sudo().with_context(skasn_no_recompute=True).create(vals)
        return policy

    def _work_options(self):
        """The work-system options (R12-R31) of the preset, for rules/penugasan and tim_kerja."""
        self.ensure_one()
        return presets.get_options(self.preset)

    # -- to rules/ -------------------------------------------------------------------------

    def _to_rules(self):
        """The policy as :class:`rules.kedudukan.Policy`; a clear error if it is inconsistent."""
        self.ensure_one()
        data = {
            "key": self.preset,
            "label": self.name,
            "source": self.source or "",
            "jf_leader_strict": self.jf_leader_strict,
            "jenjang_ceiling": self.jenjang_ceiling,
            "sub_kinds": self.sub_kinds or "",
            "rules": self.rule_ids.read(["kind", "group", "ppk", "puo", "coordinates", "source"]),
            "ceiling": self.ceiling_ids.read(
                ["appraisee", "min_position", "pd_head", "kind", "puo_too"]
            ),
        }
        try:
            return kedudukan.policy_from_dict(data)
        except RuleError as err:
            raise ValidationError(err.render(self.env._)) from err

    @api.constrains("rule_ids", "ceiling_ids", "sub_kinds")
    def _check_policy(self):
        for policy in self:
            policy._to_rules()

    @api.constrains("objection_window_days")
    def _check_objection_window_days(self):
        for policy in self:
            try:
                kinerja.check_objection_window_days(policy.objection_window_days)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    def _recompute_companies(self):
        if self.env.context.get("skasn_no_recompute"):
            return
        for company in self.company_id:
            self.env["hr.employee"]._kedudukan_recompute_company(company)

    @api.model_create_multi
    def create(self, vals_list):
        policies = super().create(vals_list)
        policies._recompute_companies()
        return policies

    def write(self, vals):
        res = super().write(vals)
        if set(vals) - {"name", "preset", "workload_limit", "objection_window_days"}:
            self._recompute_companies()
        return res

    def unlink(self):
        if not self.env.context.get("skasn_allow_policy_unlink"):
            raise UserError(self.env._(
                "A company needs its kedudukan policy: apply another preset instead of deleting it."
            ))
        return super().unlink()


class AsnKedudukanPolicyLineMixin(models.AbstractModel):
    _name = "asn.kedudukan.policy.line.mixin"
    _description = "Kedudukan Policy Line"

    policy_id = fields.Many2one(
        "asn.kedudukan.policy", required=True, ondelete="cascade", index=True
    )

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.policy_id._recompute_companies()
        return lines

    def write(self, vals):
        res = super().write(vals)
        self.policy_id._recompute_companies()
        return res

    def unlink(self):
        policies = self.policy_id
        res = super().unlink()
        policies._recompute_companies()
        return res


class AsnKedudukanPolicyRule(models.Model):
    """Who is PPK and who is PUO of the staff placed under a unit kind (R2, R3, R6, R9)."""

    _name = "asn.kedudukan.policy.rule"
    _inherit = ["asn.kedudukan.policy.line.mixin"]
    _description = "Kedudukan Rule"
    _order = "policy_id, kind, group"

    kind = fields.Selection(kedudukan.RULE_KINDS, string="Unit Kind", required=True)
    group = fields.Selection(kedudukan.GROUPS, string="Staff", required=True, default="all")
    ppk = fields.Selection(kedudukan.MODES, string="PPK", required=True, default="leader_head")
    puo = fields.Selection(kedudukan.MODES, string="PUO", required=True, default="leader_head")
    coordinates = fields.Boolean(
        string="Level-3 Pengawas Coordinates", default=True,
        help="R9: a Pengawas skipped by the rule is shown as the coordinator of the staff.",
    )
    source = fields.Char(string="Article")


class AsnKedudukanPolicyCeiling(models.Model):
    """The jenjang ceiling (R5, R6): the lowest position that may appraise a class."""

    _name = "asn.kedudukan.policy.ceiling"
    _inherit = ["asn.kedudukan.policy.line.mixin"]
    _description = "Jenjang Ceiling"
    _order = "policy_id, id"

    appraisee = fields.Selection(
        [*positions.JENJANG, (positions.PELAKSANA, "Pelaksana")],
        required=True,
    )
    min_position = fields.Selection(
        [t for t in positions.JABATAN_TYPES if t[0] in kedudukan.CEILING_POSITIONS],
        string="Lowest Appraiser",
        help="The lowest position class allowed to appraise this class; empty: any.",
    )
    pd_head = fields.Boolean(
        string="Head of PD or Above",
        help="The appraiser must be the head of the Perangkat Daerah or above (Barito Timur).",
    )
    kind = fields.Selection(
        kedudukan.RULE_KINDS, string="Only Under Unit Kind",
        help="Empty: everywhere; else only for staff under the rule of this unit kind.",
    )
    puo_too = fields.Boolean(
        string="PUO Moves Up Too",
        help="The unit leader does not assign this class either: the appraiser the ceiling "
        "finds is also the PUO (Muna Lampiran D.5 b(11)-(12)).",
    )
