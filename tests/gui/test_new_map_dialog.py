"""File → New: every template with its whole title, language, stages and a
preview drawn by the canvas; arrows and Enter are enough."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeydesigner.gui.dialogs.new_map_dialog import NewMapDialog, language_label
from journeydesigner.templates import list_templates, new_document


def test_every_template_is_shown_whole_with_language_stages_and_preview(qtbot):
    dialog = NewMapDialog("purchase.es")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    infos = list_templates()
    assert dialog.list.count() == len(infos)
    assert dialog.template() == "purchase.es"
    metrics = dialog.list.fontMetrics()
    for row, info in enumerate(infos):
        item = dialog.list.item(row)
        doc = new_document(info.name)
        title, summary = item.text().split("\n")
        assert title == doc.title
        assert summary == f"{language_label(doc.language)} · {len(doc.stages)} stages"
        # the title fits beside the icon: nothing elided, no horizontal scrolling
        room = dialog.list.visualItemRect(item).width() - dialog.list.iconSize().width()
        assert metrics.horizontalAdvance(title) < room
        assert not item.icon().isNull()
        dialog.list.setCurrentRow(row)
        assert dialog.title.text() == doc.title
        assert dialog.stages.text() == "Stages: " + " → ".join(s.name for s in doc.stages)
        assert f"{len(doc.channels)} channels" in dialog.facts.text()
        assert dialog.title.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.list.horizontalScrollBar().isVisible()


def test_the_preview_is_the_templates_map(qtbot):
    dialog = NewMapDialog("purchase.en")
    qtbot.addWidget(dialog)
    image = dialog.preview.pixmap().toImage()
    assert not image.isNull() and image.width() > 100
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 5  # stage colours, lanes, text: not a blank picture
    assert image.width() <= dialog.preview.width()


def test_language_labels():
    assert language_label("es") == "Español"
    assert language_label("en") == "English"
    assert language_label("fr") == "Français"
    assert language_label("qq") == "qq"


def test_new_map_with_arrows_and_enter(window, qtbot):
    names = [info.name for info in list_templates()]
    chosen: list[str] = []

    def choose() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewMapDialog))
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog.focusWidget() is dialog.list  # the keyboard starts in the list
            start = dialog.list.currentRow()
            QTest.keyClick(dialog.list, Qt.Key.Key_Up if start else Qt.Key.Key_Down)
            chosen.append(dialog.template())
            QTest.keyClick(dialog.list, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()  # the test never hangs on a dialog left open

    window.controller.undo_stack.setClean()
    QTimer.singleShot(0, choose)
    window.new_action.trigger()
    assert chosen and chosen[0] in names
    assert window.controller.doc.title == new_document(chosen[0]).title
    assert window.controller.path is None
