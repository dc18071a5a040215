#include "Catalogue.h"

#include "ModelEnums.h"
#include "ProjectReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

namespace {

// Reads one JSON object of the catalogue field by field, remembering the first
// problem with its location ("flows[2].port").
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, const QString &location)
        : m_object(object), m_location(location)
    {
    }

    QString text(const QString &key, bool required)
    {
        m_used.append(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            setError(key, Catalogue::tr("expected non-empty text"));
        return v.toString().trimmed();
    }
    QString choice(const QString &key, const QStringList &choices, bool required)
    {
        const QString s = text(key, required);
        if (!s.isEmpty() && !choices.contains(s))
            setError(key, Catalogue::tr("\"%1\" is not one of: %2")
                              .arg(s, choices.join(QStringLiteral(", "))));
        return s;
    }
    int integer(const QString &key, int min, int max, bool required)
    {
        m_used.append(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return 0;
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            setError(key, Catalogue::tr("expected a whole number from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return int(d);
    }
    bool boolean(const QString &key)
    {
        m_used.append(key);
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isBool())
            setError(key, Catalogue::tr("expected true or false"));
        return v.toBool();
    }
    // Unknown keys are refused so that a typo in a user's catalogue is not silently ignored.
    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_used.contains(it.key()))
                setError(it.key(), Catalogue::tr("unknown entry"));
        }
    }
    void setError(const QString &key, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1.%2: %3").arg(m_location, key, message);
    }
    QString error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_location;
    QStringList m_used;
    QString m_error;
};

} // namespace

const Catalogue &Catalogue::builtIn()
{
    static const Catalogue catalogue = [] {
        Catalogue c;
        const bool ok = c.load(QStringLiteral(":/meshnat/catalogue.json"));
        if (!ok)
            qCritical("MeshNAT: the built-in catalogue does not load: %s",
                      qPrintable(c.errorString()));
        Q_ASSERT_X(ok, "Catalogue::builtIn", "the built-in catalogue resource is broken");
        return c;
    }();
    return catalogue;
}

bool Catalogue::load(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open %1: %2").arg(fileName, file.errorString());
        return false;
    }
    // A catalogue is a few kilobytes; the project file limit is ample.
    const QByteArray data = file.read(ProjectReader::MaxFileSize + 1);
    if (data.size() > ProjectReader::MaxFileSize) {
        m_error = tr("%1 is too large to be a MeshNAT catalogue").arg(fileName);
        return false;
    }
    return loadData(data, QFileInfo(fileName).fileName());
}

bool Catalogue::loadData(const QByteArray &data, const QString &sourceName)
{
    m_error.clear();
    const auto fail = [&](const QString &location, const QString &message) {
        m_error = tr("%1: %2: %3").arg(sourceName, location, message);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ProjectReader::jsonPosition(data, parseError.offset),
                    tr("invalid JSON: %1").arg(parseError.errorString()));
    const QJsonObject top = doc.object();
    if (!doc.isObject() ||
        top.value(QLatin1String("format")).toString() != QLatin1String("meshnat-catalogue"))
        return fail(QStringLiteral("format"),
                    tr("not a MeshNAT catalogue (expected \"format\": \"meshnat-catalogue\")"));
    qint64 version = 0;
    const QJsonValue versionValue = top.value(QLatin1String("version"));
    version = versionValue.isDouble() ? qint64(versionValue.toDouble()) : 0;
    if (!versionValue.isDouble() || double(version) != versionValue.toDouble() || version < 1)
        return fail(QStringLiteral("version"), tr("missing or invalid format version"));
    if (version > 1)
        return fail(QStringLiteral("version"),
                    tr("written by a newer MeshNAT (catalogue version %1; this version reads up "
                       "to version 1)")
                        .arg(version));
    for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
        static const QStringList known = {
            QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
            QStringLiteral("applianceTypes"), QStringLiteral("flows")};
        if (!known.contains(it.key()))
            return fail(it.key(), tr("unknown entry"));
    }

    QList<ApplianceType> types;
    const QJsonValue typesValue = top.value(QLatin1String("applianceTypes"));
    if (!typesValue.isArray())
        return fail(QStringLiteral("applianceTypes"), tr("expected a list"));
    const QJsonArray typeArray = typesValue.toArray();
    for (int i = 0; i < typeArray.size(); ++i) {
        const QString location = QStringLiteral("applianceTypes[%1]").arg(i);
        if (!typeArray.at(i).isObject())
            return fail(location, tr("expected an object"));
        EntryReader r(typeArray.at(i).toObject(), location);
        ApplianceType t;
        t.key = r.choice(QStringLiteral("key"), ModelEnums::applianceTypeKeys(), true);
        t.name = r.text(QStringLiteral("name"), true);
        t.service = r.text(QStringLiteral("service"), true);
        t.paired = r.boolean(QStringLiteral("paired"));
        t.defaultPeerPolicy =
            r.choice(QStringLiteral("defaultPeerPolicy"), ModelEnums::peerPolicyKeys(), false);
        t.peerType = r.choice(QStringLiteral("peerType"), ModelEnums::applianceTypeKeys(), false);
        r.text(QStringLiteral("note"), false);
        r.finish();
        if (t.paired && t.defaultPeerPolicy.isEmpty())
            r.setError(QStringLiteral("defaultPeerPolicy"),
                       tr("a paired type needs a default peer policy"));
        for (const ApplianceType &other : std::as_const(types)) {
            if (other.key == t.key)
                r.setError(QStringLiteral("key"), tr("type \"%1\" is listed twice").arg(t.key));
        }
        if (!r.error().isEmpty()) {
            m_error = tr("%1: %2").arg(sourceName, r.error());
            return false;
        }
        types.append(t);
    }

    QList<Flow> flows;
    const QJsonValue flowsValue = top.value(QLatin1String("flows"));
    if (!flowsValue.isArray())
        return fail(QStringLiteral("flows"), tr("expected a list"));
    const QJsonArray flowArray = flowsValue.toArray();
    for (int i = 0; i < flowArray.size(); ++i) {
        const QString location = QStringLiteral("flows[%1]").arg(i);
        if (!flowArray.at(i).isObject())
            return fail(location, tr("expected an object"));
        EntryReader r(flowArray.at(i).toObject(), location);
        Flow f;
        f.from = r.text(QStringLiteral("from"), true);
        f.to = r.text(QStringLiteral("to"), true);
        f.protocol = r.choice(QStringLiteral("protocol"),
                              {QStringLiteral("udp"), QStringLiteral("tcp")}, true);
        f.port = r.integer(QStringLiteral("port"), 1, 65535, true);
        f.direction = r.choice(
            QStringLiteral("direction"),
            {QStringLiteral("outbound"), QStringLiteral("inbound"), QStringLiteral("internal")},
            true);
        f.keepaliveSeconds = r.integer(QStringLiteral("keepaliveSeconds"), 0, 86400, false);
        f.purpose = r.text(QStringLiteral("purpose"), true);
        f.tunnel = r.boolean(QStringLiteral("tunnel"));
        f.note = r.text(QStringLiteral("note"), false);
        r.finish();
        if (f.tunnel && f.protocol != QLatin1String("udp"))
            r.setError(QStringLiteral("protocol"), tr("a NAT-T tunnel flow must be UDP"));
        if (!r.error().isEmpty()) {
            m_error = tr("%1: %2").arg(sourceName, r.error());
            return false;
        }
        flows.append(f);
    }
    m_types = types;
    m_flows = flows;
    return true;
}

const Catalogue::ApplianceType *Catalogue::applianceType(const QString &key) const
{
    for (const ApplianceType &t : m_types) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

QList<Catalogue::Flow> Catalogue::flowsFor(const QString &typeKey) const
{
    QList<Flow> result;
    for (const Flow &f : m_flows) {
        if (f.from == typeKey || f.to == typeKey)
            result.append(f);
    }
    return result;
}

const Catalogue::Flow *Catalogue::tunnelFlow(const QString &typeKey) const
{
    for (const Flow &f : m_flows) {
        if (f.tunnel && f.from == typeKey)
            return &f;
    }
    return nullptr;
}

QString Catalogue::defaultPeerPolicy(const QString &typeKey) const
{
    const ApplianceType *t = applianceType(typeKey);
    return t ? t->defaultPeerPolicy : QString();
}

QStringList Catalogue::services() const
{
    QStringList result;
    for (const ApplianceType &t : m_types) {
        if (t.paired && !result.contains(t.service))
            result.append(t.service);
    }
    return result;
}

QString Catalogue::expectedPeerType(const QString &typeKey) const
{
    const ApplianceType *t = applianceType(typeKey);
    return t && !t->peerType.isEmpty() ? t->peerType : typeKey;
}
