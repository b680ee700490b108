"""Issue 14: the landing page of a leader and of an HR clerk.

Every counter is computed as the user who reads it (his record rules, never sudo): the
dashboard shows, and an export of it leaks, nothing he cannot open himself. The counters are
``search_count`` / ``_read_group`` over all the records at once, never one search per card.
"""
from odoo import api
from odoo import fields
from odoo import models

from ..rules import review
from .res_users import ASN_DOCUMENT_MODELS

# What waits for the user, per kind of document: the workflow engine gives an activity to
# whoever must act next (``_asn_todo``), so "waiting for me" is "an open activity of mine".
TODO_MODELS = {
    "todo_penugasan_count": "asn.penugasan",
    "todo_tim_kerja_count": "asn.tim.kerja",
    "todo_laporan_count": "asn.laporan",
    "todo_kinerja_count": "asn.kinerja",
    "todo_eskalasi_count": "asn.eskalasi",
}
# A report still open for review or revision (R32).
OPEN_REPORT_STATES = tuple(sorted(review.REVIEWING | {review.RETURNED}))
# The raised problems not closed yet (R33).
OPEN_PROBLEM_STATES = (review.RAISED, review.ANSWERED)


def _todo_domain(uid, today=None):
    activity = [("user_id", "=", uid)]
    if today:
        activity.append(("date_deadline", "<", today))
    return [("activity_ids", "any", activity)]


class AsnPenugasan(models.Model):
    _inherit = "asn.penugasan"

    @api.model
    def _asn_late_domain(self, today=None):
        """Late work: an active assignment past its end date whose final result was not
        accepted yet (R31, R32: "the work is done when Level 1 accepts")."""
        today = today or fields.Date.context_today(self)
        return [
            ("is_active_assignment", "=", True), ("date_end", "<", today),
            ("laporan_ids", "not any", [("kind", "=", "result"), ("state", "=", "accepted")]),
        ]

    @api.model
    def _asn_report_overdue_domain(self, today=None):
        """A report the leader asked for (R31: an activity with a deadline for the employee)
        and not delivered by its deadline."""
        today = today or fields.Date.context_today(self)
        todo = self.env.ref("mail.mail_activity_data_todo")
        return [("is_active_assignment", "=", True), ("activity_ids", "any", [
            ("activity_type_id", "=", todo.id), ("date_deadline", "<", today)])]

    @api.model
    def _asn_units_domain(self, units):
        """The work of ``units``: their staff's assignments and the work they own."""
        return ["|", ("employee_department_id", "in", units.ids),
                ("owning_unit_id", "in", units.ids)]


class AsnLaporan(models.Model):
    _inherit = "asn.laporan"

    @api.model
    def _asn_open_domain(self):
        """A report still open: in review or returned for revision (R32)."""
        return [("state", "in", OPEN_REPORT_STATES)]

    def _asn_after_step(self, action, before, **kwargs):
        """R31: a report submitted answers the leader's request for it: the request (an activity
        of the submitter on the assignment) is done, so it is no longer overdue."""
        res = super()._asn_after_step(action, before, **kwargs)
        if action == review.SUBMIT:
            todo = self.env.ref("mail.mail_activity_data_todo")
            user = self.submitter_id.sudo().user_id
            requests = self.penugasan_id.sudo().activity_ids.filtered(
                lambda a: a.activity_type_id == todo and a.user_id == user)
            if requests:
                requests.action_feedback(feedback=self.env._("Report submitted: %(report)s",
                                                             report=self.name))
        return res


class AsnDashboard(models.Model):
    """One record per user (like ``res.users.settings``): the page "Sistem Kerja" opens on for
    a leader and an HR clerk. It stores nothing but its user; every figure is computed as the
    reader."""

    _name = "asn.dashboard"
    _description = "Sistem Kerja ASN: dashboard"
    _rec_name = "user_id"

    user_id = fields.Many2one(
        "res.users", required=True, index=True, ondelete="cascade", readonly=True)

    _sql_constraints = [
        ("user_uniq", "UNIQUE (user_id)", "A user has one dashboard."),
    ]

    is_leader = fields.Boolean(compute="_compute_counts")
    is_hr = fields.Boolean(compute="_compute_counts")
    unit_ids = fields.Many2many(
        "hr.department", compute="_compute_counts", string="Your Units",
        help="The units you head and every unit below them.")
    # What waits for the user's decision (the workflow engine's activities).
    todo_penugasan_count = fields.Integer(compute="_compute_counts", string="Assignments")
    todo_tim_kerja_count = fields.Integer(compute="_compute_counts", string="Work Teams")
    todo_laporan_count = fields.Integer(compute="_compute_counts", string="Reports to Review")
    todo_kinerja_count = fields.Integer(compute="_compute_counts", string="Performance (SKP)")
    todo_eskalasi_count = fields.Integer(compute="_compute_counts", string="Raised Problems")
    todo_all_count = fields.Integer(compute="_compute_counts", string="All Your Activities")
    todo_overdue_count = fields.Integer(compute="_compute_counts", string="Overdue Decisions")
    # The work of his units.
    active_count = fields.Integer(compute="_compute_counts", string="Active Assignments")
    team_count = fields.Integer(compute="_compute_counts", string="Active Teams")
    report_count = fields.Integer(compute="_compute_counts", string="Open Reports")
    late_count = fields.Integer(compute="_compute_counts", string="Late Assignments")
    report_overdue_count = fields.Integer(compute="_compute_counts", string="Reports Overdue")
    # The HR clerk's problems.
    problem_count = fields.Integer(compute="_compute_counts", string="Open Raised Problems")
    kedudukan_problem_count = fields.Integer(
        compute="_compute_counts", string="Kedudukan Problems")

    @api.depends("user_id")
    @api.depends_context("uid", "allowed_company_ids")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = self.env._("Dashboard")

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_counts(self):
        """As the reader (self.env.user), whose dashboard this is (record rule)."""
        user = self.env.user
        env = self.env
        today = fields.Date.context_today(self)
        units = user.asn_led_unit_ids
        is_hr = user.has_group("sistem_kerja_asn.group_admin_pd")
        values = {"is_leader": bool(units), "is_hr": is_hr, "unit_ids": units}
        for fname, model in TODO_MODELS.items():
            values[fname] = env[model].search_count(_todo_domain(user.id))
        # Every activity of his on the documents of the addon.
        Activity = env["mail.activity"]
        mine = [("user_id", "=", user.id), ("res_model", "in", list(ASN_DOCUMENT_MODELS))]
        values["todo_all_count"] = Activity.search_count(mine)
        values["todo_overdue_count"] = Activity.search_count(
            mine + [("date_deadline", "<", today)])
        Penugasan = env["asn.penugasan"]
        if units:
            work = Penugasan._asn_units_domain(units)
            values.update(
                active_count=Penugasan.search_count(
                    work + [("is_active_assignment", "=", True)]),
                late_count=Penugasan.search_count(work + Penugasan._asn_late_domain(today)),
                report_overdue_count=Penugasan.search_count(
                    work + Penugasan._asn_report_overdue_domain(today)),
                team_count=env["asn.tim.kerja"].search_count(
                    [("owning_unit_id", "in", units.ids), ("state", "=", "established")]),
                report_count=env["asn.laporan"].search_count(self._report_domain(units)),
            )
        else:
            values.update(active_count=0, late_count=0, report_overdue_count=0, team_count=0,
                          report_count=0)
        values["problem_count"] = env["asn.eskalasi"].search_count(
            [("state", "in", OPEN_PROBLEM_STATES)]) if is_hr else 0
        values["kedudukan_problem_count"] = env["hr.employee"].search_count(
            [("kedudukan_problem", "!=", False)]) if is_hr else 0
        for rec in self:
            rec.update(values)

    @api.model
    def _report_domain(self, units):
        return ["|", ("submitter_id.department_id", "in", units.ids),
                ("penugasan_id.owning_unit_id", "in", units.ids),
                ("state", "in", OPEN_REPORT_STATES)]

    @api.model
    def _for_current_user(self):
        """The current user's dashboard, created on his first visit (it holds only his id)."""
        dashboard = self.search([("user_id", "=", self.env.uid)], limit=1)
        if not dashboard:
            dashboard = self.sudo().create({"user_id": self.env.uid}).sudo(False)
        return dashboard

    @api.model
    def _action_for_current_user(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sistem_kerja_asn.asn_dashboard_action")
        action["res_id"] = self._for_current_user().id
        return action

    # -- the buttons: each opens the list its counter counted ---------------------------------

    def _open(self, model, domain, name, context=None, views=("list", "form")):
        return {
            "type": "ir.actions.act_window", "name": name, "res_model": model,
            "view_mode": ",".join(views), "views": [(False, v) for v in views],
            # a filtered view of existing work: new records are made from their own menus
            "domain": domain, "context": dict(context or {}, create=False), "target": "current",
        }

    def action_open_todo(self):
        """The documents of one kind that wait for the user (context ``asn_todo``: a field of
        TODO_MODELS)."""
        fname = self.env.context.get("asn_todo")
        model = TODO_MODELS.get(fname)
        if not model:
            return False
        label = self._fields[fname]._description_string(self.env)
        return self._open(model, _todo_domain(self.env.uid),
                          self.env._("Waiting for You: %(what)s", what=label))

    def action_open_activities(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sistem_kerja_asn.asn_waiting_for_me_action")
        action["domain"] = [("user_id", "=", self.env.uid),
                            ("res_model", "in", list(ASN_DOCUMENT_MODELS))]
        if self.env.context.get("asn_overdue"):
            today = fields.Date.context_today(self)
            action["domain"].append(("date_deadline", "<", today))
        return action

    def action_open_active(self):
        units = self.env.user.asn_led_unit_ids
        return self._open(
            "asn.penugasan", self.env["asn.penugasan"]._asn_units_domain(units)
            + [("is_active_assignment", "=", True)], self.env._("Active Assignments"),
            {"search_default_group_employee": 1})

    def action_open_late(self):
        Penugasan = self.env["asn.penugasan"]
        units = self.env.user.asn_led_unit_ids
        return self._open("asn.penugasan",
                          Penugasan._asn_units_domain(units) + Penugasan._asn_late_domain(),
                          self.env._("Late Assignments"))

    def action_open_report_overdue(self):
        Penugasan = self.env["asn.penugasan"]
        units = self.env.user.asn_led_unit_ids
        return self._open(
            "asn.penugasan",
            Penugasan._asn_units_domain(units) + Penugasan._asn_report_overdue_domain(),
            self.env._("Reports Overdue"))

    def action_open_teams(self):
        units = self.env.user.asn_led_unit_ids
        return self._open(
            "asn.tim.kerja", [("owning_unit_id", "in", units.ids), ("state", "=", "established")],
            self.env._("Active Teams"))

    def action_open_reports(self):
        units = self.env.user.asn_led_unit_ids
        return self._open("asn.laporan", self._report_domain(units), self.env._("Open Reports"),
                          {"search_default_group_state": 1})

    def action_open_workload(self):
        """R14: the load of every employee of his units, per unit and per employee."""
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sistem_kerja_asn.asn_dashboard_workload_action")
        units = self.env.user.asn_led_unit_ids
        action["domain"] = self.env["asn.penugasan"]._asn_units_domain(units) + [
            ("is_active_assignment", "=", True)]
        return action

    def action_open_staff(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "sistem_kerja_asn.asn_dashboard_staff_action")
        action["domain"] = [("department_id", "in", self.env.user.asn_led_unit_ids.ids)]
        return action

    def action_open_problems(self):
        return self.env["ir.actions.act_window"]._for_xml_id(
            "sistem_kerja_asn.asn_dashboard_problem_action")

    def action_open_kedudukan_problems(self):
        return self.env["ir.actions.act_window"]._for_xml_id(
            "sistem_kerja_asn.hr_employee_kedudukan_problem_action")
