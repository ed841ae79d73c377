"""Offer autosaved documents after a crash: one dialog for all of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...fileio import LoadError
from ...model import Document
from ...recovery import RecoveryEntry, RecoveryStore
from .. import plain_text
from ..core_messages import problem_lines

CHOICES = ("recover", "discard", "later")


def _choice_labels() -> dict[str, str]:
    return {
        "recover": QCoreApplication.translate("recovery_dialog", "Recover"),
        "discard": QCoreApplication.translate("recovery_dialog", "Discard"),
        "later": QCoreApplication.translate("recovery_dialog", "Decide later"),
    }


def local_time(entry: RecoveryEntry) -> str:
    """When the entry was autosaved, in local time and the user's date format."""
    moment = QDateTime.fromMSecsSinceEpoch(round(entry.saved_at.timestamp() * 1000))
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class RecoveryDialog(QDialog):
    """Lists the entries (title, original file or “Untitled”, time of the autosave,
    touchpoints) with a Recover / Discard / Decide later choice per row."""

    COLUMNS = 5

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.entries = list(entries)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "JourneyDesigner did not close normally. These maps have changes that were "
            "autosaved but never saved. Choose what to do with each one; recovered maps "
            "open with their changes, still unsaved."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.entries), self.COLUMNS, self)
        self.table.setAccessibleName(self.tr("Autosaved maps"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Map"),
                self.tr("File"),
                self.tr("Autosaved"),
                self.tr("Touchpoints"),
                self.tr("Action"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        labels = _choice_labels()
        self.combos: dict[str, QComboBox] = {}
        for row, entry in enumerate(self.entries):
            file_text = entry.original_path or self.tr("Untitled")
            cells = [
                entry.title or self.tr("Untitled"),
                Path(entry.original_path).name if entry.original_path else self.tr("Untitled"),
                local_time(entry),
                str(entry.touchpoint_count),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_text.tooltip(file_text if column == 1 else text))
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            combo = QComboBox(self.table)
            for choice in CHOICES:
                combo.addItem(labels[choice], choice)
            combo.setCurrentIndex(0)  # recover
            combo.setAccessibleName(self.tr("Action for “{0}”").format(entry.title))
            self.table.setCellWidget(row, 4, combo)
            self.combos[entry.key] = combo
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        later = buttons.addButton(
            self.tr("Decide All Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        later.setToolTip(self.tr("Keep every autosaved map and ask again at the next start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 180 + 32 * min(len(self.entries), 8))

    def set_choice(self, key: str, choice: str) -> None:
        if choice not in CHOICES:
            raise ValueError(choice)
        combo = self.combos[key]
        combo.setCurrentIndex(combo.findData(choice))

    def choices(self) -> dict[str, str]:
        """``{key: "recover" | "discard" | "later"}`` for every entry."""
        return {key: combo.currentData() for key, combo in self.combos.items()}


def offer_recovery(
    store: RecoveryStore,
    parent: QWidget | None,
    open_document: Callable[[Document, str | None], None],
) -> int:
    """Show the dialog when there is something to recover; returns how many were recovered.

    Recovered documents go to ``open_document(doc, original_path)``; an entry's file is
    removed only after that call returned (so an error leaves it for the next start).
    Discarded entries are removed, “later” ones (and all of them when the dialog is
    closed) are kept. An entry whose document cannot be read is renamed to
    ``NAME.corrupt`` and reported.
    """
    entries = store.entries()
    if not entries:
        return 0
    dialog = RecoveryDialog(entries, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    choices = dialog.choices()
    recovered = 0
    failures: list[str] = []
    for entry in entries:
        choice = choices.get(entry.key, "later")
        if choice == "discard":
            store.discard(entry)
        elif choice == "recover":
            try:
                doc = store.load(entry)
            except LoadError as exc:
                if not entry.path.exists():
                    continue  # another JourneyDesigner recovered it meanwhile
                kept = store.quarantine(entry)
                failures.append(
                    QCoreApplication.translate(
                        "recovery_dialog", "“{0}”: {1} (kept as {2})"
                    ).format(
                        entry.title, "; ".join(problem_lines(exc.problems[:3])), kept or entry.path
                    )
                )
                continue
            open_document(doc, entry.original_path)
            store.discard(entry)
            recovered += 1
    if failures:
        plain_text.warn(
            parent,
            QCoreApplication.translate("recovery_dialog", "Recovery failed"),
            QCoreApplication.translate("recovery_dialog", "These autosaved maps could not be read:")
            + "\n"
            + "\n".join(failures),
        )
    return recovered
