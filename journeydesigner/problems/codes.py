"""Every problem code with its parameters, grouped by what reports it.

A code is stable: tools may match on it, so rename none. Word each one in
:mod:`.en` and :mod:`.es` (see the package's docstring).
"""

from __future__ import annotations

from . import declare

# --- the file as a whole (fileio) ------------------------------------------------------
FILE_EMPTY = declare("file.empty")
FILE_TOO_LARGE = declare("file.too_large", "limit")  # MiB
FILE_NOT_UTF8 = declare("file.not_utf8")
#: ``kind``: folder, fifo, socket, character_device, block_device, other
FILE_NOT_REGULAR = declare("file.not_regular", "kind")
#: ``reason``: the system's message (``strerror``)
FILE_UNREADABLE = declare("file.os_error", "reason")
#: a map that opens but, written again, would take more than ``limit`` MiB
FILE_WRITTEN_TOO_LARGE = declare("file.written_too_large", "size", "limit")

# --- the JSON text (fileio.parse_json) ---------------------------------------------------
#: ``complaint``: what the parser expected (a key of ``TERMS["complaint"]``)
JSON_SYNTAX = declare("json.syntax", "complaint")
JSON_CONSTANT = declare("json.constant", "constant")  # NaN, Infinity, -Infinity
JSON_NUMBER_TOO_LARGE = declare("json.number_too_large", "number")
JSON_DUPLICATE_KEY = declare("json.duplicate_key", "key")
JSON_INTEGER_TOO_LONG = declare("json.integer_too_long", "limit", "digits")
JSON_TOO_DEEP = declare("json.too_deep", "limit")
JSON_LONE_SURROGATE = declare("json.lone_surrogate")
#: ``kind``: array, string, number, boolean, null
JSON_TOP_LEVEL = declare("json.top_level", "kind")

# --- the document's header (fileio.document_from_data) -----------------------------------
FORMAT_NOT_OURS = declare("format.not_journeydesigner", "expected")
FORMAT_NEWER_VERSION = declare("format.newer_version", "version", "supported")

# --- values (the model's validators and pydantic's own errors) --------------------------
FIELD_MISSING = declare("field.missing")
TYPE_TEXT = declare("type.text")
TYPE_INTEGER = declare("type.integer")
TYPE_BOOLEAN = declare("type.boolean")
TYPE_LIST = declare("type.list")
TYPE_OBJECT = declare("type.object", "name")  # the object's kind: Stage, TouchpointMetrics…
VALUE_ONE_OF = declare("value.one_of", "options")  # a list of the allowed values
VALUE_AT_LEAST = declare("value.at_least", "limit")
VALUE_AT_MOST = declare("value.at_most", "limit")
TEXT_TOO_LONG = declare("text.too_long", "limit")
TEXT_LENGTH = declare("text.length", "low", "high", "length")  # after trimming
VALUE_BAD_ID = declare("value.bad_id", "value")
VALUE_BAD_COLOR = declare("value.bad_color", "value")
VALUE_BAD_LANGUAGE = declare("value.bad_language", "value")
NUMBER_EXPECTED = declare("number.expected", "low", "high")
NUMBER_NOT_FINITE = declare("number.not_finite")
NUMBER_OUT_OF_RANGE = declare("number.out_of_range", "low", "high", "value")
#: an integer too long to show: its first digits and how many it has
NUMBER_OUT_OF_RANGE_LONG = declare("number.out_of_range_long", "low", "high", "start", "digits")
INTEGER_EXPECTED = declare("integer.expected", "value")
TIMESTAMP_INVALID = declare("timestamp.invalid", "value")
TIMESTAMP_NOT_UTC = declare("timestamp.not_utc", "value")
IMAGE_NOT_DATA_URL = declare("image.not_data_url")
IMAGE_TOO_LARGE = declare("image.too_large", "limit")  # MiB
IMAGE_NOT_BASE64 = declare("image.not_base64")
IMAGE_WRONG_KIND = declare("image.wrong_kind", "kind")  # PNG, JPEG
DATE_INVALID = declare("date.invalid", "value")  # not YYYY-MM-DD, or no such day
#: ``emotion_labels`` with ``count`` labels instead of five
EMOTION_LABELS_COUNT = declare("emotion_labels.count", "count")
#: ``metric``: nps, csat or ces; the evidence is at ``metrics.evidence.<metric>``
EVIDENCE_NO_VALUE = declare("evidence.no_value", "metric")
EVIDENCE_LOW_ABOVE_VALUE = declare("evidence.low_above_value", "low", "value")
EVIDENCE_HIGH_BELOW_VALUE = declare("evidence.high_below_value", "high", "value")
#: an evidence's ``from`` date (``start``) after its ``to`` date (``end``)
EVIDENCE_DATES_REVERSED = declare("evidence.dates_reversed", "start", "end")
#: a pydantic error no code above covers: its type, and pydantic's English
VALUE_INVALID = declare("value.invalid", "type", "detail")

# --- rules spanning the document (model.find_problems) ----------------------------------
NO_STAGES = declare("document.no_stages")
NO_CHANNELS = declare("document.no_channels")
ID_USED_BY = declare("reference.id_used_by", "id", "by")  # ``by``: the place of the first
NO_STAGE = declare("reference.no_stage", "id")
NO_CHANNEL = declare("reference.no_channel", "id")
NO_PERSONA = declare("reference.no_persona", "id")
NO_TOUCHPOINT = declare("reference.no_touchpoint", "id")
NO_CONNECTION = declare("reference.no_connection", "id")
NO_LANE = declare("reference.no_lane", "id")
NO_NOTE = declare("reference.no_note", "id")
PERSONA_TWICE = declare("reference.persona_twice", "id")
TOUCHPOINT_TWICE = declare("reference.touchpoint_twice", "id")
#: a note in a lane of ``kind`` pain_points or opportunities, drawn from the touchpoints
LANE_COMPUTED = declare("note.lane_computed", "id", "kind")
CONNECTION_TO_ITSELF = declare("connection.to_itself")
CONNECTION_DUPLICATE = declare("connection.duplicate", "other")  # the place of the first

# --- the limits of a map (limits) --------------------------------------------------------
#: ``collection``: stages, channels, personas, touchpoints, connections, lanes, notes
TOO_MANY = declare("limits.too_many", "collection", "limit")

# --- edits -------------------------------------------------------------------------------
EDIT_NO_CELL = declare("edit.no_cell")
EDIT_ID_FIXED = declare("edit.id_fixed")
EDIT_ID_USED = declare("edit.id_used", "id")
EDIT_CONNECTION_ENDS = declare("edit.connection_ends")
EDIT_CONNECTION_EXISTS = declare("edit.connection_exists")

# --- the clipboard -----------------------------------------------------------------------
CLIPBOARD_NOT_OURS = declare("clipboard.not_ours")
CLIPBOARD_DAMAGED = declare("clipboard.damaged")
CLIPBOARD_EMPTY = declare("clipboard.empty")

# --- saving ------------------------------------------------------------------------------
SAVE_READ_ONLY = declare("save.read_only")
SAVE_TOO_MANY = declare("save.too_many", "collection", "limit")
SAVE_TOO_LARGE = declare("save.too_large", "size", "limit")  # MiB
#: ``reason``: the system's message (``strerror``)
SAVE_FAILED = declare("save.os_error", "reason")

# --- survey responses (survey/) ---------------------------------------------------------
#: ``headers``: the file's column headers (the first row), quoted, apart by commas; at row 1
SURVEY_NO_TOUCHPOINT_COLUMN = declare("survey.no_touchpoint_column", "headers")
SURVEY_NO_SCORE_COLUMN = declare("survey.no_score_column", "headers")
#: a column named by the caller (``--csat NAME``) that the file lacks
SURVEY_NO_SUCH_COLUMN = declare("survey.no_such_column", "name", "headers")
#: several columns with a header of ``role`` (touchpoint, nps, csat, ces, date, comment)
SURVEY_COLUMN_TWICE = declare("survey.column_twice", "role", "headers")
#: a CSV file the csv module refuses (a NUL byte…); ``detail``: its message
SURVEY_CSV_INVALID = declare("survey.csv_invalid", "detail")
SURVEY_NOT_XLSX = declare("survey.not_xlsx")
#: a workbook that opens as a ZIP archive but not as a workbook; ``detail``: the reader's
SURVEY_XLSX_DAMAGED = declare("survey.xlsx_damaged", "detail")
SURVEY_NO_SHEET = declare("survey.no_sheet", "name", "sheets")
#: a file with a header row and no answer (or none left once bad rows are skipped)
SURVEY_NO_RESPONSES = declare("survey.no_responses")
#: a score cell of ``metric``: not a whole number, or outside ``low``–``high``
SURVEY_SCORE_INVALID = declare("survey.score_invalid", "value", "low", "high")
SURVEY_SCORE_OUT_OF_RANGE = declare("survey.score_out_of_range", "value", "low", "high")
SURVEY_NO_TOUCHPOINT = declare("survey.no_touchpoint", "value")
#: a title shared by the touchpoints ``ids``
SURVEY_TOUCHPOINT_AMBIGUOUS = declare("survey.touchpoint_ambiguous", "value", "ids")
#: a row with answers and an empty touchpoint cell
SURVEY_TOUCHPOINT_EMPTY = declare("survey.touchpoint_empty")
SURVEY_DATE_INVALID = declare("survey.date_invalid", "value")
SURVEY_COMMENT_TOO_LONG = declare("survey.comment_too_long", "limit", "length")
#: problems past the ones listed (a file whose every row is bad is not listed whole)
SURVEY_MORE_PROBLEMS = declare("survey.more_problems", "count")

# --- recovery files ----------------------------------------------------------------------
RECOVERY_TOO_LARGE = declare("recovery.too_large")
RECOVERY_NO_DOCUMENT = declare("recovery.no_document")
