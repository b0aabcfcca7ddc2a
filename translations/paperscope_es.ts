<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArxivAtomParser</name>
    <message>
        <location filename="../models/formats/arxivatomparser.cpp" line="+108"/>
        <source>the reply is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>not an Atom feed</source>
        <translation>no es un canal Atom</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>the reply lists %n results but carries none</source>
        <translation>
            <numerusform>la respuesta indica %n resultado pero no incluye ninguno</numerusform>
            <numerusform>la respuesta indica %n resultados pero no incluye ninguno</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivFetcher</name>
    <message>
        <location filename="../models/online/arxivfetcher.cpp" line="+136"/>
        <source>no reply within %L1 ms</source>
        <translation>sin respuesta en %L1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the server asks to wait %L2 s; try again later</source>
        <translation>%1: el servidor pide esperar %L2 s; inténtelo más tarde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arXiv says: %1 (%2)</source>
        <translation>arXiv responde: %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>arXiv&apos;s reply was empty (%1)</source>
        <translation>la respuesta de arXiv estaba vacía (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arXiv says: %1</source>
        <translation>arXiv responde: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reply is not an arXiv Atom feed (%1)</source>
        <translation>la respuesta no es un canal Atom de arXiv (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (after %n attempts)</source>
        <translation>
            <numerusform>%1 (tras %n intento)</numerusform>
            <numerusform>%1 (tras %n intentos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivLookupController</name>
    <message>
        <location filename="../app/arxivlookupcontroller.cpp" line="+15"/>
        <source>Cancel the arXiv look-up</source>
        <translation>Cancelar la búsqueda en arXiv</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Looking up on arXiv…</source>
        <translation>Buscando en arXiv…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>arXiv: %1</source>
        <translation>arXiv: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (cancelled: the other papers were not looked up)</source>
        <translation>%1 (cancelado: los demás artículos no se buscaron)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arXiv look-up finished</source>
        <translation>Búsqueda en arXiv terminada</translation>
    </message>
</context>
<context>
    <name>ArxivLookupJob</name>
    <message>
        <location filename="../models/online/arxivlookupjob.cpp" line="+86"/>
        <source>the paper is no longer in the store</source>
        <translation>el artículo ya no está en la base de datos</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 matches but cannot be stored: %2</source>
        <translation>%1 coincide pero no se puede guardar: %2</translation>
    </message>
</context>
<context>
    <name>ArxivLookupResult</name>
    <message>
        <location filename="../models/online/arxivlookupresult.cpp" line="+7"/>
        <source>matched %1</source>
        <translation>encontrado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found: %1</source>
        <translation>no encontrado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous: %1</source>
        <translation>ambiguo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (cached reply)</source>
        <translation>%1 (respuesta en caché)</translation>
    </message>
</context>
<context>
    <name>ArxivLookupSummary</name>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln papers looked up: %L1 matched, %L2 not found, %L3 ambiguous, %L4 failed</source>
        <translation>
            <numerusform>%Ln artículo buscado (coincidencias: %L1, sin resultado: %L2, ambiguos: %L3, errores: %L4)</numerusform>
            <numerusform>%Ln artículos buscados (coincidencias: %L1, sin resultado: %L2, ambiguos: %L3, errores: %L4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivMatcher</name>
    <message>
        <location filename="../models/online/arxivmatcher.cpp" line="+53"/>
        <source>no result</source>
        <translation>ningún resultado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has this title but its first author is %2, not %3</source>
        <translation>%1 tiene este título pero su primer autor es %2, no %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has this title but is from %2, not %3±1</source>
        <translation>%1 tiene este título pero es de %2, no de %3±1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown year</source>
        <translation>un año desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n candidates: %1</source>
        <translation>
            <numerusform>%n candidato: %1</numerusform>
            <numerusform>%n candidatos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of the %n results has this title</source>
        <translation>
            <numerusform>el único resultado (%n) no tiene este título</numerusform>
            <numerusform>ninguno de los %n resultados tiene este título</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibFieldsTransaction</name>
    <message>
        <location filename="../models/store/bibfieldstransaction.cpp" line="+98"/>
        <source>line %1: the key &apos;%2&apos; is already used by the paper &apos;%3&apos;</source>
        <translation>línea %1: la clave «%2» ya la usa el artículo «%3»</translation>
    </message>
</context>
<context>
    <name>BibParser</name>
    <message>
        <location filename="../models/formats/bib/bibparser.cpp" line="+145"/>
        <source>unbalanced braces in a quoted value</source>
        <translation>llaves desequilibradas en un valor entre comillas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unbalanced braces: the value is not closed before the next entry</source>
        <translation>llaves desequilibradas: el valor no se cierra antes de la siguiente entrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unbalanced braces: the value is not closed at the end of the file</source>
        <translation>llaves desequilibradas: el valor no está cerrado al final del archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a value longer than %1 characters</source>
        <translation>un valor de más de %1 caracteres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macro expansion too large</source>
        <translation>expansión de macro demasiado grande</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file ends inside a value</source>
        <translation>el archivo termina dentro de un valor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>undefined macro &apos;%1&apos;</source>
        <translation>macro no definida «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>se esperaba un valor, se encontró «%1»</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>se esperaba «%1», se encontró «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+12"/>
        <location line="+28"/>
        <source>the entry is not closed (missing &apos;%1&apos; or unbalanced braces)</source>
        <translation>la entrada no está cerrada (falta «%1» o hay llaves desequilibradas)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>a @string needs NAME = value</source>
        <translation>un @string necesita NOMBRE = valor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an entry without a citation key</source>
        <translation>una entrada sin clave de cita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing comma after the key &apos;%1&apos;</source>
        <translation>falta una coma después de la clave «%1»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a field name, found &apos;%1&apos;</source>
        <translation>se esperaba un nombre de campo, se encontró «%1»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &apos;=&apos; after the field &apos;%1&apos;</source>
        <translation>falta «=» después del campo «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &apos;%1&apos; is given twice</source>
        <translation>el campo «%1» aparece dos veces</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing comma before the field &apos;%1&apos;</source>
        <translation>falta una coma antes del campo «%1»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a BibTeX file: no @entry found</source>
        <translation>no es un archivo BibTeX: no se encontró ninguna entrada @</translation>
    </message>
</context>
<context>
    <name>BibReader</name>
    <message>
        <location filename="../models/formats/bib/bibchunkreader.cpp" line="+153"/>
        <location filename="../models/formats/bib/bibreader.cpp" line="+38"/>
        <source>not a BibTeX file: binary data</source>
        <translation>no es un archivo BibTeX: datos binarios</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../models/formats/bib/bibreader.cpp" line="+17"/>
        <source>the key &apos;%1&apos; is used twice (first on line %2)</source>
        <translation>la clave «%1» se usa dos veces (primero en la línea %2)</translation>
    </message>
    <message>
        <location filename="../models/formats/bib/bibreader.cpp" line="+48"/>
        <source>%1 (entry %2)</source>
        <translation>%1 (entrada %2)</translation>
    </message>
</context>
<context>
    <name>BibtexExport</name>
    <message>
        <location filename="../models/store/bibtexexport.cpp" line="+88"/>
        <source>no device</source>
        <translation>ningún dispositivo</translation>
    </message>
</context>
<context>
    <name>BibtexPreview</name>
    <message>
        <location filename="../views/bibtexpreview.cpp" line="+112"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message>
        <location filename="../app/browsecontroller.cpp" line="+50"/>
        <location line="+49"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %2</source>
        <translation>%L1 de %2</translation>
    </message>
</context>
<context>
    <name>ChartDock</name>
    <message>
        <location filename="../app/chartdock.cpp" line="+20"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Charts &amp;Fill the Window</source>
        <translation>Gráficos en toda la &amp;ventana</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the charts to %1</source>
        <translation>Gráficos guardados en %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export the charts while they are hidden: show them with View &gt; Charts.</source>
        <translation>No se pueden exportar los gráficos mientras están ocultos: muéstrelos con Ver &gt; Gráficos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../views/chartview.cpp" line="+31"/>
        <source>Click to filter, Ctrl+click to add or remove</source>
        <translation>Haga clic para filtrar, Ctrl+clic para añadir o quitar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Papers per year chart</source>
        <translation>Gráfico de artículos por año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category chart</source>
        <translation>Gráfico de categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation chart</source>
        <translation>Gráfico de afiliaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile chart</source>
        <translation>Gráfico de perfiles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Tick one or more profiles under &lt;b&gt;Profiles&lt;/b&gt; in the filter panel to see their figures and papers per year here, side by side.</source>
        <translation>Marque uno o más perfiles en &lt;b&gt;Perfiles&lt;/b&gt; en el panel de filtros para ver aquí sus cifras y sus artículos por año, uno junto a otro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile figures</source>
        <translation>Cifras de los perfiles</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (in %2)</source>
        <comment>a chart title, the collections it shows</comment>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Papers per year, by category</source>
        <translation>Artículos por año, por categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers with a year to show.</source>
        <translation>No hay artículos con año que mostrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+2"/>
        <location line="+35"/>
        <source>Papers</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Category mix</source>
        <translation>Distribución por categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers to show.</source>
        <translation>No hay artículos que mostrar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Top %1 affiliations</source>
        <translation>Las %1 afiliaciones principales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliations</source>
        <translation>Afiliaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of these papers lists an affiliation.</source>
        <translation>Ninguno de estos artículos indica una afiliación.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>other (%1)</source>
        <translation>otras (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profiles (%1)</source>
        <translation>Perfiles (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: papers per year</source>
        <translation>%1: artículos por año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers per year, by profile</source>
        <translation>Artículos por año, por perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers of these profiles match the filters.</source>
        <translation>Ningún artículo de estos perfiles coincide con los filtros.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Charts made with Paperscope</source>
        <translation>Gráficos creados con Paperscope</translation>
    </message>
</context>
<context>
    <name>CollectionCommand</name>
    <message>
        <location filename="../app/collectioncommand.cpp" line="+38"/>
        <source>usage: collection list | create NAME [--parent P] | delete NAME | rename OLD NEW | add|remove NAME [FILTERS]</source>
        <translation>uso: collection list | create NAME [--parent P] | delete NAME | rename OLD NEW | add|remove NAME [FILTERS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--parent belongs to collection create</source>
        <translation>--parent solo se usa con collection create</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>collection %1 takes no filters</source>
        <translation>collection %1 no admite filtros</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a collection needs a name</source>
        <translation>una colección necesita un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created collection &apos;%1&apos;</source>
        <translation>colección «%1» creada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted collection &apos;%1&apos;</source>
        <translation>colección «%1» eliminada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>renamed collection &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>colección «%1» renombrada a «%2»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no collection &apos;%1&apos;</source>
        <translation>no existe la colección «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no paper matches the filters: nothing changed</source>
        <translation>ningún artículo coincide con los filtros: no se cambió nada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added %1 of %2 matching papers to &apos;%3&apos;</source>
        <translation>%1 de %2 artículos coincidentes añadidos a «%3»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took %1 of %2 matching papers out of &apos;%3&apos;</source>
        <translation>%1 de %2 artículos coincidentes quitados de «%3»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: search save NAME [FILTERS] | delete NAME | list</source>
        <translation>uso: search save NAME [FILTERS] | delete NAME | list</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the store is read-only: nothing changed</source>
        <translation>la base de datos es de solo lectura: no se cambió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nothing changed</source>
        <translation>%1: no se cambió nada</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>search delete takes no filters</source>
        <translation>search delete no admite filtros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted saved search &apos;%1&apos;</source>
        <translation>búsqueda guardada «%1» eliminada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved search &apos;%1&apos; (%2 papers match now)</source>
        <translation>búsqueda «%1» guardada (artículos que coinciden ahora: %2)</translation>
    </message>
</context>
<context>
    <name>CollectionStore</name>
    <message>
        <location filename="../models/store/collectionstore.cpp" line="+84"/>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+18"/>
        <location line="+15"/>
        <source>there is no collection &apos;%1&apos;</source>
        <translation>no existe la colección «%1»</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+29"/>
        <source>a collection &apos;%1&apos; exists already</source>
        <translation>ya existe una colección «%1»</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no saved search &apos;%1&apos;</source>
        <translation>no existe la búsqueda guardada «%1»</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+221"/>
        <source>paperscope: another program is writing to the store; waiting for its turn</source>
        <translation>paperscope: otro programa está escribiendo en la base de datos; esperando turno</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../app/copycommand.cpp" line="+12"/>
        <source>copy-to wants one STORE: a new file or a postgresql:// URL</source>
        <translation>copy-to espera un único STORE: un archivo nuevo o una URL postgresql://</translation>
    </message>
</context>
<context>
    <name>DropClassifier</name>
    <message>
        <location filename="../models/formats/dropclassifier.cpp" line="+31"/>
        <source>%1: only files and http(s) links can be imported</source>
        <translation>%1: solo se pueden importar archivos y enlaces http(s)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the dropped text is not a profile (it has no h-index and papers lines)</source>
        <translation>el texto soltado no es un perfil (no tiene líneas h-index y papers)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="+38"/>
        <source>Export BibTeX</source>
        <translation>Exportar BibTeX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX files (*.bib);;All files (*)</source>
        <translation>Archivos BibTeX (*.bib);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exporting %Ln papers…</source>
        <translation>
            <numerusform>Exportando %Ln artículo…</numerusform>
            <numerusform>Exportando %Ln artículos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Copied %Ln BibTeX entries</source>
        <translation>
            <numerusform>%Ln entrada BibTeX copiada</numerusform>
            <numerusform>%Ln entradas BibTeX copiadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied %1</source>
        <translation>%1 copiado</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/exportdialog.cpp" line="+22"/>
        <source>Export BibTeX</source>
        <translation>Exportar BibTeX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers to export</source>
        <translation>Artículos que exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All papers (%L1)</source>
        <translation>&amp;Todos los artículos (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filtered papers (%L1)</source>
        <translation>Artículos &amp;filtrados (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selected papers (%L1)</source>
        <translation>Artículos &amp;seleccionados (%L1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write accented letters as &amp;LaTeX escapes (for classic bibtex)</source>
        <translation>Escribir las letras acentuadas como secuencias de &amp;LaTeX (para el bibtex clásico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave unticked for biber and UTF-8 documents.</source>
        <translation>Déjelo sin marcar para biber y documentos UTF-8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave notes out</source>
        <translation>Omitir las notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the note field (note)</source>
        <translation>En el campo de nota (note)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the annotation field (annote)</source>
        <translation>En el campo de anotación (annote)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;notes:</source>
        <translation>Sus &amp;notas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../app/exportrunner.cpp" line="+31"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>%Ln entrada exportada a %1</numerusform>
            <numerusform>%Ln entradas exportadas a %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetChartModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/facetchartmodel.cpp" line="+33"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln more affiliations: %1 (a paper counts once per affiliation)</source>
        <translation>
            <numerusform>%Ln afiliación más: %1 (un artículo cuenta una vez por afiliación)</numerusform>
            <numerusform>%Ln afiliaciones más: %1 (un artículo cuenta una vez por afiliación)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln more categories: %1 (%2%)</source>
        <translation>
            <numerusform>%Ln categoría más: %1 (%2 %)</numerusform>
            <numerusform>%Ln categorías más: %1 (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>other</source>
        <translation>otras</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/facetmodel.cpp" line="+41"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../views/filterpanel.cpp" line="+34"/>
        <source>Only papers with &amp;code</source>
        <translation>Solo artículos con &amp;código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers with an ar&amp;Xiv id</source>
        <translation>Solo artículos con ID de ar&amp;Xiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search titles, authors, abstracts (Ctrl+F)</source>
        <translation>Buscar en títulos, autores y resúmenes (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search papers</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers with code</source>
        <translation>Solo artículos con código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers with an arXiv id</source>
        <translation>Solo artículos con identificador de arXiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliations</source>
        <translation>Afiliaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry types</source>
        <translation>Tipos de entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venues</source>
        <translation>Lugares de publicación</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../app/importactions.cpp" line="+48"/>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some of what you dropped cannot be imported.</source>
        <translation>Parte de lo que ha soltado no se puede importar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile files (*.txt *.profile);;All files (*)</source>
        <translation>Archivos de perfil (*.txt *.profile);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No profile files were found in what you chose.</source>
        <translation>No se encontraron archivos de perfil en lo que eligió.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (cancelled: the remaining files were not imported)</source>
        <translation>%1 (cancelado: los archivos restantes no se importaron)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n entries of %1 cannot be read, so nothing of the file was imported. Import its readable entries without them?</source>
        <translation>
            <numerusform>%n entrada de %1 no se puede leer, así que no se importó nada del archivo. ¿Importar sus entradas legibles sin ella?</numerusform>
            <numerusform>%n entradas de %1 no se pueden leer, así que no se importó nada del archivo. ¿Importar sus entradas legibles sin ellas?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad Entries in %1</source>
        <translation>Entradas ilegibles en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import %n Readable Entries</source>
        <translation>
            <numerusform>Importar %n entrada legible</numerusform>
            <numerusform>Importar %n entradas legibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../app/importcontroller.cpp" line="+11"/>
        <source>Another program is writing to the store; waiting for its turn…</source>
        <translation>Otro programa está escribiendo en la base de datos; esperando turno…</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+11"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../models/online/importjob.cpp" line="+99"/>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pasted text %1</source>
        <translation>texto pegado %1</translation>
    </message>
</context>
<context>
    <name>ImportTransaction</name>
    <message>
        <location filename="../models/store/importtransaction.cpp" line="+311"/>
        <source>cannot store author &apos;%1&apos;</source>
        <translation>no se puede guardar el autor «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>cannot store affiliation &apos;%1&apos;</source>
        <translation>no se puede guardar la afiliación «%1»</translation>
    </message>
</context>
<context>
    <name>LibraryChange</name>
    <message numerus="yes">
        <location filename="../models/store/postgres/librarychange.h" line="+25"/>
        <source>%n paper(s) added by %1</source>
        <translation>
            <numerusform>%n artículo añadido por %1</numerusform>
            <numerusform>%n artículos añadidos por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) removed by %1</source>
        <translation>
            <numerusform>%n artículo eliminado por %1</numerusform>
            <numerusform>%n artículos eliminados por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) put back by %1</source>
        <translation>
            <numerusform>%n artículo restaurado por %1</numerusform>
            <numerusform>%n artículos restaurados por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) completed from arXiv by %1</source>
        <translation>
            <numerusform>%n artículo completado desde arXiv por %1</numerusform>
            <numerusform>%n artículos completados desde arXiv por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) tagged by %1</source>
        <translation>
            <numerusform>%n artículo etiquetado por %1</numerusform>
            <numerusform>%n artículos etiquetados por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) untagged by %1</source>
        <translation>
            <numerusform>etiqueta quitada de %n artículo por %1</numerusform>
            <numerusform>etiqueta quitada de %n artículos por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) starred by %1</source>
        <translation>
            <numerusform>%n artículo marcado con estrella por %1</numerusform>
            <numerusform>%n artículos marcados con estrella por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) unstarred by %1</source>
        <translation>
            <numerusform>estrella quitada de %n artículo por %1</numerusform>
            <numerusform>estrella quitada de %n artículos por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) marked by %1</source>
        <translation>
            <numerusform>estado de lectura de %n artículo cambiado por %1</numerusform>
            <numerusform>estado de lectura de %n artículos cambiado por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the note of %n paper(s) changed by %1</source>
        <translation>
            <numerusform>la nota de %n artículo cambiada por %1</numerusform>
            <numerusform>las notas de %n artículos cambiadas por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) added to a collection by %1</source>
        <translation>
            <numerusform>%n artículo añadido a una colección por %1</numerusform>
            <numerusform>%n artículos añadidos a una colección por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) taken out of a collection by %1</source>
        <translation>
            <numerusform>%n artículo quitado de una colección por %1</numerusform>
            <numerusform>%n artículos quitados de una colección por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>tags and marks of %n paper(s) put back by %1</source>
        <translation>
            <numerusform>etiquetas y marcas de %n artículo restauradas por %1</numerusform>
            <numerusform>etiquetas y marcas de %n artículos restauradas por %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>collections or saved searches changed by %1</source>
        <translation>colecciones o búsquedas guardadas cambiadas por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the library was changed by %1</source>
        <translation>la biblioteca fue modificada por %1</translation>
    </message>
</context>
<context>
    <name>LibraryCopy</name>
    <message>
        <location filename="../models/store/librarycopy.cpp" line="+21"/>
        <source>cannot read what users decided in %1: %2</source>
        <translation>no se pueden leer los datos de los usuarios en %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the papers were copied, not all user data (tags, marks, notes, collections, saved searches): %1</source>
        <translation>los artículos se copiaron, pero no todos los datos de los usuarios (etiquetas, marcas, notas, colecciones, búsquedas guardadas): %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is read-only</source>
        <translation>%1 es de solo lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not empty: copy into a new library</source>
        <translation>%1 no está vacía: copie en una biblioteca nueva</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1, nothing was copied: %2</source>
        <translation>no se puede escribir en %1, no se copió nada: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the papers were copied, the @preamble values not: %1</source>
        <translation>los artículos se copiaron, pero no los valores de @preamble: %1</translation>
    </message>
</context>
<context>
    <name>LibraryKeyring</name>
    <message>
        <location filename="../app/librarykeyring.cpp" line="+29"/>
        <source>No desktop keyring is running, so the password is kept for this session only</source>
        <translation>No hay ningún llavero del escritorio en ejecución, así que la contraseña solo se guarda para esta sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desktop keyring refused access to the password</source>
        <translation>El llavero del escritorio denegó el acceso a la contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop keyring failed: %1</source>
        <translation>El llavero del escritorio falló: %1</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <location filename="../app/librarysession.cpp" line="+72"/>
        <source>%1 – Paperscope</source>
        <translation>%1 – Paperscope</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The password is kept in the desktop keyring</source>
        <translation>La contraseña se guarda en el llavero del escritorio</translation>
    </message>
</context>
<context>
    <name>LiveLibrary</name>
    <message>
        <location filename="../app/livelibrary.cpp" line="+61"/>
        <source>Reconnected to %1</source>
        <translation>Reconectado a %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection lost: reconnecting…</source>
        <translation>Conexión perdida: reconectando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 was lost; the window is read-only until it is back</source>
        <translation>Se perdió la conexión con %1; la ventana es de solo lectura hasta que se restablezca</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../app/mainmenus.cpp" line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Shared Library…</source>
        <translation>Abrir biblioteca &amp;compartida…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Recent &amp;Library</source>
        <translation>Abrir &amp;biblioteca reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Importar perfiles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Recent</source>
        <translation>Importaciones &amp;recientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export BibTeX…</source>
        <translation>&amp;Exportar BibTeX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export C&amp;hart…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy BibTeX</source>
        <translation>&amp;Copiar BibTeX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Citation &amp;Key</source>
        <translation>Copiar c&amp;lave de cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Profile</source>
        <translation>&amp;Pegar perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Papers</source>
        <translation>&amp;Eliminar artículos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &amp;Profile…</source>
        <translation>Eliminar per&amp;fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Filters</source>
        <translation>Limpiar fil&amp;tros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Online</source>
        <translation>En &amp;línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look Up Selection on &amp;arXiv</source>
        <translation>Buscar la selección en &amp;arXiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look Up A&amp;ll on arXiv</source>
        <translation>Buscar t&amp;odos en arXiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Paperscope</source>
        <translation>&amp;Acerca de Paperscope</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+193"/>
        <source>Local Library (default)</source>
        <translation>Biblioteca local (predeterminada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared: %1</source>
        <translation>Compartida: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>About Paperscope</source>
        <translation>Acerca de Paperscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;A bibliography browser for researcher profile files.&lt;/p&gt;&lt;p&gt;Qt %2 · %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;Store: %5&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;Un explorador bibliográfico para archivos de perfiles de investigadores.&lt;/p&gt;&lt;p&gt;Qt %2 · %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;Base de datos: %5&lt;/p&gt;&lt;p&gt;Licencia: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OnlineActions</name>
    <message>
        <location filename="../app/onlineactions.cpp" line="+27"/>
        <source>Every paper already has an arXiv id.</source>
        <translation>Todos los artículos ya tienen un identificador de arXiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the papers to look up on arXiv first.</source>
        <translation>Seleccione primero los artículos que buscar en arXiv.</translation>
    </message>
</context>
<context>
    <name>OrganiseCommand</name>
    <message>
        <location filename="../app/organisecommand.cpp" line="+28"/>
        <source>Only papers tagged T (repeatable, OR&apos;d).</source>
        <translation>Solo artículos con la etiqueta T (repetible, combinado con O).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only starred papers.</source>
        <translation>Solo artículos con estrella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers in reading state S: unread, reading or read (repeatable, OR&apos;d).</source>
        <translation>Solo artículos en el estado de lectura S: unread, reading o read (repetible, combinado con O).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers in collection NAME or one nested in it (repeatable, OR&apos;d).</source>
        <translation>Solo artículos de la colección NAME o de una anidada en ella (repetible, combinado con O).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers the saved search NAME finds.</source>
        <translation>Solo los artículos que encuentra la búsqueda guardada NAME.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the paper with citation key KEY (repeatable, OR&apos;d).</source>
        <translation>Solo el artículo con la clave de cita KEY (repetible, combinado con O).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: remove the note.</source>
        <translation>note: eliminar la nota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collection create: nest the new collection in NAME.</source>
        <translation>collection create: anidar la nueva colección en NAME.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--state wants unread, reading or read, not &apos;%1&apos;</source>
        <translation>--state espera unread, reading o read, no «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no saved search &apos;%1&apos;</source>
        <translation>no existe la búsqueda guardada «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no paper matches the filters: nothing changed</source>
        <translation>ningún artículo coincide con los filtros: no se cambió nada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--clear belongs to note</source>
        <translation>--clear solo se usa con note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--parent belongs to collection create</source>
        <translation>--parent solo se usa con collection create</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: tag add|remove TAG [FILTERS]</source>
        <translation>uso: tag add|remove TAG [FILTERS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag needs a name</source>
        <translation>una etiqueta necesita un nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tagged %1 of %2 matching papers with &apos;%3&apos;</source>
        <translation>etiqueta «%3» añadida a %1 de %2 artículos coincidentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took &apos;%3&apos; off %1 of %2 matching papers</source>
        <translation>etiqueta «%3» quitada de %1 de %2 artículos coincidentes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: mark unread|reading|read [FILTERS]</source>
        <translation>uso: mark unread|reading|read [FILTERS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes no arguments, only filters: &apos;%2&apos;</source>
        <translation>%1 no admite argumentos, solo filtros: «%2»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>marked %1 of %2 matching papers %3</source>
        <translation>%1 de %2 artículos coincidentes marcados como %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starred %1 of %2 matching papers</source>
        <translation>estrella puesta a %1 de %2 artículos coincidentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unstarred %1 of %2 matching papers</source>
        <translation>estrella quitada a %1 de %2 artículos coincidentes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: note --key KEY [TEXT | --clear]</source>
        <translation>uso: note --key KEY [TEXT | --clear]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note takes a TEXT or --clear, not both</source>
        <translation>note admite un TEXT o --clear, no ambos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cleared the note of %1</source>
        <translation>nota de %1 eliminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noted %1</source>
        <translation>nota de %1 guardada</translation>
    </message>
</context>
<context>
    <name>OrganiseController</name>
    <message>
        <location filename="../app/organisecontroller.cpp" line="+31"/>
        <source>Organise</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organise &amp;Panel</source>
        <translation>&amp;Panel Organizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Star / Unstar</source>
        <translation>Poner / quitar e&amp;strella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Rea&amp;d</source>
        <translation>Marcar como leí&amp;do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Rea&amp;ding</source>
        <translation>Marcar como le&amp;yendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Tag…</source>
        <translation>Añadir e&amp;tiqueta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to Co&amp;llection…</source>
        <translation>Añadir a una c&amp;olección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve Current Search…</source>
        <translation>&amp;Guardar la búsqueda actual…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+235"/>
        <source>Add to Collection</source>
        <translation>Añadir a una colección</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Collection:</source>
        <translation>Colección:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>O&amp;rganise</source>
        <translation>&amp;Organizar</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <source>Rename Collection</source>
        <translation>Renombrar colección</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Saved Search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+148"/>
        <source>Star</source>
        <translation>Poner estrella</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+148"/>
        <source>Unstar</source>
        <translation>Quitar estrella</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+151"/>
        <source>Mark</source>
        <translation>Cambiar estado de lectura</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+155"/>
        <location line="+9"/>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another change is still running; try again when it is done</source>
        <translation>Otro cambio sigue en curso; inténtelo de nuevo cuando termine</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+51"/>
        <location line="+21"/>
        <location line="+14"/>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+21"/>
        <source>Cancelled; nothing was changed</source>
        <translation>Cancelado; no se cambió nada</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tag for the selected papers:</source>
        <translation>Etiqueta para los artículos seleccionados:</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>New Collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the search:</source>
        <translation>Nombre de la búsqueda:</translation>
    </message>
</context>
<context>
    <name>OrganiseJob</name>
    <message>
        <location filename="../app/organisejob.cpp" line="+19"/>
        <source>Cancel the change</source>
        <translation>Cancelar el cambio</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1: %Ln papers…</source>
        <translation>
            <numerusform>%1: %Ln artículo…</numerusform>
            <numerusform>%1: %Ln artículos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisePanel</name>
    <message>
        <location filename="../views/organisepanel.cpp" line="+24"/>
        <source>Stars, tags, collections and saved searches</source>
        <translation>Estrellas, etiquetas, colecciones y búsquedas guardadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starred</source>
        <translation>Con estrella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading state</source>
        <translation>Estado de lectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Starred papers</source>
        <translation>Artículos con estrella</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New Collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename Collection…</source>
        <translation>Renombrar colección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Collection</source>
        <translation>Eliminar colección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Current Search…</source>
        <translation>Guardar la búsqueda actual…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Saved Search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
</context>
<context>
    <name>OrganiseStore</name>
    <message>
        <location filename="../models/store/organisestore.cpp" line="+51"/>
        <location line="+24"/>
        <source>%1 may only read this shared library: nothing changed (%2)</source>
        <translation>%1 solo puede leer esta biblioteca compartida: no se cambió nada (%2)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+29"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>PaperDetailView</name>
    <message>
        <location filename="../views/paperdetailview.cpp" line="+47"/>
        <source>Select a paper to see its details</source>
        <translation>Seleccione un artículo para ver sus detalles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper details</source>
        <translation>Detalles del artículo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BibTeX preview</source>
        <translation>Vista previa de BibTeX</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>et al.</source>
        <translation>et al.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code available</source>
        <translation>Código disponible</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Abstract</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation key</source>
        <translation>Clave de cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arXiv</source>
        <translation>arXiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>PaperListView</name>
    <message>
        <location filename="../views/paperlistview.cpp" line="+20"/>
        <source>Papers</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Empty paper store</source>
        <translation>Base de artículos vacía</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;p&gt;&lt;img src=&apos;:/icons/paperscope.svg&apos; width=&apos;96&apos; height=&apos;96&apos;&gt;&lt;/p&gt;&lt;p style=&apos;font-size:15pt; font-weight:600&apos;&gt;Drop profile files here&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;or use &lt;b&gt;File &amp;gt; Import Profiles…&lt;/b&gt; (Ctrl+O),&lt;br&gt;or paste a profile with &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;Folders work too: every profile file inside is imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;img src=&apos;:/icons/paperscope.svg&apos; width=&apos;96&apos; height=&apos;96&apos;&gt;&lt;/p&gt;&lt;p style=&apos;font-size:15pt; font-weight:600&apos;&gt;Suelte aquí archivos de perfil&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;o use &lt;b&gt;Archivo &amp;gt; Importar perfiles…&lt;/b&gt; (Ctrl+O),&lt;br&gt;o pegue un perfil con &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;También funcionan las carpetas: se importa cada archivo de perfil que contengan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p style=&apos;font-size:13pt; font-weight:600&apos;&gt;No papers match the filters&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;clear&apos;&gt;Clear filters&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt; font-weight:600&apos;&gt;Ningún artículo coincide con los filtros&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;clear&apos;&gt;Limpiar filtros&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaperMarksEditor</name>
    <message>
        <location filename="../views/papermarkseditor.cpp" line="+18"/>
        <source>Save &amp;Note</source>
        <translation>Guardar &amp;nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Starred</source>
        <translation>Con estrella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading state</source>
        <translation>Estado de lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a tag and press Enter</source>
        <translation>Escriba una etiqueta y pulse Intro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note on this paper</source>
        <translation>Una nota sobre este artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Take the tag %1 off</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;ninguna&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>PaperStore</name>
    <message>
        <location filename="../models/store/importbatch.cpp" line="+22"/>
        <location line="+46"/>
        <location filename="../models/store/importbatchtransaction.cpp" line="+68"/>
        <location line="+10"/>
        <location filename="../models/store/paperstore.cpp" line="+178"/>
        <location line="+8"/>
        <source>nothing was imported: %1</source>
        <translation>no se importó nada: %1</translation>
    </message>
    <message>
        <location filename="../models/store/paperstore.cpp" line="-112"/>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot open the store %1</source>
        <translation>no se puede abrir la base de datos %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot set up the store %1</source>
        <translation>no se puede configurar la base de datos %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Paperscope store</source>
        <translation>%1 no es una base de datos de Paperscope</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot prepare the store %1</source>
        <translation>no se puede preparar la base de datos %1</translation>
    </message>
    <message>
        <location filename="../models/store/bibfieldstransaction.cpp" line="-21"/>
        <location filename="../models/store/importtransaction.cpp" line="-246"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>PaperTableModel</name>
    <message>
        <location filename="../models/itemmodels/papertablemodel.cpp" line="+22"/>
        <location line="+27"/>
        <source>%1 et al.</source>
        <translation>%1 et al.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First author</source>
        <translation>Primer autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliations</source>
        <translation>Afiliaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../models/store/postgres/pgconnection.cpp" line="+18"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql (libqt5sql5-psql for the Qt 5 build)</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado: instale libqt6sql6-psql (libqt5sql5-psql para la versión de Qt 5)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>wrong password for %1 on %2 (libpq reads it from PGPASSWORD, ~/.pgpass or a service file)</source>
        <translation>contraseña incorrecta para %1 en %2 (libpq la lee de PGPASSWORD, ~/.pgpass o un archivo de servicio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 asks for a password: give it through PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>%1 en %2 pide una contraseña: indíquela mediante PGPASSWORD, ~/.pgpass o un archivo de servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no role %2: ask the library&apos;s owner to create it (createuser)</source>
        <translation>%1 no tiene el rol %2: pida al propietario de la biblioteca que lo cree (createuser)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no database %1 on %2: create it with createdb, or check the name</source>
        <translation>no existe la base de datos %1 en %2: créela con createdb o compruebe el nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer TLS, but sslmode=%2 requires it</source>
        <translation>%1 no ofrece TLS, pero sslmode=%2 lo exige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepts %2 only over TLS: use sslmode=require</source>
        <translation>%1 solo acepta a %2 mediante TLS: use sslmode=require</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not let %2 in from this machine (pg_hba.conf)</source>
        <translation>%1 no deja entrar a %2 desde este equipo (pg_hba.conf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot find the host %1 (check the name)</source>
        <translation>no se encuentra el servidor %1 (compruebe el nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach PostgreSQL at %1: is the server running, and the host and port right?</source>
        <translation>no se puede contactar con PostgreSQL en %1: ¿está en marcha el servidor y son correctos la dirección y el puerto?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no free connections left; try again later</source>
        <translation>%1 no tiene conexiones libres; inténtelo de nuevo más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the shared library %1: %2</source>
        <translation>no se puede abrir la biblioteca compartida %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the connection to %1 was lost (the server stopped or the network failed); nothing of the unfinished work was kept</source>
        <translation>se perdió la conexión con %1 (el servidor se detuvo o falló la red); no se conservó nada del trabajo sin terminar</translation>
    </message>
</context>
<context>
    <name>PgImport</name>
    <message>
        <location filename="../models/store/postgres/pgimport.cpp" line="+57"/>
        <source>a paper without a title (line %1)</source>
        <translation>un artículo sin título (línea %1)</translation>
    </message>
</context>
<context>
    <name>PgPaperStore</name>
    <message>
        <location filename="../models/store/postgres/pgpaperstore.cpp" line="+66"/>
        <source>&apos;%1&apos; is not a shared library&apos;s URL</source>
        <translation>«%1» no es la URL de una biblioteca compartida</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 opens read-only: your role may read this library, not change it</source>
        <translation>%1 se abre en solo lectura: su rol puede leer esta biblioteca, pero no modificarla</translation>
    </message>
</context>
<context>
    <name>PgRoles</name>
    <message>
        <location filename="../models/store/postgres/pgroles.cpp" line="+50"/>
        <source>only the owner of the library %1 grants roles</source>
        <translation>solo el propietario de la biblioteca %1 concede roles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no role %1: create it first (createuser %1)</source>
        <translation>no existe el rol %1: créelo primero (createuser %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is one of the library&apos;s group roles; grant to a login role</source>
        <translation>%1 es uno de los roles de grupo de la biblioteca; conceda el acceso a un rol de inicio de sesión</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 may not create or grant roles (it needs CREATEROLE): %2</source>
        <translation>%1 no puede crear ni conceder roles (necesita CREATEROLE): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>granting failed, nothing changed: %1</source>
        <translation>la concesión falló, no se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <location filename="../models/store/postgres/pgschema.cpp" line="+53"/>
        <source>cannot read the shared library&apos;s version: %1</source>
        <translation>no se puede leer la versión de la biblioteca compartida: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this library was written by a newer Paperscope (schema %1; this one knows up to %2): update Paperscope</source>
        <translation>esta biblioteca la escribió un Paperscope más reciente (esquema %1; esta versión conoce hasta el %2): actualice Paperscope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database %1 holds tables of another program, not a Paperscope library: use an empty database</source>
        <translation>la base de datos %1 contiene tablas de otro programa, no una biblioteca de Paperscope: use una base de datos vacía</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database %1 is not a Paperscope library yet: its owner (%2) creates it by opening it once</source>
        <translation>la base de datos %1 aún no es una biblioteca de Paperscope: su propietario (%2) la crea al abrirla una vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library needs an update to schema %1 that only its owner (%2) may run: ask them to open it once</source>
        <translation>la biblioteca necesita una actualización al esquema %1 que solo su propietario (%2) puede ejecutar: pídale que la abra una vez</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>the library&apos;s schema could not be updated; nothing changed: %1</source>
        <translation>no se pudo actualizar el esquema de la biblioteca; no se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>ProfileDownloader</name>
    <message>
        <location filename="../models/online/profiledownloader.cpp" line="+37"/>
        <source>only http and https links can be imported</source>
        <translation>solo se pueden importar enlaces http y https</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server does not say the content is text</source>
        <translation>el servidor no indica que el contenido sea texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a text file (%1)</source>
        <translation>no es un archivo de texto (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+45"/>
        <source>larger than %L1 KiB</source>
        <translation>más de %L1 KiB</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>no complete reply within %L1 ms</source>
        <translation>sin respuesta completa en %L1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>more than %n redirects</source>
        <translation>
            <numerusform>más de %n redirección</numerusform>
            <numerusform>más de %n redirecciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected to %1, which is not an http(s) link</source>
        <translation>redirigido a %1, que no es un enlace http(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected from https to plain http (%1)</source>
        <translation>redirigido de https a http sin cifrar (%1)</translation>
    </message>
</context>
<context>
    <name>ProfileFiguresModel</name>
    <message>
        <location filename="../models/itemmodels/profilefiguresmodel.cpp" line="+44"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (main category %2)</source>
        <translation>%1 (categoría principal %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h-index</source>
        <translation>Índice h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citations</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty</source>
        <translation>Novedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI score</source>
        <translation>Puntuación IA</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <location filename="../models/store/profileimporter.cpp" line="+20"/>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a profile file</source>
        <translation>%1: es una carpeta, no un archivo de perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: too large for a profile file (%L2 MB)</source>
        <translation>%1: demasiado grande para un archivo de perfil (%L2 MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source> (and %n more bad entries; nothing of the file was imported)</source>
        <translation>
            <numerusform> (y %n entrada incorrecta más; no se importó nada del archivo)</numerusform>
            <numerusform> (y %n entradas incorrectas más; no se importó nada del archivo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileParser</name>
    <message>
        <location filename="../models/formats/profileparser.cpp" line="+202"/>
        <source>expected %1, found the end of the file</source>
        <translation>se esperaba %1, pero terminó el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+14"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>binary data, not a profile file</source>
        <translation>datos binarios, no un archivo de perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line longer than %L1 characters, not a profile file</source>
        <translation>línea de más de %L1 caracteres, no es un archivo de perfil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a researcher&apos;s name, found %1</source>
        <translation>se esperaba el nombre de un investigador, se encontró %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a category code such as &apos;SE&apos;</source>
        <translation>un código de categoría como «SE»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;h-index&lt;number&gt;&apos;</source>
        <extracomment>The file holds &quot;h-index&quot; literally, followed by a number.</extracomment>
        <translation>«h-index&lt;número&gt;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;&lt;number&gt;papers&apos;</source>
        <extracomment>The file holds a number followed by &quot;papers&quot; literally.</extracomment>
        <translation>«&lt;número&gt;papers»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;&lt;number&gt;citations&apos;</source>
        <extracomment>The file holds a number followed by &quot;citations&quot; literally.</extracomment>
        <translation>«&lt;número&gt;citations»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;&lt;number&gt; Papers&apos;</source>
        <extracomment>The file holds a number followed by &quot; Papers&quot; literally.</extracomment>
        <translation>«&lt;número&gt; Papers»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a paper header such as &apos;SEJan 9, 2023&apos;, found %1</source>
        <translation>se esperaba una cabecera de artículo como «SEJan 9, 2023», se encontró %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>impossible date &apos;%1 %2, %3&apos;</source>
        <translation>fecha imposible «%1 %2, %3»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>impossible date &apos;%1 %2&apos;</source>
        <translation>fecha imposible «%1 %2»</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>paper block ends before its authors</source>
        <translation>el bloque del artículo termina antes de sus autores</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expected a paper title, found %1</source>
        <translation>se esperaba un título de artículo, se encontró %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a paper title with a letter or a digit, found %1</source>
        <translation>se esperaba un título de artículo con una letra o un dígito, se encontró %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected the authors of the paper on line %1, found %2</source>
        <translation>se esperaban los autores del artículo de la línea %1, se encontró %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file says %1 but lists no paper</source>
        <translation>el archivo indica %1 pero no incluye ningún artículo</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <location filename="../app/removecommand.cpp" line="+9"/>
        <source>Remove Paper</source>
        <translation>Eliminar artículo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %Ln Papers</source>
        <translation>
            <numerusform>Eliminar %Ln artículo</numerusform>
            <numerusform>Eliminar %Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Profile %1</source>
        <translation>Eliminar el perfil %1</translation>
    </message>
</context>
<context>
    <name>RemoveController</name>
    <message numerus="yes">
        <location filename="../app/removecontroller.cpp" line="+25"/>
        <source>Removed %Ln papers. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln artículo eliminado. Deshaga con Ctrl+Z.</numerusform>
            <numerusform>%Ln artículos eliminados. Deshaga con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Remove Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Profile to remove:</source>
        <translation>Perfil que eliminar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 and the papers no other profile lists? You can undo this.</source>
        <translation>¿Eliminar %1 y los artículos que ningún otro perfil incluye? Puede deshacerlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>SharedCommand</name>
    <message>
        <location filename="../app/sharedcommand.cpp" line="+18"/>
        <source>grant works on shared libraries only: --db postgresql://USER@HOST/DB</source>
        <translation>grant solo funciona con bibliotecas compartidas: --db postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>grant wants reader|editor ROLE</source>
        <translation>grant espera reader|editor ROLE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2 of %3 (member of %4)</source>
        <translation>%1 es ahora %2 de %3 (miembro de %4)</translation>
    </message>
</context>
<context>
    <name>SharedLibraryDialog</name>
    <message>
        <location filename="../views/sharedlibrarydialog.cpp" line="+22"/>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del escritorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Shared Library</source>
        <translation>Abrir biblioteca compartida</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use TLS when the server offers it</source>
        <translation>Usar TLS si el servidor lo ofrece</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Require TLS</source>
        <translation>Exigir TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS and check the certificate</source>
        <translation>Exigir TLS y comprobar el certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS, check the certificate and the host name</source>
        <translation>Exigir TLS y comprobar el certificado y el nombre del servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No TLS</source>
        <translation>Sin TLS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: else the keyring, ~/.pgpass or PGPASSWORD</source>
        <translation>Opcional: si no, el llavero, ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../views/statusprogress.cpp" line="+11"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>StoreArxiv</name>
    <message>
        <location filename="../models/store/postgres/pgarxiv.cpp" line="+78"/>
        <location filename="../models/store/storearxiv.cpp" line="+56"/>
        <source>the match has no arXiv id</source>
        <translation>la coincidencia no tiene identificador de arXiv</translation>
    </message>
    <message>
        <location filename="../models/store/storearxiv.cpp" line="+4"/>
        <source>the store is busy or read-only: %1</source>
        <translation>la base de datos está ocupada o es de solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgarxiv.cpp" line="-30"/>
        <location filename="../models/store/storearxiv.cpp" line="+14"/>
        <source>the paper is no longer in the store</source>
        <translation>el artículo ya no está en la base de datos</translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message numerus="yes">
        <location filename="../models/store/storefault.cpp" line="+101"/>
        <source>the store is busy: another program kept it locked for over %n seconds; try again when it is done</source>
        <translation>
            <numerusform>la base de datos está ocupada: otro programa la ha bloqueado durante más de %n segundo; inténtelo de nuevo cuando termine</numerusform>
            <numerusform>la base de datos está ocupada: otro programa la ha bloqueado durante más de %n segundos; inténtelo de nuevo cuando termine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full (or the store reached its size limit)</source>
        <translation>el disco está lleno (o la base de datos alcanzó su tamaño máximo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store is read-only</source>
        <translation>la base de datos es de solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store is damaged; restart Paperscope to keep it aside and start afresh</source>
        <translation>la base de datos está dañada; reinicie Paperscope para apartarla y empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <location filename="../app/storenotice.cpp" line="+45"/>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read-only store: browse and export only</source>
        <translation>Base de datos de solo lectura: solo explorar y exportar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged store replaced</source>
        <translation>Base de datos dañada reemplazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store was damaged. It was kept aside and a new, empty store was created.</source>
        <translation>La base de datos estaba dañada. Se apartó y se creó una base de datos nueva y vacía.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../models/store/storeopener.cpp" line="+129"/>
        <source>cannot move it aside to %1</source>
        <translation>no se puede mover a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>moved it to %1 but cannot move %2 along</source>
        <translation>se movió a %1 pero no se puede mover %2 con ella</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the store %1 is a folder, not a file</source>
        <translation>la base de datos %1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the store %1: permission denied</source>
        <translation>no se puede leer la base de datos %1: permiso denegado</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>the store %1 is busy: another program has kept it locked for over %n seconds (%2); try again when it is done</source>
        <translation>
            <numerusform>la base de datos %1 está ocupada: otro programa la mantiene bloqueada desde hace más de %n segundo (%2); inténtelo de nuevo cuando termine</numerusform>
            <numerusform>la base de datos %1 está ocupada: otro programa la mantiene bloqueada desde hace más de %n segundos (%2); inténtelo de nuevo cuando termine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the store %1: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store %1 is damaged (%2) and read-only, so it cannot be replaced; it was left as it is</source>
        <translation>la base de datos %1 está dañada (%2) y es de solo lectura, así que no se puede reemplazar; se dejó como estaba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the store %1 is damaged (%2) and %3</source>
        <extracomment>%3 says what went wrong when the damaged file was moved aside.</extracomment>
        <translation>la base de datos %1 está dañada (%2) y %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the store %1 was damaged (%2); it was kept as %3 and a new, empty store was created</source>
        <translation>la base de datos %1 estaba dañada (%2); se conservó como %3 y se creó una base de datos nueva y vacía</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the store %1 was written by a newer Paperscope (schema %2, this build knows %3); it was left as it is</source>
        <translation>la base de datos %1 la escribió un Paperscope más reciente (esquema %2, esta versión conoce el %3); se dejó como estaba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Paperscope store (it holds another program&apos;s tables); it was left as it is</source>
        <translation>%1 no es una base de datos de Paperscope (contiene tablas de otro programa); se dejó como estaba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the store %1 is read-only and needs an upgrade from schema %2 to %3; it was left as it is</source>
        <translation>la base de datos %1 es de solo lectura y necesita actualizarse del esquema %2 al %3; se dejó como estaba</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the store %1 is read-only: papers can be browsed and exported, not imported or removed</source>
        <translation>la base de datos %1 es de solo lectura: los artículos se pueden explorar y exportar, pero no importar ni eliminar</translation>
    </message>
</context>
<context>
    <name>StoreRemoval</name>
    <message>
        <location filename="../models/store/storeremoval.cpp" line="+53"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>no hay ningún perfil llamado «%1»</translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgremoval.cpp" line="+74"/>
        <source>there is no profile named %1</source>
        <translation>no hay ningún perfil llamado %1</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <location filename="../models/store/storeschema.cpp" line="+38"/>
        <source>cannot read the schema version</source>
        <translation>no se puede leer la versión del esquema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store was written by a newer Paperscope (schema %1, this build knows %2)</source>
        <translation>la base de datos la escribió un Paperscope más reciente (esquema %1, esta versión conoce el %2)</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <location filename="../models/store/textreport.cpp" line="+45"/>
        <location line="+27"/>
        <source>%Ln papers added</source>
        <translation>
            <numerusform>%Ln artículo añadido</numerusform>
            <numerusform>%Ln artículos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <location line="+27"/>
        <source>%Ln already known</source>
        <translation>
            <numerusform>%Ln ya conocido</numerusform>
            <numerusform>%Ln ya conocidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>new profile</source>
        <translation>perfil nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile updated</source>
        <translation>perfil actualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing changed</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln files imported</source>
        <translation>
            <numerusform>%Ln archivo importado</numerusform>
            <numerusform>%Ln archivos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln rechazado</numerusform>
            <numerusform>%Ln rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln profiles updated</source>
        <translation>
            <numerusform>%Ln perfil actualizado</numerusform>
            <numerusform>%Ln perfiles actualizados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>copied %Ln papers and %1 to %2</source>
        <translation>
            <numerusform>%Ln artículo y %1 copiados a %2</numerusform>
            <numerusform>%Ln artículos y %1 copiados a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln profiles</source>
        <translation>
            <numerusform>%Ln perfil</numerusform>
            <numerusform>%Ln perfiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearChartModel</name>
    <message>
        <location filename="../models/itemmodels/yearchartmodel.cpp" line="+62"/>
        <source>%1 in %2: %3 of %4</source>
        <translation>%1 en %2: %3 de %4</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
</context>
</TS>
