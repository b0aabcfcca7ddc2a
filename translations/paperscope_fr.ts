<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArxivAtomParser</name>
    <message>
        <location filename="../models/arxivatomparser.cpp" line="+108"/>
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
        <location filename="../models/arxivfetcher.cpp" line="+127"/>
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
        <location filename="../models/arxivlookupjob.cpp" line="+84"/>
        <source>the paper is no longer in the store</source>
        <translation>l’article n’est plus dans la base</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 matches but cannot be stored: %2</source>
        <translation>%1 correspond mais ne peut pas être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>ArxivLookupResult</name>
    <message>
        <location filename="../models/arxivlookupresult.cpp" line="+7"/>
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
        <location filename="../models/arxivmatcher.cpp" line="+53"/>
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
    <name>BibtexExport</name>
    <message>
        <location filename="../models/bibtexexport.cpp" line="+53"/>
        <source>no device</source>
        <translation>aucun périphérique</translation>
    </message>
</context>
<context>
    <name>BibtexPreview</name>
    <message>
        <location filename="../views/bibtexpreview.cpp" line="+90"/>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message>
        <location filename="../app/browsecontroller.cpp" line="+44"/>
        <location line="+49"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
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
        <location filename="../app/chartdock.cpp" line="+14"/>
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
        <source>Charts &amp;Fill the Window</source>
        <translation>Graphiques sur toute la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../views/chartview.cpp" line="+27"/>
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
        <location line="+14"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+197"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Tick one or more profiles under &lt;b&gt;Profiles&lt;/b&gt; in the filter panel to see their figures and papers per year here, side by side.</source>
        <translation>Cochez un ou plusieurs profils sous &lt;b&gt;Profils&lt;/b&gt; dans le panneau des filtres pour voir ici leurs chiffres et leurs articles par année, côte à côte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile figures</source>
        <translation>Chiffres des profils</translation>
    </message>
    <message>
        <location line="+63"/>
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
        <location line="+23"/>
        <source>Charts made with Paperscope</source>
        <translation>Graphiques créés avec Paperscope</translation>
    </message>
</context>
<context>
    <name>DropClassifier</name>
    <message>
        <location filename="../models/dropclassifier.cpp" line="+30"/>
        <source>%1: only files and http(s) links can be imported</source>
        <translation>%1 : seuls les fichiers et les liens http(s) peuvent être importés</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>the dropped text is not a profile (it has no h-index and papers lines)</source>
        <translation>le texte déposé n’est pas un profil (il n’a pas de lignes h-index et papers)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="+37"/>
        <source>Export BibTeX</source>
        <translation>Exporter en BibTeX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BibTeX files (*.bib);;All files (*)</source>
        <translation>Fichiers BibTeX (*.bib);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exporting %Ln papers…</source>
        <translation>
            <numerusform>Exportation de %Ln article…</numerusform>
            <numerusform>Exportation de %Ln articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
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
        <location filename="../views/exportdialog.cpp" line="+20"/>
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
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../app/exportrunner.cpp" line="+32"/>
        <location line="+5"/>
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
        <location filename="../models/facetchartmodel.cpp" line="+33"/>
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
        <location filename="../models/facetmodel.cpp" line="+33"/>
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
        <location filename="../views/filterpanel.cpp" line="+33"/>
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
        <location line="+0"/>
        <source>Profiles</source>
        <translation>Profils</translation>
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
        <location line="+11"/>
        <source>%1 (cancelled: the remaining files were not imported)</source>
        <translation>%1 (annulé : les fichiers restants n’ont pas été importés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../app/importcontroller.cpp" line="+53"/>
        <location line="+7"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../models/importjob.cpp" line="+44"/>
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
        <location filename="../models/importtransaction.cpp" line="+271"/>
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
    <name>MainMenus</name>
    <message>
        <location filename="../app/mainmenus.cpp" line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+7"/>
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
        <location filename="../app/mainwindow.cpp" line="+194"/>
        <source>About Paperscope</source>
        <translation>À propos de Paperscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;A bibliography browser for researcher profile files.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;Store: %5&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Paperscope %1&lt;/h3&gt;&lt;p&gt;Un navigateur bibliographique pour les fichiers de profils de chercheurs.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · KSyntaxHighlighting %4&lt;/p&gt;&lt;p&gt;Base : %5&lt;/p&gt;&lt;p&gt;Licence : GPL-3.0-or-later&lt;/p&gt;</translation>
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
    <name>PaperStore</name>
    <message>
        <location filename="../models/importbatch.cpp" line="+59"/>
        <location filename="../models/importbatchtransaction.cpp" line="+54"/>
        <location line="+10"/>
        <location filename="../models/paperstore.cpp" line="+184"/>
        <location line="+8"/>
        <source>nothing was imported: %1</source>
        <translation>rien n’a été importé : %1</translation>
    </message>
    <message>
        <location filename="../models/paperstore.cpp" line="-91"/>
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
</context>
<context>
    <name>PaperTableModel</name>
    <message>
        <location filename="../models/papertablemodel.cpp" line="+22"/>
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
    <name>ProfileDownloader</name>
    <message>
        <location filename="../models/profiledownloader.cpp" line="+37"/>
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
        <location filename="../models/profilefiguresmodel.cpp" line="+44"/>
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
        <location filename="../models/profileimporter.cpp" line="+16"/>
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
</context>
<context>
    <name>ProfileParser</name>
    <message>
        <location filename="../models/profileparser.cpp" line="+202"/>
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
        <location filename="../models/storearxiv.cpp" line="+56"/>
        <source>the match has no arXiv id</source>
        <translation>la correspondance n’a pas d’identifiant arXiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the store is busy or read-only: %1</source>
        <translation>la base est occupée ou en lecture seule : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the paper is no longer in the store</source>
        <translation>l’article n’est plus dans la base</translation>
    </message>
</context>
<context>
    <name>StoreFault</name>
    <message numerus="yes">
        <location filename="../models/storefault.cpp" line="+34"/>
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
        <location filename="../app/storenotice.cpp" line="+36"/>
        <source>Paperscope (read-only)</source>
        <translation>Paperscope (lecture seule)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read-only store: browse and export only</source>
        <translation>Base en lecture seule : consultation et exportation uniquement</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../models/storeopener.cpp" line="+129"/>
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
        <location filename="../models/storeremoval.cpp" line="+50"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>aucun profil nommé « %1 »</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <location filename="../models/storeschema.cpp" line="+38"/>
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
        <location filename="../models/textreport.cpp" line="+45"/>
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
</context>
<context>
    <name>YearChartModel</name>
    <message>
        <location filename="../models/yearchartmodel.cpp" line="+62"/>
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
