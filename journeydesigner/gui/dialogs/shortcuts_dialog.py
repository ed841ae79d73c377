"""Help → Keyboard shortcuts: a filterable table that fits on the screen.

The list has some sixty rows; shown as one message box it was taller than a
1000 px screen, its bottom rows and the OK button out of reach. The table
scrolls, and the dialog is sized to the available geometry of its screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    """Every shortcut (``rows`` of what it does and its keys); typing filters them."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter shortcuts…"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.filter)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        for row, (action, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(action))
            item = QTableWidgetItem(keys)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.table.setItem(row, 1, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        """Room for every row when the screen has it, else most of the screen's height."""
        self.table.resizeColumnsToContents()
        table_width = sum(self.table.columnWidth(c) for c in range(2)) + 40
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        wanted = QSize(max(560, table_width),
                       rows_height + self.table.horizontalHeader().height() + 120)
        screen = (self.parentWidget().screen() if self.parentWidget() else self.screen())
        room = screen.availableGeometry().size() * 0.85
        return wanted.boundedTo(room)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            shown = any(needle in self.table.item(row, c).text().casefold() for c in range(2))
            self.table.setRowHidden(row, not shown)
