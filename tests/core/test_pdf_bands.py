"""Fit mode on one page: no drop-target columns, stages wrapped into bands when the
map is much wider than the sheet, the band count giving the largest text."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesigner.export.pdf import PdfOptions, pdf_bytes, plan_map
from journeydesigner.fileio import load
from journeydesigner.model import Channel, Document, Stage, Touchpoint
from tests.print_maps import workshop_map

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: the Spanish example as issue 16 measured it, before it gained its lanes
EDITION_1 = Path(__file__).resolve().parents[1] / "edition1"
TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


def long_map(stages: int = 12) -> Document:
    """A journey of many short stages over two channels: much wider than any sheet."""
    return Document(
        title="Long journey",
        stages=[Stage(id=f"s{i}", name=f"Stage {i + 1}") for i in range(stages)],
        channels=[Channel(id="web", name="Web", kind="digital"),
                  Channel(id="shop", name="Shop", kind="in_person")],
        touchpoints=[Touchpoint(id=f"t{i}-{k}", title=f"Step {k} of stage {i + 1}",
                                stage=f"s{i}", channel="web" if k else "shop", step=k,
                                emotion=(i + k) % 5 - 2)
                     for i in range(stages) for k in range(2)],
    )


def test_print_leaves_out_the_drop_target_columns():
    doc = load(EXAMPLES / "compra-online.es.journey")
    plan = plan_map(doc, PdfOptions(page_size="A3"))
    printed = {(s.stage_id, c.step) for s in plan.geometry.stages for c in s.steps}
    assert printed == {(t.stage, t.step) for t in doc.touchpoints}


@pytest.mark.parametrize("doc", [load(EDITION_1 / "compra-online.es.journey"), workshop_map()],
                         ids=["compra-online", "workshop"])
def test_the_goal_maps_fit_one_a3_page_at_seven_points(doc):
    _, report = pdf_bytes(doc, PdfOptions(page_size="A3", cover=False, appendix=False))
    assert report.map_pages == 1
    assert report.text_pt >= 7
    assert not any("fit mode" in w for w in report.warnings)


def test_the_example_with_its_six_lanes_still_fits_one_a3_page():
    """Its goals, thoughts, pain-point, opportunity, backstage and support lanes make
    the map as tall as it is wide on A3: the height limits it, a little under 7 pt."""
    doc = load(EXAMPLES / "compra-online.es.journey")
    _, report = pdf_bytes(doc, PdfOptions(page_size="A3", cover=False, appendix=False))
    assert len(doc.lanes) == 6 and report.map_pages == 1
    assert report.text_pt >= 6.6


@pytest.mark.parametrize("size", ["A3", "A4", "Letter"])
@pytest.mark.parametrize("path", [EXAMPLES / "compra-online.es.journey",
                                  TEMPLATES / "service-blueprint.es.journey"],
                         ids=lambda p: p.name.split(".")[0])
def test_a_map_with_notes_stays_inside_its_area(path, size):
    """Notes wrap at the card width, so narrower cards make taller lanes: the scale is
    chosen with the height of the lanes at the card width it prints (it was chosen
    with the widest cards' lanes, and the support lane ran over the page's footer)."""
    plan = plan_map(load(path), PdfOptions(page_size=size))
    for tile in plan.tiles:
        bottom = tile.origin[1] + (plan.frame.strip_h + tile.view.h) * plan.scale
        assert bottom <= plan.area.bottom + 0.01
    assert plan.bottom <= plan.area.bottom + 0.01


def test_a_long_map_wraps_into_bands_for_larger_text():
    doc = long_map()
    best = plan_map(doc, PdfOptions(page_size="A4"))
    one = plan_map(doc, PdfOptions(page_size="A4", bands=1))
    assert best.bands > 1
    assert best.text_pt > one.text_pt * 1.3
    for bands in range(1, 6):
        assert plan_map(doc, PdfOptions(page_size="A4", bands=bands)).text_pt <= best.text_pt
    # the bands share out the columns, cut between stages, and stack down the page
    views = [t.view for t in best.tiles]
    assert views[0].x == best.frame.content.x
    assert all(a.right == b.x for a, b in zip(views, views[1:], strict=False))
    stage_edges = {s.column.x for s in best.geometry.stages}
    assert all(v.x in stage_edges for v in views)
    tops = [t.origin[1] for t in best.tiles]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert best.bottom <= best.area.bottom


def test_every_band_repeats_the_lane_headers_and_names_its_stages():
    doc = long_map()
    data, report = pdf_bytes(doc, PdfOptions(page_size="A4", bands=3, cover=False,
                                             appendix=False))
    assert report.bands == 3 and report.map_pages == 1
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert text.count("Web") == 3 and text.count("Shop") == 3
    for i in range(12):
        assert re.search(rf"Stage {i + 1}(?!\d)", text)


def test_a_stage_cut_between_bands_is_named_in_both():
    doc = long_map(stages=1)  # one stage of two columns, forced into two bands
    data, report = pdf_bytes(doc, PdfOptions(page_size="A4", bands=2, cover=False,
                                             appendix=False))
    assert report.bands == 2
    assert PdfReader(io.BytesIO(data)).pages[0].extract_text().count("Stage 1") == 2


def test_a_band_count_beyond_the_columns_is_capped():
    doc = long_map(stages=2)
    assert plan_map(doc, PdfOptions(page_size="A4", bands=20)).bands == 4


def test_bands_are_refused_out_of_range():
    with pytest.raises(ValueError, match="bands"):
        PdfOptions(bands=0)


def test_where_the_height_limits_the_scale_bands_end_where_stages_do():
    doc = load(EXAMPLES / "compra-online.es.journey")  # stages of 3, 4 and 5 columns
    plan = plan_map(doc, PdfOptions(page_size="A4", bands=2))
    stage_edges = {s.column.x for s in plan.geometry.stages}
    assert [t.view.x in stage_edges for t in plan.tiles] == [True, True]
