"""Fast tier: the shape of rules/presets/ (issue 12 item 1, "one regency, one file").

Each regency module states only how its regulation differs from national.py, every stated value
carries its article in a comment, and one resolver falls back to national for everything else.
"""

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

from sistem_kerja_asn.rules import penugasan as pg
from sistem_kerja_asn.rules import presets
from sistem_kerja_asn.rules import review as rv
from sistem_kerja_asn.rules.errors import RuleError
from sistem_kerja_asn.rules.presets import _base
from sistem_kerja_asn.rules.presets import national

PRESETS_DIR = Path(presets.__file__).parent
REGENCIES = ["karangasem", "muna", "denpasar", "bekasi", "barito_timur"]
VALUE_SECTIONS = ("KEDUDUKAN", "WORK", "REVIEW")
# "# MUN Lamp D.5 b(11)", "# KRA Ps 39(2)", "# NAT, as MUN Lamp D.8": a regulation and an article.
CITATION = re.compile(r"#.*\b(NAT|KRA|MUN|DPS|BKS|BRT)\b.*\b(Ps|Lamp)\b")


def test_one_module_per_regency():
    files = sorted(p.stem for p in PRESETS_DIR.glob("*.py") if not p.stem.startswith("_"))
    assert files == sorted(["national", *REGENCIES])
    assert list(presets.MODULES) == ["national", *REGENCIES]
    for key, module in presets.MODULES.items():
        assert module.KEY == key and module.LABEL
        assert set(vars(module)) >= {"KEDUDUKAN", "WORK", "REVIEW", "SOURCES"}


def _equal_to_national(stated, base, path):
    """Paths of ``stated`` (a regency's value) that repeat national's ``base``."""
    if isinstance(stated, dict) and isinstance(base, dict):
        found = []
        for key, value in stated.items():
            if value is _base.REMOVE:
                if key not in base:
                    found.append(f"{path}/{key}: REMOVE of an entry national does not have")
            elif key in base:
                found.extend(_equal_to_national(value, base[key], f"{path}/{key}"))
        return found
    return [f"{path}: {stated!r} is national's value"] if stated == base else []


@pytest.mark.parametrize("key", REGENCIES)
def test_regency_states_only_differences(key):
    """No value a regency module states is equal to national's (at any depth of a dict)."""
    module = presets.MODULES[key]
    found = []
    for section in VALUE_SECTIONS:
        found += _equal_to_national(getattr(module, section), getattr(national, section), section)
    assert not found, "\n".join(found)


def _comments(source):
    """{line number: comment text} of a module's source."""
    return {
        tok.start[0]: tok.string
        for tok in tokenize.generate_tokens(io.StringIO(source).readline)
        if tok.type == tokenize.COMMENT
    }


def _value_lines(node):
    """(first line, last line, label) of every stated value in a dict/list literal, leaves only."""
    if isinstance(node, ast.Dict):
        for key, value in zip(node.keys, node.values, strict=True):
            if isinstance(value, ast.Dict | ast.List) and (
                isinstance(value, ast.Dict) or any(isinstance(e, ast.Call | ast.Starred) for e in value.elts)
            ):
                yield from _value_lines(value)
            else:
                label = ast.unparse(key) if key is not None else "**"
                yield key.lineno if key is not None else value.lineno, value.end_lineno, label
    elif isinstance(node, ast.List):
        for elt in node.elts:
            yield elt.lineno, elt.end_lineno, ast.unparse(elt)[:40]


@pytest.mark.parametrize("key", ["national", *REGENCIES])
def test_every_value_line_cites_its_article(key):
    """Each stated value has a citation comment on its lines or on a comment line just above."""
    path = PRESETS_DIR / f"{key}.py"
    source = path.read_text(encoding="utf-8")
    comments = _comments(source)
    text = source.splitlines()
    tree = ast.parse(source)
    missing = []
    for stmt in tree.body:
        if not (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Dict)):
            continue
        names = [t.id for t in stmt.targets if isinstance(t, ast.Name)]
        if not set(names) & set(VALUE_SECTIONS):
            continue
        for first, last, label in _value_lines(stmt.value):
            lines = range(first, last + 1)
            above = text[first - 2].strip()  # a comment line just above the value counts too
            cited = any(CITATION.search(comments.get(line, "")) for line in lines)
            if not cited and not (above.startswith("#") and CITATION.search(above)):
                missing.append(f"{path.name}:{first} {names[0]} {label}")
    assert not missing, "values without an article citation:\n" + "\n".join(missing)


@pytest.mark.parametrize("key", REGENCIES)
def test_resolver_falls_back_to_national(key):
    """What a regency does not state is national's; what it states replaces or removes it."""
    module = presets.MODULES[key]
    resolved = presets.resolve(key)
    base = presets.resolve("national")
    for section in (*VALUE_SECTIONS, "SOURCES"):
        own = getattr(module, section)
        merged = resolved[section.lower()]
        for name, value in base[section.lower()].items():
            if name not in own:
                assert merged[name] == value, (section, name)
            elif isinstance(own[name], dict) and isinstance(value, dict):
                for sub, sub_value in value.items():
                    stated = own[name].get(sub, sub_value)
                    if stated is _base.REMOVE:
                        assert sub not in merged[name]
                    elif not isinstance(stated, dict):
                        assert merged[name][sub] == stated
            else:
                assert merged[name] == own[name]


def test_one_resolver_behind_every_view():
    for key in presets.MODULES:
        resolved = presets.resolve(key)
        opts = presets.get_all_options(key)
        assert {name: opts[name] for name in presets.OPTION_KEYS} == resolved["work"]
        assert {name: opts[name] for name in presets.REVIEW_OPTION_KEYS} == resolved["review"]
        assert presets.get_options(key) == presets.OPTIONS[key]
        assert rv.get_review_options(key) == opts
        assert presets.kedudukan_data(key) == presets.PRESETS[key]
        assert presets.PRESETS[key]["label"] == presets.OPTIONS[key]["label"] == resolved["label"]


def test_complete_uses_the_same_fallback():
    """Edited or partial options are filled from the preset their key names, else national."""
    assert presets.complete() == presets.get_all_options("national")
    assert presets.complete({"key": "atlantis"})["scopes"] == national.WORK["scopes"]
    partial = presets.complete({"key": "bekasi", "ketua_required": True})
    assert partial["within_unit_appointer"] == "ppk" and partial["ketua_required"] is True
    assert pg.resolve_options({"key": "bekasi"}) == rv.resolve_review_options({"key": "bekasi"})
    with pytest.raises(RuleError) as err:
        presets.resolve("atlantis")
    assert err.value.code == "unknown_preset"


def test_resolve_is_a_fresh_copy():
    first = presets.resolve("bekasi")
    first["work"]["letters"]["lintas_pd"]["tim"] = "memo"
    first["kedudukan"]["rules"].clear()
    assert presets.resolve("bekasi")["work"]["letters"]["lintas_pd"]["tim"] == "keputusan_kepala_pd"
    assert presets.resolve("bekasi")["kedudukan"]["rules"]


def test_review_mode_codes_match_rules_review():
    assert (_base.LEVEL2, _base.ALWAYS, _base.NEVER) == (rv.LEVEL2, rv.ALWAYS, rv.NEVER)
    assert _base.DEFAULT_MODE == rv.DEFAULT_MODE_KEY


def test_merge_rule():
    base = {"a": {"x": 1, "y": 2}, "b": [1, 2], "c": None}
    assert _base.merge(base, {"a": {"y": _base.REMOVE, "z": 3}, "b": [3], "c": 6}) == {
        "a": {"x": 1, "z": 3},
        "b": [3],
        "c": 6,
    }
    assert base == {"a": {"x": 1, "y": 2}, "b": [1, 2], "c": None}


def test_options_as_rows_round_trip_for_every_preset():
    """Issue 12 item 2: a company's editable copy of the documents (rows per PD kind and scope)
    and of the review modes gives back exactly the preset's options."""
    for key in presets.MODULES:
        opts = presets.get_all_options(key)
        letters, by_kind = presets.letters_from_rows(presets.letter_rows(opts))
        assert letters == opts["letters"], key
        assert by_kind == opts["letters_by_kind"], key
        assert dict(presets.review_rows(opts)) == opts["sub_unit_review"], key
        assert presets.review_rows(opts)[0][0] == "default", key
