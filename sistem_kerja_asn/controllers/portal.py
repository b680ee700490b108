from datetime import date
from operator import itemgetter

from odoo import Command
from odoo import fields
from odoo import http
from odoo.addons.portal.controllers.portal import CustomerPortal
from odoo.addons.portal.controllers.portal import pager as portal_pager
from odoo.exceptions import AccessError
from odoo.exceptions import MissingError
from odoo.exceptions import UserError
from odoo.exceptions import ValidationError
from odoo.http import request
from odoo.tools import groupby as groupbyelem
from odoo.tools import plaintext2html
from werkzeug.exceptions import Forbidden
from werkzeug.exceptions import NotFound
from werkzeug.urls import url_encode

from ..rules import penugasan as flows
from ..rules import review

ACTIVE = [flows.DELIVERED, flows.DONE]
CLOSED = [flows.REFUSED, flows.CANCELLED]
# The steps a portal employee takes on his own assignment (R16-R21: the volunteer sends and
# forwards his offer, every flow ends with his acknowledgement).
EMPLOYEE_ACTIONS = (flows.SEND, flows.FORWARD, flows.ACKNOWLEDGE)
# Issue 16: the pages that only read (lists, record pages, the letter as HTML/PDF, the volunteer
# form) are ``readonly=True``: with ``db_replica_host`` Odoo serves them from the streaming
# replica. They must not write: links are ``access_url`` (``get_portal_url()`` would store an
# access token per record). Every POST route writes and stays read/write (the default).
# tests/test_routes_readonly.py holds the table of every route.
# The record pages' previous / next links (Odoo's ``get_records_pager`` stores an access token
# on each neighbour): the addon's own, from the session history, by ``access_url`` alone.
ASN_HISTORIES = ("my_penugasan_history", "my_tim_history", "my_kinerja_history")


class SistemKerjaPortal(CustomerPortal):
    """A civil servant's own assignments and their letters (``/my/penugasan``)."""

    def _penugasan_domain(self):
        # A portal user cannot read hr.employee: his employees come from res.users (sudo); the
        # search itself still runs under the record rules.
        return [("employee_id", "in", request.env.user._asn_employees().ids),
                ("state", "!=", "draft")]

    def _prepare_home_portal_values(self, counters):
        values = super()._prepare_home_portal_values(counters)
        env = request.env
        if "penugasan_count" in counters:
            Penugasan = env["asn.penugasan"]
            values["penugasan_count"] = (
                Penugasan.search_count(self._penugasan_domain())
                if Penugasan.has_access("read") else 0
            )
        if "tim_count" in counters:
            Tim = env["asn.tim.kerja"]
            values["tim_count"] = (
                Tim.search_count(self._tim_domain()) if Tim.has_access("read") else 0
            )
        if "kinerja_count" in counters:
            Kinerja = env["asn.kinerja"]
            values["kinerja_count"] = (
                Kinerja.search_count(self._kinerja_domain()) if Kinerja.has_access("read") else 0
            )
        return values

    # -- helpers -------------------------------------------------------------------------------

    def _asn_check(self, model, record_id):
        """Odoo's ``_document_check_access`` (read as the user, then sudo), as 404 / 403."""
        try:
            return self._document_check_access(model, record_id)
        except MissingError as err:
            raise NotFound() from err
        except AccessError as err:
            raise Forbidden() from err

    def _get_page_view_values(self, document, access_token, values, session_history,
                              no_breadcrumbs, **kwargs):
        """Odoo's values for a record page, with the previous / next links of the addon's pages
        made without writing (a read-only route, served by a replica, must not write)."""
        if session_history not in ASN_HISTORIES or "access_url" not in document._fields:
            return super()._get_page_view_values(
                document, access_token, values, session_history, no_breadcrumbs, **kwargs)
        values = super()._get_page_view_values(
            document, access_token, values, None, no_breadcrumbs, **kwargs)
        ids = request.session.get(session_history, [])
        if document.id in ids:
            index = ids.index(document.id)
            prev_id = ids[index - 1] if index else None
            next_id = ids[index + 1] if index + 1 < len(ids) else None
            values["prev_record"] = document.browse(prev_id).access_url if prev_id else False
            values["next_record"] = document.browse(next_id).access_url if next_id else False
        return values

    def _asn_notice(self, kw):
        """The outcome of the last form (error / success), for ``_get_page_view_values``."""
        return {key: kw[key] for key in ("error", "success") if kw.get(key)}

    def _asn_redirect(self, url, error=None, success=None):
        query = {key: value for key, value in (("error", error), ("success", success)) if value}
        if not query:
            return request.redirect(url)
        return request.redirect(url + ("&" if "?" in url else "?") + url_encode(query))

    def _asn_run(self, url, success, func):
        """Run ``func`` (the model's own steps, as the logged-in user) in a savepoint: a refusal
        undoes everything it wrote and comes back as the message on ``url``."""
        try:
            with request.env.cr.savepoint():
                result = func()
        except (UserError, ValidationError, AccessError) as err:
            return self._asn_redirect(url, error=err.args[0] if err.args else str(err))
        if isinstance(result, str):
            url = result
        return self._asn_redirect(url, success=success)

    def _asn_attach(self, record, files):
        """The files the user sent with ``record`` (already created and checked as the user), the
        way portal's /portal/attachment/add stores them: a portal user has no right on
        ir.attachment itself."""
        Attachment = request.env["ir.attachment"].sudo()
        attachments = Attachment
        for upload in files:
            if not upload or not upload.filename:
                continue
            attachments |= Attachment.create({
                "name": upload.filename, "raw": upload.read(),
                "res_model": record._name, "res_id": record.id,
            })
        return attachments

    def _asn_searchbar(self, sortings, filters, groupbys, inputs, kw):
        sortby = kw.get("sortby") if kw.get("sortby") in sortings else next(iter(sortings))
        filterby = kw.get("filterby") if kw.get("filterby") in filters else "all"
        groupby = kw.get("groupby") if kw.get("groupby") in groupbys else "none"
        search_in = kw.get("search_in") if kw.get("search_in") in inputs else "all"
        return sortby, filterby, groupby, search_in

    # -- assignments (/my/penugasan) -----------------------------------------------------------

    def _penugasan_searchbar_sortings(self):
        _ = request.env._
        return {
            "date": {"label": _("Newest"), "order": "date_start desc, id desc"},
            "end": {"label": _("End date"), "order": "date_end asc, id desc"},
            "name": {"label": _("Reference"), "order": "name desc, id desc"},
            "state": {"label": _("Status"), "order": "state, id desc"},
        }

    def _penugasan_searchbar_filters(self):
        _ = request.env._
        today = fields.Date.context_today(request.env.user)
        year = today.year
        running = [("state", "in", ACTIVE), ("date_end", ">=", today)]
        return {
            "all": {"label": _("All"), "domain": []},
            "acknowledge": {"label": _("To acknowledge"), "domain": [("state", "=", "delivered")]},
            "running": {"label": _("Running"), "domain": running},
            "preparing": {"label": _("Being prepared"),
                          "domain": [("state", "not in", ACTIVE + CLOSED)]},
            "ended": {"label": _("Ended"), "domain": ["|", ("state", "in", CLOSED), "&",
                                                      ("state", "in", ACTIVE),
                                                      ("date_end", "<", today)]},
            "this_year": {"label": _("This year"), "domain": [
                ("date_start", "<=", date(year, 12, 31)), ("date_end", ">=", date(year, 1, 1))]},
            "last_year": {"label": _("Last year"), "domain": [
                ("date_start", "<=", date(year - 1, 12, 31)),
                ("date_end", ">=", date(year - 1, 1, 1))]},
        }

    def _penugasan_searchbar_groupby(self):
        _ = request.env._
        return {
            "none": {"label": _("None")},
            "state": {"label": _("Status")},
            "tim_kerja_id": {"label": _("Team")},
            "form": {"label": _("Form")},
        }

    def _penugasan_searchbar_inputs(self):
        _ = request.env._
        return {
            "all": {"input": "all", "label": _("Search in all")},
            "description": {"input": "description", "label": _("Search in the work")},
            "letter": {"input": "letter", "label": _("Search the letter number")},
        }

    def _penugasan_search_domain(self, search_in, search):
        if search_in == "description":
            return [("description", "ilike", search)]
        if search_in == "letter":
            return [("letter_number", "ilike", search)]
        return ["|", "|", ("name", "ilike", search), ("description", "ilike", search),
                ("letter_number", "ilike", search)]

    @http.route(["/my/penugasan", "/my/penugasan/page/<int:page>"], type="http", auth="user",
                website=True, readonly=True)
    def portal_my_penugasan(self, page=1, date_begin=None, date_end=None, search=None, **kw):
        Penugasan = request.env["asn.penugasan"]
        sortings = self._penugasan_searchbar_sortings()
        filters = self._penugasan_searchbar_filters()
        groupbys = self._penugasan_searchbar_groupby()
        inputs = self._penugasan_searchbar_inputs()
        sortby, filterby, groupby, search_in = self._asn_searchbar(
            sortings, filters, groupbys, inputs, kw)
        domain = self._penugasan_domain() + filters[filterby]["domain"]
        if date_begin and date_end:
            domain += [("date_start", "<=", date_end), ("date_end", ">=", date_begin)]
        if search:
            domain += self._penugasan_search_domain(search_in, search)
        # Searched as the user (his record rules); shown as read there.
        count = Penugasan.search_count(domain)
        pager = portal_pager(
            url="/my/penugasan", total=count, page=page, step=self._items_per_page,
            url_args={"date_begin": date_begin, "date_end": date_end, "sortby": sortby,
                      "filterby": filterby, "groupby": groupby, "search_in": search_in,
                      "search": search},
        )
        order = sortings[sortby]["order"]
        if groupby != "none":
            order = "%s, %s" % (groupby, order)
        records = Penugasan.search(domain, order=order, limit=self._items_per_page,
                                   offset=pager["offset"])
        request.session["my_penugasan_history"] = records.ids[:100]
        records = records.sudo()
        if groupby == "none":
            grouped = [records] if records else []
        else:
            grouped = [records.concat(*group)
                       for _key, group in groupbyelem(records, itemgetter(groupby))]
        values = self._prepare_portal_layout_values()
        values.update(
            penugasan_ids=records, grouped_penugasan=grouped, page_name="penugasan",
            pager=pager, default_url="/my/penugasan", searchbar_sortings=sortings,
            sortby=sortby, searchbar_filters=filters, filterby=filterby,
            searchbar_groupby=groupbys, groupby=groupby, searchbar_inputs=inputs,
            search_in=search_in, search=search, date=date_begin, date_end=date_end,
        )
        return request.render("sistem_kerja_asn.portal_my_penugasan", values)

    def _penugasan_check(self, penugasan_id):
        # Issue 7: another person's id, or a draft, answers 403 / 404, never the record.
        rec = self._asn_check("asn.penugasan", penugasan_id)
        if request.env.user not in rec.employee_id.user_id:
            raise Forbidden()
        if rec.state == "draft":
            raise NotFound()
        return rec

    @http.route(["/my/penugasan/<int:penugasan_id>"], type="http", auth="user", website=True,
                readonly=True)
    def portal_penugasan_page(self, penugasan_id, report_type=None, download=False, **kw):
        rec = self._penugasan_check(penugasan_id)
        if report_type in ("html", "pdf") and rec.letter_number:
            return self._show_report(
                model=rec, report_type=report_type,
                report_ref="sistem_kerja_asn.action_report_surat_penugasan", download=download,
            )
        mine = request.env["asn.penugasan"].browse(rec.id)  # as the user: his buttons
        actions = [a for a in (mine.allowed_actions or "").split(",") if a in EMPLOYEE_ACTIONS]
        reports = request.env["asn.laporan"].search([("penugasan_id", "=", rec.id)])
        problems = request.env["asn.eskalasi"].search([("penugasan_id", "=", rec.id)])
        values = self._get_page_view_values(
            rec, None, {
                "penugasan": rec, "page_name": "penugasan_detail", "asn_actions": actions,
                "action_labels": dict(flows.ACTIONS),
                "laporan_ids": reports.sudo(), "eskalasi_ids": problems.sudo(),
                "can_report": rec.state in ACTIVE,
                "can_raise": rec.form == flows.INDIVIDU and rec.is_active_assignment,
                "ketua": rec.tim_kerja_id.ketua_id,
            },
            "my_penugasan_history", False, **self._asn_notice(kw),
        )
        return request.render("sistem_kerja_asn.portal_penugasan_page", values)

    @http.route(["/my/penugasan/<int:penugasan_id>/step"], type="http", auth="user",
                methods=["POST"], website=True)
    def portal_penugasan_step(self, penugasan_id, action=None, **kw):
        """The employee's own steps (send a volunteer's offer, forward, acknowledge receipt):
        the model's button through the workflow engine, as the logged-in user."""
        rec = self._penugasan_check(penugasan_id)
        url = rec.access_url
        if action not in EMPLOYEE_ACTIONS:
            raise NotFound()
        mine = request.env["asn.penugasan"].browse(rec.id)
        return self._asn_run(url, request.env._("Done: %(action)s.",
                                                action=dict(flows.ACTIONS).get(action, action)),
                             getattr(mine, "action_%s" % action))

    @http.route(["/my/penugasan/<int:penugasan_id>/report"], type="http", auth="user",
                methods=["POST"], website=True)
    def portal_penugasan_report(self, penugasan_id, name=None, kind="progress", content=None,
                                **kw):
        """R31, R32: a progress report or the result, with its files, submitted into the same
        stepwise review as in the backend (asn.laporan, as the logged-in user)."""
        rec = self._penugasan_check(penugasan_id)
        files = request.httprequest.files.getlist("attachments")
        employee = (request.env.user._asn_employees() & rec.employee_id)[:1]

        def report():
            laporan = request.env["asn.laporan"].create({
                "name": name or request.env._("Report on %(work)s", work=rec.name),
                "kind": kind if kind in ("progress", "result") else "progress",
                "penugasan_id": rec.id, "submitter_id": employee.id,
                "content": plaintext2html(content or ""),
            })
            attachments = self._asn_attach(laporan, files)
            if attachments:
                laporan.write({"attachment_ids": [Command.set(attachments.ids)]})
            laporan.action_submit()

        return self._asn_run(rec.access_url, request.env._("Your report was submitted."),
                             report)

    @http.route(["/my/laporan/<int:laporan_id>/resubmit"], type="http", auth="user",
                methods=["POST"], website=True)
    def portal_laporan_resubmit(self, laporan_id, content=None, **kw):
        """R32: a returned report, revised by its writer and submitted again."""
        laporan_sudo = self._asn_check("asn.laporan", laporan_id)
        laporan = request.env["asn.laporan"].browse(laporan_sudo.id)
        files = request.httprequest.files.getlist("attachments")
        url = "/my/penugasan/%s" % laporan_sudo.penugasan_id.id

        def resubmit():
            if content:
                laporan.write({"content": plaintext2html(content)})
            attachments = self._asn_attach(laporan, files)
            if attachments:
                laporan.write({"attachment_ids": [Command.link(a) for a in attachments.ids]})
            laporan.action_submit()

        return self._asn_run(url, request.env._("Your report was submitted."), resubmit)

    @http.route(["/my/penugasan/<int:penugasan_id>/problem"], type="http", auth="user",
                methods=["POST"], website=True)
    def portal_penugasan_problem(self, penugasan_id, name=None, description=None,
                                 alternatives=None, cross_unit=None, **kw):
        """R33: a problem on his individual assignment, raised to his PUO."""
        rec = self._penugasan_check(penugasan_id)

        def raise_problem():
            request.env["asn.eskalasi"].create({
                "name": name or "", "description": description or "",
                "alternatives": alternatives or "", "penugasan_id": rec.id,
                "cross_unit": bool(cross_unit),
            })

        return self._asn_run(rec.access_url,
                             request.env._("The problem was raised to your unit leader."),
                             raise_problem)

    # -- volunteering (R20, R21) -----------------------------------------------------------------

    @http.route(["/my/penugasan/volunteer"], type="http", auth="user", methods=["GET"],
                website=True, readonly=True)
    def portal_volunteer_form(self, **kw):
        employee = request.env.user._asn_employees()[:1]
        if not employee:
            return request.redirect("/my")
        units = request.env["hr.department"].sudo().search(
            [("company_id", "=", employee.company_id.id)], order="complete_name")
        values = self._prepare_portal_layout_values()
        values.update(page_name="penugasan_volunteer", units=units,
                      error=kw.get("error"), employee=employee)
        return request.render("sistem_kerja_asn.portal_volunteer", values)

    @http.route(["/my/penugasan/volunteer"], type="http", auth="user", methods=["POST"],
                website=True)
    def portal_volunteer_send(self, description=None, purpose=None, competence=None,
                              expected_target=None, date_start=None, date_end=None,
                              owning_unit_id=None, **kw):
        """R20 (within his unit) and R21 (in another unit): the employee offers himself; the
        offer is created and sent as him, through the workflow engine."""
        employee = request.env.user._asn_employees()[:1]
        if not employee:
            return request.redirect("/my")
        if not (description and date_end):
            return self._asn_redirect("/my/penugasan/volunteer", error=request.env._(
                "Describe the work and give its end date."))
        unit = int(owning_unit_id) if owning_unit_id and owning_unit_id.isdigit() else False
        across = bool(unit) and unit != employee.department_id.id

        def volunteer():
            rec = request.env["asn.penugasan"].with_company(employee.company_id).create({
                "method": flows.SUKARELA, "employee_id": employee.id,
                "company_id": employee.company_id.id,
                "scope": flows.LINTAS_UNIT if across else flows.DALAM_UNIT,
                "owning_unit_id": unit if across else False,
                "description": description or "", "purpose": purpose or False,
                "competence": competence or False, "expected_target": expected_target or False,
                "date_start": date_start or fields.Date.context_today(request.env.user),
                "date_end": date_end or False,
            })
            rec.action_send()
            return rec.access_url

        return self._asn_run("/my/penugasan/volunteer",
                             request.env._("Your offer was sent to the unit leader."), volunteer)

    # -- teams (/my/tim) -----------------------------------------------------------------------

    def _tim_domain(self):
        # A portal user cannot read the members: his teams come from the membership lines (sudo);
        # the search itself still runs under the record rules.
        members = request.env["asn.tim.kerja.member"].sudo().search(
            [("employee_id", "in", request.env.user._asn_employees().ids)])
        return [("id", "in", members.tim_kerja_id.ids)]

    @http.route(["/my/tim", "/my/tim/page/<int:page>"], type="http", auth="user", website=True,
                readonly=True)
    def portal_my_tim(self, page=1, **kw):
        Tim = request.env["asn.tim.kerja"]
        domain = self._tim_domain()
        pager = portal_pager(url="/my/tim", total=Tim.search_count(domain), page=page,
                             step=self._items_per_page)
        teams = Tim.search(domain, order="date_start desc, id desc", limit=self._items_per_page,
                           offset=pager["offset"])
        request.session["my_tim_history"] = teams.ids[:100]
        values = self._prepare_portal_layout_values()
        values.update(tim_ids=teams.sudo(), page_name="tim", pager=pager, default_url="/my/tim")
        return request.render("sistem_kerja_asn.portal_my_tim", values)

    @http.route(["/my/tim/<int:tim_id>"], type="http", auth="user", website=True, readonly=True)
    def portal_tim_page(self, tim_id, report_type=None, download=False, **kw):
        team = self._asn_check("asn.tim.kerja", tim_id)
        mine = request.env.user._asn_employees()
        if not team.member_ids.employee_id & mine:
            raise Forbidden()
        if report_type in ("html", "pdf") and team.decree_number:
            return self._show_report(
                model=team, report_type=report_type,
                report_ref="sistem_kerja_asn.action_report_sk_tim_kerja", download=download,
            )
        problems = request.env["asn.eskalasi"].search([("tim_kerja_id", "=", team.id)])
        values = self._get_page_view_values(
            team, None, {"tim": team, "page_name": "tim_detail", "eskalasi_ids": problems.sudo(),
                         "member_roles": dict(team.member_ids._fields["role"]._description_selection(
                             request.env))},
            "my_tim_history", False, **self._asn_notice(kw),
        )
        return request.render("sistem_kerja_asn.portal_tim_page", values)

    @http.route(["/my/tim/<int:tim_id>/problem"], type="http", auth="user", methods=["POST"],
                website=True)
    def portal_tim_problem(self, tim_id, name=None, description=None, alternatives=None,
                           cross_unit=None, **kw):
        """R33: a member raises his team's problem, with the alternatives, to the PUO."""
        team = self._asn_check("asn.tim.kerja", tim_id)

        def raise_problem():
            request.env["asn.eskalasi"].create({
                "name": name or "", "description": description or "",
                "alternatives": alternatives or "", "tim_kerja_id": team.id,
                "cross_unit": bool(cross_unit),
            })

        return self._asn_run("/my/tim/%s" % team.id,
                             request.env._("The problem was raised to the unit leader."),
                             raise_problem)

    # -- performance (/my/kinerja) -------------------------------------------------------------

    def _kinerja_domain(self):
        return [("employee_id", "in", request.env.user._asn_employees().ids)]

    @http.route(["/my/kinerja", "/my/kinerja/page/<int:page>"], type="http", auth="user",
                website=True, readonly=True)
    def portal_my_kinerja(self, page=1, **kw):
        Kinerja = request.env["asn.kinerja"]
        domain = self._kinerja_domain()
        pager = portal_pager(url="/my/kinerja", total=Kinerja.search_count(domain), page=page,
                             step=self._items_per_page)
        records = Kinerja.search(domain, order="date_start desc, id desc",
                                 limit=self._items_per_page, offset=pager["offset"])
        request.session["my_kinerja_history"] = records.ids[:100]
        values = self._prepare_portal_layout_values()
        values.update(kinerja_ids=records.sudo(), page_name="kinerja", pager=pager,
                      default_url="/my/kinerja")
        return request.render("sistem_kerja_asn.portal_my_kinerja", values)

    @http.route(["/my/kinerja/<int:kinerja_id>"], type="http", auth="user", website=True,
                readonly=True)
    def portal_kinerja_page(self, kinerja_id, **kw):
        rec = self._asn_check("asn.kinerja", kinerja_id)
        if request.env.user not in rec.employee_id.user_id:
            raise Forbidden()  # his superiors read it in the backend, not here
        mine = request.env["asn.kinerja"].browse(rec.id)
        # R27: never the recommendations about him; the timeline notes of his own record.
        values = self._get_page_view_values(
            rec, None, {
                "kinerja": rec, "page_name": "kinerja_detail",
                "can_object": "object" in (mine.allowed_actions or "").split(","),
                "notes": rec.note_ids.sorted(lambda n: (n.date, n.id)),
                "checkins": rec.note_ids.filtered(lambda n: n.kind == "checkin"),
            },
            "my_kinerja_history", False, **self._asn_notice(kw),
        )
        return request.render("sistem_kerja_asn.portal_kinerja_page", values)

    @http.route(["/my/kinerja/<int:kinerja_id>/object"], type="http", auth="user",
                methods=["POST"], website=True)
    def portal_kinerja_object(self, kinerja_id, reason=None, **kw):
        """R34: the employee objects to his rating within the window, with his reason, to the
        appraiser's superior (the model's button, as the logged-in user)."""
        rec = self._asn_check("asn.kinerja", kinerja_id)
        mine = request.env["asn.kinerja"].browse(rec.id)
        return self._asn_run("/my/kinerja/%s" % rec.id,
                             request.env._("Your objection was sent."),
                             lambda: mine.action_object(reason=reason or None))

    # -- the home page: what needs him ---------------------------------------------------------

    @http.route()
    def home(self, **kw):
        response = super().home(**kw)
        if hasattr(response, "qcontext"):
            response.qcontext.update(self._asn_needs_you())
        return response

    def _asn_needs_you(self):
        env = request.env
        if not env.user._asn_employees():
            return {}
        letters = env["asn.penugasan"].search(
            self._penugasan_domain() + [("state", "=", flows.DELIVERED)],
            order="date_start, id", limit=20)
        letters = letters.filtered(lambda r: flows.ACKNOWLEDGE in r.allowed_actions.split(","))
        returned = env["asn.laporan"].search(
            [("submitter_id", "in", env.user._asn_employees().ids),
             ("state", "=", review.RETURNED)], order="write_date desc", limit=20)
        return {"asn_to_acknowledge": letters.sudo(), "asn_returned": returned.sudo()}
