# Copyright 2026 sistem_kerja_asn contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
{
    "name": "Sistem Kerja ASN: Attendances",
    "summary": "Hours worked and late check-ins of civil servants from Odoo's Attendances "
    "(R36, R37, R41, Perwali Denpasar 69/2023 Ps 24)",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Attendances",
    "website": "https://github.com/sistem-kerja-asn/sistem_kerja_asn",
    "author": "sistem_kerja_asn contributors",
    "license": "LGPL-3",
    "installable": True,
    "auto_install": True,
    "depends": ["sistem_kerja_asn", "hr_attendance"],
    "data": [
        "views/hr_attendance_views.xml",
        "views/asn_kedudukan_policy_views.xml",
    ],
}
