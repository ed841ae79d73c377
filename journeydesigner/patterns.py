"""Rules of the format written as regular expressions that mean the same to the loader
(Python's ``re``) and to the JSON Schema's readers (ECMA-262, as JSON Schema asks).

Only what both dialects read alike is used: explicit character classes (``\\d``, ``\\s``
and ``.`` differ), ``$`` only where the character before it cannot be a line break
(Python's ``$`` also matches before a final ``\\n``; the loader uses ``fullmatch``).
``tests/core/test_schema_agrees.py`` runs the schema with an ECMA-262 engine over the
loader's corpora and fails on any disagreement.
"""

from __future__ import annotations

#: The characters ``str.strip()`` removes (``str.isspace``): the loader trims names with
#: it, so the schema must count the same ones as blank. ECMA-262's ``\\s`` differs
#: (it has U+FEFF and lacks U+001C–U+001F and U+0085).
WHITESPACE_CLASS = (
    "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680"
    "\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
)


def trimmed_length(high: int) -> str:
    """A pattern for text of 1 to ``high`` (at least 2) characters once the blanks at
    both ends are trimmed; the schema's ``maxLength`` would count the blanks too."""
    blank, solid = f"[{WHITESPACE_CLASS}]", f"[^{WHITESPACE_CLASS}]"
    return f"^{blank}*{solid}(?:[\\s\\S]{{0,{high - 2}}}{solid})?{blank}*$"


_LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_MONTH_DAY = (
    "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
#: A day that exists, ``YYYY-MM-DD`` (29 February in leap years only), no year 0000.
_DAY = f"(?!0000)(?:[0-9]{{4}}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
#: A date as an evidence's ``from`` and ``to`` hold it (RFC 3339 ``full-date``).
CALENDAR_DATE = f"^{_DAY}$"
#: A calendar date and a time of day (RFC 3339 ``full-date "T" partial-time``, with an
#: upper-case ``T``): real days only, no leap second (60). Expressed in the pattern
#: itself, so that the schema holds with validators that treat ``format`` as a mere
#: annotation, as JSON Schema 2020-12 lets them.
DATE_TIME = f"{_DAY}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]+)?"
#: A timestamp as the format wants it: in UTC, ending ``Z`` or ``+00:00``.
UTC_TIMESTAMP = f"^{DATE_TIME}(?:Z|\\+00:00)$"
#: The same moment with any or no offset: what is refused as "not in UTC".
ANY_OFFSET_TIMESTAMP = f"^{DATE_TIME}(?:Z|[+-][0-9]{{2}}:[0-9]{{2}})?$"

_B64 = "[A-Za-z0-9+/]"
#: Any number of 4-character groups, then the last group with its padding; the character
#: before the padding has its unused low bits zero (the only spelling an encoder writes).
_B64_REST = f"(?:{_B64}{{4}})*(?:{_B64}[AQgw]==|{_B64}{{2}}[AEIMQUYcgkosw048]=)?"
#: The start of the base64 of each picture type's signature (``89 50 4E 47 0D 0A 1A 0A``:
#: 64 bits, ten characters and four bits of the eleventh; ``FF D8 FF``: four characters).
_B64_OF_KIND = {
    "png": f"iVBORw0KGg(?:o=|[o-r]{_B64}{_B64_REST})",
    "jpeg": f"/9j/{_B64_REST}",
}
#: A persona image: a PNG or JPEG data URL in strict base64 (see ``images.strict_base64``).
IMAGE_DATA_URL = (
    "^(?:" + "|".join(f"data:image/{kind};base64,{b64}" for kind, b64 in _B64_OF_KIND.items())
    + ")$"
)


def image_length_rules(max_bytes: int) -> list[dict[str, object]]:
    """JSON Schema alternatives (``anyOf``) bounding a data URL matching
    :data:`IMAGE_DATA_URL` to at most ``max_bytes`` decoded bytes: base64 length
    alone is not enough, as the longest payload that may fit holds one or two bytes
    too many unless it ends in enough padding."""
    longest = 4 * -(-max_bytes // 3)  # characters of the longest payload that can fit
    padding = 3 * longest // 4 - max_bytes  # the = it then needs: 0, 1 or 2
    rules: list[dict[str, object]] = []
    for kind in _B64_OF_KIND:
        prefix = len(f"data:image/{kind};base64,")
        short = longest - (4 if padding else 0)
        rules.append({"pattern": f"^data:image/{kind};", "maxLength": prefix + short})
        if padding:
            rules.append({"pattern": f"^data:image/{kind};[^=]*={{{padding},2}}$",
                          "maxLength": prefix + longest})
    return rules
