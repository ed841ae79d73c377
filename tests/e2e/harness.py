"""Drive the real ``journeydesigner`` process on a real X server, as a person does.

An ``XServer`` is Xvfb (it picks a free display itself) with openbox, the window
manager that gives keyboard focus and window activation their real behaviour. An
``App`` is one ``journeydesigner`` process on it (``QT_QPA_PLATFORM=xcb``), with
its own settings folders, driven with xdotool (real key and pointer events) and
photographed with ImageMagick's ``import``. Screenshots of every scenario go to
``build/e2e-screenshots/<scenario>/`` so a person can look at them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "tests" / "examples"
SCREENSHOTS = ROOT / "build" / "e2e-screenshots"
TOOLS = ("Xvfb", "openbox", "xdotool", "import", "xkbcomp")
# Characters the scenarios type that a US keymap lacks. Each gets a key of its own
# before any app starts: left to itself, xdotool binds a spare key for the moment
# of the press, and the app, reading the keymap a moment late, sometimes drops it.
EXTRA_CHARACTERS = "áéíóúñüÁÉÍÓÚÑÜ¿¡«»€—–“”’çàèâêôöä"

# What must never appear in the log of a healthy run.
BAD_LOG = re.compile(
    r"Traceback \(most recent call last\)|QObject: shared QObject|Ambiguous shortcut"
    r"|Fatal Python error|Segmentation fault|QPainter::|QWidget::|QLayout|QObject::"
    r"|qt\.\w+.*(warning|critical)|Warning:|Error:", re.IGNORECASE)


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class XServer:
    """Xvfb on a free display, with openbox running on it."""

    def __init__(self, width: int = 1600, height: int = 1000) -> None:
        self.size = (width, height)
        read, write = os.pipe()
        self._xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self._xvfb.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self._wm = subprocess.Popen(["openbox", "--sm-disable"], env=self.env(),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # openbox answers for the desktops when ready
            probe = subprocess.run(["xdotool", "get_desktop"], env=self.env(),
                                   capture_output=True)
            if probe.returncode == 0:
                break
            time.sleep(0.1)
        self._bind_extra_characters()

    def _bind_extra_characters(self) -> None:
        """Give each of EXTRA_CHARACTERS an unused keycode of the server's keymap."""
        dump = subprocess.run(["xkbcomp", "-xkb", self.display, "-"], env=self.env(),
                              capture_output=True, text=True, timeout=30, check=True).stdout
        start = dump.index("xkb_symbols")
        declared = re.findall(r"<(\w+)>\s*=\s*\d+;", dump[:start])
        bound = set(re.findall(r"key\s+<(\w+)>", dump[start:]))
        free = [name for name in declared if name not in bound]
        lines = "".join(f"    key <{name}> {{ [ U{ord(char):04X} ] }};\n"
                        for name, char in zip(free, EXTRA_CHARACTERS, strict=False))
        end = dump.index("\n};", start)  # sections close at the line's start
        keymap = dump[:end + 1] + lines + dump[end + 1:]
        subprocess.run(["xkbcomp", "-w", "0", "-", self.display], input=keymap, text=True,
                       env=self.env(), capture_output=True, timeout=30, check=True)

    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}

    def xdotool(self, *args: str, check: bool = True) -> str:
        proc = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True,
                              text=True, timeout=30)
        if check and proc.returncode not in (0, 1):
            raise RuntimeError(f"xdotool {' '.join(args)}: {proc.stderr.strip()}")
        return proc.stdout

    def clipboard_text(self) -> str:
        """What another program on this screen pastes from the clipboard as plain text."""
        code = ("import sys; from PySide6.QtGui import QGuiApplication; "
                "app = QGuiApplication([]); sys.stdout.write(app.clipboard().text())")
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=30,
                              env={**self.env(), "QT_QPA_PLATFORM": "xcb"})
        return proc.stdout.decode("utf-8", "replace")

    def stop(self) -> None:
        for proc in (self._wm, self._xvfb):
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(5)
            if proc.poll() is None:
                proc.kill()


class App:
    """One ``journeydesigner`` process on ``xserver``: keys, clicks, windows, log."""

    def __init__(self, xserver: XServer, home: Path, *args: str, lang: str = "en",
                 shots: Path | None = None, env: dict[str, str] | None = None) -> None:
        self.x = xserver
        self.home = home
        self.shots = shots
        self._shot = 0
        home.mkdir(parents=True, exist_ok=True)
        self.log_path = home / f"app-{int(time.monotonic() * 1000)}.log"
        locale = {"en": "C.UTF-8", "es": "es_ES.UTF-8"}[lang]
        self.env = {
            **xserver.env(), "QT_QPA_PLATFORM": "xcb", "LANG": locale, "LC_ALL": "",
            "LANGUAGE": "", "PYTHONUTF8": "1", "PYTHONFAULTHANDLER": "1",
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "XDG_RUNTIME_DIR": str(home / "runtime"), "HOME": str(home),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            **(env or {}),
        }
        (home / "runtime").mkdir(mode=0o700, exist_ok=True)
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in quit()/kill()
        self.proc = subprocess.Popen([sys.executable, "-m", "journeydesigner", *args],
                                     env=self.env, cwd=home, stdout=self._log,
                                     stderr=subprocess.STDOUT)

    # -- state --------------------------------------------------------------------

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def assert_clean_log(self) -> None:
        """No traceback, crash or Qt warning in what the process printed."""
        bad = [line for line in self.log().splitlines() if BAD_LOG.search(line)]
        assert not bad, "the application's log says:\n" + self.log()[-4000:]

    def windows(self) -> list[tuple[str, str]]:
        """(id, title) of this process's visible top-level windows."""
        out = self.x.xdotool("search", "--all", "--onlyvisible", "--pid", str(self.proc.pid),
                             "--name", ".")
        found = []
        for wid in out.split():
            title = self.x.xdotool("getwindowname", wid).strip()
            geometry = self.x.xdotool("getwindowgeometry", "--shell", wid)
            size = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
            if int(size.get("WIDTH", "0")) > 1 and int(size.get("HEIGHT", "0")) > 1:
                found.append((wid, title))
        return found

    def titles(self) -> list[str]:
        return [title for _, title in self.windows()]

    def wait_for(self, condition, timeout: float = 15, what: str = "the condition"):
        """Poll ``condition`` until it returns something true; fail with a screenshot."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            if not self.alive:
                raise AssertionError(f"the application died (exit {self.proc.returncode}) "
                                     f"waiting for {what}:\n{self.log()[-4000:]}")
            time.sleep(0.1)
        self.screenshot("timeout")
        raise AssertionError(f"timed out waiting for {what}; windows: {self.titles()}\n"
                             f"{self.log()[-3000:]}")

    def wait_window(self, pattern: str, timeout: float = 20) -> str:
        """The id of a window of ours whose title matches ``pattern`` (a regex)."""
        regex = re.compile(pattern)

        def find():
            return next((wid for wid, title in self.windows() if regex.search(title)), None)

        return self.wait_for(find, timeout, f"a window titled /{pattern}/")

    def wait_no_window(self, pattern: str, timeout: float = 20) -> None:
        regex = re.compile(pattern)
        self.wait_for(lambda: not any(regex.search(t) for t in self.titles()), timeout,
                      f"no window titled /{pattern}/")

    def wait_file(self, path: Path, timeout: float = 30) -> Path:
        def ready():
            return path.exists() and path.stat().st_size > 0
        self.wait_for(ready, timeout, f"the file {path}")
        return path

    def active_title(self) -> str:
        wid = self.x.xdotool("getactivewindow").strip()
        return self.x.xdotool("getwindowname", wid).strip() if wid else ""

    # -- input --------------------------------------------------------------------

    def activate(self, pattern: str = "JourneyDesigner") -> str:
        wid = self.wait_window(pattern)
        self.x.xdotool("windowactivate", "--sync", wid)
        self.x.xdotool("windowfocus", "--sync", wid)
        self.settle()
        return wid

    def key(self, *keys: str, delay: float = 0.15) -> None:
        """Press each key (xdotool names: ctrl+e, Return, Page_Down …) in turn."""
        for name in keys:
            self.x.xdotool("key", "--clearmodifiers", name)
            time.sleep(delay)

    def type(self, text: str) -> None:
        self.x.xdotool("type", "--delay", "40", text)
        time.sleep(0.2)

    def click(self, x: int, y: int, button: int = 1, double: bool = False) -> None:
        self.x.xdotool("mousemove", "--sync", str(x), str(y))
        self.x.xdotool("click", *(["--repeat", "2", "--delay", "80"] if double else []),
                       str(button))
        time.sleep(0.2)

    def window_geometry(self, wid: str) -> tuple[int, int, int, int]:
        """x, y, width, height of a window on the screen."""
        out = self.x.xdotool("getwindowgeometry", "--shell", wid)
        values = dict(line.split("=", 1) for line in out.split() if "=" in line)
        return (int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"]))

    def settle(self, seconds: float = 0.4) -> None:
        time.sleep(seconds)

    # -- evidence -----------------------------------------------------------------

    def screenshot(self, name: str) -> Path | None:
        """The whole screen as ``NN-name.png`` in this scenario's folder."""
        if self.shots is None:
            return None
        self.shots.mkdir(parents=True, exist_ok=True)
        self._shot += 1
        path = self.shots / f"{self._shot:02d}-{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], env=self.x.env(),
                       capture_output=True, timeout=30)
        return path

    def screenshot_window(self, wid: str, name: str) -> Path | None:
        """Only the window ``wid`` (its inside, without the frame) as ``NN-name.png``."""
        if self.shots is None:
            return None
        self.shots.mkdir(parents=True, exist_ok=True)
        self._shot += 1
        path = self.shots / f"{self._shot:02d}-{name}.png"
        subprocess.run(["import", "-window", wid, str(path)], env=self.x.env(),
                       capture_output=True, timeout=30)
        return path

    # -- ending -------------------------------------------------------------------

    def quit(self, timeout: float = 15) -> int:
        """Close every window as a user would (Ctrl+Q, discarding changes when asked)."""
        if self.alive:
            with contextlib.suppress(AssertionError, RuntimeError):
                self.activate()
                self.key("ctrl+q")
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.screenshot("did-not-quit")
            self.kill()
        if not self._log.closed:
            self._log.close()
        return self.proc.returncode

    def kill(self) -> None:
        if self.alive:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
        if not self._log.closed:
            self._log.close()


def validate(path: Path) -> dict:
    """The document in ``path`` after ``journeydesigner validate`` accepted it."""
    proc = subprocess.run([sys.executable, "-m", "journeydesigner", "validate", str(path)],
                          capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads(path.read_text(encoding="utf-8"))


@contextlib.contextmanager
def running(xserver: XServer, home: Path, *args: str, **kwargs) -> Iterator[App]:
    """An ``App`` that is killed at the end whatever happens (its log kept)."""
    app = App(xserver, home, *args, **kwargs)
    try:
        yield app
    finally:
        if app.alive:
            app.screenshot("end")
            app.kill()
