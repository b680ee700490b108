from odoo.tests import TransactionCase


class KedudukanCase(TransactionCase):
    """A fresh government (company) per test class, with builders for units and employees."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create({"name": "Kabupaten Uji"})
        cls.env = cls.env(context=dict(cls.env.context, allowed_company_ids=[cls.company.id]))
        cls.Dept = cls.env["hr.department"]
        cls.Emp = cls.env["hr.employee"]
        cls.setda = cls.unit("Sekretariat Daerah", "setda", pd=True)
        cls.sekda = cls.person("Sekda", cls.setda, "jpt_pratama", head=True)

    @classmethod
    def set_preset(cls, key):
        policy = cls.env["asn.kedudukan.policy"]._for_company(cls.company)
        policy.preset = key
        policy.action_apply_preset()
        return policy

    @classmethod
    def unit(cls, name, kind, parent=None, pd=False):
        return cls.Dept.create({
            "name": name, "unit_kind": kind, "parent_id": parent and parent.id,
            "is_perangkat_daerah": pd, "company_id": cls.company.id,
        })

    @classmethod
    def person(cls, name, unit, jabatan, jenjang=False, head=False):
        emp = cls.Emp.create({
            "name": name, "department_id": unit.id, "jabatan_type": jabatan,
            "jenjang": jenjang, "company_id": cls.company.id,
        })
        if head:
            unit.manager_id = emp
        return emp

    def assertOfficials(self, emp, ppk, puo=None, atasan=None, coordinator=None):
        emp.invalidate_recordset()
        msg = "%s: %s" % (emp.name, emp.kedudukan_reason)
        self.assertEqual(emp.ppk_id, ppk, msg)
        if puo is not None:
            self.assertEqual(emp.pimpinan_unit_id, puo, msg)
        if atasan is not None:
            self.assertEqual(emp.atasan_ppk_id, atasan, msg)
        if coordinator is not None:
            self.assertEqual(emp.koordinator_id, coordinator, msg)
