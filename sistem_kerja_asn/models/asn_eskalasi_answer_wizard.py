from odoo import fields
from odoo import models


class AsnEskalasiAnswerWizard(models.TransientModel):
    """R33: the PUO a problem was raised to answers it (the decision or the follow-up), through
    the escalation's own gate: whoever else opens this wizard is refused there."""

    _name = "asn.eskalasi.answer.wizard"
    _description = "Answer a Raised Problem"

    eskalasi_id = fields.Many2one(
        "asn.eskalasi", string="Raised Problem", required=True, ondelete="cascade"
    )
    answer = fields.Text(required=True)

    def action_answer(self):
        self.ensure_one()
        self.eskalasi_id.action_answer(answer=self.answer)
        return {"type": "ir.actions.act_window_close"}
