#include "exportcontroller.h"

#include "bibtexexport.h"
#include "browsecontroller.h"
#include "chartdock.h"
#include "citationkey.h"
#include "dialogs.h"
#include "exportdialog.h"
#include "exportrunner.h"
#include "papertablemodel.h"
#include "windowsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>

ExportController::ExportController(AbstractPaperStore &store, BrowseController *browse, ChartDock *charts, QMainWindow *window)
    : QObject(window), m_store(store), m_browse(browse), m_charts(charts), m_window(window)
{
}

void ExportController::exportBibtex()
{
    if (m_exporting)
        return;
    const QVector<qint64> selection = m_browse->selectedIds();
    const PaperTableModel *papers = m_browse->papers();
    ExportDialog::Choice initial;
    initial.scope = selection.size() > 1 ? ExportDialog::Scope::Selection : ExportDialog::Scope::Filtered;
    initial.latexEscapes = WindowSettings::latexEscapes();
    initial.noteField = ExportDialog::NoteField(WindowSettings::exportNoteField());
    const auto choice = ExportDialog::ask(m_window, papers->totalCount(), papers->rowCount(), selection.size(), initial);
    if (!choice)
        return;
    const QString dir = WindowSettings::lastFolder(QStringLiteral("export"));
    const QString file = Dialogs::saveFileName(m_window, tr("Export BibTeX"), dir + QStringLiteral("/papers.bib"),
                                               tr("BibTeX files (*.bib);;All files (*)"));
    if (file.isEmpty())
        return;
    WindowSettings::setLastFolder(QStringLiteral("export"), QFileInfo(file).absolutePath());
    WindowSettings::setLatexEscapes(choice->latexEscapes);
    WindowSettings::setExportNoteField(int(choice->noteField));
    const MarksBibtex::NoteField noteField = choice->noteField == ExportDialog::NoteField::Note ? MarksBibtex::NoteField::Note
        : choice->noteField == ExportDialog::NoteField::Annote ? MarksBibtex::NoteField::Annote
                                                               : MarksBibtex::NoteField::None;
    QVector<qint64> ids;
    if (choice->scope == ExportDialog::Scope::Selection)
        ids = selection;
    else
        ids = m_store.paperIds(choice->scope == ExportDialog::Scope::All ? PaperFilter() : m_browse->filter(),
                               PaperSort::Date, Qt::AscendingOrder);
    m_exporting = true;
    m_window->statusBar()->showMessage(tr("Exporting %Ln papers…", nullptr, int(ids.size())));
    ExportRunner::start(this, m_store.path(), ids, file,
                        choice->latexEscapes ? BibtexWriter::NonAscii::LatexEscapes : BibtexWriter::NonAscii::KeepUtf8,
                        noteField,
                        [this](bool ok, const QString &message) {
                            m_exporting = false;
                            m_window->statusBar()->showMessage(message, 10000);
                            if (!ok)
                                Dialogs::inform(m_window, tr("Export failed"), message, QString(), true);
                            emit exportFinished(ok, message);
                        });
}

void ExportController::exportChart()
{
    const QString message = m_charts->exportChart();
    if (!message.isEmpty())
        m_window->statusBar()->showMessage(message, 8000);
}

void ExportController::copyBibtex()
{
    const QVector<qint64> ids = m_browse->selectedIds();
    if (ids.isEmpty())
        return;
    BibtexExport exporter(m_store, WindowSettings::latexEscapes() ? BibtexWriter::NonAscii::LatexEscapes
                                                                  : BibtexWriter::NonAscii::KeepUtf8);
    QApplication::clipboard()->setText(exporter.text(ids));
    m_window->statusBar()->showMessage(tr("Copied %Ln BibTeX entries", nullptr, int(ids.size())), 5000);
}

void ExportController::copyCitationKeys()
{
    QStringList keys;
    for (const PaperRecord &p : m_store.papersByIds(m_browse->selectedIds()))
        keys << p.citationKey;
    if (keys.isEmpty())
        return;
    QApplication::clipboard()->setText(CitationKey::citeCommand(keys));
    m_window->statusBar()->showMessage(tr("Copied %1").arg(CitationKey::citeCommand(keys)), 5000);
}
