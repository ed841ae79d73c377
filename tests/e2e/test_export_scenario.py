"""File → Export on a real screen: PDF, PNG and SVG from the dialog, as a designer does.

Before the fix the process died right after writing the first file (segfault,
"QObject: shared QObject was deleted directly"), and Enter in the dialog opened
Browse instead of exporting. The dialog now offers the last folder and format.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesigner.fileio import load, save

from .harness import App

EXOTIC_TITLE = "Señal «única» ✓ 👍 美玲"


def export_with_enter(app: App, path: Path | None = None, fmt_keys: tuple[str, ...] = ()) -> None:
    """Ctrl+E, optionally a format (keys on the focused Format box) and a file, Enter."""
    app.activate("JourneyDesigner")
    app.key("ctrl+e")
    app.wait_window("^Export Map$")
    app.settle(0.8)
    if fmt_keys:
        app.key("alt+f", *fmt_keys)
    if path is not None:
        app.key("alt+i", "ctrl+a")
        app.type(str(path))
    app.screenshot("dialog-" + (path.suffix[1:] if path else "again"))
    app.key("Return")


def wait_written(app: App, path: Path) -> None:
    app.wait_file(path)
    app.wait_no_window("^Export Map$")
    app.settle(1.5)  # the crash came after the file was written
    assert app.alive, app.log()
    if "Exported with notes" in app.titles():  # e.g. "text too small in fit mode"
        app.screenshot("notes")
        app.activate("^Exported with notes$")
        app.key("Return")
        app.wait_no_window("^Exported with notes$")


def check_pdf(path: Path, *texts: str) -> None:
    reader = PdfReader(path)
    assert len(reader.pages) >= 1
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                              text=True).stdout
        for expected in texts:
            assert expected in text, (expected, text[:500])


def check_png(path: Path) -> None:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def check_svg(path: Path, *texts: str) -> None:
    root = ET.parse(path).getroot()  # well-formed XML
    assert root.tag.endswith("svg")
    body = path.read_text(encoding="utf-8")
    for expected in texts:
        assert expected in body


def test_export_pdf_png_svg_from_the_dialog_keeps_the_app_alive(launch, example, tmp_path):
    out = tmp_path / "entregables"
    out.mkdir()
    app = launch(str(example))
    app.wait_window("Compra online de zapatillas")

    export_with_enter(app, out / "mapa.pdf")
    wait_written(app, out / "mapa.pdf")
    app.screenshot("after-pdf")
    check_pdf(out / "mapa.pdf", "Compra online de zapatillas")

    # the dialog offers the folder of the last export, in its format: Enter alone
    export_with_enter(app)
    wait_written(app, out / "compra-online.es.pdf")

    export_with_enter(app, fmt_keys=("Down",))  # PDF → PNG
    wait_written(app, out / "compra-online.es.png")
    check_png(out / "compra-online.es.png")
    (out / "compra-online.es.png").unlink()
    export_with_enter(app)  # remembered: PNG again
    wait_written(app, out / "compra-online.es.png")

    export_with_enter(app, fmt_keys=("Down",))  # PNG → SVG
    wait_written(app, out / "compra-online.es.svg")
    check_svg(out / "compra-online.es.svg", "Compra online de zapatillas")

    assert app.titles() == [app.titles()[0]] and "zapatillas" in app.titles()[0]
    assert app.quit() == 0
    app.assert_clean_log()
    assert not example.with_name(example.name + ".lock").exists()


@pytest.fixture
def exotic_map(example, tmp_path) -> Path:
    """The example with accents, guillemets, emoji and CJK in its title, a stage and a card."""
    doc = load(example)
    doc = doc.model_copy(update={
        "title": EXOTIC_TITLE,
        "stages": [doc.stages[0].model_copy(update={"name": "Después «pago» 🎉"}),
                   *doc.stages[1:]],
        "touchpoints": [doc.touchpoints[0].model_copy(update={"title": "Reseña 美玲 👍"}),
                        *doc.touchpoints[1:]],
    })
    path = tmp_path / "señal «única».journey"
    save(doc, path)
    return path


def test_export_a_map_with_accents_emoji_and_cjk(launch, exotic_map, tmp_path):
    app = launch(str(exotic_map))
    app.wait_window("única")
    stem = exotic_map.with_suffix("")
    for keys, suffix in (((), ".pdf"), (("Down",), ".png"), (("Down",), ".svg")):
        export_with_enter(app, fmt_keys=keys)
        wait_written(app, stem.with_suffix(suffix))
    # the fallback fonts found through fontconfig print CJK and emoji whole
    check_pdf(stem.with_suffix(".pdf"), "Señal «única»", "Después «pago»", "美玲", "👍", "🎉")
    check_png(stem.with_suffix(".png"))
    check_svg(stem.with_suffix(".svg"), "Señal «única»", "美玲", "👍")
    app.screenshot("exported")
    assert len(app.windows()) == 1
    assert app.quit() == 0
    app.assert_clean_log()


def test_characters_no_font_has_are_named_before_the_pdf_is_written(launch, example,
                                                                     tmp_path):
    doc = load(example)
    doc = doc.model_copy(update={"touchpoints": [
        doc.touchpoints[0].model_copy(update={"title": "Sello \U000F0001 privado"}),
        *doc.touchpoints[1:]]})
    path = tmp_path / "sello.journey"
    save(doc, path)
    pdf = tmp_path / "sello.pdf"
    app = launch(str(path))
    app.wait_window("zapatillas")
    export_with_enter(app)
    app.wait_window("^Export$")  # asked first, the file not yet written
    app.settle(0.5)
    app.screenshot("unprintable-asked")
    assert not pdf.exists()
    app.key("Return")  # Cancel is the default: back in the dialog, nothing written
    app.wait_no_window("^Export$")
    app.settle(0.5)
    assert not pdf.exists() and "Export Map" in app.titles()
    app.activate("^Export Map$")
    app.key("Return")
    app.wait_window("^Export$")
    app.activate("^Export$")
    app.key("alt+a")  # Export anyway
    wait_written(app, pdf)
    check_pdf(pdf, "Sello □ privado")
    assert app.quit() == 0
    app.assert_clean_log()
