"""Every problem code is worded in every language, with exactly its parameters.

A code without a Spanish (or English) wording, a wording of a code nobody declared,
or a template whose fields are not the code's parameters fails here, so a new
rule cannot silently stay English or lose a value at ``format``.
"""

from __future__ import annotations

import importlib
import pkgutil
import string

import pytest

import journeydesigner
from journeydesigner.problems import (
    CODES,
    LANGUAGES,
    Place,
    Problem,
    en,
    es,
    line,
    word,
    word_place,
)
from journeydesigner.problems import codes as C  # noqa: N812


def _load_every_core_module() -> None:
    """Codes may be declared in any core module: import them all (the GUI aside)."""
    for info in pkgutil.walk_packages(journeydesigner.__path__, "journeydesigner."):
        if not info.name.startswith(("journeydesigner.gui", "journeydesigner.__main__")):
            importlib.import_module(info.name)


_load_every_core_module()
TABLES = {"en": en, "es": es}


def fields(template: str) -> dict[str, str | None]:
    """The template's field names with their conversion."""
    return {name: conversion for _, name, _, conversion in string.Formatter().parse(template)
            if name is not None}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_has_a_wording(language):
    missing = sorted(set(CODES) - set(TABLES[language].MESSAGES))
    assert not missing, f"no {language} wording for {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_wording_of_an_undeclared_code(language):
    assert not sorted(set(TABLES[language].MESSAGES) - set(CODES))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", sorted(CODES))
def test_a_wording_uses_only_the_codes_parameters(language, code):
    template = TABLES[language].MESSAGES.get(code, "")
    assert set(fields(template)) <= set(CODES[code].params), (language, template)


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_parameter_is_worded(code):
    """A language may leave one out (Spanish has no use for pydantic's English), not all."""
    used = set().union(*(fields(t.MESSAGES.get(code, "")) for t in TABLES.values()))
    assert used == set(CODES[code].params)


@pytest.mark.parametrize("code", sorted(CODES))
def test_the_languages_convert_a_field_alike(code):
    """A term (``!t``) in one language is a term in the other, with the same words."""
    en_fields, es_fields = fields(en.MESSAGES[code]), fields(es.MESSAGES[code])
    for name, conversion in en_fields.items():
        if "t" in (conversion, es_fields.get(name)):
            assert conversion == es_fields[name] == "t", (code, name)
            assert set(en.TERMS.get(name, {})) <= set(es.TERMS[name]), name


def test_the_spanish_of_terms_and_places_is_complete():
    for name, words in en.TERMS.items():
        assert set(words) <= set(es.TERMS[name]), name
    assert es.PLACES.keys() == en.PLACES.keys()
    for key in en.PLACES:
        assert fields(es.PLACES[key]).keys() == fields(en.PLACES[key]).keys()


def test_calling_a_code_checks_its_parameters():
    assert C.NO_STAGE("touchpoints[3].stage", id="x") == Problem(
        "reference.no_stage", Place("touchpoints[3].stage"), {"id": "x"})
    with pytest.raises(TypeError):
        C.NO_STAGE(ide="x")
    with pytest.raises(TypeError):
        C.NO_STAGE()


def test_a_code_is_declared_once():
    from journeydesigner.problems import declare

    with pytest.raises(ValueError, match="twice"):
        declare("reference.no_stage", "id")


def test_wording_in_english_and_spanish():
    problem = C.NO_STAGE("touchpoints[3].stage", id="nowhere")
    assert str(problem) == 'touchpoints[3].stage: no stage with id "nowhere"'
    assert line(problem, "es") == (
        'touchpoints[3].stage: no hay ninguna etapa con el identificador "nowhere"')
    assert word(problem, "fr") == problem.message == 'no stage with id "nowhere"'


def test_places():
    assert word_place(Place(line=3, column=11)) == "line 3, column 11"
    assert word_place(Place(line=3, column=11), "es") == "línea 3, columna 11"
    assert word_place(Place(byte=17, line=2), "es") == "byte 17 (línea 2)"
    counted = Place("touchpoints[10000]", line=1, column=9)
    assert word_place(counted) == "touchpoints[10000] (line 1, column 9)"
    assert word_place(counted, "es") == "touchpoints[10000] (línea 1, columna 9)"
    assert word_place(Place("[2]").within("document")) == "document[2]"
    assert Place("title").within("document") == Place("document.title")
    assert Place().within("document") == Place("document")
    assert not Place() and Place(line=1, column=1)


def test_terms_lists_and_numbers_follow_the_language():
    too_many = C.TOO_MANY("touchpoints", collection="touchpoints", limit=10_000)
    assert too_many.message == ("more than 10,000 touchpoints: JourneyDesigner opens maps of "
                                "up to 10,000 touchpoints")
    assert word(too_many, "es") == ("más de 10\u00a0000 puntos de contacto: JourneyDesigner abre "
                                    "mapas de hasta 10\u00a0000 puntos de contacto")
    assert word(C.TOO_MANY(collection="stages", limit=1000), "es").startswith("más de 1000 ")
    size = C.SAVE_TOO_LARGE(size=70.25, limit=64)
    assert size.message.startswith("the map would take 70.2 MiB, more than the 64 MiB")
    assert word(size, "es").startswith("el mapa ocuparía 70,2 MiB, más de los 64 MiB")
    choice = C.VALUE_ONE_OF(options=["positive", "negative", "neutral"])
    assert choice.message == "Input should be 'positive', 'negative' or 'neutral'"
    assert word(choice, "es") == "debe ser 'positive', 'negative' o 'neutral'"
    assert C.VALUE_ONE_OF(options=[1]).message == "Input should be 1"
    odd = C.JSON_SYNTAX(complaint="Something Python says")  # not a known term: as it is
    assert word(odd, "es") == "no es JSON válido: Something Python says"
    assert word(C.NUMBER_OUT_OF_RANGE(low=0, high=100, value=100.5), "es") == (
        "debe estar entre 0 y 100, no 100,5")


def test_language_from_the_environment():
    from journeydesigner.problems import language_from_environment as language

    assert language({}) == "en"
    assert language({"LANG": "es_ES.UTF-8"}) == "es"
    assert language({"LANG": "es_MX.UTF-8", "LC_ALL": "en_GB.UTF-8"}) == "en"
    assert language({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:es"}) == "es"
    assert language({"LANG": "C.UTF-8", "LANGUAGE": "es"}) == "en"  # as gettext
    assert language({"LANGUAGE": "es"}) == "es"
    assert language({"LC_MESSAGES": "es_AR"}) == "es"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_term_the_core_gives_is_worded(language):
    """The values the core puts in a ``!t`` field all have words (none shown raw)."""
    from journeydesigner import fileio, limits

    terms = TABLES[language].TERMS
    assert set(limits.MAX_COUNTS) <= set(terms["collection"])
    assert set(fileio.JSON_COMPLAINTS.values()) | {"cut_short"} <= set(terms["complaint"])
    kinds = {kind for _, kind in fileio._NOT_A_FILE} | set(fileio._JSON_KINDS.values())
    assert kinds | {"other", "null"} <= set(terms["kind"])
