"""The names undo commands give the objects they change, so the History dock
reads "Set emotion of “Pago en caja”" instead of twenty identical lines."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ..model import Document

MAX_NAME = 40  # a whole title would make the History dock unreadable


def quoted(name: str, limit: int = MAX_NAME) -> str:
    """A name as commands show it: “Name”, shortened (at a word) when long."""
    name = " ".join(name.split())
    if len(name) > limit:
        cut = name[:limit - 1]
        name = (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut) + "…"
    return f"“{name}”"


def touchpoint_names(doc: Document, ids: Iterable[str]) -> list[str]:
    return [tp.title for tp in (doc.touchpoint(i) for i in ids) if tp is not None]


def path_name(doc: Document, source: str, target: str) -> str:
    """A path by its ends, each quoted: “Blog” → “Reseñas”."""
    return " → ".join(quoted(tp.title if tp else end, MAX_NAME // 2 + 4) for end, tp in (
        (source, doc.touchpoint(source)), (target, doc.touchpoint(target))))


def connection_name(doc: Document, conn_id: str) -> str:
    conn = next((c for c in doc.connections if c.id == conn_id), None)
    return path_name(doc, conn.source, conn.target) if conn else quoted(conn_id)


def named(names: list[str], one: str, many: str) -> str:
    """``one`` ("Move {0}") with the one name, or ``many`` ("Move {0} and {1} more")
    with the first name and how many others; names already quoted stay as they are."""
    first = (names[0] if names[0].startswith("“") else quoted(names[0])) if names else ""
    return one.format(first) if len(names) == 1 else many.format(first, len(names) - 1)


def paths_names(doc: Document, ids: Iterable[str]) -> list[str]:
    return [connection_name(doc, i) for i in ids]


def emotion_text(doc: Document, ids: list[str], emotion: int | None) -> str:
    names = touchpoint_names(doc, ids)
    if emotion is None:
        return named(
            names,
            QCoreApplication.translate("undo_text", "Clear emotion of {0}"),
            QCoreApplication.translate("undo_text", "Clear emotion of {0} and {1} more"),
        )
    return named(
        names,
        QCoreApplication.translate("undo_text", "Set emotion of {0}"),
        QCoreApplication.translate("undo_text", "Set emotion of {0} and {1} more"),
    )


def polarity_text(doc: Document, conn_ids: list[str]) -> str:
    return named(
        paths_names(doc, conn_ids),
        QCoreApplication.translate("undo_text", "Change polarity of {0}"),
        QCoreApplication.translate("undo_text", "Change polarity of {0} and {1} more"),
    )


def personas_text(doc: Document, ids: list[str]) -> str:
    return named(
        touchpoint_names(doc, ids),
        QCoreApplication.translate("undo_text", "Change personas of {0}"),
        QCoreApplication.translate("undo_text", "Change personas of {0} and {1} more"),
    )


def move_text(doc: Document, ids: list[str]) -> str:
    return named(
        touchpoint_names(doc, ids),
        QCoreApplication.translate("undo_text", "Move {0}"),
        QCoreApplication.translate("undo_text", "Move {0} and {1} more"),
    )


def add_path_text(doc: Document, source: str, target: str) -> str:
    return QCoreApplication.translate("undo_text", "Add path {0}").format(
        path_name(doc, source, target)
    )


def add_touchpoint_text(title: str) -> str:
    return QCoreApplication.translate("undo_text", "Add touchpoint {0}").format(quoted(title))


def label_text(doc: Document, conn_id: str) -> str:
    return QCoreApplication.translate("undo_text", "Edit label of {0}").format(
        connection_name(doc, conn_id)
    )


def rename_text(kind: str, old: str, new: str) -> str:
    """kind: "touchpoint", "stage", "channel", "lane" or "map"."""
    template = {
        "lane": QCoreApplication.translate("undo_text", "Rename lane {0} to {1}"),
        "touchpoint": QCoreApplication.translate("undo_text", "Rename {0} to {1}"),
        "stage": QCoreApplication.translate("undo_text", "Rename stage {0} to {1}"),
        "channel": QCoreApplication.translate("undo_text", "Rename channel {0} to {1}"),
        "map": QCoreApplication.translate("undo_text", "Rename map {0} to {1}"),
    }[kind]
    return template.format(quoted(old), quoted(new))


def deleted_names(doc: Document, tp_ids: list[str], conn_ids: list[str],
                  note_ids: Iterable[str] = ()) -> list[str]:
    notes = set(note_ids)
    return [*touchpoint_names(doc, tp_ids), *paths_names(doc, conn_ids),
            *(n.text for n in doc.notes if n.id in notes)]


def delete_text(doc: Document, tp_ids: list[str], conn_ids: list[str],
                note_ids: Iterable[str] = ()) -> str:
    names = deleted_names(doc, tp_ids, conn_ids, note_ids)
    return named(
        names,
        QCoreApplication.translate("undo_text", "Delete {0}"),
        QCoreApplication.translate("undo_text", "Delete {0} and {1} more"),
    )


def clipboard_text(verb: str, titles: list[str]) -> str:
    """verb: "cut", "paste" or "duplicate"."""
    one, many = {
        "cut": (
            QCoreApplication.translate("undo_text", "Cut {0}"),
            QCoreApplication.translate("undo_text", "Cut {0} and {1} more"),
        ),
        "paste": (
            QCoreApplication.translate("undo_text", "Paste {0}"),
            QCoreApplication.translate("undo_text", "Paste {0} and {1} more"),
        ),
        "duplicate": (
            QCoreApplication.translate("undo_text", "Duplicate {0}"),
            QCoreApplication.translate("undo_text", "Duplicate {0} and {1} more"),
        ),
    }[verb]
    return named(titles, one, many)


def header_text(action: str, kind: str, name: str) -> str:
    """action: "add", "move", "delete", "colour" or "edit"; kind: "stage", "channel"
    or "lane"."""
    if kind == "lane":
        return {
            "add": QCoreApplication.translate("undo_text", "Add lane {0}"),
            "move": QCoreApplication.translate("undo_text", "Move lane {0}"),
            "delete": QCoreApplication.translate("undo_text", "Delete lane {0}"),
            "colour": QCoreApplication.translate("undo_text", "Change colour of lane {0}"),
            "edit": QCoreApplication.translate("undo_text", "Edit lane {0}"),
        }[action].format(quoted(name))
    stage_and_channel = {
        "add": (QCoreApplication.translate("undo_text", "Add stage {0}"),
                QCoreApplication.translate("undo_text", "Add channel {0}")),
        "move": (QCoreApplication.translate("undo_text", "Move stage {0}"),
                 QCoreApplication.translate("undo_text", "Move channel {0}")),
        "delete": (QCoreApplication.translate("undo_text", "Delete stage {0}"),
                   QCoreApplication.translate("undo_text", "Delete channel {0}")),
        "colour": (QCoreApplication.translate("undo_text", "Change colour of stage {0}"),
                   QCoreApplication.translate("undo_text", "Change colour of channel {0}")),
        "edit": (QCoreApplication.translate("undo_text", "Edit stage {0}"),
                 QCoreApplication.translate("undo_text", "Edit channel {0}")),
    }[action]
    return stage_and_channel[0 if kind == "stage" else 1].format(quoted(name))


def channel_kind_text(name: str) -> str:
    return QCoreApplication.translate("undo_text", "Change kind of channel {0}").format(
        quoted(name)
    )


def path_edit_text(doc: Document, conn_id: str) -> str:
    return QCoreApplication.translate("undo_text", "Edit path {0}").format(
        connection_name(doc, conn_id)
    )


def map_text(field: str, title: str) -> str:
    """field: "description", "language", or "edit" for any other."""
    template = {
        "description": QCoreApplication.translate("undo_text", "Edit description of map {0}"),
        "language": QCoreApplication.translate("undo_text", "Change language of map {0}"),
    }.get(field, QCoreApplication.translate("undo_text", "Edit map {0}"))
    return template.format(quoted(title))


def touchpoint_edit_text(title: str) -> str:
    return QCoreApplication.translate("undo_text", "Edit touchpoint {0}").format(quoted(title))


def persona_text(action: str, name: str) -> str:
    """action: "add", "delete", "move" or "edit"."""
    template = {
        "add": QCoreApplication.translate("undo_text", "Add persona {0}"),
        "delete": QCoreApplication.translate("undo_text", "Delete persona {0}"),
        "move": QCoreApplication.translate("undo_text", "Move persona {0}"),
        "edit": QCoreApplication.translate("undo_text", "Edit persona {0}"),
    }[action]
    return template.format(quoted(name))


def note_text(action: str, doc: Document, ids: list[str]) -> str:
    """action: "move", "link" or "edit"; notes named by their text."""
    one, many = {
        "move": (QCoreApplication.translate("undo_text", "Move note {0}"),
                 QCoreApplication.translate("undo_text", "Move note {0} and {1} more")),
        "link": (QCoreApplication.translate("undo_text", "Link note {0}"),
                 QCoreApplication.translate("undo_text", "Link note {0} and {1} more")),
        "edit": (QCoreApplication.translate("undo_text", "Edit note {0}"),
                 QCoreApplication.translate("undo_text", "Edit note {0} and {1} more")),
    }[action]
    texts = [n.text for n in (doc.note(i) for i in ids) if n is not None]
    return named(texts, one, many)


def add_note_text(text: str) -> str:
    return QCoreApplication.translate("undo_text", "Add note {0}").format(quoted(text))
