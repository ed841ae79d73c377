"""Spanish wording of every problem code (the window in Spanish, ``validate --lang es``)."""

from __future__ import annotations

import re

MESSAGES: dict[str, str] = {
    # the file as a whole
    "file.empty": "el archivo está vacío",
    "file.too_large": "el archivo ocupa más de {limit} MiB",
    "file.not_utf8": "el archivo no está en UTF-8 válido",
    "file.not_regular": "es {kind!t}, no un archivo normal",
    "file.os_error": "{reason!t}",
    "file.written_too_large": "guardado de nuevo, el mapa ocuparía {size:.1f} MiB, más de los "
                              "{limit} MiB que puede tener un archivo (sus números o los campos "
                              "que omite se escriben más largos)",
    # the JSON text
    "json.syntax": "no es JSON válido: {complaint!t}",
    "json.constant": "{constant} no es un número JSON válido",
    "json.number_too_large": "el número {number} es demasiado grande",
    "json.duplicate_key": 'la clave "{key}" aparece dos veces en el mismo objeto',
    "json.integer_too_long": "no es JSON válido: un número entero tiene {digits} cifras, más "
                             "del límite de {limit}",
    "json.too_deep": "hay valores anidados a más de {limit} niveles",
    "json.lone_surrogate": "el texto contiene un sustituto UTF-16 sin pareja (\\ud800–\\udfff)",
    "json.top_level": "el nivel superior debe ser un objeto JSON, no {kind!t}",
    # the document's header
    "format.not_journeydesigner": "no es un archivo de JourneyDesigner (el campo format debe "
                                  'ser "{expected}")',
    "format.newer_version": "creado con una versión más reciente de JourneyDesigner (versión "
                            "de archivo {version}; esta lee la versión {supported}); actualice "
                            "la aplicación",
    # values
    "field.missing": "falta este campo obligatorio",
    "type.text": "debe ser una cadena de texto",
    "type.integer": "debe ser un número entero",
    "type.boolean": "debe ser un valor booleano (true o false)",
    "type.list": "debe ser una lista",
    "type.object": "debe ser un objeto JSON de tipo {name}",
    "value.one_of": "debe ser {options!l}",
    "value.at_least": "debe ser mayor o igual que {limit}",
    "value.at_most": "debe ser menor o igual que {limit}",
    "text.too_long": "debe tener como máximo {limit:,} caracteres",
    "text.length": "debe tener de {low} a {high} caracteres (sin contar los espacios de los "
                   "extremos), no {length}",
    "value.bad_id": "{value!r:.80} no es un identificador válido (una letra o cifra y luego "
                    "hasta 63 letras, cifras, _ . o -)",
    "value.bad_color": "{value!r:.80} no es un color de la forma #RRGGBB",
    "value.bad_language": '{value!r:.80} no es una etiqueta de idioma como "en" o "es-MX"',
    "number.expected": "debe ser un número de {low:g} a {high:g}",
    "number.not_finite": "debe ser un número finito",
    "number.out_of_range": "debe estar entre {low:g} y {high:g}, no {value:g}",
    "number.out_of_range_long": "debe estar entre {low:g} y {high:g}, no {start}… ({digits} "
                                "cifras)",
    "integer.expected": "debe ser un número entero, no {value!j}",
    "timestamp.invalid": "{value!j} no es una fecha y hora ISO 8601",
    "timestamp.not_utc": "{value!j} no está en UTC (debe terminar en Z)",
    "image.not_data_url": "debe ser una URL de datos (data:image/png;base64,… o "
                          "data:image/jpeg;base64,…)",
    "image.too_large": "la imagen ocupa más de {limit} MiB",
    "image.not_base64": "la imagen no está en base64 válido",
    "image.wrong_kind": "los datos de la imagen no son un archivo {kind}",
    "date.invalid": "{value!j} no es una fecha de la forma AAAA-MM-DD",
    "emotion_labels.count": "debe tener 5 etiquetas, no {count}",
    "evidence.no_value": "no hay ningún valor de {metric} para esta evidencia",
    "evidence.low_above_value": "el mínimo {low:g} está por encima del valor {value:g}",
    "evidence.high_below_value": "el máximo {high:g} está por debajo del valor {value:g}",
    "evidence.dates_reversed": "la fecha final {end} es anterior a la inicial {start}",
    "value.invalid": "el valor no es válido (regla {type})",
    # rules spanning the document
    "document.no_stages": "un mapa necesita al menos una etapa",
    "document.no_channels": "un mapa necesita al menos un canal",
    "reference.id_used_by": 'el identificador "{id}" ya lo usa {by}',
    "reference.no_stage": 'no hay ninguna etapa con el identificador "{id}"',
    "reference.no_channel": 'no hay ningún canal con el identificador "{id}"',
    "reference.no_persona": 'no hay ninguna persona con el identificador "{id}"',
    "reference.no_touchpoint": 'no hay ningún punto de contacto con el identificador "{id}"',
    "reference.no_connection": 'no hay ningún camino con el identificador "{id}"',
    "reference.no_lane": 'no hay ningún carril con el identificador "{id}"',
    "reference.no_note": 'no hay ninguna nota con el identificador "{id}"',
    "reference.persona_twice": 'la persona "{id}" aparece dos veces',
    "reference.touchpoint_twice": 'el punto de contacto "{id}" aparece dos veces',
    "note.lane_computed": 'el carril "{id}" se calcula ({kind}) y no contiene notas',
    "connection.to_itself": "un camino no puede ir de un punto de contacto a sí mismo",
    "connection.duplicate": "mismo origen, destino y polaridad que {other}",
    # the limits of a map
    "limits.too_many": "más de {limit:,} {collection!t}: JourneyDesigner abre mapas de hasta "
                       "{limit:,} {collection!t}",
    # edits
    "edit.no_cell": "un punto de contacto solo puede ir en una etapa y un canal existentes",
    "edit.id_fixed": "los identificadores no se pueden cambiar",
    "edit.id_used": 'el identificador "{id}" ya está en uso',
    "edit.connection_ends": "un camino necesita dos puntos de contacto existentes",
    "edit.connection_exists": "estos puntos de contacto ya tienen un camino de ese tipo",
    # the clipboard
    "clipboard.not_ours": "el portapapeles no contiene puntos de contacto de JourneyDesigner",
    "clipboard.damaged": "los puntos de contacto del portapapeles están dañados",
    "clipboard.empty": "el portapapeles no contiene puntos de contacto",
    # saving
    "save.read_only": "el archivo es de solo lectura (sus permisos impiden cambiarlo)",
    "save.too_many": "el mapa tiene más de {limit:,} {collection!t}: JourneyDesigner abre "
                     "mapas de hasta {limit:,} {collection!t}",
    "save.too_large": "el mapa ocuparía {size:.1f} MiB, más de los {limit} MiB que puede "
                      "tener un archivo",
    "save.os_error": "{reason!t}",
    # survey responses
    "survey.no_touchpoint_column": "no hay columna de punto de contacto: ninguna de las "
                                   "columnas ({headers}) se llama «punto de contacto» o "
                                   "«touchpoint»",
    "survey.no_score_column": "no hay columna de puntuación: ninguna de las columnas "
                              "({headers}) se llama «nps», «csat» o «ces»",
    "survey.no_such_column": "no hay ninguna columna llamada {name!j} (las columnas son "
                             "{headers})",
    "survey.column_twice": "las columnas {headers} son todas columnas {role!j}: indique "
                           "cuál usar",
    "survey.csv_invalid": "no es un archivo CSV legible: {detail}",
    "survey.not_xlsx": "no es un libro XLSX (no es un archivo ZIP)",
    "survey.xlsx_damaged": "el libro está dañado: {detail}",
    "survey.no_sheet": "no hay ninguna hoja llamada {name!j} (las hojas son {sheets})",
    "survey.no_responses": "el archivo no contiene respuestas que importar",
    "survey.score_invalid": "{value!j} no es un número entero de {low} a {high}",
    "survey.score_out_of_range": "{value!j} está fuera de {low}–{high}",
    "survey.no_touchpoint": "no hay ningún punto de contacto con el identificador o el "
                            "título {value!j}",
    "survey.touchpoint_ambiguous": "{value!j} es el título de varios puntos de contacto "
                                   "({ids!l}): indique el identificador",
    "survey.touchpoint_empty": "falta el punto de contacto de estas respuestas",
    "survey.date_invalid": "{value!j} no es una fecha ISO (AAAA-MM-DD) ni una fecha y hora",
    "survey.comment_too_long": "el comentario tiene {length:,} caracteres, más de los "
                               "{limit:,} que puede tener una cita",
    "survey.more_problems": "y {count:,} problemas más",
    # recovery files
    "recovery.too_large": "el archivo de recuperación es demasiado grande",
    "recovery.no_document": "el archivo de recuperación no contiene ningún documento",
}

#: The system's messages (``strerror``) this table words; others are shown as they are.
_SYSTEM = {
    "No such file or directory": "no existe el archivo o la carpeta",
    "Permission denied": "permiso denegado",
    "Is a directory": "es una carpeta",
    "Not a directory": "una parte de la ruta no es una carpeta",
    "File name too long": "el nombre del archivo es demasiado largo",
    "No space left on device": "no queda espacio en el disco",
    "Disk quota exceeded": "se ha superado la cuota de disco",
    "Read-only file system": "el sistema de archivos es de solo lectura",
    "Operation not permitted": "operación no permitida",
    "Input/output error": "error de entrada/salida",
    "Too many levels of symbolic links": "demasiados niveles de enlaces simbólicos",
    "Device or resource busy": "el dispositivo o recurso está ocupado",
    "File exists": "el archivo ya existe",
    "Too many open files": "hay demasiados archivos abiertos",
    "Stale file handle": "el archivo ya no está disponible (unidad de red)",
    "No such device or address": "no existe el dispositivo o la dirección",
}

TERMS: dict[str, dict[str, str]] = {
    "kind": {
        "array": "una lista",
        "string": "una cadena de texto",
        "number": "un número",
        "boolean": "un valor booleano",
        "null": "null",
        "folder": "una carpeta",
        "fifo": "una tubería con nombre (FIFO)",
        "socket": "un socket",
        "character_device": "un dispositivo de caracteres",
        "block_device": "un dispositivo de bloques",
        "other": "otra cosa",
    },
    "complaint": {
        "expecting_value": "aquí debería haber un valor (texto, número, objeto, lista, true, "
                           "false o null)",
        "expecting_comma": "aquí debería haber una coma o un corchete o llave de cierre",
        "expecting_colon": "aquí debería haber dos puntos, después de la clave",
        "expecting_key": "aquí debería haber una clave entre comillas dobles (JSON no admite "
                         "una coma antes de una llave de cierre)",
        "extra_data": "hay más texto después del final del documento JSON",
        "unterminated_string": "el texto que empieza aquí no se cierra nunca; puede que el "
                               "archivo esté cortado",
        "control_character": "un texto contiene un tabulador, un salto de línea u otro "
                             "carácter de control; escríbalo como un escape, por ejemplo \\n",
        "bad_escape": "una barra invertida en un texto no empieza ningún escape válido; "
                      "escriba \\\\ para una barra invertida",
        "bad_unicode_escape": "un escape \\u en un texto necesita cuatro cifras hexadecimales",
        "trailing_comma_object": "no puede haber una coma justo antes del final de un objeto",
        "trailing_comma_array": "no puede haber una coma justo antes del final de una lista",
        "cut_short": "el archivo termina antes de que el documento JSON esté completo; puede "
                     "que esté cortado",
    },
    "collection": {
        "stages": "etapas",
        "channels": "canales",
        "personas": "personas",
        "touchpoints": "puntos de contacto",
        "connections": "caminos (conexiones)",
        "lanes": "carriles",
        "notes": "notas",
    },
    "reason": _SYSTEM,
}

PLACES = {
    "line": "línea {line}, columna {column}",
    "byte": "byte {byte} (línea {line})",
    "path": "{path} ({where})",
    "row": "fila {row}",
    "row_column": "fila {row}, columna {header}",
}

_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def number(text: str) -> str:
    """A number as ``format`` wrote it in English, written the Spanish way: a decimal
    comma, and thousands apart by a space from five digits on (10 000, but 1000)."""
    def regroup(match: re.Match[str]) -> str:
        digits = match.group().replace(",", "")
        return digits if len(digits) <= 4 else match.group().replace(",", "\u00a0")

    return _GROUPED.sub(regroup, text).replace(".", ",")


def alternatives(items: list[str]) -> str:
    """``'a', 'b' o 'c'``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} o {items[-1]}"
