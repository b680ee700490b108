"""Fast tier (issue 16, "Beyond one server"): every HTTP route of the addon declares whether it
only reads. Odoo 18 serves a route declared ``readonly=True`` from the streaming replica when
``db_replica_host`` is set (odoo/http.py, ``_transactioning``); a route that writes must stay
read/write, or every call first fails on the replica and is retried on the primary.

The controllers are parsed (ast), not imported: the table below is the decision for each route,
and a new route fails this test until it is added here.
"""

import ast
import re
from pathlib import Path

import pytest

ADDON = Path(__file__).resolve().parent.parent / "sistem_kerja_asn"
CONTROLLERS = sorted((ADDON / "controllers").glob("*.py"))

# (file, method) -> readonly: True for the pages that only read (lists, record pages, the
# letter as HTML/PDF on the record page, the volunteer form), False for every step that writes.
# None: an override of Odoo's route (``@http.route()``), which keeps the parent's flag.
EXPECTED = {
    ("portal.py", "portal_my_penugasan"): True,
    ("portal.py", "portal_penugasan_page"): True,  # also the letter: ?report_type=html|pdf
    ("portal.py", "portal_penugasan_step"): False,  # send, forward, acknowledge (R16-R21)
    ("portal.py", "portal_penugasan_report"): False,  # a report submitted (R31, R32)
    ("portal.py", "portal_laporan_resubmit"): False,
    ("portal.py", "portal_penugasan_problem"): False,  # R33
    ("portal.py", "portal_volunteer_form"): True,
    ("portal.py", "portal_volunteer_send"): False,  # R20, R21
    ("portal.py", "portal_my_tim"): True,
    ("portal.py", "portal_tim_page"): True,  # also the team decree: ?report_type=html|pdf
    ("portal.py", "portal_tim_problem"): False,
    ("portal.py", "portal_my_kinerja"): True,
    ("portal.py", "portal_kinerja_page"): True,
    ("portal.py", "portal_kinerja_object"): False,  # R34
    ("portal.py", "home"): None,
    ("portal_jam_kerja.py", "home"): None,
}


def _routes():
    """{(file, method): {"readonly": bool | None, "methods": [...], "args": bool}}."""
    found = {}
    for path in CONTROLLERS:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.FunctionDef):
                continue
            for deco in node.decorator_list:
                if not (isinstance(deco, ast.Call) and isinstance(deco.func, ast.Attribute | ast.Name)
                        and (getattr(deco.func, "attr", None) or getattr(deco.func, "id", None))
                        == "route"):
                    continue
                kwargs = {kw.arg: kw.value for kw in deco.keywords}
                readonly = kwargs.get("readonly")
                methods = kwargs.get("methods")
                found[(path.name, node.name)] = {
                    "readonly": None if readonly is None else ast.literal_eval(readonly),
                    "methods": ast.literal_eval(methods) if methods is not None else [],
                    "args": bool(deco.args or deco.keywords),
                }
    return found


ROUTES = _routes()


def test_every_route_is_in_the_table():
    assert set(ROUTES) == set(EXPECTED), (
        "routes without a decision: %s; decisions without a route: %s"
        % (sorted(set(ROUTES) - set(EXPECTED)), sorted(set(EXPECTED) - set(ROUTES))))


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda key: "%s:%s" % key)
def test_route_flag(key):
    route = ROUTES[key]
    expected = EXPECTED[key]
    if expected is None:
        # An override keeps Odoo's flag: setting another one makes Odoo log a warning and use
        # read/write anyway (odoo/http.py, _check_and_complete_route_definition).
        assert not route["args"], "%s:%s overrides a route: use @http.route()" % key
        return
    # A route without the keyword is read/write for auth="user" (Odoo's default).
    assert bool(route["readonly"]) is expected, "%s:%s readonly should be %s" % (*key, expected)
    if "POST" in route["methods"]:
        assert route["readonly"] is not True, "%s:%s takes a POST: it writes" % key


def test_read_pages_store_no_token():
    """The pages served from the replica link the records by ``access_url``:
    ``get_portal_url()`` stores an access token on every record without one (a write)."""
    for path in sorted((ADDON / "views").glob("portal*.xml")):
        assert not re.search(r"get_portal_url\(", path.read_text()), path.name
