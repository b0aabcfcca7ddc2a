#pragma once
// `paperscope collection list | create NAME [--parent P] | delete NAME |
// rename OLD NEW | add|remove NAME [FILTERS]` and `paperscope search
// save NAME [FILTERS] | delete NAME | list` (saved searches), for
// OrganiseCommand. 0 done, 1 failed or nothing matched, 2 usage error.

#include "paperfilter.h"

#include <QCoreApplication>
#include <QTextStream>

class AbstractPaperStore;

class CollectionCommand
{
    Q_DECLARE_TR_FUNCTIONS(CollectionCommand)

public:
    CollectionCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int runCollection(AbstractPaperStore &store, const QStringList &args, const PaperFilter &filter, const QString &parent);
    int runSearch(AbstractPaperStore &store, const QStringList &args, const PaperFilter &filter);
    // Why an organise write to a read-only store changed nothing, in one line
    // (a shared library's reader: the store's own notice, naming the library).
    static QString readOnlyReason(const AbstractPaperStore &store);

private:
    int usage(const QString &reason);
    int failed(const QString &reason);

    QTextStream &m_out;
    QTextStream &m_err;
};
