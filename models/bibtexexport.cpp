#include "bibtexexport.h"

#include <QBuffer>

bool BibtexExport::writeWindow(QIODevice *device, const QVector<PaperRecord> &papers, int total)
{
    if (m_cancelled && *m_cancelled) {
        m_error = QStringLiteral("cancelled");
        return false;
    }
    if (papers.isEmpty())
        return true;
    if (m_written > 0 && device->write("\n") != 1) {
        m_error = device->errorString();
        return false;
    }
    if (!m_writer.write(device, papers)) {
        m_error = device->errorString();
        return false;
    }
    m_written += papers.size();
    if (m_progress)
        m_progress(m_written, total);
    return true;
}

bool BibtexExport::writeFiltered(QIODevice *device, const PaperFilter &filter)
{
    // The ids first (8 bytes a paper), then the rows by id in windows: pages
    // by offset would read the rows before each window again, which makes a
    // million-paper export quadratic.
    return writeIds(device, m_store.paperIds(filter, PaperSort::Date, Qt::AscendingOrder));
}

bool BibtexExport::writeIds(QIODevice *device, const QVector<qint64> &ids)
{
    m_written = 0;
    for (int start = 0; start < ids.size(); start += window) {
        if (!writeWindow(device, m_store.papersByIds(ids.mid(start, window)), int(ids.size())))
            return false;
    }
    return true;
}

QString BibtexExport::text(const QVector<qint64> &ids)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeIds(&buffer, ids);
    return QString::fromUtf8(buffer.data());
}
