"""Issue 16 ("Beyond one server"): the portal's read pages are declared ``readonly=True`` so that
Odoo 18 serves them from the streaming replica (``db_replica_host``), and they do not write.

In the test server, a route declared read-only runs on a cursor in ``SET TRANSACTION READ ONLY``
(odoo/sql_db.py, TestCursor): a page that writes fails there and Odoo retries it on a read/write
cursor, logging "retrying with a read/write cursor" (odoo/http.py, ``_transactioning``) - on a
replica the same page would fail first on every call."""
import logging

from odoo import http
from odoo.tests import tagged

from .test_portal import PortalCase

# The route paths as declared -> readonly, after Odoo merged the overrides (ir.http routing map).
EXPECTED = {
    ("/my/penugasan", "GET"): True,
    ("/my/penugasan/page/<int:page>", "GET"): True,
    ("/my/penugasan/<int:penugasan_id>", "GET"): True,
    ("/my/penugasan/volunteer", "GET"): True,
    ("/my/tim", "GET"): True,
    ("/my/tim/page/<int:page>", "GET"): True,
    ("/my/tim/<int:tim_id>", "GET"): True,
    ("/my/kinerja", "GET"): True,
    ("/my/kinerja/page/<int:page>", "GET"): True,
    ("/my/kinerja/<int:kinerja_id>", "GET"): True,
    ("/my/penugasan/<int:penugasan_id>/step", "POST"): False,
    ("/my/penugasan/<int:penugasan_id>/report", "POST"): False,
    ("/my/laporan/<int:laporan_id>/resubmit", "POST"): False,
    ("/my/penugasan/<int:penugasan_id>/problem", "POST"): False,
    ("/my/penugasan/volunteer", "POST"): False,
    ("/my/tim/<int:tim_id>/problem", "POST"): False,
    ("/my/kinerja/<int:kinerja_id>/object", "POST"): False,
}


class _Retries(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        if "retrying with a read/write cursor" in record.getMessage():
            self.records.append(record)


@tagged("post_install", "-at_install")
class TestRoutesReadonly(PortalCase):

    def test_route_flags(self):
        """Every route of the addon as served: read pages read-only, every form read/write."""
        found = {}
        for rule in self.env["ir.http"].routing_map().iter_rules():
            methods = rule.methods or {"GET", "POST"}
            for method in ("GET", "POST"):
                if method in methods and (rule.rule, method) in EXPECTED:
                    found[(rule.rule, method)] = rule.endpoint.routing["readonly"]
        self.assertEqual(found, EXPECTED)

    def test_read_pages_do_not_write(self):
        """The pages of a portal employee with a delivered letter (R16), a team (R28) and a
        performance record (R34) open on a read-only cursor without a retry; the list links
        the records without storing an access token."""
        rec = self.assign()
        # a second one: the page of the first links it as "next" (Odoo's pager would store a
        # token on it)
        other = self.assign(description="Menyusun laporan triwulan posyandu")
        self.assertFalse(rec.access_token)
        kinerja = self.new_record(self.portal_emp, parent=self.e_kadis, by=self.kabid_a)
        team = self.env["asn.tim.kerja"].create({
            "name": "Tim Posyandu", "kind": "insidental", "owning_unit_id": self.bidang_a.id,
            "date_end": self.end, "mandate": "Posyandu",
            "member_ids": [(0, 0, {"employee_id": self.portal_emp.id, "role": "ketua"}),
                           (0, 0, {"employee_id": self.staff_a.id, "role": "anggota"})],
        })
        self.login_portal()
        self.url_open("/my")  # the login's own writes (device log) happen on the home page
        handler = _Retries()
        logger = logging.getLogger(http.__name__)
        logger.addHandler(handler)
        try:
            for url in ("/my/penugasan", "/my/penugasan?groupby=state",
                        "/my/penugasan/%s" % rec.id, "/my/penugasan/%s" % other.id,
                        "/my/penugasan/%s?report_type=html" % rec.id,
                        "/my/penugasan/volunteer", "/my/tim", "/my/tim/%s" % team.id,
                        "/my/kinerja", "/my/kinerja/%s" % kinerja.id):
                response = self.url_open(url)
                self.assertEqual(response.status_code, 200, url)
                self.assertFalse(handler.records, "%s wrote on the read-only cursor" % url)
        finally:
            logger.removeHandler(handler)
        self.step()
        self.assertFalse(rec.access_token)
        self.assertFalse(other.access_token)
