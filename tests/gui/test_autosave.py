"""Autosave and crash recovery: an edited map is autosaved, survives a “crash” (the
window is dropped without saving), is offered and recovered byte for byte; saving
or discarding removes its recovery file."""

from __future__ import annotations

import gc
import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from journeydesigner import edits
from journeydesigner.fileio import dumps, load
from journeydesigner.gui.autosave import SETTINGS_KEY, Autosaver, interval_setting
from journeydesigner.gui.controller import DocumentController
from journeydesigner.gui.dialogs import recovery_dialog
from journeydesigner.gui.dialogs.recovery_dialog import RecoveryDialog, offer_recovery
from journeydesigner.model import Document
from journeydesigner.recovery import SUFFIX, RecoveryStore

FAST = 0.05  # seconds


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "recovery"


@pytest.fixture
def opened(example_copy):
    """A controller on the example map, as a window holds it."""
    controller = DocumentController(load(example_copy), example_copy)
    yield controller
    controller.deleteLater()


def after_restart(folder) -> RecoveryStore:
    """The store as the next JourneyDesigner sees it (this test process plays both)."""
    return RecoveryStore(folder, instance="after-restart")


def rename_map(controller: DocumentController, title: str) -> None:
    assert controller.perform(
        edits.set_document_fields(controller.doc, {"title": title}, "Rename map"))


def move_first_card(controller: DocumentController) -> None:
    tp = controller.doc.touchpoints[0]
    assert controller.perform(
        edits.move_touchpoints(controller.doc, {tp.id: (tp.stage, tp.channel, tp.step + 3)}))


def recovery_files(folder) -> list:
    return sorted(folder.glob(f"*{SUFFIX}")) if folder.exists() else []


def force_choices(monkeypatch, choices: dict[str, str] | str, accept: bool = True) -> list:
    """Make RecoveryDialog answer without being shown; returns the dialogs it made."""
    made: list[RecoveryDialog] = []

    def exec_(self) -> int:
        made.append(self)
        for key in self.choices():
            self.set_choice(key, choices if isinstance(choices, str) else choices[key])
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    return made


class Opened:
    """The ``open_document`` callback: records what would be opened in a window."""

    def __init__(self) -> None:
        self.calls: list[tuple[Document, str | None]] = []

    def __call__(self, doc: Document, original_path: str | None) -> None:
        self.calls.append((doc, original_path))


def test_edit_autosave_crash_recover_byte_for_byte(qtbot, monkeypatch, folder, opened,
                                                   example_copy):
    store = RecoveryStore(folder)
    autosaver = Autosaver(opened, store, interval_s=FAST)
    assert recovery_files(folder) == []  # nothing written for an unchanged map
    rename_map(opened, "Renamed before the crash")
    move_first_card(opened)
    with qtbot.waitSignal(autosaver.written, timeout=3000):
        pass
    expected = dumps(opened.doc)
    assert len(recovery_files(folder)) == 1
    assert store.entries() == []  # still open in this process: not offered

    # the crash: the window and its controller vanish without saving or cleaning up
    key = autosaver.key
    opened.setParent(None)
    del autosaver
    gc.collect()
    assert len(recovery_files(folder)) == 1

    reader = after_restart(folder)
    made = force_choices(monkeypatch, "recover")
    callback = Opened()
    assert offer_recovery(reader, None, callback) == 1
    (dialog,) = made
    assert dialog.choices() == {key: "recover"}
    ((doc, original_path),) = callback.calls
    assert dumps(doc) == expected
    assert original_path == str(example_copy)
    assert recovery_files(folder) == []  # the reopened window autosaves it again
    assert example_copy.read_bytes() != expected  # the file itself was never touched


def test_untitled_maps_are_autosaved_too(qtbot, monkeypatch, folder, opened):
    untitled = DocumentController(opened.doc.model_copy(deep=True), None)
    autosaver = Autosaver(untitled, RecoveryStore(folder), interval_s=FAST)
    move_first_card(untitled)
    with qtbot.waitSignal(autosaver.written, timeout=3000):
        pass
    force_choices(monkeypatch, "recover")
    callback = Opened()
    assert offer_recovery(after_restart(folder), None, callback) == 1
    ((doc, original_path),) = callback.calls
    assert original_path is None
    assert dumps(doc) == dumps(untitled.doc)


def test_saving_removes_the_recovery_file(qtbot, folder, opened):
    autosaver = Autosaver(opened, RecoveryStore(folder), interval_s=FAST)
    rename_map(opened, "To be saved")
    with qtbot.waitSignal(autosaver.written, timeout=3000):
        pass
    assert len(recovery_files(folder)) == 1
    opened.save()
    assert recovery_files(folder) == []
    assert not autosaver.timer.isActive()
    qtbot.wait(int(FAST * 4000))
    assert recovery_files(folder) == []  # a clean map is not autosaved


def test_undo_back_to_the_saved_state_removes_it(qtbot, folder, opened):
    autosaver = Autosaver(opened, RecoveryStore(folder), interval_s=FAST)
    rename_map(opened, "Undone")
    with qtbot.waitSignal(autosaver.written, timeout=3000):
        pass
    opened.undo_stack.undo()
    assert not opened.modified
    assert recovery_files(folder) == []


def test_close_removes_the_recovery_file(qtbot, folder, opened):
    autosaver = Autosaver(opened, RecoveryStore(folder), interval_s=FAST)
    rename_map(opened, "Discarded on close")
    assert autosaver.flush()
    assert len(recovery_files(folder)) == 1
    autosaver.close()  # the user chose “Discard” and the window closed
    assert recovery_files(folder) == []
    move_first_card(opened)
    qtbot.wait(int(FAST * 4000))
    assert recovery_files(folder) == []  # a closed autosaver writes nothing


def test_written_only_after_a_change_then_again_after_the_next_one(qtbot, folder, opened):
    autosaver = Autosaver(opened, RecoveryStore(folder), interval_s=FAST)
    writes: list[str] = []
    autosaver.written.connect(writes.append)
    qtbot.wait(int(FAST * 3000))
    assert writes == []
    rename_map(opened, "First")
    qtbot.waitUntil(lambda: len(writes) == 1, timeout=3000)
    first = recovery_files(folder)[0].read_bytes()
    qtbot.wait(int(FAST * 4000))
    assert len(writes) == 1  # nothing changed since: not written again
    move_first_card(opened)
    qtbot.waitUntil(lambda: len(writes) == 2, timeout=3000)
    assert recovery_files(folder)[0].read_bytes() != first
    (entry,) = after_restart(folder).entries()
    assert dumps(after_restart(folder).load(entry)) == dumps(opened.doc)


def test_interval_zero_is_off_and_can_be_turned_on(qtbot, folder, opened):
    autosaver = Autosaver(opened, RecoveryStore(folder), interval_s=0)
    rename_map(opened, "Off")
    qtbot.wait(int(FAST * 3000))
    assert recovery_files(folder) == []
    assert not autosaver.flush()  # off means off
    autosaver.set_interval(FAST)
    qtbot.waitUntil(lambda: len(recovery_files(folder)) == 1, timeout=3000)


def test_the_interval_comes_from_the_settings(folder, opened):
    assert interval_setting() == 60
    assert Autosaver(opened, RecoveryStore(folder)).interval_s == 60
    QSettings("JourneyDesigner", "JourneyDesigner").setValue(SETTINGS_KEY, 0)
    autosaver = Autosaver(opened, RecoveryStore(folder))
    assert autosaver.interval_s == 0 and not autosaver.enabled
    QSettings("JourneyDesigner", "JourneyDesigner").setValue(SETTINGS_KEY, 300)
    assert Autosaver(opened, RecoveryStore(folder)).interval_s == 300
    QSettings("JourneyDesigner", "JourneyDesigner").setValue(SETTINGS_KEY, "nonsense")
    assert interval_setting() == 60


def test_a_failed_autosave_is_reported_and_retried(qtbot, tmp_path, opened):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    autosaver = Autosaver(opened, RecoveryStore(blocker / "recovery"), interval_s=FAST)
    rename_map(opened, "Cannot autosave")
    with qtbot.waitSignal(autosaver.failed, timeout=3000) as failed:
        pass
    assert failed.args[0]
    blocker.unlink()
    with qtbot.waitSignal(autosaver.written, timeout=3000):
        pass


def test_discard_removes_it_and_it_is_not_offered_again(qtbot, monkeypatch, folder, opened):
    autosaver = Autosaver(opened, RecoveryStore(folder), interval_s=FAST)
    rename_map(opened, "Unwanted")
    assert autosaver.flush()
    force_choices(monkeypatch, "discard")
    callback = Opened()
    assert offer_recovery(after_restart(folder), None, callback) == 0
    assert callback.calls == []
    assert recovery_files(folder) == []
    made = force_choices(monkeypatch, "recover")
    assert offer_recovery(after_restart(folder), None, callback) == 0
    assert made == []  # no dialog at all when there is nothing to offer


def test_later_keeps_it_and_closing_the_dialog_keeps_everything(qtbot, monkeypatch, folder,
                                                               opened):
    store = RecoveryStore(folder)
    keys = []
    for title in ("one", "two", "three"):
        c = DocumentController(opened.doc.model_copy(deep=True), None)
        a = Autosaver(c, store, interval_s=FAST)
        rename_map(c, title)
        assert a.flush()
        keys.append(a.key)
    reader = after_restart(folder)
    callback = Opened()
    force_choices(monkeypatch, "recover", accept=False)  # “Decide All Later” / Esc
    assert offer_recovery(reader, None, callback) == 0
    assert len(recovery_files(folder)) == 3 and callback.calls == []

    force_choices(monkeypatch, dict(zip(keys, ["recover", "discard", "later"], strict=True)))
    assert offer_recovery(reader, None, callback) == 1
    assert [doc.title for doc, _ in callback.calls] == ["one"]
    assert [e.key for e in reader.entries()] == [keys[2]]  # “later”: asked again next time


def test_a_recovered_file_stays_when_opening_it_fails(qtbot, monkeypatch, folder, opened):
    autosaver = Autosaver(opened, RecoveryStore(folder), interval_s=FAST)
    rename_map(opened, "Kept")
    assert autosaver.flush()
    force_choices(monkeypatch, "recover")

    def broken(doc, path):
        raise RuntimeError("the window could not be made")

    with pytest.raises(RuntimeError):
        offer_recovery(after_restart(folder), None, broken)
    assert len(recovery_files(folder)) == 1


def test_an_unreadable_document_is_reported_and_set_aside(qtbot, monkeypatch, folder, opened):
    import json

    autosaver = Autosaver(opened, RecoveryStore(folder), interval_s=FAST)
    rename_map(opened, "Broken")
    assert autosaver.flush()
    (path,) = recovery_files(folder)
    data = json.loads(path.read_text("utf-8"))
    data["document"]["stages"] = "not a list"
    path.write_text(json.dumps(data), "utf-8")
    force_choices(monkeypatch, "recover")
    warnings: list[str] = []
    monkeypatch.setattr(recovery_dialog.plain_text, "warn",
                        lambda parent, title, text, *a, **k: warnings.append(text))
    callback = Opened()
    assert offer_recovery(after_restart(folder), None, callback) == 0
    assert callback.calls == [] and len(warnings) == 1 and "Broken" in warnings[0]
    assert recovery_files(folder) == []
    assert path.with_name(path.name + ".corrupt").exists()


def test_the_dialog_lists_each_entry(qtbot, folder, opened, example_copy):
    store = RecoveryStore(folder)
    named = Autosaver(opened, store, interval_s=FAST)
    move_first_card(opened)
    assert named.flush()
    untitled = DocumentController(Document(title="Sketch"), None)
    other = Autosaver(untitled, store, interval_s=FAST)
    rename_map(untitled, "Sketch 2")
    assert other.flush()

    entries = after_restart(folder).entries()
    dialog = RecoveryDialog(entries, None)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)]
            for r in range(2)}
    assert rows["Sketch 2"][0] == "Untitled" and rows["Sketch 2"][2] == "0"
    assert rows[opened.doc.title][0] == example_copy.name
    assert rows[opened.doc.title][2] == str(len(opened.doc.touchpoints))
    assert all(row[1] for row in rows.values())  # a local time is shown
    assert dialog.choices() == {named.key: "recover", other.key: "recover"}  # the default
    dialog.set_choice(other.key, "later")
    assert dialog.choices()[other.key] == "later"


def test_a_recovered_map_opened_as_modified_is_autosaved_again(qtbot, monkeypatch, folder,
                                                               opened):
    """What the window does with a recovered map: a new controller whose undo stack is
    not clean (``resetClean``), and an autosaver that writes it at once (``flush``)."""
    store = RecoveryStore(folder)
    first = Autosaver(opened, store, interval_s=FAST)
    rename_map(opened, "Recovered twice")
    assert first.flush()
    old_key = first.key

    reopened: list[Autosaver] = []

    def open_document(doc: Document, original_path: str | None) -> None:
        controller = DocumentController(doc, original_path)
        controller.undo_stack.resetClean()  # modified: the file does not hold these changes
        autosaver = Autosaver(controller, RecoveryStore(folder, instance="after-restart"),
                              interval_s=60)
        assert controller.modified and autosaver.timer.isActive()
        assert autosaver.flush()  # protected before the old recovery file goes
        reopened.append(autosaver)

    force_choices(monkeypatch, "recover")
    assert offer_recovery(after_restart(folder), None, open_document) == 1
    (autosaver,) = reopened
    files = recovery_files(folder)
    assert [f.name for f in files] == [f"{autosaver.key}{SUFFIX}"] and autosaver.key != old_key
    assert dumps(RecoveryStore(folder).load(RecoveryStore(folder).entries(
        include_live=True)[0])) == dumps(opened.doc)


def test_the_recovery_folder_is_in_the_app_data_location(qapp):
    from journeydesigner.gui.autosave import recovery_folder

    folder = recovery_folder()
    assert folder.name == "recovery"
    assert str(folder).startswith(os.environ["XDG_DATA_HOME"])  # the test sandbox


def test_replacing_the_document_removes_the_old_file_and_changes_the_key(qtbot, folder,
                                                                        opened, example_copy):
    """One controller per window: opening another map goes through ``replace``."""
    store = RecoveryStore(folder)
    autosaver = Autosaver(opened, store, interval_s=FAST)
    rename_map(opened, "Discarded when another map is opened")
    assert autosaver.flush()
    old_key = autosaver.key
    assert [f.name for f in recovery_files(folder)] == [f"{old_key}{SUFFIX}"]

    opened.replace(Document(title="Next map"), None)  # after confirm_discard said Discard
    assert recovery_files(folder) == []
    assert autosaver.key != old_key
    rename_map(opened, "Next map, edited")
    qtbot.waitUntil(lambda: len(recovery_files(folder)) == 1, timeout=3000)
    assert recovery_files(folder)[0].name == f"{autosaver.key}{SUFFIX}"

    # a recovered map shown in the same window: replaced, then marked modified
    recovered = load(example_copy).model_copy(update={"title": "Recovered"})
    key_before = autosaver.key
    opened.replace(recovered, "/maps/recovered.journey")
    opened.undo_stack.resetClean()
    assert opened.modified and autosaver.key != key_before
    assert autosaver.flush()
    (entry,) = after_restart(folder).entries()
    assert entry.key == autosaver.key and entry.original_path == "/maps/recovered.journey"
    assert dumps(after_restart(folder).load(entry)) == dumps(recovered)
