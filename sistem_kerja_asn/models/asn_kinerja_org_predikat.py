from collections import Counter

from odoo import api
from odoo import fields
from odoo import models
from odoo.exceptions import ValidationError

from ..rules import kinerja as k
from ..rules import skp

# A predikat counts once the PPK has rated (R34), as in the recap (asn.kinerja.recap.wizard).
RATED_STATES = (k.RATED, k.FINAL)
# The states in which the appraiser is warned before the rating becomes final: the ratings are
# typed while the period runs, given with "rate", made final with "finalise".
WARNED_STATES = (k.IN_PROGRESS, k.RATED)


def _counts_by_pd(env, pd_ids, years, exclude_ids=()):
    """{(PD id, year): Counter({predikat: number})} of the rated records of those PD and years
    (read as superuser: only numbers leave this function)."""
    if not pd_ids or not years:
        return {}
    domain = [
        ("perangkat_daerah_id", "in", list(pd_ids)), ("year", "in", list(years)),
        ("state", "in", RATED_STATES), ("predikat", "!=", False),
    ]
    if exclude_ids:
        domain.append(("id", "not in", list(exclude_ids)))
    groups = env["asn.kinerja"].sudo()._read_group(
        domain, ["perangkat_daerah_id", "year", "predikat"], ["__count"],
    )
    result = {}
    for pd, year, predikat, count in groups:
        result.setdefault((pd.id, year), Counter())[predikat] += count
    return result


def _count_field(code, share=False):
    """The number (or the share in %) of the rated employees with the predikat ``code``."""
    label = dict(k.PREDIKAT)[code]
    if share:
        return fields.Float(string=label + " (%)", digits=(5, 1),
                            compute="_compute_distribution")
    return fields.Integer(string=label, compute="_compute_distribution")


def _render(env, problems):
    return "\n".join(err.render(env._) for err in problems)


class AsnKinerjaOrgPredikat(models.Model):
    """The predikat of an organisation (a Perangkat Daerah) for a year, entered by the regent's
    side (the regional HR office): it bounds how the predikat of its employees are distributed
    (PermenPANRB 6/2022 evaluation guidance, RULES.md §E; rules/skp.DISTRIBUTION). The counts,
    shares and the check are computed from the rated performance records of the PD."""

    _name = "asn.kinerja.org.predikat"
    _description = "Organisation Predikat"
    _inherit = ["mail.thread"]
    _order = "year desc, perangkat_daerah_id"
    _rec_names_search = ["perangkat_daerah_id"]

    company_id = fields.Many2one(
        "res.company", string="Government", required=True, index=True, tracking=True,
        default=lambda self: self.env.company,
    )
    perangkat_daerah_id = fields.Many2one(
        "hr.department", string="Regional Agency (PD)", required=True, index=True,
        tracking=True, ondelete="cascade",
        domain="[('is_perangkat_daerah', '=', True), ('company_id', '=', company_id)]",
    )
    year = fields.Integer(
        required=True, index=True, tracking=True,
        default=lambda self: fields.Date.context_today(self).year,
    )
    predikat = fields.Selection(
        skp.ORG_PREDIKAT, string="Organisation Predikat", required=True, tracking=True,
        help="The predikat of the organisation's performance for the year, given by the "
        "regent's side; it bounds the distribution of its employees' predikat.",
    )
    note = fields.Text(tracking=True, help="The decision or evaluation the predikat comes from.")
    # The rated employees per predikat of the PD for the year, and their share (%).
    count_sangat_baik = _count_field(k.SANGAT_BAIK)
    count_baik = _count_field(k.BAIK)
    count_butuh_perbaikan = _count_field(k.BUTUH_PERBAIKAN)
    count_kurang = _count_field(k.KURANG)
    count_sangat_kurang = _count_field(k.SANGAT_KURANG)
    share_sangat_baik = _count_field(k.SANGAT_BAIK, share=True)
    share_baik = _count_field(k.BAIK, share=True)
    share_butuh_perbaikan = _count_field(k.BUTUH_PERBAIKAN, share=True)
    share_kurang = _count_field(k.KURANG, share=True)
    share_sangat_kurang = _count_field(k.SANGAT_KURANG, share=True)
    count_total = fields.Integer(string="Rated", compute="_compute_distribution")
    distribution_fits = fields.Boolean(
        compute="_compute_distribution",
        help="Whether the rated employees' predikat fit the bounds of the organisation's "
        "predikat (PermenPANRB 6/2022 evaluation guidance).",
    )
    distribution_problems = fields.Text(
        string="Distribution Check", compute="_compute_distribution",
    )

    _sql_constraints = [
        ("pd_year_uniq", "UNIQUE (perangkat_daerah_id, year)",
         "A regional agency has one organisation predikat per year."),
    ]

    @api.depends("perangkat_daerah_id", "year")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = "%s %s" % (rec.perangkat_daerah_id.sudo().name or "",
                                          rec.year or "")

    @api.constrains("company_id", "perangkat_daerah_id")
    def _check_company(self):
        for rec in self:
            pd = rec.perangkat_daerah_id.sudo()
            if not pd.is_perangkat_daerah or pd.company_id != rec.company_id:
                raise ValidationError(self.env._(
                    "The organisation predikat is given to a regional agency (PD) of its "
                    "government."
                ))

    @api.depends("perangkat_daerah_id", "year", "predikat")
    def _compute_distribution(self):
        counts = _counts_by_pd(self.env, set(self.perangkat_daerah_id.ids),
                               set(self.mapped("year")))
        for rec in self:
            rec._asn_set_distribution(counts.get((rec.perangkat_daerah_id.id, rec.year),
                                                 Counter()))

    def _asn_set_distribution(self, counts):
        shares = skp.distribution(counts)
        for code, _label in k.PREDIKAT:
            self["count_" + code] = counts.get(code, 0)
            self["share_" + code] = round(shares[code] * 100, 1)
        self.count_total = sum(counts.values())
        problems = skp.check_distribution(self.predikat, counts) if self.predikat else []
        self.distribution_fits = not problems
        self.distribution_problems = _render(self.env, problems) or False

    @api.model
    def _asn_for(self, pd_ids, years):
        """{(PD id, year): organisation predikat record}, read as superuser (every employee
        of the government may read them; the check needs them whoever asks)."""
        recs = self.sudo().search([
            ("perangkat_daerah_id", "in", list(pd_ids)), ("year", "in", list(years)),
        ]) if pd_ids and years else self.sudo().browse()
        return {(rec.perangkat_daerah_id.id, rec.year): rec for rec in recs}


    @api.model
    def _asn_warnings(self, records):
        """{record id: warning} for the performance ``records`` before their rating is final
        (RULES.md §E): the bounds of their PD's organisation predikat that the PD's rated
        predikat with this record's would not meet. None for a record without a predikat yet,
        outside the states warned in, or of a PD without an organisation predikat."""
        todo = records.filtered(lambda r: r.state in WARNED_STATES and r.predikat
                                and r.perangkat_daerah_id and r.year)
        if not todo:
            return {}
        pds, years = set(todo.perangkat_daerah_id.ids), set(todo.mapped("year"))
        orgs = self._asn_for(pds, years)
        counts = _counts_by_pd(self.env, pds, years, exclude_ids=todo.ids)
        labels = dict(self._fields["predikat"]._description_selection(self.env))
        warnings = {}
        for rec in todo:
            key = (rec.perangkat_daerah_id.id, rec.year)
            org = orgs.get(key)
            if not org:
                continue
            with_me = Counter(counts.get(key, Counter()))
            with_me[rec.predikat] += 1
            problems = skp.check_distribution(org.predikat, with_me)
            if problems:
                warnings[rec.id] = self.env._(
                    "With this rating, the predikat of %(pd)s for %(year)s would not fit the "
                    "organisation predikat %(org)s:\n%(problems)s",
                    pd=org.perangkat_daerah_id.name, year=rec.year, org=labels[org.predikat],
                    problems=_render(self.env, problems),
                )
        return warnings
