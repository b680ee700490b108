from odoo import api
from odoo import fields
from odoo import models
from odoo.tools import plaintext2html

from ..rules import kinerja as k
from ..rules import skp
from ..rules.errors import RuleError


class AsnKinerja(models.Model):
    """The performance record as the SKP of PermenPANRB 6/2022 (issue 15): its expected results
    are the Rencana Hasil Kerja with indicators, the seven BerAKHLAK core values with the
    leader's specific expectations and the PPK's rating, and the periodic evaluations at the
    check-ins the annual rating is drawn from."""

    _inherit = "asn.kinerja"

    behaviour_ids = fields.One2many(
        "asn.kinerja.behaviour", "kinerja_id", string="Core Values (BerAKHLAK)",
    )
    evaluation_ids = fields.One2many(
        "asn.kinerja.evaluation", "kinerja_id", string="Periodic Evaluations",
    )
    suggested_hasil_kerja = fields.Selection(
        k.RATINGS, compute="_compute_suggested", string="Suggested Work Results",
        help="The rating given most often at the periodic evaluations (a tie: the latest).",
    )
    suggested_perilaku = fields.Selection(
        k.RATINGS, compute="_compute_suggested", string="Suggested Work Behaviour",
    )
    # The periodic evaluations of a new record: the company's (R34 b, PermenPANRB 6/2022).
    checkin_frequency = fields.Selection(default=lambda self: self._asn_default_checkin())
    distribution_warning = fields.Text(
        compute="_compute_distribution_warning",
        help="Shown while the period runs and after the rating, until it is final: the bounds "
        "of the organisation's predikat the PD's distribution with this rating would not meet "
        "(PermenPANRB 6/2022). A warning, never a refusal.",
    )
    suggested_predikat = fields.Selection(
        k.PREDIKAT, compute="_compute_suggested",
        help="The predikat of the suggested pair (PermenPANRB 6/2022 matrix); the appraiser "
        "gives the annual rating.",
    )

    @api.depends("evaluation_ids.rating_hasil_kerja", "evaluation_ids.rating_perilaku",
                 "evaluation_ids.date")
    def _compute_suggested(self):
        for rec in self:
            evals = rec.sudo().evaluation_ids.sorted(lambda e: (e.date, e.id))
            try:
                hasil, perilaku, predikat = skp.annual_rating(
                    [(e.rating_hasil_kerja, e.rating_perilaku) for e in evals]
                )
            except RuleError:
                hasil = perilaku = predikat = False
            rec.suggested_hasil_kerja = hasil
            rec.suggested_perilaku = perilaku
            rec.suggested_predikat = predikat

    def _asn_after_create(self):
        res = super()._asn_after_create()
        self._asn_skp_behaviours()
        return res

    def _asn_skp_behaviours(self):
        """The seven core values (data/asn_kinerja_core_value_data.xml) on each record, those
        it misses only: called when a record is made and by the upgrade to 18.0.2.0.0 for the
        records made before the SKP (migrations/18.0.2.0.0/post-migrate.py); idempotent."""
        values = self.env["asn.kinerja.core.value"].sudo().search([])
        lines = []
        for rec in self:
            have = rec.sudo().behaviour_ids.core_value_id
            lines += [{"kinerja_id": rec.id, "core_value_id": v.id} for v in values - have]
        if lines:
            self.env["asn.kinerja.behaviour"].sudo().create(lines)

    def _asn_decide(self, action, **kw):
        """Issue 15: an SKP is agreed with at least one main RHK; a non-JPT's main RHK support
        the superior's (intervensi, R35: the cascade check of the record covers the link)."""
        if action == "agree" and self.sudo().expectation_ids:
            k.check_actor(action, self._kinerja_roles())
            skp.check_intervensi(
                [(e.name, e.kind, e.parent_id.id) for e in self.sudo().expectation_ids],
                self._asn_is_top(),
            )
        return super()._asn_decide(action, **kw)

    @api.model
    def _asn_default_checkin(self):
        """The company's periodic evaluations (its policy's ``checkin_frequency``)."""
        policy = self.env["asn.kedudukan.policy"]._for_company(self.env.company)
        return policy.sudo().checkin_frequency or "quarterly"

    @api.depends("state", "predikat", "perangkat_daerah_id", "year")
    def _compute_distribution_warning(self):
        """RULES.md §E: before the appraiser's rating becomes final, whether the PD's
        distribution of predikat with this record's would still fit the organisation's
        predikat (asn.kinerja.org.predikat). The organisation's predikat bounds the
        distribution; the PPK still rates each employee on his own results and behaviour (R2):
        warned, not refused."""
        warnings = self.env["asn.kinerja.org.predikat"]._asn_warnings(self)
        for rec in self:
            rec.distribution_warning = warnings.get(rec.id, False)

    def _asn_after_step(self, action, before, **kw):
        """Rated with a distribution that does not fit: a note on the record for the appraiser
        and whoever makes it final (the step goes on; the form shows the warning until the
        appraisal is final)."""
        res = super()._asn_after_step(action, before, **kw)
        if action == "rate":
            self.invalidate_recordset(["distribution_warning"])
            if self.distribution_warning:
                self.sudo().message_post(
                    body=plaintext2html(self.distribution_warning),
                    subtype_xmlid="mail.mt_note",
                )
        return res
