from odoo import http
from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.addons.portal.controllers.portal import pager as portal_pager
from odoo.exceptions import AccessError
from odoo.exceptions import MissingError
from odoo.http import request
from werkzeug.exceptions import Forbidden
from werkzeug.exceptions import NotFound


class SistemKerjaPortal(CustomerPortal):
    """A civil servant's own assignments and their letters (``/my/penugasan``)."""

    def _penugasan_domain(self):
        # A portal user cannot read hr.employee: his employees come from res.users (sudo); the
        # search itself still runs under the record rules.
        return [("employee_id", "in", request.env.user._asn_employees().ids),
                ("state", "!=", "draft")]

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        if "penugasan_count" in counters:
            Penugasan = request.env["asn.penugasan"]
            values["penugasan_count"] = (
                Penugasan.search_count(self._penugasan_domain())
                if Penugasan.has_access("read") else 0
            )
        return values

    @http.route(["/my/penugasan", "/my/penugasan/page/<int:page>"], type="http", auth="user",
                website=True)
    def portal_my_penugasan(self, page=1, **kw):
        Penugasan = request.env["asn.penugasan"]
        domain = self._penugasan_domain()
        count = Penugasan.search_count(domain)
        pager = portal_pager(url="/my/penugasan", total=count, page=page, step=self._items_per_page)
        records = Penugasan.search(
            domain, order="date_start desc, id desc", limit=self._items_per_page,
            offset=pager["offset"],
        )
        values = self._prepare_portal_layout_values()
        values.update(penugasan_ids=records.sudo(), page_name="penugasan", pager=pager,
                      default_url="/my/penugasan")
        return request.render("sistem_kerja_asn.portal_my_penugasan", values)

    @http.route(["/my/penugasan/<int:penugasan_id>"], type="http", auth="user", website=True)
    def portal_penugasan_page(self, penugasan_id, report_type=None, download=False, **kw):
        # Issue 7: another person's id, or a draft, answers 403 / 404, never the record.
        try:
            rec = self._document_check_access("asn.penugasan", penugasan_id)
        except MissingError as err:
            raise NotFound() from err
        except AccessError as err:
            raise Forbidden() from err
        if rec.sudo().employee_id.user_id != request.env.user:
            raise Forbidden()
        if rec.state == "draft":
            raise NotFound()
        if report_type in ("html", "pdf") and rec.letter_number:
            return self._show_report(
                model=rec, report_type=report_type,
                report_ref="sistem_kerja_asn.action_report_surat_penugasan", download=download,
            )
        values = self._get_page_view_values(
            rec, None, {"penugasan": rec, "page_name": "penugasan_detail"},
            "my_penugasan_history", False,
        )
        return request.render("sistem_kerja_asn.portal_penugasan_page", values)
