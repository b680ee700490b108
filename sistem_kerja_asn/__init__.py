from . import controllers
from . import models


def post_init_hook(env):
    """Resolve the kedudukan of the employees that existed before the addon (R2-R9)."""
    for company in env["res.company"].search([]):
        env["hr.employee"]._kedudukan_recompute_company(company)
