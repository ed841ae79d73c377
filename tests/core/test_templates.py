"""Templates in resources/templates and the touchpoint library (no Qt)."""

from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journeydesigner import templates
from journeydesigner.edits import BLUEPRINT_NAMES
from journeydesigner.fileio import dumps, load, loads
from journeydesigner.model import BLUEPRINT_LANES, ChannelKind, Initiative, LaneKind, find_problems
from journeydesigner.templates import (
    LibraryEntry,
    LibraryError,
    TemplateInfo,
    UnknownTemplate,
    default_template,
    list_templates,
    load_library,
    new_document,
    search_library,
    touchpoint_from_library,
)

TEMPLATE_DIR = templates.PACKAGE_RESOURCES / "templates"
TEMPLATE_FILES = sorted(TEMPLATE_DIR.glob("*.journey"))
EXPECTED_NAMES = [
    "compra-online.es",
    "feedback-subscription.en",
    "five-stages.en",
    "five-stages.es",
    "purchase.en",
    "purchase.es",
    "service-blueprint.en",
    "service-blueprint.es",
]
OKABE_ITO = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"}
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture(autouse=True)
def _package_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read the resources of this checkout whatever the environment says."""
    monkeypatch.delenv(templates.RESOURCES_ENV, raising=False)


# --------------------------------------------------------------------------- template files


def test_every_expected_template_file_exists() -> None:
    assert [p.name.removesuffix(".journey") for p in TEMPLATE_FILES] == EXPECTED_NAMES


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_loads_without_problems_and_is_normalised(path: Path) -> None:
    raw = path.read_bytes()
    doc = load(path)
    assert find_problems(doc) == []
    assert dumps(doc) == raw
    assert dumps(loads(dumps(doc))) == raw


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_language_matches_its_name(path: Path) -> None:
    assert load(path).language == path.name.split(".")[-2]


@pytest.mark.parametrize(
    ("name", "stage_names"),
    [
        ("purchase.en", ["Before the purchase", "During the purchase", "After the purchase"]),
        ("purchase.es", ["Antes de la compra", "Durante la compra", "Después de la compra"]),
        (
            "five-stages.en",
            ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"],
        ),
        (
            "five-stages.es",
            ["Conocimiento", "Consideración", "Compra", "Retención", "Recomendación"],
        ),
    ],
)
def test_blank_templates(name: str, stage_names: list[str]) -> None:
    doc = load(TEMPLATE_DIR / f"{name}.journey")
    assert [s.name for s in doc.stages] == stage_names
    colors = [s.color for s in doc.stages]
    assert len(set(colors)) == len(colors)
    assert set(colors) <= OKABE_ITO
    assert all(len(s.questions) >= 2 for s in doc.stages)
    kinds = {c.kind for c in doc.channels}
    assert kinds == {ChannelKind.DIGITAL, ChannelKind.IN_PERSON}
    assert len(doc.channels) >= 5
    assert doc.touchpoints == [] and doc.connections == [] and doc.personas == []
    assert doc.created is None and doc.modified is None


@pytest.mark.parametrize("language", ["en", "es"])
def test_service_blueprint_templates_have_a_lane_of_every_kind(language: str) -> None:
    doc = load(TEMPLATE_DIR / f"service-blueprint.{language}.journey")
    assert [lane.kind for lane in doc.lanes] == list(LaneKind)
    assert doc.title == {"en": "Service blueprint", "es": "Plano de servicio"}[language]
    blueprint = [lane.name for lane in doc.lanes if lane.kind in BLUEPRINT_LANES]
    assert blueprint == [BLUEPRINT_NAMES[language][kind] for kind in BLUEPRINT_LANES]
    purchase = load(TEMPLATE_DIR / f"purchase.{language}.journey")
    assert (doc.stages, doc.channels) == (purchase.stages, purchase.channels)
    assert doc.notes == [] and doc.touchpoints == []


def test_english_and_spanish_blank_templates_have_the_same_shape() -> None:
    for stem in ("purchase", "five-stages"):
        en = load(TEMPLATE_DIR / f"{stem}.en.journey")
        es = load(TEMPLATE_DIR / f"{stem}.es.journey")
        assert [s.color for s in en.stages] == [s.color for s in es.stages]
        assert [len(s.questions) for s in en.stages] == [len(s.questions) for s in es.stages]
        assert [c.kind for c in en.channels] == [c.kind for c in es.channels]
        assert all(q.startswith("¿") and q.endswith("?") for s in es.stages for q in s.questions)


def test_example_copies_keep_the_shared_examples_content() -> None:
    shared = Path(__file__).resolve().parents[1] / "examples"
    for name in ("compra-online.es.journey", "feedback-subscription.en.journey"):
        original = json.loads((shared / name).read_text(encoding="utf-8"))
        copy = json.loads((TEMPLATE_DIR / name).read_text(encoding="utf-8"))
        assert copy == original


# --------------------------------------------------------------------------- list_templates


def test_list_templates() -> None:
    infos = list_templates()
    assert [t.name for t in infos] == EXPECTED_NAMES
    assert all(isinstance(t, TemplateInfo) for t in infos)
    by_name = {t.name: t for t in infos}
    assert by_name["purchase.es"].language == "es"
    assert by_name["purchase.en"].language == "en"
    assert by_name["purchase.en"].title == "Purchase journey"
    assert by_name["purchase.en"].path == TEMPLATE_DIR / "purchase.en.journey"


def test_resources_folder_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "templates").mkdir()
    shutil.copy(TEMPLATE_DIR / "purchase.es.journey", tmp_path / "templates" / "mine.es.journey")
    (tmp_path / "templates" / "broken.en.journey").write_text("{", encoding="utf-8")
    (tmp_path / "templates" / "notes.txt").write_text("not a template", encoding="utf-8")
    monkeypatch.setenv(templates.RESOURCES_ENV, str(tmp_path))
    assert templates.resources_dir() == tmp_path
    assert [t.name for t in list_templates()] == ["mine.es"]
    assert new_document("mine.es").language == "es"
    with pytest.raises(UnknownTemplate):
        new_document("purchase.en")


def test_frozen_app_finds_resources_in_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templates.sys, "frozen", True, raising=False)
    monkeypatch.setattr(templates.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert templates.resources_dir() == tmp_path / "resources"
    assert list_templates() == []


def test_missing_templates_folder_gives_no_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(templates.RESOURCES_ENV, str(tmp_path / "nowhere"))
    assert list_templates() == []
    with pytest.raises(UnknownTemplate, match="none"):
        new_document()


# --------------------------------------------------------------------------- new_document


def test_new_document_with_title_and_timestamps() -> None:
    now = datetime(2027, 3, 4, 5, 6, 7, 890, tzinfo=UTC)
    doc = new_document("purchase.es", "Mi taller", now=now)
    assert doc.title == "Mi taller"
    assert doc.language == "es"
    assert doc.created == doc.modified == "2027-03-04T05:06:07Z"
    assert [s.id for s in doc.stages] == ["antes", "durante", "despues"]
    assert find_problems(doc) == []
    assert dumps(loads(dumps(doc))) == dumps(doc)


def test_new_document_converts_time_to_utc() -> None:
    madrid = timezone(timedelta(hours=2))
    doc = new_document("five-stages.en", now=datetime(2027, 6, 1, 1, 30, tzinfo=madrid))
    assert doc.created == "2027-05-31T23:30:00Z"
    naive = new_document(now=datetime(2027, 6, 1, 12, 0, 0))
    assert naive.created == "2027-06-01T12:00:00Z"


def test_new_document_defaults() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    doc = new_document()
    after = datetime.now(UTC)
    assert doc.title == "Purchase journey"
    assert doc.language == "en"
    assert doc.created is not None and STAMP.match(doc.created)
    assert doc.modified == doc.created
    created = datetime.fromisoformat(doc.created)
    assert before <= created <= after


def test_new_documents_are_independent() -> None:
    first = new_document("purchase.en", "One")
    second = new_document("purchase.en", "Two")
    first.stages[0].name = "Changed"
    assert second.stages[0].name == "Before the purchase"
    assert load(TEMPLATE_DIR / "purchase.en.journey").stages[0].name == "Before the purchase"


def test_new_document_accepts_the_file_name() -> None:
    assert new_document("purchase.es.journey").language == "es"


@pytest.mark.parametrize("title", ["", "   ", "x" * 201])
def test_new_document_refuses_a_bad_title(title: str) -> None:
    with pytest.raises(ValueError, match="title"):
        new_document("purchase.en", title)


@pytest.mark.parametrize("name", ["nope", "purchase.fr", "../templates/purchase.en", ""])
def test_unknown_template(name: str) -> None:
    with pytest.raises(UnknownTemplate) as info:
        new_document(name)
    error = info.value
    assert isinstance(error, ValueError) and isinstance(error, KeyError)
    assert error.available == EXPECTED_NAMES
    message = str(error)
    assert f'"{name}"' in message
    for available in EXPECTED_NAMES:
        assert available in message


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "purchase.es"),
        ("es-MX", "purchase.es"),
        ("ES_es", "purchase.es"),
        ("en", "purchase.en"),
        ("en-GB", "purchase.en"),
        ("fr", "purchase.en"),
        ("", "purchase.en"),
    ],
)
def test_default_template(language: str, expected: str) -> None:
    assert default_template(language) == expected
    assert new_document(default_template(language)).language == expected[-2:]


# --------------------------------------------------------------------------- library


@pytest.fixture(scope="module")
def library() -> list[LibraryEntry]:
    return load_library(templates.PACKAGE_RESOURCES / "library" / "touchpoints.json")


def test_library_size_and_unique_ids(library: list[LibraryEntry]) -> None:
    assert 25 <= len(library) <= 40
    ids = [e.id for e in library]
    assert len(set(ids)) == len(ids)


def test_library_covers_every_stage_and_kind(library: list[LibraryEntry]) -> None:
    assert {e.stage for e in library} == {"before", "during", "after"}
    assert {e.kind for e in library} == {"digital", "in_person", "both"}
    assert {e.initiative for e in library} == {"proactive", "reactive", None}
    assert any(not e.direct for e in library)
    assert any(not e.controllable for e in library)
    for stage in ("before", "during", "after"):
        kinds = {e.kind for e in library if e.stage == stage}
        assert "digital" in kinds and len(kinds) >= 2


def test_library_names_in_both_languages(library: list[LibraryEntry]) -> None:
    for entry in library:
        assert set(entry.names) >= {"en", "es"}
        for language in ("en", "es"):
            assert entry.names[language].strip() == entry.names[language] != ""
            assert entry.name(language) == entry.names[language]
            assert len(entry.names[language]) <= 200
    assert len({e.names["en"] for e in library}) == len(library)
    assert len({e.names["es"] for e in library}) == len(library)


def test_library_items_of_the_domain(library: list[LibraryEntry]) -> None:
    by_id = {e.id: e for e in library}
    reviews = by_id["reviews"]
    assert (reviews.stage, reviews.kind, reviews.direct, reviews.controllable) == (
        "before",
        "digital",
        False,
        False,
    )
    assert by_id["chatbot"].initiative == "reactive"
    assert by_id["newsletter"].initiative == "proactive"
    assert by_id["support"].kind == "both"
    assert by_id["checkout"].stage == "during"


def test_library_name_falls_back_to_english(library: list[LibraryEntry]) -> None:
    entry = library[0]
    assert entry.name("fr") == entry.names["en"]
    assert entry.name("es-AR") == entry.names["es"]
    assert entry.name("ES") == entry.names["es"]


def test_library_entries_are_hashable(library: list[LibraryEntry]) -> None:
    assert len(set(library)) == len(library)


def test_library_from_the_default_location(library: list[LibraryEntry]) -> None:
    assert load_library() == library


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "JSON"),
        ("{}", "array"),
        ('[{"id": "a", "name": {"en": "A"}, "stage": "later", "kind": "digital"}]', "stage"),
        ('[{"id": "a", "name": {"en": "A"}, "stage": "before", "kind": "fax"}]', "kind"),
        ('[{"id": "a", "name": {"es": "A"}, "stage": "before", "kind": "both"}]', "English"),
        ('[{"id": "a", "name": {"en": " "}, "stage": "before", "kind": "both"}]', "name.en"),
        ('[{"id": "a b", "name": {"en": "A"}, "stage": "before", "kind": "both"}]', "id"),
        (
            '[{"id": "a", "name": {"en": "A"}, "stage": "before", "kind": "both",'
            ' "direct": "yes"}]',
            "direct",
        ),
        (
            '[{"id": "a", "name": {"en": "A"}, "stage": "before", "kind": "both",'
            ' "initiative": "maybe"}]',
            "initiative",
        ),
        (
            '[{"id": "a", "name": {"en": "A"}, "stage": "before", "kind": "both"},'
            ' {"id": "a", "name": {"en": "B"}, "stage": "after", "kind": "both"}]',
            "twice",
        ),
    ],
)
def test_broken_library_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "touchpoints.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LibraryError, match=message):
        load_library(path)


def test_missing_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="touchpoints.json"):
        load_library(tmp_path / "touchpoints.json")


# --------------------------------------------------------------------------- search


def ids(entries: list[LibraryEntry]) -> list[str]:
    return [e.id for e in entries]


@pytest.mark.parametrize("language", ["es", "en"])
def test_search_is_accent_insensitive_in_spanish(language: str) -> None:
    assert "newsletter" in ids(search_library("boletin", language))
    assert "newsletter" in ids(search_library("BOLETÍN", language))
    assert "support" in ids(search_library("telefono", language))
    assert "customer-success" in ids(search_library("exito", language))
    assert "renewal" in ids(search_library("renovacion", language))
    assert "offline-ads" in ids(search_library("television", language))


@pytest.mark.parametrize("language", ["es", "en"])
def test_search_in_english_names(language: str) -> None:
    assert ids(search_library("NEWSLETTER", language)) == ["newsletter"]
    assert "chatbot" in ids(search_library("chatbot", language))
    assert "loyalty" in ids(search_library("Loyalty", language))
    assert "feedback-survey" in ids(search_library("nps", language))


def test_search_ignores_accents_in_names_and_queries() -> None:
    entries = [
        LibraryEntry(
            "cafe",
            {"en": "Café corner", "es": "Rincón del café"},
            "during",
            "in_person",
            True,
            True,
            None,
        ),
        LibraryEntry(
            "tea", {"en": "Tea room", "es": "Salón de té"}, "during", "in_person", True, True, None
        ),
    ]
    assert ids(search_library("cafe", "en", entries)) == ["cafe"]
    assert ids(search_library("CAFÉ", "es", entries)) == ["cafe"]
    assert ids(search_library("rincon", "es", entries)) == ["cafe"]
    assert ids(search_library("salon te", "es", entries)) == ["tea"]
    assert ids(search_library("té", "en", entries)) == ["tea"]


def test_search_puts_matches_in_the_requested_language_first() -> None:
    entries = [
        LibraryEntry(
            "a", {"en": "Store visit", "es": "Visita"}, "during", "in_person", True, True, None
        ),
        LibraryEntry(
            "b", {"en": "Shop", "es": "Tienda (store)"}, "during", "in_person", True, True, None
        ),
    ]
    assert ids(search_library("store", "es", entries)) == ["b", "a"]
    assert ids(search_library("store", "en", entries)) == ["a", "b"]


def test_search_with_empty_query_or_no_match(library: list[LibraryEntry]) -> None:
    assert search_library("", "es") == library
    assert search_library("   ", "en") == library
    assert search_library("zzzz-no-such-thing", "es") == []


def test_search_with_several_words() -> None:
    assert "online-store" in ids(search_library("store online", "en"))
    assert "online-store" in ids(search_library("tienda online", "es"))
    assert "physical-store" not in ids(search_library("tienda online", "es"))


# --------------------------------------------------------------------------- touchpoints


def test_touchpoint_from_library_makes_a_valid_document(library: list[LibraryEntry]) -> None:
    doc = new_document("purchase.es", "Taller")
    stage_of = {"before": "antes", "during": "durante", "after": "despues"}
    for step, entry in enumerate(library):
        channel = "tienda" if entry.kind == "in_person" else "web"
        tp = touchpoint_from_library(doc, entry, stage_of[entry.stage], channel, step)
        doc.touchpoints.append(tp)
        assert tp.title == entry.names["es"]
        assert tp.direct == entry.direct
        assert tp.controllable == entry.controllable
        assert tp.initiative == (Initiative(entry.initiative) if entry.initiative else None)
        assert tp.step == step
    assert find_problems(doc) == []
    assert len({t.id for t in doc.touchpoints}) == len(library)
    assert dumps(loads(dumps(doc))) == dumps(doc)


def test_touchpoint_ids_stay_unique_when_an_entry_is_used_twice(
    library: list[LibraryEntry],
) -> None:
    doc = new_document("purchase.en")
    entry = next(e for e in library if e.id == "newsletter")
    first = touchpoint_from_library(doc, entry, "after", "email", 0)
    doc.touchpoints.append(first)
    second = touchpoint_from_library(doc, entry, "after", "email", 1)
    doc.touchpoints.append(second)
    assert first.id != second.id
    assert first.title == second.title == "Email newsletter"
    assert find_problems(doc) == []


def test_touchpoint_id_does_not_clash_with_stages_or_channels(
    library: list[LibraryEntry],
) -> None:
    doc = new_document("purchase.en")
    entry = next(e for e in library if e.id == "website")
    doc.channels[0].id = "website"
    tp = touchpoint_from_library(doc, entry, "before", "website", 0)
    assert tp.id != "website"
    doc.touchpoints.append(tp)
    assert find_problems(doc) == []


def test_touchpoint_title_follows_a_regional_language(library: list[LibraryEntry]) -> None:
    doc = new_document("purchase.es")
    doc.language = "es-MX"
    tp = touchpoint_from_library(doc, library[0], "antes", "web", 0)
    assert tp.title == library[0].names["es"]
    doc.language = "de"
    assert (
        touchpoint_from_library(doc, library[0], "antes", "web", 0).title
        == (library[0].names["en"])
    )


def test_touchpoint_from_library_refuses_unknown_places(library: list[LibraryEntry]) -> None:
    doc = new_document("purchase.en")
    with pytest.raises(ValueError, match="stage"):
        touchpoint_from_library(doc, library[0], "nowhere", "website", 0)
    with pytest.raises(ValueError, match="channel"):
        touchpoint_from_library(doc, library[0], "before", "nowhere", 0)
    with pytest.raises(ValueError):
        touchpoint_from_library(doc, library[0], "before", "website", -1)
    assert doc.touchpoints == []
