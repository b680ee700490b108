# Copyright 2026 sistem_kerja_asn contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Sistem Kerja ASN",
    "summary": "Indonesia's ASN work system for regional governments: positions, "
    "appraisers, work teams, assignments, review and performance",
    "version": "18.0.1.0.0",
    "category": "Human Resources",
    "website": "https://github.com/sistem-kerja-asn/sistem_kerja_asn",
    "author": "sistem_kerja_asn contributors",
    "license": "LGPL-3",
    "application": True,
    "installable": True,
    "depends": ["hr", "mail", "portal", "resource"],
    "data": [
        "security/sistem_kerja_asn_security.xml",
        "security/ir.model.access.csv",
        "data/ir_cron_data.xml",
        "data/mail_activity_type_data.xml",
        "data/ir_sequence_data.xml",
        "report/asn_letter_layout.xml",
        "report/asn_penugasan_reports.xml",
        "views/hr_employee_views.xml",
        "views/hr_department_views.xml",
        "views/asn_delegasi_penilaian_views.xml",
        "views/asn_kedudukan_policy_views.xml",
        "views/res_config_settings_views.xml",
        "views/asn_penugasan_views.xml",
        "views/asn_tim_kerja_views.xml",
        "views/sistem_kerja_asn_menus.xml",
    ],
    "demo": ["demo/sistem_kerja_asn_demo.xml"],
    "post_init_hook": "post_init_hook",
}
