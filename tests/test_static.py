"""Fast tier: static checks of the addon directory, without Odoo.

XML well-formed and ids unique, local references defined before use, the manifest, the access
CSV, ``i18n/id.po`` (parses, complete, loadable by Odoo, covers the source strings) and OCA's
mandatory pylint-odoo checks. Each check reads whatever the addon holds now; a failure names the
file and the defect.

If ``ODOO_SRC`` points at an Odoo 18.0 source tree, references to other modules' models and
groups are checked against the addon's (transitive) dependencies; without it they are accepted.
"""

import ast
import csv
import importlib.util
import io
import os
import re
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

import polib
import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError
from babel.messages.pofile import read_po
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
# The addon checked: sistem_kerja_asn; tests/test_static_attendance.py loads this file again with
# ADDON_NAME set to run the same checks on the attendance bridge.
ADDON = ROOT / globals().get("ADDON_NAME", "sistem_kerja_asn")
MODULE = ADDON.name
MANIFEST = ADDON / "__manifest__.py"
ACCESS_CSV = ADDON / "security" / "ir.model.access.csv"
PO_FILE = ADDON / "i18n" / "id.po"
PYLINTRC = ROOT / ".pylintrc-mandatory"

ACCESS_HEADER = [
    "id",
    "name",
    "model_id:id",
    "group_id:id",
    "perm_read",
    "perm_write",
    "perm_create",
    "perm_unlink",
]
VERSION_RE = re.compile(r"18\.0\.\d+\.\d+\.\d+")
XMLID_RE = re.compile(r"(?:(\w+)\.)?(\w+)")
REF_IN_EVAL_RE = re.compile(r"""\bref\(\s*['"]([\w.]+)['"]""")
# Records whose "name" field is translatable (exported to the .po file).
TRANSLATABLE_NAME_MODELS = {
    "ir.ui.menu",
    "ir.actions.act_window",
    "ir.actions.server",
    "ir.actions.report",
    "ir.actions.client",
    "ir.module.category",
    "res.groups",
    "mail.activity.type",
}
# Position of the ``string`` argument when passed positionally (default 0).
FIELD_STRING_POS = {
    "Many2one": 1,
    "One2many": 2,
    "Many2many": 4,
    "Selection": 1,
    "Reference": 1,
}


# --- helpers ------------------------------------------------------------------------------


def _files(*suffixes, exclude=()):
    """Addon files ending in one of ``suffixes``, as POSIX paths relative to the addon."""
    if not ADDON.is_dir():
        return []
    found = []
    for path in sorted(ADDON.rglob("*")):
        rel = path.relative_to(ADDON)
        if not path.is_file() or not path.name.endswith(suffixes):
            continue
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        if rel.parts[0] in exclude:
            continue
        found.append(rel.as_posix())
    return found


def _require(path):
    """Fail clearly when ``path`` (a file the checks need) does not exist."""
    if not ADDON.is_dir():
        pytest.fail(f"addon directory {ADDON} does not exist")
    if not path.is_file():
        pytest.fail(f"{path.relative_to(ROOT)} does not exist")


@cache
def _manifest_or_none():
    """The manifest dict, or None if it is missing or not a literal dict."""
    if not MANIFEST.is_file():
        return None
    try:
        value = ast.literal_eval(MANIFEST.read_text(encoding="utf-8"))
    except (SyntaxError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _manifest():
    """The manifest dict; fails the test clearly when it cannot be read."""
    _require(MANIFEST)
    manifest = _manifest_or_none()
    if manifest is None:
        pytest.fail(
            f"{MANIFEST.relative_to(ROOT)} is not a Python dict literal (ast.literal_eval)"
        )
    return manifest


def _listed(key):
    """Entries of the manifest list ``key`` (data, demo), empty when absent or not a list."""
    value = (_manifest_or_none() or {}).get(key) or []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


@cache
def _xml_tree(rel):
    """The parsed XML file ``rel``, or None when it does not parse (test_xml_parses reports)."""
    try:
        return etree.parse(str(ADDON / rel))
    except etree.XMLSyntaxError:
        return None


def _xml_data_files():
    """The addon's XML data files (everything but static assets)."""
    return _files(".xml", exclude=("static",))


def _qualify(xmlid):
    """``module.name`` for an xml id, adding this module when unqualified."""
    return xmlid if "." in xmlid else f"{MODULE}.{xmlid}"


def _is_local(xmlid):
    """True for an xml id of this module (unqualified or qualified with it)."""
    return "." not in xmlid or xmlid.split(".", 1)[0] == MODULE


def _defined_ids(rel):
    """(qualified id, line, model) of record, template and menuitem elements in ``rel``."""
    tree = _xml_tree(rel)
    if tree is None:
        return []
    defined = []
    for elem in tree.iter("record", "template", "menuitem"):
        if elem.get("id"):
            model = {"record": elem.get("model"), "template": "ir.ui.view"}.get(
                elem.tag, "ir.ui.menu"
            )
            defined.append((_qualify(elem.get("id")), elem.sourceline, model))
    return defined


def _csv_ids(rel):
    """Qualified ids defined by the ``id`` column of a data CSV file."""
    with open(ADDON / rel, newline="", encoding="utf-8") as handle:
        return [_qualify(row["id"]) for row in csv.DictReader(handle) if row.get("id")]


@cache
def _python_modules():
    """{addon-relative dotted module: ast tree} of the addon's Python files (not tests/)."""
    modules = {}
    for rel in _files(".py", exclude=("tests",)):
        try:
            tree = ast.parse((ADDON / rel).read_text(encoding="utf-8"), filename=rel)
        except SyntaxError:
            continue  # pylint reports it
        name = rel[: -len(".py")].replace("/", ".")
        modules[name.removesuffix(".__init__") if name != "__init__" else ""] = (
            rel,
            tree,
        )
    return modules


@cache
def _local_models():
    """{model name: (file, is_abstract)} of models the addon defines with ``_name``."""
    models = {}
    for rel, tree in _python_modules().values():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            attrs = {}
            for stmt in cls.body:
                if isinstance(stmt, ast.Assign) and isinstance(
                    stmt.value, ast.Constant
                ):
                    for target in stmt.targets:
                        if isinstance(target, ast.Name):
                            attrs[target.id] = stmt.value.value
            name = attrs.get("_name")
            if not isinstance(name, str) or name == attrs.get("_inherit"):
                continue
            abstract = any(
                (isinstance(b, ast.Attribute) and b.attr == "AbstractModel")
                or (isinstance(b, ast.Name) and b.id == "AbstractModel")
                for b in cls.bases
            )
            models[name] = (rel, abstract)
    return models


@cache
def _dependency_closure():
    """This addon's dependencies, transitively, read from ``$ODOO_SRC``; None without it."""
    src = os.environ.get("ODOO_SRC")
    if not src or not Path(src, "odoo", "addons", "base").is_dir():
        return None
    roots = [ROOT, Path(src, "addons"), Path(src, "odoo", "addons")]
    seen, todo = set(), list(_listed("depends") or ["base"])
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for root in roots:
            manifest = root / name / "__manifest__.py"
            if manifest.is_file():
                deps = ast.literal_eval(manifest.read_text(encoding="utf-8")).get(
                    "depends", []
                )
                todo.extend(deps or ([] if name == "base" else ["base"]))
                break
    return seen | {"base"}


def _check_foreign_module(module, what, errors):
    """Record an error when ``module`` is not among the dependencies (if they are known)."""
    closure = _dependency_closure()
    if closure is not None and module not in closure:
        errors.append(f"{what}: module {module!r} is not a (transitive) dependency")


# --- XML ----------------------------------------------------------------------------------


@pytest.mark.parametrize("rel", _files(".xml"))
def test_xml_parses(rel):
    """Every XML file of the addon is well-formed."""
    try:
        etree.parse(str(ADDON / rel))
    except etree.XMLSyntaxError as exc:
        pytest.fail(f"{rel} does not parse: {exc}")


def test_xml_ids_unique():
    """record / template / menuitem ids are unique across the addon's XML files."""
    _require(MANIFEST)
    seen = defaultdict(list)
    for rel in _xml_data_files():
        for xmlid, line, _model in _defined_ids(rel):
            seen[xmlid].append(f"{rel}:{line}")
    dupes = {xmlid: where for xmlid, where in seen.items() if len(where) > 1}
    assert not dupes, "duplicate XML ids:\n" + "\n".join(
        f"  {xmlid}: {', '.join(where)}" for xmlid, where in sorted(dupes.items())
    )


def _refs(elem):
    """Local xml ids an element refers to (ref=, parent=, action=, groups=, eval ref())."""
    refs = []
    if elem.get("ref"):
        refs.append(elem.get("ref"))
    if elem.tag == "menuitem":
        refs += [elem.get(a) for a in ("parent", "action") if elem.get(a)]
    for group in (elem.get("groups") or "").split(","):
        group = group.strip().lstrip("!")
        if group:
            refs.append(group)
    refs += REF_IN_EVAL_RE.findall(elem.get("eval") or "")
    return [r for r in refs if _is_local(r)]


def _generated_ids():
    """Qualified ids Odoo creates from the addon's models before loading data (model_x)."""
    return {f"{MODULE}.model_{name.replace('.', '_')}" for name in _local_models()}


def _is_generated_field_id(xmlid):
    """True for field_<model>__<field> / selection__<model>__... ids of a local model."""
    name = xmlid.split(".", 1)[-1]
    prefixes = [f"field_{m.replace('.', '_')}__" for m in _local_models()]
    prefixes += [f"selection__{m.replace('.', '_')}__" for m in _local_models()]
    return any(name.startswith(prefix) for prefix in prefixes)


def test_xml_local_refs_defined_before_use():
    """Local xml ids referenced in data/demo files are defined earlier in the load order."""
    _manifest()
    defined = _generated_ids()
    errors = []
    for rel in dict.fromkeys([*_listed("data"), *_listed("demo")]):
        path = ADDON / rel
        if rel.endswith(".csv") and path.is_file():
            defined.update(_csv_ids(rel))
        if not rel.endswith(".xml") or not path.is_file() or _xml_tree(rel) is None:
            continue
        for elem in _xml_tree(rel).iter(etree.Element):
            for ref in _refs(elem):
                if _qualify(ref) not in defined and not _is_generated_field_id(ref):
                    errors.append(
                        f"{rel}:{elem.sourceline}: {ref!r} is not defined before use"
                    )
            if elem.tag in ("record", "template", "menuitem") and elem.get("id"):
                defined.add(_qualify(elem.get("id")))
    assert not errors, "undefined or out-of-order references:\n  " + "\n  ".join(errors)


# --- manifest -----------------------------------------------------------------------------


def test_manifest_keys():
    """name, version 18.0.x.y.z, license LGPL-3, depends a list of module names."""
    manifest = _manifest()
    errors = []
    if not isinstance(manifest.get("name"), str) or not manifest["name"].strip():
        errors.append(f"name must be a non-empty string, got {manifest.get('name')!r}")
    version = manifest.get("version")
    if not isinstance(version, str) or not VERSION_RE.fullmatch(version):
        errors.append(f"version must match 18.0.x.y.z, got {version!r}")
    if manifest.get("license") != "LGPL-3":
        errors.append(f"license must be 'LGPL-3', got {manifest.get('license')!r}")
    depends = manifest.get("depends")
    if not isinstance(depends, list) or not all(isinstance(d, str) for d in depends):
        errors.append(f"depends must be a list of module names, got {depends!r}")
    for key in ("data", "demo"):
        if key in manifest and not isinstance(manifest[key], list):
            errors.append(f"{key} must be a list, got {type(manifest[key]).__name__}")
    assert not errors, "__manifest__.py: " + "; ".join(errors)


def _asset_paths(entry):
    """File paths (globs) named by one entry of a manifest assets bundle."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, (list, tuple)) and entry:
        op = entry[0]
        if op == "include":
            return []  # a bundle name, not a file
        if op in ("remove", "prepend") and len(entry) == 2:
            return [entry[1]]
        if op in ("before", "after", "replace") and len(entry) == 3:
            return [entry[2]]
    raise ValueError(f"unrecognised assets entry {entry!r}")


def test_manifest_files_exist():
    """Every file in data and demo exists; every own-module assets path or glob matches a file."""
    manifest = _manifest()
    errors = []
    for key in ("data", "demo"):
        entries = manifest.get(key) or []
        for rel in entries:
            if not (ADDON / rel).is_file():
                errors.append(f"{key}: {rel} does not exist")
        for rel in {e for e in entries if entries.count(e) > 1}:
            errors.append(f"{key}: {rel} is listed more than once")
    for bundle, entries in (manifest.get("assets") or {}).items():
        for entry in entries:
            try:
                paths = _asset_paths(entry)
            except ValueError as exc:
                errors.append(f"assets[{bundle}]: {exc}")
                continue
            for path in paths:
                if re.match(r"https?://", path):
                    errors.append(
                        f"assets[{bundle}]: {path} is external, ship it with the addon"
                    )
                elif path.split("/", 1)[0] == MODULE and not any(
                    ADDON.parent.glob(path)
                ):
                    errors.append(f"assets[{bundle}]: {path} matches no file")
    assert not errors, "__manifest__.py:\n  " + "\n  ".join(errors)


def test_manifest_lists_every_data_file():
    """Every .xml / .csv outside tests/ and static/ is listed in data or demo."""
    manifest = _manifest()
    listed = set(manifest.get("data") or []) | set(manifest.get("demo") or [])
    unlisted = [
        rel
        for rel in _files(".xml", ".csv", exclude=("tests", "static"))
        if rel not in listed
    ]
    assert not unlisted, (
        "files not listed in the manifest's data or demo:\n  " + "\n  ".join(unlisted)
    )


# --- security/ir.model.access.csv ---------------------------------------------------------


def test_access_csv():
    """Header, 0/1 perms, unique ids, known models, groups defined before the CSV loads."""
    manifest = _manifest()
    if not ACCESS_CSV.is_file() and not _local_models():
        return  # an addon that only extends other addons' models needs none
    _require(ACCESS_CSV)
    with open(ACCESS_CSV, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    csv_rel = ACCESS_CSV.relative_to(ADDON).as_posix()
    header, expected = ",".join(rows[0]) if rows else "", ",".join(ACCESS_HEADER)
    if header != expected:
        pytest.fail(f"{csv_rel}: header must be {expected!r}, got {header!r}")
    local_models = {name.replace(".", "_") for name in _local_models()}
    data = manifest.get("data") or []
    before = data[: data.index(csv_rel)] if csv_rel in data else data
    groups_before = {
        xmlid
        for rel in before
        if rel.endswith(".xml")
        for xmlid, _line, model in _defined_ids(rel)
        if model == "res.groups"
    }
    groups_anywhere = {
        xmlid
        for rel in _xml_data_files()
        for xmlid, _line, model in _defined_ids(rel)
        if model == "res.groups"
    }
    errors, seen = [], {}
    for lineno, row in enumerate(rows[1:], start=2):
        where = f"line {lineno}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(ACCESS_HEADER):
            errors.append(f"{where}: {len(row)} columns, expected {len(ACCESS_HEADER)}")
            continue
        rid, name, model_id, group_id, *perms = (cell.strip() for cell in row)
        if not rid:
            errors.append(f"{where}: empty id")
        elif rid in seen:
            errors.append(f"{where}: id {rid!r} already used on line {seen[rid]}")
        else:
            seen[rid] = lineno
        if not name:
            errors.append(f"{where}: empty name")
        if any(p not in ("0", "1") for p in perms):
            errors.append(f"{where}: perms must be 0 or 1, got {perms}")
        match = re.fullmatch(r"(?:(\w+)\.)?model_(\w+)", model_id)
        if not match:
            errors.append(f"{where}: model_id {model_id!r} is not model_<model>")
        elif match.group(1) in (None, MODULE):
            if match.group(2) not in local_models:
                errors.append(
                    f"{where}: model_id {model_id!r}: no model "
                    f"{match.group(2)!r} (dots as _) has _name in the addon's Python files"
                )
        else:
            _check_foreign_module(
                match.group(1), f"{where}: model_id {model_id!r}", errors
            )
        if group_id:
            if not XMLID_RE.fullmatch(group_id):
                errors.append(f"{where}: group_id {group_id!r} is not an xml id")
            elif _is_local(group_id):
                qualified = _qualify(group_id)
                if qualified not in groups_anywhere:
                    errors.append(
                        f"{where}: group {group_id!r} is not defined in the addon's XML"
                    )
                elif qualified not in groups_before:
                    errors.append(
                        f"{where}: group {group_id!r} is defined after {csv_rel} in data"
                    )
            else:
                module = group_id.split(".", 1)[0]
                _check_foreign_module(module, f"{where}: group_id {group_id!r}", errors)
    assert not errors, f"{csv_rel}:\n  " + "\n  ".join(errors)


def test_every_model_has_access_rule():
    """Each concrete model the addon defines has a row in the access CSV (else Odoo warns)."""
    _require(MANIFEST)
    concrete = sorted(
        name for name, (_rel, abstract) in _local_models().items() if not abstract
    )
    if not concrete:
        return
    _require(ACCESS_CSV)
    with open(ACCESS_CSV, newline="", encoding="utf-8") as handle:
        covered = {
            (row.get("model_id:id") or "").strip().removeprefix(f"{MODULE}.")
            for row in csv.DictReader(handle)
        }
    missing = [
        name for name in concrete if "model_" + name.replace(".", "_") not in covered
    ]
    assert not missing, (
        "models without access rules in ir.model.access.csv:\n  "
        + "\n  ".join(f"{name} ({_local_models()[name][0]})" for name in missing)
    )


# --- i18n/id.po ---------------------------------------------------------------------------


@cache
def _po():
    """The polib file of ``i18n/id.po`` (duplicates raise)."""
    return polib.pofile(str(PO_FILE), check_for_duplicates=True)


def _po_or_fail():
    """``_po()``, failing clearly when the file is missing or does not parse."""
    _require(PO_FILE)
    try:
        return _po()
    except (OSError, ValueError) as exc:
        pytest.fail(f"i18n/id.po does not parse with polib: {exc}")


def test_po_parses():
    """id.po parses with babel (strictly) and with polib, and has no duplicate msgid."""
    _require(PO_FILE)
    with open(PO_FILE, "rb") as handle:
        try:
            read_po(handle, abort_invalid=True)
        except (PoFileError, ValueError, UnicodeDecodeError) as exc:
            pytest.fail(f"i18n/id.po does not parse with babel: {exc}")
    _po_or_fail()


def test_po_language_header():
    po = _po_or_fail()
    assert po.metadata.get("Language") == "id", (
        f"i18n/id.po Language header must be 'id', got {po.metadata.get('Language')!r}"
    )


def test_po_no_fuzzy_or_empty():
    """No fuzzy entry and no untranslated entry (Odoo ignores both)."""
    po = _po_or_fail()
    active = [e for e in po if not e.obsolete]
    fuzzy = [e.msgid for e in active if e.fuzzy]
    empty = [
        e.msgid
        for e in active
        if not (e.msgstr or (e.msgstr_plural and all(e.msgstr_plural.values())))
    ]
    problems = [f"fuzzy: {m!r}" for m in fuzzy] + [
        f"empty msgstr: {m!r}" for m in empty
    ]
    assert not problems, "i18n/id.po:\n  " + "\n  ".join(problems)


def test_po_compiles_to_mo():
    _require(PO_FILE)
    with open(PO_FILE, "rb") as handle:
        catalog = read_po(handle)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    assert buffer.getvalue(), "i18n/id.po compiled to an empty .mo"


_PLACEHOLDER_RE = re.compile(r"%(?:\((\w+)\))?[-#0+]*\d*(?:\.\d+)?([sdifrxXeEgGc%])")


def _placeholders(text):
    """Sorted printf placeholders of ``text`` (named by name, positional by type), minus %%."""
    return sorted(
        f"%({name}){kind}" if name else f"%{kind}"
        for name, kind in _PLACEHOLDER_RE.findall(text)
        if kind != "%"
    )


def test_po_placeholders_match():
    """Each msgstr keeps the msgid's %(name)s / %s placeholders (else formatting fails)."""
    po = _po_or_fail()
    errors = []
    for entry in po:
        if entry.obsolete or not entry.msgstr or "%" not in entry.msgid + entry.msgstr:
            continue
        want, got = _placeholders(entry.msgid), _placeholders(entry.msgstr)
        if want != got:
            errors.append(f"{entry.msgid!r}: msgid has {want}, msgstr has {got}")
    assert not errors, "i18n/id.po placeholder mismatches:\n  " + "\n  ".join(errors)


def _demo_loader_ids():
    """The xml ids the demo regency's loader (models/asn_demo_loader.py, called from
    demo/kabupaten_contoh_demo.xml) gives the records it creates: its identifier-like string
    literals (a database with demo data has them; Odoo skips an entry whose record is absent)."""
    loader = ADDON / "models" / "asn_demo_loader.py"
    if not loader.exists():  # the attendance bridge has no demo regency
        return set()
    source = loader.read_text()
    return {
        f"{MODULE}.{name}"
        for name in re.findall(r'"([a-z][a-z0-9_]*)"', source)
    }


def test_po_entries_loadable_by_odoo():
    """Entries carry '#. module:' and a model:/model_terms:/code: reference Odoo can load.

    Odoo's PoFileReader crashes on an entry without a module comment and silently skips
    one without a usable reference. A ``model:`` reference to this module must name an xml
    id the addon defines (ir.model* ids are generated from the models, not checked).
    """
    po = _po_or_fail()
    defined = {
        xmlid for rel in _xml_data_files() for xmlid, _line, _m in _defined_ids(rel)
    } | _demo_loader_ids()
    errors = []
    for entry in po:
        if entry.obsolete:
            continue
        if not re.match(r"modules?: \w+", entry.comment or ""):
            errors.append(f"{entry.msgid!r}: no '#. module: {MODULE}' comment")
        usable = False
        for occurrence, line in entry.occurrences:
            model = re.match(
                r"(model|model_terms):([\w.]+),\w+:(\w+)\.(\S+)", occurrence
            )
            if model:
                usable = True
                _kind, res_model, module, name = model.groups()
                own_record = module == MODULE and not res_model.startswith("ir.model")
                # Odoo makes "<cron id>_ir_actions_server" for each ir.cron record itself.
                generated = name.endswith("_ir_actions_server") and (
                    f"{module}.{name[: -len('_ir_actions_server')]}" in defined
                )
                if own_record and not generated and f"{module}.{name}" not in defined:
                    errors.append(
                        f"{entry.msgid!r}: {occurrence} names an undefined xml id"
                    )
            elif re.match(r"code:[\w/.]+", occurrence):
                usable = True
                if not line.isdigit():
                    errors.append(
                        f"{entry.msgid!r}: {occurrence} needs a line number (:0)"
                    )
        if not usable:
            errors.append(f"{entry.msgid!r}: no '#: model:' or '#: code:' reference")
    assert not errors, "i18n/id.po entries Odoo cannot load:\n  " + "\n  ".join(errors)


# --- source strings that id.po must cover -------------------------------------------------


def _str_value(node):
    """The value of a string literal node, else None."""
    return (
        node.value
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        else None
    )


def _is_translation_call(func):
    """``_(...)``, ``_lt(...)`` or ``<x>.env._(...)``."""
    if isinstance(func, ast.Name):
        return func.id in ("_", "_lt")
    if isinstance(func, ast.Attribute) and func.attr == "_":
        env = func.value
        return (isinstance(env, ast.Attribute) and env.attr == "env") or (
            isinstance(env, ast.Name) and env.id == "env"
        )
    return False


def _field_class(func):
    """``Char`` for a ``fields.Char(...)`` call, else None."""
    is_fields = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
    if is_fields and func.value.id == "fields" and func.attr[:1].isupper():
        return func.attr
    return None


class _Constants:
    """Resolve a Name / module.attr to a module-level literal of the addon (one level deep)."""

    def __init__(self):
        self.modules = _python_modules()
        self.values = {
            mod: {
                target.id: stmt.value
                for stmt in tree.body
                if isinstance(stmt, ast.Assign)
                for target in stmt.targets
                if isinstance(target, ast.Name)
            }
            for mod, (_rel, tree) in self.modules.items()
        }
        self.imports = {
            mod: self._imports(mod, tree) for mod, (_rel, tree) in self.modules.items()
        }

    def _imports(self, mod, tree):
        """{local name: (module, attribute or None)} for imports of addon modules."""
        rel = self.modules[mod][0]
        package = rel.split("/")[:-1]
        names = {}
        for stmt in tree.body:
            if not isinstance(stmt, ast.ImportFrom):
                continue
            if stmt.level:
                base = (
                    package[: len(package) - (stmt.level - 1)]
                    if stmt.level > 1
                    else package
                )
                source = ".".join([*base, *(stmt.module or "").split(".")]).strip(".")
            elif (stmt.module or "").startswith(f"odoo.addons.{MODULE}"):
                source = stmt.module.removeprefix(f"odoo.addons.{MODULE}").strip(".")
            else:
                continue
            for alias in stmt.names:
                submodule = f"{source}.{alias.name}".strip(".")
                target = (
                    (submodule, None)
                    if submodule in self.modules
                    else (source, alias.name)
                )
                names[alias.asname or alias.name] = target
        return names

    def resolve(self, mod, node, depth=0):
        """The literal node behind ``node`` in module ``mod`` (itself if already literal)."""
        if depth > 3:
            return node
        if isinstance(node, ast.Name):
            if node.id in self.values.get(mod, {}):
                return self.resolve(mod, self.values[mod][node.id], depth + 1)
            source, attr = self.imports.get(mod, {}).get(node.id, (None, None))
            if attr and attr in self.values.get(source, {}):
                return self.resolve(source, self.values[source][attr], depth + 1)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            source, attr = self.imports.get(mod, {}).get(node.value.id, (None, None))
            if source and attr is None and node.attr in self.values.get(source, {}):
                return self.resolve(source, self.values[source][node.attr], depth + 1)
        return node


def _selection_labels(node):
    """Labels of a literal selection list [(value, label), ...]; others ignored."""
    labels = []
    if isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            if isinstance(item, (ast.List, ast.Tuple)) and len(item.elts) == 2:
                label = _str_value(item.elts[1])
                if label is not None:
                    labels.append(label)
    return labels


@cache
def _python_terms():
    """{msgid: first 'file:line'} of translatable literals in the addon's Python files."""
    constants = _Constants()
    terms = {}
    for mod, (rel, tree) in constants.modules.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            found = []
            if _is_translation_call(node.func) and node.args:
                found.append(_str_value(node.args[0]))
            field = _field_class(node.func)
            if field:
                kwargs = {kw.arg: kw.value for kw in node.keywords if kw.arg}
                pos = FIELD_STRING_POS.get(field, 0)
                if "string" in kwargs:
                    found.append(_str_value(kwargs["string"]))
                elif len(node.args) > pos:
                    found.append(_str_value(node.args[pos]))
                if "help" in kwargs:
                    found.append(_str_value(kwargs["help"]))
                selection = kwargs.get("selection")
                if (
                    selection is None
                    and field in ("Selection", "Reference")
                    and node.args
                ):
                    selection = node.args[0]
                for sel in (selection, kwargs.get("selection_add")):
                    if sel is not None:
                        found += _selection_labels(constants.resolve(mod, sel))
            for term in found:
                if term:
                    terms.setdefault(term, f"{rel}:{node.lineno}")
    return terms


@cache
def _model_texts():
    """{text: 'file:line'}: models' _description and _sql_constraints messages.

    Odoo exports both (ir.model name, ir.model.constraint message) and shows them in the UI.
    """
    terms = {}
    for rel, tree in _python_modules().values():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for stmt in cls.body:
                if not isinstance(stmt, ast.Assign):
                    continue
                names = {t.id for t in stmt.targets if isinstance(t, ast.Name)}
                texts = []
                if "_description" in names:
                    texts.append(_str_value(stmt.value))
                if "_sql_constraints" in names and isinstance(stmt.value, ast.List):
                    texts += [
                        _str_value(item.elts[2])
                        for item in stmt.value.elts
                        if isinstance(item, ast.Tuple) and len(item.elts) == 3
                    ]
                for text in texts:
                    if text:
                        terms.setdefault(text, f"{rel}:{stmt.lineno}")
    return terms


def _normalize(text):
    """Whitespace collapsed, as Odoo extracts XML terms."""
    return " ".join(text.split())


def _xml_terms():
    """{term: 'file:line'}: string= in views, menuitem names, names of translatable records."""
    terms = {}

    def add(text, rel, elem):
        if text and text.strip():
            terms.setdefault(_normalize(text), f"{rel}:{elem.sourceline}")

    for rel in _files(".xml", exclude=("static", "tests")):
        tree = _xml_tree(rel)
        if tree is None:
            continue
        for elem in tree.iter("menuitem"):
            add(elem.get("name"), rel, elem)
        for record in tree.iter("record"):
            if record.get("model") in TRANSLATABLE_NAME_MODELS:
                for field in record.findall("field[@name='name']"):
                    add(field.text, rel, field)
        views = [
            f for r in tree.iter("record") for f in r.findall("field[@name='arch']")
        ]
        for root in views + list(tree.iter("template")):
            for elem in root.iter(etree.Element):
                add(elem.get("string"), rel, elem)
                if elem.tag == "attribute" and elem.get("name") == "string":
                    add(elem.text, rel, elem)
    return terms


def _missing(terms, normalize=False):
    """Terms (with their source) that are not msgids of id.po."""
    msgids = {e.msgid for e in _po_or_fail() if not e.obsolete}
    if normalize:
        msgids = {_normalize(m) for m in msgids}
    return [
        f"{where}: msgid {term!r}"
        for term, where in sorted(terms.items())
        if term not in msgids
    ]


def test_po_covers_python_strings():
    """_() / env._() / _lt() literals, fields' string= / help=, selection labels."""
    _require(MANIFEST)
    missing = _missing(_python_terms())
    assert not missing, (
        f"{len(missing)} Python strings missing from i18n/id.po:\n  "
        + "\n  ".join(missing)
    )


def test_po_covers_model_texts():
    """Each model's _description and SQL constraint message is translated."""
    _require(MANIFEST)
    missing = _missing(_model_texts())
    assert not missing, (
        f"{len(missing)} model descriptions / constraint messages missing from "
        "i18n/id.po:\n  " + "\n  ".join(missing)
    )


def test_po_covers_xml_strings():
    """View string= attributes, menu names and names of menus, actions, groups, categories."""
    _require(MANIFEST)
    missing = _missing(_xml_terms(), normalize=True)
    assert not missing, (
        f"{len(missing)} XML strings missing from i18n/id.po:\n  "
        + "\n  ".join(missing)
    )


# --- pylint-odoo --------------------------------------------------------------------------


def test_pylint_odoo_mandatory():
    """OCA's mandatory pylint-odoo checks for 18.0 (.pylintrc-mandatory) report nothing."""
    if importlib.util.find_spec("pylint_odoo") is None:
        pytest.skip("pylint_odoo is not installed (pip install pylint-odoo)")
    _require(MANIFEST)
    assert PYLINTRC.is_file(), f"{PYLINTRC.name} is missing at the repository root"
    cmd = [
        sys.executable,
        "-m",
        "pylint",
        f"--rcfile={PYLINTRC}",
        "--output-format=text",
        "--valid-odoo-versions=18.0",
        MODULE,
    ]
    result = subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0 and not output, (
        f"pylint-odoo (exit {result.returncode}) on {MODULE}:\n{output}"
    )
