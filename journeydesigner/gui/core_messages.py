"""Messages of the Qt-free core (edit refusals, clipboard) shown in the window.

The core speaks English so it stays usable from the command line; the window
translates the fixed messages it may show. ``_catalogue`` is never called: it
lists them as literal ``tr()`` calls so the translation catalogue collects them.
"""

from __future__ import annotations

from .i18n import tr


def translate_core(message: str) -> str:
    """The interface-language text of a core message (unchanged if unknown)."""
    return tr(message)


def _catalogue() -> list[str]:  # pragma: no cover - read by i18n_catalog only
    return [
        tr("a touchpoint can only be placed in an existing stage and channel"),
        tr("ids cannot be changed"),
        tr("a journey needs at least one stage"),
        tr("a journey needs at least one channel"),
        tr("a connection cannot lead from a touchpoint to itself"),
        tr("a connection needs two existing touchpoints"),
        tr("these touchpoints already have a connection of that kind"),
        tr("the clipboard holds no JourneyDesigner touchpoints"),
        tr("the clipboard's touchpoints are damaged"),
        tr("the clipboard holds no touchpoints"),
    ]
