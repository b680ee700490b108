"""Fast tier: the static checks of test_static.py (XML, manifest, access CSV, i18n/id.po,
pylint-odoo) on the attendance bridge ``sistem_kerja_asn_attendance``.

test_static.py is loaded a second time as its own module with ``ADDON_NAME`` set before its code
runs, so that its module-level paths, parametrisations and caches are the bridge's; its test
functions are collected here under the same names.
"""

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "test_static_sistem_kerja_asn_attendance", Path(__file__).with_name("test_static.py")
)
_STATIC = importlib.util.module_from_spec(_SPEC)
_STATIC.ADDON_NAME = "sistem_kerja_asn_attendance"
_SPEC.loader.exec_module(_STATIC)

globals().update(
    {name: value for name, value in vars(_STATIC).items() if name.startswith("test_")}
)
