#pragma once
// Test support for the .bib store tests (tst_bibstore, tst_bibtags,
// tst_bibundo, tst_bibpreambleexport): importing .bib text or fixtures,
// finding papers by their kept citation key, and the store's whole BibTeX
// export as bytes. Header-only.

#include "bibtexexport.h"
#include "paperfilter.h"
#include "paperstore.h"
#include "profileimporter.h"
#include "testdata.h"

#include <QBuffer>
#include <QDateTime>
#include <QDebug>

namespace BibStoreTesting {

// A .bib fixture under tests/data/bib/.
inline QString bib(const char *name) { return TestData::fixture(QStringLiteral("bib/") + QLatin1String(name)); }

// Every paper (and those matching text), oldest first.
inline QVector<PaperRecord> all(PaperStore &store, const QString &text = QString())
{
    PaperFilter filter;
    filter.text = text;
    return store.papers(filter, PaperSort::Date, Qt::AscendingOrder, 0, 100000);
}

// The paper whose kept key is key, or null.
inline const PaperRecord *byKey(const QVector<PaperRecord> &papers, const QString &key)
{
    for (const PaperRecord &p : papers)
        if (p.citationKey == key)
            return &p;
    return nullptr;
}

// .bib text imported as a file called name; false (with the reasons on
// stderr) when it was refused.
inline bool importText(PaperStore &store, const QByteArray &text, const QString &name)
{
    const FileImportResult r = ProfileImporter(store).importBytes(text, name, QDateTime::currentDateTime());
    if (!r.ok)
        qWarning() << r.message << r.badEntries;
    return r.ok;
}

// The whole store exported as BibTeX (UTF-8 kept).
inline QByteArray exported(PaperStore &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BibtexExport exporter(store, BibtexWriter::NonAscii::KeepUtf8);
    if (!exporter.writeFiltered(&buffer, PaperFilter()))
        qWarning() << exporter.error();
    return buffer.data();
}

} // namespace BibStoreTesting
