"""A facilitator builds a map live in the Spanish interface with the keyboard
only — no click at all: File → New with a template, 20 touchpoints over 3
stages with emotions (digits), 5 paths of all three polarities (Ctrl+K on one
card, Ctrl+K on another, then P / N / D), a path label (F2), and Ctrl+S into a
file name typed in Qt's own (Spanish) save dialog. The file must be written,
valid and hold exactly that; the window must be one, titled after the file, and
the log clean."""

from __future__ import annotations

from journeydesigner.templates import list_templates

from .harness import validate

TEMPLATE_TITLE = "Recorrido de compra"  # purchase.es: three stages, six channels
# three stages, one lane each (the next lane down for each stage); digit = emotion
STAGES = [
    [("Anuncio en Instagram", "4"), ("Búsqueda en Google", "3"), ("Blog de tallas", "4"),
     ("Reseñas", "2"), ("Comparador", "3"), ("Newsletter", "4"), ("Cupón", "5")],
    [("Catálogo", "4"), ("Ficha de producto", "3"), ("Guía de tallas", "2"),
     ("Carrito", "3"), ("Registro", "1"), ("Pago", "2"), ("Confirmación", "5")],
    [("Aviso de envío", "4"), ("Entrega", "5"), ("Factura", "3"), ("Devolución", "1"),
     ("Encuesta", "3"), ("Comunidad", "5")],
]
EMOTION = {"1": -2, "2": -1, "3": 0, "4": 1, "5": 2}
LABEL = "Tras la factura"


def build_stage(app, cards) -> None:
    """Type each title, Enter adds it (and starts the next), Esc ends, a digit sets
    the emotion of the card just added, which stays selected."""
    for title, digit in cards:
        app.type(title)
        app.key("Return", "Escape", digit)


def path(app, to_source: list[str], to_target: list[str], polarity_key: str) -> None:
    """From the keyboard position: Ctrl+arrows to the source, Ctrl+K, Ctrl+arrows
    to the target, Ctrl+K (the new path is selected), then P / N / D."""
    app.key(*to_source, "ctrl+k", *to_target, "ctrl+k", polarity_key)


def test_a_workshop_map_built_from_the_keyboard_in_spanish(launch, example, tmp_path):
    app = launch(str(example), lang="es")
    app.activate("Compra online de zapatillas")
    app.settle(1)
    app.screenshot("abierto")

    # File → New through the menu's mnemonics, the template chosen with the arrows
    app.key("alt+a")
    app.settle()
    app.screenshot("menu-archivo")
    app.key("n")
    app.wait_window("Nuevo mapa de experiencia del cliente")
    app.settle()
    app.key("Home", *["Down"] * [t.name for t in list_templates()].index("purchase.es"))
    app.settle()
    app.screenshot("dialogo-nuevo")
    app.key("Return")
    app.wait_window(rf"^Sin título — {TEMPLATE_TITLE} — JourneyDesigner$")
    app.settle(1)
    app.screenshot("mapa-nuevo")

    app.key("ctrl+Right")  # an empty map: the cell cursor lands on the first cell
    for i, cards in enumerate(STAGES):
        if i:
            app.key("Escape", "Right", "Down")  # next stage, next lane
        build_stage(app, cards)
        app.settle()
        app.screenshot(f"etapa-{i + 1}")

    # the last card ("Comunidad") is selected; paths, walking back along stage 3
    path(app, ["ctrl+Left"], ["ctrl+Right"], "p")  # Encuesta → Comunidad, positive
    path(app, ["ctrl+Left", "ctrl+Left"], ["ctrl+Right"], "n")  # Devolución → Encuesta
    path(app, ["ctrl+Left", "ctrl+Left"], ["ctrl+Right", "ctrl+Right"], "d")  # Factura → Encuesta
    path(app, ["ctrl+Left", "ctrl+Left", "ctrl+Left"], ["ctrl+Right"], "p")  # Entrega → Factura
    app.key("F2")
    app.type(LABEL)
    app.key("Return")
    app.settle()
    app.screenshot("caminos-y-etiqueta")
    # across stages: from Factura back to Aviso de envío, then to Confirmación before it
    path(app, ["ctrl+Left", "ctrl+Left", "ctrl+Left"], ["ctrl+Right"], "p")  # Confirmación → Aviso
    app.settle()
    app.screenshot("cinco-caminos")

    target = tmp_path / "taller-zapatillas.journey"
    app.key("ctrl+s")
    app.wait_window("Guardar mapa de experiencia del cliente")
    app.settle(1)
    app.key("ctrl+a")
    app.type(str(target))
    app.settle()
    app.screenshot("dialogo-guardar")
    app.key("Return")
    app.wait_file(target)
    title = app.wait_window(rf"^{target.name} — {TEMPLATE_TITLE} — JourneyDesigner$")
    assert title
    app.settle(1)
    app.screenshot("guardado")

    assert app.alive
    doc = validate(target)
    assert doc["title"] == TEMPLATE_TITLE and len(doc["stages"]) == 3
    stages = [s["id"] for s in doc["stages"]]
    by_title = {t["title"]: t for t in doc["touchpoints"]}
    assert len(doc["touchpoints"]) == 20
    for stage, cards in zip(stages, STAGES, strict=True):
        placed = sorted((t for t in doc["touchpoints"] if t["stage"] == stage),
                        key=lambda t: t["step"])
        assert [(t["title"], t.get("emotion")) for t in placed] == [
            (title, EMOTION[digit]) for title, digit in cards]
        assert len({t["channel"] for t in placed}) == 1
    assert len({by_title[cards[0][0]]["channel"] for cards in STAGES}) == 3

    def ends(conn):
        names = {t["id"]: t["title"] for t in doc["touchpoints"]}
        return names[conn["source"]], names[conn["target"]], conn["polarity"]

    assert [ends(c) for c in doc["connections"]] == [
        ("Encuesta", "Comunidad", "positive"),
        ("Devolución", "Encuesta", "negative"),
        ("Factura", "Encuesta", "neutral"),
        ("Entrega", "Factura", "positive"),
        ("Confirmación", "Aviso de envío", "positive"),
    ]
    assert [c.get("label", "") for c in doc["connections"]] == ["", "", "", LABEL, ""]

    assert len(app.windows()) == 1, app.titles()
    assert app.quit() == 0
    app.assert_clean_log()
