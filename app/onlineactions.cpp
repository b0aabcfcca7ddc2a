#include "onlineactions.h"

#include "arxivlookupcontroller.h"
#include "browsecontroller.h"
#include "paperstore.h"
#include "papertablemodel.h"
#include "storearxiv.h"

#include <QMainWindow>
#include <QStatusBar>

OnlineActions::OnlineActions(AbstractPaperStore &store, ArxivLookupController *lookups, BrowseController *browse,
                             QMainWindow *window)
    : QObject(window), m_store(store), m_lookups(lookups), m_browse(browse), m_window(window)
{
    connect(m_lookups, &ArxivLookupController::paperMatched, this, [this](qint64 id) {
        if (m_browse->currentId() == id)
            m_browse->showCurrentPaper();
    });
    connect(m_lookups, &ArxivLookupController::finished, this, &OnlineActions::onFinished);
}

void OnlineActions::lookUpOnArxiv(bool all)
{
    const QVector<qint64> ids = all ? m_store.idsWithoutArxiv(PaperFilter()) : m_browse->selectedIds();
    if (ids.isEmpty())
        m_window->statusBar()->showMessage(all ? tr("Every paper already has an arXiv id.")
                                               : tr("Select the papers to look up on arXiv first."), 5000);
    else
        m_lookups->start(ids);
}

void OnlineActions::onFinished()
{
    const int row = m_browse->currentRow();
    const qint64 id = m_browse->currentId();
    m_browse->refreshFromStore(); // keeps the current paper current where it still is
    if (id != 0 && m_browse->papers()->paperId(row) != 0)
        m_browse->selectPaper(id);
}
