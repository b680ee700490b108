"""Fast tier: make ``sistem_kerja_asn.rules`` importable without running the addon's
``__init__`` (which imports Odoo)."""

import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADDON = ROOT / "sistem_kerja_asn"

if "sistem_kerja_asn" not in sys.modules:
    _pkg = types.ModuleType("sistem_kerja_asn")
    _pkg.__path__ = [str(ADDON)]
    sys.modules["sistem_kerja_asn"] = _pkg
