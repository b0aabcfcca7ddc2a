#pragma once
// `paperscope --db STORE copy-to STORE`: copies a whole library, with
// everything users decided, into a new, empty store of either backend
// (LibraryCopy does the work; StoreFactory opens the destination).

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class AbstractPaperStore;

class CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)

public:
    CopyCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    // arguments: the positional ones after copy-to. 0 copied, 1 failed, 2 usage error.
    int run(const AbstractPaperStore &from, const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
