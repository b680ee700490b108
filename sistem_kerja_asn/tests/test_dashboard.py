"""Issue 14: the dashboard a leader and an HR clerk land on (models/asn_dashboard.py), and the
browser walk of each of them (screenshots in docs/screenshots/leader_*.png, hr_*.png)."""
import base64
import logging
import time
from datetime import date
from datetime import timedelta

from odoo.exceptions import AccessError
from odoo.tests import HttpCase
from odoo.tests import tagged

from .test_backend_roles import BackendCase
from .test_portal import SCREENSHOTS

_logger = logging.getLogger(__name__)


class DashboardCase(BackendCase):
    """Bidang A's work as its leader (Kabid A) finds it: a volunteering waiting for his
    decision, an active assignment with a report to review, a late one."""

    def setUp(self):
        super().setUp()
        self.today = date.today()
        # R20: Staf A volunteers; the PUO (Kabid A) decides.
        self.volunteer = self.Penugasan.with_user(self.u(self.staff_a)).create({
            "method": "sukarela", "description": "Menjadi narasumber posyandu",
            "date_end": self.end,
        })
        self.volunteer.with_user(self.u(self.staff_a)).action_send()
        self.active = self._active(self.staff_a, "Rekap data imunisasi", self.end)
        self.late = self._active(self.staff_a, "Pendataan balita gizi kurang",
                                 self.today - timedelta(days=10))
        # R31: Staf A reports on his active assignment; R32: Kabid A reviews first.
        self.report = self.env["asn.laporan"].with_user(self.u(self.staff_a)).create({
            "name": "Laporan minggu pertama", "penugasan_id": self.active.id,
            "submitter_id": self.staff_a.id, "content": "<p>24 balita terdata</p>",
        })
        self.report.with_user(self.u(self.staff_a)).action_submit()

    def _active(self, emp, description, date_end):
        """An assignment whose letter the employee acknowledged (active, R16)."""
        return self.Penugasan.sudo().create({
            "employee_id": emp.id, "description": description, "owning_unit_id":
            emp.department_id.id, "date_start": self.today - timedelta(days=40),
            "date_end": date_end, "state": "done",
        })

    def dashboard(self, user):
        self.env.flush_all()
        self.env.invalidate_all()
        dash = self.env["asn.dashboard"].with_user(user).with_context(
            allowed_company_ids=user.company_ids.ids)
        return dash._for_current_user()

    def home(self, user):
        self.env.flush_all()
        self.env.invalidate_all()
        return self.env.ref("sistem_kerja_asn.asn_home_server_action").with_user(user).run()


@tagged("post_install", "-at_install")
class TestDashboard(DashboardCase):
    """What waits for the leader, his units' workload and late work, counted as he reads them."""

    def test_leader_lands_on_his_dashboard(self):
        """The unit leader lands on his own dashboard; nobody reads another's."""
        leader = self.u(self.kabid_a)
        action = self.home(leader)
        self.assertEqual(action["id"], self.env.ref("sistem_kerja_asn.asn_dashboard_action").id)
        mine = self.env["asn.dashboard"].browse(action["res_id"])
        self.assertEqual(mine.user_id, leader)
        self.assertEqual(self.home(leader)["res_id"], mine.id, "one dashboard per user")
        other = self.dashboard(self.u(self.kabid_b))
        with self.assertRaises(AccessError):
            other.with_user(leader).read(["todo_penugasan_count"])

    def test_what_waits_for_the_leader(self):
        """R20 "if the PUO agrees, the PUO assigns": the volunteering waits for Kabid A; R32 "a
        result ... goes from the individual ... to the Level 2 official": the report waits for
        his review. Kabid B, leader of the other Bidang, has nothing waiting."""
        dash = self.dashboard(self.u(self.kabid_a))
        self.assertEqual(dash.todo_penugasan_count, 1)
        self.assertEqual(dash.todo_laporan_count, 1)
        self.assertEqual(dash.todo_all_count, 2)
        self.assertTrue(dash.is_leader)
        self.assertFalse(dash.is_hr)
        action = dash.with_context(asn_todo="todo_penugasan_count").action_open_todo()
        found = self.Penugasan.with_user(self.u(self.kabid_a)).search(action["domain"])
        self.assertEqual(found, self.volunteer)
        other = self.dashboard(self.u(self.kabid_b))
        self.assertEqual((other.todo_penugasan_count, other.todo_laporan_count,
                          other.todo_all_count), (0, 0, 0))

    def test_units_workload_and_late_work(self):
        """R14 "assignments are planned from workload": Bidang A carries two active
        assignments, one past its end date without an accepted result (R32 "the work is done
        when Level 1 accepts it"), one report open for review. The Kepala Dinas heads the units
        below him and counts the same; Kabid B counts none of them, also on Bidang A's card."""
        for emp in (self.kabid_a, self.kadis):
            dash = self.dashboard(self.u(emp))
            self.assertEqual(
                (dash.active_count, dash.late_count, dash.report_count, dash.team_count),
                (2, 1, 1, 0), emp.name)
            self.assertIn(self.bidang_a, dash.unit_ids)
            card = dash.unit_ids.filtered(lambda d: d == self.bidang_a)
            self.assertEqual((card.asn_dash_active_count, card.asn_dash_late_count,
                              card.asn_dash_report_count, card.asn_dash_load), (2, 1, 1, 2.0))
        late = self.Penugasan.with_user(self.u(self.kabid_a)).search(
            self.dashboard(self.u(self.kabid_a)).action_open_late()["domain"])
        self.assertEqual(late, self.late)
        other = self.dashboard(self.u(self.kabid_b))
        self.assertEqual(other.unit_ids, self.bidang_b)
        self.assertEqual((other.active_count, other.late_count, other.report_count), (0, 0, 0))
        card = self.bidang_a.with_user(self.u(self.kabid_b))
        self.assertEqual((card.asn_dash_active_count, card.asn_dash_late_count,
                          card.asn_dash_report_count), (0, 0, 0),
                         "a card counts only what its reader may open")
        staff = self.env["hr.employee.public"].with_user(self.u(self.kabid_a)).browse(
            self.staff_a.id)
        self.assertEqual((staff.asn_dash_active_count, staff.asn_dash_late_count,
                          staff.asn_dash_report_count), (2, 1, 1))

    def test_accepted_result_is_not_late(self):
        """R32: "the work is done when Level 1 accepts it": a late assignment whose final
        result the Kepala Dinas (Level 1) accepted is no longer late."""
        result = self.env["asn.laporan"].with_user(self.u(self.staff_a)).create({
            "name": "Hasil akhir pendataan", "kind": "result", "penugasan_id": self.late.id,
            "submitter_id": self.staff_a.id, "content": "<p>Selesai</p>",
        })
        result.with_user(self.u(self.staff_a)).action_submit()
        for emp in (self.kabid_a, self.kadis):
            self.env.flush_all()
            self.env.invalidate_all()
            result.with_user(self.u(emp)).action_accept()
        self.assertEqual(result.state, "accepted")
        self.assertEqual(self.dashboard(self.u(self.kabid_a)).late_count, 0)

    def test_report_overdue_until_submitted(self):
        """R31 "the PUO may ask ... for a report at any time": past its deadline the request is
        overdue on the leader's dashboard; the employee's report answers it."""
        self.active.with_user(self.u(self.kabid_a)).action_request_report()
        self.assertEqual(self.dashboard(self.u(self.kabid_a)).report_overdue_count, 0)
        self.active.sudo().activity_ids.filtered(
            lambda a: a.user_id == self.u(self.staff_a)).date_deadline = (
            self.today - timedelta(days=1))
        self.assertEqual(self.dashboard(self.u(self.kabid_a)).report_overdue_count, 1)
        self.assertEqual(self.dashboard(self.u(self.kabid_b)).report_overdue_count, 0)
        report = self.env["asn.laporan"].with_user(self.u(self.staff_a)).create({
            "name": "Laporan yang diminta", "penugasan_id": self.active.id,
            "submitter_id": self.staff_a.id, "content": "<p>Terlampir</p>",
        })
        report.with_user(self.u(self.staff_a)).action_submit()
        self.assertEqual(self.dashboard(self.u(self.kabid_a)).report_overdue_count, 0)

    def test_hr_clerk_lands_on_the_problems(self):
        """R33: a problem raised on the work of the Dinas is on the dashboard of the Dinas's HR
        clerk, not on that of the clerk of another PD."""
        self.env["asn.eskalasi"].with_user(self.u(self.staff_a)).create({
            "name": "Data desa terlambat", "penugasan_id": self.active.id,
            "description": "Tiga desa belum mengirim data imunisasi",
            "alternatives": "Minta data ke Puskesmas\nPerpanjang tenggat satu minggu",
        })
        action = self.home(self.clerk_dinas)
        self.assertEqual(action["id"], self.env.ref("sistem_kerja_asn.asn_dashboard_action").id)
        dash = self.dashboard(self.clerk_dinas)
        self.assertTrue(dash.is_hr)
        self.assertEqual(dash.problem_count, 1)
        self.assertEqual(self.dashboard(self.clerk_badan).problem_count, 0)
        problems = dash.action_open_problems()
        self.assertEqual(problems["res_model"], "asn.eskalasi")

    def test_employee_keeps_his_work(self):
        """An employee without a unit to lead still lands on his own work."""
        self.assertEqual(self.home(self.u(self.jf_b))["id"],
                         self.env.ref("sistem_kerja_asn.asn_my_work_to_report_action").id)


@tagged("post_install", "-at_install")
class TestDashboardScreenshots(DashboardCase, HttpCase):
    """Issue 14: the leader and the HR clerk in headless Chromium, each on his main path; the
    pictures go to docs/screenshots/leader_*.png and hr_*.png (linked from the README)."""

    def _chrome(self, login):
        from odoo.tests.common import ChromeBrowser
        from odoo.tests.common import _find_executable
        try:
            _find_executable()
        except Exception:  # noqa: BLE001 - whatever odoo raises when no browser is there
            _logger.warning("CHROMIUM IS NOT INSTALLED: no backend screenshots were taken")
            self.skipTest("chromium is not installed")
        self.env.flush_all()
        browser = ChromeBrowser(self, headless=True)
        self.authenticate(login, login, browser=browser)
        self.cr.flush()
        self.cr.clear()
        return browser

    def _eval(self, browser, code):
        return browser._websocket_request("Runtime.evaluate", params={
            "expression": code, "awaitPromise": True}, timeout=30)["result"].get("value")

    def _wait(self, browser, ready, timeout=90):
        """True once ``ready`` (a JS expression) holds; False after ``timeout`` seconds."""
        try:
            if browser._wait_ready("!!(%s)" % ready, timeout=timeout):
                return True
        except TimeoutError as err:
            _logger.info("the browser did not answer in time: %s", err)
        _logger.info("the page was not ready in time: %s", ready)
        return False

    def _shoot(self, browser, name):
        time.sleep(1)
        metrics = browser._websocket_request("Page.getLayoutMetrics")
        height = min(int(metrics["cssContentSize"]["height"]), 2400)
        browser._websocket_request("Emulation.setDeviceMetricsOverride", params={
            "width": 1366, "height": max(height, 900), "deviceScaleFactor": 1, "mobile": False})
        time.sleep(0.5)
        shot = browser._websocket_request("Page.captureScreenshot", params={"format": "png"})
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / ("%s.png" % name)
        path.write_bytes(base64.b64decode(shot["data"]))
        browser._websocket_request("Emulation.clearDeviceMetricsOverride")
        return path

    def _open(self, browser, url, ready):
        browser.navigate_to(self.base_url() + url, wait_stop=True)
        return self._wait(browser, ready)

    def _click(self, browser, selector, ready):
        self._eval(browser, "document.querySelector(%r).click()" % selector)
        return self._wait(browser, ready)

    def _home(self, browser):
        """Sistem Kerja opened from its app menu, as the user does."""
        menu = self.env.ref("sistem_kerja_asn.menu_sistem_kerja_root")
        return self._open(browser, "/odoo?menu_id=%s" % menu.id,
                          "document.querySelector('.o_asn_dashboard')")

    def test_leader(self):
        """Kabid B lands on his dashboard, opens the request from Bidang A that waits for him
        (R17.2: the PPK where the employee sits answers) and approves it in the form; then
        his staff's workload, per employee."""
        request = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "target_unit_id": self.bidang_b.id, "description": "Analisis data surveilans",
            "purpose": "Analisis tren kasus", "competence": "Epidemiologi",
            "expected_target": "Laporan analisis triwulan", "date_end": self.end,
        })
        request.with_user(self.u(self.kabid_a)).action_send()
        claims = self._active(self.jf_b, "Verifikasi data klaim", self.end)
        self._active(self.jf_b, "Rekap kunjungan lapangan", self.today - timedelta(days=5))
        report = self.env["asn.laporan"].with_user(self.u(self.jf_b)).create({
            "name": "Verifikasi minggu pertama", "penugasan_id": claims.id,
            "submitter_id": self.jf_b.id, "content": "<p>120 klaim diverifikasi</p>",
        })
        report.with_user(self.u(self.jf_b)).action_submit()
        leader = self.u(self.kabid_b)
        browser = self._chrome(leader.login)
        try:
            self.assertTrue(self._home(browser))
            self.assertTrue(self._wait(
                browser, "document.querySelector('.o_asn_dashboard .o_kanban_record')"),
                "the dashboard shows the leader's units")
            self._shoot(browser, "leader_dashboard")
            self.assertTrue(self._click(
                browser, "button[name=action_open_todo]", "document.querySelector('.o_data_row')"))
            self._shoot(browser, "leader_waiting")
            self.assertTrue(self._click(
                browser, ".o_data_row .o_data_cell",
                "document.querySelector('button[name=action_approve]')"),
                "the leader sees the Approve button of the request waiting for him")
            self.assertFalse(self._eval(
                browser, "!!document.querySelector('button[name=action_issue_letter]')"))
            self._shoot(browser, "leader_request")
            self.assertTrue(self._click(
                browser, "button[name=action_approve]",
                "!document.querySelector('button[name=action_approve]') && "
                "document.querySelector('button[name=action_recommend]')"))
            self._shoot(browser, "leader_approved")
            self.assertTrue(self._home(browser))
            self.assertTrue(self._click(
                browser, "button[name=action_open_workload]",
                "document.querySelector('.o_pivot table')"))
            self._shoot(browser, "leader_workload")
            self.assertTrue(self._home(browser))
            self.assertTrue(self._click(
                browser, ".o_kanban_record button[name=action_asn_dash_active]",
                "(document.querySelector('.o_group_header') || {}).textContent"
                "?.includes('JF B (2)')"),
                "a unit's card opens the active assignments of its staff, per employee")
            self.assertTrue(self._home(browser))
            self.assertTrue(self._click(
                browser, "button[name=action_open_staff]",
                "document.querySelector('.o_kanban_record')"))
            self._shoot(browser, "leader_staff")
        finally:
            browser.stop()
        self.env.invalidate_all()
        self.assertEqual(request.state, "recommendation")

    def test_hr_clerk(self):
        """The HR clerk of the Dinas lands on his dashboard, opens the problems raised and the
        employee form with the portal access button and the smart buttons of the work."""
        self.env["asn.eskalasi"].with_user(self.u(self.staff_a)).create({
            "name": "Data desa terlambat", "penugasan_id": self.active.id,
            "description": "Tiga desa belum mengirim data imunisasi",
            "alternatives": "Minta data ke Puskesmas\nPerpanjang tenggat satu minggu",
        })
        self._active(self.newcomer, "Input data kepegawaian", self.end)
        browser = self._chrome(self.clerk_dinas.login)
        try:
            self.assertTrue(self._home(browser))
            self.assertTrue(self._wait(
                browser, "document.querySelector('button[name=action_open_problems]')"))
            self._shoot(browser, "hr_dashboard")
            self.assertTrue(self._click(
                browser, "button[name=action_open_problems]",
                "document.querySelector('.o_data_row')"))
            self._shoot(browser, "hr_problems")
            self.assertTrue(self._open(
                browser, "/odoo/action-sistem_kerja_asn.hr_employee_action_sistem_kerja/%s"
                % self.newcomer.id,
                "document.querySelector('button[name=action_asn_grant_portal]') && "
                "document.querySelector('button[name=action_asn_open_penugasan]')"),
                "the clerk sees the portal button and the smart buttons")
            self._shoot(browser, "hr_employee")
        finally:
            browser.stop()
