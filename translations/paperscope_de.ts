<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArxivAtomParser</name>
    <message>
        <location filename="../models/formats/arxivatomparser.cpp" line="+108"/>
        <source>the reply is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>not an Atom feed</source>
        <translation>kein Atom-Feed</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>the reply lists %n results but carries none</source>
        <translation>
            <numerusform>die Antwort nennt %n Ergebnis, enthält aber keines</numerusform>
            <numerusform>die Antwort nennt %n Ergebnisse, enthält aber keines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivFetcher</name>
    <message>
        <location filename="../models/online/arxivfetcher.cpp" line="+136"/>
        <source>no reply within %L1 ms</source>
        <translation>keine Antwort innerhalb von %L1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the server asks to wait %L2 s; try again later</source>
        <translation>%1: Der Server bittet, %L2 s zu warten; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arXiv says: %1 (%2)</source>
        <translation>arXiv meldet: %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>arXiv&apos;s reply was empty (%1)</source>
        <translation>die Antwort von arXiv war leer (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arXiv says: %1</source>
        <translation>arXiv meldet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reply is not an arXiv Atom feed (%1)</source>
        <translation>die Antwort ist kein arXiv-Atom-Feed (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (after %n attempts)</source>
        <translation>
            <numerusform>%1 (nach %n Versuch)</numerusform>
            <numerusform>%1 (nach %n Versuchen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivLookupController</name>
    <message>
        <location filename="../app/arxivlookupcontroller.cpp" line="+15"/>
        <source>Cancel the arXiv look-up</source>
        <translation>arXiv-Abfrage abbrechen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Looking up on arXiv…</source>
        <translation>Abfrage bei arXiv…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>arXiv: %1</source>
        <translation>arXiv: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (cancelled: the other papers were not looked up)</source>
        <translation>%1 (abgebrochen: die übrigen Paper wurden nicht abgefragt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arXiv look-up finished</source>
        <translation>arXiv-Abfrage abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ArxivLookupJob</name>
    <message>
        <location filename="../models/online/arxivlookupjob.cpp" line="+86"/>
        <source>the paper is no longer in the store</source>
        <translation>das Paper ist nicht mehr in der Datenbank</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 matches but cannot be stored: %2</source>
        <translation>%1 passt, kann aber nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ArxivLookupResult</name>
    <message>
        <location filename="../models/online/arxivlookupresult.cpp" line="+7"/>
        <source>matched %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found: %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous: %1</source>
        <translation>mehrdeutig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (cached reply)</source>
        <translation>%1 (zwischengespeicherte Antwort)</translation>
    </message>
</context>
<context>
    <name>ArxivLookupSummary</name>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln papers looked up: %L1 matched, %L2 not found, %L3 ambiguous, %L4 failed</source>
        <translation>
            <numerusform>%Ln Paper abgefragt: %L1 gefunden, %L2 nicht gefunden, %L3 mehrdeutig, %L4 fehlgeschlagen</numerusform>
            <numerusform>%Ln Paper abgefragt: %L1 gefunden, %L2 nicht gefunden, %L3 mehrdeutig, %L4 fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivMatcher</name>
    <message>
        <location filename="../models/online/arxivmatcher.cpp" line="+53"/>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has this title but its first author is %2, not %3</source>
        <translation>%1 hat diesen Titel, aber der Erstautor ist %2, nicht %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has this title but is from %2, not %3±1</source>
        <translation>%1 hat diesen Titel, stammt aber aus %2, nicht %3±1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown year</source>
        <translation>einem unbekannten Jahr</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n candidates: %1</source>
        <translation>
            <numerusform>%n Kandidat: %1</numerusform>
            <numerusform>%n Kandidaten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of the %n results has this title</source>
        <translation>
            <numerusform>das einzige Ergebnis (%n) hat nicht diesen Titel</numerusform>
            <numerusform>keines der %n Ergebnisse hat diesen Titel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibFieldsTransaction</name>
    <message>
        <location filename="../models/store/bibfieldstransaction.cpp" line="+98"/>
        <source>line %1: the key &apos;%2&apos; is already used by the paper &apos;%3&apos;</source>
        <translation>Zeile %1: der Zitierschlüssel &apos;%2&apos; wird bereits vom Paper &apos;%3&apos; verwendet</translation>
    </message>
</context>
<context>
    <name>BibParser</name>
    <message>
        <location filename="../models/formats/bib/bibparser.cpp" line="+145"/>
        <source>unbalanced braces in a quoted value</source>
        <translation>nicht ausgeglichene geschweifte Klammern in einem Wert in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unbalanced braces: the value is not closed before the next entry</source>
        <translation>nicht ausgeglichene geschweifte Klammern: der Wert wird vor dem nächsten Eintrag nicht geschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unbalanced braces: the value is not closed at the end of the file</source>
        <translation>nicht ausgeglichene geschweifte Klammern: der Wert ist am Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a value longer than %1 characters</source>
        <translation>ein Wert mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macro expansion too large</source>
        <translation>Makroexpansion zu groß</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file ends inside a value</source>
        <translation>die Datei endet mitten in einem Wert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>undefined macro &apos;%1&apos;</source>
        <translation>undefiniertes Makro &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>Wert erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>&apos;%1&apos; erwartet, &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+12"/>
        <location line="+28"/>
        <source>the entry is not closed (missing &apos;%1&apos; or unbalanced braces)</source>
        <translation>der Eintrag ist nicht geschlossen (&apos;%1&apos; fehlt oder geschweifte Klammern sind nicht ausgeglichen)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>a @string needs NAME = value</source>
        <translation>ein @string braucht NAME = Wert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an entry without a citation key</source>
        <translation>ein Eintrag ohne Zitierschlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing comma after the key &apos;%1&apos;</source>
        <translation>Komma nach dem Schlüssel &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a field name, found &apos;%1&apos;</source>
        <translation>Feldname erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &apos;=&apos; after the field &apos;%1&apos;</source>
        <translation>&apos;=&apos; nach dem Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &apos;%1&apos; is given twice</source>
        <translation>das Feld &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing comma before the field &apos;%1&apos;</source>
        <translation>Komma vor dem Feld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a BibTeX file: no @entry found</source>
        <translation>keine BibTeX-Datei: kein @-Eintrag gefunden</translation>
    </message>
</context>
<context>
    <name>BibReader</name>
    <message>
        <location filename="../models/formats/bib/bibchunkreader.cpp" line="+153"/>
        <location filename="../models/formats/bib/bibreader.cpp" line="+38"/>
        <source>not a BibTeX file: binary data</source>
        <translation>keine BibTeX-Datei: Binärdaten</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../models/formats/bib/bibreader.cpp" line="+17"/>
        <source>the key &apos;%1&apos; is used twice (first on line %2)</source>
        <translation>der Schlüssel &apos;%1&apos; kommt zweimal vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/formats/bib/bibreader.cpp" line="+48"/>
        <source>%1 (entry %2)</source>
        <translation>%1 (Eintrag %2)</translation>
    </message>
</context>
<context>
    <name>BibtexExport</name>
    <message>
        <location filename="../models/store/bibtexexport.cpp" line="+88"/>
        <source>no device</source>
        <translation>kein Ausgabegerät</translation>
    </message>
</context>
<context>
    <name>BibtexPreview</name>
    <message>
        <location filename="../views/bibtexpreview.cpp" line="+112"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message>
        <location filename="../app/browsecontroller.cpp" line="+50"/>
        <location line="+49"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln Paper</numerusform>
            <numerusform>%Ln Paper</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %2</source>
        <translation>%L1 von %2</translation>
    </message>
</context>
<context>
    <name>ChartDock</name>
    <message>
        <location filename="../app/chartdock.cpp" line="+20"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Charts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Charts &amp;Fill the Window</source>
        <translation>Diagramme &amp;füllen das Fenster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the charts to %1</source>
        <translation>Diagramme in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export the charts while they are hidden: show them with View &gt; Charts.</source>
        <translation>Die Diagramme lassen sich nicht exportieren, solange sie ausgeblendet sind: Blenden Sie sie mit Ansicht &gt; Diagramme ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../views/chartview.cpp" line="+31"/>
        <source>Click to filter, Ctrl+click to add or remove</source>
        <translation>Klicken zum Filtern, Strg+Klick zum Hinzufügen oder Entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Papers per year chart</source>
        <translation>Diagramm: Paper pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category chart</source>
        <translation>Kategoriediagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation chart</source>
        <translation>Affiliationsdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile chart</source>
        <translation>Profildiagramm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Tick one or more profiles under &lt;b&gt;Profiles&lt;/b&gt; in the filter panel to see their figures and papers per year here, side by side.</source>
        <translation>Haken Sie in der Filterleiste unter &lt;b&gt;Profile&lt;/b&gt; ein oder mehrere Profile an, um hier ihre Kennzahlen und Paper pro Jahr nebeneinander zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile figures</source>
        <translation>Profilkennzahlen</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (in %2)</source>
        <comment>a chart title, the collections it shows</comment>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Papers per year, by category</source>
        <translation>Paper pro Jahr, nach Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers with a year to show.</source>
        <translation>Keine Paper mit Jahresangabe vorhanden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+2"/>
        <location line="+35"/>
        <source>Papers</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Category mix</source>
        <translation>Kategorienverteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers to show.</source>
        <translation>Keine Paper vorhanden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Top %1 affiliations</source>
        <translation>Die %1 häufigsten Affiliationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliations</source>
        <translation>Affiliationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of these papers lists an affiliation.</source>
        <translation>Keines dieser Paper nennt eine Affiliation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>other (%1)</source>
        <translation>Sonstige (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profiles (%1)</source>
        <translation>Profile (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: papers per year</source>
        <translation>%1: Paper pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers per year, by profile</source>
        <translation>Paper pro Jahr, nach Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers of these profiles match the filters.</source>
        <translation>Kein Paper dieser Profile entspricht den Filtern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln Paper</numerusform>
            <numerusform>%Ln Paper</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Charts made with Paperscope</source>
        <translation>Mit Paperscope erstellte Diagramme</translation>
    </message>
</context>
<context>
    <name>CollectionCommand</name>
    <message>
        <location filename="../app/collectioncommand.cpp" line="+38"/>
        <source>usage: collection list | create NAME [--parent P] | delete NAME | rename OLD NEW | add|remove NAME [FILTERS]</source>
        <translation>Verwendung: collection list | create NAME [--parent P] | delete NAME | rename OLD NEW | add|remove NAME [FILTERS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--parent belongs to collection create</source>
        <translation>--parent gehört zu collection create</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>collection %1 takes no filters</source>
        <translation>collection %1 nimmt keine Filter an</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n Paper</numerusform>
            <numerusform>%n Paper</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a collection needs a name</source>
        <translation>eine Sammlung braucht einen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created collection &apos;%1&apos;</source>
        <translation>Sammlung &apos;%1&apos; angelegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted collection &apos;%1&apos;</source>
        <translation>Sammlung &apos;%1&apos; gelöscht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>renamed collection &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Sammlung &apos;%1&apos; in &apos;%2&apos; umbenannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no collection &apos;%1&apos;</source>
        <translation>es gibt keine Sammlung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no paper matches the filters: nothing changed</source>
        <translation>kein Paper entspricht den Filtern: nichts geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added %1 of %2 matching papers to &apos;%3&apos;</source>
        <translation>%1 von %2 passenden Papern zu &apos;%3&apos; hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took %1 of %2 matching papers out of &apos;%3&apos;</source>
        <translation>%1 von %2 passenden Papern aus &apos;%3&apos; herausgenommen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: search save NAME [FILTERS] | delete NAME | list</source>
        <translation>Verwendung: search save NAME [FILTERS] | delete NAME | list</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the store is read-only: nothing changed</source>
        <translation>die Datenbank ist schreibgeschützt: nichts geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nothing changed</source>
        <translation>%1: nichts geändert</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>search delete takes no filters</source>
        <translation>search delete nimmt keine Filter an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted saved search &apos;%1&apos;</source>
        <translation>gespeicherte Suche &apos;%1&apos; gelöscht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved search &apos;%1&apos; (%2 papers match now)</source>
        <translation>Suche &apos;%1&apos; gespeichert (derzeit passende Paper: %2)</translation>
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
        <translation>es gibt keine Sammlung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+29"/>
        <source>a collection &apos;%1&apos; exists already</source>
        <translation>eine Sammlung &apos;%1&apos; gibt es bereits</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no saved search &apos;%1&apos;</source>
        <translation>es gibt keine gespeicherte Suche &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+221"/>
        <source>paperscope: another program is writing to the store; waiting for its turn</source>
        <translation>paperscope: ein anderes Programm schreibt in die Datenbank; warte, bis es fertig ist</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../app/copycommand.cpp" line="+12"/>
        <source>copy-to wants one STORE: a new file or a postgresql:// URL</source>
        <translation>copy-to erwartet genau einen STORE: eine neue Datei oder eine postgresql://-URL</translation>
    </message>
</context>
<context>
    <name>DropClassifier</name>
    <message>
        <location filename="../models/formats/dropclassifier.cpp" line="+31"/>
        <source>%1: only files and http(s) links can be imported</source>
        <translation>%1: Nur Dateien und http(s)-Links können importiert werden</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the dropped text is not a profile (it has no h-index and papers lines)</source>
        <translation>der abgelegte Text ist kein Profil (ihm fehlen die Zeilen für h-index und papers)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="+38"/>
        <source>Export BibTeX</source>
        <translation>BibTeX exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX files (*.bib);;All files (*)</source>
        <translation>BibTeX-Dateien (*.bib);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exporting %Ln papers…</source>
        <translation>
            <numerusform>%Ln Paper wird exportiert…</numerusform>
            <numerusform>%Ln Paper werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Copied %Ln BibTeX entries</source>
        <translation>
            <numerusform>%Ln BibTeX-Eintrag kopiert</numerusform>
            <numerusform>%Ln BibTeX-Einträge kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/exportdialog.cpp" line="+22"/>
        <source>Export BibTeX</source>
        <translation>BibTeX exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers to export</source>
        <translation>Zu exportierende Paper</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All papers (%L1)</source>
        <translation>&amp;Alle Paper (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filtered papers (%L1)</source>
        <translation>&amp;Gefilterte Paper (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selected papers (%L1)</source>
        <translation>Aus&amp;gewählte Paper (%L1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write accented letters as &amp;LaTeX escapes (for classic bibtex)</source>
        <translation>Akzentbuchstaben als &amp;LaTeX-Escapes schreiben (für klassisches bibtex)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave unticked for biber and UTF-8 documents.</source>
        <translation>Für biber und UTF-8-Dokumente nicht ankreuzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave notes out</source>
        <translation>Notizen weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the note field (note)</source>
        <translation>Im Feld „note“ (note)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the annotation field (annote)</source>
        <translation>Im Anmerkungsfeld (annote)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;notes:</source>
        <translation>Ihre &amp;Notizen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../app/exportrunner.cpp" line="+31"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetChartModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/facetchartmodel.cpp" line="+33"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln Paper</numerusform>
            <numerusform>%Ln Paper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln more affiliations: %1 (a paper counts once per affiliation)</source>
        <translation>
            <numerusform>%Ln weitere Affiliation: %1 (ein Paper zählt einmal pro Affiliation)</numerusform>
            <numerusform>%Ln weitere Affiliationen: %1 (ein Paper zählt einmal pro Affiliation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln more categories: %1 (%2%)</source>
        <translation>
            <numerusform>%Ln weitere Kategorie: %1 (%2 %)</numerusform>
            <numerusform>%Ln weitere Kategorien: %1 (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>other</source>
        <translation>Sonstige</translation>
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
            <numerusform>%Ln Paper</numerusform>
            <numerusform>%Ln Paper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../views/filterpanel.cpp" line="+34"/>
        <source>Only papers with &amp;code</source>
        <translation>Nur Paper mit &amp;Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers with an ar&amp;Xiv id</source>
        <translation>Nur Paper mit ar&amp;Xiv-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search titles, authors, abstracts (Ctrl+F)</source>
        <translation>Titel, Autoren, Zusammenfassungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search papers</source>
        <translation>Paper durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers with code</source>
        <translation>Nur Paper mit Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers with an arXiv id</source>
        <translation>Nur Paper mit arXiv-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliations</source>
        <translation>Affiliationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry types</source>
        <translation>Eintragstypen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venues</source>
        <translation>Publikationsorte</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../app/importactions.cpp" line="+48"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some of what you dropped cannot be imported.</source>
        <translation>Ein Teil des Abgelegten kann nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile files (*.txt *.profile);;All files (*)</source>
        <translation>Profildateien (*.txt *.profile);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No profile files were found in what you chose.</source>
        <translation>In Ihrer Auswahl wurden keine Profildateien gefunden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (cancelled: the remaining files were not imported)</source>
        <translation>%1 (abgebrochen: die übrigen Dateien wurden nicht importiert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n entries of %1 cannot be read, so nothing of the file was imported. Import its readable entries without them?</source>
        <translation>
            <numerusform>%n Eintrag von %1 ist nicht lesbar, daher wurde nichts aus der Datei importiert. Die lesbaren Einträge ohne ihn importieren?</numerusform>
            <numerusform>%n Einträge von %1 sind nicht lesbar, daher wurde nichts aus der Datei importiert. Die lesbaren Einträge ohne sie importieren?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad Entries in %1</source>
        <translation>Fehlerhafte Einträge in %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import %n Readable Entries</source>
        <translation>
            <numerusform>%n lesbaren Eintrag importieren</numerusform>
            <numerusform>%n lesbare Einträge importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../app/importcontroller.cpp" line="+11"/>
        <source>Another program is writing to the store; waiting for its turn…</source>
        <translation>Ein anderes Programm schreibt in die Datenbank; warten, bis es fertig ist…</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+11"/>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../models/online/importjob.cpp" line="+99"/>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pasted text %1</source>
        <translation>eingefügter Text %1</translation>
    </message>
</context>
<context>
    <name>ImportTransaction</name>
    <message>
        <location filename="../models/store/importtransaction.cpp" line="+311"/>
        <source>cannot store author &apos;%1&apos;</source>
        <translation>Autor &apos;%1&apos; kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>cannot store affiliation &apos;%1&apos;</source>
        <translation>Affiliation &apos;%1&apos; kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>LibraryChange</name>
    <message numerus="yes">
        <location filename="../models/store/postgres/librarychange.h" line="+25"/>
        <source>%n paper(s) added by %1</source>
        <translation>
            <numerusform>%1 hat %n Paper hinzugefügt</numerusform>
            <numerusform>%1 hat %n Paper hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) removed by %1</source>
        <translation>
            <numerusform>%1 hat %n Paper entfernt</numerusform>
            <numerusform>%1 hat %n Paper entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) put back by %1</source>
        <translation>
            <numerusform>%1 hat %n Paper wiederhergestellt</numerusform>
            <numerusform>%1 hat %n Paper wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) completed from arXiv by %1</source>
        <translation>
            <numerusform>%1 hat %n Paper aus arXiv ergänzt</numerusform>
            <numerusform>%1 hat %n Paper aus arXiv ergänzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) tagged by %1</source>
        <translation>
            <numerusform>%1 hat %n Paper mit einem Schlagwort versehen</numerusform>
            <numerusform>%1 hat %n Paper mit einem Schlagwort versehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) untagged by %1</source>
        <translation>
            <numerusform>%1 hat bei %n Paper ein Schlagwort entfernt</numerusform>
            <numerusform>%1 hat bei %n Papern ein Schlagwort entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) starred by %1</source>
        <translation>
            <numerusform>%1 hat %n Paper mit Stern markiert</numerusform>
            <numerusform>%1 hat %n Paper mit Stern markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) unstarred by %1</source>
        <translation>
            <numerusform>%1 hat bei %n Paper den Stern entfernt</numerusform>
            <numerusform>%1 hat bei %n Papern den Stern entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) marked by %1</source>
        <translation>
            <numerusform>%1 hat den Lesestatus von %n Paper gesetzt</numerusform>
            <numerusform>%1 hat den Lesestatus von %n Papern gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the note of %n paper(s) changed by %1</source>
        <translation>
            <numerusform>%1 hat die Notiz von %n Paper geändert</numerusform>
            <numerusform>%1 hat die Notizen von %n Papern geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) added to a collection by %1</source>
        <translation>
            <numerusform>%1 hat %n Paper zu einer Sammlung hinzugefügt</numerusform>
            <numerusform>%1 hat %n Paper zu einer Sammlung hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) taken out of a collection by %1</source>
        <translation>
            <numerusform>%1 hat %n Paper aus einer Sammlung genommen</numerusform>
            <numerusform>%1 hat %n Paper aus einer Sammlung genommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>tags and marks of %n paper(s) put back by %1</source>
        <translation>
            <numerusform>%1 hat die Schlagwörter und Markierungen von %n Paper wiederhergestellt</numerusform>
            <numerusform>%1 hat die Schlagwörter und Markierungen von %n Papern wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>collections or saved searches changed by %1</source>
        <translation>%1 hat Sammlungen oder gespeicherte Suchen geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the library was changed by %1</source>
        <translation>%1 hat die Bibliothek geändert</translation>
    </message>
</context>
<context>
    <name>LibraryCopy</name>
    <message>
        <location filename="../models/store/librarycopy.cpp" line="+21"/>
        <source>cannot read what users decided in %1: %2</source>
        <translation>die Benutzerdaten in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the papers were copied, not all user data (tags, marks, notes, collections, saved searches): %1</source>
        <translation>die Paper wurden kopiert, aber nicht alle Benutzerdaten (Schlagwörter, Markierungen, Notizen, Sammlungen, gespeicherte Suchen): %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not empty: copy into a new library</source>
        <translation>%1 ist nicht leer: kopieren Sie in eine neue Bibliothek</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1, nothing was copied: %2</source>
        <translation>%1 kann nicht geschrieben werden, nichts wurde kopiert: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the papers were copied, the @preamble values not: %1</source>
        <translation>die Paper wurden kopiert, die @preamble-Werte nicht: %1</translation>
    </message>
</context>
<context>
    <name>LibraryKeyring</name>
    <message>
        <location filename="../app/librarykeyring.cpp" line="+29"/>
        <source>No desktop keyring is running, so the password is kept for this session only</source>
        <translation>Es läuft kein Desktop-Schlüsselbund, daher wird das Passwort nur für diese Sitzung gemerkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desktop keyring refused access to the password</source>
        <translation>Der Desktop-Schlüsselbund hat den Zugriff auf das Passwort verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop keyring failed: %1</source>
        <translation>Fehler im Desktop-Schlüsselbund: %1</translation>
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
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The password is kept in the desktop keyring</source>
        <translation>Das Passwort ist im Desktop-Schlüsselbund gespeichert</translation>
    </message>
</context>
<context>
    <name>LiveLibrary</name>
    <message>
        <location filename="../app/livelibrary.cpp" line="+61"/>
        <source>Reconnected to %1</source>
        <translation>Wieder mit %1 verbunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection lost: reconnecting…</source>
        <translation>Verbindung unterbrochen: wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 was lost; the window is read-only until it is back</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen; das Fenster ist schreibgeschützt, bis sie wieder besteht</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../app/mainmenus.cpp" line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Shared Library…</source>
        <translation>&amp;Gemeinsame Bibliothek öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Recent &amp;Library</source>
        <translation>Zuletzt geöffnete Bib&amp;liotheken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Profile importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Recent</source>
        <translation>&amp;Zuletzt importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export BibTeX…</source>
        <translation>BibTeX &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export C&amp;hart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy BibTeX</source>
        <translation>BibTeX &amp;kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Citation &amp;Key</source>
        <translation>&amp;Zitierschlüssel kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Profile</source>
        <translation>Profil &amp;einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Papers</source>
        <translation>Paper en&amp;tfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &amp;Profile…</source>
        <translation>&amp;Profil entfernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Online</source>
        <translation>&amp;Online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look Up Selection on &amp;arXiv</source>
        <translation>Auswahl auf &amp;arXiv nachschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look Up A&amp;ll on arXiv</source>
        <translation>A&amp;lle auf arXiv nachschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Paperscope</source>
        <translation>Ü&amp;ber Paperscope</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+193"/>
        <source>Local Library (default)</source>
        <translation>Lokale Bibliothek (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared: %1</source>
        <translation>Gemeinsam: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>About Paperscope</source>
        <translation>Über Paperscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;A bibliography browser for researcher profile files.&lt;/p&gt;&lt;p&gt;Qt %2 · %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;Store: %5&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;Ein Literaturbrowser für Profildateien von Forschenden.&lt;/p&gt;&lt;p&gt;Qt %2 · %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;Datenbank: %5&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OnlineActions</name>
    <message>
        <location filename="../app/onlineactions.cpp" line="+27"/>
        <source>Every paper already has an arXiv id.</source>
        <translation>Alle Paper haben bereits eine arXiv-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the papers to look up on arXiv first.</source>
        <translation>Wählen Sie zuerst die Paper aus, die bei arXiv abgefragt werden sollen.</translation>
    </message>
</context>
<context>
    <name>OrganiseCommand</name>
    <message>
        <location filename="../app/organisecommand.cpp" line="+28"/>
        <source>Only papers tagged T (repeatable, OR&apos;d).</source>
        <translation>Nur Paper mit dem Schlagwort T (wiederholbar, ODER-verknüpft).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only starred papers.</source>
        <translation>Nur Paper mit Stern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers in reading state S: unread, reading or read (repeatable, OR&apos;d).</source>
        <translation>Nur Paper im Lesestatus S: unread, reading oder read (wiederholbar, ODER-verknüpft).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers in collection NAME or one nested in it (repeatable, OR&apos;d).</source>
        <translation>Nur Paper in der Sammlung NAME oder einer darin verschachtelten (wiederholbar, ODER-verknüpft).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers the saved search NAME finds.</source>
        <translation>Nur Paper, die die gespeicherte Suche NAME findet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the paper with citation key KEY (repeatable, OR&apos;d).</source>
        <translation>Nur das Paper mit dem Zitierschlüssel KEY (wiederholbar, ODER-verknüpft).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: remove the note.</source>
        <translation>note: die Notiz entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collection create: nest the new collection in NAME.</source>
        <translation>collection create: die neue Sammlung in NAME verschachteln.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--state wants unread, reading or read, not &apos;%1&apos;</source>
        <translation>--state erwartet unread, reading oder read, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no saved search &apos;%1&apos;</source>
        <translation>es gibt keine gespeicherte Suche &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no paper matches the filters: nothing changed</source>
        <translation>kein Paper entspricht den Filtern: nichts geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--clear belongs to note</source>
        <translation>--clear gehört zu note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--parent belongs to collection create</source>
        <translation>--parent gehört zu collection create</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: tag add|remove TAG [FILTERS]</source>
        <translation>Verwendung: tag add|remove TAG [FILTERS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag needs a name</source>
        <translation>ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tagged %1 of %2 matching papers with &apos;%3&apos;</source>
        <translation>%1 von %2 passenden Papern mit dem Schlagwort &apos;%3&apos; versehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took &apos;%3&apos; off %1 of %2 matching papers</source>
        <translation>Schlagwort &apos;%3&apos; bei %1 von %2 passenden Papern entfernt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: mark unread|reading|read [FILTERS]</source>
        <translation>Verwendung: mark unread|reading|read [FILTERS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes no arguments, only filters: &apos;%2&apos;</source>
        <translation>%1 nimmt keine Argumente an, nur Filter: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>marked %1 of %2 matching papers %3</source>
        <translation>%1 von %2 passenden Papern als %3 markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starred %1 of %2 matching papers</source>
        <translation>%1 von %2 passenden Papern mit Stern markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unstarred %1 of %2 matching papers</source>
        <translation>Stern bei %1 von %2 passenden Papern entfernt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: note --key KEY [TEXT | --clear]</source>
        <translation>Verwendung: note --key KEY [TEXT | --clear]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note takes a TEXT or --clear, not both</source>
        <translation>note nimmt einen TEXT oder --clear, nicht beides</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cleared the note of %1</source>
        <translation>Notiz von %1 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noted %1</source>
        <translation>Notiz zu %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>OrganiseController</name>
    <message>
        <location filename="../app/organisecontroller.cpp" line="+31"/>
        <source>Organise</source>
        <translation>Organisieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organise &amp;Panel</source>
        <translation>Organisieren-&amp;Leiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Stern setzen / entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Rea&amp;d</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Rea&amp;ding</source>
        <translation>Als &amp;angefangen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Tag…</source>
        <translation>Schlagwort &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to Co&amp;llection…</source>
        <translation>Zu Sa&amp;mmlung hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve Current Search…</source>
        <translation>Aktuelle Suche s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+235"/>
        <source>Add to Collection</source>
        <translation>Zu Sammlung hinzufügen</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Collection:</source>
        <translation>Sammlung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>O&amp;rganise</source>
        <translation>O&amp;rganisieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <source>Rename Collection</source>
        <translation>Sammlung umbenennen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Saved Search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+148"/>
        <source>Star</source>
        <translation>Stern setzen</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+148"/>
        <source>Unstar</source>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+151"/>
        <source>Mark</source>
        <translation>Lesestatus setzen</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+155"/>
        <location line="+9"/>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Remove Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another change is still running; try again when it is done</source>
        <translation>Eine andere Änderung läuft noch; versuchen Sie es erneut, wenn sie fertig ist</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+51"/>
        <location line="+21"/>
        <location line="+14"/>
        <source>Nothing was changed</source>
        <translation>Nichts wurde geändert</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+21"/>
        <source>Cancelled; nothing was changed</source>
        <translation>Abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tag for the selected papers:</source>
        <translation>Schlagwort für die ausgewählten Paper:</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>New Collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the search:</source>
        <translation>Name der Suche:</translation>
    </message>
</context>
<context>
    <name>OrganiseJob</name>
    <message>
        <location filename="../app/organisejob.cpp" line="+19"/>
        <source>Cancel the change</source>
        <translation>Änderung abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1: %Ln papers…</source>
        <translation>
            <numerusform>%1: %Ln Paper…</numerusform>
            <numerusform>%1: %Ln Paper…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisePanel</name>
    <message>
        <location filename="../views/organisepanel.cpp" line="+24"/>
        <source>Stars, tags, collections and saved searches</source>
        <translation>Sterne, Schlagwörter, Sammlungen und gespeicherte Suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading state</source>
        <translation>Lesestatus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading</source>
        <translation>Angefangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Starred papers</source>
        <translation>Paper mit Stern</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New Collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename Collection…</source>
        <translation>Sammlung umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Current Search…</source>
        <translation>Aktuelle Suche speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Saved Search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
</context>
<context>
    <name>OrganiseStore</name>
    <message>
        <location filename="../models/store/organisestore.cpp" line="+51"/>
        <location line="+24"/>
        <source>%1 may only read this shared library: nothing changed (%2)</source>
        <translation>%1 darf diese gemeinsame Bibliothek nur lesen: nichts geändert (%2)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+29"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>PaperDetailView</name>
    <message>
        <location filename="../views/paperdetailview.cpp" line="+47"/>
        <source>Select a paper to see its details</source>
        <translation>Wählen Sie ein Paper aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper details</source>
        <translation>Paper-Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BibTeX preview</source>
        <translation>BibTeX-Vorschau</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>et al.</source>
        <translation>et al.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code available</source>
        <translation>Code verfügbar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Abstract</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation key</source>
        <translation>Zitierschlüssel</translation>
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
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>PaperListView</name>
    <message>
        <location filename="../views/paperlistview.cpp" line="+20"/>
        <source>Papers</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Empty paper store</source>
        <translation>Leere Paper-Datenbank</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;p&gt;&lt;img src=&apos;:/icons/paperscope.svg&apos; width=&apos;96&apos; height=&apos;96&apos;&gt;&lt;/p&gt;&lt;p style=&apos;font-size:15pt; font-weight:600&apos;&gt;Drop profile files here&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;or use &lt;b&gt;File &amp;gt; Import Profiles…&lt;/b&gt; (Ctrl+O),&lt;br&gt;or paste a profile with &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;Folders work too: every profile file inside is imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;img src=&apos;:/icons/paperscope.svg&apos; width=&apos;96&apos; height=&apos;96&apos;&gt;&lt;/p&gt;&lt;p style=&apos;font-size:15pt; font-weight:600&apos;&gt;Profildateien hier ablegen&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;oder &lt;b&gt;Datei &amp;gt; Profile importieren…&lt;/b&gt; (Strg+O) verwenden&lt;br&gt;oder ein Profil mit &lt;b&gt;Strg+V&lt;/b&gt; einfügen.&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;Ordner gehen auch: Jede Profildatei darin wird importiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p style=&apos;font-size:13pt; font-weight:600&apos;&gt;No papers match the filters&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;clear&apos;&gt;Clear filters&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt; font-weight:600&apos;&gt;Kein Paper entspricht den Filtern&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;clear&apos;&gt;Filter zurücksetzen&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaperMarksEditor</name>
    <message>
        <location filename="../views/papermarkseditor.cpp" line="+18"/>
        <source>Save &amp;Note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>Angefangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading state</source>
        <translation>Lesestatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a tag and press Enter</source>
        <translation>Schlagwort eingeben und Enter drücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note on this paper</source>
        <translation>Eine Notiz zu diesem Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Take the tag %1 off</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine&lt;/i&gt;</translation>
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
        <translation>nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../models/store/paperstore.cpp" line="-112"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot open the store %1</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot set up the store %1</source>
        <translation>die Datenbank %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Paperscope store</source>
        <translation>%1 ist keine Paperscope-Datenbank</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot prepare the store %1</source>
        <translation>die Datenbank %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../models/store/bibfieldstransaction.cpp" line="-21"/>
        <location filename="../models/store/importtransaction.cpp" line="-246"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First author</source>
        <translation>Erstautor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliations</source>
        <translation>Affiliationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <location filename="../models/store/postgres/pgconnection.cpp" line="+18"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql (libqt5sql5-psql for the Qt 5 build)</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert: installieren Sie libqt6sql6-psql (libqt5sql5-psql für die Qt-5-Version)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>wrong password for %1 on %2 (libpq reads it from PGPASSWORD, ~/.pgpass or a service file)</source>
        <translation>falsches Passwort für %1 auf %2 (libpq liest es aus PGPASSWORD, ~/.pgpass oder einer Dienstdatei)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 asks for a password: give it through PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>%1 auf %2 verlangt ein Passwort: geben Sie es über PGPASSWORD, ~/.pgpass oder eine Dienstdatei an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no role %2: ask the library&apos;s owner to create it (createuser)</source>
        <translation>%1 kennt keine Rolle %2: bitten Sie den Eigentümer der Bibliothek, sie anzulegen (createuser)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no database %1 on %2: create it with createdb, or check the name</source>
        <translation>auf %2 gibt es keine Datenbank %1: legen Sie sie mit createdb an oder prüfen Sie den Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer TLS, but sslmode=%2 requires it</source>
        <translation>%1 bietet kein TLS an, aber sslmode=%2 verlangt es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepts %2 only over TLS: use sslmode=require</source>
        <translation>%1 lässt %2 nur über TLS zu: verwenden Sie sslmode=require</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not let %2 in from this machine (pg_hba.conf)</source>
        <translation>%1 lässt %2 von diesem Rechner aus nicht zu (pg_hba.conf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot find the host %1 (check the name)</source>
        <translation>der Host %1 wurde nicht gefunden (prüfen Sie den Namen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach PostgreSQL at %1: is the server running, and the host and port right?</source>
        <translation>PostgreSQL ist unter %1 nicht erreichbar: läuft der Server, und stimmen Host und Port?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no free connections left; try again later</source>
        <translation>%1 hat keine freien Verbindungen mehr; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the shared library %1: %2</source>
        <translation>die gemeinsame Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the connection to %1 was lost (the server stopped or the network failed); nothing of the unfinished work was kept</source>
        <translation>die Verbindung zu %1 wurde unterbrochen (der Server wurde beendet oder das Netzwerk ist ausgefallen); von der unvollendeten Arbeit wurde nichts übernommen</translation>
    </message>
</context>
<context>
    <name>PgImport</name>
    <message>
        <location filename="../models/store/postgres/pgimport.cpp" line="+57"/>
        <source>a paper without a title (line %1)</source>
        <translation>ein Paper ohne Titel (Zeile %1)</translation>
    </message>
</context>
<context>
    <name>PgPaperStore</name>
    <message>
        <location filename="../models/store/postgres/pgpaperstore.cpp" line="+66"/>
        <source>&apos;%1&apos; is not a shared library&apos;s URL</source>
        <translation>&apos;%1&apos; ist keine URL einer gemeinsamen Bibliothek</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 opens read-only: your role may read this library, not change it</source>
        <translation>%1 wird schreibgeschützt geöffnet: Ihre Rolle darf diese Bibliothek lesen, aber nicht ändern</translation>
    </message>
</context>
<context>
    <name>PgRoles</name>
    <message>
        <location filename="../models/store/postgres/pgroles.cpp" line="+50"/>
        <source>only the owner of the library %1 grants roles</source>
        <translation>nur der Eigentümer der Bibliothek %1 vergibt Rollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no role %1: create it first (createuser %1)</source>
        <translation>es gibt keine Rolle %1: legen Sie sie zuerst an (createuser %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is one of the library&apos;s group roles; grant to a login role</source>
        <translation>%1 ist eine der Gruppenrollen der Bibliothek; vergeben Sie den Zugriff an eine Login-Rolle</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 may not create or grant roles (it needs CREATEROLE): %2</source>
        <translation>%1 darf keine Rollen anlegen oder vergeben (dazu ist CREATEROLE nötig): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>granting failed, nothing changed: %1</source>
        <translation>Vergabe fehlgeschlagen, nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <location filename="../models/store/postgres/pgschema.cpp" line="+53"/>
        <source>cannot read the shared library&apos;s version: %1</source>
        <translation>die Version der gemeinsamen Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this library was written by a newer Paperscope (schema %1; this one knows up to %2): update Paperscope</source>
        <translation>diese Bibliothek stammt von einem neueren Paperscope (Schema %1; diese Version kennt bis %2): aktualisieren Sie Paperscope</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database %1 holds tables of another program, not a Paperscope library: use an empty database</source>
        <translation>die Datenbank %1 enthält Tabellen eines anderen Programms, keine Paperscope-Bibliothek: verwenden Sie eine leere Datenbank</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database %1 is not a Paperscope library yet: its owner (%2) creates it by opening it once</source>
        <translation>die Datenbank %1 ist noch keine Paperscope-Bibliothek: ihr Eigentümer (%2) richtet sie ein, indem er sie einmal öffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library needs an update to schema %1 that only its owner (%2) may run: ask them to open it once</source>
        <translation>die Bibliothek braucht ein Update auf Schema %1, das nur ihr Eigentümer (%2) ausführen darf: bitten Sie ihn, sie einmal zu öffnen</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>the library&apos;s schema could not be updated; nothing changed: %1</source>
        <translation>das Schema der Bibliothek konnte nicht aktualisiert werden; nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>ProfileDownloader</name>
    <message>
        <location filename="../models/online/profiledownloader.cpp" line="+37"/>
        <source>only http and https links can be imported</source>
        <translation>nur http- und https-Links können importiert werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server does not say the content is text</source>
        <translation>der Server gibt nicht an, dass der Inhalt Text ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a text file (%1)</source>
        <translation>keine Textdatei (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+45"/>
        <source>larger than %L1 KiB</source>
        <translation>größer als %L1 KiB</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>no complete reply within %L1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %L1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>more than %n redirects</source>
        <translation>
            <numerusform>mehr als %n Weiterleitung</numerusform>
            <numerusform>mehr als %n Weiterleitungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected to %1, which is not an http(s) link</source>
        <translation>weitergeleitet zu %1, das kein http(s)-Link ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected from https to plain http (%1)</source>
        <translation>von https auf unverschlüsseltes http weitergeleitet (%1)</translation>
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
        <translation>%1 (Hauptkategorie %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h-index</source>
        <translation>h-Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citations</source>
        <translation>Zitationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI score</source>
        <translation>KI-Wert</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <location filename="../models/store/profileimporter.cpp" line="+20"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a profile file</source>
        <translation>%1: ist ein Ordner, keine Profildatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: too large for a profile file (%L2 MB)</source>
        <translation>%1: zu groß für eine Profildatei (%L2 MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source> (and %n more bad entries; nothing of the file was imported)</source>
        <translation>
            <numerusform> (und %n weiterer fehlerhafter Eintrag; nichts aus der Datei wurde importiert)</numerusform>
            <numerusform> (und %n weitere fehlerhafte Einträge; nichts aus der Datei wurde importiert)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileParser</name>
    <message>
        <location filename="../models/formats/profileparser.cpp" line="+202"/>
        <source>expected %1, found the end of the file</source>
        <translation>%1 erwartet, aber das Dateiende erreicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+14"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>binary data, not a profile file</source>
        <translation>Binärdaten, keine Profildatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line longer than %L1 characters, not a profile file</source>
        <translation>Zeile länger als %L1 Zeichen, keine Profildatei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a researcher&apos;s name, found %1</source>
        <translation>Name einer forschenden Person erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a category code such as &apos;SE&apos;</source>
        <translation>ein Kategoriekürzel wie &apos;SE&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;h-index&lt;number&gt;&apos;</source>
        <extracomment>The file holds &quot;h-index&quot; literally, followed by a number.</extracomment>
        <translation>&apos;h-index&lt;Zahl&gt;&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;&lt;number&gt;papers&apos;</source>
        <extracomment>The file holds a number followed by &quot;papers&quot; literally.</extracomment>
        <translation>&apos;&lt;Zahl&gt;papers&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;&lt;number&gt;citations&apos;</source>
        <extracomment>The file holds a number followed by &quot;citations&quot; literally.</extracomment>
        <translation>&apos;&lt;Zahl&gt;citations&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;&lt;number&gt; Papers&apos;</source>
        <extracomment>The file holds a number followed by &quot; Papers&quot; literally.</extracomment>
        <translation>&apos;&lt;Zahl&gt; Papers&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a paper header such as &apos;SEJan 9, 2023&apos;, found %1</source>
        <translation>Paper-Kopfzeile wie &apos;SEJan 9, 2023&apos; erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>impossible date &apos;%1 %2, %3&apos;</source>
        <translation>unmögliches Datum &apos;%1 %2, %3&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>impossible date &apos;%1 %2&apos;</source>
        <translation>unmögliches Datum &apos;%1 %2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>paper block ends before its authors</source>
        <translation>der Paper-Block endet vor den Autoren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expected a paper title, found %1</source>
        <translation>Paper-Titel erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a paper title with a letter or a digit, found %1</source>
        <translation>Paper-Titel mit einem Buchstaben oder einer Ziffer erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected the authors of the paper on line %1, found %2</source>
        <translation>Autoren des Papers aus Zeile %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file says %1 but lists no paper</source>
        <translation>die Datei nennt %1, führt aber kein Paper auf</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <location filename="../app/removecommand.cpp" line="+9"/>
        <source>Remove Paper</source>
        <translation>Paper entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %Ln Papers</source>
        <translation>
            <numerusform>%Ln Paper entfernen</numerusform>
            <numerusform>%Ln Paper entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Profile %1</source>
        <translation>Profil %1 entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveController</name>
    <message numerus="yes">
        <location filename="../app/removecontroller.cpp" line="+25"/>
        <source>Removed %Ln papers. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln Paper entfernt. Mit Strg+Z rückgängig machen.</numerusform>
            <numerusform>%Ln Paper entfernt. Mit Strg+Z rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Profile to remove:</source>
        <translation>Zu entfernendes Profil:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 and the papers no other profile lists? You can undo this.</source>
        <translation>%1 und die Paper, die kein anderes Profil aufführt, entfernen? Dies lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>SharedCommand</name>
    <message>
        <location filename="../app/sharedcommand.cpp" line="+18"/>
        <source>grant works on shared libraries only: --db postgresql://USER@HOST/DB</source>
        <translation>grant funktioniert nur mit gemeinsamen Bibliotheken: --db postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>grant wants reader|editor ROLE</source>
        <translation>grant erwartet reader|editor ROLE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2 of %3 (member of %4)</source>
        <translation>%1 ist jetzt %2 von %3 (Mitglied von %4)</translation>
    </message>
</context>
<context>
    <name>SharedLibraryDialog</name>
    <message>
        <location filename="../views/sharedlibrarydialog.cpp" line="+22"/>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>Passwort im Desktop-Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Shared Library</source>
        <translation>Gemeinsame Bibliothek öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use TLS when the server offers it</source>
        <translation>TLS verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Require TLS</source>
        <translation>TLS verlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS and check the certificate</source>
        <translation>TLS verlangen und das Zertifikat prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS, check the certificate and the host name</source>
        <translation>TLS verlangen, Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: else the keyring, ~/.pgpass or PGPASSWORD</source>
        <translation>Optional: sonst Schlüsselbund, ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../views/statusprogress.cpp" line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>StoreArxiv</name>
    <message>
        <location filename="../models/store/postgres/pgarxiv.cpp" line="+78"/>
        <location filename="../models/store/storearxiv.cpp" line="+56"/>
        <source>the match has no arXiv id</source>
        <translation>der Treffer hat keine arXiv-ID</translation>
    </message>
    <message>
        <location filename="../models/store/storearxiv.cpp" line="+4"/>
        <source>the store is busy or read-only: %1</source>
        <translation>die Datenbank ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgarxiv.cpp" line="-30"/>
        <location filename="../models/store/storearxiv.cpp" line="+14"/>
        <source>the paper is no longer in the store</source>
        <translation>das Paper ist nicht mehr in der Datenbank</translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message numerus="yes">
        <location filename="../models/store/storefault.cpp" line="+101"/>
        <source>the store is busy: another program kept it locked for over %n seconds; try again when it is done</source>
        <translation>
            <numerusform>die Datenbank ist belegt: ein anderes Programm hat sie länger als %n Sekunde gesperrt; versuchen Sie es erneut, wenn es fertig ist</numerusform>
            <numerusform>die Datenbank ist belegt: ein anderes Programm hat sie länger als %n Sekunden gesperrt; versuchen Sie es erneut, wenn es fertig ist</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full (or the store reached its size limit)</source>
        <translation>der Datenträger ist voll (oder die Datenbank hat ihre Größengrenze erreicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store is read-only</source>
        <translation>die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store is damaged; restart Paperscope to keep it aside and start afresh</source>
        <translation>die Datenbank ist beschädigt; starten Sie Paperscope neu, um sie beiseitezulegen und neu zu beginnen</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <location filename="../app/storenotice.cpp" line="+45"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read-only store: browse and export only</source>
        <translation>Schreibgeschützte Datenbank: nur Durchsuchen und Exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged store replaced</source>
        <translation>Beschädigte Datenbank ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store was damaged. It was kept aside and a new, empty store was created.</source>
        <translation>Die Datenbank war beschädigt. Sie wurde beiseitegelegt und eine neue, leere Datenbank angelegt.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../models/store/storeopener.cpp" line="+129"/>
        <source>cannot move it aside to %1</source>
        <translation>sie kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>moved it to %1 but cannot move %2 along</source>
        <translation>sie wurde nach %1 verschoben, aber %2 lässt sich nicht mitverschieben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the store %1 is a folder, not a file</source>
        <translation>die Datenbank %1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the store %1: permission denied</source>
        <translation>die Datenbank %1 ist nicht lesbar: Zugriff verweigert</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>the store %1 is busy: another program has kept it locked for over %n seconds (%2); try again when it is done</source>
        <translation>
            <numerusform>die Datenbank %1 ist belegt: ein anderes Programm hält sie seit über %n Sekunde gesperrt (%2); versuchen Sie es erneut, wenn es fertig ist</numerusform>
            <numerusform>die Datenbank %1 ist belegt: ein anderes Programm hält sie seit über %n Sekunden gesperrt (%2); versuchen Sie es erneut, wenn es fertig ist</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the store %1: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store %1 is damaged (%2) and read-only, so it cannot be replaced; it was left as it is</source>
        <translation>die Datenbank %1 ist beschädigt (%2) und schreibgeschützt, kann also nicht ersetzt werden; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the store %1 is damaged (%2) and %3</source>
        <extracomment>%3 says what went wrong when the damaged file was moved aside.</extracomment>
        <translation>die Datenbank %1 ist beschädigt (%2) und %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the store %1 was damaged (%2); it was kept as %3 and a new, empty store was created</source>
        <translation>die Datenbank %1 war beschädigt (%2); sie wurde als %3 aufbewahrt und eine neue, leere Datenbank angelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the store %1 was written by a newer Paperscope (schema %2, this build knows %3); it was left as it is</source>
        <translation>die Datenbank %1 stammt von einem neueren Paperscope (Schema %2, diese Version kennt %3); sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Paperscope store (it holds another program&apos;s tables); it was left as it is</source>
        <translation>%1 ist keine Paperscope-Datenbank (sie enthält Tabellen eines anderen Programms); sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the store %1 is read-only and needs an upgrade from schema %2 to %3; it was left as it is</source>
        <translation>die Datenbank %1 ist schreibgeschützt und braucht ein Upgrade von Schema %2 auf %3; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the store %1 is read-only: papers can be browsed and exported, not imported or removed</source>
        <translation>die Datenbank %1 ist schreibgeschützt: Paper lassen sich durchsuchen und exportieren, aber nicht importieren oder entfernen</translation>
    </message>
</context>
<context>
    <name>StoreRemoval</name>
    <message>
        <location filename="../models/store/storeremoval.cpp" line="+53"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>kein Profil namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgremoval.cpp" line="+74"/>
        <source>there is no profile named %1</source>
        <translation>es gibt kein Profil namens %1</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <location filename="../models/store/storeschema.cpp" line="+38"/>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store was written by a newer Paperscope (schema %1, this build knows %2)</source>
        <translation>die Datenbank stammt von einem neueren Paperscope (Schema %1, diese Version kennt %2)</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <location filename="../models/store/textreport.cpp" line="+45"/>
        <location line="+27"/>
        <source>%Ln papers added</source>
        <translation>
            <numerusform>%Ln Paper hinzugefügt</numerusform>
            <numerusform>%Ln Paper hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <location line="+27"/>
        <source>%Ln already known</source>
        <translation>
            <numerusform>%Ln bereits bekannt</numerusform>
            <numerusform>%Ln bereits bekannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>new profile</source>
        <translation>neues Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile updated</source>
        <translation>Profil aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
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
            <numerusform>%Ln Datei importiert</numerusform>
            <numerusform>%Ln Dateien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln profiles updated</source>
        <translation>
            <numerusform>%Ln Profil aktualisiert</numerusform>
            <numerusform>%Ln Profile aktualisiert</numerusform>
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
            <numerusform>%Ln Paper und %1 nach %2 kopiert</numerusform>
            <numerusform>%Ln Paper und %1 nach %2 kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln profiles</source>
        <translation>
            <numerusform>%Ln Profil</numerusform>
            <numerusform>%Ln Profile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearChartModel</name>
    <message>
        <location filename="../models/itemmodels/yearchartmodel.cpp" line="+62"/>
        <source>%1 in %2: %3 of %4</source>
        <translation>%1 in %2: %3 von %4</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln Paper</numerusform>
            <numerusform>%Ln Paper</numerusform>
        </translation>
    </message>
</context>
</TS>
