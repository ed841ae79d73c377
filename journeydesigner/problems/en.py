"""English wording of every problem code (the command line's by default)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # the file as a whole
    "file.empty": "the file is empty",
    "file.too_large": "the file is larger than {limit} MiB",
    "file.not_utf8": "the file is not valid UTF-8",
    "file.not_regular": "is {kind!t}, not a regular file",
    "file.os_error": "{reason!t}",
    "file.written_too_large": "saved again, the map would take {size:.1f} MiB, more than the "
                              "{limit} MiB a file may have (its numbers or the fields it leaves "
                              "out are written longer)",
    # the JSON text
    "json.syntax": "not valid JSON: {complaint!t}",
    "json.constant": "{constant} is not a valid JSON number",
    "json.number_too_large": "number {number} is too large",
    "json.duplicate_key": 'key "{key}" appears twice in one object',
    "json.integer_too_long": "not valid JSON: Exceeds the limit ({limit} digits) for integer "
                             "string conversion: value has {digits} digits; use "
                             "sys.set_int_max_str_digits() to increase the limit",
    "json.too_deep": "values are nested deeper than {limit} levels",
    "json.lone_surrogate": "text holds an unpaired surrogate (\\ud800–\\udfff)",
    "json.top_level": "the top level must be a JSON object, not {kind!t}",
    # the document's header
    "format.not_journeydesigner": 'not a JourneyDesigner file (format must be "{expected}")',
    "format.newer_version": "made by a newer version of JourneyDesigner (file version "
                            "{version}, this one reads version {supported}); please update "
                            "the application",
    # values
    "field.missing": "required field is missing",
    "type.text": "Input should be a valid string",
    "type.integer": "Input should be a valid integer",
    "type.boolean": "Input should be a valid boolean",
    "type.list": "Input should be a valid list",
    "type.object": "Input should be a valid dictionary or instance of {name}",
    "value.one_of": "Input should be {options!l}",
    "value.at_least": "Input should be greater than or equal to {limit}",
    "value.at_most": "Input should be less than or equal to {limit}",
    "text.too_long": "String should have at most {limit} characters",
    "text.length": "must be {low} to {high} characters long (after trimming), not {length}",
    "value.bad_id": "{value!r:.80} is not a valid id (a letter or digit, then up to 63 "
                    "letters, digits, _ . or -)",
    "value.bad_color": "{value!r:.80} is not a colour of the form #RRGGBB",
    "value.bad_language": '{value!r:.80} is not a language tag such as "en" or "es-MX"',
    "number.expected": "must be a number from {low:g} to {high:g}",
    "number.not_finite": "must be a finite number",
    "number.out_of_range": "must be from {low:g} to {high:g}, not {value:g}",
    "number.out_of_range_long": "must be from {low:g} to {high:g}, not {start}… ({digits} "
                                "digits)",
    "integer.expected": "must be an integer, not {value!j}",
    "timestamp.invalid": "{value!j} is not an ISO 8601 timestamp",
    "timestamp.not_utc": "{value!j} is not in UTC (end it with Z)",
    "image.not_data_url": "must be a data:image/png;base64,… or data:image/jpeg;base64,… URL",
    "image.too_large": "image is larger than {limit} MiB",
    "image.not_base64": "image is not valid base64",
    "image.wrong_kind": "image data is not a {kind} file",
    "date.invalid": "{value!j} is not a date of the form YYYY-MM-DD",
    "emotion_labels.count": "must hold 5 labels, not {count}",
    "evidence.no_value": "there is no {metric} value for this evidence",
    "evidence.low_above_value": "low {low:g} is above the value {value:g}",
    "evidence.high_below_value": "high {high:g} is below the value {value:g}",
    "evidence.dates_reversed": "to {end} is before from {start}",
    "value.invalid": "{detail}",
    # rules spanning the document
    "document.no_stages": "a journey needs at least one stage",
    "document.no_channels": "a journey needs at least one channel",
    "reference.id_used_by": 'id "{id}" is already used by {by}',
    "reference.no_stage": 'no stage with id "{id}"',
    "reference.no_channel": 'no channel with id "{id}"',
    "reference.no_persona": 'no persona with id "{id}"',
    "reference.no_touchpoint": 'no touchpoint with id "{id}"',
    "reference.no_connection": 'no connection with id "{id}"',
    "reference.no_lane": 'no lane with id "{id}"',
    "reference.no_note": 'no note with id "{id}"',
    "reference.persona_twice": 'persona "{id}" is listed twice',
    "reference.touchpoint_twice": 'touchpoint "{id}" is listed twice',
    "note.lane_computed": 'lane "{id}" is computed ({kind}) and holds no notes',
    "connection.to_itself": "a connection cannot lead from a touchpoint to itself",
    "connection.duplicate": "same source, target and polarity as {other}",
    # the limits of a map
    "limits.too_many": "more than {limit:,} {collection!t}: JourneyDesigner opens maps of up "
                       "to {limit:,} {collection!t}",
    # edits
    "edit.no_cell": "a touchpoint can only be placed in an existing stage and channel",
    "edit.id_fixed": "ids cannot be changed",
    "edit.id_used": 'id "{id}" is already used',
    "edit.connection_ends": "a connection needs two existing touchpoints",
    "edit.connection_exists": "these touchpoints already have a connection of that kind",
    # the clipboard
    "clipboard.not_ours": "the clipboard holds no JourneyDesigner touchpoints",
    "clipboard.damaged": "the clipboard's touchpoints are damaged",
    "clipboard.empty": "the clipboard holds no touchpoints",
    # saving
    "save.read_only": "the file is read-only (its permissions forbid changing it)",
    "save.too_many": "the map has more than {limit:,} {collection!t}: JourneyDesigner opens "
                     "maps of up to {limit:,} {collection!t}",
    "save.too_large": "the map would take {size:.1f} MiB, more than the {limit} MiB a file "
                      "may have",
    "save.os_error": "{reason!t}",
    # survey responses
    "survey.no_touchpoint_column": 'no touchpoint column: none of the columns ({headers}) '
                                   'is named "touchpoint" or "punto de contacto"',
    "survey.no_score_column": 'no score column: none of the columns ({headers}) is named '
                              '"nps", "csat" or "ces"',
    "survey.no_such_column": "no column named {name!j} (the columns are {headers})",
    "survey.column_twice": "the columns {headers} are all {role!j} columns: name the one "
                           "to use",
    "survey.csv_invalid": "not a CSV file that can be read: {detail}",
    "survey.not_xlsx": "not an XLSX workbook (it is not a ZIP archive)",
    "survey.xlsx_damaged": "the workbook is damaged: {detail}",
    "survey.no_sheet": "no sheet named {name!j} (the sheets are {sheets})",
    "survey.no_responses": "the file holds no responses to import",
    "survey.score_invalid": "{value!j} is not a whole number from {low} to {high}",
    "survey.score_out_of_range": "{value!j} is outside {low}–{high}",
    "survey.no_touchpoint": "no touchpoint with id or title {value!j}",
    "survey.touchpoint_ambiguous": "{value!j} is the title of several touchpoints "
                                   "({ids!l}): give the id",
    "survey.touchpoint_empty": "no touchpoint given for these answers",
    "survey.date_invalid": "{value!j} is not an ISO date (YYYY-MM-DD) or date and time",
    "survey.comment_too_long": "the comment has {length:,} characters, more than the {limit:,} "
                               "a quote may have",
    "survey.more_problems": "and {count:,} more problems",
    # recovery files
    "recovery.too_large": "the recovery file is too large",
    "recovery.no_document": "no document in the recovery file",
}

#: Words for parameter values, by parameter name (``{kind!t}``).
TERMS: dict[str, dict[str, str]] = {
    "kind": {
        # what the top level is instead of an object
        "array": "an array",
        "string": "a string",
        "number": "a number",
        "boolean": "a boolean",
        "null": "null",
        # what a path names instead of a regular file
        "folder": "a folder",
        "fifo": "a named pipe (FIFO)",
        "socket": "a socket",
        "character_device": "a character device",
        "block_device": "a block device",
        "other": "something else",
    },
    "complaint": {
        "expecting_value": "a value (text, number, object, list, true, false or null) "
                           "should be here",
        "expecting_comma": "a comma or a closing bracket should be here",
        "expecting_colon": "a colon should be here, after the key",
        "expecting_key": "a key in double quotes should be here (JSON allows no comma "
                         "before a closing brace)",
        "extra_data": "more text follows the end of the JSON document",
        "unterminated_string": "the text that starts here is never closed; the file may "
                               "have been cut short",
        "control_character": "a text holds a tab, line break or other control character; "
                             "write it as an escape such as \\n",
        "bad_escape": "a backslash in a text starts no valid escape; write \\\\ for a "
                      "backslash",
        "bad_unicode_escape": "a \\u escape in a text needs four hexadecimal digits",
        "trailing_comma_object": "a comma cannot come right before the end of an object",
        "trailing_comma_array": "a comma cannot come right before the end of a list",
        "cut_short": "the file ends before the JSON document is complete; it may have been "
                     "cut short",
    },
    "collection": {
        "stages": "stages",
        "channels": "channels",
        "personas": "personas",
        "touchpoints": "touchpoints",
        "connections": "paths (connections)",
        "lanes": "lanes",
        "notes": "notes",
    },
}

#: How a place that is not only a path is written.
PLACES = {
    "line": "line {line}, column {column}",
    "byte": "byte {byte} (line {line})",
    "path": "{path} ({where})",
    "row": "row {row}",
    "row_column": "row {row}, column {header}",
}


def number(text: str) -> str:
    """A number as ``format`` wrote it (English already)."""
    return text


def alternatives(items: list[str]) -> str:
    """``'a', 'b' or 'c'``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"
