"""The properties panel: every field of the selected touchpoint, path, stage or channel.

The form never changes the document itself. Each user change becomes one
undoable edit (``edits.update_object``) through the controller, committed when
the change is complete:

* line edits (names, owner, metrics): on ``editingFinished`` (Return or focus out);
* multi-line texts (description, lists one per line): on focus out, if the text changed;
* combos, check boxes, the persona list, the step spin box, colours: at once.

After every document change (``controller.changed``, e.g. undo) the form is
filled again from the document with its signals blocked, so filling never
creates edits. A field whose value did not change keeps what the user is typing
and the cursor. A refused edit is reported through ``controller.problem`` by
``try_perform`` and the field shows the document's value again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QRegularExpressionValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import edits
from .. import plain_text, undo_text
from ..evidence_words import evidence_text
from .bindings import (
    Binding,
    CheckBinding,
    ColorBinding,
    ComboBinding,
    SpinBinding,
    TextBinding,
)

#: What a number field accepts while typing: an optional sign, digits and one
#: decimal separator (a point or a comma). The range is checked by the model.
_NUMBER_RE = QRegularExpression("^[+\\-\u2212]?\\d{0,6}([.,]\\d{0,6})?$")


def format_number(value: int | float | None) -> str:
    """``None`` -> ``""``, ``40`` -> ``"40"``, ``61.0`` -> ``"61"``, ``3.2`` -> ``"3.2"``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_number(text: str) -> int | float | None:
    """The inverse of :func:`format_number`; a comma is a decimal point too."""
    text = text.strip().replace("\u2212", "-").replace(",", ".")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("properties", "“{0}” is not a number").format(text)
        ) from None


def lines_to_text(values: Sequence[str]) -> str:
    return "\n".join(values)


def text_to_lines(text: str) -> list[str]:
    """One item per non-empty line, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def color_icon(color: str | None, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#808080"))
    if color:
        painter.setBrush(QColor(color))
    else:  # "not set": an empty box crossed out
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(2, size - 2, size - 2, 2)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def dim(label: QLabel) -> None:
    """Secondary text: dimmer than normal text, still readable (about 4.5:1 on the window)."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(
        (text.red() * 55 + window.red() * 45) // 100,
        (text.green() * 55 + window.green() * 45) // 100,
        (text.blue() * 55 + window.blue() * 45) // 100,
    )
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)


def ask_color(initial: str | None, parent: QWidget | None, title: str) -> str | None:
    """Qt's colour dialog; ``#RRGGBB`` or ``None`` when cancelled."""
    chosen = QColorDialog.getColor(QColor(initial or "#FFFFFF"), parent, title)
    return chosen.name().upper() if chosen.isValid() else None


# --------------------------------------------------------------------------- widgets


class _NoWheelComboBox(QComboBox):
    """A combo that ignores the mouse wheel unless it has focus, so scrolling
    the form never changes a value by accident."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _NoWheelSpinBox(QSpinBox):
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class CommitPlainTextEdit(QPlainTextEdit):
    """A plain text edit that emits ``editingFinished`` when it loses focus
    (not for a context menu, which takes the focus only for a moment)."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_visible_lines(3)

    def set_visible_lines(self, lines: int) -> None:
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * lines
            + 2 * self.document().documentMargin()
            + margins.top()
            + margins.bottom()
            + 2 * self.frameWidth()
        )
        self.setFixedHeight(int(height))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editingFinished.emit()


class ColorField(QWidget):
    """A button showing a colour (click: choose another) and a button to clear it."""

    chosen = Signal(object)  # str "#RRGGBB" or None

    def __init__(self, name: str, picker: Callable[[str | None, str], str | None]) -> None:
        super().__init__()
        self._picker = picker
        self._name = name
        self.color: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.setIconSize(QSize(16, 16))
        self.button.setAccessibleName(name)
        self.button.setToolTip(self.tr("Choose a colour"))
        self.button.clicked.connect(self._choose)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear {0}").format(name.lower()))
        self.clear_button.setToolTip(self.tr("No colour: use the default"))
        self.clear_button.clicked.connect(lambda: self.chosen.emit(None))
        layout.addWidget(self.button, 1)
        layout.addWidget(self.clear_button)
        self.set_color(None)

    def set_color(self, color: str | None) -> None:
        self.color = color
        self.button.setIcon(color_icon(color))
        self.button.setText(color.upper() if color else self.tr("Not set"))
        self.button.setAccessibleDescription(color.upper() if color else self.tr("Not set"))
        self.clear_button.setEnabled(color is not None)

    def _choose(self) -> None:
        color = self._picker(self.color, self._name)
        if color is not None:
            self.chosen.emit(color)


# --------------------------------------------------------------------------- bindings


class _PersonasBinding(Binding):
    """Checkable list of the document's personas; none checked means all. A subclass
    may list other choices (:meth:`choices`)."""

    path_shown = "personas"

    def __init__(self, owner: _ObjectPage, path: str, widget: QListWidget, hint: QLabel) -> None:
        super().__init__(owner, path)
        self.widget = widget
        self.hint = hint
        self._shown: list[tuple[str, str]] | None = None
        widget.itemChanged.connect(self._toggled)

    def choices(self, obj: Any) -> list[tuple[str, str]]:
        """(id, name) of what may be checked."""
        return [(p.id, p.name) for p in self.owner.dock.controller.doc.personas]

    def empty_text(self) -> str:
        return QCoreApplication.translate("_PersonasBinding", "This journey has no personas.")

    def show(self, obj: Any, force: bool) -> None:
        personas = self.choices(obj)
        chosen = set(self.read(obj))
        with QSignalBlocker(self.widget):
            if personas != self._shown:
                self.widget.clear()
                for persona_id, name in personas:
                    item = QListWidgetItem(name)
                    item.setData(Qt.ItemDataRole.UserRole, persona_id)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    self.widget.addItem(item)
                self._shown = personas
                rows = max(1, min(len(personas), 6))
                row_height = self.widget.sizeHintForRow(0) if personas else 20
                self.widget.setFixedHeight(row_height * rows + 2 * self.widget.frameWidth() + 6)
                self.widget.setVisible(bool(personas))
            for i in range(self.widget.count()):
                item = self.widget.item(i)
                state = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        if not personas:
            self.hint.setText(self.empty_text())
        else:
            self.hint.setText(self.hint_text(bool(chosen)))

    def hint_text(self, some_checked: bool) -> str:
        return self.owner.personas_hint_text(some_checked)

    def _toggled(self, _item: QListWidgetItem) -> None:
        checked = [
            self.widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.widget.count())
            if self.widget.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.commit(checked)


class _EvidenceBinding(Binding):
    """A label telling the evidence of one measure; hidden when it has none."""

    def __init__(self, owner: _ObjectPage, path: str, widget: QLabel) -> None:
        super().__init__(owner, path)
        self.widget = widget

    def show(self, obj: Any, force: bool) -> None:
        proof = self.read(obj)
        self.widget.setVisible(proof is not None)
        if proof is None:
            return
        self.widget.setText(evidence_text(proof, self.owner.dock.controller.doc.language))


# --------------------------------------------------------------------------- pages


def plain_text_field(*, lines: bool, visible_lines: int = 3):
    """A multi-line field and how to show and read its value: one item per line
    for lists (``lines``), else the text itself, trimmed."""
    widget = CommitPlainTextEdit()
    widget.set_visible_lines(visible_lines)
    if lines:
        widget.setPlaceholderText(QCoreApplication.translate("properties", "One per line"))
        return widget, lines_to_text, text_to_lines
    return widget, str, str.strip


def form_page(layout: QVBoxLayout) -> tuple[QLabel, QLabel, QFormLayout]:
    """A page's bold title, its dimmed id line and the form below them."""
    header = plain_text.label()  # a name from the file
    font = QFont(header.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    header.setFont(font)
    header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    id_label = plain_text.label()
    id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    dim(id_label)
    id_label.setAccessibleName(QCoreApplication.translate("properties", "Identifier"))
    layout.addWidget(header)
    layout.addWidget(id_label)
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    layout.addLayout(form)
    layout.addStretch(1)
    return header, id_label, form


class _ObjectPage(QWidget):
    """The form of one kind of object; ``obj_id`` names the object shown."""

    kind = ""

    def __init__(self, dock: PropertiesDock) -> None:
        super().__init__()
        self.dock = dock
        self.obj_id: str | None = None
        self.bindings: list[Binding] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        self.header, self.id_label, self.form = form_page(layout)

    # --- what the page is about -------------------------------------------

    @property
    def collection(self) -> str:
        return edits.COLLECTION_OF[self.kind]

    def edit_text(self, obj: Any) -> str:
        raise NotImplementedError

    def personas_hint_text(self, some_checked: bool) -> str:
        """What the persona list of this page means."""
        if some_checked:
            return self.tr("Only the checked personas live this touchpoint.")
        return self.tr("None checked: every persona lives this touchpoint.")

    def lookup(self, obj_id: str | None) -> Any:
        if obj_id is None:
            return None
        items = getattr(self.dock.controller.doc, self.collection)
        return next((o for o in items if o.id == obj_id), None)

    def current(self) -> Any:
        return self.lookup(self.obj_id)

    def fill(self, obj: Any, force: bool) -> None:
        self.obj_id = obj.id
        self.id_label.setText(self.tr("id: {0}").format(obj.id))
        for binding in self.bindings:
            binding.show(obj, force)

    def reshow(self, binding: Binding) -> None:
        """Show the document's value again in one field (after a refused edit)."""
        obj = self.current()
        if obj is not None:
            binding.show(obj, True)

    def pending(self) -> list[Binding]:
        return [b for b in self.bindings if b.pending()]

    # --- edits ----------------------------------------------------------------

    def changes_for(self, obj: Any, path: str, value: Any) -> dict[str, Any]:
        """``{"title": v}``; a nested field gives its whole object, unset numbers left out."""
        head, _, leaf = path.partition(".")
        if not leaf:
            return {head: value}
        nested = getattr(obj, head)
        data = nested.model_dump(by_alias=True)  # keeps fields unknown to this version
        data[leaf] = value
        known = type(nested).model_fields
        return {head: {k: v for k, v in data.items() if not (k in known and v is None)}}

    #: The edit a change makes, ``(doc, id, changes, text)``, when the kind has one that
    #: checks more than :func:`edits.update_object` (a path's ends, a note's lane…).
    update: Callable[..., edits.Edit] | None = None

    def commit(self, path: str, value: Any) -> bool:
        """One undoable edit; a refused one is reported and the field shows the document."""
        obj = self.current()
        if obj is None:
            return False
        changes, text = self.changes_for(obj, path, value), self.edit_text(obj)
        if self.update is not None:
            return self.dock.controller.try_perform(self.update, obj.id, changes, text)
        return self.dock.controller.try_perform(edits.update_object, self.collection, obj.id,
                                                changes, text)

    def report(self, message: str) -> None:
        self.dock.controller.problem.emit(message)

    # --- building the form ---------------------------------------------------

    def _row(self, label: str | None, widget: QWidget, accessible: str | None = None) -> None:
        widget.setAccessibleName(accessible or label or "")
        if label is None:
            self.form.addRow(widget)
        else:
            self.form.addRow(label, widget)

    def section(self, title: str) -> QLabel:
        label = QLabel(title)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        label.setAccessibleName(title)
        self.form.addRow(label)
        return label

    def line(self, label: str, path: str, max_length: int, placeholder: str = "") -> QLineEdit:
        widget = QLineEdit()
        widget.setMaxLength(max_length)
        widget.setPlaceholderText(placeholder)
        self._row(label, widget)
        self.bindings.append(TextBinding(self, path, widget, str, str.strip))
        return widget

    def plain(
        self, label: str, path: str, *, lines: bool, visible_lines: int = 3
    ) -> QPlainTextEdit:
        widget, to_text, from_text = plain_text_field(lines=lines, visible_lines=visible_lines)
        self._row(label, widget)
        self.bindings.append(TextBinding(self, path, widget, to_text, from_text))
        return widget

    def number(self, label: str, path: str, low: int, high: int, unit: str = "") -> QLineEdit:
        widget = QLineEdit()
        widget.setValidator(QRegularExpressionValidator(_NUMBER_RE, widget))
        widget.setPlaceholderText(self.tr("not set ({0} to {1})").format(low, high))
        widget.setToolTip(
            self.tr("A number from {0} to {1}{2}; empty = not set").format(low, high, unit)
        )
        widget.setClearButtonEnabled(True)
        self._row(label, widget)
        self.bindings.append(TextBinding(self, path, widget, format_number, parse_number))
        return widget

    def check(self, text: str, path: str, tooltip: str = "") -> QCheckBox:
        widget = QCheckBox(text)
        widget.setToolTip(tooltip)
        self._row(None, widget, text)
        self.bindings.append(CheckBinding(self, path, widget))
        return widget

    def combo(
        self, label: str, path: str, options: Callable[[], list[tuple[str, Any]]]
    ) -> QComboBox:
        widget = _NoWheelComboBox()
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(8)
        self._row(label, widget)
        self.bindings.append(ComboBinding(self, path, widget, options))
        return widget

    def persona_list(self, label: str | None = None,
                     binding: type[_PersonasBinding] | None = None) -> tuple[QListWidget, QLabel]:
        """The checkable personas of the shown object (or the choices of ``binding``,
        under ``label``), with a line saying what it means."""
        label = label or self.tr("Personas")
        personas = QListWidget()
        personas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        hint = QLabel()
        hint.setWordWrap(True)
        dim(hint)
        hint.setAccessibleName(self.tr("Personas hint"))
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(personas)
        box_layout.addWidget(hint)
        self.form.addRow(label, box)
        personas.setAccessibleName(label)
        box.setAccessibleName(label)
        binding = binding or _PersonasBinding
        self.bindings.append(binding(self, binding.path_shown, personas, hint))
        return personas, hint

    def color(self, label: str, path: str) -> ColorField:
        widget = ColorField(label, lambda initial, title: self.dock.choose_color(initial, title))
        self._row(label, widget)
        self.bindings.append(ColorBinding(self, path, widget))
        return widget


def _emotion_options() -> list[tuple[str, Any]]:
    return [
        (QCoreApplication.translate("properties", "Not set"), None),
        (QCoreApplication.translate("properties", "\u22122 Very negative"), -2),
        (QCoreApplication.translate("properties", "\u22121 Negative"), -1),
        (QCoreApplication.translate("properties", "0 Neutral"), 0),
        (QCoreApplication.translate("properties", "+1 Positive"), 1),
        (QCoreApplication.translate("properties", "+2 Very positive"), 2),
    ]


def _initiative_options() -> list[tuple[str, Any]]:
    return [
        (QCoreApplication.translate("properties", "Not set"), None),
        (QCoreApplication.translate("properties", "Proactive"), "proactive"),
        (QCoreApplication.translate("properties", "Reactive"), "reactive"),
    ]


def _channel_kind_options() -> list[tuple[str, Any]]:
    return [
        (QCoreApplication.translate("properties", "Digital"), "digital"),
        (QCoreApplication.translate("properties", "In person"), "in_person"),
    ]


class TouchpointPage(_ObjectPage):
    kind = "touchpoint"

    def __init__(self, dock: PropertiesDock) -> None:
        super().__init__(dock)
        self.header.setText(self.tr("Touchpoint"))
        doc = lambda: dock.controller.doc  # noqa: E731
        self.title = self.line(self.tr("Title"), "title", 200)
        self.description = self.plain(self.tr("Description"), "description", lines=False)

        self.section(self.tr("Placement"))
        self.stage = self.combo(
            self.tr("Stage"), "stage", lambda: [(s.name, s.id) for s in doc().stages]
        )
        self.channel = self.combo(
            self.tr("Channel"), "channel", lambda: [(c.name, c.id) for c in doc().channels]
        )
        self.step = _NoWheelSpinBox()
        self.step.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.step.setRange(0, 100_000)
        self.step.setToolTip(self.tr("Time order inside the stage; equal steps share a column"))
        self._row(self.tr("Step"), self.step)
        self.bindings.append(SpinBinding(self, "step", self.step))

        self.section(self.tr("Experience"))
        self.emotion = self.combo(self.tr("Emotion"), "emotion", _emotion_options)
        self.personas, self.personas_hint = self.persona_list()
        self.moment_of_truth = self.check(
            self.tr("Moment of truth"),
            "moment_of_truth",
            self.tr("A moment that decides the relationship"),
        )

        self.section(self.tr("Management"))
        self.initiative = self.combo(self.tr("Initiative"), "initiative", _initiative_options)
        self.direct = self.check(
            self.tr("Direct contact"), "direct", self.tr("Unchecked: through a third party")
        )
        self.controllable = self.check(
            self.tr("Controllable"),
            "controllable",
            self.tr("The organisation can change this touchpoint"),
        )
        self.owner = self.line(self.tr("Owner"), "owner", 200, self.tr("Team in charge"))

        self.section(self.tr("Notes"))
        self.pain_points = self.plain(self.tr("Pain points"), "pain_points", lines=True)
        self.opportunities = self.plain(self.tr("Opportunities"), "opportunities", lines=True)
        self.tags = self.plain(self.tr("Tags"), "tags", lines=True, visible_lines=2)
        self.quotes = self.plain(self.tr("Quotes"), "quotes", lines=True)
        self.quotes.setToolTip(self.tr("Verbatim customer words heard here, one per line"))
        self.votes = _NoWheelSpinBox()
        self.votes.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.votes.setRange(0, 1_000_000)
        self.votes.setToolTip(self.tr("Dot votes given in a workshop"))
        self._row(self.tr("Votes"), self.votes)
        self.bindings.append(SpinBinding(self, "votes", self.votes))

        self.section(self.tr("Metrics"))
        self.nps = self.number(self.tr("NPS"), "metrics.nps", -100, 100)
        self.nps_evidence = self.evidence("nps")
        self.csat = self.number(self.tr("CSAT"), "metrics.csat", 0, 100)
        self.csat_evidence = self.evidence("csat")
        self.ces = self.number(self.tr("CES"), "metrics.ces", 1, 7)
        self.ces_evidence = self.evidence("ces")

    def evidence(self, key: str) -> QLabel:
        """The responses behind a measure, read-only (an import of survey responses
        sets them): interval, n, source and dates."""
        label = QLabel()
        label.setWordWrap(True)
        dim(label)
        self._row(None, label, self.tr("Evidence of {0}").format(key.upper()))
        self.bindings.append(_EvidenceBinding(self, f"metrics.evidence.{key}", label))
        return label

    def edit_text(self, obj: Any) -> str:
        return undo_text.touchpoint_edit_text(obj.title)


def _polarity_options() -> list[tuple[str, Any]]:
    return [
        (QCoreApplication.translate("properties", "Positive"), "positive"),
        (QCoreApplication.translate("properties", "Negative"), "negative"),
        (QCoreApplication.translate("properties", "Neutral (decision)"), "neutral"),
    ]


class ConnectionPage(_ObjectPage):
    """A path: where it leads from and to, its polarity, label and personas."""

    kind = "connection"
    update = staticmethod(edits.update_connection)  # refuses a self-loop or a duplicate path

    def __init__(self, dock: PropertiesDock) -> None:
        super().__init__(dock)
        self.header.setText(self.tr("Path"))
        self.source = self.combo(self.tr("From"), "source", self._touchpoint_options)
        self.target = self.combo(self.tr("To"), "target", self._touchpoint_options)
        self.polarity = self.combo(self.tr("Polarity"), "polarity", _polarity_options)
        self.label = self.line(self.tr("Label"), "label", 500, self.tr("What happens on the way"))
        self.section(self.tr("Experience"))
        self.personas, self.personas_hint = self.persona_list()

    def _touchpoint_options(self) -> list[tuple[str, Any]]:
        doc = self.dock.controller.doc
        stages = {s.id: s.name for s in doc.stages}
        return [(f"{t.title} ({stages.get(t.stage, t.stage)})", t.id) for t in doc.touchpoints]

    def edit_text(self, obj: Any) -> str:
        return undo_text.path_edit_text(self.dock.controller.doc, obj.id)

    def personas_hint_text(self, some_checked: bool) -> str:
        if some_checked:
            return self.tr("Only the checked personas take this path.")
        return self.tr("None checked: every persona takes this path.")



class StagePage(_ObjectPage):
    kind = "stage"

    def __init__(self, dock: PropertiesDock) -> None:
        super().__init__(dock)
        self.header.setText(self.tr("Stage"))
        self.name = self.line(self.tr("Name"), "name", 120)
        self.description = self.plain(self.tr("Description"), "description", lines=False)
        self.color_field = self.color(self.tr("Colour"), "color")
        self.questions = self.plain(
            self.tr("Guiding questions"), "questions", lines=True, visible_lines=4
        )
        self.section(self.tr("Metrics"))
        self.conversion_rate = self.number(
            self.tr("Conversion rate (%)"), "metrics.conversion_rate", 0, 100, " %"
        )
        self.retention_rate = self.number(
            self.tr("Retention rate (%)"), "metrics.retention_rate", 0, 100, " %"
        )

    def edit_text(self, obj: Any) -> str:
        return undo_text.header_text("edit", "stage", obj.name)


class ChannelPage(_ObjectPage):
    kind = "channel"

    def __init__(self, dock: PropertiesDock) -> None:
        super().__init__(dock)
        self.header.setText(self.tr("Channel"))
        self.name = self.line(self.tr("Name"), "name", 120)
        self.kind_combo = self.combo(self.tr("Kind"), "kind", _channel_kind_options)
        self.color_field = self.color(self.tr("Colour"), "color")

    def edit_text(self, obj: Any) -> str:
        return undo_text.header_text("edit", "channel", obj.name)


# --------------------------------------------------------------------------- the dock


class PropertiesDock(QDockWidget):
    """Every field of the selected touchpoint, path, stage or channel, editable.

    Call :meth:`show_object` when the selection changes. The dock follows the
    document by itself (``controller.changed``).
    """

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Properties"), parent)
        self.setObjectName("propertiesDock")
        self.controller = controller
        self._kind: str | None = None
        self._id: str | None = None

        self.hint = QLabel(self.tr("Select a touchpoint, path, note, stage, channel or lane"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.hint.setWordWrap(True)
        self.hint.setMargin(16)
        dim(self.hint)
        self.hint.setAccessibleName(self.tr("No selection"))

        self.touchpoint_page = TouchpointPage(self)
        self.connection_page = ConnectionPage(self)
        self.stage_page = StagePage(self)
        self.channel_page = ChannelPage(self)
        from .lane_pages import LanePage, NotePage
        from .map_properties import MapPage  # built on _ObjectPage, above

        self.map_page = MapPage(self)
        self.lane_page = LanePage(self)
        self.note_page = NotePage(self)
        self.pages: dict[str, _ObjectPage] = {
            "touchpoint": self.touchpoint_page,
            "connection": self.connection_page,
            "stage": self.stage_page,
            "channel": self.channel_page,
            "lane": self.lane_page,
            "note": self.note_page,
            "map": self.map_page,
        }

        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        for page in self.pages.values():
            page.setAccessibleName(page.header.text())
            self.stack.addWidget(page)
        self.stack.setAccessibleName(self.tr("Properties"))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.stack)
        self.scroll.setAccessibleName(self.tr("Properties"))
        self.setWidget(self.scroll)
        self._set_page(self.hint)

        controller.changed.connect(self.refresh)

    # --- public API -----------------------------------------------------------

    def show_object(self, kind: str | None, obj_id: str | None) -> None:
        """Show ``kind`` ("touchpoint", "connection", "stage", "channel") ``obj_id``.

        ``None`` (or any other kind) shows the hint. Text typed for the object
        shown before and not committed yet is committed first.
        """
        if kind not in self.pages or obj_id is None:
            kind, obj_id = None, None
        if (kind, obj_id) != (self._kind, self._id):
            self.commit_pending()
        self._kind, self._id = kind, obj_id
        self.refresh(force=True)

    def shown_object(self) -> tuple[str | None, str | None]:
        """The (kind, id) asked for, even while it does not exist (e.g. deleted, then undone)."""
        return self._kind, self._id

    def commit_pending(self) -> None:
        """Commit text typed but not finished yet (before the selection or the window changes)."""
        page = self.pages.get(self._kind or "")
        if page is None or self.stack.currentWidget() is not page:
            return
        for binding in page.pending():
            binding.finish()

    def refresh(self, force: bool = False) -> None:
        """Fill the form from the document; ``force`` also replaces text being typed."""
        page = self.pages.get(self._kind or "")
        obj = page.lookup(self._id) if page is not None else None
        if page is None or obj is None:
            self._set_page(self.hint)
            return
        force = force or self.stack.currentWidget() is not page
        page.fill(obj, force)
        self._set_page(page)

    def choose_color(self, initial: str | None, title: str) -> str | None:
        """Ask the user for a colour (tests replace this)."""
        return ask_color(initial, self, title)

    # --- internals -------------------------------------------------------------

    def _set_page(self, page: QWidget) -> None:
        """Show ``page``; the others do not count for the size, so the scroll range fits it."""
        for i in range(self.stack.count()):
            widget = self.stack.widget(i)
            policy = QSizePolicy.Policy.Preferred if widget is page else QSizePolicy.Policy.Ignored
            widget.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)
        self.stack.adjustSize()
