"""The touchpoint library panel: search typical touchpoints, drag them onto the map.

Items are sorted by the stage they usually belong to (before, during, after).
Dragging an item carries its library entry id (UTF-8) under
:data:`LIBRARY_MIME`; double-click or Enter emits ``entryActivated(id)``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...templates import LIBRARY_STAGES, LibraryEntry, LibraryError, load_library, search_library
from .. import plain_text
from .properties import dim

LIBRARY_MIME = "application/x-journeydesigner-library"
#: Item data role holding the library entry id (absent on message items).
ENTRY_ROLE = Qt.ItemDataRole.UserRole
#: The entry's name and its "Stage · kind" hint, drawn on two lines.
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
HINT_ROLE = Qt.ItemDataRole.UserRole + 2


def stage_label(stage: str) -> str:
    return {
        "before": QCoreApplication.translate("palette", "Before"),
        "during": QCoreApplication.translate("palette", "During"),
        "after": QCoreApplication.translate("palette", "After"),
    }.get(stage, stage)


def kind_label(kind: str) -> str:
    return {
        "digital": QCoreApplication.translate("palette", "digital"),
        "in_person": QCoreApplication.translate("palette", "in person"),
        "both": QCoreApplication.translate("palette", "digital or in person"),
    }.get(kind, kind)


def library_mime_data(entry_id: str) -> QMimeData:
    data = QMimeData()
    data.setData(LIBRARY_MIME, QByteArray(entry_id.encode("utf-8")))
    return data


class _EntryDelegate(QStyledItemDelegate):
    """Draws an entry as its name (wrapped) over a smaller, dimmer "Stage · kind" hint."""

    PAD_X = 6
    PAD_Y = 4

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        small = QFont(base)
        small.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
        return base, small

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(60, width - 2 * self.PAD_X)

    def sizeHint(  # noqa: N802 (Qt name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        name = index.data(NAME_ROLE)
        if name is None:
            return super().sizeHint(option, index)
        base, small = self._fonts(option.font)
        width = self._width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        name_h = QFontMetrics(base).boundingRect(QRect(0, 0, width, 10_000), flags, name).height()
        hint_h = QFontMetrics(small).height()
        return QSize(width + 2 * self.PAD_X, name_h + hint_h + 2 * self.PAD_Y + 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        name = index.data(NAME_ROLE)
        if name is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        base, small = self._fonts(opt.font)
        rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setFont(base)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        used = painter.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), name)
        painter.setFont(small)
        if not selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        hint_rect = rect.adjusted(0, used.height() + 1, 0, 0)
        painter.drawText(hint_rect, int(align), index.data(HINT_ROLE) or "")
        painter.restore()


class LibraryList(QListWidget):
    """The list of library entries; drags carry the entry id."""

    entryActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrap the names again on resize
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_EntryDelegate(self))
        self.itemDoubleClicked.connect(self._activate)

    @staticmethod
    def entry_id(item: QListWidgetItem | None) -> str | None:
        return item.data(ENTRY_ROLE) if item is not None else None

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt name)
        return [LIBRARY_MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        ids = [i for i in (self.entry_id(item) for item in items) if i]
        return library_mime_data(ids[0]) if ids else QMimeData()

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802
        item = self.currentItem()
        if self.entry_id(item) is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.CopyAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activate(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _activate(self, item: QListWidgetItem) -> None:
        entry_id = self.entry_id(item)
        if entry_id:
            self.entryActivated.emit(entry_id)


class _SearchField(QLineEdit):
    """The search field; Down moves into the list."""

    def __init__(self, target: QListWidget) -> None:
        super().__init__()
        self._target = target

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and self._target.count():
            self._target.setFocus(Qt.FocusReason.TabFocusReason)
            if self._target.currentItem() is None:
                self._target.setCurrentRow(0)
            event.accept()
            return
        super().keyPressEvent(event)


class PaletteDock(QDockWidget):
    """The touchpoint library: a search field over the entries, sorted by stage.

    ``language`` chooses the names shown (Spanish when it starts with "es").
    """

    entryActivated = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Touchpoint library"), parent)
        self.setObjectName("paletteDock")
        self.language = language
        self.error: str | None = None
        try:
            self.entries: list[LibraryEntry] = load_library()
        except LibraryError as exc:
            self.entries = []
            self.error = str(exc)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.list = LibraryList()
        self.list.setAccessibleName(self.tr("Touchpoint library"))
        self.search = _SearchField(self.list)
        self.search.setPlaceholderText(self.tr("Search touchpoints…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search touchpoints"))
        self.help = QLabel(self.tr("Drag a touchpoint onto the map, or double-click it."))
        self.help.setWordWrap(True)
        dim(self.help)
        self.help.setAccessibleName(self.tr("Help"))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.help)
        self.setWidget(body)

        self.search.textChanged.connect(self.refresh)
        self.list.entryActivated.connect(self.entryActivated)
        self.refresh()

    def set_language(self, language: str) -> None:
        """Show the names in ``language`` (the document's content language)."""
        self.language = language
        self.refresh()

    def entry(self, entry_id: str) -> LibraryEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def refresh(self) -> None:
        """List the entries matching the search, grouped by stage, keeping the selection."""
        keep = LibraryList.entry_id(self.list.currentItem())
        self.list.clear()
        if self.error:
            self._message(self.tr("The touchpoint library cannot be read:") + "\n" + self.error)
            return
        hits = search_library(self.search.text(), self.language, self.entries)
        order = {stage: i for i, stage in enumerate(LIBRARY_STAGES)}
        hits.sort(key=lambda e: order.get(e.stage, len(order)))  # stable: relevance kept
        for entry in hits:
            name = entry.name(self.language)
            hint = f"{stage_label(entry.stage)} · {kind_label(entry.kind)}"
            item = QListWidgetItem(f"{name} — {hint}")
            item.setData(ENTRY_ROLE, entry.id)
            item.setData(NAME_ROLE, name)
            item.setData(HINT_ROLE, hint)
            item.setToolTip(plain_text.tooltip(f"{name}\n{hint}"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {hint}")
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        if not hits:
            self._message(
                self.tr("No touchpoint matches “{0}”.").format(self.search.text().strip())
            )

    def _message(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)
