from odoo import SUPERUSER_ID
from odoo import api
from odoo import models


def superuser_for_a_user(env):
    """The environment is superuser (``sudo()``, a related or stored computed field) while a
    real user, not the superuser, is behind the request."""
    return env.su and env.uid != SUPERUSER_ID


def fetch_only(records, field, allowed):
    """Fetch ``field`` of ``records`` with only the stored fields named in ``allowed`` of its
    prefetch group, not every field Odoo's ``_fetch_field`` would prefetch (a non-stored one
    would bring its stored dependencies, whatever they are)."""
    fnames = [
        name for name, f in records._fields.items()
        if name in allowed and f.store and f.prefetch == field.prefetch
    ]
    if field.name not in fnames:
        fnames.append(field.name)
    records.fetch(fnames)


class AsnSudoGuard(models.AbstractModel):
    """A superuser read made for a user puts in the cache only the field it asked for (issue 11).

    Odoo 18 keeps one ORM cache per transaction, shared by ``sudo()`` and the user's own
    environment. Reading one field as superuser fetches every field of its prefetch group
    (``BaseModel._fetch_field``: in sudo every field is "accessible"), and a value found in the
    cache is served to the user with no access check (``Field.__get__``; ``export_data`` then
    follows ``employee_id/nip`` into it). Superuser reads on behalf of a user are everywhere:
    our ``sudo()`` calls, related and stored computed fields (computed as superuser), Odoo's own
    display names of many2one values and record-rule checks (``filtered_domain`` in sudo).

    So, while the environment is superuser but the user is a real one (``uid`` is not the
    superuser's), a cache miss fetches the field asked for plus only the fields
    :meth:`_asn_sudo_prefetch` names: nothing for the work and performance models, the public
    profile (``hr.employee.public``) for employees (``hr.employee._fetch_field`` applies the
    same two functions). The user's own (non-sudo) reads are left to Odoo: they prefetch what the
    user may read, under the record rules.
    """

    _name = "asn.sudo.guard"
    _description = "Sistem Kerja ASN: superuser reads fetch only what they ask"

    @api.model
    def _asn_sudo_prefetch(self):
        """Names of the fields a superuser read made for a user may prefetch with the field it
        asks for: those every user who meets the record may read anyway."""
        return frozenset()

    def _fetch_field(self, field):
        if superuser_for_a_user(self.env) and field.prefetch \
                and self._context.get("prefetch_fields", True):
            return fetch_only(self, field, self._asn_sudo_prefetch())
        return super()._fetch_field(field)
