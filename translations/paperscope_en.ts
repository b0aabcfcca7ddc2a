<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArxivAtomParser</name>
    <message numerus="yes">
        <location filename="../models/formats/arxivatomparser.cpp" line="+152"/>
        <source>the reply lists %n results but carries none</source>
        <translation>
            <numerusform>the reply lists %n result but carries none</numerusform>
            <numerusform>the reply lists %n results but carries none</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivFetcher</name>
    <message numerus="yes">
        <location filename="../models/online/arxivfetcher.cpp" line="+196"/>
        <source>%1 (after %n attempts)</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivLookupSummary</name>
    <message numerus="yes">
        <location filename="../models/online/arxivlookupresult.cpp" line="+30"/>
        <source>%Ln papers looked up: %L1 matched, %L2 not found, %L3 ambiguous, %L4 failed</source>
        <translation>
            <numerusform>%Ln paper looked up: %L1 matched, %L2 not found, %L3 ambiguous, %L4 failed</numerusform>
            <numerusform>%Ln papers looked up: %L1 matched, %L2 not found, %L3 ambiguous, %L4 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivMatcher</name>
    <message numerus="yes">
        <location filename="../models/online/arxivmatcher.cpp" line="+96"/>
        <source>%n candidates: %1</source>
        <translation>
            <numerusform>%n candidate: %1</numerusform>
            <numerusform>%n candidates: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of the %n results has this title</source>
        <translation>
            <numerusform>the %n result does not have this title</numerusform>
            <numerusform>none of the %n results has this title</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message numerus="yes">
        <location filename="../app/browsecontroller.cpp" line="+210"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln paper</numerusform>
            <numerusform>%Ln papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message numerus="yes">
        <location filename="../views/chartview.cpp" line="+329"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln paper</numerusform>
            <numerusform>%Ln papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionCommand</name>
    <message numerus="yes">
        <location filename="../app/collectioncommand.cpp" line="+54"/>
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../app/exportcontroller.cpp" line="+55"/>
        <source>Exporting %Ln papers…</source>
        <translation>
            <numerusform>Exporting %Ln paper…</numerusform>
            <numerusform>Exporting %Ln papers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Copied %Ln BibTeX entries</source>
        <translation>
            <numerusform>Copied %Ln BibTeX entry</numerusform>
            <numerusform>Copied %Ln BibTeX entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message numerus="yes">
        <location filename="../app/exportrunner.cpp" line="+44"/>
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>Exported %Ln entry to %1</numerusform>
            <numerusform>Exported %Ln entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetChartModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/facetchartmodel.cpp" line="+33"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln paper</numerusform>
            <numerusform>%Ln papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln more affiliations: %1 (a paper counts once per affiliation)</source>
        <translation>
            <numerusform>%Ln more affiliation: %1 (a paper counts once per affiliation)</numerusform>
            <numerusform>%Ln more affiliations: %1 (a paper counts once per affiliation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln more categories: %1 (%2%)</source>
        <translation>
            <numerusform>%Ln more category: %1 (%2%)</numerusform>
            <numerusform>%Ln more categories: %1 (%2%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/facetmodel.cpp" line="+41"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln paper</numerusform>
            <numerusform>%Ln papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <location filename="../app/importactions.cpp" line="+104"/>
        <source>%n entries of %1 cannot be read, so nothing of the file was imported. Import its readable entries without them?</source>
        <translation>
            <numerusform>%n entry of %1 cannot be read, so nothing of the file was imported. Import its readable entries without it?</numerusform>
            <numerusform>%n entries of %1 cannot be read, so nothing of the file was imported. Import its readable entries without them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Import %n Readable Entries</source>
        <translation>
            <numerusform>Import %n Readable Entry</numerusform>
            <numerusform>Import %n Readable Entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryChange</name>
    <message numerus="yes">
        <location filename="../models/store/postgres/librarychange.h" line="+25"/>
        <source>%n paper(s) added by %1</source>
        <translation>
            <numerusform>%n paper added by %1</numerusform>
            <numerusform>%n papers added by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) removed by %1</source>
        <translation>
            <numerusform>%n paper removed by %1</numerusform>
            <numerusform>%n papers removed by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) put back by %1</source>
        <translation>
            <numerusform>%n paper put back by %1</numerusform>
            <numerusform>%n papers put back by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) completed from arXiv by %1</source>
        <translation>
            <numerusform>%n paper completed from arXiv by %1</numerusform>
            <numerusform>%n papers completed from arXiv by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) tagged by %1</source>
        <translation>
            <numerusform>%n paper tagged by %1</numerusform>
            <numerusform>%n papers tagged by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) untagged by %1</source>
        <translation>
            <numerusform>%n paper untagged by %1</numerusform>
            <numerusform>%n papers untagged by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) starred by %1</source>
        <translation>
            <numerusform>%n paper starred by %1</numerusform>
            <numerusform>%n papers starred by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) unstarred by %1</source>
        <translation>
            <numerusform>%n paper unstarred by %1</numerusform>
            <numerusform>%n papers unstarred by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) marked by %1</source>
        <translation>
            <numerusform>%n paper marked by %1</numerusform>
            <numerusform>%n papers marked by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the note of %n paper(s) changed by %1</source>
        <translation>
            <numerusform>the note of %n paper changed by %1</numerusform>
            <numerusform>the notes of %n papers changed by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) added to a collection by %1</source>
        <translation>
            <numerusform>%n paper added to a collection by %1</numerusform>
            <numerusform>%n papers added to a collection by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) taken out of a collection by %1</source>
        <translation>
            <numerusform>%n paper taken out of a collection by %1</numerusform>
            <numerusform>%n papers taken out of a collection by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>tags and marks of %n paper(s) put back by %1</source>
        <translation>
            <numerusform>tags and marks of %n paper put back by %1</numerusform>
            <numerusform>tags and marks of %n papers put back by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganiseJob</name>
    <message numerus="yes">
        <location filename="../app/organisejob.cpp" line="+72"/>
        <source>%1: %Ln papers…</source>
        <translation>
            <numerusform>%1: %Ln paper…</numerusform>
            <numerusform>%1: %Ln papers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDownloader</name>
    <message numerus="yes">
        <location filename="../models/online/profiledownloader.cpp" line="+101"/>
        <source>more than %n redirects</source>
        <translation>
            <numerusform>more than %n redirect</numerusform>
            <numerusform>more than %n redirects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message numerus="yes">
        <location filename="../models/store/profileimporter.cpp" line="+137"/>
        <source> (and %n more bad entries; nothing of the file was imported)</source>
        <translation>
            <numerusform> (and %n more bad entry; nothing of the file was imported)</numerusform>
            <numerusform> (and %n more bad entries; nothing of the file was imported)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message numerus="yes">
        <location filename="../app/removecommand.cpp" line="+10"/>
        <source>Remove %Ln Papers</source>
        <translation>
            <numerusform>Remove %Ln Paper</numerusform>
            <numerusform>Remove %Ln Papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveController</name>
    <message numerus="yes">
        <location filename="../app/removecontroller.cpp" line="+25"/>
        <source>Removed %Ln papers. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Removed %Ln paper. Undo with Ctrl+Z.</numerusform>
            <numerusform>Removed %Ln papers. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message numerus="yes">
        <location filename="../models/store/storefault.cpp" line="+101"/>
        <source>the store is busy: another program kept it locked for over %n seconds; try again when it is done</source>
        <translation>
            <numerusform>the store is busy: another program kept it locked for over %n second; try again when it is done</numerusform>
            <numerusform>the store is busy: another program kept it locked for over %n seconds; try again when it is done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message numerus="yes">
        <location filename="../models/store/storeopener.cpp" line="+178"/>
        <source>the store %1 is busy: another program has kept it locked for over %n seconds (%2); try again when it is done</source>
        <translation>
            <numerusform>the store %1 is busy: another program has kept it locked for over %n second (%2); try again when it is done</numerusform>
            <numerusform>the store %1 is busy: another program has kept it locked for over %n seconds (%2); try again when it is done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <location filename="../models/store/textreport.cpp" line="+45"/>
        <location line="+27"/>
        <source>%Ln papers added</source>
        <translation>
            <numerusform>%Ln paper added</numerusform>
            <numerusform>%Ln papers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <location line="+27"/>
        <source>%Ln already known</source>
        <translation>
            <numerusform>%Ln already known</numerusform>
            <numerusform>%Ln already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%Ln files imported</source>
        <translation>
            <numerusform>%Ln file imported</numerusform>
            <numerusform>%Ln files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refused</numerusform>
            <numerusform>%Ln refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln profiles updated</source>
        <translation>
            <numerusform>%Ln profile updated</numerusform>
            <numerusform>%Ln profiles updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>copied %Ln papers and %1 to %2</source>
        <translation>
            <numerusform>copied %Ln paper and %1 to %2</numerusform>
            <numerusform>copied %Ln papers and %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln profiles</source>
        <translation>
            <numerusform>%Ln profile</numerusform>
            <numerusform>%Ln profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearChartModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/yearchartmodel.cpp" line="+64"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln paper</numerusform>
            <numerusform>%Ln papers</numerusform>
        </translation>
    </message>
</context>
</TS>
