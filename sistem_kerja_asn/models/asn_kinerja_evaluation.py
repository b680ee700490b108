from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import bounds
from ..rules import kinerja as k
from ..rules import skp_period
from ..rules import workflow
from ..rules.errors import RuleError

# Who writes what (rules/kinerja.py EDIT): the periodic ratings and the feedback are the PPK's
# (R2); the realisation notes are written like the achieved results.
RATING_FIELDS = {"rating_hasil_kerja", "rating_perilaku", "behaviour_feedback", "feedback"}


class AsnKinerjaEvaluation(models.Model):
    """A periodic evaluation at a check-in (R34 b; quarterly or monthly, the record's
    check-ins): the realisation of each RHK with the appraiser's feedback, the feedback on the
    behaviour and the periodic rating pair the annual rating is drawn from (issue 15)."""

    _name = "asn.kinerja.evaluation"
    _inherit = ["asn.workflow.mixin", "asn.kinerja.line.mixin"]
    _description = "Periodic Evaluation"
    _order = "kinerja_id, date, id"
    _asn_workflow = workflow.SKP_EVALUATION
    _asn_line_edit = {"rating": RATING_FIELDS}
    _asn_line_other_edit = "achievement"

    # The record, its employee and company: asn.kinerja.line.mixin.
    kinerja_id = fields.Many2one(required=True)
    employee_id = fields.Many2one(readonly=True)
    name = fields.Char(
        string="Period", required=True, compute="_compute_name", store=True, readonly=False,
        precompute=True, help="e.g. Quarter I: the evaluation period, named after it.",
    )
    date = fields.Date(string="Check-in Date", required=True, default=fields.Date.context_today)
    period = fields.Selection(
        skp_period.PERIODS, string="Evaluation Period", compute="_compute_period", store=True,
        readonly=False, precompute=True,
        help="The quarter or the month evaluated: the record's periodic evaluations (quarterly "
        "by default, monthly where the company's policy says, PermenPANRB 6/2022).",
    )
    rating_hasil_kerja = fields.Selection(k.RATINGS, string="Work Results")
    rating_perilaku = fields.Selection(k.RATINGS, string="Work Behaviour")
    predikat = fields.Selection(k.PREDIKAT, compute="_compute_predikat")
    realisation_note = fields.Text(string="Employee's Notes")
    behaviour_feedback = fields.Text(string="Feedback on the Behaviour")
    line_ids = fields.One2many(
        "asn.kinerja.evaluation.line", "evaluation_id", string="Realisation per Work Result",
        copy=True,
    )

    @api.depends("date", "kinerja_id.checkin_frequency")
    def _compute_period(self):
        for rec in self:
            rec.period = skp_period.period_of(
                rec.date, rec.kinerja_id.sudo().checkin_frequency) or rec.period or False

    @api.depends("period")
    def _compute_name(self):
        """The name of the period evaluated, unless the evaluation was named otherwise."""
        labels = {code: self.env._(label) for code, label in skp_period.PERIODS}
        for rec in self:
            if rec.period and (not rec.name or rec.name in labels.values()):
                rec.name = labels[rec.period]

    @api.constrains("period", "kinerja_id")
    def _check_period(self):
        """R34 b: a quarterly record is evaluated per quarter, a monthly one per month."""
        for rec in self.filtered("period"):
            frequency = rec.kinerja_id.sudo().checkin_frequency
            offered = skp_period.periods(frequency)
            if offered and rec.period not in dict(offered):
                raise ValidationError(self.env._(
                    "This record is evaluated %(frequency)s: choose one of %(periods)s.",
                    frequency=dict(self.env["asn.kinerja"]._fields["checkin_frequency"]
                                   ._description_selection(self.env))[frequency].lower(),
                    periods=", ".join(self.env._(label) for _code, label in offered),
                ))

    @api.depends("rating_hasil_kerja", "rating_perilaku")
    def _compute_predikat(self):
        for rec in self:
            rec.predikat = k.MATRIX.get((rec.rating_hasil_kerja, rec.rating_perilaku), False)

    @api.constrains("date", "kinerja_id")
    def _check_date(self):
        for rec in self:
            record = rec.kinerja_id.sudo()
            try:
                bounds.check_within(rec.date, record.date_start, record.date_end)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err

    def _asn_check_write(self, vals):
        self._asn_check_line_edit(set(vals) - {"line_ids"})

    def _asn_check_created(self):
        """R34 b: a check-in is held by the PPK and the employee while the period runs."""
        for record in self.sudo().kinerja_id:
            try:
                k.check_note("checkin", record.with_env(self.env)._kinerja_roles(),
                             record.state)
            except RuleError as err:
                raise UserError(err.render(self.env._)) from err
        for rec in self:
            rec._asn_check_write({n: True for n in ("rating_hasil_kerja", "behaviour_feedback")
                                  if rec[n]})
