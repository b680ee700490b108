from odoo import models
from odoo.exceptions import UserError


class AsnAccessMixin(models.AbstractModel):
    """Searches under the record rules of the work and performance models (issue 7).

    Their rules OR a sub-select (the record's participants) with the unit scopes. PostgreSQL
    costs such an OR'ed sub-select by its per-row variant although it runs the hashed one, so the
    estimate of a plain list page passes ``jit_above_cost`` and the query is JIT-compiled: 80-300
    ms of compilation for a 10 ms query (bench/access_bench.py). JIT is turned off for the rest
    of the transaction of a user's search; the superuser (no rules) is left alone.
    """

    _name = "asn.access.mixin"
    _inherit = ["asn.sudo.guard"]  # superuser reads prefetch nothing (issue 11)
    _description = "Sistem Kerja ASN: search under record rules"

    def write(self, vals):
        """The workflow fields (stored and read-only: states, reviewers, numbers, reasons, and
        computed values without an inverse) change only through the buttons, which write as
        superuser: a user's RPC ``write`` cannot skip a step."""
        if not self.env.su:
            locked = [
                field for field in map(self._fields.get, vals)
                if field and field.readonly and field.store
                and not (field.compute and field.inverse)
            ]
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
