from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import kinerja as k
from ..rules import workflow
from ..rules.errors import RuleError
from .asn_constraints import check_deferred_now


class AsnKinerjaRekomendasi(models.Model):
    """A rating recommendation the PPK sees while rating: from the PUO when it is not the PPK
    (R5), from the coordinating Pengawas (R9) and from each ketua for a member, which reaches the
    member's PUO too (R27); each recipient gets an activity to read it."""

    _name = "asn.kinerja.rekomendasi"
    _description = "Rating Recommendation"
    _inherit = ["asn.workflow.mixin", "mail.thread", "mail.activity.mixin",
                "asn.kinerja.line.mixin"]
    _order = "create_date desc, id desc"
    _asn_workflow = workflow.REKOMENDASI
    _asn_activity_type = "sistem_kerja_asn.mail_act_kinerja_recommendation_sent"
    # One recommendation per recommender, role and team on a record, also for two creates at
    # once (issue 11; checked at once by _check_recommender, see asn_constraints.py). An
    # exclusion constraint rather than UNIQUE: it compares the team with NULL as 0 (NULLS NOT
    # DISTINCT needs PostgreSQL 15) and, unlike a unique index, may be deferred.
    _sql_constraints = [
        ("recommender_uniq",
         "EXCLUDE USING btree (kinerja_id WITH =, author_id WITH =, role WITH =, "
         "COALESCE(tim_kerja_id, 0) WITH =) DEFERRABLE INITIALLY DEFERRED",
         "One recommendation per recommender, role and team on a performance record."),
    ]

    author_id = fields.Many2one(
        "hr.employee", string="Recommended By", required=True, index=True, readonly=True,
        default=lambda self: self.env.user.employee_id,
    )
    role = fields.Selection(k.RECOMMENDER_ROLES, required=True)
    tim_kerja_id = fields.Many2one(
        "asn.tim.kerja", string="Work Team", index="btree_not_null",
        domain="[('ketua_id.user_id', '=', uid)]",
        help="For a ketua: the team the member worked in (R27).",
    )
    rating_hasil_kerja = fields.Selection(k.RATINGS, string="Work Results", required=True,
                                          tracking=True)
    rating_perilaku = fields.Selection(k.RATINGS, string="Work Behaviour", required=True,
                                       tracking=True)
    predikat = fields.Selection(k.PREDIKAT, compute="_compute_predikat", string="Suggested Predikat")
    note = fields.Text(string="Grounds", required=True)
    recipient_ids = fields.Many2many(
        "hr.employee", "asn_kinerja_rekomendasi_recipient_rel", "rekomendasi_id", "employee_id",
        string="Sent To", compute="_compute_recipient_ids", store=True,
        help="Whom the recommendation is addressed to when it is sent: the appraiser (PPK), and "
        "for a ketua's recommendation the member's unit leader (PUO) too (R5, R9, R27).",
    )

    @api.depends("role", "author_id", "kinerja_id")
    def _compute_recipient_ids(self):
        """R27: the ketua's recommendation reaches the member's PPK and PUO; R5, R9: the PUO's
        and the coordinator's reach the PPK (rules/kinerja.recommendation_recipients)."""
        for rec in self:
            emp = rec.kinerja_id.sudo().employee_id
            try:
                ids = k.recommendation_recipients(
                    rec.role, ppk_id=emp.ppk_id.id, puo_id=emp.pimpinan_unit_id.id,
                    author_id=rec.author_id.id, employee_id=emp.id,
                ) if rec.role else []
            except RuleError:
                ids = []
            rec.recipient_ids = self.env["hr.employee"].sudo().browse(ids)

    @api.depends("rating_hasil_kerja", "rating_perilaku")
    def _compute_predikat(self):
        for rec in self:
            rec.predikat = k.MATRIX.get((rec.rating_hasil_kerja, rec.rating_perilaku), False)

    @api.depends("employee_id", "author_id")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = self.env._(
                "Recommendation for %(employee)s by %(author)s",
                employee=rec.employee_id.sudo().name or "", author=rec.author_id.sudo().name or "",
            )

    @api.constrains("role", "author_id", "kinerja_id", "tim_kerja_id")
    def _check_recommender(self):
        for rec in self:
            twins = self.sudo().search_count([
                ("kinerja_id", "=", rec.kinerja_id.id), ("author_id", "=", rec.author_id.id),
                ("role", "=", rec.role), ("tim_kerja_id", "=", rec.tim_kerja_id.id),
            ])
            if twins > 1:
                raise ValidationError(self.env._(
                    "One recommendation per recommender, role and team on a performance record."
                ))
            emp = rec.kinerja_id.sudo().employee_id
            team = rec.tim_kerja_id.sudo()
            ketua_of_member = bool(
                team and team.ketua_id == rec.author_id
                and emp in team.member_ids.employee_id
            )
            if rec.role == k.KETUA and not team:
                raise ValidationError(self.env._("A ketua names the team of the member (R27)."))
            try:
                k.check_recommender(
                    rec.role, rec.author_id.id, ppk_id=emp.ppk_id.id,
                    puo_id=emp.pimpinan_unit_id.id, koordinator_id=emp.koordinator_id.id,
                    ketua_of_member=ketua_of_member, employee_id=emp.id,
                )
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err
        check_deferred_now(self, "recommender_uniq")  # a concurrent twin (issue 11)

    def _check_open(self, records=None):
        for record in (records if records is not None else self.sudo().kinerja_id):
            if record.state not in (k.AGREED, k.IN_PROGRESS):
                raise UserError(self.env._(
                    "Recommendations are sent while the performance period runs, before the "
                    "rating."
                ))

    # -- the engine's hooks (asn.workflow.mixin) ---------------------------------------------

    def _asn_prepare_create(self, vals_list):
        self.env["asn.kinerja"]._asn_fill_record(vals_list)
        if self.env.su:
            return
        me = self.env.user.employee_id
        if not me:
            raise UserError(self.env._("Only an employee sends a recommendation."))
        for vals in vals_list:
            vals["author_id"] = me.id  # R5, R9, R27: in the recommender's own name
        self._check_open(self.env["asn.kinerja"].sudo().browse(
            [vals["kinerja_id"] for vals in vals_list]
        ))

    def _asn_after_create(self):
        """The recommendation's own chatter records it; the recommender's activity on the
        performance record is done. Nothing is posted on the record itself: the employee does
        not learn who recommended what, nor how many did (issue 11)."""
        act_type = self.env.ref("sistem_kerja_asn.mail_act_kinerja_recommend")
        for rec in self:
            author = rec.author_id.sudo()
            rec.sudo().message_post(
                body=self.env._("Rating recommendation sent by %(author)s.", author=author.name),
                author_id=author.user_id.partner_id.id or self.env.user.partner_id.id,
                subtype_xmlid="mail.mt_note",
            )
            # Removed, not marked done: "done" would post in the record's chatter, naming the
            # recommender to the employee.
            rec.kinerja_id.sudo().activity_ids.filtered(
                lambda a, u=author.user_id: a.user_id == u and a.activity_type_id == act_type
            ).unlink()

    def _asn_todo(self):
        """R27, R5, R9: each recipient reads the recommendation while the period runs; once the
        record is rated the activity is closed (asn.kinerja._asn_after_step)."""
        record = self.sudo().kinerja_id
        if record.state not in (k.AGREED, k.IN_PROGRESS):
            return []
        summary = self.env._(
            "Read the rating recommendation for %(employee)s",
            employee=record.employee_id.name,
        )
        return [(emp.user_id, summary, record.date_end, None)
                for emp in self.sudo().recipient_ids]

    def _asn_check_write(self, vals):
        if any(r.author_id.user_id != self.env.user for r in self.sudo()):
            raise UserError(self.env._("Only its author changes a recommendation."))
        self._check_open()

    def unlink(self):
        if not self.env.su:
            if any(r.author_id.user_id != self.env.user for r in self.sudo()):
                raise UserError(self.env._("Only its author withdraws a recommendation."))
            self._check_open()
        return super().unlink()
