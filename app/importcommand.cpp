#include "importcommand.h"

#include "importbatch.h"
#include "profileimporter.h"
#include "storefault.h"
#include "textreport.h"

#include <QCoreApplication>

int ImportCommand::run(AbstractPaperStore &store, const QStringList &files, bool skipBad)
{
    QVector<FileImportResult> results;
    bool toldWaiting = false;
    const StoreFault::WaitingScope waiting([&] {
        if (!toldWaiting) {
            toldWaiting = true;
            m_err << QCoreApplication::translate("CommandLine",
                                                 "paperscope: another program is writing to the store; waiting for its turn")
                  << "\n";
            m_err.flush();
        }
        return true; // for as long as the other one makes progress
    });
    {
        // Few transactions for many files; each line once its file is in the store.
        ImportBatch batch(store, [&](const FileImportResult &result) {
            results.append(result);
            for (const QString &bad : result.badEntries.mid(result.ok ? 0 : 1)) // .bib entries not imported
                m_err << bad << "\n";
            (result.ok ? m_out : m_err) << TextReport::importLine(result) << "\n";
        });
        batch.setSkipBad(skipBad);
        const QStringList expanded = ProfileImporter::expandPaths(files);
        for (int i = 0; i < expanded.size(); ++i)
            batch.importFile(expanded.at(i), expanded.value(i + 1)); // the next one is read meanwhile
    }
    if (results.isEmpty()) {
        m_err << "paperscope: no profile files found in " << files.join(QStringLiteral(", ")) << "\n";
        return 1;
    }
    m_out << TextReport::importTotals(results) << "\n";
    for (const FileImportResult &r : results) {
        if (!r.ok)
            return 1;
    }
    return 0;
}
