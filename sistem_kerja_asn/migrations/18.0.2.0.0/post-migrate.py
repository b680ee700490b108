# Copyright 2026 sistem_kerja_asn contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""18.0.1.0.0 -> 18.0.2.0.0, after the module's data is loaded (scripts/upgrade-test.sh checks it).

What changed between the releases (no field or state was renamed, no selection value removed; new
columns get their defaults from Odoo):

1. ``asn.kedudukan.policy.jenjang_ceiling`` is new (R5 applies at all): a policy gets its
   preset's value (DPS Lamp B.4, B.6; BKS Ps 34(2): no jenjang ceiling), not the field's default
   True, like the options ``_asn_fill_missing_options`` fills from the preset.
2. The stored computed fields the new release computes differently (who takes part in an
   assignment, a team, a report, an escalation, who a recommendation is sent to, the owning unit
   of an escalation, an assignment's load) keep the values of the old rules until a dependency
   changes: they are recomputed for every record, so record rules read by the new rules. Fields
   a user may edit (computed with ``readonly=False``) keep their values.
3. The kedudukan of every employee (PPK, PUO, coordinator: R2-R9) is resolved again by the new
   rules (new modes level2_head / one_level_pd_head), as on install (post_init_hook).
4. The performance record is the SKP of PermenPANRB 6/2022 (issue 15): a record made before has
   no work behaviour lines; it gets the seven BerAKHLAK core values a new record is made with
   (``asn.kinerja._asn_skp_behaviours``, idempotent: a record keeps the lines it has).
5. An HR clerk of a PD sees only the employees of the PDs he administers: a clerk administering
   none gets the PD he works in (a warning in the log for a clerk who works in none).
"""

import logging

from odoo import SUPERUSER_ID
from odoo import api
from odoo.addons.sistem_kerja_asn.rules import presets

_logger = logging.getLogger(__name__)


def _policy_ceiling_from_preset(env):
    """1. The new jenjang_ceiling of each existing policy from its preset (R5)."""
    for key, data in presets.PRESETS.items():
        ceiling = bool(data.get("jenjang_ceiling", True))
        env.cr.execute(
            "UPDATE asn_kedudukan_policy SET jenjang_ceiling = %s WHERE preset = %s",
            (ceiling, key),
        )


def _recompute_stored(env):
    """2. Recompute the addon's read-only stored computed fields on every record."""
    module_models = env["ir.model.data"].search(
        [("module", "=", "sistem_kerja_asn"), ("model", "=", "ir.model")]
    )
    names = env["ir.model"].browse(module_models.mapped("res_id")).mapped("model")
    for name in sorted(names):
        model = env.get(name)
        if (model is None or model._abstract or model._transient or not model._auto
                or model._original_module != "sistem_kerja_asn"):
            continue  # not a model of the addon's own (hr.employee, hr.department: Odoo's)
        todo = [
            f for f in model._fields.values()
            if f.store and f.compute and f.readonly and not f.related
        ]
        if not todo:
            continue
        records = model.with_context(active_test=False).search([])
        _logger.info("recomputing %s on %s %s records", [f.name for f in todo], len(records), name)
        for field in todo:
            env.add_to_compute(field, records)
    # one flush: a field computed from another model's recomputed field (an escalation's
    # participants from its team's) gets it computed first
    env.flush_all()


def _admin_pd_of_clerks(env):
    """5. An HR clerk of a PD (Admin Kepegawaian PD) sees the employees of the PDs he administers
    (``res.users.asn_admin_pd_ids``, issue 12): a clerk who administers none yet gets the PD he
    works in himself, so that he keeps seeing his colleagues after the upgrade."""
    group = env.ref("sistem_kerja_asn.group_admin_pd", raise_if_not_found=False)
    wide = env.ref("sistem_kerja_asn.group_admin_daerah", raise_if_not_found=False)
    if not group:
        return
    for user in group.users.filtered(lambda u: not u.asn_admin_pd_ids and not (wide and wide in u.groups_id)):
        pds = user.employee_ids.department_id.perangkat_daerah_id
        if pds:
            user.asn_admin_pd_ids = [(6, 0, pds.ids)]
            _logger.info("HR clerk %s administers %s", user.login, ", ".join(pds.mapped("name")))
        else:
            _logger.warning("HR clerk %s works in no Perangkat Daerah: give him the PDs he "
                            "administers (Settings > Users)", user.login)


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {"active_test": False, "tracking_disable": True})
    _policy_ceiling_from_preset(env)
    env.invalidate_all()
    for company in env["res.company"].search([]):
        env["hr.employee"]._kedudukan_recompute_company(company)  # 3.
    env.flush_all()
    _admin_pd_of_clerks(env)  # 5.
    _recompute_stored(env)
    env["asn.kinerja"].search([])._asn_skp_behaviours()  # 4.
    env.flush_all()
