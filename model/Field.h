#pragma once

#include <QHashFunctions>
#include <QMap>
#include <QString>
#include <QVariant>

#include <cstring>

// The name of one schema field. Only the list below can make one (the
// constructor is private), so code names a field as Field::peer and a misspelt
// field does not compile; the file format's key is the same text.
class FieldKey
{
public:
    constexpr FieldKey() = default;

    bool isNull() const { return m_key == nullptr; }
    const char *latin1() const { return m_key ? m_key : ""; }
    QString toString() const { return QString::fromLatin1(latin1()); }
    // Messages, JSON and item models speak QString; the reverse needs the schema.
    operator QString() const { return toString(); }

    friend bool operator==(FieldKey a, FieldKey b)
    {
        return a.m_key == b.m_key || std::strcmp(a.latin1(), b.latin1()) == 0;
    }
    friend bool operator!=(FieldKey a, FieldKey b) { return !(a == b); }
    friend bool operator<(FieldKey a, FieldKey b) { return std::strcmp(a.latin1(), b.latin1()) < 0; }
    friend size_t qHash(FieldKey key, size_t seed = 0) { return qHash(QByteArrayView(key.latin1()), seed); }

private:
    friend struct Field;
    constexpr explicit FieldKey(const char *key)
        : m_key(key)
    {
    }
    const char *m_key = nullptr;
};

// Every field of every object kind, declared once (X-macro). ProjectSchema says
// which kinds have which field, with type, label and default.
#define MESHNAT_FIELDS(X)                                                                          \
    X(name) X(customer) X(author) X(description) X(seed) X(duration) X(bookmarks) X(kind)         \
    X(position) X(profile) X(options) X(udpTimeout) X(tcpTimeout) X(icmpTimeout)                  \
    X(blockedPorts) X(observedTranslations) X(address) X(prefixLength) X(role) X(vrf) X(mtu)      \
    X(start) X(end) X(permit) X(protocol) X(insideLocal) X(localPort) X(insideGlobal)             \
    X(globalPort) X(accessList) X(interface) X(pool) X(overload) X(extendable) X(type)            \
    X(uplinkIp) X(managementIp) X(peer) X(peerPolicy) X(deployAt) X(uplinkMtu) X(a) X(b)          \
    X(sourceSite) X(destinationSite) X(services) X(pairs) X(firstPort) X(count) X(remote)         \
    X(remotePort) X(interval) X(action) X(at) X(target) X(conntrackUdpTimeout)                  \
    X(conntrackUdpStreamTimeout) X(dropUnsolicitedInbound) X(remoteReplies) X(tunnelPort)         \
    X(extraUplinkIps) X(observedProbe) X(direction)

struct Field
{
#define MESHNAT_DECLARE_FIELD(n) static constexpr FieldKey n{#n};
    MESHNAT_FIELDS(MESHNAT_DECLARE_FIELD)
#undef MESHNAT_DECLARE_FIELD
};

// Field values of one object, keyed by field.
using FieldValues = QMap<FieldKey, QVariant>;

Q_DECLARE_METATYPE(FieldKey)
