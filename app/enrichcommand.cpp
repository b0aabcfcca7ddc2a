#include "enrichcommand.h"

#include "arxivlookupjob.h"
#include "abstractpaperstore.h"

#include <QEventLoop>
#include <QTimer>

int EnrichCommand::run(AbstractPaperStore &store, const PaperFilter &filter, const ArxivSettings &settings)
{
    const QVector<qint64> ids = store.idsWithoutArxiv(filter);
    if (!store.lastError().isEmpty()) {
        m_err << "paperscope: " << store.lastError() << "\n";
        return 1;
    }
    if (ids.isEmpty()) {
        m_out << "no papers without an arXiv id match the filters\n";
        return 0;
    }
    ArxivLookupJob job(store.path(), ids, settings);
    ArxivLookupSummary summary;
    QEventLoop loop;
    QObject::connect(&job, &ArxivLookupJob::paperFinished, &loop, [this](const ArxivLookupResult &result) {
        m_out << result.line() << "\n";
        m_out.flush();
    });
    QObject::connect(&job, &ArxivLookupJob::finished, &loop,
                     [&](const ArxivLookupSummary &done, bool) {
                         summary = done;
                         loop.quit();
                     });
    QTimer::singleShot(0, &job, &ArxivLookupJob::start);
    loop.exec();
    m_out << summary.text() << "\n";
    return summary.failed > 0 ? 1 : 0;
}
