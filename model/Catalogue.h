#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The HCX appliance and port catalogue (DESIGN.md §2), read from JSON so users
// can extend it. The built-in copy is the resource :/meshnat/catalogue.json.
class Catalogue
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
public:
    struct Flow
    {
        QString from; // appliance type key or role ("admin", "esxi", "cloud-services")
        QString to;
        QString protocol; // "udp" / "tcp"
        int port = 0;
        QString direction;        // "outbound" (from on-prem) / "inbound" / "internal"
        int keepaliveSeconds = 0; // 0: not a kept-alive flow
        QString purpose;
        bool tunnel = false; // the IPsec NAT-T tunnel a peer policy applies to
        QString note;        // where a value is our assumption rather than a documented fact
    };
    struct ApplianceType
    {
        QString key; // "IX", "NE", ... as in ModelEnums::applianceTypeKeys()
        QString name;
        QString service; // "interconnect", "network-extension", ...
        bool paired = false;
        QString defaultPeerPolicy; // "expects-4500" / "learned"; empty for unpaired types
        QString peerType; // type of the other site's peer (SGW pairs with SDR); "" = same type
    };

    // The built-in catalogue (loaded once from the resource).
    static const Catalogue &builtIn();

    bool load(const QString &fileName);
    bool loadData(const QByteArray &data, const QString &sourceName);
    QString errorString() const { return m_error; }

    const QList<ApplianceType> &applianceTypes() const { return m_types; }
    const ApplianceType *applianceType(const QString &key) const;
    const QList<Flow> &flows() const { return m_flows; }
    // Flows that an appliance of this type sends or receives.
    QList<Flow> flowsFor(const QString &typeKey) const;
    // The tunnel flow of a paired type (UDP 4500), or nullptr.
    const Flow *tunnelFlow(const QString &typeKey) const;
    QString defaultPeerPolicy(const QString &typeKey) const;
    // Services of the paired types in catalogue order (the Service Mesh service keys).
    QStringList services() const;
    // The type a peer of this type must have (itself unless the catalogue says otherwise).
    QString expectedPeerType(const QString &typeKey) const;

private:
    QList<ApplianceType> m_types;
    QList<Flow> m_flows;
    QString m_error;
};
