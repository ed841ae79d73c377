"""Refusals of the JSON text name their path and their line and column (issue 13
item 11): a value the parser's hooks refuse (duplicate key, NaN, 1e999), an integer
too long, nesting too deep, a lone surrogate. Wherever such a value is put in a
document, the place reported is its path and the line and column where it starts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesigner.fileio import MAX_DEPTH, LoadError, loads
from journeydesigner.json_places import first_refusal, line_column, printable

SENTINEL = "\x00SENTINEL\x00"
#: (what replaces a value, the code refusing it)
BAD_VALUES = {
    "NaN": "json.constant",
    "-Infinity": "json.constant",
    "1e999": "json.number_too_large",
    "9" * 4301: "json.integer_too_long",
    '"a\\udc00b"': "json.lone_surrogate",
    "[" * MAX_DEPTH + "]" * MAX_DEPTH: "json.too_deep",
}

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.text(alphabet="abcñ é\"\\\n", max_size=5))
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(alphabet="kx\n\"é", min_size=1, max_size=3), inner, max_size=4),
    max_leaves=12,
)


def _paths(value: Any, path: str = "") -> list[tuple[str, list[str | int]]]:
    """Every value's path as the loader writes it, with its keys and indexes."""
    out: list[tuple[str, list[str | int]]] = [(path, [])]
    children = value.items() if isinstance(value, dict) else enumerate(value) \
        if isinstance(value, list) else ()
    for key, child in children:
        inner = f"{path}.{key}" if isinstance(key, str) and path else (
            key if isinstance(key, str) else f"{path}[{key}]")
        out += [(p, [key, *keys]) for p, keys in _paths(child, inner)]
    return out


def _with_sentinel(value: Any, keys: list[str | int]) -> Any:
    if not keys:
        return SENTINEL
    copy = json.loads(json.dumps(value))
    parent = copy
    for key in keys[:-1]:
        parent = parent[key]
    parent[keys[-1]] = SENTINEL
    return copy


@settings(max_examples=150, deadline=None)
@given(data=values, pick=st.integers(0, 10**6), bad=st.sampled_from(sorted(BAD_VALUES)),
       indent=st.sampled_from([None, 2]))
def test_a_refused_value_is_named_by_its_path_line_and_column(data, pick, bad, indent):
    document = {"format": "journeydesigner", "x": data}
    paths = _paths(document)[1:]  # the document itself must stay an object
    path, keys = paths[pick % len(paths)]
    text = json.dumps(_with_sentinel(document, keys), indent=indent, ensure_ascii=False)
    text = text.replace(json.dumps(SENTINEL), bad)
    with pytest.raises(LoadError) as info:
        loads(text.encode("utf-8", "surrogatepass"), "x.journey")
    (problem,) = info.value.problems
    # the bad nesting sits at level 2 or deeper, so its innermost list is past the limit
    assert problem.code == BAD_VALUES[bad]
    line, column = problem.place.line, problem.place.column
    assert line is not None and column is not None
    start = sum(len(x) + 1 for x in text.split("\n")[: line - 1]) + column - 1
    assert line_column(text, start) == (line, column)
    if problem.code == "json.too_deep":
        assert problem.place.path.startswith(printable(path)) and text[start] == "["
    else:
        assert text.startswith(bad, start)
        assert problem.place.path == printable(path)


def test_a_duplicate_key_is_named_where_it_repeats():
    text = '{\n  "format": "journeydesigner",\n  "x": {"a": 1,\n         "a": 2}\n}'
    problem = first_refusal(text, MAX_DEPTH)
    assert problem is not None and problem.code == "json.duplicate_key"
    assert (problem.place.path, problem.place.line, problem.place.column) == ("x.a", 4, 10)
    assert str(problem) == 'x.a (line 4, column 10): key "a" appears twice in one object'


def test_a_sound_text_has_no_refusal():
    text = json.dumps({"a": [1, 2.5, -3e10, "\\ud83d\\uded2", {"b": None}], "c": True})
    assert first_refusal(text, MAX_DEPTH) is None
