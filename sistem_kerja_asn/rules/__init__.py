"""The regulation logic of Sistem Kerja ASN, as plain Python.

Nothing in this package imports ``odoo``: the fast test tier loads it on a machine without
Odoo, and the models only call it. Each decision cites the rule id of ``RULES.md`` (R1..R44).

Errors are raised as :class:`~.errors.RuleError`, whose ``template`` is an English source string
(translated in ``i18n/id.po``) and whose ``params`` fill its named placeholders.
"""
