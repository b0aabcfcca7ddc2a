#pragma once
// Test support for the store fault tests (tst_storefaults, tst_storeopener):
// running the real binary on a store, a store with the two main fixtures,
// what a store holds, and running as nobody so that file modes apply when
// the tests run as root. Header-only.

#include "paperstore.h"
#include "profileimporter.h"
#include "testdata.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/types.h>
#include <unistd.h>

namespace StoreTesting {

using TestData::fixture;

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QSet<QString> titleSet(const PaperStore &store)
{
    QSet<QString> titles;
    for (const PaperRecord &p : store.papers(PaperFilter(), PaperSort::Title, Qt::AscendingOrder, 0, 1000000))
        titles.insert(p.title);
    return titles;
}

inline QStringList profileNames(const PaperStore &store)
{
    QStringList names;
    for (const ProfileRecord &p : store.profiles())
        names << p.name;
    return names;
}

// Root ignores file modes: while one of these lives, the process runs as
// nobody (real and effective ids, so access() agrees), and file modes apply.
class AsNobody
{
public:
    AsNobody()
    {
        if (geteuid() != 0)
            return;
        m_group = setresgid(65534, 65534, 0) == 0;
        m_user = m_group && setresuid(65534, 65534, 0) == 0;
    }
    ~AsNobody()
    {
        if ((m_user && setresuid(0, 0, 0) != 0) || (m_group && setresgid(0, 0, 0) != 0))
            qFatal("cannot get root back");
    }
    AsNobody(const AsNobody &) = delete;
    AsNobody &operator=(const AsNobody &) = delete;
    bool ok() const { return geteuid() != 0; }

private:
    bool m_group = false;
    bool m_user = false;
};

using TestData::Run;

// Temporary stores and the real binary run on them, headless.
class Workshop
{
public:
    Workshop() { m_dir.setAutoRemove(!qEnvironmentVariableIsSet("PAPERSCOPE_KEEP_TEST_FILES")); } // to look into a failure
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString freshPath(const QString &stem) { return filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(++m_n)); }

    // The caller owns the process. prefix: a program to run it through (setpriv).
    QProcess *start(const QStringList &args, const QStringList &prefix = {}) const
    {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), filePath(QStringLiteral("xdg")));
        p->setProcessEnvironment(env);
        if (prefix.isEmpty())
            p->start(m_binary, args);
        else
            p->start(prefix.first(), prefix.mid(1) + QStringList{m_binary} + args);
        return p;
    }
    // Runs a copy of the binary from here instead (the app links its own
    // libraries statically): for another user when the build folder is
    // private, e.g. under /root.
    void useBinary(const QString &path) { m_binary = path; }
    Run run(const QStringList &args, const QStringList &prefix = {}) const
    {
        QScopedPointer<QProcess> p(start(args, prefix));
        if (!p->waitForFinished(120000))
            return {};
        return {p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()), QString::fromUtf8(p->readAllStandardError())};
    }
    // A store holding the two main fixtures (8 papers, 2 profiles).
    QString storeWithData()
    {
        const QString path = freshPath(QStringLiteral("data"));
        PaperStore store;
        if (!store.open(path))
            return QString();
        ProfileImporter importer(store);
        importer.importFile(fixture(QStringLiteral("profile-ada-lovecode.txt")));
        importer.importFile(fixture(QStringLiteral("profile-grace-hopscotch.txt")));
        return path;
    }

private:
    QTemporaryDir m_dir;
    QString m_binary = QStringLiteral(PAPERSCOPE_BINARY);
    int m_n = 0;
};

} // namespace StoreTesting
