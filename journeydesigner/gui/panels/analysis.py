"""The analysis panel: the findings of :func:`journeydesigner.analysis.analyze`, by category.

The tree shows one top-level item per category ("Friction points (4)") with its
findings below, in the document's language (Spanish when ``doc.language``
starts with "es", else English). A persona chooser on top limits the analysis
to what one persona lives (:meth:`AnalysisDock.set_persona` does the same).

The panel follows the document by itself: ``controller.changed`` starts a short
single-shot timer, so a burst of edits (a drag, a multi-object edit, undo
chains) recomputes once, and the recompute runs in a background thread on a
snapshot of the document, so a large map never freezes the window (a result
that an edit made meanwhile has outdated is dropped and computed again). A
hidden panel does not recompute until it shows. After a recompute the
selection and the collapsed categories are kept.

Selecting a finding emits ``highlightRequested(touchpoint_ids, connection_ids)``
with the ids it is about; selecting a category emits everything its findings
are about; clearing the selection emits two empty lists.

The main window creates the dock hidden with ``deferred=True``: then the panel's
widgets and the first analysis are made only when the dock is first shown (or
refreshed), so a window whose analysis stays closed never pays for them.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import plain_text
from .properties import dim

if TYPE_CHECKING:  # the analysis itself is imported when the panel first shows
    from ...analysis import Analysis, Finding

#: Item data: "category:<name>" on a category item, "finding:<index in analysis.findings>" below.
KEY_ROLE = Qt.ItemDataRole.UserRole
#: Milliseconds between the last document change and the recompute.
DEBOUNCE_MS = 100


def severity_label(severity: str) -> str:
    return {
        "problem": QCoreApplication.translate("analysis", "Problem"),
        "warning": QCoreApplication.translate("analysis", "Warning"),
        "info": QCoreApplication.translate("analysis", "Information"),
    }.get(severity, severity)


def _key(item: QTreeWidgetItem | None) -> tuple[str, str] | None:
    """("category", name) or ("finding", index) of an item of the tree."""
    data = item.data(0, KEY_ROLE) if item is not None else None
    if not isinstance(data, str) or ":" not in data:
        return None
    kind, _, rest = data.partition(":")
    return kind, rest


def _finding_key(finding: Finding) -> tuple:
    """What identifies a finding across recomputes (its text may change with a title)."""
    return ("finding", finding.kind, finding.touchpoints, finding.connections)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the width of the view (long paths stay readable)."""

    def sizeHint(  # noqa: N802 (Qt name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return base
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth = 1 if view.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = view.viewport().width() - view.indentation() * depth
        icon = opt.decorationSize.width() + 8 if not opt.icon.isNull() else 0
        text_width = max(40, width - icon - 12)
        bounds = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, text_width, 100_000), int(Qt.TextFlag.TextWordWrap), opt.text
        )
        return QSize(max(1, width), max(base.height(), bounds.height() + 6))


class _FindingTree(QTreeWidget):
    """A tree whose rows re-wrap their text when its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class AnalysisDock(QDockWidget):
    """Entries, ideal path, friction, dead ends… of the map, recomputed as it changes."""

    #: (touchpoint ids, connection ids) to highlight on the map.
    highlightRequested = Signal(list, list)
    #: After every recompute (the tree shows the new analysis).
    refreshed = Signal()
    #: From the background thread: (generation, analysis or None if it failed).
    _computed = Signal(int, object)

    def __init__(self, controller, parent: QWidget | None = None, *,
                 deferred: bool = False) -> None:
        super().__init__(self.tr("Analysis"), parent)
        self.setObjectName("analysisDock")
        self.controller = controller
        self.analysis: Analysis | None = None
        self._persona: str | None = None
        self._collapsed: set[str] = set()
        self._emitted: tuple[list[str], list[str]] = ([], [])
        self.tree: _FindingTree | None = None  # with the rest of the body, by _build
        # every change of the document or the persona makes a new generation; a
        # background result is shown only if no newer generation exists by then
        self._generation = 0
        self._shown_generation = -1
        self._computing = False

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._recompute_in_background)
        self._computed.connect(self._background_done)
        controller.changed.connect(self.schedule_refresh)
        if not deferred:
            self.refresh()

    def _build(self) -> None:
        """The persona chooser, the summary and the tree of findings."""
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)

        row = QHBoxLayout()
        self.persona_label = QLabel(self.tr("Persona:"))
        self.persona_combo = QComboBox()
        self.persona_combo.setAccessibleName(self.tr("Persona to analyse"))
        self.persona_combo.setToolTip(self.tr("Analyse the whole map or what one persona lives"))
        self.persona_label.setBuddy(self.persona_combo)
        row.addWidget(self.persona_label)
        row.addWidget(self.persona_combo, 1)
        layout.addLayout(row)

        self.summary = plain_text.label()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Analysis summary"))
        dim(self.summary)
        layout.addWidget(self.summary)

        tree = _FindingTree()
        tree.setItemDelegate(_WrappingDelegate(tree))
        tree.setHeaderHidden(True)
        tree.setColumnCount(1)
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.header().setStretchLastSection(True)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setAccessibleName(self.tr("Analysis findings"))
        tree.setAccessibleDescription(
            self.tr("Findings grouped by category; select one to highlight it on the map")
        )
        layout.addWidget(tree, 1)
        self.setWidget(body)
        self.tree = tree

        self.persona_combo.currentIndexChanged.connect(self._persona_chosen)
        tree.itemSelectionChanged.connect(self._selection_changed)
        tree.itemCollapsed.connect(self._remember_collapsed)
        tree.itemExpanded.connect(self._remember_expanded)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt name)
        if visible and self.tree is None:
            self.refresh()  # a deferred panel: made now, before it shows
        elif visible and self._shown_generation != self._generation:
            self.timer.start()  # the map changed while the panel was hidden
        super().setVisible(visible)

    # --- public API -----------------------------------------------------------

    def persona(self) -> str | None:
        """The persona id analysed, or None for the whole map."""
        return self._persona

    def set_persona(self, persona_id: str | None) -> None:
        """Analyse only what ``persona_id`` lives (None: the whole map), at once
        (a deferred panel not made yet keeps it for when it is)."""
        persona_id = persona_id or None
        if persona_id == self._persona:
            return  # e.g. a map being opened resets the filter: its change recomputes
        self._persona = persona_id
        if self.tree is not None:
            self.refresh()

    def schedule_refresh(self) -> None:
        """Recompute shortly (in the background); more calls before then still
        recompute once. A hidden panel waits until it shows."""
        self._generation += 1
        if self.tree is not None and self.isVisible():
            self.timer.start()

    def is_current(self) -> bool:
        """Whether the findings shown are those of the document as it is now."""
        return self._shown_generation == self._generation

    def language(self) -> str:
        from ...analysis import language_code

        return language_code(self.controller.doc.language)

    def refresh(self) -> None:
        """Recompute the analysis now and show it (see :meth:`_show`)."""
        from ...analysis import analyze

        self.timer.stop()
        self._generation += 1
        self._forget_deleted_persona()
        self._show(analyze(self.controller.doc, self._persona), self._generation)

    def _forget_deleted_persona(self) -> None:
        doc = self.controller.doc
        if self._persona is not None and all(p.id != self._persona for p in doc.personas):
            self._persona = None  # deleted (or never there): back to the whole map

    def _recompute_in_background(self) -> None:
        """Analyse a snapshot of the document in a thread; the result comes back
        through ``_computed`` (a queued signal, so it is shown on the GUI thread)."""
        if self._computing or self.is_current():
            return  # a running job starts the next one when it ends
        from ...analysis import analyze
        from ...edits import COLLECTIONS

        self._forget_deleted_persona()
        doc = self.controller.doc
        # edits replace objects and never change them, so copying the lists is
        # enough for the thread to see one consistent document
        snapshot = doc.model_copy(update={name: list(getattr(doc, name)) for name in COLLECTIONS})
        generation, persona = self._generation, self._persona
        self._computing = True

        def work() -> None:
            try:
                result = analyze(snapshot, persona)
            except Exception:  # noqa: BLE001 - shown as "recompute now" on the GUI thread
                result = None
            with contextlib.suppress(RuntimeError):  # the panel was deleted meanwhile
                self._computed.emit(generation, result)

        threading.Thread(target=work, name="analysis", daemon=True).start()

    def _background_done(self, generation: int, analysis) -> None:
        self._computing = False
        if generation != self._generation:
            if self.isVisible():
                self._recompute_in_background()  # outdated by an edit: again
            return
        if analysis is None:  # the analysis failed in the thread: let it raise here
            self.refresh()
            return
        self._show(analysis, generation)

    def _show(self, analysis: Analysis, generation: int) -> None:
        """Show an analysis, keeping the selection if it still exists."""
        from ...analysis import CATEGORY_LABELS, summary_line

        if self.tree is None:
            self._build()
        selected = self._selected_key()  # before the old findings are replaced
        self.analysis = analysis
        self._shown_generation = generation
        lang = self.language()
        self._fill_personas()
        self.summary.setText(summary_line(self.analysis, lang))

        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        icons = {
            "problem": self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        severities = {name: severity_label(name) for name in icons}
        to_select: QTreeWidgetItem | None = None
        groups = self.analysis.by_category()
        index_of = {id(f): i for i, f in enumerate(self.analysis.findings)}
        for category, findings in groups.items():
            label = f"{CATEGORY_LABELS[lang][category]} ({len(findings)})"
            top = QTreeWidgetItem([label])
            top.setData(0, KEY_ROLE, f"category:{category}")
            top.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if not findings:
                top.setForeground(0, self.summary.palette().windowText())
            self.tree.addTopLevelItem(top)
            if selected == ("category", category):
                to_select = top
            for finding in findings:
                text = finding.text(lang)
                child = QTreeWidgetItem([text])
                child.setData(0, KEY_ROLE, f"finding:{index_of[id(finding)]}")
                child.setIcon(0, icons.get(finding.severity, icons["info"]))
                child.setToolTip(0, plain_text.tooltip(text))
                child.setData(
                    0,
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{severities.get(finding.severity, finding.severity)}: {text}",
                )
                top.addChild(child)
                if selected == _finding_key(finding):
                    to_select = child
            top.setExpanded(bool(findings) and category not in self._collapsed)
        if to_select is not None:
            self.tree.setCurrentItem(to_select)
            to_select.setSelected(True)
        blocker.unblock()
        self._emit_highlight()
        self.refreshed.emit()

    def category_item(self, category: str) -> QTreeWidgetItem | None:
        if self.tree is None:
            self.refresh()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if _key(item) == ("category", category):
                return item
        return None

    def finding_of(self, item: QTreeWidgetItem | None) -> Finding | None:
        key = _key(item)
        if key is None or key[0] != "finding" or self.analysis is None:
            return None
        index = int(key[1])
        return self.analysis.findings[index] if index < len(self.analysis.findings) else None

    # --- internals --------------------------------------------------------------

    def _fill_personas(self) -> None:
        personas = [(p.id, p.name) for p in self.controller.doc.personas]
        wanted = [(None, self.tr("All personas")), *personas]
        combo = self.persona_combo
        with QSignalBlocker(combo):
            current = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
            if current != wanted:
                combo.clear()
                for persona_id, name in wanted:
                    combo.addItem(name, persona_id)
            combo.setCurrentIndex(max(0, combo.findData(self._persona)) if self._persona else 0)
        visible = bool(personas)
        self.persona_label.setVisible(visible)
        combo.setVisible(visible)

    def _persona_chosen(self, index: int) -> None:
        persona_id = self.persona_combo.itemData(index)
        if persona_id != self._persona:
            self.set_persona(persona_id)

    def _selected_key(self) -> tuple | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        key = _key(items[0])
        if key is not None and key[0] == "finding":
            finding = self.finding_of(items[0])
            return _finding_key(finding) if finding is not None else None
        return key

    def _highlight_of_selection(self) -> tuple[list[str], list[str]]:
        items = self.tree.selectedItems()
        if not items or self.analysis is None:
            return [], []
        item = items[0]
        finding = self.finding_of(item)
        findings = (
            [finding]
            if finding is not None
            else [self.finding_of(item.child(i)) for i in range(item.childCount())]
        )
        touchpoints: dict[str, None] = {}
        connections: dict[str, None] = {}
        for f in findings:
            if f is None:
                continue
            touchpoints.update(dict.fromkeys(f.touchpoints))
            connections.update(dict.fromkeys(f.connections))
        return list(touchpoints), list(connections)

    def _emit_highlight(self, force: bool = False) -> None:
        ids = self._highlight_of_selection()
        if force or ids != self._emitted:
            self._emitted = ids
            self.highlightRequested.emit(ids[0], ids[1])

    def _selection_changed(self) -> None:
        self._emit_highlight(force=True)

    def _remember_collapsed(self, item: QTreeWidgetItem) -> None:
        key = _key(item)
        if key is not None and key[0] == "category":
            self._collapsed.add(key[1])

    def _remember_expanded(self, item: QTreeWidgetItem) -> None:
        key = _key(item)
        if key is not None and key[0] == "category":
            self._collapsed.discard(key[1])
