<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArxivAtomParser</name>
    <message>
        <location filename="../models/formats/arxivatomparser.cpp" line="+108"/>
        <source>the reply is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>not an Atom feed</source>
        <translation>pas un flux Atom</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>the reply lists %n results but carries none</source>
        <translation>
            <numerusform>la réponse annonce %n résultat mais n’en contient aucun</numerusform>
            <numerusform>la réponse annonce %n résultats mais n’en contient aucun</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivFetcher</name>
    <message>
        <location filename="../models/online/arxivfetcher.cpp" line="+136"/>
        <source>no reply within %L1 ms</source>
        <translation>aucune réponse en %L1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the server asks to wait %L2 s; try again later</source>
        <translation>%1 : le serveur demande d’attendre %L2 s ; réessayez plus tard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>arXiv says: %1 (%2)</source>
        <translation>arXiv répond : %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>arXiv&apos;s reply was empty (%1)</source>
        <translation>la réponse d’arXiv était vide (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arXiv says: %1</source>
        <translation>arXiv répond : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reply is not an arXiv Atom feed (%1)</source>
        <translation>la réponse n’est pas un flux Atom d’arXiv (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (after %n attempts)</source>
        <translation>
            <numerusform>%1 (après %n tentative)</numerusform>
            <numerusform>%1 (après %n tentatives)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivLookupController</name>
    <message>
        <location filename="../app/arxivlookupcontroller.cpp" line="+15"/>
        <source>Cancel the arXiv look-up</source>
        <translation>Annuler la recherche sur arXiv</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>Looking up on arXiv…</source>
        <translation>Recherche sur arXiv…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>arXiv: %1</source>
        <translation>arXiv : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (cancelled: the other papers were not looked up)</source>
        <translation>%1 (annulé : les autres articles n’ont pas été recherchés)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>arXiv look-up finished</source>
        <translation>Recherche sur arXiv terminée</translation>
    </message>
</context>
<context>
    <name>ArxivLookupJob</name>
    <message>
        <location filename="../models/online/arxivlookupjob.cpp" line="+86"/>
        <source>the paper is no longer in the store</source>
        <translation>l’article n’est plus dans la base</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 matches but cannot be stored: %2</source>
        <translation>%1 correspond mais ne peut pas être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>ArxivLookupResult</name>
    <message>
        <location filename="../models/online/arxivlookupresult.cpp" line="+7"/>
        <source>matched %1</source>
        <translation>trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found: %1</source>
        <translation>introuvable : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous: %1</source>
        <translation>ambigu : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (cached reply)</source>
        <translation>%1 (réponse en cache)</translation>
    </message>
</context>
<context>
    <name>ArxivLookupSummary</name>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln papers looked up: %L1 matched, %L2 not found, %L3 ambiguous, %L4 failed</source>
        <translation>
            <numerusform>%Ln article recherché (trouvé : %L1, introuvable : %L2, ambigu : %L3, en échec : %L4)</numerusform>
            <numerusform>%Ln articles recherchés (trouvés : %L1, introuvables : %L2, ambigus : %L3, en échec : %L4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArxivMatcher</name>
    <message>
        <location filename="../models/online/arxivmatcher.cpp" line="+53"/>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has this title but its first author is %2, not %3</source>
        <translation>%1 a ce titre mais son premier auteur est %2, et non %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has this title but is from %2, not %3±1</source>
        <translation>%1 a ce titre mais date de %2, et non de %3±1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown year</source>
        <translation>une année inconnue</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n candidates: %1</source>
        <translation>
            <numerusform>%n candidat : %1</numerusform>
            <numerusform>%n candidats : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of the %n results has this title</source>
        <translation>
            <numerusform>le seul résultat (%n) n’a pas ce titre</numerusform>
            <numerusform>aucun des %n résultats n’a ce titre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibFieldsTransaction</name>
    <message>
        <location filename="../models/store/bibfieldstransaction.cpp" line="+98"/>
        <source>line %1: the key &apos;%2&apos; is already used by the paper &apos;%3&apos;</source>
        <translation>ligne %1 : la clé « %2 » est déjà utilisée par l’article « %3 »</translation>
    </message>
</context>
<context>
    <name>BibParser</name>
    <message>
        <location filename="../models/formats/bib/bibparser.cpp" line="+145"/>
        <source>unbalanced braces in a quoted value</source>
        <translation>accolades non équilibrées dans une valeur entre guillemets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unbalanced braces: the value is not closed before the next entry</source>
        <translation>accolades non équilibrées : la valeur n’est pas fermée avant l’entrée suivante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unbalanced braces: the value is not closed at the end of the file</source>
        <translation>accolades non équilibrées : la valeur n’est pas fermée à la fin du fichier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a value longer than %1 characters</source>
        <translation>une valeur de plus de %1 caractères</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>macro expansion too large</source>
        <translation>expansion de macro trop grande</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file ends inside a value</source>
        <translation>le fichier se termine au milieu d’une valeur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>undefined macro &apos;%1&apos;</source>
        <translation>macro non définie « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>valeur attendue, « %1 » trouvé</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>« %1 » attendu, « %2 » trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+12"/>
        <location line="+28"/>
        <source>the entry is not closed (missing &apos;%1&apos; or unbalanced braces)</source>
        <translation>l’entrée n’est pas fermée (« %1 » manquant ou accolades non équilibrées)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>a @string needs NAME = value</source>
        <translation>un @string requiert NOM = valeur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>an entry without a citation key</source>
        <translation>une entrée sans clé de citation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing comma after the key &apos;%1&apos;</source>
        <translation>virgule manquante après la clé « %1 »</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>expected a field name, found &apos;%1&apos;</source>
        <translation>nom de champ attendu, « %1 » trouvé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing &apos;=&apos; after the field &apos;%1&apos;</source>
        <translation>« = » manquant après le champ « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &apos;%1&apos; is given twice</source>
        <translation>le champ « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing comma before the field &apos;%1&apos;</source>
        <translation>virgule manquante avant le champ « %1 »</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not a BibTeX file: no @entry found</source>
        <translation>pas un fichier BibTeX : aucune entrée @ trouvée</translation>
    </message>
</context>
<context>
    <name>BibReader</name>
    <message>
        <location filename="../models/formats/bib/bibchunkreader.cpp" line="+153"/>
        <location filename="../models/formats/bib/bibreader.cpp" line="+38"/>
        <source>not a BibTeX file: binary data</source>
        <translation>pas un fichier BibTeX : données binaires</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../models/formats/bib/bibreader.cpp" line="+17"/>
        <source>the key &apos;%1&apos; is used twice (first on line %2)</source>
        <translation>la clé « %1 » est utilisée deux fois (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../models/formats/bib/bibreader.cpp" line="+48"/>
        <source>%1 (entry %2)</source>
        <translation>%1 (entrée %2)</translation>
    </message>
</context>
<context>
    <name>BibtexExport</name>
    <message>
        <location filename="../models/store/bibtexexport.cpp" line="+88"/>
        <source>no device</source>
        <translation>aucun périphérique</translation>
    </message>
</context>
<context>
    <name>BibtexPreview</name>
    <message>
        <location filename="../views/bibtexpreview.cpp" line="+112"/>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message>
        <location filename="../app/browsecontroller.cpp" line="+50"/>
        <location line="+49"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %2</source>
        <translation>%L1 sur %2</translation>
    </message>
</context>
<context>
    <name>ChartDock</name>
    <message>
        <location filename="../app/chartdock.cpp" line="+20"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Charts &amp;Fill the Window</source>
        <translation>Graphiques sur toute la &amp;fenêtre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the charts to %1</source>
        <translation>Graphiques enregistrés dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export the charts while they are hidden: show them with View &gt; Charts.</source>
        <translation>Impossible d’exporter les graphiques tant qu’ils sont masqués : affichez-les avec Affichage &gt; Graphiques.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../views/chartview.cpp" line="+31"/>
        <source>Click to filter, Ctrl+click to add or remove</source>
        <translation>Cliquer pour filtrer, Ctrl+clic pour ajouter ou retirer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Papers per year chart</source>
        <translation>Graphique des articles par année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category chart</source>
        <translation>Graphique des catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation chart</source>
        <translation>Graphique des affiliations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile chart</source>
        <translation>Graphique des profils</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Tick one or more profiles under &lt;b&gt;Profiles&lt;/b&gt; in the filter panel to see their figures and papers per year here, side by side.</source>
        <translation>Cochez un ou plusieurs profils sous &lt;b&gt;Profils&lt;/b&gt; dans le panneau des filtres pour voir ici leurs chiffres et leurs articles par année, côte à côte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile figures</source>
        <translation>Chiffres des profils</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 (in %2)</source>
        <comment>a chart title, the collections it shows</comment>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Papers per year, by category</source>
        <translation>Articles par année, par catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers with a year to show.</source>
        <translation>Aucun article avec une année à afficher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+57"/>
        <location line="+2"/>
        <location line="+35"/>
        <source>Papers</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Category mix</source>
        <translation>Répartition des catégories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers to show.</source>
        <translation>Aucun article à afficher.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Top %1 affiliations</source>
        <translation>Les %1 principales affiliations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of these papers lists an affiliation.</source>
        <translation>Aucun de ces articles n’indique d’affiliation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>other (%1)</source>
        <translation>autres (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profiles (%1)</source>
        <translation>Profils (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: papers per year</source>
        <translation>%1 : articles par année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers per year, by profile</source>
        <translation>Articles par année, par profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No papers of these profiles match the filters.</source>
        <translation>Aucun article de ces profils ne correspond aux filtres.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Charts made with Paperscope</source>
        <translation>Graphiques créés avec Paperscope</translation>
    </message>
</context>
<context>
    <name>CollectionCommand</name>
    <message>
        <location filename="../app/collectioncommand.cpp" line="+38"/>
        <source>usage: collection list | create NAME [--parent P] | delete NAME | rename OLD NEW | add|remove NAME [FILTERS]</source>
        <translation>usage : collection list | create NAME [--parent P] | delete NAME | rename OLD NEW | add|remove NAME [FILTERS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--parent belongs to collection create</source>
        <translation>--parent ne s’emploie qu’avec collection create</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>collection %1 takes no filters</source>
        <translation>collection %1 n’accepte pas de filtres</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n paper(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a collection needs a name</source>
        <translation>une collection doit avoir un nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created collection &apos;%1&apos;</source>
        <translation>collection « %1 » créée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted collection &apos;%1&apos;</source>
        <translation>collection « %1 » supprimée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>renamed collection &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>collection « %1 » renommée en « %2 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no collection &apos;%1&apos;</source>
        <translation>il n’y a pas de collection « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no paper matches the filters: nothing changed</source>
        <translation>aucun article ne correspond aux filtres : rien n’a changé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added %1 of %2 matching papers to &apos;%3&apos;</source>
        <translation>%1 des %2 articles correspondants ajoutés à « %3 »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took %1 of %2 matching papers out of &apos;%3&apos;</source>
        <translation>%1 des %2 articles correspondants retirés de « %3 »</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: search save NAME [FILTERS] | delete NAME | list</source>
        <translation>usage : search save NAME [FILTERS] | delete NAME | list</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>the store is read-only: nothing changed</source>
        <translation>la base est en lecture seule : rien n’a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nothing changed</source>
        <translation>%1 : rien n’a changé</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>search delete takes no filters</source>
        <translation>search delete n’accepte pas de filtres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted saved search &apos;%1&apos;</source>
        <translation>recherche enregistrée « %1 » supprimée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saved search &apos;%1&apos; (%2 papers match now)</source>
        <translation>recherche « %1 » enregistrée (articles correspondants actuellement : %2)</translation>
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
        <translation>il n’y a pas de collection « %1 »</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+29"/>
        <source>a collection &apos;%1&apos; exists already</source>
        <translation>une collection « %1 » existe déjà</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>there is no saved search &apos;%1&apos;</source>
        <translation>il n’y a pas de recherche enregistrée « %1 »</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+221"/>
        <source>paperscope: another program is writing to the store; waiting for its turn</source>
        <translation>paperscope : un autre programme écrit dans la base ; attente de son tour</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <location filename="../app/copycommand.cpp" line="+12"/>
        <source>copy-to wants one STORE: a new file or a postgresql:// URL</source>
        <translation>copy-to attend un seul STORE : un nouveau fichier ou une URL postgresql://</translation>
    </message>
</context>
<context>
    <name>DropClassifier</name>
    <message>
        <location filename="../models/formats/dropclassifier.cpp" line="+31"/>
        <source>%1: only files and http(s) links can be imported</source>
        <translation>%1 : seuls les fichiers et les liens http(s) peuvent être importés</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the dropped text is not a profile (it has no h-index and papers lines)</source>
        <translation>le texte déposé n’est pas un profil (il n’a pas de lignes h-index et papers)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="+38"/>
        <source>Export BibTeX</source>
        <translation>Exporter en BibTeX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX files (*.bib);;All files (*)</source>
        <translation>Fichiers BibTeX (*.bib);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Exporting %Ln papers…</source>
        <translation>
            <numerusform>Exportation de %Ln article…</numerusform>
            <numerusform>Exportation de %Ln articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Copied %Ln BibTeX entries</source>
        <translation>
            <numerusform>%Ln entrée BibTeX copiée</numerusform>
            <numerusform>%Ln entrées BibTeX copiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../views/exportdialog.cpp" line="+22"/>
        <source>Export BibTeX</source>
        <translation>Exporter en BibTeX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers to export</source>
        <translation>Articles à exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All papers (%L1)</source>
        <translation>&amp;Tous les articles (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filtered papers (%L1)</source>
        <translation>Articles &amp;filtrés (%L1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selected papers (%L1)</source>
        <translation>Articles &amp;sélectionnés (%L1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write accented letters as &amp;LaTeX escapes (for classic bibtex)</source>
        <translation>Écrire les lettres accentuées en séquences &amp;LaTeX (pour le bibtex classique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave unticked for biber and UTF-8 documents.</source>
        <translation>Laissez décoché pour biber et les documents en UTF-8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave notes out</source>
        <translation>Ne pas inclure les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the note field (note)</source>
        <translation>Dans le champ note (note)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the annotation field (annote)</source>
        <translation>Dans le champ d’annotation (annote)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;notes:</source>
        <translation>Vos &amp;notes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../app/exportrunner.cpp" line="+31"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %Ln entries to %1</source>
        <translation>
            <numerusform>%Ln entrée exportée vers %1</numerusform>
            <numerusform>%Ln entrées exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetChartModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/facetchartmodel.cpp" line="+33"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln more affiliations: %1 (a paper counts once per affiliation)</source>
        <translation>
            <numerusform>%Ln autre affiliation : %1 (un article compte une fois par affiliation)</numerusform>
            <numerusform>%Ln autres affiliations : %1 (un article compte une fois par affiliation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln more categories: %1 (%2%)</source>
        <translation>
            <numerusform>%Ln autre catégorie : %1 (%2 %)</numerusform>
            <numerusform>%Ln autres catégories : %1 (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (%3%)</source>
        <translation>%1 : %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/facetmodel.cpp" line="+41"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../views/filterpanel.cpp" line="+34"/>
        <source>Only papers with &amp;code</source>
        <translation>Articles avec &amp;code seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers with an ar&amp;Xiv id</source>
        <translation>Articles avec ID ar&amp;Xiv seulement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search titles, authors, abstracts (Ctrl+F)</source>
        <translation>Rechercher dans les titres, auteurs, résumés (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search papers</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers with code</source>
        <translation>Seulement les articles avec du code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers with an arXiv id</source>
        <translation>Seulement les articles avec un identifiant arXiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear Filters</source>
        <translation>Effacer les &amp;filtres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry types</source>
        <translation>Types d’entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venues</source>
        <translation>Lieux de publication</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../app/importactions.cpp" line="+48"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some of what you dropped cannot be imported.</source>
        <translation>Une partie de ce que vous avez déposé ne peut pas être importée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile files (*.txt *.profile);;All files (*)</source>
        <translation>Fichiers de profil (*.txt *.profile);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No profile files were found in what you chose.</source>
        <translation>Aucun fichier de profil n’a été trouvé dans votre sélection.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (cancelled: the remaining files were not imported)</source>
        <translation>%1 (annulé : les fichiers restants n’ont pas été importés)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n entries of %1 cannot be read, so nothing of the file was imported. Import its readable entries without them?</source>
        <translation>
            <numerusform>%n entrée de %1 est illisible, donc rien du fichier n’a été importé. Importer ses entrées lisibles sans elle ?</numerusform>
            <numerusform>%n entrées de %1 sont illisibles, donc rien du fichier n’a été importé. Importer ses entrées lisibles sans elles ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bad Entries in %1</source>
        <translation>Entrées illisibles dans %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import %n Readable Entries</source>
        <translation>
            <numerusform>Importer %n entrée lisible</numerusform>
            <numerusform>Importer %n entrées lisibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../app/importcontroller.cpp" line="+11"/>
        <source>Another program is writing to the store; waiting for its turn…</source>
        <translation>Un autre programme écrit dans la base ; en attente de son tour…</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+11"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../models/online/importjob.cpp" line="+99"/>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pasted text %1</source>
        <translation>texte collé %1</translation>
    </message>
</context>
<context>
    <name>ImportTransaction</name>
    <message>
        <location filename="../models/store/importtransaction.cpp" line="+311"/>
        <source>cannot store author &apos;%1&apos;</source>
        <translation>impossible d’enregistrer l’auteur « %1 »</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>cannot store affiliation &apos;%1&apos;</source>
        <translation>impossible d’enregistrer l’affiliation « %1 »</translation>
    </message>
</context>
<context>
    <name>LibraryChange</name>
    <message numerus="yes">
        <location filename="../models/store/postgres/librarychange.h" line="+25"/>
        <source>%n paper(s) added by %1</source>
        <translation>
            <numerusform>%n article ajouté par %1</numerusform>
            <numerusform>%n articles ajoutés par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) removed by %1</source>
        <translation>
            <numerusform>%n article supprimé par %1</numerusform>
            <numerusform>%n articles supprimés par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) put back by %1</source>
        <translation>
            <numerusform>%n article restauré par %1</numerusform>
            <numerusform>%n articles restaurés par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) completed from arXiv by %1</source>
        <translation>
            <numerusform>%n article complété depuis arXiv par %1</numerusform>
            <numerusform>%n articles complétés depuis arXiv par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) tagged by %1</source>
        <translation>
            <numerusform>%n article étiqueté par %1</numerusform>
            <numerusform>%n articles étiquetés par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) untagged by %1</source>
        <translation>
            <numerusform>étiquette retirée de %n article par %1</numerusform>
            <numerusform>étiquette retirée de %n articles par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) starred by %1</source>
        <translation>
            <numerusform>étoile ajoutée à %n article par %1</numerusform>
            <numerusform>étoile ajoutée à %n articles par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) unstarred by %1</source>
        <translation>
            <numerusform>étoile retirée de %n article par %1</numerusform>
            <numerusform>étoile retirée de %n articles par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paper(s) marked by %1</source>
        <translation>
            <numerusform>état de lecture de %n article changé par %1</numerusform>
            <numerusform>état de lecture de %n articles changé par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the note of %n paper(s) changed by %1</source>
        <translation>
            <numerusform>la note de %n article modifiée par %1</numerusform>
            <numerusform>les notes de %n articles modifiées par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) added to a collection by %1</source>
        <translation>
            <numerusform>%n article ajouté à une collection par %1</numerusform>
            <numerusform>%n articles ajoutés à une collection par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paper(s) taken out of a collection by %1</source>
        <translation>
            <numerusform>%n article retiré d’une collection par %1</numerusform>
            <numerusform>%n articles retirés d’une collection par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>tags and marks of %n paper(s) put back by %1</source>
        <translation>
            <numerusform>étiquettes et marques de %n article restaurées par %1</numerusform>
            <numerusform>étiquettes et marques de %n articles restaurées par %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>collections or saved searches changed by %1</source>
        <translation>collections ou recherches enregistrées modifiées par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the library was changed by %1</source>
        <translation>la bibliothèque a été modifiée par %1</translation>
    </message>
</context>
<context>
    <name>LibraryCopy</name>
    <message>
        <location filename="../models/store/librarycopy.cpp" line="+21"/>
        <source>cannot read what users decided in %1: %2</source>
        <translation>impossible de lire les données des utilisateurs dans %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the papers were copied, not all user data (tags, marks, notes, collections, saved searches): %1</source>
        <translation>les articles ont été copiés, mais pas toutes les données des utilisateurs (étiquettes, marques, notes, collections, recherches enregistrées) : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is read-only</source>
        <translation>%1 est en lecture seule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not empty: copy into a new library</source>
        <translation>%1 n’est pas vide : copiez dans une nouvelle bibliothèque</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1, nothing was copied: %2</source>
        <translation>impossible d’écrire dans %1, rien n’a été copié : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the papers were copied, the @preamble values not: %1</source>
        <translation>les articles ont été copiés, mais pas les valeurs @preamble : %1</translation>
    </message>
</context>
<context>
    <name>LibraryKeyring</name>
    <message>
        <location filename="../app/librarykeyring.cpp" line="+29"/>
        <source>No desktop keyring is running, so the password is kept for this session only</source>
        <translation>Aucun trousseau de clés du bureau n’est actif : le mot de passe n’est conservé que pour cette session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desktop keyring refused access to the password</source>
        <translation>Le trousseau de clés du bureau a refusé l’accès au mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desktop keyring failed: %1</source>
        <translation>Le trousseau de clés du bureau a échoué : %1</translation>
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
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The password is kept in the desktop keyring</source>
        <translation>Le mot de passe est conservé dans le trousseau de clés du bureau</translation>
    </message>
</context>
<context>
    <name>LiveLibrary</name>
    <message>
        <location filename="../app/livelibrary.cpp" line="+61"/>
        <source>Reconnected to %1</source>
        <translation>Reconnecté à %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection lost: reconnecting…</source>
        <translation>Connexion perdue : reconnexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 was lost; the window is read-only until it is back</source>
        <translation>La connexion à %1 a été perdue ; la fenêtre est en lecture seule jusqu’à son rétablissement</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../app/mainmenus.cpp" line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Shared Library…</source>
        <translation>Ouvrir une bibliothèque &amp;partagée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Recent &amp;Library</source>
        <translation>Ouvrir une &amp;bibliothèque récente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import Profiles…</source>
        <translation>&amp;Importer des profils…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Recent</source>
        <translation>Imports &amp;récents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export BibTeX…</source>
        <translation>&amp;Exporter en BibTeX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export C&amp;hart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy BibTeX</source>
        <translation>&amp;Copier le BibTeX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Citation &amp;Key</source>
        <translation>Copier la clé de ci&amp;tation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste Profile</source>
        <translation>Co&amp;ller un profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove Papers</source>
        <translation>&amp;Supprimer les articles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &amp;Profile…</source>
        <translation>Supprimer le &amp;profil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Online</source>
        <translation>&amp;En ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look Up Selection on &amp;arXiv</source>
        <translation>Rechercher la sélection sur &amp;arXiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look Up A&amp;ll on arXiv</source>
        <translation>Rechercher &amp;tout sur arXiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Paperscope</source>
        <translation>À &amp;propos de Paperscope</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+193"/>
        <source>Local Library (default)</source>
        <translation>Bibliothèque locale (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared: %1</source>
        <translation>Partagée : %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>About Paperscope</source>
        <translation>À propos de Paperscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;A bibliography browser for researcher profile files.&lt;/p&gt;&lt;p&gt;Qt %2 · %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;Store: %5&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;Un navigateur bibliographique pour les fichiers de profils de chercheurs.&lt;/p&gt;&lt;p&gt;Qt %2 · %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;Base : %5&lt;/p&gt;&lt;p&gt;Licence : GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OnlineActions</name>
    <message>
        <location filename="../app/onlineactions.cpp" line="+27"/>
        <source>Every paper already has an arXiv id.</source>
        <translation>Tous les articles ont déjà un identifiant arXiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the papers to look up on arXiv first.</source>
        <translation>Sélectionnez d’abord les articles à rechercher sur arXiv.</translation>
    </message>
</context>
<context>
    <name>OrganiseCommand</name>
    <message>
        <location filename="../app/organisecommand.cpp" line="+28"/>
        <source>Only papers tagged T (repeatable, OR&apos;d).</source>
        <translation>Seulement les articles portant l’étiquette T (répétable, combiné par OU).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only starred papers.</source>
        <translation>Seulement les articles avec étoile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only papers in reading state S: unread, reading or read (repeatable, OR&apos;d).</source>
        <translation>Seulement les articles dans l’état de lecture S : unread, reading ou read (répétable, combiné par OU).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers in collection NAME or one nested in it (repeatable, OR&apos;d).</source>
        <translation>Seulement les articles de la collection NAME ou d’une collection qu’elle contient (répétable, combiné par OU).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only papers the saved search NAME finds.</source>
        <translation>Seulement les articles que trouve la recherche enregistrée NAME.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the paper with citation key KEY (repeatable, OR&apos;d).</source>
        <translation>Seulement l’article de clé de citation KEY (répétable, combiné par OU).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: remove the note.</source>
        <translation>note : supprimer la note.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collection create: nest the new collection in NAME.</source>
        <translation>collection create : placer la nouvelle collection dans NAME.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--state wants unread, reading or read, not &apos;%1&apos;</source>
        <translation>--state attend unread, reading ou read, pas « %1 »</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no saved search &apos;%1&apos;</source>
        <translation>il n’y a pas de recherche enregistrée « %1 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no paper matches the filters: nothing changed</source>
        <translation>aucun article ne correspond aux filtres : rien n’a changé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--clear belongs to note</source>
        <translation>--clear ne s’emploie qu’avec note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--parent belongs to collection create</source>
        <translation>--parent ne s’emploie qu’avec collection create</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: tag add|remove TAG [FILTERS]</source>
        <translation>usage : tag add|remove TAG [FILTERS]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag needs a name</source>
        <translation>une étiquette doit avoir un nom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tagged %1 of %2 matching papers with &apos;%3&apos;</source>
        <translation>étiquette « %3 » ajoutée à %1 des %2 articles correspondants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took &apos;%3&apos; off %1 of %2 matching papers</source>
        <translation>étiquette « %3 » retirée de %1 des %2 articles correspondants</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: mark unread|reading|read [FILTERS]</source>
        <translation>usage : mark unread|reading|read [FILTERS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes no arguments, only filters: &apos;%2&apos;</source>
        <translation>%1 n’accepte pas d’arguments, seulement des filtres : « %2 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>marked %1 of %2 matching papers %3</source>
        <translation>%1 des %2 articles correspondants marqués %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starred %1 of %2 matching papers</source>
        <translation>étoile ajoutée à %1 des %2 articles correspondants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unstarred %1 of %2 matching papers</source>
        <translation>étoile retirée de %1 des %2 articles correspondants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: note --key KEY [TEXT | --clear]</source>
        <translation>usage : note --key KEY [TEXT | --clear]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note takes a TEXT or --clear, not both</source>
        <translation>note accepte un TEXT ou --clear, pas les deux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cleared the note of %1</source>
        <translation>note de %1 supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noted %1</source>
        <translation>note de %1 enregistrée</translation>
    </message>
</context>
<context>
    <name>OrganiseController</name>
    <message>
        <location filename="../app/organisecontroller.cpp" line="+31"/>
        <source>Organise</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organise &amp;Panel</source>
        <translation>&amp;Panneau Organiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Star / Unstar</source>
        <translation>Ajouter / retirer l’&amp;étoile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Rea&amp;d</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Rea&amp;ding</source>
        <translation>Marquer comme en co&amp;urs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+U</source>
        <translation>Ctrl+Alt+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Tag…</source>
        <translation>Ajouter une éti&amp;quette…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to Co&amp;llection…</source>
        <translation>Ajouter à une collect&amp;ion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve Current Search…</source>
        <translation>Enregistrer la &amp;recherche actuelle…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+235"/>
        <source>Add to Collection</source>
        <translation>Ajouter à une collection</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Collection:</source>
        <translation>Collection :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>O&amp;rganise</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <source>Rename Collection</source>
        <translation>Renommer la collection</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Saved Search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+148"/>
        <source>Star</source>
        <translation>Ajouter l’étoile</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+148"/>
        <source>Unstar</source>
        <translation>Retirer l’étoile</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+151"/>
        <source>Mark</source>
        <translation>Changer l’état de lecture</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+155"/>
        <location line="+9"/>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Remove Tag</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another change is still running; try again when it is done</source>
        <translation>Une autre modification est en cours ; réessayez quand elle sera terminée</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+51"/>
        <location line="+21"/>
        <location line="+14"/>
        <source>Nothing was changed</source>
        <translation>Rien n’a été modifié</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+21"/>
        <source>Cancelled; nothing was changed</source>
        <translation>Annulé ; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tag for the selected papers:</source>
        <translation>Étiquette pour les articles sélectionnés :</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+3"/>
        <source>New Collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name of the search:</source>
        <translation>Nom de la recherche :</translation>
    </message>
</context>
<context>
    <name>OrganiseJob</name>
    <message>
        <location filename="../app/organisejob.cpp" line="+19"/>
        <source>Cancel the change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1: %Ln papers…</source>
        <translation>
            <numerusform>%1 : %Ln article…</numerusform>
            <numerusform>%1 : %Ln articles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisePanel</name>
    <message>
        <location filename="../views/organisepanel.cpp" line="+24"/>
        <source>Stars, tags, collections and saved searches</source>
        <translation>Étoiles, étiquettes, collections et recherches enregistrées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starred</source>
        <translation>Avec étoile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading state</source>
        <translation>État de lecture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Starred papers</source>
        <translation>Articles avec étoile</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>New Collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename Collection…</source>
        <translation>Renommer la collection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Current Search…</source>
        <translation>Enregistrer la recherche actuelle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Saved Search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
</context>
<context>
    <name>OrganiseStore</name>
    <message>
        <location filename="../models/store/organisestore.cpp" line="+51"/>
        <location line="+24"/>
        <source>%1 may only read this shared library: nothing changed (%2)</source>
        <translation>%1 peut seulement lire cette bibliothèque partagée : rien n’a changé (%2)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+29"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>PaperDetailView</name>
    <message>
        <location filename="../views/paperdetailview.cpp" line="+47"/>
        <source>Select a paper to see its details</source>
        <translation>Sélectionnez un article pour en voir les détails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper details</source>
        <translation>Détails de l’article</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BibTeX preview</source>
        <translation>Aperçu BibTeX</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>et al.</source>
        <translation>et al.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Code available</source>
        <translation>Code disponible</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citation key</source>
        <translation>Clé de citation</translation>
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
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>PaperListView</name>
    <message>
        <location filename="../views/paperlistview.cpp" line="+20"/>
        <source>Papers</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Empty paper store</source>
        <translation>Base d’articles vide</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;p&gt;&lt;img src=&apos;:/icons/paperscope.svg&apos; width=&apos;96&apos; height=&apos;96&apos;&gt;&lt;/p&gt;&lt;p style=&apos;font-size:15pt; font-weight:600&apos;&gt;Drop profile files here&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;or use &lt;b&gt;File &amp;gt; Import Profiles…&lt;/b&gt; (Ctrl+O),&lt;br&gt;or paste a profile with &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;Folders work too: every profile file inside is imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;img src=&apos;:/icons/paperscope.svg&apos; width=&apos;96&apos; height=&apos;96&apos;&gt;&lt;/p&gt;&lt;p style=&apos;font-size:15pt; font-weight:600&apos;&gt;Déposez des fichiers de profil ici&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;ou utilisez &lt;b&gt;Fichier &amp;gt; Importer des profils…&lt;/b&gt; (Ctrl+O),&lt;br&gt;ou collez un profil avec &lt;b&gt;Ctrl+V&lt;/b&gt;.&lt;/p&gt;&lt;p style=&apos;color:%1&apos;&gt;Les dossiers fonctionnent aussi : chaque fichier de profil qu’ils contiennent est importé.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p style=&apos;font-size:13pt; font-weight:600&apos;&gt;No papers match the filters&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;clear&apos;&gt;Clear filters&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt; font-weight:600&apos;&gt;Aucun article ne correspond aux filtres&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;clear&apos;&gt;Effacer les filtres&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PaperMarksEditor</name>
    <message>
        <location filename="../views/papermarkseditor.cpp" line="+18"/>
        <source>Save &amp;Note</source>
        <translation>Enregistrer la &amp;note</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Starred</source>
        <translation>Avec étoile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading state</source>
        <translation>État de lecture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a tag and press Enter</source>
        <translation>Saisissez une étiquette et appuyez sur Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note on this paper</source>
        <translation>Une note sur cet article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Take the tag %1 off</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;aucune&lt;/i&gt;</translation>
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
        <translation>rien n’a été importé : %1</translation>
    </message>
    <message>
        <location filename="../models/store/paperstore.cpp" line="-112"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot open the store %1</source>
        <translation>impossible d’ouvrir la base %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot set up the store %1</source>
        <translation>impossible de configurer la base %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Paperscope store</source>
        <translation>%1 n’est pas une base Paperscope</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot prepare the store %1</source>
        <translation>impossible de préparer la base %1</translation>
    </message>
    <message>
        <location filename="../models/store/bibfieldstransaction.cpp" line="-21"/>
        <location filename="../models/store/importtransaction.cpp" line="-246"/>
        <source>cancelled</source>
        <translation>annulé</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First author</source>
        <translation>Premier auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliations</source>
        <translation>Affiliations</translation>
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
        <translation>le pilote PostgreSQL de Qt (QPSQL) n’est pas installé : installez libqt6sql6-psql (libqt5sql5-psql pour la version Qt 5)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>wrong password for %1 on %2 (libpq reads it from PGPASSWORD, ~/.pgpass or a service file)</source>
        <translation>mot de passe incorrect pour %1 sur %2 (libpq le lit dans PGPASSWORD, ~/.pgpass ou un fichier de service)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 asks for a password: give it through PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>%1 sur %2 demande un mot de passe : fournissez-le via PGPASSWORD, ~/.pgpass ou un fichier de service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no role %2: ask the library&apos;s owner to create it (createuser)</source>
        <translation>%1 n’a pas de rôle %2 : demandez au propriétaire de la bibliothèque de le créer (createuser)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no database %1 on %2: create it with createdb, or check the name</source>
        <translation>il n’y a pas de base de données %1 sur %2 : créez-la avec createdb ou vérifiez le nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not offer TLS, but sslmode=%2 requires it</source>
        <translation>%1 ne propose pas TLS, mais sslmode=%2 l’exige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 accepts %2 only over TLS: use sslmode=require</source>
        <translation>%1 n’accepte %2 que via TLS : utilisez sslmode=require</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not let %2 in from this machine (pg_hba.conf)</source>
        <translation>%1 n’accepte pas %2 depuis cette machine (pg_hba.conf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot find the host %1 (check the name)</source>
        <translation>impossible de trouver l’hôte %1 (vérifiez le nom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach PostgreSQL at %1: is the server running, and the host and port right?</source>
        <translation>impossible de joindre PostgreSQL sur %1 : le serveur est-il lancé, et l’hôte et le port sont-ils corrects ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no free connections left; try again later</source>
        <translation>%1 n’a plus de connexion libre ; réessayez plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the shared library %1: %2</source>
        <translation>impossible d’ouvrir la bibliothèque partagée %1 : %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the connection to %1 was lost (the server stopped or the network failed); nothing of the unfinished work was kept</source>
        <translation>la connexion à %1 a été perdue (le serveur s’est arrêté ou le réseau a échoué) ; rien du travail inachevé n’a été conservé</translation>
    </message>
</context>
<context>
    <name>PgImport</name>
    <message>
        <location filename="../models/store/postgres/pgimport.cpp" line="+57"/>
        <source>a paper without a title (line %1)</source>
        <translation>un article sans titre (ligne %1)</translation>
    </message>
</context>
<context>
    <name>PgPaperStore</name>
    <message>
        <location filename="../models/store/postgres/pgpaperstore.cpp" line="+66"/>
        <source>&apos;%1&apos; is not a shared library&apos;s URL</source>
        <translation>« %1 » n’est pas l’URL d’une bibliothèque partagée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 opens read-only: your role may read this library, not change it</source>
        <translation>%1 s’ouvre en lecture seule : votre rôle peut lire cette bibliothèque, mais pas la modifier</translation>
    </message>
</context>
<context>
    <name>PgRoles</name>
    <message>
        <location filename="../models/store/postgres/pgroles.cpp" line="+50"/>
        <source>only the owner of the library %1 grants roles</source>
        <translation>seul le propriétaire de la bibliothèque %1 attribue des rôles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no role %1: create it first (createuser %1)</source>
        <translation>il n’y a pas de rôle %1 : créez-le d’abord (createuser %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is one of the library&apos;s group roles; grant to a login role</source>
        <translation>%1 est l’un des rôles de groupe de la bibliothèque ; accordez l’accès à un rôle de connexion</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 may not create or grant roles (it needs CREATEROLE): %2</source>
        <translation>%1 n’a pas le droit de créer ou d’attribuer des rôles (il faut CREATEROLE) : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>granting failed, nothing changed: %1</source>
        <translation>l’attribution a échoué, rien n’a changé : %1</translation>
    </message>
</context>
<context>
    <name>PgSchema</name>
    <message>
        <location filename="../models/store/postgres/pgschema.cpp" line="+53"/>
        <source>cannot read the shared library&apos;s version: %1</source>
        <translation>impossible de lire la version de la bibliothèque partagée : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this library was written by a newer Paperscope (schema %1; this one knows up to %2): update Paperscope</source>
        <translation>cette bibliothèque a été écrite par un Paperscope plus récent (schéma %1 ; cette version connaît jusqu’au %2) : mettez Paperscope à jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database %1 holds tables of another program, not a Paperscope library: use an empty database</source>
        <translation>la base de données %1 contient les tables d’un autre programme, pas une bibliothèque Paperscope : utilisez une base de données vide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database %1 is not a Paperscope library yet: its owner (%2) creates it by opening it once</source>
        <translation>la base de données %1 n’est pas encore une bibliothèque Paperscope : son propriétaire (%2) la crée en l’ouvrant une fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the library needs an update to schema %1 that only its owner (%2) may run: ask them to open it once</source>
        <translation>la bibliothèque doit être mise à jour vers le schéma %1, ce que seul son propriétaire (%2) peut faire : demandez-lui de l’ouvrir une fois</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>the library&apos;s schema could not be updated; nothing changed: %1</source>
        <translation>le schéma de la bibliothèque n’a pas pu être mis à jour ; rien n’a changé : %1</translation>
    </message>
</context>
<context>
    <name>ProfileDownloader</name>
    <message>
        <location filename="../models/online/profiledownloader.cpp" line="+37"/>
        <source>only http and https links can be imported</source>
        <translation>seuls les liens http et https peuvent être importés</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the server does not say the content is text</source>
        <translation>le serveur n’indique pas que le contenu est du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a text file (%1)</source>
        <translation>pas un fichier texte (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+45"/>
        <source>larger than %L1 KiB</source>
        <translation>plus de %L1 Kio</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>no complete reply within %L1 ms</source>
        <translation>aucune réponse complète en %L1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>more than %n redirects</source>
        <translation>
            <numerusform>plus de %n redirection</numerusform>
            <numerusform>plus de %n redirections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected to %1, which is not an http(s) link</source>
        <translation>redirigé vers %1, qui n’est pas un lien http(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected from https to plain http (%1)</source>
        <translation>redirigé de https vers http non chiffré (%1)</translation>
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
        <translation>%1 (catégorie principale %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h-index</source>
        <translation>Indice h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papers</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Novelty</source>
        <translation>Nouveauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI score</source>
        <translation>Score IA</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <location filename="../models/store/profileimporter.cpp" line="+20"/>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a profile file</source>
        <translation>%1 : est un dossier, pas un fichier de profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: too large for a profile file (%L2 MB)</source>
        <translation>%1 : trop volumineux pour un fichier de profil (%L2 Mo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source> (and %n more bad entries; nothing of the file was imported)</source>
        <translation>
            <numerusform> (et %n autre entrée incorrecte ; rien du fichier n’a été importé)</numerusform>
            <numerusform> (et %n autres entrées incorrectes ; rien du fichier n’a été importé)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileParser</name>
    <message>
        <location filename="../models/formats/profileparser.cpp" line="+202"/>
        <source>expected %1, found the end of the file</source>
        <translation>%1 attendu, fin du fichier atteinte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+14"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>binary data, not a profile file</source>
        <translation>données binaires, pas un fichier de profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line longer than %L1 characters, not a profile file</source>
        <translation>ligne de plus de %L1 caractères, pas un fichier de profil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a researcher&apos;s name, found %1</source>
        <translation>nom de chercheur attendu, %1 trouvé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a category code such as &apos;SE&apos;</source>
        <translation>un code de catégorie tel que « SE »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;h-index&lt;number&gt;&apos;</source>
        <extracomment>The file holds &quot;h-index&quot; literally, followed by a number.</extracomment>
        <translation>« h-index&lt;nombre&gt; »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;&lt;number&gt;papers&apos;</source>
        <extracomment>The file holds a number followed by &quot;papers&quot; literally.</extracomment>
        <translation>« &lt;nombre&gt;papers »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;&lt;number&gt;citations&apos;</source>
        <extracomment>The file holds a number followed by &quot;citations&quot; literally.</extracomment>
        <translation>« &lt;nombre&gt;citations »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;&lt;number&gt; Papers&apos;</source>
        <extracomment>The file holds a number followed by &quot; Papers&quot; literally.</extracomment>
        <translation>« &lt;nombre&gt; Papers »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a paper header such as &apos;SEJan 9, 2023&apos;, found %1</source>
        <translation>en-tête d’article tel que « SEJan 9, 2023 » attendu, %1 trouvé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>impossible date &apos;%1 %2, %3&apos;</source>
        <translation>date impossible « %1 %2, %3 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>impossible date &apos;%1 %2&apos;</source>
        <translation>date impossible « %1 %2 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>paper block ends before its authors</source>
        <translation>le bloc de l’article s’arrête avant ses auteurs</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expected a paper title, found %1</source>
        <translation>titre d’article attendu, %1 trouvé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a paper title with a letter or a digit, found %1</source>
        <translation>titre d’article avec une lettre ou un chiffre attendu, %1 trouvé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected the authors of the paper on line %1, found %2</source>
        <translation>auteurs de l’article de la ligne %1 attendus, %2 trouvé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file says %1 but lists no paper</source>
        <translation>le fichier indique %1 mais ne contient aucun article</translation>
    </message>
</context>
<context>
    <name>RemoveCommand</name>
    <message>
        <location filename="../app/removecommand.cpp" line="+9"/>
        <source>Remove Paper</source>
        <translation>Supprimer l’article</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %Ln Papers</source>
        <translation>
            <numerusform>Supprimer %Ln article</numerusform>
            <numerusform>Supprimer %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Profile %1</source>
        <translation>Supprimer le profil %1</translation>
    </message>
</context>
<context>
    <name>RemoveController</name>
    <message numerus="yes">
        <location filename="../app/removecontroller.cpp" line="+25"/>
        <source>Removed %Ln papers. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln article supprimé. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%Ln articles supprimés. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Profile to remove:</source>
        <translation>Profil à supprimer :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 and the papers no other profile lists? You can undo this.</source>
        <translation>Supprimer %1 et les articles qu’aucun autre profil ne mentionne ? Vous pourrez annuler cette action.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>SharedCommand</name>
    <message>
        <location filename="../app/sharedcommand.cpp" line="+18"/>
        <source>grant works on shared libraries only: --db postgresql://USER@HOST/DB</source>
        <translation>grant ne fonctionne qu’avec les bibliothèques partagées : --db postgresql://USER@HOST/DB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>grant wants reader|editor ROLE</source>
        <translation>grant attend reader|editor ROLE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2 of %3 (member of %4)</source>
        <translation>%1 est maintenant %2 de %3 (membre de %4)</translation>
    </message>
</context>
<context>
    <name>SharedLibraryDialog</name>
    <message>
        <location filename="../views/sharedlibrarydialog.cpp" line="+22"/>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau de clés du bureau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Shared Library</source>
        <translation>Ouvrir une bibliothèque partagée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use TLS when the server offers it</source>
        <translation>Utiliser TLS si le serveur le propose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Require TLS</source>
        <translation>Exiger TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS and check the certificate</source>
        <translation>Exiger TLS et vérifier le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require TLS, check the certificate and the host name</source>
        <translation>Exiger TLS, vérifier le certificat et le nom d’hôte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No TLS</source>
        <translation>Sans TLS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: else the keyring, ~/.pgpass or PGPASSWORD</source>
        <translation>Facultatif : sinon le trousseau, ~/.pgpass ou PGPASSWORD</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../views/statusprogress.cpp" line="+11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>StoreArxiv</name>
    <message>
        <location filename="../models/store/postgres/pgarxiv.cpp" line="+78"/>
        <location filename="../models/store/storearxiv.cpp" line="+56"/>
        <source>the match has no arXiv id</source>
        <translation>la correspondance n’a pas d’identifiant arXiv</translation>
    </message>
    <message>
        <location filename="../models/store/storearxiv.cpp" line="+4"/>
        <source>the store is busy or read-only: %1</source>
        <translation>la base est occupée ou en lecture seule : %1</translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgarxiv.cpp" line="-30"/>
        <location filename="../models/store/storearxiv.cpp" line="+14"/>
        <source>the paper is no longer in the store</source>
        <translation>l’article n’est plus dans la base</translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message numerus="yes">
        <location filename="../models/store/storefault.cpp" line="+101"/>
        <source>the store is busy: another program kept it locked for over %n seconds; try again when it is done</source>
        <translation>
            <numerusform>la base est occupée : un autre programme l’a verrouillée pendant plus de %n seconde ; réessayez quand il aura terminé</numerusform>
            <numerusform>la base est occupée : un autre programme l’a verrouillée pendant plus de %n secondes ; réessayez quand il aura terminé</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full (or the store reached its size limit)</source>
        <translation>le disque est plein (ou la base a atteint sa taille maximale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store is read-only</source>
        <translation>la base est en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store is damaged; restart Paperscope to keep it aside and start afresh</source>
        <translation>la base est endommagée ; redémarrez Paperscope pour la mettre de côté et repartir de zéro</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <location filename="../app/storenotice.cpp" line="+45"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read-only store: browse and export only</source>
        <translation>Base en lecture seule : consultation et exportation uniquement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged store replaced</source>
        <translation>Base endommagée remplacée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store was damaged. It was kept aside and a new, empty store was created.</source>
        <translation>La base était endommagée. Elle a été mise de côté et une nouvelle base vide a été créée.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../models/store/storeopener.cpp" line="+129"/>
        <source>cannot move it aside to %1</source>
        <translation>impossible de la déplacer vers %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>moved it to %1 but cannot move %2 along</source>
        <translation>déplacée vers %1 mais impossible de déplacer %2 avec elle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the store %1 is a folder, not a file</source>
        <translation>la base %1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the store %1: permission denied</source>
        <translation>impossible de lire la base %1 : permission refusée</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>the store %1 is busy: another program has kept it locked for over %n seconds (%2); try again when it is done</source>
        <translation>
            <numerusform>la base %1 est occupée : un autre programme la verrouille depuis plus de %n seconde (%2) ; réessayez quand il aura terminé</numerusform>
            <numerusform>la base %1 est occupée : un autre programme la verrouille depuis plus de %n secondes (%2) ; réessayez quand il aura terminé</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the store %1: %2</source>
        <translation>impossible d’ouvrir la base %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store %1 is damaged (%2) and read-only, so it cannot be replaced; it was left as it is</source>
        <translation>la base %1 est endommagée (%2) et en lecture seule, elle ne peut donc pas être remplacée ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the store %1 is damaged (%2) and %3</source>
        <extracomment>%3 says what went wrong when the damaged file was moved aside.</extracomment>
        <translation>la base %1 est endommagée (%2) et %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the store %1 was damaged (%2); it was kept as %3 and a new, empty store was created</source>
        <translation>la base %1 était endommagée (%2) ; elle a été conservée sous %3 et une nouvelle base vide a été créée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the store %1 was written by a newer Paperscope (schema %2, this build knows %3); it was left as it is</source>
        <translation>la base %1 a été écrite par un Paperscope plus récent (schéma %2, cette version connaît %3) ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Paperscope store (it holds another program&apos;s tables); it was left as it is</source>
        <translation>%1 n’est pas une base Paperscope (elle contient les tables d’un autre programme) ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the store %1 is read-only and needs an upgrade from schema %2 to %3; it was left as it is</source>
        <translation>la base %1 est en lecture seule et doit être mise à niveau du schéma %2 au %3 ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the store %1 is read-only: papers can be browsed and exported, not imported or removed</source>
        <translation>la base %1 est en lecture seule : les articles peuvent être consultés et exportés, mais pas importés ni supprimés</translation>
    </message>
</context>
<context>
    <name>StoreRemoval</name>
    <message>
        <location filename="../models/store/storeremoval.cpp" line="+53"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>aucun profil nommé « %1 »</translation>
    </message>
    <message>
        <location filename="../models/store/postgres/pgremoval.cpp" line="+74"/>
        <source>there is no profile named %1</source>
        <translation>il n’y a pas de profil nommé %1</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <location filename="../models/store/storeschema.cpp" line="+38"/>
        <source>cannot read the schema version</source>
        <translation>impossible de lire la version du schéma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store was written by a newer Paperscope (schema %1, this build knows %2)</source>
        <translation>la base a été écrite par un Paperscope plus récent (schéma %1, cette version connaît %2)</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <location filename="../models/store/textreport.cpp" line="+45"/>
        <location line="+27"/>
        <source>%Ln papers added</source>
        <translation>
            <numerusform>%Ln article ajouté</numerusform>
            <numerusform>%Ln articles ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <location line="+27"/>
        <source>%Ln already known</source>
        <translation>
            <numerusform>%Ln déjà connu</numerusform>
            <numerusform>%Ln déjà connus</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>new profile</source>
        <translation>nouveau profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile updated</source>
        <translation>profil mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing changed</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln files imported</source>
        <translation>
            <numerusform>%Ln fichier importé</numerusform>
            <numerusform>%Ln fichiers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refusé</numerusform>
            <numerusform>%Ln refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln profiles updated</source>
        <translation>
            <numerusform>%Ln profil mis à jour</numerusform>
            <numerusform>%Ln profils mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>copied %Ln papers and %1 to %2</source>
        <translation>
            <numerusform>%Ln article et %1 copiés vers %2</numerusform>
            <numerusform>%Ln articles et %1 copiés vers %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln profiles</source>
        <translation>
            <numerusform>%Ln profil</numerusform>
            <numerusform>%Ln profils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearChartModel</name>
    <message>
        <location filename="../models/itemmodels/yearchartmodel.cpp" line="+62"/>
        <source>%1 in %2: %3 of %4</source>
        <translation>%1 en %2 : %3 sur %4</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln papers</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
</TS>
