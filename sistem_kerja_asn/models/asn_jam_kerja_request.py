from odoo import models

from ..rules import jam_kerja as jk


class AsnJamKerjaRequest(models.AbstractModel):
    """A request about working hours (R40 unit exceptions, R41 flexible work): submitted by its
    author, approved or refused (with a reason) by whoever ``_asn_request_actors`` names
    (rules/jam_kerja.py), applied to the employees' calendars on approval (``_asn_apply``).
    The workflow engine underneath (asn.workflow.mixin) gates every step."""

    _name = "asn.jam.kerja.request"
    _inherit = ["asn.workflow.mixin"]
    _description = "Working Hours Request"
    _asn_request_actors = None  # {action: roles}, e.g. jam_kerja.FLEX_ACTORS

    def _asn_user_actions(self):
        roles = self._asn_roles()
        return [a for a in (jk.SUBMIT, jk.APPROVE, jk.REFUSE, jk.END)
                if jk.may_act(self.state, a, roles, self._asn_request_actors)]

    def _asn_transition(self, action, reason=None):
        """The next state, after checking the user may take ``action`` (a refusal states why)."""
        return jk.request_transition(
            self.state, action, self._asn_roles(), self._asn_request_actors, reason=reason,
        )

    def _asn_after_step(self, action, before, **kwargs):
        if action == jk.APPROVE:
            self._asn_apply()  # a period starting today switches at once
        elif action == jk.END:
            self._asn_unapply()

    def _asn_apply(self):
        """Put the approved hours on the employees' calendars (the model's)."""
        raise NotImplementedError

    def _asn_unapply(self):
        """Take the hours off the employees' calendars when the request ends early (R40)."""
        raise NotImplementedError

    def action_submit(self):
        return self._asn_do(jk.SUBMIT)

    def action_approve(self):
        return self._asn_do(jk.APPROVE)

    def action_refuse(self, reason=None):
        if reason is None:
            return self.env["asn.jam.kerja.refuse.wizard"]._asn_open(self)
        return self._asn_do(jk.REFUSE, reason=reason)

    def action_end(self, reason=None):
        if reason is None:
            return self.env["asn.jam.kerja.refuse.wizard"]._asn_open(self, action=jk.END)
        return self._asn_do(jk.END, reason=reason)
