#pragma once
// Test support: runs the real `biber --tool --validate-datamodel` and
// `bibtex` (plain.bst) on a .bib file and reports every error or warning,
// and how many entries the tool actually read (biber exits 0 even after a
// syntax error, so the count is what proves the file was understood).
// Header-only so each test executable can use it. A missing tool is a
// failure, never a skip: CI installs both.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace BibTools {

struct Verdict
{
    bool clean = false;
    int entries = 0;             // entries the tool read
    QString report;              // tool output, for failure messages
    QString produced;            // the .bbl (bibtex) or the re-written .bib (biber)
};

namespace detail {
inline QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Copies bib into a scratch folder as refs.bib and runs program there.
inline bool runOnCopy(const QString &program, const QStringList &args, const QString &bibPath,
                      const QTemporaryDir &dir, QString *output, int *exitCode)
{
    if (program.isEmpty() || !QFile::copy(bibPath, dir.filePath(QStringLiteral("refs.bib"))))
        return false;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(dir.path());
    p.start(program, args);
    const bool finished = p.waitForFinished(240000);
    *output = QString::fromUtf8(p.readAll());
    *exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return finished;
}
} // namespace detail

// biber must exit 0, print neither WARN nor ERROR, and read every entry.
inline Verdict biber(const QString &bibPath)
{
    QTemporaryDir dir;
    QString log;
    int code = -1;
    if (!detail::runOnCopy(QStandardPaths::findExecutable(QStringLiteral("biber")),
                           {QStringLiteral("--tool"), QStringLiteral("--validate-datamodel"), QStringLiteral("refs.bib")},
                           bibPath, dir, &log, &code))
        return {false, 0, QStringLiteral("biber did not run: run packaging/install-deps.sh\n") + log, QString()};
    const QString out = detail::readAll(dir.filePath(QStringLiteral("refs_bibertool.bib")));
    const int entries = int(out.count(QRegularExpression(QStringLiteral("^@\\w+\\{"),
                                                          QRegularExpression::MultilineOption)));
    const bool clean = code == 0 && entries > 0 && !log.contains(QStringLiteral("WARN"))
        && !log.contains(QStringLiteral("ERROR"));
    return {clean, entries, log, out};
}

// bibtex with plain.bst over every entry: exit 0, no warning or error in the
// .blg, one \bibitem per entry in the .bbl.
inline Verdict bibtex(const QString &bibPath)
{
    QTemporaryDir dir;
    QFile aux(dir.filePath(QStringLiteral("doc.aux")));
    if (!aux.open(QIODevice::WriteOnly))
        return {false, 0, QStringLiteral("cannot write the .aux"), QString()};
    aux.write("\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n");
    aux.close();
    QString output;
    int code = -1;
    if (!detail::runOnCopy(QStandardPaths::findExecutable(QStringLiteral("bibtex")), {QStringLiteral("doc")},
                           bibPath, dir, &output, &code))
        return {false, 0, QStringLiteral("bibtex did not run: run packaging/install-deps.sh\n") + output, QString()};
    const QString log = detail::readAll(dir.filePath(QStringLiteral("doc.blg")));
    const QString bbl = detail::readAll(dir.filePath(QStringLiteral("doc.bbl")));
    const int entries = int(bbl.count(QStringLiteral("\\bibitem{")));
    const bool clean = code == 0 && entries > 0 && !log.contains(QStringLiteral("Warning--"))
        && !log.contains(QStringLiteral("error message"));
    return {clean, entries, log + output, bbl};
}

} // namespace BibTools
