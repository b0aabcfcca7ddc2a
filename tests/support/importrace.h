#pragma once
// Test support for two imports into one store at once (issue 16): folders
// of generated profile files, and what a `paperscope import` run reported
// (the profiles it says it imported, the files it refused, the totals, its
// notices that it waits for the store). Header-only, Qt Core and POSIX (FIFOs).

#include "profilemaker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ImportRace {

// The paper every profile of every folder lists.
inline QString sharedTitle() { return QStringLiteral("The paper everybody lists"); }

// The text of profile "<tag> Person k": papers papers of its own and
// sharedTitle().
inline QString profileText(const QString &tag, int k, int papers)
{
    const QString name = QStringLiteral("%1 Person %2").arg(tag).arg(k, 3, 10, QLatin1Char('0'));
    QVector<ProfileMaker::Paper> list = ProfileMaker::numbered(name + QStringLiteral(" paper"), papers);
    // Authors of their own: papers of one first author and year share a
    // citation key's stem, and each such paper tries the taken suffixes.
    for (ProfileMaker::Paper &p : list)
        p.authors = QStringLiteral("Ann %1%2, Bo Builder · test-lab").arg(tag).arg(k);
    list.append({sharedTitle()});
    return ProfileMaker::text(name, list);
}

// files profile files "<tag> Person k" (k < files) in folder, named
// p<k>.txt; false when a file cannot be written.
inline bool writeProfiles(const QString &folder, const QString &tag, int files, int papers)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = 0; i < files; ++i) {
        if (!ProfileMaker::write(QStringLiteral("%1/p%2.txt").arg(folder).arg(i, 3, 10, QLatin1Char('0')),
                                 profileText(tag, i, papers).toUtf8()))
            return false;
    }
    return true;
}

// A profile file that is a FIFO, <folder>/p999.txt ("<tag> Person 999"):
// an import that reaches it holds its write transaction while it waits
// for the bytes, so a writer that comes meanwhile must wait its turn; no
// matter how fast the machine is. release() writes the profile.
class Gate
{
public:
    Gate(const QString &folder, const QString &tag, int papers)
        : m_path(folder + QStringLiteral("/p999.txt")), m_bytes(profileText(tag, 999, papers).toUtf8())
    {
        QDir().mkpath(folder);
        QFile::remove(m_path);
        m_ok = ::mkfifo(QFile::encodeName(m_path).constData(), 0600) == 0;
    }
    ~Gate()
    {
        release();
        QFile::remove(m_path);
    }
    Gate(const Gate &) = delete;
    Gate &operator=(const Gate &) = delete;
    bool isValid() const { return m_ok; }
    QString path() const { return m_path; }
    // Waits (within a minute) until an import has opened the FIFO, that is,
    // holds its transaction; false when none did.
    bool waitForReader()
    {
        QElapsedTimer waited;
        waited.start();
        while (m_ok && m_fd < 0 && waited.elapsed() < 60000) {
            // O_CLOEXEC: a process started later must not inherit the FIFO
            // open, or the import never reads its end.
            m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (m_fd < 0 && errno != ENXIO)
                break;
            if (m_fd < 0) {
                QCoreApplication::processEvents();
                QThread::msleep(10);
            }
        }
        return m_fd >= 0;
    }
    // Writes the profile (once an import has opened the FIFO); false when
    // none did.
    bool release()
    {
        if (!m_ok || m_released)
            return m_released;
        m_released = true;
        if (!waitForReader())
            return false;
        ::fcntl(m_fd, F_SETFL, 0);
        qsizetype done = 0;
        while (done < m_bytes.size()) {
            const ssize_t n = ::write(m_fd, m_bytes.constData() + done, size_t(m_bytes.size() - done));
            if (n <= 0)
                break;
            done += n;
        }
        ::close(m_fd);
        m_fd = -1;
        return done == m_bytes.size();
    }

private:
    QString m_path;
    QByteArray m_bytes;
    int m_fd = -1;
    bool m_ok = false;
    bool m_released = false;
};

// True once a writer waits its turn on the store at db (it leaves the
// mark WriterTurn::ask makes, after it said that it waits).
inline bool someoneWaits(const QString &db) { return QFile::exists(db + QStringLiteral("-waiting")); }

inline QSet<QString> withPrefix(const QStringList &names, const QString &prefix)
{
    QSet<QString> out;
    for (const QString &n : names) {
        if (n.startsWith(prefix))
            out.insert(n);
    }
    return out;
}

// The number before what in a totals line ("300 files imported: ..."), -1 if none.
inline int figure(const QString &totals, const QString &what)
{
    const QRegularExpression re(QStringLiteral("([\\d,.]+) ") + QRegularExpression::escape(what));
    const QRegularExpressionMatch m = re.match(totals);
    return m.hasMatch() ? m.captured(1).remove(QLatin1Char(',')).remove(QLatin1Char('.')).toInt() : -1;
}

// What a finished `paperscope import` process reported.
struct CliReport
{
    int exitCode = -1;
    QSet<QString> imported;   // profile names reported imported
    int refused = 0;          // lines on stderr that name a file
    int waitNotices = 0;      // lines on stderr that say it waits for the store
    QString err;
    QString totals;
};

inline CliReport cliReport(QProcess &p)
{
    CliReport r;
    r.exitCode = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    static const QRegularExpression line(QStringLiteral("^(.+) \\(p\\d+\\.txt\\): [\\d,.]+ papers added"));
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            r.imported.insert(m.captured(1));
        else if (!l.trimmed().isEmpty())
            r.totals = l;
    }
    for (const QString &l : r.err.split(QLatin1Char('\n'))) {
        if (l.contains(QStringLiteral(".txt")))
            ++r.refused;
        else if (l.contains(QStringLiteral("waiting")))
            ++r.waitNotices;
    }
    return r;
}

} // namespace ImportRace
