from odoo import fields
from odoo import models

from ..rules import positions
from .hr_employee import JABATAN_LEVELS


class HrEmployeePublic(models.Model):
    """Position and the resolved officials are organisation facts every colleague may read
    (like the manager); NIP, rank, the reasons, the problems and the delegations stay HR-only
    (issue 11: every field the addon adds to hr.employee and not here has
    ``groups="hr.group_hr_user"``)."""

    _inherit = "hr.employee.public"

    jabatan_type = fields.Selection(positions.JABATAN_TYPES, string="Position Class", readonly=True)
    jenjang = fields.Selection(positions.JENJANG, readonly=True)
    jabatan_level = fields.Selection(
        JABATAN_LEVELS, string="Official Level", readonly=True,
    )
    ppk_id = fields.Many2one("hr.employee.public", string="Appraiser (PPK)", readonly=True)
    pimpinan_unit_id = fields.Many2one(
        "hr.employee.public", string="Unit Leader (PUO)", readonly=True
    )
    atasan_ppk_id = fields.Many2one(
        "hr.employee.public", string="Appraiser's Superior", readonly=True
    )
    koordinator_id = fields.Many2one("hr.employee.public", string="Coordinator", readonly=True)
