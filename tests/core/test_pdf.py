"""PDF export (no Qt): every character printed, fonts embedded, pages sized and counted."""

from __future__ import annotations

import io
import re
import sys
import types
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesigner.export import export_file
from journeydesigner.export.pdf import (
    REPLACEMENT,
    FontSet,
    PdfOptions,
    export_pdf,
    pdf_bytes,
)
from journeydesigner.fileio import dumps, load
from journeydesigner.model import (
    Channel,
    Connection,
    Document,
    Persona,
    Stage,
    Touchpoint,
    find_problems,
)
from journeydesigner.sample import generate_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NAMES = ["compra-online.es.journey", "feedback-subscription.en.journey"]
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
    "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}
A4_LANDSCAPE = (842, 595)
A4_PORTRAIT = (595, 842)
A3_LANDSCAPE = (1191, 842)
A3_PORTRAIT = (842, 1191)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_texts(data: bytes) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def all_text(data: bytes) -> str:
    return " ".join(page_texts(data))


def page_sizes(data: bytes) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(io.BytesIO(data)).pages
    ]


@pytest.fixture(scope="module", params=NAMES)
def example(request) -> Document:
    return load(EXAMPLES / request.param)


def names_of(doc: Document) -> list[str]:
    return (
        [t.title for t in doc.touchpoints]
        + [s.name for s in doc.stages]
        + [c.name for c in doc.channels]
        + [p.name for p in doc.personas]
    )


# --------------------------------------------------------------------------- text


def test_every_name_of_the_examples_is_in_the_pdf(example):
    data, report = pdf_bytes(example)
    text = all_text(data)
    missing = [name for name in names_of(example) if squash(name) not in text]
    assert missing == []
    assert report.replaced == 0


def test_the_map_page_alone_shows_every_title_stage_and_channel(example):
    """Titles wrap on the cards; the wrapped lines still read as the whole title."""
    data, report = pdf_bytes(example, PdfOptions(cover=False, appendix=False))
    assert report.map_pages == 1
    text = page_texts(data)[0]
    wanted = [t.title for t in example.touchpoints] + [s.name for s in example.stages]
    wanted += [c.name for c in example.channels]
    assert [name for name in wanted if squash(name) not in text] == []


def test_personas_with_goals_needs_and_frustrations_are_on_the_cover(example):
    data, _ = pdf_bytes(example, PdfOptions(appendix=False))
    cover = page_texts(data)[0]
    assert squash(example.title) in cover
    for persona in example.personas:
        assert squash(persona.name) in cover
        for item in persona.goals + persona.needs + persona.frustrations:
            assert squash(item) in cover


def test_the_appendix_lists_touchpoints_coverage_and_stage_measures():
    doc = load(EXAMPLES / "compra-online.es.journey")
    data, _ = pdf_bytes(doc, PdfOptions(cover=False))
    text = all_text(data)
    assert "Puntos de contacto en orden temporal" in text
    assert "Cobertura: puntos de contacto por etapa y canal" in text
    assert "Medidas por etapa (medias)" in text
    assert "3,2 %" in text  # the conversion rate of the first stage, Spanish decimals


def tricky_document() -> Document:
    titles = [
        "<b>Sale & <font size=40>",
        "</para> R&D <img src=x.png>",
        "Açaí em São Paulo, pingüino ñandú",
        "Col·lecció l'Àvia",
        "Iğdır'da ışık şöyle",
        "Ελληνικά δοκιμή",
        "Проверка связи",
        "Party 😀 time",
        "Unicorn 🦄 launch",
        "Coder 👩\u200d💻 love ❤\ufe0f",
        "顾客旅程",
    ]
    return Document(
        title="Markup <b>&amp; R&D</b> — ¿qué?",
        description="Line one <br/> & line two\nsecond paragraph </para>",
        language="es",
        stages=[Stage(id="s1", name="<i>Etapa</i> & más"), Stage(id="s2", name="Δεύτερο")],
        channels=[
            Channel(id="web", name="Web <u>& app</u>", kind="digital"),
            Channel(id="shop", name="Tienda Ürün", kind="in_person"),
        ],
        personas=[
            Persona(id="p1", name="Zoë <3 & Ünal", goals=["<script>alert(1)</script>"],
                    needs=["50% & más"], frustrations=["a<b>c"]),
        ],
        touchpoints=[
            Touchpoint(id=f"t{i}", title=title, stage="s1" if i < 5 else "s2",
                       channel="web" if i % 2 else "shop", step=i % 3, emotion=(i % 5) - 2,
                       personas=["p1"] if i % 3 == 0 else [])
            for i, title in enumerate(titles)
        ],
        connections=[
            Connection(id="c1", source="t0", target="t5", polarity="negative",
                       label="<b>no</b> & sí"),
        ],
    )


def test_markup_accents_greek_cyrillic_cjk_and_emoji_print_literally():
    doc = tricky_document()
    assert find_problems(doc) == []
    data, report = pdf_bytes(doc)
    text = all_text(data)
    literal = names_of(doc) + [doc.title, "<script>alert(1)</script>", "50% & más", "a<b>c",
                               "<b>no</b> & sí"]
    assert [n for n in literal if squash(n) not in text] == []
    assert "Line one <br/> & line two" in text
    # emoji DejaVu Sans has, and those a fallback font found through fontconfig has
    assert "Party 😀 time" in text and "Unicorn 🦄 launch" in text and "顾客旅程" in text
    assert report.replaced == 0 and report.warnings == []


def test_a_character_no_font_has_prints_as_a_box_named_with_its_place():
    doc = tricky_document()
    doc.touchpoints[8].title = "Private \U000F0001 sign"
    data, report = pdf_bytes(doc)
    assert f"Private {REPLACEMENT} sign" in all_text(data)
    assert report.replaced == 1
    assert any("U+F0001" in w and "touchpoints[8].title" in w for w in report.warnings)


def test_fallback_fonts_are_found_by_character_and_must_embed():
    from journeydesigner.export.pdf import fallback

    for ch in "美👍":
        found = fallback.fontconfig_candidates(ch)
        assert found, ch
        assert any(fallback.load_font("probe", path, index, ch) for path, index in found)
    # CFF outlines and colour bitmaps cannot be embedded: passed over
    for path, ch in ((Path("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"), "A"),
                     (Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"), "👍")):
        if path.exists():
            assert fallback.load_font("probe", path, 0, ch) is None


def test_without_a_fallback_font_cjk_becomes_boxes_never_nothing():
    fonts = FontSet(fallbacks=())
    runs = fonts.runs("A顾客B")
    assert "".join(part for _, part in runs) == f"A{REPLACEMENT}{REPLACEMENT}B"
    assert fonts.missing == ["顾", "客"]


def test_invisible_formatting_is_dropped_and_controls_become_spaces():
    fonts = FontSet()
    text = "".join(part for _, part in fonts.runs("a\u200eb\ufe01c\td\u00ade\u2066f"))
    assert text == "abc def"
    # emoji joiners and presentation selectors stay (zero-width), so sequences copy whole
    assert "".join(part for _, part in fonts.runs("👩\u200d💻 ❤\ufe0f")) == "👩\u200d💻 ❤\ufe0f"
    assert fonts.width("\u200d\ufe0f", 10) == 0


def test_fonts_are_embedded_truetype_and_no_standard_font_is_used(example):
    data, _ = pdf_bytes(example)
    reader = PdfReader(io.BytesIO(data))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            base = str(font["/BaseFont"]).lstrip("/")
            seen.add(base)
            assert base.split("+")[-1] not in STANDARD_14, base
            assert font["/Subtype"] == "/TrueType"
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, base
            assert "/ToUnicode" in font
    assert any("DejaVuSans" in name for name in seen)
    assert any("DejaVuSans-Bold" in name for name in seen)


# --------------------------------------------------------------------------- pages


@pytest.mark.parametrize(
    ("size", "portrait", "expected"),
    [("A4", False, A4_LANDSCAPE), ("A3", False, A3_LANDSCAPE),
     ("A4", True, A4_PORTRAIT), ("A3", True, A3_PORTRAIT)],
)
def test_fit_puts_the_map_on_one_page(example, size, portrait, expected):
    options = PdfOptions(page_size=size, portrait=portrait, cover=False, appendix=False)
    data, report = pdf_bytes(example, options)
    assert report.map_pages == 1
    assert report.pages == (1 if report.legend_on_map else 2)
    assert len(page_sizes(data)) == report.pages
    assert set(page_sizes(data)) == {expected}


def test_fit_warns_when_card_text_gets_too_small():
    doc = load(EXAMPLES / "feedback-subscription.en.journey")
    _, report = pdf_bytes(doc, PdfOptions(page_size="A4"))
    assert report.text_pt < 6
    assert any(re.match(r"text would be \d+\.\d pt in fit mode; use tile", w)
               for w in report.warnings)
    _, tiled = pdf_bytes(doc, PdfOptions(page_size="A4", mode="tile"))
    assert not any("fit mode" in w for w in tiled.warnings)


def test_a_small_map_fits_without_warning_and_is_not_blown_up():
    doc = tricky_document()
    _, report = pdf_bytes(doc, PdfOptions(page_size="A3", cover=False, appendix=False))
    assert report.scale <= 1.0
    assert report.text_pt >= 6
    assert not any("fit mode" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("size", "portrait", "expected"),
    [("A4", False, A4_LANDSCAPE), ("A3", False, A3_LANDSCAPE),
     ("A4", True, A4_PORTRAIT), ("A3", True, A3_PORTRAIT)],
)
def test_tile_splits_the_map_at_a_readable_size(example, size, portrait, expected):
    options = PdfOptions(page_size=size, portrait=portrait, mode="tile", cover=False,
                         appendix=False)
    data, report = pdf_bytes(example, options)
    assert 7.5 <= report.text_pt <= 11  # at least the aimed size, scaled up to fill the pages
    assert report.map_pages == report.rows * report.cols > 1
    assert report.pages == report.map_pages + (0 if report.legend_on_map else 1)
    assert set(page_sizes(data)) == {expected}
    texts = page_texts(data)
    for r in range(1, report.rows + 1):
        for c in range(1, report.cols + 1):
            page = texts[(r - 1) * report.cols + (c - 1)]
            label = "Page" if example.language == "en" else "Página"
            word = "of" if example.language == "en" else "de"
            assert f"{label} {r}-{c} {word} {report.rows}×{report.cols}" in page
            assert squash(example.title) in page


def test_tiles_never_cut_a_card():
    from journeydesigner.export.pdf import plan_map

    doc = load(EXAMPLES / "compra-online.es.journey")
    for size in ("A4", "A3", "Letter", "Tabloid"):
        plan = plan_map(doc, PdfOptions(page_size=size, mode="tile"))
        for box in plan.geometry.cards.values():
            r = box.rect
            holders = [t for t in plan.tiles
                       if t.view.x <= r.x and r.right <= t.view.right
                       and t.view.y <= r.y and r.bottom <= t.view.bottom]
            assert holders, (size, box.touchpoint_id)
        # neighbouring tiles abut: each repeats the headers, which are trimmed off
        first, second = plan.tiles[0], plan.tiles[1]
        assert first.view.right == second.view.x
        # every page is at least half filled, but the last of each row may be less
        for tile in plan.tiles:
            if tile.col < plan.cols:
                w, h = plan.size_on_paper(tile)
                assert w * h >= 0.5 * plan.area.w * plan.area.h, (size, tile)


def test_page_counts_with_cover_and_appendix(example):
    bare, r1 = pdf_bytes(example, PdfOptions(cover=False, appendix=False))
    full, r2 = pdf_bytes(example, PdfOptions())
    assert r2.pages >= r1.pages + 2
    assert len(PdfReader(io.BytesIO(full)).pages) == r2.pages
    texts = page_texts(full)
    total = r2.pages
    label, word = ("Page", "of") if example.language == "en" else ("Página", "de")
    for n, text in enumerate(texts, start=1):
        assert f"{label} {n} {word} {total}" in text


# --------------------------------------------------------------------------- metadata


def test_metadata_and_outline(example):
    data, _ = pdf_bytes(example, PdfOptions(mode="tile"))
    reader = PdfReader(io.BytesIO(data))
    meta = reader.metadata
    assert meta.title == example.title
    assert meta.author == "JourneyDesigner"
    assert meta.subject == example.description
    assert meta.creator.startswith("JourneyDesigner")
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    expected = (["Cover", "Map", "Legend", "Appendix"] if example.language == "en"
                else ["Portada", "Mapa", "Leyenda", "Anexo"])
    assert top == expected
    # one entry per tile under "Map", and the legend's page is a real page
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert nested and len(nested[0]) > 1
    assert reader.trailer["/Root"]["/Lang"] == example.language


def test_persona_filter_is_named_and_limits_the_appendix():
    doc = load(EXAMPLES / "compra-online.es.journey")
    persona = doc.personas[1]
    data, _ = pdf_bytes(doc, PdfOptions(persona=persona.id))
    text = all_text(data)
    assert f"Persona mostrada: {persona.name}" in text
    other = doc.personas[0]
    cover = page_texts(data)[0]
    assert persona.name in cover and other.name not in cover


def test_unknown_persona_is_refused():
    doc = load(EXAMPLES / "compra-online.es.journey")
    with pytest.raises(ValueError, match='no persona with id "nobody"'):
        pdf_bytes(doc, PdfOptions(persona="nobody"))


def test_bad_options_are_refused():
    with pytest.raises(ValueError):
        PdfOptions(page_size="A5")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        PdfOptions(mode="zoom")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- analysis


def test_findings_appear_when_the_analysis_works(example, monkeypatch):
    finding = types.SimpleNamespace(
        kind="dead_end", severity="problem", touchpoints=(example.touchpoints[0].id,),
        connections=(), message={"en": "Dead end here ZZQ", "es": "Callejón sin salida ZZQ"},
    )
    fake = types.ModuleType("journeydesigner.analysis")
    fake.analyze = lambda doc, persona=None: types.SimpleNamespace(findings=[finding])
    monkeypatch.setitem(sys.modules, "journeydesigner.analysis", fake)
    monkeypatch.setattr("journeydesigner.analysis", fake, raising=False)
    data, report = pdf_bytes(example)
    text = all_text(data)
    expected = "Dead end here ZZQ" if example.language == "en" else "Callejón sin salida ZZQ"
    assert expected in text
    assert report.findings == 1


def test_a_broken_analysis_falls_back_to_the_tables(monkeypatch):
    doc = load(EXAMPLES / "feedback-subscription.en.journey")
    fake = types.ModuleType("journeydesigner.analysis")

    def analyze(doc, persona=None):
        raise TypeError("incompatible")

    fake.analyze = analyze
    monkeypatch.setitem(sys.modules, "journeydesigner.analysis", fake)
    monkeypatch.setattr("journeydesigner.analysis", fake, raising=False)
    data, report = pdf_bytes(doc)
    text = all_text(data)
    assert report.findings is None
    assert any("analysis not included" in w for w in report.warnings)
    assert "Coverage: touchpoints per stage and channel" in text


def test_a_missing_analysis_module_is_fine(monkeypatch):
    doc = load(EXAMPLES / "feedback-subscription.en.journey")
    monkeypatch.setitem(sys.modules, "journeydesigner.analysis", None)
    monkeypatch.delattr("journeydesigner.analysis", raising=False)
    data, report = pdf_bytes(doc)
    assert report.findings is None
    assert "Findings" not in all_text(data)


# --------------------------------------------------------------------------- files


def test_export_pdf_writes_a_file_atomically(tmp_path):
    doc = load(EXAMPLES / "feedback-subscription.en.journey")
    out = tmp_path / "map.pdf"
    report = export_pdf(doc, out, PdfOptions(page_size="Letter"))
    assert out.read_bytes().startswith(b"%PDF")
    assert report.pages == len(PdfReader(out).pages)
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob("*.bak"))


def test_export_file_picks_the_format_by_extension(tmp_path):
    doc = load(EXAMPLES / "compra-online.es.journey")
    warnings = export_file(doc, tmp_path / "a.PDF", page_size="A3", portrait=True, tile=True,
                           persona=doc.personas[0].id, cover=False, appendix=False)
    assert warnings == []
    reader = PdfReader(tmp_path / "a.PDF")
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in reader.pages} == {A3_PORTRAIT}
    assert export_file(doc, tmp_path / "a.json") == []
    assert (tmp_path / "a.json").read_bytes() == dumps(doc)
    fit = export_file(doc, tmp_path / "b.pdf")
    assert any("fit mode" in w for w in fit)


@pytest.mark.parametrize("name", ["a.docx", "a", "a.pdf.txt"])
def test_export_file_refuses_unknown_extensions(tmp_path, name):
    doc = load(EXAMPLES / "compra-online.es.journey")
    with pytest.raises(ValueError, match="cannot export"):
        export_file(doc, tmp_path / name)
    assert not (tmp_path / name).exists()


def test_export_file_refuses_unknown_personas_and_page_sizes(tmp_path):
    doc = load(EXAMPLES / "compra-online.es.journey")
    with pytest.raises(ValueError, match='no persona with id "ghost"'):
        export_file(doc, tmp_path / "a.pdf", persona="ghost")
    with pytest.raises(ValueError, match="page size"):
        export_file(doc, tmp_path / "a.pdf", page_size="B5")
    assert not (tmp_path / "a.pdf").exists()


def test_a_large_map_exports_in_reasonable_time():
    import time

    doc = generate_document(600, seed=3)
    start = time.perf_counter()
    data, report = pdf_bytes(doc, PdfOptions(mode="tile", page_size="A3"))
    elapsed = time.perf_counter() - start
    assert report.map_pages > 4
    assert elapsed < 30
    text = all_text(data)
    assert squash(doc.touchpoints[-1].title) in text


def test_nothing_is_lost_when_a_card_or_a_row_is_longer_than_a_page():
    goals = [f"goal-{i:03d} to reach something worth reaching" for i in range(90)]
    pains = [f"pain-{i:03d} that hurts the customer" for i in range(160)]
    long_label = "a connection label far too long to fit on the map " * 4
    doc = Document(
        title="Long content",
        stages=[Stage(id="s", name="Stage")],
        channels=[Channel(id="c", name="Channel", kind="digital")],
        personas=[Persona(id="p", name="Patient persona", goals=goals)],
        touchpoints=[
            Touchpoint(id="a", title="First", stage="s", channel="c", step=0, pain_points=pains),
            Touchpoint(id="b", title="Second", stage="s", channel="c", step=1),
        ],
        connections=[Connection(id="x", source="a", target="b", polarity="positive",
                                label=long_label.strip())],
    )
    data, report = pdf_bytes(doc, PdfOptions(page_size="A4", portrait=True))
    text = all_text(data)
    # an item may continue on the next page, after the footer: look for its number
    assert [g for g in goals if g[:8] not in text] == []
    assert [p for p in pains if p[:8] not in text] == []
    assert sum(p in text for p in pains) > 140  # most are whole on one page
    assert squash(long_label) in text
    assert report.pages >= 5


def test_every_tile_repeats_the_lane_and_stage_headers_it_shows():
    from journeydesigner.export.pdf import plan_map

    doc = load(EXAMPLES / "compra-online.es.journey")
    options = PdfOptions(page_size="A4", mode="tile", cover=False, appendix=False)
    plan = plan_map(doc, options)
    data, _ = pdf_bytes(doc, options)
    texts = page_texts(data)
    assert plan.cols > 1 and plan.rows > 1
    for tile in plan.tiles:
        page = texts[tile.page]
        v = tile.view
        for lane in plan.geometry.lanes:
            if lane.row.intersects(v):
                assert squash(lane.name) in page, (tile.row, tile.col, lane.name)
        for stage in plan.geometry.stages:
            if stage.column.intersects(v):
                name = squash(stage.name)
                assert name in page or name[:8] in page, (tile.row, tile.col, stage.name)
