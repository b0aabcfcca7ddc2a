#pragma once
// Test support: runs the paperscope command line as its own process, as a
// user or a second client runs it: HOME and the XDG folders in the test's
// temporary folder (no user settings or stores touched), optionally a
// password through PGPASSWORD (with no pgpass file, so that password and
// only it is tried). Returns the exit status (-1 when it crashed or hung)
// and what it printed. Header-only; needs PAPERSCOPE_BINARY (tests/CMakeLists).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace CliRun {

struct Run
{
    int status = -1;
    QString out, err;
};

inline Run paperscope(const QString &home, const QStringList &arguments, const QString &password = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    if (!password.isEmpty()) {
        env.insert(QStringLiteral("PGPASSWORD"), password);
        env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/dev/null"));
    }
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    process.start(QStringLiteral(PAPERSCOPE_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace CliRun
