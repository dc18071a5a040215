#include "ProbeReceiver.h"

#include "Ipv4.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace {
Endpoint parseEndpoint(const QString &text)
{
    Endpoint e;
    Ipv4::parse(text.section(u':', 0, 0), &e.ip);
    e.port = quint16(text.section(u':', 1, 1).toUInt());
    return e;
}
} // namespace

bool ProbeReceiver::start(const QString &program, const QStringList &args, int readyTimeoutMs)
{
    stop();
    m_process.start(program, args);
    if (!m_process.waitForStarted(readyTimeoutMs))
        return false;
    QDeadlineTimer deadline(readyTimeoutMs);
    while (!deadline.hasExpired()) {
        for (const QString &line : std::as_const(m_lines)) {
            if (line.startsWith(QLatin1String("READY")))
                return true;
        }
        if (!pump(int(deadline.remainingTime())))
            break;
    }
    return false;
}

bool ProbeReceiver::pump(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning && !m_process.bytesAvailable())
        return false;
    if (!m_process.bytesAvailable() && !m_process.waitForReadyRead(qMax(timeoutMs, 0)))
        return false;
    m_partial += m_process.readAllStandardOutput();
    m_err += QString::fromLocal8Bit(m_process.readAllStandardError());
    int newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        m_lines.append(QString::fromLocal8Bit(m_partial.left(newline)));
        m_partial.remove(0, newline + 1);
    }
    return true;
}

ProbeReceiver::Datagram ProbeReceiver::waitFor(const QString &payload, int timeoutMs)
{
    static const QRegularExpression recv(
        QStringLiteral("^RECV from=(\\S+) to=(\\S+) payload=(.*)$"));
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (const QString &line : std::as_const(m_lines)) {
            const QRegularExpressionMatch m = recv.match(line);
            if (m.hasMatch() && m.captured(3) == payload)
                return {parseEndpoint(m.captured(1)), parseEndpoint(m.captured(2)), payload};
        }
        if (deadline.hasExpired() || !pump(int(deadline.remainingTime())))
            return {};
    }
}

void ProbeReceiver::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        // `ip netns exec` execs udp_probe, so this is our own receiver's pid.
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    m_partial.clear();
    m_lines.clear();
    m_err.clear();
}
