"""Issue 16 (the bench, measure e): the position titles of a list of employees (the XLSX predikat
recap's "Position" column, the letters' tables) cost the same queries for 2 employees as for
all of them; bench/regency_bench.py measured one query per row of the recap before."""
from odoo.tests import tagged

from .test_penugasan import PenugasanCase


@tagged("post_install", "-at_install")
class TestBenchQueries(PenugasanCase):

    def _title_queries(self, employees):
        self.env.flush_all()
        self.env.invalidate_all()
        employees = self.env["hr.employee"].sudo().browse(employees.ids)
        before = self.cr.sql_log_count
        titles = [emp._asn_position_title() for emp in employees]
        return self.cr.sql_log_count - before, titles

    def test_position_titles_batched(self):
        """R1, R15: a head is titled by the office he heads ("Kepala Dinas ..."), a staff member
        by his position class; the heads' units are read once for the whole list."""
        extra = self.env["hr.employee"]
        for i in range(12):
            extra |= self.person("Staf Tambahan %s" % i, self.bidang_b, "pelaksana")
        everyone = self.kadis | self.kabid_a | self.kabid_b | self.staff_a | self.jf_b | extra
        few, _titles = self._title_queries(self.kadis | self.staff_a)
        many, titles = self._title_queries(everyone)
        self.assertTrue(titles[0] and titles[3])
        self.assertNotEqual(titles[0], titles[3])  # the head's office, the staff's class
        self.assertLessEqual(many, few + 2, "one query per employee: %s vs %s" % (many, few))
