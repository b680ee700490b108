from odoo import fields
from odoo import models


class MailActivityType(models.Model):
    _inherit = "mail.activity.type"

    asn_private = fields.Boolean(
        string="Seen by Its Assignee Only",
        help="Activities of this type are read only by the user they are assigned to (record "
        "rule): the request to send a rating recommendation must not tell the employee who "
        "was asked, nor, once it disappears, who has sent one (R5, R9, R27; issue 11).",
    )
