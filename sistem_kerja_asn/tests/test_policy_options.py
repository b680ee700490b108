from odoo.exceptions import AccessError
from odoo.exceptions import ValidationError
from odoo.tests import new_test_user
from odoo.tests import tagged

from ..rules import presets
from .test_penugasan import PenugasanCase


def _values(options):
    return {k: v for k, v in options.items() if k not in ("key", "label", "sources")}


@tagged("post_install", "-at_install")
class TestPolicyOptions(PenugasanCase):
    """Issue 12 item 2: everything a preset sets is editable per company; "Apply preset" covers
    all of it; the chatter records who changed what."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.clerk = new_test_user(
            cls.env, login="u_policy_clerk", company_id=cls.company.id,
            company_ids=[(6, 0, [cls.company.id])],
            groups="base.group_user,base.group_system,sistem_kerja_asn.group_manager",
        )
        cls.policy = cls.env["asn.kedudukan.policy"]._for_company(cls.company)

    def as_clerk(self):
        self.env.flush_all()
        self.env.invalidate_all()
        return self.policy.with_user(self.clerk).with_context(
            allowed_company_ids=[self.company.id]
        )

    def test_apply_preset_sets_every_option_of_every_regency(self):
        """Every option a regency's module states reaches the company's policy when the preset is
        applied, and what the models read is exactly the preset (nothing left at national)."""
        for key in presets.MODULES:
            with self.subTest(preset=key):
                policy = self.as_clerk()
                policy.preset = key
                policy.action_apply_preset()
                self.assertEqual(
                    _values(policy._all_options()), _values(presets.get_all_options(key))
                )
                self.assertTrue(policy.option_source)
        # ... because the policy holds every option itself (none left to the preset's fallback)
        self.assertLessEqual(
            {*presets.OPTION_KEYS, *presets.REVIEW_OPTION_KEYS}, set(policy._own_options())
        )

    def test_edited_document_is_the_one_the_assignment_gets(self):
        """R15 made a company choice: the clerk sets a Keputusan Kepala PD for individuals across
        units; a new assignment across units then carries it, the preset untouched."""
        policy = self.as_clerk()
        line = policy.letter_ids.filtered(lambda line: not line.pd_kind and line.scope == "lintas_unit")
        line.individu = "keputusan_kepala_pd"
        rec = self.Penugasan.with_user(self.u(self.kabid_a)).create({
            "scope": "lintas_unit", "owning_unit_id": self.bidang_a.id,
            "target_unit_id": self.bidang_b.id, "description": "Analisis data surveilans",
            "purpose": "Analisis tren kasus", "competence": "Epidemiologi",
            "expected_target": "Laporan analisis triwulan", "date_end": self.end,
        })
        self.assertEqual(rec.letter_type, "keputusan_kepala_pd")
        self.assertEqual(presets.get_options("national")["letters"]["lintas_unit"]["individu"],
                         "surat_tugas")

    def test_chatter_records_who_changed_what(self):
        """An option changed by the clerk is tracked in his name; a changed document line is
        written in the chatter with its old and new values."""
        policy = self.as_clerk()
        policy.request_to = "pd_head_puo"
        line = policy.letter_ids.filtered(lambda line: not line.pd_kind and line.scope == "dalam_unit")
        line.tim = "sk_tim_kerja"
        self.env.flush_all()
        self.env.cr.precommit.run()  # mail tracking is written at commit
        messages = self.policy.sudo().message_ids
        tracked = messages.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "request_to"
        )
        self.assertTrue(tracked)
        self.assertEqual(tracked.mail_message_id.author_id, self.clerk.partner_id)
        changed = messages.filtered(lambda m: "Surat Keputusan Tim Kerja" in (m.body or ""))
        self.assertTrue(changed, messages.mapped("body"))
        self.assertEqual(changed[0].author_id, self.clerk.partner_id)

    def test_apply_preset_resets_the_edits(self):
        """"Apply preset" covers the options too: an edited company goes back to the preset."""
        policy = self.as_clerk()
        policy.write({"ketua_required": True, "team_plan_months": 6, "scope_lintas_pd": True})
        policy.letter_ids[:1].individu = "surat_perintah"
        policy.review_mode_ids[:1].mode = "never"
        policy.action_apply_preset()
        self.assertEqual(
            _values(policy._all_options()), _values(presets.get_all_options(policy.preset))
        )

    def test_bad_options_refused(self):
        """A scope without its documents, the same scope twice, a months value below zero and an
        unknown unit kind are each a clear error, never a half configuration."""
        policy = self.as_clerk()
        general = policy.letter_ids.filtered(lambda line: not line.pd_kind)
        with self.assertRaises(ValidationError):
            with self.env.cr.savepoint():
                general.filtered(lambda line: line.scope == "lintas_unit").unlink()
                policy._check_options()
        with self.assertRaises(ValidationError):
            with self.env.cr.savepoint():
                policy.write({"letter_ids": [(0, 0, {"scope": "dalam_unit", "individu": "surat_tugas",
                                                    "tim": "surat_tugas"})]})
        with self.assertRaises(ValidationError):
            with self.env.cr.savepoint():
                policy.team_longer_than_months = -1
        with self.assertRaises(ValidationError):
            with self.env.cr.savepoint():
                policy.review_top_kinds = "kelurahan,kantor_pos"
        with self.assertRaises(ValidationError):
            with self.env.cr.savepoint():
                general.filtered(lambda line: line.scope == "lintas_unit").individu = False

    def test_employee_cannot_change_options(self):
        """An employee reads the policy (his flows follow it) but cannot change it."""
        self.env.flush_all()
        self.env.invalidate_all()
        policy = self.policy.with_user(self.u(self.kabid_a))
        self.assertTrue(policy.request_to)
        with self.assertRaises(AccessError):
            policy.request_to = "pd_head_puo"
        with self.assertRaises(AccessError):
            policy.letter_ids[:1].individu = "surat_perintah"

    def test_settings_preset_applies_all(self):
        """Settings -> Sistem Kerja: choosing the Muna preset sets Muna's team options (MUN Ps 1
        angka 16: a tim kerja works more than 6 months, appointed by the Kepala PD)."""
        settings = self.env["res.config.settings"].with_user(self.clerk).with_context(
            allowed_company_ids=[self.company.id]
        ).create({})
        settings.asn_preset = "muna"
        settings.execute()
        self.env.invalidate_all()
        self.assertEqual(self.policy.team_longer_than_months, 6)
        self.assertEqual(self.policy.team_established_by, "pd_head_owner")
