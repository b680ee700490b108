from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import bounds
from ..rules import kinerja as k
from ..rules import workflow
from ..rules.errors import RuleError

# Who writes what (rules/kinerja.py EDIT): the periodic ratings and the feedback are the PPK's
# (R2); the realisation notes are written like the achieved results.
RATING_FIELDS = {"rating_hasil_kerja", "rating_perilaku", "behaviour_feedback", "feedback"}


def _check_lines_edit(lines, names):
    """Refuse ``names`` on evaluations or their lines by the current user's roles."""
    for record in lines.sudo().kinerja_id:
        roles = record.with_env(lines.env)._kinerja_roles()
        try:
            if names & RATING_FIELDS:
                k.check_edit("rating", roles, record.state)
            if names - RATING_FIELDS:
                k.check_edit("achievement", roles, record.state)
        except RuleError as err:
            raise UserError(err.render(lines.env._)) from err


class AsnKinerjaEvaluation(models.Model):
    """A periodic evaluation at a check-in (R34 b; quarterly or monthly, the record's
    check-ins): the realisation of each RHK with the appraiser's feedback, the feedback on the
    behaviour and the periodic rating pair the annual rating is drawn from (issue 15)."""

    _name = "asn.kinerja.evaluation"
    _inherit = ["asn.workflow.mixin"]
    _description = "Periodic Evaluation"
    _order = "kinerja_id, date, id"
    _asn_workflow = workflow.SKP_EVALUATION

    kinerja_id = fields.Many2one(
        "asn.kinerja", string="Performance Record", required=True, index=True,
        ondelete="cascade",
    )
    employee_id = fields.Many2one(related="kinerja_id.employee_id", store=True, index=True)
    company_id = fields.Many2one(related="kinerja_id.company_id", store=True, index=True)
    name = fields.Char(string="Period", required=True, help="e.g. Quarter I.")
    date = fields.Date(string="Check-in Date", required=True, default=fields.Date.context_today)
    rating_hasil_kerja = fields.Selection(k.RATINGS, string="Work Results")
    rating_perilaku = fields.Selection(k.RATINGS, string="Work Behaviour")
    predikat = fields.Selection(k.PREDIKAT, compute="_compute_predikat")
    realisation_note = fields.Text(string="Employee's Notes")
    behaviour_feedback = fields.Text(string="Feedback on the Behaviour")
    line_ids = fields.One2many(
        "asn.kinerja.evaluation.line", "evaluation_id", string="Realisation per Work Result",
        copy=True,
    )

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
        _check_lines_edit(self, set(vals) - {"line_ids"})

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


class AsnKinerjaEvaluationLine(models.Model):
    """The realisation of one RHK at a periodic evaluation, with the appraiser's feedback."""

    _name = "asn.kinerja.evaluation.line"
    _inherit = ["asn.workflow.mixin"]
    _description = "Periodic Evaluation Line"
    _order = "evaluation_id, id"
    _asn_workflow = workflow.SKP_EVALUATION_LINE

    evaluation_id = fields.Many2one(
        "asn.kinerja.evaluation", required=True, index=True, ondelete="cascade",
    )
    kinerja_id = fields.Many2one(related="evaluation_id.kinerja_id", store=True, index=True)
    employee_id = fields.Many2one(related="evaluation_id.employee_id", store=True, index=True)
    company_id = fields.Many2one(related="evaluation_id.company_id", store=True, index=True)
    expectation_id = fields.Many2one(
        "asn.kinerja.expectation", string="Work Result Plan", required=True,
        domain="[('kinerja_id', '=', kinerja_id)]", ondelete="cascade",
    )
    realisation = fields.Text()
    feedback = fields.Text(string="Appraiser's Feedback")

    @api.constrains("expectation_id", "evaluation_id")
    def _check_expectation(self):
        for rec in self.sudo():
            if rec.expectation_id.kinerja_id != rec.evaluation_id.kinerja_id:
                raise ValidationError(self.env._(
                    "A periodic evaluation evaluates the work results of its own record."
                ))

    def _asn_check_write(self, vals):
        _check_lines_edit(self, set(vals))

    def _asn_check_created(self):
        for rec in self:
            _check_lines_edit(rec, {"expectation_id"} | ({"feedback"} if rec.feedback else set()))
