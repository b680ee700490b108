"""Errors raised by the rules, translatable by the models."""


def _(source):
    """Mark ``source`` for translation extraction; the models translate it at raise time."""
    return source


def render(template, params=None, translate=None):
    """``template`` translated by ``translate`` (e.g. a model's ``env._``), filled with
    ``params``. Kept apart from ``env._(template, **params)`` because params may be named
    ``source``, which ``env._`` takes for itself."""
    text = translate(template) if translate else template
    return text % params if params else text


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
        super().__init__(render(template, params))

    def render(self, translate=None):
        """The message, translated by ``translate`` (a model passes ``self.env._``)."""
        return render(self.template, self.params, translate)
