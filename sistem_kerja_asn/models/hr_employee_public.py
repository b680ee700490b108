from odoo import fields
from odoo import models

from ..rules import positions
from .hr_employee import JABATAN_LEVELS
from .hr_employee import KEDUDUKAN_PROBLEMS


class HrEmployeePublic(models.Model):
    """Position and the resolved officials are organisation facts every colleague may read
    (like the manager); NIP, rank, the reasons and delegations stay HR-only."""

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
    kedudukan_problem = fields.Selection(
        KEDUDUKAN_PROBLEMS,
        string="Problem", readonly=True,
    )
    ppk_delegated = fields.Boolean(string="Appraisal Delegated", readonly=True)
