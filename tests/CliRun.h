#pragma once

// Runs meshnat-cli (MESHNAT_CLI, set per test target) as a user would, in the
// C locale unless told otherwise, and collects exit code and both streams.
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult
{
    int code = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

inline CliResult runCli(const QStringList &args, const QString &lang = QStringLiteral("C.UTF-8"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), lang);
    env.remove(QStringLiteral("LC_ALL"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MESHNAT_CLI), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The same, with both streams as raw bytes (output compared byte for byte)
// and the caller's environment; -1 when it did not finish in time.
inline int runCli(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(MESHNAT_CLI), args);
    if (!p.waitForFinished(60000))
        return -1;
    *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitCode();
}
