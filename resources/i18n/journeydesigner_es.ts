<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnalysisDock</name>
    <message>
        <source>All personas</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Analyse the whole map or what one persona lives</source>
        <translation>Analizar el mapa completo o lo que vive una persona</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Analysis findings</source>
        <translation>Hallazgos del análisis</translation>
    </message>
    <message>
        <source>Analysis summary</source>
        <translation>Resumen del análisis</translation>
    </message>
    <message>
        <source>Findings grouped by category; select one to highlight it on the map</source>
        <translation>Hallazgos agrupados por categoría; seleccione uno para resaltarlo en el mapa</translation>
    </message>
    <message>
        <source>Persona to analyse</source>
        <translation>Persona a analizar</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona:</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>Quitar {0}</translation>
    </message>
    <message>
        <source>No colour: use the default</source>
        <translation>Sin color: usar el predeterminado</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>None checked: every persona takes this path.</source>
        <translation>Ninguna marcada: todas las personas siguen este camino.</translation>
    </message>
    <message>
        <source>Only the checked personas take this path.</source>
        <translation>Solo las personas marcadas siguen este camino.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polaridad</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>What happens on the way</source>
        <translation>Qué ocurre por el camino</translation>
    </message>
</context>
<context>
    <name>DrawingTools</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barra de herramientas</translation>
    </message>
    <message>
        <source>A small picture of the whole map in its corner</source>
        <translation>Una imagen pequeña de todo el mapa en su esquina</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar anter&amp;ior</translation>
    </message>
    <message>
        <source>Find cards, stages, channels and paths by text</source>
        <translation>Buscar tarjetas, etapas, canales y caminos por su texto</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Vista &amp;general</translation>
    </message>
    <message>
        <source>Select something to zoom onto first</source>
        <translation>Seleccione primero algo a lo que acercarse</translation>
    </message>
    <message>
        <source>Zoom onto what is selected</source>
        <translation>Acercarse a lo seleccionado</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom a la &amp;selección</translation>
    </message>
</context>
<context>
    <name>EditOperations</name>
    <message>
        <source>Drag from a card&apos;s + handle onto another card to draw a path</source>
        <translation>Arrastre desde el tirador + de una tarjeta hasta otra tarjeta para dibujar un camino</translation>
    </message>
    <message>
        <source>Select a cell or a card first</source>
        <translation>Seleccione primero una celda o una tarjeta</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>A drawing of {0} × {1} points that scales without loss.</source>
        <translation>Un dibujo de {0} × {1} puntos que se escala sin pérdida de calidad.</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Also: {0}.</source>
        <translation>Además: {0}.</translation>
    </message>
    <message>
        <source>Appendix: findings, coverage and measures</source>
        <translation>Apéndice: hallazgos, cobertura y medidas</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija el archivo al que exportar.</translation>
    </message>
    <message>
        <source>Cover page with personas</source>
        <translation>Portada con las personas</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export &amp;anyway</source>
        <translation>Exportar &amp;de todos modos</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Exportar mapa</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Exported with notes</source>
        <translation>Exportado con observaciones</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>Exportando {0}…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>First map page</source>
        <translation>Primera página del mapa</translation>
    </message>
    <message>
        <source>Fit the map on one page</source>
        <translation>Ajustar el mapa a una página</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Mapa:</translation>
    </message>
    <message>
        <source>No font on this computer has {0}: they print as □ in {1}.</source>
        <translation>Ninguna tipografía de este equipo tiene {0}: se imprimen como □ en {1}.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>No preview: {0}</source>
        <translation>Sin vista previa: {0}</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Some characters cannot be printed.</source>
        <translation>Algunos caracteres no se pueden imprimir.</translation>
    </message>
    <message>
        <source>That is too small to read: choose Tile or a larger page.</source>
        <translation>Es demasiado pequeño para leerlo: elija dividir en varias páginas o una página más grande.</translation>
    </message>
    <message>
        <source>The export failed:</source>
        <translation>No se pudo exportar:</translation>
    </message>
    <message>
        <source>The map fits on one page in {0} bands; card text {1} pt.</source>
        <translation>El mapa cabe en una página en {0} franjas; texto de las tarjetas {1} pt.</translation>
    </message>
    <message>
        <source>The map fits on one page; card text {0} pt.</source>
        <translation>El mapa cabe en una página; texto de las tarjetas: {0} pt.</translation>
    </message>
    <message>
        <source>The map takes {0} pages ({1} rows × {2} columns); card text {3} pt.</source>
        <translation>El mapa ocupa {0} páginas ({1} filas × {2} columnas); texto de las tarjetas: {3} pt.</translation>
    </message>
    <message>
        <source>The whole map in the JourneyDesigner file format (UTF-8 JSON), readable by other tools.</source>
        <translation>El mapa completo en el formato de archivo de JourneyDesigner (JSON UTF-8), legible por otras herramientas.</translation>
    </message>
    <message>
        <source>Tile across pages (readable text)</source>
        <translation>Dividir en varias páginas (texto legible)</translation>
    </message>
    <message>
        <source>a cover page</source>
        <translation>una portada</translation>
    </message>
    <message>
        <source>a legend page</source>
        <translation>una página de leyenda</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>y {0} más</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>path</source>
        <translation>camino</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>the appendix</source>
        <translation>el apéndice</translation>
    </message>
    <message>
        <source>{0} was written.</source>
        <translation>Se ha guardado {0}.</translation>
    </message>
    <message>
        <source>{0} × {1} pixels at {2} dpi.</source>
        <translation>{0} × {1} píxeles a {2} ppp.</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Map in use</source>
        <translation>Mapa en uso</translation>
    </message>
    <message>
        <source>Open journey map</source>
        <translation>Abrir mapa de experiencia del cliente</translation>
    </message>
    <message>
        <source>Opened without a lock file: {0}</source>
        <translation>Abierto sin archivo de bloqueo: {0}</translation>
    </message>
    <message>
        <source>Removed the lock left by a JourneyDesigner that did not close normally</source>
        <translation>Se quitó el bloqueo que dejó un JourneyDesigner que no se cerró con normalidad</translation>
    </message>
    <message>
        <source>The lock of {0} could not be taken over.</source>
        <translation>No se pudo tomar el bloqueo de {0}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>{0} cannot be opened:</source>
        <translation>No se puede abrir {0}:</translation>
    </message>
    <message>
        <source>“{0}” has unsaved changes. Save them first?</source>
        <translation>“{0}” tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
</context>
<context>
    <name>FileSaving</name>
    <message>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Exportado: {0}</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>Import survey {0}</source>
        <translation>Importar encuesta {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1} measures of {2} touchpoints</source>
        <translation>{0} importado: {1} medidas de {2} puntos de contacto</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Map in use</source>
        <translation>Mapa en uso</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Save journey map</source>
        <translation>Guardar mapa de experiencia del cliente</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>The map was not saved: {0}
The file on disk is unchanged. Save it somewhere else?</source>
        <translation>El mapa no se ha guardado: {0}
El archivo en el disco no ha cambiado. ¿Desea guardarlo en otro lugar?</translation>
    </message>
    <message>
        <source>{0} is open in JourneyDesigner (process {1} on {2}). Save under another name.</source>
        <translation>{0} está abierto en JourneyDesigner (proceso {1} en {2}). Guárdelo con otro nombre.</translation>
    </message>
    <message>
        <source>“{0}” was changed by another program since it was opened or last saved here. Overwrite those changes?</source>
        <translation>Otro programa cambió «{0}» desde que se abrió o se guardó aquí por última vez. ¿Sobrescribir esos cambios?</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find cards, stages, channels and paths</source>
        <translation>Buscar tarjetas, etapas, canales y caminos</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Siguiente coincidencia (Intro, F3)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>{0} matches</source>
        <translation>{0} coincidencias</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>A PNG or JPEG file of at most 2 MiB and {0}×{0} pixels</source>
        <translation>Un archivo PNG o JPEG de 2 MiB y {0}×{0} píxeles como máximo</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Elegir imagen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Persona image</source>
        <translation>Imagen de la persona</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Quitar imagen</translation>
    </message>
    <message>
        <source>Remove the image from this persona</source>
        <translation>Quitar la imagen de esta persona</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Editar etiqueta</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Journey map canvas</source>
        <translation>Lienzo del mapa de experiencia del cliente</translation>
    </message>
    <message>
        <source>Move to Stage</source>
        <translation>Mover a la etapa</translation>
    </message>
    <message>
        <source>No card or cell that way</source>
        <translation>No hay ninguna tarjeta ni celda en esa dirección</translation>
    </message>
    <message>
        <source>Path cancelled</source>
        <translation>Camino cancelado</translation>
    </message>
    <message>
        <source>Path from “{0}”: go to the target card and press Ctrl+K</source>
        <translation>Camino desde «{0}»: vaya a la tarjeta de destino y pulse Ctrl+K</translation>
    </message>
    <message>
        <source>Path polarity</source>
        <translation>Polaridad del camino</translation>
    </message>
    <message>
        <source>Path {0} added: P, N or D makes it positive, negative or a decision</source>
        <translation>Camino {0} añadido: P, N o D lo hace positivo, negativo o una decisión</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Polarity of Its Paths</source>
        <translation>Polaridad de sus caminos</translation>
    </message>
    <message>
        <source>Select one card to start or end a path</source>
        <translation>Seleccione una tarjeta para empezar o terminar un camino</translation>
    </message>
</context>
<context>
    <name>LanePage</name>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Tomar el control</translation>
    </message>
    <message>
        <source>Map in use</source>
        <translation>Mapa en uso</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en modo de &amp;solo lectura</translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation>Abrir una &amp;copia</translation>
    </message>
    <message>
        <source>This map</source>
        <translation>Este mapa</translation>
    </message>
    <message>
        <source>{0} is already open in JourneyDesigner (process {1} on {2}, {3}) since {4}. Open it read-only, or open a copy to edit and save under another name.</source>
        <translation>{0} ya está abierto en JourneyDesigner (proceso {1} en {2}, {3}) desde {4}. Ábralo en modo de solo lectura o abra una copia para editarla y guardarla con otro nombre.</translation>
    </message>
    <message>
        <source>{0} is open in JourneyDesigner on the computer “{2}” (process {1}) since {3}. Take over only if it is not open there any more; otherwise one of you will overwrite the other&apos;s changes.</source>
        <translation>{0} está abierto en JourneyDesigner en el equipo “{2}” (proceso {1}) desde {3}. Tome el control solo si allí ya no está abierto; de lo contrario, uno de ustedes sobrescribirá los cambios del otro.</translation>
    </message>
    <message>
        <source>{0} was locked by JourneyDesigner (process {1} on {2}) since {3}, but that program is no longer running. You can take over the lock safely.</source>
        <translation>{0} estaba bloqueado por JourneyDesigner (proceso {1} en {2}) desde {3}, pero ese programa ya no se está ejecutando. Puede tomar el control del bloqueo sin riesgo.</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>All personas</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>E&amp;motion</source>
        <translation>E&amp;moción</translation>
    </message>
    <message>
        <source>Enter on a cell, or type</source>
        <translation>Intro en una celda, o escriba</translation>
    </message>
    <message>
        <source>Ne&amp;w Card</source>
        <translation>Nueva tar&amp;jeta</translation>
    </message>
    <message>
        <source>Persona filter</source>
        <translation>Filtro de persona</translation>
    </message>
    <message>
        <source>Persona:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Select a cell or a card first</source>
        <translation>Seleccione primero una celda o una tarjeta</translation>
    </message>
    <message>
        <source>Show only the journey of one persona</source>
        <translation>Mostrar solo el recorrido de una persona</translation>
    </message>
    <message>
        <source>Start a path on the selected card, then end it on another</source>
        <translation>Empezar un camino en la tarjeta seleccionada y terminarlo en otra</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;al abrir&gt;</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Falló el guardado automático: {0}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Showing all personas</source>
        <translation>Mostrando todas las personas</translation>
    </message>
    <message>
        <source>Showing the journey of {0}</source>
        <translation>Mostrando el recorrido de {0}</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Zoom {0} %</source>
        <translation>Zoom {0} %</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[solo lectura]</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>As-is (the journey today)</source>
        <translation>Actual (el recorrido de hoy)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Emotion labels</source>
        <translation>Etiquetas de emoción</translation>
    </message>
    <message>
        <source>Five labels, very negative first, one per line; empty: the standard ones</source>
        <translation>Cinco etiquetas, la muy negativa primero, una por línea; vacío: las estándar</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa de experiencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The language the map is written in, as a tag such as “en” or “es-MX”: the words JourneyDesigner adds to the map and its exports, and the touchpoint library, follow it</source>
        <translation>El idioma en que está escrito el mapa, como una etiqueta del tipo «en» o «es-MX»: lo siguen las palabras que JourneyDesigner añade al mapa y a sus exportaciones, y la biblioteca de puntos de contacto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To-be (the journey we want)</source>
        <translation>Futuro (el recorrido que queremos)</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>creado el {0}</translation>
    </message>
    <message>
        <source>en, es, es-MX…</source>
        <translation>en, es, es-MX…</translation>
    </message>
    <message>
        <source>modified {0}</source>
        <translation>modificado el {0}</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>New journey map</source>
        <translation>Nuevo mapa de experiencia del cliente</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Stages: {0}</source>
        <translation>Etapas: {0}</translation>
    </message>
    <message>
        <source>Start from a &amp;template:</source>
        <translation>Empezar con una &amp;plantilla:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>{0} · {1} stages · {2} channels · {3} touchpoints</source>
        <translation>{0} · {1} etapas · {2} canales · {3} puntos de contacto</translation>
    </message>
</context>
<context>
    <name>NoteGestures</name>
    <message>
        <source>Note linked to “{0}”</source>
        <translation>Nota vinculada a «{0}»</translation>
    </message>
    <message>
        <source>Note “{0}”: go to the card it is about and press Ctrl+K</source>
        <translation>Nota «{0}»: ve a la tarjeta de la que trata y pulsa Ctrl+K</translation>
    </message>
</context>
<context>
    <name>NotePage</name>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>None checked: shown for every persona.</source>
        <translation>Ninguna marcada: se muestra para todas las personas.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Shown for the checked personas only.</source>
        <translation>Se muestra solo para las personas marcadas.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Paso {0}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The whole stage</source>
        <translation>Toda la etapa</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overview of the map</source>
        <translation>Vista general del mapa</translation>
    </message>
    <message>
        <source>Overview: click or drag to move around the map</source>
        <translation>Vista general: haga clic o arrastre para moverse por el mapa</translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <source>Drag a touchpoint onto the map, or double-click it.</source>
        <translation>Arrastre un punto de contacto al mapa o haga doble clic en él.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>No touchpoint matches “{0}”.</source>
        <translation>Ningún punto de contacto coincide con “{0}”.</translation>
    </message>
    <message>
        <source>Search touchpoints</source>
        <translation>Buscar puntos de contacto</translation>
    </message>
    <message>
        <source>Search touchpoints…</source>
        <translation>Buscar puntos de contacto…</translation>
    </message>
    <message>
        <source>The touchpoint library cannot be read:</source>
        <translation>No se puede leer la biblioteca de puntos de contacto:</translation>
    </message>
    <message>
        <source>Touchpoint library</source>
        <translation>Biblioteca de puntos de contacto</translation>
    </message>
</context>
<context>
    <name>PersonaStrip</name>
    <message>
        <source>Filter by persona {0}</source>
        <translation>Filtrar por la persona {0}</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Aún no hay personas</translation>
    </message>
    <message>
        <source>Personas of this map</source>
        <translation>Personas de este mapa</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <source>Show only the journey of {0}</source>
        <translation>Mostrar solo el recorrido de {0}</translation>
    </message>
</context>
<context>
    <name>PersonasDock</name>
    <message>
        <source>1 connection</source>
        <translation>1 conexión</translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 punto de contacto</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a new persona</source>
        <translation>Añadir una nueva persona</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Age in years, 0 to 150; empty = not set</source>
        <translation>Edad en años, de 0 a 150; vacío = sin definir</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Choose a persona image</source>
        <translation>Elegir una imagen para la persona</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>Eliminar la persona seleccionada</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Dim what the chosen persona does not live</source>
        <translation>Atenuar lo que no vive la persona elegida</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Hábitos</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Map for</source>
        <translation>Mapa para</translation>
    </message>
    <message>
        <source>Map for:</source>
        <translation>Mapa para:</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move persona down</source>
        <translation>Bajar persona</translation>
    </message>
    <message>
        <source>Move persona up</source>
        <translation>Subir persona</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>No persona selected</source>
        <translation>Ninguna persona seleccionada</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imágenes PNG o JPEG (*.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Color de la persona</translation>
    </message>
    <message>
        <source>Persona filter</source>
        <translation>Filtro de persona</translation>
    </message>
    <message>
        <source>Persona name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Select a persona, or add one.</source>
        <translation>Seleccione una persona o añada una.</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>This journey has no personas yet. Add one to describe who lives it.</source>
        <translation>Este recorrido aún no tiene personas. Añada una para describir quién lo vive.</translation>
    </message>
    <message>
        <source>id: {0}</source>
        <translation>id: {0}</translation>
    </message>
    <message>
        <source>not set (0 to 150)</source>
        <translation>sin definir (0 a 150)</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <source>{0} connections</source>
        <translation>{0} conexiones</translation>
    </message>
    <message>
        <source>{0} touchpoints</source>
        <translation>{0} puntos de contacto</translation>
    </message>
    <message>
        <source>“{0}” is assigned to {1}. Delete the persona and remove it from them?</source>
        <translation>“{0}” está asignada a {1}. ¿Eliminar la persona y quitar esas asignaciones?</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A new language applies when JourneyDesigner starts again.</source>
        <translation>El nuevo idioma se aplica al volver a iniciar JourneyDesigner.</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>Guardar automáticamente cada</translation>
    </message>
    <message>
        <source>By language</source>
        <translation>Según el idioma</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Default page size</source>
        <translation>Tamaño de página predeterminado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Template for new maps</source>
        <translation>Plantilla para mapas nuevos</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <source>No selection</source>
        <translation>Sin selección</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Select a touchpoint, path, note, stage, channel or lane</source>
        <translation>Selecciona un punto de contacto, un camino, una nota, una etapa, un canal o un carril</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Action for “{0}”</source>
        <translation>Acción para “{0}”</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <source>Autosaved maps</source>
        <translation>Mapas guardados automáticamente</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Decide All Later</source>
        <translation>Decidir todo más tarde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>JourneyDesigner did not close normally. These maps have changes that were autosaved but never saved. Choose what to do with each one; recovered maps open with their changes, still unsaved.</source>
        <translation>JourneyDesigner no se cerró correctamente. Estos mapas tienen cambios guardados automáticamente que nunca se llegaron a guardar. Elija qué hacer con cada uno; los mapas recuperados se abren con sus cambios, todavía sin guardar.</translation>
    </message>
    <message>
        <source>Keep every autosaved map and ask again at the next start</source>
        <translation>Conservar todos los mapas guardados automáticamente y volver a preguntar en el próximo inicio</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Puntos de contacto</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Filter shortcuts…</source>
        <translation>Filtrar atajos…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SidePanels</name>
    <message>
        <source>&amp;Hide Panels</source>
        <translation>&amp;Ocultar paneles</translation>
    </message>
    <message>
        <source>All the room to the map; again to bring the panels back</source>
        <translation>Todo el espacio para el mapa; otra vez para recuperar los paneles</translation>
    </message>
</context>
<context>
    <name>StageChannelCommands</name>
    <message>
        <source>Add channel</source>
        <translation>Añadir canal</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <source>Add service blueprint</source>
        <translation>Añadir blueprint de servicio</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>Name of the new channel:</source>
        <translation>Nombre del nuevo canal:</translation>
    </message>
    <message>
        <source>Name of the new lane:</source>
        <translation>Nombre del nuevo carril:</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Nombre de la nueva etapa:</translation>
    </message>
    <message>
        <source>Select a channel header first</source>
        <translation>Seleccione primero la cabecera de un canal</translation>
    </message>
    <message>
        <source>Select a stage, channel or lane header first</source>
        <translation>Selecciona primero la cabecera de una etapa, un canal o un carril</translation>
    </message>
    <message>
        <source>The map has its service blueprint lanes already</source>
        <translation>El mapa ya tiene sus carriles de blueprint de servicio</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Conversion rate (%)</source>
        <translation>Tasa de conversión (%)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas guía</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Retention rate (%)</source>
        <translation>Tasa de retención (%)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Read the File</source>
        <translation>&amp;Leer el archivo</translation>
    </message>
    <message>
        <source>(column {0})</source>
        <translation>(columna {0})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>A CSV or XLSX file, one answer a row</source>
        <translation>Un archivo CSV o XLSX, una respuesta por fila</translation>
    </message>
    <message>
        <source>CES column</source>
        <translation>Columna de CES</translation>
    </message>
    <message>
        <source>CSAT column</source>
        <translation>Columna de CSAT</translation>
    </message>
    <message>
        <source>Choose the touchpoint column and at least one of NPS, CSAT or CES.</source>
        <translation>Elige la columna del punto de contacto y al menos una de NPS, CSAT o CES.</translation>
    </message>
    <message>
        <source>Columns found: check them, then read the file.</source>
        <translation>Columnas encontradas: revísalas y luego lee el archivo.</translation>
    </message>
    <message>
        <source>Comment column</source>
        <translation>Columna de comentarios</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>Columna de fecha</translation>
    </message>
    <message>
        <source>Import Survey Responses</source>
        <translation>Importar respuestas de encuesta</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>NPS column</source>
        <translation>Columna de NPS</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Antes → ahora</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>Lectura cancelada: no se importó nada.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Reading… {0} rows</source>
        <translation>Leyendo… {0} filas</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Filas con problemas</translation>
    </message>
    <message>
        <source>S&amp;heet (XLSX):</source>
        <translation>&amp;Hoja (XLSX):</translation>
    </message>
    <message>
        <source>S&amp;kip the rows with problems (they are listed)</source>
        <translation>&amp;Omitir las filas con problemas (se listan)</translation>
    </message>
    <message>
        <source>Survey responses</source>
        <translation>Respuestas de encuesta</translation>
    </message>
    <message>
        <source>Survey responses (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Respuestas de encuesta (*.csv *.tsv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Touchpoint column</source>
        <translation>Columna del punto de contacto</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Lo que cambia la importación</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>the first sheet</source>
        <translation>la primera hoja</translation>
    </message>
    <message>
        <source>{0} rows have problems: with “Skip the rows with problems” they are left out, else nothing is imported.</source>
        <translation>{0} filas tienen problemas: con «Omitir las filas con problemas» se dejan fuera; si no, no se importa nada.</translation>
    </message>
    <message>
        <source>{0} rows read: {1} measures of {2} touchpoints change, {3} quotes are added.</source>
        <translation>{0} filas leídas: cambian {1} medidas de {2} puntos de contacto y se añaden {3} citas.</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>{0} · {1} stages</source>
        <translation>{0} · {1} etapas</translation>
    </message>
</context>
<context>
    <name>TouchpointPage</name>
    <message>
        <source>A moment that decides the relationship</source>
        <translation>Un momento que decide la relación</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Controllable</source>
        <translation>Controlable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Direct contact</source>
        <translation>Contacto directo</translation>
    </message>
    <message>
        <source>Dot votes given in a workshop</source>
        <translation>Votos con puntos dados en un taller</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Evidence of {0}</source>
        <translation>Evidencia de {0}</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Team in charge</source>
        <translation>Equipo responsable</translation>
    </message>
    <message>
        <source>The organisation can change this touchpoint</source>
        <translation>La organización puede cambiar este punto de contacto</translation>
    </message>
    <message>
        <source>Time order inside the stage; equal steps share a column</source>
        <translation>Orden temporal dentro de la etapa; los pasos iguales comparten columna</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Unchecked: through a third party</source>
        <translation>Sin marcar: a través de un tercero</translation>
    </message>
    <message>
        <source>Verbatim customer words heard here, one per line</source>
        <translation>Palabras literales del cliente oídas aquí, una por línea</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;About JourneyDesigner</source>
        <translation>A&amp;cerca de JourneyDesigner</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Backstage Actions…</source>
        <translation>Acciones &amp;internas…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Frontstage Actions…</source>
        <translation>Acciones &amp;visibles…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Map Properties…</source>
        <translation>Propiedades del &amp;mapa…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Opportunities (from the cards)</source>
        <translation>&amp;Oportunidades (de las tarjetas)</translation>
    </message>
    <message>
        <source>&amp;Pain Points (from the cards)</source>
        <translation>&amp;Puntos de dolor (de las tarjetas)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Support Processes…</source>
        <translation>Procesos de &amp;soporte…</translation>
    </message>
    <message>
        <source>&amp;Survey Responses…</source>
        <translation>&amp;Respuestas de encuesta…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Modo taller</translation>
    </message>
    <message>
        <source>About JourneyDesigner</source>
        <translation>Acerca de JourneyDesigner</translation>
    </message>
    <message>
        <source>Add &amp;Channel</source>
        <translation>Añadir &amp;canal</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Añadir carri&amp;l</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Añadir &amp;etapa</translation>
    </message>
    <message>
        <source>Add Service &amp;Blueprint</source>
        <translation>Añadir &amp;blueprint de servicio</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olor…</translation>
    </message>
    <message>
        <source>Clear the emotion of selected cards</source>
        <translation>Quitar la emoción de las tarjetas seleccionadas</translation>
    </message>
    <message>
        <source>Close every window</source>
        <translation>Cierra todas las ventanas</translation>
    </message>
    <message>
        <source>Ctrl+Arrow keys</source>
        <translation>Ctrl+teclas de flecha</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rueda</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Draw a path</source>
        <translation>Dibujar un camino</translation>
    </message>
    <message>
        <source>Drop the selection, keep the cell cursor</source>
        <translation>Quitar la selección y mantener el cursor de celda</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Enter adds, Esc ends</source>
        <translation>Intro añade, Esc termina</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Frontstage, backstage and support lanes under the emotion curve</source>
        <translation>Carriles de acciones visibles, internas y de soporte bajo la curva de emociones</translation>
    </message>
    <message>
        <source>Full screen for a projector, one stage at a time</source>
        <translation>Pantalla completa para un proyector, una etapa cada vez</translation>
    </message>
    <message>
        <source>Go to the nearest card (or the next empty cell)</source>
        <translation>Ir a la tarjeta más cercana (o a la siguiente celda vacía)</translation>
    </message>
    <message>
        <source>Lane of &amp;Notes…</source>
        <translation>Carril de &amp;notas…</translation>
    </message>
    <message>
        <source>Link a note to a card: on the note, then on the card</source>
        <translation>Vincular una nota a una tarjeta: sobre la nota, luego sobre la tarjeta</translation>
    </message>
    <message>
        <source>Make selected paths positive / negative / decisions</source>
        <translation>Hacer los caminos seleccionados positivos / negativos / decisiones</translation>
    </message>
    <message>
        <source>Move Stage/Channel &amp;Earlier</source>
        <translation>&amp;Adelantar etapa/canal</translation>
    </message>
    <message>
        <source>Move Stage/Channel &amp;Later</source>
        <translation>&amp;Retrasar etapa/canal</translation>
    </message>
    <message>
        <source>Move selected cards by step / lane</source>
        <translation>Mover las tarjetas seleccionadas un paso / un carril</translation>
    </message>
    <message>
        <source>Move selected notes by step / lane of their group</source>
        <translation>Mover las notas seleccionadas un paso / un carril de su grupo</translation>
    </message>
    <message>
        <source>Move the cell cursor (nothing selected)</source>
        <translation>Mover el cursor de celda (sin selección)</translation>
    </message>
    <message>
        <source>NPS, CSAT and CES per touchpoint from a CSV or XLSX file of answers</source>
        <translation>NPS, CSAT y CES por punto de contacto desde un archivo CSV o XLSX de respuestas</translation>
    </message>
    <message>
        <source>New Paths Are &amp;Decisions</source>
        <translation>Nuevos caminos como &amp;decisiones</translation>
    </message>
    <message>
        <source>New Paths Are &amp;Negative</source>
        <translation>Nuevos caminos &amp;negativos</translation>
    </message>
    <message>
        <source>New Paths Are &amp;Positive</source>
        <translation>Nuevos caminos &amp;positivos</translation>
    </message>
    <message>
        <source>Next &amp;Panel</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>PDF for clients, PNG or SVG images, or JSON</source>
        <translation>PDF para clientes, imágenes PNG o SVG, o JSON</translation>
    </message>
    <message>
        <source>Page Down / Page Up, or → / ←</source>
        <translation>Av Pág / Re Pág, o → / ←</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar la vista</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Previous Pa&amp;nel</source>
        <translation>Panel a&amp;nterior</translation>
    </message>
    <message>
        <source>Quick add: type on a selected card or cell</source>
        <translation>Añadir rápido: escriba sobre una tarjeta o celda seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>Set the emotion of selected cards (very negative … very positive)</source>
        <translation>Asignar la emoción de las tarjetas seleccionadas (muy negativo … muy positivo)</translation>
    </message>
    <message>
        <source>Space+drag or middle button</source>
        <translation>Espacio+arrastrar o botón central</translation>
    </message>
    <message>
        <source>Start a map from a template</source>
        <translation>Empezar un mapa a partir de una plantilla</translation>
    </message>
    <message>
        <source>Start a path on a card, end it on another</source>
        <translation>Empezar un camino en una tarjeta y terminarlo en otra</translation>
    </message>
    <message>
        <source>The map&apos;s title, description and language</source>
        <translation>El título, la descripción y el idioma del mapa</translation>
    </message>
    <message>
        <source>Toggle Channel &amp;Kind</source>
        <translation>Cambiar &amp;tipo de canal</translation>
    </message>
    <message>
        <source>Workshop: focus the next lane / clear the focus</source>
        <translation>Taller: enfocar el siguiente carril / quitar el enfoque</translation>
    </message>
    <message>
        <source>Workshop: leave</source>
        <translation>Taller: salir</translation>
    </message>
    <message>
        <source>Workshop: next / previous stage</source>
        <translation>Taller: etapa siguiente / anterior</translation>
    </message>
    <message>
        <source>Write a note: type in a lane&apos;s cell (or on a selected note)</source>
        <translation>Escribir una nota: teclea en una celda de un carril (o sobre una nota seleccionada)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>drag a card&apos;s + handle onto another card</source>
        <translation>arrastre el tirador + de una tarjeta hasta otra tarjeta</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>Lane {0} of {1} — {2}</source>
        <translation>Carril {0} de {1} — {2}</translation>
    </message>
    <message>
        <source>Stage {0} of {1} — {2}</source>
        <translation>Etapa {0} de {1} — {2}</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Workshop: {0}</source>
        <translation>Taller: {0}</translation>
    </message>
</context>
<context>
    <name>_ImageField</name>
    <message>
        <source>Cannot show</source>
        <translation>No se puede mostrar</translation>
    </message>
    <message>
        <source>Image of {0}</source>
        <translation>Imagen de {0}</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>_LockSlot</name>
    <message>
        <source>no permission to create the lock file</source>
        <translation>no hay permiso para crear el archivo de bloqueo</translation>
    </message>
    <message>
        <source>the lock file cannot be created</source>
        <translation>no se puede crear el archivo de bloqueo</translation>
    </message>
</context>
<context>
    <name>_ObjectPage</name>
    <message>
        <source>A number from {0} to {1}{2}; empty = not set</source>
        <translation>Un número de {0} a {1}{2}; vacío = sin definir</translation>
    </message>
    <message>
        <source>None checked: every persona lives this touchpoint.</source>
        <translation>Ninguna marcada: todas las personas viven este punto de contacto.</translation>
    </message>
    <message>
        <source>Only the checked personas live this touchpoint.</source>
        <translation>Solo las personas marcadas viven este punto de contacto.</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Personas hint</source>
        <translation>Indicación sobre las personas</translation>
    </message>
    <message>
        <source>id: {0}</source>
        <translation>id: {0}</translation>
    </message>
    <message>
        <source>not set ({0} to {1})</source>
        <translation>sin definir ({0} a {1})</translation>
    </message>
</context>
<context>
    <name>_PersonasBinding</name>
    <message>
        <source>This journey has no personas.</source>
        <translation>Este recorrido no tiene personas.</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>{0}: no such file</source>
        <translation>{0}: no existe el archivo</translation>
    </message>
</context>
<context>
    <name>delete_header</name>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>1 path</source>
        <translation>1 camino</translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 punto de contacto</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the channel “{0}” with {1} and {2}?</source>
        <translation>¿Eliminar el canal «{0}» con {1} y {2}?</translation>
    </message>
    <message>
        <source>Delete the lane “{0}” with {1}?</source>
        <translation>¿Eliminar el carril «{0}» con {1}?</translation>
    </message>
    <message>
        <source>Delete the stage “{0}” with {1} and {2}?</source>
        <translation>¿Eliminar la etapa «{0}» con {1} y {2}?</translation>
    </message>
    <message>
        <source>The paths are those to and from its touchpoints. Undo brings everything back.</source>
        <translation>Los caminos son los que llegan a sus puntos de contacto o salen de ellos. Deshacer lo recupera todo.</translation>
    </message>
    <message>
        <source>Undo brings everything back.</source>
        <translation>Deshacer lo devuelve todo.</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>ninguna nota</translation>
    </message>
    <message>
        <source>no paths</source>
        <translation>ningún camino</translation>
    </message>
    <message>
        <source>no touchpoints</source>
        <translation>ningún punto de contacto</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} notas</translation>
    </message>
    <message>
        <source>{0} paths</source>
        <translation>{0} caminos</translation>
    </message>
    <message>
        <source>{0} touchpoints</source>
        <translation>{0} puntos de contacto</translation>
    </message>
</context>
<context>
    <name>evidence_words</name>
    <message>
        <source>Weak evidence: fewer than {0} responses.</source>
        <translation>Evidencia débil: menos de {0} respuestas.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>JSON data</source>
        <translation>Datos JSON</translation>
    </message>
    <message>
        <source>PDF document (print)</source>
        <translation>Documento PDF (impresión)</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>Journey maps (*.journey);;JSON (*.json);;All files (*)</source>
        <translation>Mapas de experiencia (*.journey);;JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>find_bar</name>
    <message>
        <source>in a pain point</source>
        <translation>en un punto de dolor</translation>
    </message>
    <message>
        <source>in a tag</source>
        <translation>en una etiqueta</translation>
    </message>
    <message>
        <source>in an opportunity</source>
        <translation>en una oportunidad</translation>
    </message>
    <message>
        <source>in the description</source>
        <translation>en la descripción</translation>
    </message>
    <message>
        <source>in the notes</source>
        <translation>en las notas</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloide</translation>
    </message>
</context>
<context>
    <name>lane_pages</name>
    <message>
        <source>About no touchpoint yet: select the note, press Ctrl+K, then select a card and press Ctrl+K.</source>
        <translation>Aún no trata de ningún punto de contacto: selecciona la nota, pulsa Ctrl+K, luego selecciona una tarjeta y pulsa Ctrl+K.</translation>
    </message>
    <message>
        <source>Backstage (below the line of visibility)</source>
        <translation>Internas (bajo la línea de visibilidad)</translation>
    </message>
    <message>
        <source>Frontstage (blueprint)</source>
        <translation>Visibles (blueprint)</translation>
    </message>
    <message>
        <source>Notes (above the grid)</source>
        <translation>Notas (sobre la cuadrícula)</translation>
    </message>
    <message>
        <source>Opportunities (from the cards)</source>
        <translation>Oportunidades (de las tarjetas)</translation>
    </message>
    <message>
        <source>Pain points (from the cards)</source>
        <translation>Puntos de dolor (de las tarjetas)</translation>
    </message>
    <message>
        <source>Support (below the line of internal interaction)</source>
        <translation>Soporte (bajo la línea de interacción interna)</translation>
    </message>
    <message>
        <source>Uncheck a touchpoint to unlink it.</source>
        <translation>Desmarca un punto de contacto para desvincularlo.</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>digital or in person</source>
        <translation>digital o presencial</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencial</translation>
    </message>
</context>
<context>
    <name>personas</name>
    <message>
        <source>The JPEG image is damaged: its size cannot be read.</source>
        <translation>La imagen JPEG está dañada: no se puede leer su tamaño.</translation>
    </message>
    <message>
        <source>The PNG image is damaged: its size cannot be read.</source>
        <translation>La imagen PNG está dañada: no se puede leer su tamaño.</translation>
    </message>
    <message>
        <source>The age must be a whole number from 0 to 150, or empty.</source>
        <translation>La edad debe ser un número entero de 0 a 150 o quedar vacía.</translation>
    </message>
    <message>
        <source>The image is damaged: it has no pixels.</source>
        <translation>La imagen está dañada: no tiene píxeles.</translation>
    </message>
    <message>
        <source>The image is {0:.1f} MiB; at most 2 MiB is allowed.</source>
        <translation>La imagen ocupa {0:.1f} MiB; se permiten 2 MiB como máximo.</translation>
    </message>
    <message>
        <source>The image is {0}×{1} pixels; at most {2}×{2} is allowed.</source>
        <translation>La imagen mide {0}×{1} píxeles; se permiten {2}×{2} como máximo.</translation>
    </message>
    <message>
        <source>This is not a PNG or JPEG image.</source>
        <translation>No es una imagen PNG ni JPEG.</translation>
    </message>
    <message>
        <source>“{0}” cannot be read: {1}</source>
        <translation>No se puede leer “{0}”: {1}</translation>
    </message>
    <message>
        <source>“{0}” cannot be used. {1}</source>
        <translation>No se puede usar “{0}”. {1}</translation>
    </message>
    <message>
        <source>“{0}” is {1:.1f} MiB; images may be at most 2 MiB.</source>
        <translation>“{0}” ocupa {1:.1f} MiB; las imágenes pueden ocupar 2 MiB como máximo.</translation>
    </message>
</context>
<context>
    <name>properties</name>
    <message>
        <source>+1 Positive</source>
        <translation>+1 Positivo</translation>
    </message>
    <message>
        <source>+2 Very positive</source>
        <translation>+2 Muy positivo</translation>
    </message>
    <message>
        <source>0 Neutral</source>
        <translation>0 Neutral</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Neutral (decision)</source>
        <translation>Neutral (decisión)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Proactive</source>
        <translation>Proactiva</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Reactiva</translation>
    </message>
    <message>
        <source>“{0}” is not a number</source>
        <translation>“{0}” no es un número</translation>
    </message>
    <message>
        <source>−1 Negative</source>
        <translation>−1 Negativo</translation>
    </message>
    <message>
        <source>−2 Very negative</source>
        <translation>−2 Muy negativo</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>recovery_dialog</name>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>No se pudo recuperar</translation>
    </message>
    <message>
        <source>These autosaved maps could not be read:</source>
        <translation>No se pudieron leer estos mapas guardados automáticamente:</translation>
    </message>
    <message>
        <source>“{0}”: {1} (kept as {2})</source>
        <translation>“{0}”: {1} (conservado como {2})</translation>
    </message>
</context>
<context>
    <name>undo_text</name>
    <message>
        <source>Add channel {0}</source>
        <translation>Añadir canal {0}</translation>
    </message>
    <message>
        <source>Add lane {0}</source>
        <translation>Añadir carril {0}</translation>
    </message>
    <message>
        <source>Add note {0}</source>
        <translation>Añadir nota {0}</translation>
    </message>
    <message>
        <source>Add path {0}</source>
        <translation>Añadir camino {0}</translation>
    </message>
    <message>
        <source>Add persona {0}</source>
        <translation>Añadir persona {0}</translation>
    </message>
    <message>
        <source>Add stage {0}</source>
        <translation>Añadir etapa {0}</translation>
    </message>
    <message>
        <source>Add touchpoint {0}</source>
        <translation>Añadir punto de contacto {0}</translation>
    </message>
    <message>
        <source>Change colour of channel {0}</source>
        <translation>Cambiar el color del canal {0}</translation>
    </message>
    <message>
        <source>Change colour of lane {0}</source>
        <translation>Cambiar el color del carril {0}</translation>
    </message>
    <message>
        <source>Change colour of stage {0}</source>
        <translation>Cambiar el color de la etapa {0}</translation>
    </message>
    <message>
        <source>Change kind of channel {0}</source>
        <translation>Cambiar el tipo del canal {0}</translation>
    </message>
    <message>
        <source>Change language of map {0}</source>
        <translation>Cambiar el idioma del mapa {0}</translation>
    </message>
    <message>
        <source>Change personas of {0}</source>
        <translation>Cambiar las personas de {0}</translation>
    </message>
    <message>
        <source>Change personas of {0} and {1} more</source>
        <translation>Cambiar las personas de {0} y {1} más</translation>
    </message>
    <message>
        <source>Change polarity of {0}</source>
        <translation>Cambiar la polaridad de {0}</translation>
    </message>
    <message>
        <source>Change polarity of {0} and {1} more</source>
        <translation>Cambiar la polaridad de {0} y {1} más</translation>
    </message>
    <message>
        <source>Clear emotion of {0}</source>
        <translation>Quitar la emoción de {0}</translation>
    </message>
    <message>
        <source>Clear emotion of {0} and {1} more</source>
        <translation>Quitar la emoción de {0} y {1} más</translation>
    </message>
    <message>
        <source>Cut {0}</source>
        <translation>Cortar {0}</translation>
    </message>
    <message>
        <source>Cut {0} and {1} more</source>
        <translation>Cortar {0} y {1} más</translation>
    </message>
    <message>
        <source>Delete channel {0}</source>
        <translation>Eliminar el canal {0}</translation>
    </message>
    <message>
        <source>Delete lane {0}</source>
        <translation>Eliminar carril {0}</translation>
    </message>
    <message>
        <source>Delete persona {0}</source>
        <translation>Eliminar la persona {0}</translation>
    </message>
    <message>
        <source>Delete stage {0}</source>
        <translation>Eliminar la etapa {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Eliminar {0}</translation>
    </message>
    <message>
        <source>Delete {0} and {1} more</source>
        <translation>Eliminar {0} y {1} más</translation>
    </message>
    <message>
        <source>Duplicate {0}</source>
        <translation>Duplicar {0}</translation>
    </message>
    <message>
        <source>Duplicate {0} and {1} more</source>
        <translation>Duplicar {0} y {1} más</translation>
    </message>
    <message>
        <source>Edit channel {0}</source>
        <translation>Editar el canal {0}</translation>
    </message>
    <message>
        <source>Edit description of map {0}</source>
        <translation>Editar la descripción del mapa {0}</translation>
    </message>
    <message>
        <source>Edit label of {0}</source>
        <translation>Editar la etiqueta de {0}</translation>
    </message>
    <message>
        <source>Edit lane {0}</source>
        <translation>Editar carril {0}</translation>
    </message>
    <message>
        <source>Edit map {0}</source>
        <translation>Editar el mapa {0}</translation>
    </message>
    <message>
        <source>Edit note {0}</source>
        <translation>Editar nota {0}</translation>
    </message>
    <message>
        <source>Edit note {0} and {1} more</source>
        <translation>Editar nota {0} y {1} más</translation>
    </message>
    <message>
        <source>Edit path {0}</source>
        <translation>Editar el camino {0}</translation>
    </message>
    <message>
        <source>Edit persona {0}</source>
        <translation>Editar la persona {0}</translation>
    </message>
    <message>
        <source>Edit stage {0}</source>
        <translation>Editar la etapa {0}</translation>
    </message>
    <message>
        <source>Edit touchpoint {0}</source>
        <translation>Editar el punto de contacto {0}</translation>
    </message>
    <message>
        <source>Link note {0}</source>
        <translation>Vincular nota {0}</translation>
    </message>
    <message>
        <source>Link note {0} and {1} more</source>
        <translation>Vincular nota {0} y {1} más</translation>
    </message>
    <message>
        <source>Move channel {0}</source>
        <translation>Mover el canal {0}</translation>
    </message>
    <message>
        <source>Move lane {0}</source>
        <translation>Mover carril {0}</translation>
    </message>
    <message>
        <source>Move note {0}</source>
        <translation>Mover nota {0}</translation>
    </message>
    <message>
        <source>Move note {0} and {1} more</source>
        <translation>Mover nota {0} y {1} más</translation>
    </message>
    <message>
        <source>Move persona {0}</source>
        <translation>Mover la persona {0}</translation>
    </message>
    <message>
        <source>Move stage {0}</source>
        <translation>Mover la etapa {0}</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>Mover {0}</translation>
    </message>
    <message>
        <source>Move {0} and {1} more</source>
        <translation>Mover {0} y {1} más</translation>
    </message>
    <message>
        <source>Paste {0}</source>
        <translation>Pegar {0}</translation>
    </message>
    <message>
        <source>Paste {0} and {1} more</source>
        <translation>Pegar {0} y {1} más</translation>
    </message>
    <message>
        <source>Rename channel {0} to {1}</source>
        <translation>Cambiar el nombre del canal {0} a {1}</translation>
    </message>
    <message>
        <source>Rename lane {0} to {1}</source>
        <translation>Renombrar carril {0} a {1}</translation>
    </message>
    <message>
        <source>Rename map {0} to {1}</source>
        <translation>Cambiar el nombre del mapa {0} a {1}</translation>
    </message>
    <message>
        <source>Rename stage {0} to {1}</source>
        <translation>Cambiar el nombre de la etapa {0} a {1}</translation>
    </message>
    <message>
        <source>Rename {0} to {1}</source>
        <translation>Cambiar el nombre de {0} a {1}</translation>
    </message>
    <message>
        <source>Set emotion of {0}</source>
        <translation>Asignar emoción a {0}</translation>
    </message>
    <message>
        <source>Set emotion of {0} and {1} more</source>
        <translation>Asignar emoción a {0} y {1} más</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Neutral (decision)</source>
        <translation>Neutral (decisión)</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Muy negativo</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Muy positivo</translation>
    </message>
</context>
</TS>
