<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>JourneyDesigner</name>
    <message>
      <location filename="journeydesigner/gui/application.py" />
      <source>{0}: no such file</source>
      <translation>{0}: no existe el archivo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/overview.py" />
      <source>Overview of the map</source>
      <translation>Vista general del mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/overview.py" />
      <source>Overview: click or drag to move around the map</source>
      <translation>Vista general: haga clic o arrastre para moverse por el mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/persona_strip.py" />
      <source>Filter by persona {0}</source>
      <translation>Filtrar por la persona {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/persona_strip.py" />
      <source>No personas yet</source>
      <translation>Aún no hay personas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/persona_strip.py" />
      <source>Personas of this map</source>
      <translation>Personas de este mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/persona_strip.py" />
      <source>Personas:</source>
      <translation>Personas:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/persona_strip.py" />
      <source>Show only the journey of {0}</source>
      <translation>Mostrar solo el recorrido de {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Clear</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Edit label</source>
      <translation>Editar etiqueta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Emotion</source>
      <translation>Emoción</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Journey map canvas</source>
      <translation>Lienzo del mapa de experiencia del cliente</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Move to Stage</source>
      <translation>Mover a la etapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Negative</source>
      <translation>Negativo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Neutral</source>
      <translation>Neutral</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Neutral (decision)</source>
      <translation>Neutral (decisión)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>No card or cell that way</source>
      <translation>No hay ninguna tarjeta ni celda en esa dirección</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Path cancelled</source>
      <translation>Camino cancelado</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Path from “{0}”: go to the target card and press Ctrl+K</source>
      <translation>Camino desde «{0}»: vaya a la tarjeta de destino y pulse Ctrl+K</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Path polarity</source>
      <translation>Polaridad del camino</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Path {0} added: P, N or D makes it positive, negative or a decision</source>
      <translation>Camino {0} añadido: P, N o D lo hace positivo, negativo o una decisión</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Personas</source>
      <translation>Personas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Polarity of Its Paths</source>
      <translation>Polaridad de sus caminos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Positive</source>
      <translation>Positivo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Select one card to start or end a path</source>
      <translation>Seleccione una tarjeta para empezar o terminar un camino</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Very negative</source>
      <translation>Muy negativo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/canvas/view.py" />
      <source>Very positive</source>
      <translation>Muy positivo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>1 path</source>
      <translation>1 camino</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>1 touchpoint</source>
      <translation>1 punto de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>Delete the channel “{0}” with {1} and {2}?</source>
      <translation>¿Eliminar el canal «{0}» con {1} y {2}?</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>Delete the stage “{0}” with {1} and {2}?</source>
      <translation>¿Eliminar la etapa «{0}» con {1} y {2}?</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>The paths are those to and from its touchpoints. Undo brings everything back.</source>
      <translation>Los caminos son los que llegan a sus puntos de contacto o salen de ellos. Deshacer lo recupera todo.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>no paths</source>
      <translation>ningún camino</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>no touchpoints</source>
      <translation>ningún punto de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>{0} paths</source>
      <translation>{0} caminos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/delete_header.py" />
      <source>{0} touchpoints</source>
      <translation>{0} puntos de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source> dpi</source>
      <translation> ppp</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>&amp;Browse…</source>
      <translation>E&amp;xaminar…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>&amp;Export</source>
      <translation>&amp;Exportar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>&amp;Format:</source>
      <translation>&amp;Formato:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>&amp;Orientation:</source>
      <translation>&amp;Orientación:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>&amp;Persona:</source>
      <translation>&amp;Persona:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>&amp;Resolution:</source>
      <translation>&amp;Resolución:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>A drawing of {0} × {1} points that scales without loss.</source>
      <translation>Un dibujo de {0} × {1} puntos que se escala sin pérdida de calidad.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>All personas</source>
      <translation>Todas las personas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Also: {0}.</source>
      <translation>Además: {0}.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Appendix: findings, coverage and measures</source>
      <translation>Apéndice: hallazgos, cobertura y medidas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Choose a file to export to.</source>
      <translation>Elija el archivo al que exportar.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Cover page with personas</source>
      <translation>Portada con las personas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Export &amp;anyway</source>
      <translation>Exportar &amp;de todos modos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Export Map</source>
      <translation>Exportar mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Export to</source>
      <translation>Exportar a</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Exported with notes</source>
      <translation>Exportado con observaciones</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Exporting {0}…</source>
      <translation>Exportando {0}…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>F&amp;ile:</source>
      <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>First map page</source>
      <translation>Primera página del mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Fit the map on one page</source>
      <translation>Ajustar el mapa a una página</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>JSON data</source>
      <translation>Datos JSON</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>JSON files (*.json)</source>
      <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Landscape</source>
      <translation>Horizontal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Map:</source>
      <translation>Mapa:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>No font on this computer has {0}: they print as □ in {1}.</source>
      <translation>Ninguna tipografía de este equipo tiene {0}: se imprimen como □ en {1}.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>No preview</source>
      <translation>Sin vista previa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>No preview: {0}</source>
      <translation>Sin vista previa: {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Orientation</source>
      <translation>Orientación</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Output file</source>
      <translation>Archivo de salida</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>PDF document (print)</source>
      <translation>Documento PDF (impresión)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>PNG picture</source>
      <translation>Imagen PNG</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>PNG pictures (*.png)</source>
      <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Page</source>
      <translation>Página</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Page size</source>
      <translation>Tamaño de página</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Persona</source>
      <translation>Persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Picture</source>
      <translation>Imagen</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Portrait</source>
      <translation>Vertical</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Resolution</source>
      <translation>Resolución</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>SVG drawing</source>
      <translation>Dibujo SVG</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>SVG drawings (*.svg)</source>
      <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Si&amp;ze:</source>
      <translation>&amp;Tamaño:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Some characters cannot be printed.</source>
      <translation>Algunos caracteres no se pueden imprimir.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>That is too small to read: choose Tile or a larger page.</source>
      <translation>Es demasiado pequeño para leerlo: elija dividir en varias páginas o una página más grande.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>The export failed:</source>
      <translation>No se pudo exportar:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>The map fits on one page in {0} bands; card text {1} pt.</source>
      <translation>El mapa cabe en una página en {0} franjas; texto de las tarjetas {1} pt.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>The map fits on one page; card text {0} pt.</source>
      <translation>El mapa cabe en una página; texto de las tarjetas: {0} pt.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>The map takes {0} pages ({1} rows × {2} columns); card text {3} pt.</source>
      <translation>El mapa ocupa {0} páginas ({1} filas × {2} columnas); texto de las tarjetas: {3} pt.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>The whole map in the JourneyDesigner file format (UTF-8 JSON), readable by other tools.</source>
      <translation>El mapa completo en el formato de archivo de JourneyDesigner (JSON UTF-8), legible por otras herramientas.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>Tile across pages (readable text)</source>
      <translation>Dividir en varias páginas (texto legible)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>a cover page</source>
      <translation>una portada</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>a legend page</source>
      <translation>una página de leyenda</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>and {0} more</source>
      <translation>y {0} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>card</source>
      <translation>tarjeta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>channel</source>
      <translation>canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>map</source>
      <translation>mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>path</source>
      <translation>camino</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>persona</source>
      <translation>persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>stage</source>
      <translation>etapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>the appendix</source>
      <translation>el apéndice</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>{0} was written.</source>
      <translation>Se ha guardado {0}.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/export_dialog.py" />
      <source>{0} × {1} pixels at {2} dpi.</source>
      <translation>{0} × {1} píxeles a {2} ppp.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>&amp;Create</source>
      <translation>&amp;Crear</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>New journey map</source>
      <translation>Nuevo mapa de experiencia del cliente</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>Stages</source>
      <translation>Etapas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>Stages: {0}</source>
      <translation>Etapas: {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>Start from a &amp;template:</source>
      <translation>Empezar con una &amp;plantilla:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>Templates</source>
      <translation>Plantillas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>{0} · {1} stages</source>
      <translation>{0} · {1} etapas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/new_map_dialog.py" />
      <source>{0} · {1} stages · {2} channels · {3} touchpoints</source>
      <translation>{0} · {1} etapas · {2} canales · {3} puntos de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Action for “{0}”</source>
      <translation>Acción para “{0}”</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Autosaved</source>
      <translation>Guardado automático</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Autosaved maps</source>
      <translation>Mapas guardados automáticamente</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Continue</source>
      <translation>Continuar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Decide All Later</source>
      <translation>Decidir todo más tarde</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Decide later</source>
      <translation>Decidir más tarde</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>JourneyDesigner did not close normally. These maps have changes that were autosaved but never saved. Choose what to do with each one; recovered maps open with their changes, still unsaved.</source>
      <translation>JourneyDesigner no se cerró correctamente. Estos mapas tienen cambios guardados automáticamente que nunca se llegaron a guardar. Elija qué hacer con cada uno; los mapas recuperados se abren con sus cambios, todavía sin guardar.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Keep every autosaved map and ask again at the next start</source>
      <translation>Conservar todos los mapas guardados automáticamente y volver a preguntar en el próximo inicio</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Map</source>
      <translation>Mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Recover</source>
      <translation>Recuperar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Recover unsaved work</source>
      <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Recovery failed</source>
      <translation>No se pudo recuperar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>These autosaved maps could not be read:</source>
      <translation>No se pudieron leer estos mapas guardados automáticamente:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Touchpoints</source>
      <translation>Puntos de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>Untitled</source>
      <translation>Sin título</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/recovery_dialog.py" />
      <source>“{0}”: {1} (kept as {2})</source>
      <translation>“{0}”: {1} (conservado como {2})</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/shortcuts_dialog.py" />
      <source>Filter shortcuts</source>
      <translation>Filtrar atajos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/shortcuts_dialog.py" />
      <source>Filter shortcuts…</source>
      <translation>Filtrar atajos…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/shortcuts_dialog.py" />
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/dialogs/shortcuts_dialog.py" />
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>&amp;Find…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>&amp;Toolbar</source>
      <translation>&amp;Barra de herramientas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>A small picture of the whole map in its corner</source>
      <translation>Una imagen pequeña de todo el mapa en su esquina</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>Find Ne&amp;xt</source>
      <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>Find Pre&amp;vious</source>
      <translation>Buscar anter&amp;ior</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>Find cards, stages, channels and paths by text</source>
      <translation>Buscar tarjetas, etapas, canales y caminos por su texto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>O&amp;verview</source>
      <translation>Vista &amp;general</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>Select something to zoom onto first</source>
      <translation>Seleccione primero algo a lo que acercarse</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>Zoom onto what is selected</source>
      <translation>Acercarse a lo seleccionado</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/drawing_tools.py" />
      <source>Zoom to &amp;Selection</source>
      <translation>Zoom a la &amp;selección</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/edit_operations.py" />
      <source>Drag from a card's + handle onto another card to draw a path</source>
      <translation>Arrastre desde el tirador + de una tarjeta hasta otra tarjeta para dibujar un camino</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/edit_operations.py" />
      <source>Select a cell or a card first</source>
      <translation>Seleccione primero una celda o una tarjeta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_dialogs.py" />
      <source>Journey maps (*.journey);;JSON (*.json);;All files (*)</source>
      <translation>Mapas de experiencia (*.journey);;JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_operations.py" />
      <source>Cannot open file</source>
      <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_operations.py" />
      <source>Map in use</source>
      <translation>Mapa en uso</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_operations.py" />
      <source>Open journey map</source>
      <translation>Abrir mapa de experiencia del cliente</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_operations.py" />
      <source>Opened without a lock file: {0}</source>
      <translation>Abierto sin archivo de bloqueo: {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_operations.py" />
      <source>Removed the lock left by a JourneyDesigner that did not close normally</source>
      <translation>Se quitó el bloqueo que dejó un JourneyDesigner que no se cerró con normalidad</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_operations.py" />
      <source>The lock of {0} could not be taken over.</source>
      <translation>No se pudo tomar el bloqueo de {0}.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_operations.py" />
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_operations.py" />
      <source>{0} cannot be opened:</source>
      <translation>No se puede abrir {0}:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_operations.py" />
      <source>“{0}” has unsaved changes. Save them first?</source>
      <translation>“{0}” tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>Export JSON</source>
      <translation>Exportar JSON</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>Export failed</source>
      <translation>No se pudo exportar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>Exported {0}</source>
      <translation>Exportado: {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>File changed on disk</source>
      <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>Overwrite</source>
      <translation>Sobrescribir</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>Save As…</source>
      <translation>Guardar como…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>Save failed</source>
      <translation>No se pudo guardar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>Save journey map</source>
      <translation>Guardar mapa de experiencia del cliente</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>Saved {0}</source>
      <translation>Guardado: {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>The map was not saved: {0}
The file on disk is unchanged. Save it somewhere else?</source>
      <translation>El mapa no se ha guardado: {0}
El archivo en el disco no ha cambiado. ¿Desea guardarlo en otro lugar?</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>{0} is open in JourneyDesigner (process {1} on {2}). Save under another name.</source>
      <translation>{0} está abierto en JourneyDesigner (proceso {1} en {2}). Guárdelo con otro nombre.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/file_saving.py" />
      <source>“{0}” was changed by another program since it was opened or last saved here. Overwrite those changes?</source>
      <translation>Otro programa cambió «{0}» desde que se abrió o se guardó aquí por última vez. ¿Sobrescribir esos cambios?</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>1 match</source>
      <translation>1 coincidencia</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Card</source>
      <translation>Tarjeta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Close (Esc)</source>
      <translation>Cerrar (Esc)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Find</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Find cards, stages, channels and paths</source>
      <translation>Buscar tarjetas, etapas, canales y caminos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Find:</source>
      <translation>Buscar:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Next match (Enter, F3)</source>
      <translation>Siguiente coincidencia (Intro, F3)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>No matches</source>
      <translation>Sin coincidencias</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Path</source>
      <translation>Camino</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Previous match (Shift+F3)</source>
      <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>Stage</source>
      <translation>Etapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>in a pain point</source>
      <translation>en un punto de dolor</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>in a tag</source>
      <translation>en una etiqueta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>in an opportunity</source>
      <translation>en una oportunidad</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>in the description</source>
      <translation>en la descripción</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>in the notes</source>
      <translation>en las notas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>{0} matches</source>
      <translation>{0} coincidencias</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/find_bar.py" />
      <source>{0} of {1}</source>
      <translation>{0} de {1}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/i18n.py" />
      <source>Letter</source>
      <translation>Carta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/i18n.py" />
      <source>Tabloid</source>
      <translation>Tabloide</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/locks.py" />
      <source>&amp;Take Over</source>
      <translation>&amp;Tomar el control</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/locks.py" />
      <source>Open &amp;Read-Only</source>
      <translation>Abrir en modo de &amp;solo lectura</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/locks.py" />
      <source>Open a &amp;Copy</source>
      <translation>Abrir una &amp;copia</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/locks.py" />
      <source>This map</source>
      <translation>Este mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/locks.py" />
      <source>no permission to create the lock file</source>
      <translation>no hay permiso para crear el archivo de bloqueo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/locks.py" />
      <source>the lock file cannot be created</source>
      <translation>no se puede crear el archivo de bloqueo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/locks.py" />
      <source>{0} is already open in JourneyDesigner (process {1} on {2}, {3}) since {4}. Open it read-only, or open a copy to edit and save under another name.</source>
      <translation>{0} ya está abierto en JourneyDesigner (proceso {1} en {2}, {3}) desde {4}. Ábralo en modo de solo lectura o abra una copia para editarla y guardarla con otro nombre.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/locks.py" />
      <source>{0} is open in JourneyDesigner on the computer “{2}” (process {1}) since {3}. Take over only if it is not open there any more; otherwise one of you will overwrite the other's changes.</source>
      <translation>{0} está abierto en JourneyDesigner en el equipo “{2}” (proceso {1}) desde {3}. Tome el control solo si allí ya no está abierto; de lo contrario, uno de ustedes sobrescribirá los cambios del otro.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/locks.py" />
      <source>{0} was locked by JourneyDesigner (process {1} on {2}) since {3}, but that program is no longer running. You can take over the lock safely.</source>
      <translation>{0} estaba bloqueado por JourneyDesigner (proceso {1} en {2}) desde {3}, pero ese programa ya no se está ejecutando. Puede tomar el control del bloqueo sin riesgo.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>&lt;opened&gt;</source>
      <translation>&lt;al abrir&gt;</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>Autosave failed: {0}</source>
      <translation>Falló el guardado automático: {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>Ready</source>
      <translation>Listo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>Showing all personas</source>
      <translation>Mostrando todas las personas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>Showing the journey of {0}</source>
      <translation>Mostrando el recorrido de {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>Undo history</source>
      <translation>Historial de deshacer</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>Zoom {0} %</source>
      <translation>Zoom {0} %</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/main_window.py" />
      <source>[read-only]</source>
      <translation>[solo lectura]</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Analyse the whole map or what one persona lives</source>
      <translation>Analizar el mapa completo o lo que vive una persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Analysis</source>
      <translation>Análisis</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Analysis findings</source>
      <translation>Hallazgos del análisis</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Analysis summary</source>
      <translation>Resumen del análisis</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Findings grouped by category; select one to highlight it on the map</source>
      <translation>Hallazgos agrupados por categoría; seleccione uno para resaltarlo en el mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Information</source>
      <translation>Información</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Persona to analyse</source>
      <translation>Persona a analizar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Persona:</source>
      <translation>Persona:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/analysis.py" />
      <source>Warning</source>
      <translation>Advertencia</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/map_properties.py" />
      <source>Journey map</source>
      <translation>Mapa de experiencia</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/map_properties.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/map_properties.py" />
      <source>The language the map is written in, as a tag such as “en” or “es-MX”: the words JourneyDesigner adds to the map and its exports, and the touchpoint library, follow it</source>
      <translation>El idioma en que está escrito el mapa, como una etiqueta del tipo «en» o «es-MX»: lo siguen las palabras que JourneyDesigner añade al mapa y a sus exportaciones, y la biblioteca de puntos de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/map_properties.py" />
      <source>created {0}</source>
      <translation>creado el {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/map_properties.py" />
      <source>en, es, es-MX…</source>
      <translation>en, es, es-MX…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/map_properties.py" />
      <source>modified {0}</source>
      <translation>modificado el {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>After</source>
      <translation>Después</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>Before</source>
      <translation>Antes</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>Drag a touchpoint onto the map, or double-click it.</source>
      <translation>Arrastre un punto de contacto al mapa o haga doble clic en él.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>During</source>
      <translation>Durante</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>Help</source>
      <translation>Ayuda</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>No touchpoint matches “{0}”.</source>
      <translation>Ningún punto de contacto coincide con “{0}”.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>Search touchpoints</source>
      <translation>Buscar puntos de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>Search touchpoints…</source>
      <translation>Buscar puntos de contacto…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>The touchpoint library cannot be read:</source>
      <translation>No se puede leer la biblioteca de puntos de contacto:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>Touchpoint library</source>
      <translation>Biblioteca de puntos de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>digital</source>
      <translation>digital</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>digital or in person</source>
      <translation>digital o presencial</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/palette.py" />
      <source>in person</source>
      <translation>presencial</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>1 connection</source>
      <translation>1 conexión</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>A PNG or JPEG file of at most 2 MiB and {0}×{0} pixels</source>
      <translation>Un archivo PNG o JPEG de 2 MiB y {0}×{0} píxeles como máximo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Add</source>
      <translation>Añadir</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Add a new persona</source>
      <translation>Añadir una nueva persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Add persona</source>
      <translation>Añadir persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Age</source>
      <translation>Edad</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Age in years, 0 to 150; empty = not set</source>
      <translation>Edad en años, de 0 a 150; vacío = sin definir</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Cannot show</source>
      <translation>No se puede mostrar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Choose a persona image</source>
      <translation>Elegir una imagen para la persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Choose image</source>
      <translation>Elegir imagen</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Colour</source>
      <translation>Color</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Delete persona</source>
      <translation>Eliminar persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Delete the selected persona</source>
      <translation>Eliminar la persona seleccionada</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Dim what the chosen persona does not live</source>
      <translation>Atenuar lo que no vive la persona elegida</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Frustrations</source>
      <translation>Frustraciones</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Goals</source>
      <translation>Objetivos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Habits</source>
      <translation>Hábitos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Image</source>
      <translation>Imagen</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Image of {0}</source>
      <translation>Imagen de {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Map for</source>
      <translation>Mapa para</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Map for:</source>
      <translation>Mapa para:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Move down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Move persona down</source>
      <translation>Bajar persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Move persona up</source>
      <translation>Subir persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Move up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Needs</source>
      <translation>Necesidades</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>New persona</source>
      <translation>Nueva persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>No image</source>
      <translation>Sin imagen</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>No persona selected</source>
      <translation>Ninguna persona seleccionada</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)</source>
      <translation>Imágenes PNG o JPEG (*.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Persona colour</source>
      <translation>Color de la persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Persona filter</source>
      <translation>Filtro de persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Persona image</source>
      <translation>Imagen de la persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Persona name</source>
      <translation>Nombre de la persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Remove image</source>
      <translation>Quitar imagen</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Remove the image from this persona</source>
      <translation>Quitar la imagen de esta persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Select a persona, or add one.</source>
      <translation>Seleccione una persona o añada una.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>Separator</source>
      <translation>Separador</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>The JPEG image is damaged: its size cannot be read.</source>
      <translation>La imagen JPEG está dañada: no se puede leer su tamaño.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>The PNG image is damaged: its size cannot be read.</source>
      <translation>La imagen PNG está dañada: no se puede leer su tamaño.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>The age must be a whole number from 0 to 150, or empty.</source>
      <translation>La edad debe ser un número entero de 0 a 150 o quedar vacía.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>The image is damaged: it has no pixels.</source>
      <translation>La imagen está dañada: no tiene píxeles.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>The image is {0:.1f} MiB; at most 2 MiB is allowed.</source>
      <translation>La imagen ocupa {0:.1f} MiB; se permiten 2 MiB como máximo.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>The image is {0}×{1} pixels; at most {2}×{2} is allowed.</source>
      <translation>La imagen mide {0}×{1} píxeles; se permiten {2}×{2} como máximo.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>This is not a PNG or JPEG image.</source>
      <translation>No es una imagen PNG ni JPEG.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>This journey has no personas yet. Add one to describe who lives it.</source>
      <translation>Este recorrido aún no tiene personas. Añada una para describir quién lo vive.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>id: {0}</source>
      <translation>id: {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>not set (0 to 150)</source>
      <translation>sin definir (0 a 150)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>{0} and {1}</source>
      <translation>{0} y {1}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>{0} connections</source>
      <translation>{0} conexiones</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>“{0}” cannot be read: {1}</source>
      <translation>No se puede leer “{0}”: {1}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>“{0}” cannot be used. {1}</source>
      <translation>No se puede usar “{0}”. {1}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>“{0}” is assigned to {1}. Delete the persona and remove it from them?</source>
      <translation>“{0}” está asignada a {1}. ¿Eliminar la persona y quitar esas asignaciones?</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/personas.py" />
      <source>“{0}” is {1:.1f} MiB; images may be at most 2 MiB.</source>
      <translation>“{0}” ocupa {1:.1f} MiB; las imágenes pueden ocupar 2 MiB como máximo.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>+1 Positive</source>
      <translation>+1 Positivo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>+2 Very positive</source>
      <translation>+2 Muy positivo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>0 Neutral</source>
      <translation>0 Neutral</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>A moment that decides the relationship</source>
      <translation>Un momento que decide la relación</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>A number from {0} to {1}{2}; empty = not set</source>
      <translation>Un número de {0} a {1}{2}; vacío = sin definir</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>CES</source>
      <translation>CES</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>CSAT</source>
      <translation>CSAT</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Choose a colour</source>
      <translation>Elegir un color</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Clear {0}</source>
      <translation>Quitar {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Controllable</source>
      <translation>Controlable</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Conversion rate (%)</source>
      <translation>Tasa de conversión (%)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Digital</source>
      <translation>Digital</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Direct contact</source>
      <translation>Contacto directo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Experience</source>
      <translation>Experiencia</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Guiding questions</source>
      <translation>Preguntas guía</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Identifier</source>
      <translation>Identificador</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>In person</source>
      <translation>Presencial</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Initiative</source>
      <translation>Iniciativa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Label</source>
      <translation>Etiqueta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Management</source>
      <translation>Gestión</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Metrics</source>
      <translation>Métricas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Moment of truth</source>
      <translation>Momento de la verdad</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>NPS</source>
      <translation>NPS</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>No colour: use the default</source>
      <translation>Sin color: usar el predeterminado</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>No selection</source>
      <translation>Sin selección</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>None checked: every persona lives this touchpoint.</source>
      <translation>Ninguna marcada: todas las personas viven este punto de contacto.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>None checked: every persona takes this path.</source>
      <translation>Ninguna marcada: todas las personas siguen este camino.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Not set</source>
      <translation>Sin definir</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>One per line</source>
      <translation>Uno por línea</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Only the checked personas live this touchpoint.</source>
      <translation>Solo las personas marcadas viven este punto de contacto.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Only the checked personas take this path.</source>
      <translation>Solo las personas marcadas siguen este camino.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Opportunities</source>
      <translation>Oportunidades</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Pain points</source>
      <translation>Puntos de dolor</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Personas hint</source>
      <translation>Indicación sobre las personas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Placement</source>
      <translation>Ubicación</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Polarity</source>
      <translation>Polaridad</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Proactive</source>
      <translation>Proactiva</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Properties</source>
      <translation>Propiedades</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Reactive</source>
      <translation>Reactiva</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Retention rate (%)</source>
      <translation>Tasa de retención (%)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Select a touchpoint, path, stage or channel</source>
      <translation>Selecciona un punto de contacto, camino, etapa o canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Team in charge</source>
      <translation>Equipo responsable</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>The organisation can change this touchpoint</source>
      <translation>La organización puede cambiar este punto de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>This journey has no personas.</source>
      <translation>Este recorrido no tiene personas.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Time order inside the stage; equal steps share a column</source>
      <translation>Orden temporal dentro de la etapa; los pasos iguales comparten columna</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>To</source>
      <translation>Hasta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Touchpoint</source>
      <translation>Punto de contacto</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>Unchecked: through a third party</source>
      <translation>Sin marcar: a través de un tercero</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>What happens on the way</source>
      <translation>Qué ocurre por el camino</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>not set ({0} to {1})</source>
      <translation>sin definir ({0} a {1})</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>“{0}” is not a number</source>
      <translation>“{0}” no es un número</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>−1 Negative</source>
      <translation>−1 Negativo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/panels/properties.py" />
      <source>−2 Very negative</source>
      <translation>−2 Muy negativo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>A new language applies when JourneyDesigner starts again.</source>
      <translation>El nuevo idioma se aplica al volver a iniciar JourneyDesigner.</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>Autosave every</source>
      <translation>Guardar automáticamente cada</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>By language</source>
      <translation>Según el idioma</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>Default page size</source>
      <translation>Tamaño de página predeterminado</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>Off</source>
      <translation>Desactivado</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>Same as the system</source>
      <translation>Igual que el sistema</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>Template for new maps</source>
      <translation>Plantilla para mapas nuevos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/preferences.py" />
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/recent_files.py" />
      <source>(none)</source>
      <translation>(ninguno)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/side_panels.py" />
      <source>&amp;Hide Panels</source>
      <translation>&amp;Ocultar paneles</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/side_panels.py" />
      <source>All the room to the map; again to bring the panels back</source>
      <translation>Todo el espacio para el mapa; otra vez para recuperar los paneles</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/stage_channel_commands.py" />
      <source>Add channel</source>
      <translation>Añadir canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/stage_channel_commands.py" />
      <source>Add stage</source>
      <translation>Añadir etapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/stage_channel_commands.py" />
      <source>Name of the new channel:</source>
      <translation>Nombre del nuevo canal:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/stage_channel_commands.py" />
      <source>Name of the new stage:</source>
      <translation>Nombre de la nueva etapa:</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/stage_channel_commands.py" />
      <source>Select a channel header first</source>
      <translation>Seleccione primero la cabecera de un canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/stage_channel_commands.py" />
      <source>Select a stage or channel header first</source>
      <translation>Seleccione primero la cabecera de una etapa o de un canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/toolbar.py" />
      <source>C&amp;onnect</source>
      <translation>C&amp;onectar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/toolbar.py" />
      <source>E&amp;motion</source>
      <translation>E&amp;moción</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/toolbar.py" />
      <source>Enter on a cell, or type</source>
      <translation>Intro en una celda, o escriba</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/toolbar.py" />
      <source>Ne&amp;w Card</source>
      <translation>Nueva tar&amp;jeta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/toolbar.py" />
      <source>Show only the journey of one persona</source>
      <translation>Mostrar solo el recorrido de una persona</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/toolbar.py" />
      <source>Start a path on the selected card, then end it on another</source>
      <translation>Empezar un camino en la tarjeta seleccionada y terminarlo en otra</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/toolbar.py" />
      <source>Toolbar</source>
      <translation>Barra de herramientas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Add channel {0}</source>
      <translation>Añadir canal {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Add path {0}</source>
      <translation>Añadir camino {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Add persona {0}</source>
      <translation>Añadir persona {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Add stage {0}</source>
      <translation>Añadir etapa {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Add touchpoint {0}</source>
      <translation>Añadir punto de contacto {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Change colour of channel {0}</source>
      <translation>Cambiar el color del canal {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Change colour of stage {0}</source>
      <translation>Cambiar el color de la etapa {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Change kind of channel {0}</source>
      <translation>Cambiar el tipo del canal {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Change language of map {0}</source>
      <translation>Cambiar el idioma del mapa {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Change personas of {0}</source>
      <translation>Cambiar las personas de {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Change personas of {0} and {1} more</source>
      <translation>Cambiar las personas de {0} y {1} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Change polarity of {0}</source>
      <translation>Cambiar la polaridad de {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Change polarity of {0} and {1} more</source>
      <translation>Cambiar la polaridad de {0} y {1} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Clear emotion of {0}</source>
      <translation>Quitar la emoción de {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Clear emotion of {0} and {1} more</source>
      <translation>Quitar la emoción de {0} y {1} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Cut {0}</source>
      <translation>Cortar {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Cut {0} and {1} more</source>
      <translation>Cortar {0} y {1} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Delete channel {0}</source>
      <translation>Eliminar el canal {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Delete persona {0}</source>
      <translation>Eliminar la persona {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Delete stage {0}</source>
      <translation>Eliminar la etapa {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Delete {0}</source>
      <translation>Eliminar {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Delete {0} and {1} more</source>
      <translation>Eliminar {0} y {1} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Duplicate {0}</source>
      <translation>Duplicar {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Duplicate {0} and {1} more</source>
      <translation>Duplicar {0} y {1} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Edit channel {0}</source>
      <translation>Editar el canal {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Edit description of map {0}</source>
      <translation>Editar la descripción del mapa {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Edit label of {0}</source>
      <translation>Editar la etiqueta de {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Edit map {0}</source>
      <translation>Editar el mapa {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Edit path {0}</source>
      <translation>Editar el camino {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Edit persona {0}</source>
      <translation>Editar la persona {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Edit stage {0}</source>
      <translation>Editar la etapa {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Edit touchpoint {0}</source>
      <translation>Editar el punto de contacto {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Move channel {0}</source>
      <translation>Mover el canal {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Move persona {0}</source>
      <translation>Mover la persona {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Move stage {0}</source>
      <translation>Mover la etapa {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Move {0}</source>
      <translation>Mover {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Move {0} and {1} more</source>
      <translation>Mover {0} y {1} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Paste {0}</source>
      <translation>Pegar {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Paste {0} and {1} more</source>
      <translation>Pegar {0} y {1} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Rename channel {0} to {1}</source>
      <translation>Cambiar el nombre del canal {0} a {1}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Rename map {0} to {1}</source>
      <translation>Cambiar el nombre del mapa {0} a {1}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Rename stage {0} to {1}</source>
      <translation>Cambiar el nombre de la etapa {0} a {1}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Rename {0} to {1}</source>
      <translation>Cambiar el nombre de {0} a {1}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Set emotion of {0}</source>
      <translation>Asignar emoción a {0}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/undo_text.py" />
      <source>Set emotion of {0} and {1} more</source>
      <translation>Asignar emoción a {0} y {1} más</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;About JourneyDesigner</source>
      <translation>A&amp;cerca de JourneyDesigner</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Actual Size</source>
      <translation>&amp;Tamaño real</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Fit to Window</source>
      <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Map</source>
      <translation>&amp;Mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Map Properties…</source>
      <translation>Propiedades del &amp;mapa…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;New…</source>
      <translation>&amp;Nuevo…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Paste</source>
      <translation>&amp;Pegar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>&amp;Workshop Mode</source>
      <translation>&amp;Modo taller</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>About JourneyDesigner</source>
      <translation>Acerca de JourneyDesigner</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Add &amp;Channel</source>
      <translation>Añadir &amp;canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Add &amp;Stage</source>
      <translation>Añadir &amp;etapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Arrow keys</source>
      <translation>Teclas de flecha</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>C&amp;olour…</source>
      <translation>C&amp;olor…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Clear the emotion of selected cards</source>
      <translation>Quitar la emoción de las tarjetas seleccionadas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Close every window</source>
      <translation>Cierra todas las ventanas</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Ctrl+Arrow keys</source>
      <translation>Ctrl+teclas de flecha</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Ctrl+wheel</source>
      <translation>Ctrl+rueda</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Cu&amp;t</source>
      <translation>Cor&amp;tar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Draw a path</source>
      <translation>Dibujar un camino</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Drop the selection, keep the cell cursor</source>
      <translation>Quitar la selección y mantener el cursor de celda</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Dupl&amp;icate</source>
      <translation>D&amp;uplicar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Enter adds, Esc ends</source>
      <translation>Intro añade, Esc termina</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Export &amp;JSON…</source>
      <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Full screen for a projector, one stage at a time</source>
      <translation>Pantalla completa para un proyector, una etapa cada vez</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Go to the nearest card (or the next empty cell)</source>
      <translation>Ir a la tarjeta más cercana (o a la siguiente celda vacía)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Make selected paths positive / negative / decisions</source>
      <translation>Hacer los caminos seleccionados positivos / negativos / decisiones</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Move Stage/Channel &amp;Earlier</source>
      <translation>&amp;Adelantar etapa/canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Move Stage/Channel &amp;Later</source>
      <translation>&amp;Retrasar etapa/canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Move selected cards by step / lane</source>
      <translation>Mover las tarjetas seleccionadas un paso / un carril</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Move the cell cursor (nothing selected)</source>
      <translation>Mover el cursor de celda (sin selección)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>New Paths Are &amp;Decisions</source>
      <translation>Nuevos caminos como &amp;decisiones</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>New Paths Are &amp;Negative</source>
      <translation>Nuevos caminos &amp;negativos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>New Paths Are &amp;Positive</source>
      <translation>Nuevos caminos &amp;positivos</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Next &amp;Panel</source>
      <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Open &amp;Recent</source>
      <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>PDF for clients, PNG or SVG images, or JSON</source>
      <translation>PDF para clientes, imágenes PNG o SVG, o JSON</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Page Down / Page Up, or → / ←</source>
      <translation>Av Pág / Re Pág, o → / ←</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Pan</source>
      <translation>Desplazar la vista</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Pre&amp;ferences…</source>
      <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Previous Pa&amp;nel</source>
      <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Quick add: type on a selected card or cell</source>
      <translation>Añadir rápido: escriba sobre una tarjeta o celda seleccionada</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Re&amp;name</source>
      <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Save &amp;As…</source>
      <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Select &amp;All</source>
      <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Set the emotion of selected cards (very negative … very positive)</source>
      <translation>Asignar la emoción de las tarjetas seleccionadas (muy negativo … muy positivo)</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Space+drag or middle button</source>
      <translation>Espacio+arrastrar o botón central</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Start a map from a template</source>
      <translation>Empezar un mapa a partir de una plantilla</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Start a path on a card, end it on another</source>
      <translation>Empezar un camino en una tarjeta y terminarlo en otra</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>The map's title, description and language</source>
      <translation>El título, la descripción y el idioma del mapa</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Toggle Channel &amp;Kind</source>
      <translation>Cambiar &amp;tipo de canal</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Workshop: focus the next lane / clear the focus</source>
      <translation>Taller: enfocar el siguiente carril / quitar el enfoque</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Workshop: leave</source>
      <translation>Taller: salir</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Workshop: next / previous stage</source>
      <translation>Taller: etapa siguiente / anterior</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Zoom</source>
      <translation>Zoom</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Zoom &amp;In</source>
      <translation>&amp;Ampliar</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>Zoom &amp;Out</source>
      <translation>&amp;Reducir</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/window_actions.py" />
      <source>drag a card's + handle onto another card</source>
      <translation>arrastre el tirador + de una tarjeta hasta otra tarjeta</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/workshop.py" />
      <source>Lane {0} of {1} — {2}</source>
      <translation>Carril {0} de {1} — {2}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/workshop.py" />
      <source>Stage {0} of {1} — {2}</source>
      <translation>Etapa {0} de {1} — {2}</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/workshop.py" />
      <source>Workshop</source>
      <translation>Taller</translation>
    </message>
    <message>
      <location filename="journeydesigner/gui/workshop.py" />
      <source>Workshop: {0}</source>
      <translation>Taller: {0}</translation>
    </message>
  </context>
</TS>
