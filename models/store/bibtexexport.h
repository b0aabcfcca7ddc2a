#pragma once
// Writes the BibTeX of many papers from the store to a device in windows,
// so memory stays flat however many papers there are (the ids, 8 bytes a
// paper, and two windows of rows: one formatted and written on a helper
// thread while the next is read; the device is used by one thread at a
// time, and not after writeIds returns). Used by the command line and, on
// a worker thread, by the window; it can be cancelled and reports progress
// between windows, on the calling thread.
// The @preamble values of the store's .bib files go first, once each.

#include "bibtexwriter.h"
#include "marksbibtex.h"
#include "abstractpaperstore.h"

#include <QHash>
#include <QIODevice>
#include <QVector>

#include <atomic>
#include <functional>

class BibtexExport
{
public:
    static constexpr int window = 500;
    using Progress = std::function<void(int done, int total)>;

    BibtexExport(const AbstractPaperStore &store, BibtexWriter::NonAscii mode)
        : m_store(store), m_writer(mode), m_latexEscapes(mode == BibtexWriter::NonAscii::LatexEscapes)
    {
    }
    // Tags always go to `keywords`; the note to `note` or `annote` if set (MarksBibtex).
    void setNoteField(MarksBibtex::NoteField field) { m_noteField = field; }

    // The papers of a filter, in date order.
    bool writeFiltered(QIODevice *device, const PaperFilter &filter);
    // The papers given, in the order given.
    bool writeIds(QIODevice *device, const QVector<qint64> &ids);
    // Both write the store's @preamble values first (BibPreambles), unless
    // switched off here.
    void setWritePreambles(bool on) { m_preambles = on; }
    // All entries as one string (clipboard), without the preambles.
    QString text(const QVector<qint64> &ids);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool> *cancelled) { m_cancelled = cancelled; }
    int written() const { return m_written; }
    QString error() const { return m_error; }

private:
    struct Options
    {
        MarksBibtex::NoteField noteField = MarksBibtex::NoteField::None;
        bool latexEscapes = false;
    };
    static QByteArray format(const BibtexWriter &writer, const QVector<PaperRecord> &papers,
                             const QHash<qint64, PaperMarks> &marks, Options options);
    struct Written
    {
        int count = 0; // entries written
        QString error; // or why not ("cancelled")
    };
    static Written writeEntries(QIODevice *device, const QByteArray &entries, int count, bool separator,
                                const std::atomic<bool> *cancelled);
    bool windowWritten(const Written &written, int total);
    bool writePreambles(QIODevice *device);

    const AbstractPaperStore &m_store;
    BibtexWriter m_writer;
    bool m_latexEscapes = false;
    bool m_preambles = true;
    MarksBibtex::NoteField m_noteField = MarksBibtex::NoteField::None;
    Progress m_progress;
    const std::atomic<bool> *m_cancelled = nullptr;
    int m_written = 0;
    QString m_error;
};
