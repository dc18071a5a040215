#include "ProbeResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonValue endpointJson(const std::optional<Endpoint> &e)
{
    return e ? QJsonValue(e->toString()) : QJsonValue();
}

bool parseEndpoint(const QJsonValue &v, Endpoint *out)
{
    const QString text = v.toString();
    const int colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    return ok && port <= 65535 && Ipv4::parse(text.left(colon), &out->ip) && (out->port = quint16(port), true);
}

// Reads an optional endpoint field; false when present but not "a.b.c.d:port".
bool readOptional(const QJsonObject &o, const char *key, std::optional<Endpoint> *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    Endpoint e;
    if (!parseEndpoint(v, &e))
        return false;
    *out = e;
    return true;
}
} // namespace

const ProbeTransaction *ProbeResult::find(const QString &test) const
{
    for (const ProbeTransaction &t : transactions) {
        if (t.test == test)
            return &t;
    }
    return nullptr;
}

QByteArray ProbeResult::toJson() const
{
    QJsonArray tx;
    for (const ProbeTransaction &t : transactions) {
        QJsonObject o{{QStringLiteral("test"), t.test},
                      {QStringLiteral("local"), t.local.toString()},
                      {QStringLiteral("destination"), t.destination.toString()},
                      {QStringLiteral("changeRequest"), int(t.changeRequest)},
                      {QStringLiteral("sent"), t.sent},
                      {QStringLiteral("answered"), t.answered},
                      {QStringLiteral("atSeconds"), qRound(t.atSeconds * 1000) / 1000.0}};
        if (t.answered) {
            o.insert(QStringLiteral("mapped"), endpointJson(t.mapped));
            o.insert(QStringLiteral("responseOrigin"), endpointJson(t.responseOrigin));
            o.insert(QStringLiteral("otherAddress"), endpointJson(t.otherAddress));
            o.insert(QStringLiteral("answeredFrom"), t.answeredFrom.toString());
            o.insert(QStringLiteral("rttMs"), qRound(t.rttMs * 10) / 10.0);
        }
        tx.append(o);
    }
    QJsonArray life;
    for (const LifetimeSample &s : lifetime)
        life.append(QJsonObject{{QStringLiteral("idleSeconds"), s.idleSeconds}, {QStringLiteral("alive"), s.alive}});
    QJsonObject root{{QStringLiteral("format"), QLatin1String(Format)},
                     {QStringLiteral("runId"), runId},
                     {QStringLiteral("started"), started},
                     {QStringLiteral("tool"), tool},
                     {QStringLiteral("server"), server.toString()},
                     {QStringLiteral("alternate"), endpointJson(alternate)},
                     {QStringLiteral("localPort"), localPort},
                     {QStringLiteral("secondSource"), secondSource},
                     {QStringLiteral("lifetimeBound"), lifetimeBound},
                     {QStringLiteral("durationSeconds"), qRound(durationSeconds * 10) / 10.0},
                     {QStringLiteral("transactions"), tx},
                     {QStringLiteral("lifetime"), life}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ProbeResult> ProbeResult::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON (offset %1: %2)").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return fail(QStringLiteral("field \"format\": not a %1 result").arg(QLatin1String(Format)));
    ProbeResult r;
    r.runId = root.value(QStringLiteral("runId")).toString();
    r.started = root.value(QStringLiteral("started")).toString();
    r.tool = root.value(QStringLiteral("tool")).toString();
    if (!parseEndpoint(root.value(QStringLiteral("server")), &r.server))
        return fail(QStringLiteral("field \"server\": expected a.b.c.d:port"));
    if (!readOptional(root, "alternate", &r.alternate))
        return fail(QStringLiteral("field \"alternate\": expected a.b.c.d:port"));
    const int localPort = root.value(QStringLiteral("localPort")).toInt(-1);
    if (localPort < 0 || localPort > 65535)
        return fail(QStringLiteral("field \"localPort\": expected a port number"));
    r.localPort = quint16(localPort);
    r.secondSource = root.value(QStringLiteral("secondSource")).toString();
    r.lifetimeBound = root.value(QStringLiteral("lifetimeBound")).toInt();
    r.durationSeconds = root.value(QStringLiteral("durationSeconds")).toDouble();
    const QJsonArray tx = root.value(QStringLiteral("transactions")).toArray();
    for (int i = 0; i < tx.size(); ++i) {
        const QJsonObject o = tx.at(i).toObject();
        const QString where = QStringLiteral("transactions[%1]").arg(i);
        ProbeTransaction t;
        t.test = o.value(QStringLiteral("test")).toString();
        if (t.test.isEmpty())
            return fail(where + QStringLiteral(".test: missing"));
        if (!parseEndpoint(o.value(QStringLiteral("local")), &t.local))
            return fail(where + QStringLiteral(".local: expected a.b.c.d:port"));
        if (!parseEndpoint(o.value(QStringLiteral("destination")), &t.destination))
            return fail(where + QStringLiteral(".destination: expected a.b.c.d:port"));
        t.changeRequest = quint32(o.value(QStringLiteral("changeRequest")).toInt());
        t.sent = o.value(QStringLiteral("sent")).toInt();
        t.answered = o.value(QStringLiteral("answered")).toBool();
        t.atSeconds = o.value(QStringLiteral("atSeconds")).toDouble();
        if (t.answered) {
            if (!readOptional(o, "mapped", &t.mapped) || !t.mapped)
                return fail(where + QStringLiteral(".mapped: an answered request needs a.b.c.d:port"));
            if (!readOptional(o, "responseOrigin", &t.responseOrigin))
                return fail(where + QStringLiteral(".responseOrigin: expected a.b.c.d:port"));
            if (!readOptional(o, "otherAddress", &t.otherAddress))
                return fail(where + QStringLiteral(".otherAddress: expected a.b.c.d:port"));
            std::optional<Endpoint> from;
            if (!readOptional(o, "answeredFrom", &from))
                return fail(where + QStringLiteral(".answeredFrom: expected a.b.c.d:port"));
            t.answeredFrom = from.value_or(Endpoint{});
            t.rttMs = o.value(QStringLiteral("rttMs")).toDouble(-1);
        }
        r.transactions.append(t);
    }
    const QJsonArray life = root.value(QStringLiteral("lifetime")).toArray();
    for (const QJsonValue &v : life) {
        const QJsonObject o = v.toObject();
        r.lifetime.append({o.value(QStringLiteral("idleSeconds")).toInt(), o.value(QStringLiteral("alive")).toBool()});
    }
    return r;
}
