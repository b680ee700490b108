from odoo import api
from odoo import fields
from odoo import models


class AsnKedudukanPolicyOptionLine(models.AbstractModel):
    """A line of the policy: its changes are written in the policy's chatter (who changed what)."""

    _name = "asn.kedudukan.policy.option.line"
    _description = "Policy Line"

    policy_id = fields.Many2one(
        "asn.kedudukan.policy", required=True, ondelete="cascade", index=True
    )

    def _asn_line_text(self):
        """The line as the chatter shows it: its fields' values, labelled."""
        self.ensure_one()
        parts = []
        for name, field in self._fields.items():
            if field.automatic or name in ("policy_id", "source") or field.type == "one2many":
                continue
            value = self[name]
            if field.type == "selection":
                value = dict(field._description_selection(self.env)).get(value, "")
            elif field.type == "boolean":
                value = self.env._("yes") if value else self.env._("no")
            elif field.type == "many2one":
                value = value.display_name or ""
            parts.append(f"{field.get_description(self.env)['string']}: {value or '-'}")
        return "; ".join(parts)

    def _asn_post(self, action, texts):
        if self.env.context.get("tracking_disable"):
            return
        messages = {
            "add": self.env._("%(model)s added: %(line)s"),
            "change": self.env._("%(model)s changed: %(line)s"),
            "remove": self.env._("%(model)s removed: %(line)s"),
        }
        model = self.env["ir.model"]._get(self._name).name
        for policy, text in texts:
            policy.message_post(body=messages[action] % {"model": model, "line": text})

    def _asn_check_policy(self, policies):
        """A line changed on its own (not through the policy's form): the options stay valid.
        Called after every create, write and unlink of a line: the cached options go."""
        policies._asn_drop_options_cache()
        if not self.env.context.get("skasn_policy_write"):
            policies._check_options()

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        self._asn_check_policy(lines.policy_id)
        if not self.env.context.get("skasn_preset_apply"):
            lines._asn_post(
                "add", [(line.policy_id, line._asn_line_text()) for line in lines]
            )
        return lines

    def write(self, vals):
        before = {line.id: line._asn_line_text() for line in self}
        res = super().write(vals)
        self._asn_check_policy(self.policy_id)
        self._asn_post("change", [
            (line.policy_id, f"{before[line.id]} → {line._asn_line_text()}")
            for line in self if before[line.id] != line._asn_line_text()
        ])
        return res

    def unlink(self):
        texts = []
        if not self.env.context.get("skasn_preset_apply"):
            texts = [(line.policy_id, line._asn_line_text()) for line in self]
        policies = self.policy_id
        res = super().unlink()
        self._asn_check_policy(policies.exists())
        self._asn_post("remove", texts)
        return res
