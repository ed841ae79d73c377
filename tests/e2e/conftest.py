"""End-to-end scenarios: the real process on Xvfb + openbox (see harness.py).

They need Xvfb, openbox, xdotool and ImageMagick (``scripts/bootstrap.sh e2e``
installs them). Without them the scenarios are skipped, except under CI, where a
missing tool is a failure: CI must never pass by not running them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .harness import SCREENSHOTS, App, XServer, missing_tools


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    missing = missing_tools()
    if missing:
        message = f"end-to-end tools missing: {', '.join(missing)} (bash scripts/bootstrap.sh e2e)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = XServer(1600, 1000)
    yield server
    server.stop()


@pytest.fixture
def shots(request) -> Path:
    """This scenario's screenshot folder, emptied first."""
    folder = SCREENSHOTS / request.node.name.replace("/", "_")
    shutil.rmtree(folder, ignore_errors=True)
    return folder


@pytest.fixture
def launch(xserver, tmp_path, shots) -> Iterator[Callable[..., App]]:
    """``launch(*args, lang="en", server=None)`` starts the application; every app
    still running at the end is photographed and killed."""
    apps: list[App] = []

    def start(*args: str, lang: str = "en", server: XServer | None = None,
              env: dict[str, str] | None = None) -> App:
        app = App(server or xserver, tmp_path / "home", *args, lang=lang, shots=shots, env=env)
        apps.append(app)
        return app

    yield start
    for app in apps:
        if app.alive:
            app.screenshot("end")
            app.kill()


@pytest.fixture
def example(tmp_path) -> Path:
    """A writable copy of the Spanish example map."""
    from .harness import EXAMPLES

    return Path(shutil.copy(EXAMPLES / "compra-online.es.journey", tmp_path))
