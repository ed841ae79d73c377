"""Bringing parts of the map into view: zoom to the selection, jump to a match.

Stage and lane headers stay pinned over the top and left of the view, so the
free area is smaller than the viewport; every function here keeps what it shows
out from under them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from .items import ConnectionItem, HeaderItem, TouchpointItem, qrect
from .scene import JourneyScene
from .view import JourneyView

#: Zoom to selection never magnifies beyond this: one card fills no screen.
MAX_SELECTION_ZOOM = 1.5
MARGIN = 24.0  # scene units around what is shown


def object_rect(scene: JourneyScene, kind: str, object_id: str,
                header_only: bool = False) -> QRectF | None:
    """Where a card, a stage (its column), a channel (its lane) or a path is on the
    map; ``header_only``: just where the name is (a header, a path's label)."""
    g = scene.geometry
    if g is None:
        return None
    if kind == "touchpoint":
        return scene.card_rect(object_id)
    if kind == "connection":
        item = scene.connections.get(object_id)
        if item is None:
            return None
        if not header_only:
            return item.sceneBoundingRect()
        label = item.label_point()  # where its label is written
        return QRectF(label.x() - 90, label.y() - 15, 180, 30)
    box = g.stage(object_id) if kind == "stage" else g.lane(object_id)
    if box is None:
        return None
    body = box.column if kind == "stage" else box.row
    return qrect(box.header) if header_only else qrect(box.header).united(qrect(body))


def selection_rect(scene: JourneyScene) -> QRectF | None:
    """The bounding rectangle of everything selected (None: nothing is)."""
    rect: QRectF | None = None
    for item in scene.selectedItems():
        if isinstance(item, TouchpointItem):
            part = scene.card_rect(item.touchpoint_id)
        elif isinstance(item, HeaderItem):  # pinned: where it belongs, not where it floats
            part = object_rect(scene, item.kind, item.object_id)
        elif isinstance(item, ConnectionItem):
            part = item.sceneBoundingRect()
        else:
            continue
        if part is not None:
            rect = part if rect is None else rect.united(part)
    return rect


def _header_size(scene: JourneyScene) -> tuple[float, float]:
    """Width of the pinned lane headers and height of the pinned stage headers."""
    g = scene.geometry
    return (g.corner.w, g.corner.h) if g is not None else (0.0, 0.0)


def _center_in_free_area(view: JourneyView, point: QPointF) -> None:
    """Scroll so ``point`` is in the middle of the area the headers leave free."""
    left, top = _header_size(view.journey_scene)
    view.centerOn(point.x() - left / 2, point.y() - top / 2)


def zoom_to_rect(view: JourneyView, rect: QRectF, max_zoom: float = MAX_SELECTION_ZOOM) -> None:
    """Zoom so ``rect`` fills the free area (at most ``max_zoom``) and centre it."""
    left, top = _header_size(view.journey_scene)
    viewport = view.viewport().rect()
    width, height = rect.width() + left + 2 * MARGIN, rect.height() + top + 2 * MARGIN
    view.set_zoom(min(max_zoom, viewport.width() / width, viewport.height() / height))
    _center_in_free_area(view, rect.center())


def reveal_rect(view: JourneyView, rect: QRectF) -> None:
    """Scroll only when ``rect`` is not wholly in the free area; then centre it."""
    left, top = _header_size(view.journey_scene)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    free = visible.adjusted(left, top, 0, 0)
    if not free.contains(rect):
        _center_in_free_area(view, rect.center())


def zoom_to_selection(view: JourneyView) -> bool:
    """Zoom onto the selected cards, paths or headers; False when nothing is selected."""
    rect = selection_rect(view.journey_scene)
    if rect is None:
        return False
    zoom_to_rect(view, rect)
    return True
