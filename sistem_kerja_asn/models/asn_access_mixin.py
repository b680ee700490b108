from odoo import api
from odoo import models
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError

from ..rules import bounds
from ..rules import workflow
from ..rules.errors import RuleError


class AsnAccessMixin(models.AbstractModel):
    """Searches under the record rules of the work and performance models (issue 7).

    Their rules OR a sub-select (the record's participants) with the unit scopes. PostgreSQL
    costs such an OR'ed sub-select by its per-row variant although it runs the hashed one, so the
    estimate of a plain list page passes ``jit_above_cost`` and the query is JIT-compiled: 80-300
    ms of compilation for a 10 ms query (bench/regency_bench.py, measure c). JIT is turned off
    for the rest of the transaction of a user's search; the superuser (no rules) is left alone.
    """

    _name = "asn.access.mixin"
    _inherit = ["asn.sudo.guard"]  # superuser reads prefetch nothing (issue 11)
    _description = "Sistem Kerja ASN: search under record rules"

    @api.model
    def _asn_locked_fields(self):
        """Stored fields users never set: read-only ones without an inverse (workflow fields,
        computed values such as a predikat, related copies such as a line's company)."""
        return frozenset(
            name for name, field in self._fields.items()
            if field.store and field.readonly and not (field.compute and field.inverse)
            and name not in models.MAGIC_COLUMNS and name != "display_name"
        )

    @api.model
    def _asn_refuse_locked_on_create(self, vals_list):
        """Issue 11: a user's create may not give a value to a locked field (Odoo would store
        it as given: a computed field named in ``create`` is protected from its compute) beyond
        its empty or default value (rules/workflow.check_create decides)."""
        if self.env.su:
            return
        spec = workflow.Spec(model=self._name, initial=None,
                             engine_fields=self._asn_locked_fields())
        for vals in vals_list:
            names = set(vals) & spec.engine_fields
            if not names:
                continue
            try:
                workflow.check_create(spec, vals, self.default_get(list(names)))
            except RuleError as err:
                labels = ", ".join(self._fields[n]._description_string(self.env)
                                   for n in err.params["fields"])
                raise UserError(RuleError(err.code, err.template, fields=labels)
                                .render(self.env._)) from err

    @api.model_create_multi
    def create(self, vals_list):
        if getattr(self, "_asn_workflow", None) is None:  # the engine checks its documents
            self._asn_refuse_locked_on_create(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        """The workflow fields (stored and read-only: states, reviewers, numbers, reasons, and
        computed values without an inverse) change only through the buttons, which write as
        superuser: a user's RPC ``write`` cannot skip a step."""
        if not self.env.su:
            locked = [self._fields[name] for name in sorted(set(vals) & self._asn_locked_fields())]
            if locked:
                raise UserError(self.env._(
                    "%(fields)s can only be changed by the workflow buttons, which keep the "
                    "state and its history consistent.",
                    fields=", ".join(f._description_string(self.env) for f in locked),
                ))
        return super().write(vals)

    def _search(self, domain, *args, **kwargs):
        if not self.env.su:
            self.env.cr.execute("SET LOCAL jit = off")
        return super()._search(domain, *args, **kwargs)

    def _asn_check_period(self, fnames, start="date_start", end="date_end", calendar_year=False):
        """Issue 11: the dates ``fnames`` between 1900 and 2099 and the period from ``start`` to
        ``end`` bounded (rules/bounds.check_period)."""
        labels = {name: self._fields[name]._description_string(self.env) for name in fnames}
        for rec in self:
            try:
                bounds.check_period({labels[n]: rec[n] for n in fnames}, rec[start], rec[end],
                                    calendar_year=calendar_year)
            except RuleError as err:
                raise ValidationError(err.render(self.env._)) from err
