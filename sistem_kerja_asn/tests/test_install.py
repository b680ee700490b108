from odoo.addons.sistem_kerja_asn.rules import nip
from odoo.addons.sistem_kerja_asn.rules import positions
from odoo.addons.sistem_kerja_asn.rules.errors import RuleError
from odoo.tests import TransactionCase
from odoo.tests import new_test_user
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestInstall(TransactionCase):
    """The foundation: the app menu, its groups, its Indonesian labels, and rules/ inside Odoo."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.root_menu = cls.env.ref("sistem_kerja_asn.menu_sistem_kerja_root")
        cls.user_employee = new_test_user(cls.env, login="skasn_emp", groups="base.group_user")
        cls.user_portal = new_test_user(cls.env, login="skasn_portal", groups="base.group_portal")
        cls.user_clerk = new_test_user(
            cls.env, login="skasn_clerk", groups="base.group_user,sistem_kerja_asn.group_admin_pd"
        )

    def test_menu_visible_to_employees(self):
        """Every internal user is a Pegawai and sees the Sistem Kerja app."""
        self.assertTrue(self.user_employee.has_group("sistem_kerja_asn.group_pegawai"))
        visible = self.env["ir.ui.menu"].with_user(self.user_employee)._visible_menu_ids()
        self.assertIn(self.root_menu.id, visible)
        self.assertIn(self.env.ref("sistem_kerja_asn.menu_sistem_kerja_directory").id, visible)
        self.assertNotIn(self.env.ref("sistem_kerja_asn.menu_sistem_kerja_employees").id, visible)
        self.assertNotIn(self.env.ref("sistem_kerja_asn.menu_sistem_kerja_config").id, visible)

    def test_menu_for_hr_clerk(self):
        """An Admin Kepegawaian PD opens the employee records; settings stay the Manager's."""
        visible = self.env["ir.ui.menu"].with_user(self.user_clerk)._visible_menu_ids()
        self.assertIn(self.env.ref("sistem_kerja_asn.menu_sistem_kerja_employees").id, visible)
        self.assertNotIn(self.env.ref("sistem_kerja_asn.menu_sistem_kerja_config").id, visible)

    def test_menu_hidden_from_portal(self):
        """A portal user is no Pegawai of the backend: the app's groups exclude them."""
        self.assertFalse(self.user_portal.has_group("sistem_kerja_asn.group_pegawai"))
        self.assertTrue(self.root_menu.groups_id)
        self.assertFalse(self.root_menu.groups_id & self.user_portal.groups_id)

    def test_group_chain(self):
        """Manager > Admin Daerah > Admin PD > Pegawai (implied_ids)."""
        manager = new_test_user(self.env, login="skasn_mgr", groups="sistem_kerja_asn.group_manager")
        for xmlid in ("group_admin_daerah", "group_admin_pd", "group_pegawai"):
            self.assertTrue(manager.has_group("sistem_kerja_asn." + xmlid), xmlid)
        self.assertTrue(manager.has_group("hr.group_hr_user"))

    def test_indonesian_labels(self):
        """i18n/id.po loads: the menus read in Indonesian."""
        self.env["res.lang"]._activate_lang("id_ID")
        self.env["ir.module.module"]._load_module_terms(["sistem_kerja_asn"], ["id_ID"], overwrite=True)
        menus = self.env["ir.ui.menu"].with_context(lang="id_ID")
        self.assertEqual(menus.browse(self.root_menu.id).name, "Sistem Kerja")
        self.assertEqual(
            menus.browse(self.env.ref("sistem_kerja_asn.menu_sistem_kerja_config").id).name,
            "Konfigurasi",
        )
        self.assertEqual(
            menus.browse(self.env.ref("sistem_kerja_asn.menu_sistem_kerja_employees").id).name,
            "Pegawai",
        )

    def test_rules_inside_odoo(self):
        """rules/ is importable from the addon and decides the same as in the fast tier."""
        parts = nip.parse_nip("198503122010011003")
        self.assertEqual(parts.sex, "male")
        self.assertEqual(parts.birth_date.isoformat(), "1985-03-12")
        with self.assertRaises(RuleError) as err:
            nip.parse_nip("19850312201001100")
        self.assertEqual(err.exception.code, "length")
        self.assertGreater(positions.rank("administrator"), positions.rank("pengawas"))
