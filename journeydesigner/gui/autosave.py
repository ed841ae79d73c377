"""Autosave of one window's document into the recovery store.

An :class:`Autosaver` watches a :class:`DocumentController`. The first change
that leaves the document modified starts a single-shot timer; when it fires the
document (untitled ones too) is written with :meth:`RecoveryStore.write`. A
change made after that write starts the timer again, so a modified document is
written at most once per interval and never when nothing changed since the last
write. Saving (the undo stack becoming clean) removes the recovery file, and so
does :meth:`close` when the window closes normally. When the controller is given
another document (``DocumentController.replace``) the old document's file is
removed and the new one gets a new key.
"""

from __future__ import annotations

import weakref
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer, Signal

from ..fileio import SaveError
from ..recovery import RecoveryStore, new_key
from .controller import DocumentController
from .core_messages import problem_text

SETTINGS_KEY = "autosave/interval"
DEFAULT_INTERVAL_S = 60
MAX_INTERVAL_MS = 24 * 3600 * 1000


def _settings() -> QSettings:
    return QSettings("JourneyDesigner", "JourneyDesigner")


def recovery_folder() -> Path:
    """``AppDataLocation/recovery``: where the recovery store of this user lives."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def interval_setting() -> float:
    """The autosave interval in seconds from the settings (0 = off; default 60)."""
    value = _settings().value(SETTINGS_KEY, DEFAULT_INTERVAL_S)
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL_S
    return seconds if 0 <= seconds < float("inf") else DEFAULT_INTERVAL_S


def set_interval_setting(seconds: int) -> None:
    _settings().setValue(SETTINGS_KEY, int(seconds))


class Autosaver(QObject):
    """Keeps the recovery file of ``controller``'s document up to date.

    ``interval_s=None`` reads the interval from the settings. ``written`` carries the
    path of each recovery file written; ``failed`` the reason a write failed (the
    timer is started again, so it is retried after the next interval).
    """

    written = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        controller: DocumentController,
        store: RecoveryStore,
        interval_s: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else controller)
        self.controller = controller
        self.store = store
        self.key = new_key()
        self._doc = controller.doc  # the document the key belongs to
        self._interval_s = interval_setting() if interval_s is None else max(0.0, interval_s)
        self._dirty = controller.modified  # changed since the last recovery write
        self._closed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timeout)
        # Not bound methods: when the controller is deleted, its undo stack still emits
        # (QUndoStack::clear in its destructor) after PySide has let go of this object.
        me = weakref.ref(self)

        def changed(_index: int) -> None:
            alive = me()
            if alive is not None and shiboken6.isValid(alive):
                alive._changed()

        def clean_changed(clean: bool) -> None:
            alive = me()
            if alive is not None and shiboken6.isValid(alive):
                alive._clean_changed(clean)

        def doc_changed() -> None:
            alive = me()
            if alive is not None and shiboken6.isValid(alive):
                alive._changed()

        controller.undo_stack.indexChanged.connect(changed)
        controller.undo_stack.cleanChanged.connect(clean_changed)
        controller.changed.connect(doc_changed)  # also after DocumentController.replace
        self._arm()

    @property
    def interval_s(self) -> float:
        return self._interval_s

    @property
    def enabled(self) -> bool:
        return self._interval_s > 0 and not self._closed

    def set_interval(self, seconds: float) -> None:
        """Change the interval (0 turns autosave off); a pending write is rescheduled."""
        self._interval_s = max(0.0, float(seconds))
        self.timer.stop()
        self._arm()

    def flush(self) -> bool:
        """Write the recovery file now when the document is modified and autosave is on;
        True when written (used e.g. right after a recovered document is opened)."""
        self.timer.stop()
        if self._stack_gone():
            return False
        self._follow_document()
        if not self.enabled or not self.controller.modified:
            return False
        c = self.controller
        try:
            path = self.store.write(self.key, c.doc, str(c.path) if c.path else None, c.doc.title)
        except SaveError as exc:
            self.failed.emit(problem_text(exc.problem))
            self._arm()
            return False
        self._dirty = False
        self.written.emit(str(path))
        return True

    def remove(self) -> None:
        """Delete the recovery file (the document was saved or deliberately discarded)."""
        self.timer.stop()
        self.store.remove(self.key)

    def close(self) -> None:
        """The window closes normally (saved, or changes discarded): stop and remove
        the recovery file. The autosaver does nothing afterwards."""
        if self._closed:
            return
        self.remove()
        self._closed = True  # the slots ignore the stack from now on

    # --- inside -------------------------------------------------------------------

    def _arm(self) -> None:
        if (self.enabled and self._dirty and self.controller.modified
                and not self.timer.isActive()):
            self.timer.start(max(1, min(round(self._interval_s * 1000), MAX_INTERVAL_MS)))

    def _stack_gone(self) -> bool:
        """True (and closed, keeping the recovery file) once the controller is deleted."""
        if not self._closed and not (shiboken6.isValid(self.controller)
                                     and shiboken6.isValid(self.controller.undo_stack)):
            self._closed = True
            self.timer.stop()
        return self._closed

    def _follow_document(self) -> None:
        """The window shows another document (``DocumentController.replace``): the old
        one's recovery file goes (it was saved or discarded first), the new one gets
        a key of its own."""
        if self.controller.doc is self._doc:
            return
        self.timer.stop()
        self.store.remove(self.key)
        self.key = new_key()
        self._doc = self.controller.doc
        self._dirty = self.controller.modified

    def _changed(self) -> None:
        if self._stack_gone():
            return
        self._follow_document()
        if self.controller.modified:
            self._dirty = True
            self._arm()

    def _clean_changed(self, clean: bool) -> None:
        if self._stack_gone():
            return
        self._follow_document()
        if clean:
            self._dirty = False
            self.remove()
        else:
            self._dirty = True
            self._arm()

    def _timeout(self) -> None:
        if not self._stack_gone() and self.enabled and self.controller.modified:
            self.flush()
