from odoo import api
from odoo import fields
from odoo import models

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
        """The seven core values (data/asn_kinerja_core_value_data.xml) on each record."""
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
