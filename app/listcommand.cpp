#include "listcommand.h"

#include "abstractpaperstore.h"
#include "marksjson.h"
#include "organisecommand.h"
#include "paperjson.h"
#include "textreport.h"

#include <QJsonDocument>

namespace {
constexpr int window = 1000; // rows per query when listing
} // namespace

int ListCommand::runList(AbstractPaperStore &store, const PaperFilter &filter, bool json)
{
    if (json)
        m_out << "[";
    bool first = true;
    for (int offset = 0;; offset += window) {
        QVector<PaperRecord> rows = store.papers(filter, PaperSort::Date, Qt::AscendingOrder, offset, window);
        if (json)
            store.fillProfiles(rows);
        const QHash<qint64, PaperMarks> marks = json ? OrganiseCommand::marksOf(&store, rows)
                                                     : QHash<qint64, PaperMarks>();
        for (const PaperRecord &p : rows) {
            if (json) {
                QJsonObject object = PaperJson::paper(p);
                MarksJson::addTo(object, marks.value(p.id));
                m_out << (first ? "\n" : ",\n")
                      << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            } else {
                m_out << TextReport::paperLine(p) << "\n";
            }
            first = false;
        }
        if (rows.size() < window)
            break;
    }
    if (json)
        m_out << (first ? "]\n" : "\n]\n");
    return 0;
}

int ListCommand::runStats(AbstractPaperStore &store, const PaperFilter &filter, bool json)
{
    const int papers = store.paperCount(filter);
    const auto byYear = store.facetCounts(Facet::Year, filter);
    const auto byCategory = store.facetCounts(Facet::Category, filter);
    const auto byAffiliation = store.facetCounts(Facet::Affiliation, filter);
    const auto byType = store.bibFacetCounts(BibFacet::EntryType, filter);
    const auto byVenue = store.bibFacetCounts(BibFacet::Venue, filter);
    if (json) {
        QJsonObject stats = PaperJson::stats(papers, byYear, byCategory, byAffiliation);
        PaperJson::addBibStats(&stats, byType, byVenue);
        OrganiseCommand::addStats(&store, filter, &stats);
        m_out << QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Indented));
        return 0;
    }
    m_out << "papers: " << papers << "\n"
          << TextReport::facetBlock(QStringLiteral("by year"), byYear)
          << TextReport::facetBlock(QStringLiteral("by category"), byCategory)
          << TextReport::facetBlock(QStringLiteral("by affiliation"), byAffiliation)
          << (byType.isEmpty() ? QString() : TextReport::facetBlock(QStringLiteral("by type"), byType))
          << (byVenue.isEmpty() ? QString() : TextReport::facetBlock(QStringLiteral("by venue"), byVenue))
          << OrganiseCommand::statsText(&store, filter);
    return 0;
}
