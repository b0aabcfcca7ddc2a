#pragma once
// Test support: runs the real `biber --tool --validate-datamodel` and
// `bibtex` (plain.bst) on a .bib file and reports every error or warning.
// Header-only so each test executable can use it.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace BibTools {

struct Verdict
{
    bool clean = false;
    QString report;              // tool output when not clean
};

inline QString missingToolMessage(const char *tool)
{
    return QStringLiteral("%1 is not installed: run packaging/install-deps.sh").arg(QLatin1String(tool));
}

// biber must exit 0 and print neither WARN nor ERROR.
inline Verdict biber(const QString &bibPath)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("biber"));
    if (exe.isEmpty())
        return {false, missingToolMessage("biber")};
    // biber joins --output-directory with the input path, so work on a copy
    // by its bare name inside a scratch folder.
    QTemporaryDir out;
    if (!QFile::copy(bibPath, out.filePath(QStringLiteral("refs.bib"))))
        return {false, QStringLiteral("cannot copy %1").arg(bibPath)};
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(out.path());
    p.start(exe, {QStringLiteral("--tool"), QStringLiteral("--validate-datamodel"), QStringLiteral("refs.bib")});
    if (!p.waitForFinished(120000))
        return {false, QStringLiteral("biber did not finish")};
    const QString log = QString::fromUtf8(p.readAll());
    const bool clean = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
        && !log.contains(QStringLiteral("WARN")) && !log.contains(QStringLiteral("ERROR"));
    return {clean, log};
}

// bibtex with plain.bst over every entry; the .blg must hold no warning and
// no error.
inline Verdict bibtex(const QString &bibPath)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("bibtex"));
    if (exe.isEmpty())
        return {false, missingToolMessage("bibtex")};
    QTemporaryDir dir;
    if (!QFile::copy(bibPath, dir.filePath(QStringLiteral("refs.bib"))))
        return {false, QStringLiteral("cannot copy %1").arg(bibPath)};
    QFile aux(dir.filePath(QStringLiteral("doc.aux")));
    if (!aux.open(QIODevice::WriteOnly))
        return {false, QStringLiteral("cannot write the .aux")};
    aux.write("\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n");
    aux.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(dir.path());
    p.start(exe, {QStringLiteral("doc")});
    if (!p.waitForFinished(120000))
        return {false, QStringLiteral("bibtex did not finish")};
    QFile blg(dir.filePath(QStringLiteral("doc.blg")));
    const QString log = blg.open(QIODevice::ReadOnly) ? QString::fromUtf8(blg.readAll()) : QString();
    const bool clean = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
        && !log.contains(QStringLiteral("Warning--")) && !log.contains(QStringLiteral("error message"));
    return {clean, log + QString::fromUtf8(p.readAll())};
}

} // namespace BibTools
