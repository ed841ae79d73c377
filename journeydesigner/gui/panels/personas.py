"""The personas panel: the journey's personas, every field of one, and the persona filter.

Like the properties panel, the form never changes the document itself. Each
user change becomes one undoable edit through the controller, committed when
the change is complete:

* line edits (name, age): on ``editingFinished`` (Return or focus out);
* multi-line texts (description, lists one per line): on focus out, if the text changed;
* colour and image buttons, Add, Delete, Move: at once.

After every document change (``controller.changed``, e.g. undo) the list, the
filter and the form are filled again from the document with their signals
blocked, so filling never creates edits; the selection and the filter are kept
by persona id. A refused edit is reported through ``controller.problem``.

Images are checked before they are read into the document: only PNG and JPEG
(by their magic bytes, not the file name), at most 2 MiB and 4096×4096 pixels.
The size is read from the file header (PNG ``IHDR``, JPEG ``SOF`` marker)
without decoding, so a small file that would decode to gigabytes is refused
before any decoder sees it. Thumbnails are decoded only after the same check.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QRegularExpression,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImageReader,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import edits
from ...images import (
    MAX_IMAGE_SIDE,
    ImageHeaderError,
    data_url_bytes,
    image_size,
    within_limit,
)
from ...model import MAX_IMAGE_BYTES, Persona
from ...style import PERSONA_PALETTE, persona_colors
from .. import plain_text, undo_text
from .bindings import Binding, ColorBinding, TextBinding
from .properties import (
    ColorField,
    CommitPlainTextEdit,
    ask_color,
    dim,
    form_page,
    plain_text_field,
)

#: How the map draws a persona without a colour (see the canvas).
DEFAULT_PERSONA_COLOR = "#777777"
LIST_ICON = 32
THUMBNAIL = 72



# --------------------------------------------------------------------------- images


class ImageError(ValueError):
    """An image that cannot be used; the message is for the user."""


def image_info(data: bytes) -> tuple[str, int, int]:
    """``("png" | "jpeg", width, height)`` read from the header, without decoding.

    Raises :class:`ImageError` for anything that is not a PNG or JPEG whose
    size can be read.
    """
    try:
        return image_size(data)
    except ImageHeaderError as exc:
        raise ImageError(
            {
                "png damaged": QCoreApplication.translate(
                    "personas", "The PNG image is damaged: its size cannot be read."
                ),
                "jpeg damaged": QCoreApplication.translate(
                    "personas", "The JPEG image is damaged: its size cannot be read."
                ),
                "no pixels": QCoreApplication.translate(
                    "personas", "The image is damaged: it has no pixels."
                ),
            }.get(
                exc.reason,
                QCoreApplication.translate("personas", "This is not a PNG or JPEG image."),
            )
        ) from None


def check_image_bytes(data: bytes) -> str:
    """The image kind (``"png"``, ``"jpeg"``) of acceptable image data; raises ImageError."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(
            QCoreApplication.translate(
                "personas", "The image is {0:.1f} MiB; at most 2 MiB is allowed."
            ).format(len(data) / (1024 * 1024))
        )
    kind, width, height = image_info(data)
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE:
        raise ImageError(
            QCoreApplication.translate(
                "personas", "The image is {0}×{1} pixels; at most {2}×{2} is allowed."
            ).format(width, height, MAX_IMAGE_SIDE)
        )
    return kind


def image_file_to_data_url(path: str | Path) -> str:
    """A ``data:image/…;base64,`` URL of a PNG or JPEG file; raises ImageError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise ImageError(
                QCoreApplication.translate(
                    "personas", "“{0}” is {1:.1f} MiB; images may be at most 2 MiB."
                ).format(path.name, size / (1024 * 1024))
            )
        with path.open("rb") as file:
            data = file.read(MAX_IMAGE_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise ImageError(
            QCoreApplication.translate("personas", "“{0}” cannot be read: {1}").format(
                path.name, exc.strerror or exc
            )
        ) from None
    try:
        kind = check_image_bytes(data)
    except ImageError as exc:
        raise ImageError(
            QCoreApplication.translate("personas", "“{0}” cannot be used. {1}").format(
                path.name, exc
            )
        ) from None
    return f"data:image/{kind};base64,{base64.b64encode(data).decode('ascii')}"


#: Thumbnails by (hash, length) of the data URL and size: the key keeps no image text alive.
_thumbnails: dict[tuple[int, int, int], QPixmap | None] = {}


def thumbnail(url: str | None, size: int) -> QPixmap | None:
    """The image scaled to fit ``size``×``size``, or ``None`` if it cannot be shown.

    The header is checked first (same limits as choosing a file), so an image
    that came in with a file is never decoded to a huge size.
    """
    if not url:
        return None
    key = (hash(url), len(url), size)
    if key in _thumbnails:
        return _thumbnails[key]
    pixmap: QPixmap | None = None
    data = data_url_bytes(url)
    if data is not None:
        try:
            _kind, width, height = image_info(data)
        except ImageError:
            width = height = 0
        if within_limit(width, height):
            buffer = QBuffer()
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer)
            scale = size / max(width, height)
            fitted = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
            if scale < 1:
                reader.setScaledSize(fitted)  # JPEG decodes straight to the small size
            image = reader.read()
            if not image.isNull():
                if image.size() != fitted:  # small images are enlarged to fill the preview
                    image = image.scaled(
                        fitted,
                        Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                pixmap = QPixmap.fromImage(image)
    if len(_thumbnails) >= 64:
        _thumbnails.pop(next(iter(_thumbnails)))
    _thumbnails[key] = pixmap
    return pixmap


def _text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#1F2328") if luminance > 0.5 else QColor("#FFFFFF")


def persona_icon(persona: Persona, size: int = LIST_ICON, shown_color: str | None = None) -> QIcon:
    """A round avatar: the image in a ring of the persona's colour (``shown_color``:
    the one the map gives a persona without its own), or the colour with the
    name's initial."""
    color = QColor(persona.color or shown_color or DEFAULT_PERSONA_COLOR)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    outer = QRect(1, 1, size - 2, size - 2)
    image = thumbnail(persona.image, size * 2)
    if image is not None:
        ring = max(2, size // 12)
        inner = outer.adjusted(ring, ring, -ring, -ring)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(outer)
        clip = QPainterPath()
        clip.addEllipse(inner)
        painter.setClipPath(clip)
        # fill the circle: scale to cover it, centred
        scaled = image.scaled(
            inner.size(),
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawPixmap(
            inner.x() - (scaled.width() - inner.width()) // 2,
            inner.y() - (scaled.height() - inner.height()) // 2,
            scaled,
        )
    else:
        painter.setPen(QPen(color.darker(130), 1))
        painter.setBrush(color)
        painter.drawEllipse(outer)
        initial = persona.name.strip()[:1].upper()
        if initial and size >= 20:
            font = QFont(painter.font())
            font.setBold(True)
            font.setPixelSize(int(size * 0.45))
            painter.setFont(font)
            painter.setPen(_text_color(color))
            painter.drawText(outer, Qt.AlignmentFlag.AlignCenter, initial)
    painter.end()
    return QIcon(pixmap)


def dot_icon(color: str | None, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color or DEFAULT_PERSONA_COLOR)
    painter.setPen(QPen(fill.darker(130), 1))
    painter.setBrush(fill)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


# --------------------------------------------------------------------------- fields


def format_age(value: int | None) -> str:
    return "" if value is None else str(value)


def parse_age(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or not 0 <= int(text) <= 150:
        raise ValueError(
            QCoreApplication.translate(
                "personas", "The age must be a whole number from 0 to 150, or empty."
            )
        )
    return int(text)


class ImageField(QWidget):
    """A thumbnail of the persona's image with Choose… and Remove buttons."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = QLabel()
        self.preview.setFixedSize(THUMBNAIL + 4, THUMBNAIL + 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Persona image"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose image"))
        self.choose_button.setToolTip(
            self.tr("A PNG or JPEG file of at most 2 MiB and {0}×{0} pixels").format(MAX_IMAGE_SIDE)
        )
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove image"))
        self.remove_button.setToolTip(self.tr("Remove the image from this persona"))
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(buttons)
        layout.addStretch(1)


class _ImageField(Binding):
    def __init__(self, owner: PersonasDock, path: str, widget: ImageField) -> None:
        super().__init__(owner, path)
        self.widget = widget
        widget.choose_button.clicked.connect(self.choose)
        widget.remove_button.clicked.connect(lambda: self.commit(None))

    def show(self, persona: Persona, force: bool) -> None:
        url = self.read(persona)
        preview = self.widget.preview
        pixmap = thumbnail(url, THUMBNAIL)
        if pixmap is not None:
            preview.setPixmap(pixmap)
            preview.setAccessibleDescription(
                QCoreApplication.translate("_ImageField", "Image of {0}").format(persona.name)
            )
        else:
            preview.setPixmap(QPixmap())
            preview.setText(
                QCoreApplication.translate("_ImageField", "No image")
                if not url
                else QCoreApplication.translate("_ImageField", "Cannot show")
            )
            preview.setAccessibleDescription(preview.text())
        self.widget.remove_button.setEnabled(bool(url))

    def choose(self) -> None:
        if self.owner.current() is None:
            return
        path = self.owner.choose_image_file()
        if not path:
            return
        try:
            url = image_file_to_data_url(path)
        except ImageError as exc:
            self.owner.report(str(exc))
            return
        self.commit(url)


# --------------------------------------------------------------------------- the dock


class PersonasDock(QDockWidget):
    """The journey's personas: a list, a form for the selected one, and the filter.

    ``filterChanged`` (persona id or ``None`` for all) is emitted whenever the
    filter changes: picked in the combo, by :meth:`set_filter`, or because the
    filtered persona was deleted.
    """

    filterChanged = Signal(object)

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Personas"), parent)
        self.setObjectName("personasDock")
        self.setAccessibleName(self.tr("Personas"))
        self.controller = controller
        self._selected: str | None = None
        self._filter: str | None = None
        self._listed: list[tuple[str, str, str | None, str | None, str]] | None = None
        self._filter_options: list[tuple[str, str, str | None]] | None = None
        self.fields: list[Binding] = []

        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)

        # the filter
        filter_row = QHBoxLayout()
        self.filter_label = QLabel(self.tr("Map for:"))
        self.filter_label.setAccessibleName(self.tr("Map for"))
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("Persona filter"))
        self.filter_combo.setToolTip(self.tr("Dim what the chosen persona does not live"))
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_combo.setMinimumContentsLength(10)
        self.filter_combo.currentIndexChanged.connect(self._filter_picked)
        self.filter_label.setBuddy(self.filter_combo)
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_combo, 1)
        layout.addLayout(filter_row)

        # the list and its buttons
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Personas"))
        self.list.setIconSize(QSize(LIST_ICON, LIST_ICON))
        self.list.setSpacing(1)
        self.list.setUniformItemSizes(True)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list.currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.list)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add persona"))
        self.add_button.setToolTip(self.tr("Add a new persona"))
        self.add_button.clicked.connect(self.add_persona)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete persona"))
        self.delete_button.setToolTip(self.tr("Delete the selected persona"))
        self.delete_button.clicked.connect(self.delete_persona)
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setAccessibleName(self.tr("Move persona up"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_persona(-1))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setAccessibleName(self.tr("Move persona down"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_persona(1))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout.addLayout(buttons)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        line.setAccessibleName(self.tr("Separator"))
        layout.addWidget(line)

        # the form
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.hint.setWordWrap(True)
        self.hint.setMargin(16)
        dim(self.hint)
        self.hint.setAccessibleName(self.tr("No persona selected"))
        self.form_page = self._build_form()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.form_page)
        self.stack.setAccessibleName(self.tr("Persona"))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.stack)
        self.scroll.setAccessibleName(self.tr("Persona"))
        layout.addWidget(self.scroll, 1)
        root.setAccessibleName(self.tr("Personas"))
        self.setWidget(root)

        controller.changed.connect(self.refresh)
        self.refresh(force=True)

    def _build_form(self) -> QWidget:
        page = QWidget()
        page.setAccessibleName(self.tr("Persona"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(2, 4, 2, 10)
        self.header, self.id_label, self.form = form_page(layout)
        self.header.setAccessibleName(self.tr("Persona name"))

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self._row(self.tr("Name"), self.name_edit)
        self.fields.append(TextBinding(self, "name", self.name_edit, str, str.strip))

        self.description_edit = self._plain(self.tr("Description"), "description", lines=False)

        self.age_edit = QLineEdit()
        self.age_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("^\\s*\\d{0,3}\\s*$"), self.age_edit)
        )
        self.age_edit.setPlaceholderText(self.tr("not set (0 to 150)"))
        self.age_edit.setToolTip(self.tr("Age in years, 0 to 150; empty = not set"))
        self.age_edit.setClearButtonEnabled(True)
        self._row(self.tr("Age"), self.age_edit)
        self.fields.append(TextBinding(self, "age", self.age_edit, format_age, parse_age))

        self.goals_edit = self._plain(self.tr("Goals"), "goals", lines=True)
        self.needs_edit = self._plain(self.tr("Needs"), "needs", lines=True)
        self.frustrations_edit = self._plain(self.tr("Frustrations"), "frustrations", lines=True)
        self.habits_edit = self._plain(self.tr("Habits"), "habits", lines=True)

        self.color_field = ColorField(
            self.tr("Colour"), lambda initial, _title: self.choose_color(initial)
        )
        self._row(self.tr("Colour"), self.color_field)
        self.fields.append(ColorBinding(self, "color", self.color_field))

        self.image_field = ImageField()
        self._row(self.tr("Image"), self.image_field)
        self.fields.append(_ImageField(self, "image", self.image_field))
        return page

    def _row(self, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label)
        caption = QLabel(label)
        caption.setAccessibleName(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)

    def _plain(self, label: str, field: str, *, lines: bool) -> CommitPlainTextEdit:
        widget, to_text, from_text = plain_text_field(lines=lines)
        self._row(label, widget)
        self.fields.append(TextBinding(self, field, widget, to_text, from_text))
        return widget

    # --- public API -----------------------------------------------------------

    def selected_persona(self) -> str | None:
        """The id of the persona asked for (kept while it does not exist, e.g. deleted)."""
        return self._selected

    def select_persona(self, persona_id: str | None) -> None:
        """Show ``persona_id`` in the form; text typed and not committed yet is committed first."""
        if persona_id != self._selected:
            self.commit_pending()
        self._selected = persona_id
        self.refresh(force=True)

    def current(self) -> Persona | None:
        """The selected persona as it is in the document now."""
        return self._lookup(self._selected)

    def commit_pending(self) -> None:
        """Commit text typed but not finished yet (before the selection or the window changes)."""
        if self.stack.currentWidget() is not self.form_page or self.current() is None:
            return
        for field in self.fields:
            if field.pending():
                field.finish()

    def current_filter(self) -> str | None:
        return self._filter

    def set_filter(self, persona_id: str | None) -> None:
        """Filter the map by ``persona_id`` (``None``: all); emits ``filterChanged`` on change.

        An id that is not a persona of the document means all personas.
        """
        if persona_id is not None and self._lookup(persona_id) is None:
            persona_id = None
        changed = persona_id != self._filter
        self._filter = persona_id
        self._sync_filter_combo()
        if changed:
            self.filterChanged.emit(persona_id)

    def refresh(self, force: bool = False) -> None:
        """Fill the list, the filter and the form from the document (never creates edits)."""
        self._refresh_list()
        self._refresh_filter()
        persona = self.current()
        if persona is None:
            self.hint.setText(
                self.tr("Select a persona, or add one.")
                if self.controller.doc.personas
                else self.tr("This journey has no personas yet. Add one to describe who lives it.")
            )
            self._set_page(self.hint)
        else:
            force = force or self.stack.currentWidget() is not self.form_page
            self.header.setText(persona.name)
            self.id_label.setText(self.tr("id: {0}").format(persona.id))
            for field in self.fields:
                field.show(persona, force)
            self._set_page(self.form_page)
        self._update_buttons()

    def add_persona(self) -> None:
        """Add a persona in one undoable edit, select it and put the cursor in its name."""
        self.commit_pending()
        doc = self.controller.doc
        persona = Persona(
            id=doc.new_id("persona"), name=self.tr("New persona"), color=self.next_color()
        )
        if not self.controller.try_perform(
            edits.insert_object, "personas", persona, len(doc.personas),
            undo_text.persona_text("add", persona.name)
        ):
            return
        self.select_persona(persona.id)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def delete_persona(self) -> None:
        """Delete the selected persona and every reference to it, in one undoable edit.

        When touchpoints or connections name the persona, the user is asked first.
        """
        persona = self.current()
        if persona is None:
            return
        doc = self.controller.doc
        touchpoints = sum(persona.id in t.personas for t in doc.touchpoints)
        connections = sum(persona.id in c.personas for c in doc.connections)
        if touchpoints or connections:
            parts = []
            if touchpoints:
                parts.append(
                    self.tr("1 touchpoint")
                    if touchpoints == 1
                    else self.tr("{0} touchpoints").format(touchpoints)
                )
            if connections:
                parts.append(
                    self.tr("1 connection")
                    if connections == 1
                    else self.tr("{0} connections").format(connections)
                )
            where = self.tr("{0} and {1}").format(*parts) if len(parts) == 2 else parts[0]
            answer = plain_text.ask(
                self,
                self.tr("Delete persona"),
                self.tr(
                    "“{0}” is assigned to {1}. Delete the persona and remove it from them?"
                ).format(persona.name, where),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        row = next(i for i, p in enumerate(doc.personas) if p.id == persona.id)
        if not self.controller.try_perform(edits.delete_persona, persona.id,
                                           undo_text.persona_text("delete", persona.name)):
            return
        remaining = self.controller.doc.personas
        self.select_persona(remaining[min(row, len(remaining) - 1)].id if remaining else None)

    def move_persona(self, delta: int) -> None:
        """Move the selected persona up (-1) or down (+1) in the list, one undoable edit."""
        persona = self.current()
        if persona is None:
            return
        self.commit_pending()
        row = next(i for i, p in enumerate(self.controller.doc.personas) if p.id == persona.id)
        self.controller.try_perform(
            edits.reorder, "personas", persona.id, row + delta,
            undo_text.persona_text("move", persona.name)
        )

    def next_color(self) -> str:
        """The first palette colour no persona uses yet (cycling when all are used)."""
        used = {(p.color or "").upper() for p in self.controller.doc.personas}
        for color in PERSONA_PALETTE:
            if color.upper() not in used:
                return color
        return PERSONA_PALETTE[len(self.controller.doc.personas) % len(PERSONA_PALETTE)]

    def choose_color(self, initial: str | None) -> str | None:
        """Ask the user for a colour, ``#RRGGBB`` or ``None`` (tests replace this)."""
        return ask_color(initial, self, self.tr("Persona colour"))

    def choose_image_file(self) -> str | None:
        """Ask the user for an image file, its path or ``None`` (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a persona image"),
            "",
            self.tr("PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)"),
        )
        return path or None

    # --- used by the fields ------------------------------------------------------

    def commit(self, field: str, value: Any) -> bool:
        persona = self.current()
        if persona is None:
            return False
        return self.controller.try_perform(
            edits.update_object, "personas", persona.id, {field: value},
            undo_text.persona_text("edit", persona.name)
        )

    def reshow(self, field: Binding) -> None:
        """Show the document's value again in one field (after a refused edit)."""
        persona = self.current()
        if persona is not None:
            field.show(persona, True)

    def report(self, message: str) -> None:
        self.controller.problem.emit(message)

    # --- internals -------------------------------------------------------------

    def _lookup(self, persona_id: str | None) -> Persona | None:
        if persona_id is None:
            return None
        return next((p for p in self.controller.doc.personas if p.id == persona_id), None)

    def _refresh_list(self) -> None:
        personas = self.controller.doc.personas
        colors = persona_colors(personas)
        listed = [(p.id, p.name, colors[p.id], p.image, p.description) for p in personas]
        with QSignalBlocker(self.list):
            if listed != self._listed:
                same_ids = self._listed is not None and [e[0] for e in listed] == [
                    e[0] for e in self._listed
                ]
                if not same_ids:
                    self.list.clear()
                for i, persona in enumerate(personas):
                    item = self.list.item(i) if same_ids else QListWidgetItem()
                    item.setText(persona.name)
                    item.setData(Qt.ItemDataRole.UserRole, persona.id)
                    item.setIcon(persona_icon(persona, shown_color=colors[persona.id]))
                    item.setToolTip(plain_text.tooltip(persona.description or persona.name))
                    if not same_ids:
                        self.list.addItem(item)
                self._listed = listed
                rows = max(3, min(len(personas), 5))
                row_height = max(self.list.sizeHintForRow(0), LIST_ICON + 6)
                self.list.setFixedHeight(
                    row_height * rows + 2 * self.list.spacing() * rows + 2 * self.list.frameWidth()
                )
            row = next((i for i, p in enumerate(personas) if p.id == self._selected), -1)
            if row != self.list.currentRow():
                self.list.setCurrentRow(row)
            if row < 0:
                self.list.clearSelection()

    def _refresh_filter(self) -> None:
        colors = persona_colors(self.controller.doc.personas)
        options = [(p.id, p.name, colors[p.id]) for p in self.controller.doc.personas]
        if options != self._filter_options:
            with QSignalBlocker(self.filter_combo):
                self.filter_combo.clear()
                self.filter_combo.addItem(self.tr("All personas"), None)
                for persona_id, name, color in options:
                    self.filter_combo.addItem(dot_icon(color), name, persona_id)
            self._filter_options = options
            self.filter_combo.setEnabled(bool(options))
        if self._filter is not None and self._lookup(self._filter) is None:
            self.set_filter(None)  # the filtered persona is gone
        else:
            self._sync_filter_combo()

    def _sync_filter_combo(self) -> None:
        index = max(0, self.filter_combo.findData(self._filter)) if self._filter else 0
        with QSignalBlocker(self.filter_combo):
            self.filter_combo.setCurrentIndex(index)

    def _filter_picked(self, index: int) -> None:
        if index >= 0:
            self.set_filter(self.filter_combo.itemData(index))

    def _row_changed(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        self.select_persona(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    def _update_buttons(self) -> None:
        personas = self.controller.doc.personas
        row = next((i for i, p in enumerate(personas) if p.id == self._selected), -1)
        self.delete_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(personas) - 1)

    def _set_page(self, page: QWidget) -> None:
        """Show ``page``; the other one does not count for the size."""
        for i in range(self.stack.count()):
            widget = self.stack.widget(i)
            policy = QSizePolicy.Policy.Preferred if widget is page else QSizePolicy.Policy.Ignored
            widget.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)
        self.stack.adjustSize()
