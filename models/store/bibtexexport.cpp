#include "bibtexexport.h"

#include "bibentrywriter.h"

#include <QBuffer>
#include <QCoreApplication>

#include <future>

// One window's entries as UTF-8 (pure: runs beside the next window's read).
QByteArray BibtexExport::format(const BibtexWriter &writer, const QVector<PaperRecord> &papers,
                                const QHash<qint64, PaperMarks> &marks, Options options)
{
    if (marks.isEmpty())
        return writer.utf8(papers);
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

// Runs on the helper thread, after the window before it was written: the
// device is only ever used by one thread at a time.
BibtexExport::Written BibtexExport::writeEntries(QIODevice *device, const QByteArray &entries, int count, bool separator,
                                                 const std::atomic<bool> *cancelled)
{
    if (cancelled && *cancelled)
        return {0, QStringLiteral("cancelled")};
    if (count == 0)
        return {};
    if (separator && device->write("\n") != 1)
        return {0, device->errorString()};
    if (device->write(entries) != entries.size())
        return {0, device->errorString()};
    return {count, QString()};
}

bool BibtexExport::windowWritten(const Written &written, int total)
{
    if (!written.error.isEmpty()) {
        m_error = written.error;
        return false;
    }
    if (written.count == 0)
        return true;
    m_written += written.count;
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

// Two cores: while one window is formatted and written on a helper thread,
// this thread reads the next one (the store's connection stays on its own
// thread). The progress is reported here, once a window is written.
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
    std::future<Written> written;
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
        if (written.valid() && !windowWritten(written.get(), total))
            return false;
        if (m_cancelled && *m_cancelled) {
            m_error = QStringLiteral("cancelled");
            return false;
        }
        const Options options{m_noteField, m_latexEscapes};
        const bool separator = m_written > 0;
        // The rows are freed on the helper thread too, when the formatting ends
        // (the lambda itself is destroyed here, with the future).
        written = std::async(std::launch::async, [device, writer = m_writer, rows = std::move(rows), marks = std::move(marks),
                                                  options, separator, cancelled = m_cancelled]() mutable {
            const QVector<PaperRecord> papers = std::move(rows);
            const QHash<qint64, PaperMarks> papersMarks = std::move(marks);
            return writeEntries(device, format(writer, papers, papersMarks, options), int(papers.size()), separator, cancelled);
        });
    }
    return !written.valid() || windowWritten(written.get(), total);
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
