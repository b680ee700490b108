"""Fast tier: the addons package the OCA way (issue 16, "Packaging the OCA way").

A regency's server installs an OCA addon as a wheel built by ``whool`` (the build backend of every
OCA repository's ``pyproject.toml``): ``pip wheel --no-deps ./sistem_kerja_asn`` makes
``odoo_addon_sistem_kerja_asn-<manifest version>-py3-none-any.whl``, installed with
``pip install --no-deps`` into the Odoo's environment, where it lands in ``odoo/addons/``.

The wheel is built from what the next commit of the addon holds (the files git tracks plus the
new ones it does not ignore: whool packs the files git tracks), without the network
(``--no-build-isolation``, whool from requirements-dev.txt). Its contents are checked against the
manifest: every data and demo file, ``i18n/*.po``, the icon, the plain-Python ``rules/``, the
migration scripts; nothing of the top-level ``tests/`` (the fast tier), no bytecode.
"""

import ast
import email.parser
import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ADDONS = ["sistem_kerja_asn", "sistem_kerja_asn_attendance"]


def _manifest(addon):
    return ast.literal_eval((ROOT / addon / "__manifest__.py").read_text(encoding="utf-8"))


def _next_commit_files(addon):
    """The addon's files as the next commit holds them (tracked + not ignored), relative paths."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT / addon, check=True, capture_output=True, text=True,
        ).stdout
        files = [f for f in out.split("\0") if f and (ROOT / addon / f).is_file()]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout (a tarball)
        files = [str(p.relative_to(ROOT / addon)) for p in (ROOT / addon).rglob("*") if p.is_file()]
    return sorted(f for f in files if "__pycache__" not in f and not f.endswith(".pyc"))


def _build(addon, tmp_path):
    src = tmp_path / "src" / addon
    for rel in _next_commit_files(addon):
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / addon / rel, src / rel)
    out = tmp_path / "dist"
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)]
    if importlib.util.find_spec("whool") and importlib.util.find_spec("wheel"):
        cmd.insert(5, "--no-build-isolation")
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode and "whool" in res.stderr and (
        "No matching distribution" in res.stderr or "Could not find a version" in res.stderr
        or "Failed to establish" in res.stderr
    ):
        pytest.skip(
            "!!! PACKAGING NOT CHECKED: the build backend whool cannot be installed here "
            "(pip install -r requirements-dev.txt; no package index?) !!!\n" + res.stderr[-800:]
        )
    assert res.returncode == 0, f"pip wheel {addon} failed:\n{res.stdout}\n{res.stderr}"
    wheels = list(out.glob("*.whl"))
    assert len(wheels) == 1, wheels
    return src, wheels[0]


@pytest.fixture(scope="module", params=ADDONS)
def built(request, tmp_path_factory):
    addon = request.param
    src, whl = _build(addon, tmp_path_factory.mktemp(addon))
    with zipfile.ZipFile(whl) as zf:
        names = set(zf.namelist())
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        meta = email.parser.Parser().parsestr(zf.read(meta_name).decode())
    return addon, src, whl, names, meta


def test_pyproject_uses_whool():
    """OCA's template: ``[build-system] requires = ["whool"] build-backend = "whool.buildapi"``."""
    for addon in ADDONS:
        text = (ROOT / addon / "pyproject.toml").read_text(encoding="utf-8")
        assert 'requires = ["whool"]' in text, addon
        assert 'build-backend = "whool.buildapi"' in text, addon
    assert "whool" in (ROOT / "requirements-dev.txt").read_text().split(), (
        "requirements-dev.txt must list whool so the fast tier builds the wheels"
    )


def test_wheel_name_is_the_manifest_version(built):
    addon, _src, whl, _names, meta = built
    version = _manifest(addon)["version"]
    assert version.startswith("18.0.")
    assert whl.name == f"odoo_addon_{addon}-{version}-py3-none-any.whl"
    assert meta["Name"] == f"odoo-addon-{addon}"
    requires = meta.get_all("Requires-Dist") or []
    assert "odoo==18.0.*" in requires, requires


def test_external_dependencies_declared():
    """The XLSX recap imports xlsxwriter: the manifest declares it, so pip and Odoo know."""
    manifest = _manifest("sistem_kerja_asn")
    assert "xlsxwriter" in manifest.get("external_dependencies", {}).get("python", [])
    recap = (ROOT / "sistem_kerja_asn/models/asn_kinerja_recap_wizard.py").read_text()
    assert "import xlsxwriter" in recap


def test_wheel_requires_what_the_manifest_declares(built):
    addon, _src, _whl, _names, meta = built
    requires = meta.get_all("Requires-Dist") or []
    for lib in _manifest(addon).get("external_dependencies", {}).get("python", []):
        assert lib in requires, (lib, requires)
    for dep in _manifest(addon)["depends"]:
        if (ROOT / dep / "__manifest__.py").exists():  # an addon of this repository
            assert any(r.startswith(f"odoo-addon-{dep}") for r in requires), (dep, requires)


def test_wheel_holds_the_addon(built):
    addon, src, _whl, names, _meta = built
    prefix = f"odoo/addons/{addon}/"
    manifest = _manifest(addon)
    expected = {"__manifest__.py", "__init__.py", "README.rst"}
    expected |= set(manifest.get("data", [])) | set(manifest.get("demo", []))
    expected |= {str(p.relative_to(src)) for p in src.glob("i18n/*.po*")}
    expected |= {str(p.relative_to(src)) for p in src.glob("rules/**/*.py")}
    expected |= {str(p.relative_to(src)) for p in src.glob("migrations/**/*.py")}
    expected |= {str(p.relative_to(src)) for p in src.glob("static/**/*") if p.is_file()}
    if addon == "sistem_kerja_asn":
        assert "i18n/id.po" in expected and "static/description/icon.png" in expected
        assert any(e.startswith("rules/") for e in expected)
    missing = sorted(e for e in expected if prefix + e not in names)
    assert not missing, f"files missing from the wheel of {addon}: {missing}"


def test_wheel_holds_nothing_else(built):
    """Only the addon under odoo/addons/ and the wheel's metadata: no top-level tests/ (the fast
    tier is not shipped), no bytecode, no pyproject.toml."""
    addon, _src, whl, names, _meta = built
    prefix = f"odoo/addons/{addon}/"
    stray = sorted(n for n in names if not n.startswith(prefix) and ".dist-info/" not in n)
    assert not stray, stray
    fast_tier = {p.read_bytes(): p.name for p in (ROOT / "tests").glob("*.py")}
    with zipfile.ZipFile(whl) as zf:
        shipped = sorted(fast_tier[zf.read(n)] for n in names if zf.read(n) in fast_tier)
    assert not shipped, f"fast-tier tests shipped in the wheel: {shipped}"
    assert not [n for n in names if n.endswith((".pyc", "pyproject.toml"))]
    assert not [n for n in names if "__pycache__" in n]
