"""Messages of the Qt-free core (edit refusals, clipboard, load problems) shown in
the window.

The core speaks English so it stays usable from the command line; the window
translates what it may show. Fixed messages go through ``tr`` as they are;
``_catalogue`` is never called: it lists them as literal ``tr()`` calls so the
translation catalogue collects them. Messages with variable parts (ids, numbers,
places in the file) are recognised by the rules of :func:`_rules`. A message no
rule knows is shown as it is, in English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..model import Problem
from .i18n import tr

_Rule = tuple[re.Pattern[str], str]
_compiled = cache(re.compile)


def translate_core(message: str) -> str:
    """The interface-language text of a core message (unchanged if unknown)."""
    return tr(message)


def _rules() -> list[_Rule]:
    """(the English text as a regular expression, its interface-language template).

    The template has ``{0}``, ``{1}``… for the groups in order; the English template
    rebuilds the message exactly. A group named ``phrase`` is core text itself (the
    JSON parser's complaint, the kind of a value, a shortened number) and is
    translated too. Built per use: ``tr`` answers in the language installed now.
    """
    rules = [
        # the document's cross references (model.find_problems)
        (r'no stage with id "(.*)"', tr('no stage with id "{0}"')),
        (r'no channel with id "(.*)"', tr('no channel with id "{0}"')),
        (r'no persona with id "(.*)"', tr('no persona with id "{0}"')),
        (r'no touchpoint with id "(.*)"', tr('no touchpoint with id "{0}"')),
        (r'id "(.*)" is already used by (\S+)', tr('id "{0}" is already used by {1}')),
        (r'persona "(.*)" is listed twice', tr('persona "{0}" is listed twice')),
        (r"same source, target and polarity as (\S+)",
         tr("same source, target and polarity as {0}")),
        # the loader (fileio)
        (r"made by a newer version of JourneyDesigner \(file version (\d+), this one reads "
         r"version (\d+)\); please update the application",
         tr("made by a newer version of JourneyDesigner (file version {0}, this one reads "
            "version {1}); please update the application")),
        (r"the file is larger than (\d+) MiB", tr("the file is larger than {0} MiB")),
        (r"is (?P<phrase>.+), not a regular file", tr("is {0}, not a regular file")),
        (r"saved again, the map would take (\S+) MiB, more than the (\d+) MiB a file may "
         r"have \(its numbers or the fields it leaves out are written longer\)",
         tr("saved again, the map would take {0} MiB, more than the {1} MiB a file may "
            "have (its numbers or the fields it leaves out are written longer)")),
        # saving (fileio)
        (r"the map would take (\S+) MiB, more than the (\d+) MiB a file may have",
         tr("the map would take {0} MiB, more than the {1} MiB a file may have")),
        (r"values are nested deeper than (\d+) levels",
         tr("values are nested deeper than {0} levels")),
        (r"(\S+) is not a valid JSON number", tr("{0} is not a valid JSON number")),
        (r"number (\S+) is too large", tr("number {0} is too large")),
        (r'key "(.*)" appears twice in one object', tr('key "{0}" appears twice in one object')),
        (r"not valid JSON: (?P<phrase>.+)", tr("not valid JSON: {0}")),
        (r"Exceeds the limit \((\d+) digits\) for integer string conversion: value has (\d+) "
         r"digits; use sys\.set_int_max_str_digits\(\) to increase the limit",
         tr("Exceeds the limit ({0} digits) for integer string conversion: value has {1} "
            "digits; use sys.set_int_max_str_digits() to increase the limit")),
        (r"the top level must be a JSON object, not (?P<phrase>.+)",
         tr("the top level must be a JSON object, not {0}")),
        (r"(.+) is not a valid id \(a letter or digit, then up to 63 letters, digits, _ \. or -\)",
         tr("{0} is not a valid id (a letter or digit, then up to 63 letters, digits, _ . or -)")),
        (r"(.+) is not a colour of the form #RRGGBB",
         tr("{0} is not a colour of the form #RRGGBB")),
        (r'(.+) is not a language tag such as "en" or "es-MX"',
         tr('{0} is not a language tag such as "en" or "es-MX"')),
        # the model's own checks (model)
        (r"must be (\S+) to (\S+) characters long \(after trimming\), not (\d+)",
         tr("must be {0} to {1} characters long (after trimming), not {2}")),
        (r"must be a number from (\S+) to (\S+)", tr("must be a number from {0} to {1}")),
        (r"must be from (\S+) to (\S+), not (?P<phrase>.+)",
         tr("must be from {0} to {1}, not {2}")),
        (r"(-?\d+)… \((\d+) digits\)", tr("{0}… ({1} digits)")),
        (r"must be an integer, not (.+)", tr("must be an integer, not {0}")),
        (r"(.+) is not an ISO 8601 timestamp", tr("{0} is not an ISO 8601 timestamp")),
        (r"(.+) is not in UTC \(end it with Z\)", tr("{0} is not in UTC (end it with Z)")),
        (r"image data is not a (\w+) file", tr("image data is not a {0} file")),
        # pydantic, with the model's strict types
        (r"Input should be a valid dictionary or instance of (\w+)",
         tr("Input should be a valid dictionary or instance of {0}")),
        (r"Input should be ('[^']*'(?:, '[^']*')*) or ('[^']*')", tr("Input should be {0} or {1}")),
        (r"Input should be (-?\d+)", tr("Input should be {0}")),
        (r"Input should be greater than or equal to (\S+)",
         tr("Input should be greater than or equal to {0}")),
        (r"Input should be less than or equal to (\S+)",
         tr("Input should be less than or equal to {0}")),
        (r"String should have at most (\d+) characters",
         tr("String should have at most {0} characters")),
        # places that are not paths in the document
        (r"line (\d+), column (\d+)", tr("line {0}, column {1}")),
        (r"byte (\d+) \(line (\d+)\)", tr("byte {0} (line {1})")),
    ]
    return [(_compiled(pattern), template) for pattern, template in rules]


def _translate(text: str, rules: list[_Rule], *, fixed: bool = True) -> str:
    """``text`` by the first rule matching all of it; else ``tr(text)`` when
    ``fixed`` messages are looked up, else unchanged."""
    for pattern, template in rules:
        match = pattern.fullmatch(text)
        if match:
            parts = list(match.groups())
            phrase = pattern.groupindex.get("phrase")
            if phrase:
                parts[phrase - 1] = _translate(parts[phrase - 1], rules)
            return template.format(*parts)
    return tr(text) if fixed else text


def translate_problem(message: str) -> str:
    """The interface-language text of a core message, variable parts kept as they
    are (unchanged if unknown)."""
    return _translate(message, _rules())


def problem_lines(problems: Iterable[Problem]) -> list[str]:
    """``place: message`` of each problem in the interface language. A path in the
    document (``touchpoints[3].stage``) stays as it is; a line and column do not."""
    rules = _rules()
    return [
        str(Problem(_translate(p.place, rules, fixed=False), _translate(p.message, rules)))
        for p in problems
    ]


def _catalogue() -> list[str]:  # pragma: no cover - read by i18n_catalog only
    return [
        # edits and the clipboard
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
        # loading a file
        tr("the file is empty"),
        tr("the file is not valid UTF-8"),
        tr("text holds an unpaired surrogate (\\ud800–\\udfff)"),
        tr("values are nested too deeply"),
        tr('not a JourneyDesigner file (format must be "journeydesigner")'),
        tr("required field is missing"),
        tr("must be a finite number"),
        tr("must be a data:image/png;base64,… or data:image/jpeg;base64,… URL"),
        tr("image is larger than 2 MiB"),
        tr("image is not valid base64"),
        tr("Input should be a valid string"),
        tr("Input should be a valid integer"),
        tr("Input should be a valid boolean"),
        tr("Input should be a valid list"),
        # what the top level is instead of an object
        tr("an array"),
        tr("a string"),
        tr("a number"),
        tr("a boolean"),
        # the JSON parser's complaints, as fileio.json_complaint words them
        tr("a value (text, number, object, list, true, false or null) should be here"),
        tr("a comma or a closing bracket should be here"),
        tr("a colon should be here, after the key"),
        tr("a key in double quotes should be here (JSON allows no comma before a closing "
           "brace)"),
        tr("more text follows the end of the JSON document"),
        tr("the text that starts here is never closed; the file may have been cut short"),
        tr("a text holds a tab, line break or other control character; write it as an "
           "escape such as \\n"),
        tr("a backslash in a text starts no valid escape; write \\\\ for a backslash"),
        tr("a \\u escape in a text needs four hexadecimal digits"),
        tr("a comma cannot come right before the end of an object"),
        tr("a comma cannot come right before the end of a list"),
        tr("the file ends before the JSON document is complete; it may have been cut short"),
        # saving a file
        tr("the file is read-only (its permissions forbid changing it)"),
        # what a path names instead of a regular file (fileio.not_a_file)
        tr("a folder"),
        tr("a named pipe (FIFO)"),
        tr("a socket"),
        tr("a character device"),
        tr("a block device"),
        tr("something else"),
        # the system's, when a file cannot be read
        tr("No such file or directory"),
        tr("Permission denied"),
        tr("Is a directory"),
    ]
