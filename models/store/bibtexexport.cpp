#include "bibtexexport.h"

#include "bibentrywriter.h"

#include <QBuffer>

#include <QCoreApplication>
#include <future>

// One window's entries as UTF-8 (pure: runs beside the next window's read).
QByteArray BibtexExport::format(const BibtexWriter &writer, const QVector<PaperRecord> &papers,
                                const QHash<qint64, PaperMarks> &marks, Options options)
{
    if (marks.isEmpty()) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writer.write(&buffer, papers);
        return buffer.data();
    }
    QString out;
    for (int i = 0; i < papers.size(); ++i) {
        if (i > 0)
            out.append(QLatin1Char('\n'));
        const PaperRecord &p = papers.at(i);
        const auto found = marks.constFind(p.id);
        out.append(found == marks.constEnd()
                       ? writer.entry(p)
                       : MarksBibtex::apply(writer.entry(p), *found, options.noteField, options.latexEscapes));
    }
    return out.toUtf8();
}

bool BibtexExport::writeWindow(QIODevice *device, const QByteArray &entries, int count, int total)
{
    if (m_cancelled && *m_cancelled) {
        m_error = QStringLiteral("cancelled");
        return false;
    }
    if (count == 0)
        return true;
    if (m_written > 0 && device->write("\n") != 1) {
        m_error = device->errorString();
        return false;
    }
    if (device->write(entries) != entries.size()) {
        m_error = device->errorString();
        return false;
    }
    m_written += count;
    if (m_progress)
        m_progress(m_written, total);
    return true;
}

// The store's @preamble values, once each in the order first seen, then a
// blank line: an exported library keeps the macros its titles use.
bool BibtexExport::writePreambles(QIODevice *device)
{
    const QStringList values = m_store.bibPreambles();
    if (!m_store.lastError().isEmpty()) {
        m_error = m_store.lastError();
        return false;
    }
    if (values.isEmpty())
        return true;
    const QByteArray text = (BibEntryWriter::preambles(values) + QLatin1Char('\n')).toUtf8();
    if (device->write(text) != text.size()) {
        m_error = device->errorString();
        return false;
    }
    return true;
}

bool BibtexExport::writeFiltered(QIODevice *device, const PaperFilter &filter)
{
    // The ids first (8 bytes a paper), then the rows by id in windows: pages
    // by offset would read the rows before each window again, which makes a
    // million-paper export quadratic.
    return writeIds(device, m_store.paperIds(filter, PaperSort::Date, Qt::AscendingOrder));
}

// Two cores: while one window is formatted on a helper thread, this thread
// reads the next one (the store's connection stays on its own thread).
bool BibtexExport::writeIds(QIODevice *device, const QVector<qint64> &ids)
{
    m_written = 0;
    if (!ids.isEmpty() && (!device || !device->isWritable())) {
        m_error = device ? device->errorString() : QCoreApplication::translate("BibtexExport", "no device");
        return false;
    }
    if (!ids.isEmpty() && m_preambles && !writePreambles(device))
        return false;
    const int total = int(ids.size());
    // The rows come in the export's order, spread over the store's file:
    // from a cold cache, reading them a page at a time waits on the disk,
    // so a large export has the file read ahead beside it (the future's
    // destructor waits for the asking, which takes about a second).
    std::future<qint64> readAhead;
    if (total > 0)
        readAhead = std::async(std::launch::async, [this, total] { return m_store.readAhead(total); });
    std::future<QByteArray> formatted;
    int formattedCount = 0;
    for (int start = 0; start < total; start += window) {
        const QVector<qint64> windowIds = ids.mid(start, window);
        QVector<PaperRecord> rows = m_store.papersByIds(windowIds);
        if (!m_store.lastError().isEmpty()) { // before exportMarks() clears it
            m_error = m_store.lastError();
            return false;
        }
        // Tags (and the note) of these papers: only those with either come back.
        QHash<qint64, PaperMarks> marks = m_store.exportMarks(windowIds);
        if (!m_store.lastError().isEmpty()) {
            m_error = m_store.lastError();
            return false;
        }
        if (m_noteField == MarksBibtex::NoteField::None) {
            for (auto it = marks.begin(); it != marks.end();)
                it = it->tags.isEmpty() ? marks.erase(it) : std::next(it);
        }
        if (formatted.valid() && !writeWindow(device, formatted.get(), formattedCount, total))
            return false;
        formattedCount = int(rows.size());
        const Options options{m_noteField, m_latexEscapes};
        formatted = std::async(std::launch::async, [writer = m_writer, rows = std::move(rows), marks = std::move(marks), options] {
            return format(writer, rows, marks, options);
        });
    }
    return !formatted.valid() || writeWindow(device, formatted.get(), formattedCount, total);
}

QString BibtexExport::text(const QVector<qint64> &ids)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const bool preambles = m_preambles;
    m_preambles = false; // entries to paste into another file
    writeIds(&buffer, ids);
    m_preambles = preambles;
    return QString::fromUtf8(buffer.data());
}
