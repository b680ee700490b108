"""Errors raised by the rules, translatable by the models."""


def _(source):
    """Mark ``source`` for translation extraction; the models translate it at raise time."""
    return source


class RuleError(ValueError):
    """A rule refused its input.

    ``code`` names the reason (stable, for tests and callers), ``template`` is the English source
    string with named ``%(name)s`` placeholders, ``params`` fill them. ``str(err)`` is the English
    message; a model shows ``env._(err.template, **err.params)``.
    """

    def __init__(self, code, template, **params):
        self.code = code
        self.template = template
        self.params = params
        super().__init__(template % params if params else template)
