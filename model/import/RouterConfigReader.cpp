#include "RouterConfigReader.h"

#include "CiscoConfigReader.h"
#include "LineSplitter.h"
#include "ReaderVerdict.h"

#include <QFile>

namespace {

class IosConfigReader : public RouterConfigReader
{
public:
    QString key() const override { return QStringLiteral("ios-config"); }
    QString displayName() const override { return RouterConfigReader::tr("Cisco IOS configuration"); }
    int sniff(QByteArrayView head) const override { return CiscoConfigReader::sniff(head); }
    RouterConfig read(const QString &text) const override
    {
        RouterConfig c;
        c.readerKey = key();
        c.cisco = CiscoConfigReader::readText(text);
        if (c.cisco.readerKey.isEmpty())
            c.cisco.readerKey = key();
        return c;
    }
};

class IptablesConfigReader : public RouterConfigReader
{
public:
    QString key() const override { return QStringLiteral("iptables-save"); }
    QString displayName() const override { return RouterConfigReader::tr("Linux iptables-save output"); }
    int sniff(QByteArrayView head) const override
    {
        // "*nat" and "COMMIT" frame every table iptables-save prints; rules start "-A ".
        const int rules = countLines(head, {"-A PREROUTING ", "-A POSTROUTING ", "-A OUTPUT ",
                                            "-A INPUT ", "-A FORWARD "});
        const int frame = countLines(head, {"*nat", "*filter", "*mangle", "*raw", "COMMIT",
                                            ":PREROUTING ", ":POSTROUTING "});
        if (rules > 0 && frame > 0)
            return 95;
        if (rules > 0 || frame >= 2)
            return 85;
        return countLines(head, {"-A "}) > 0 ? 40 : 0;
    }
    RouterConfig read(const QString &text) const override
    {
        RouterConfig c;
        c.shape = RouterConfig::Linux;
        c.readerKey = key();
        c.linuxNat = IptablesSaveReader::readText(text);
        return c;
    }
};

// A vendor's reader that maps its configuration onto CiscoConfig.
class VendorConfigReader : public RouterConfigReader
{
public:
    VendorConfigReader(const char *key, const char *sourceName, ReadFn read, SniffFn sniff)
        : m_key(QString::fromLatin1(key)), m_sourceName(sourceName), m_read(read), m_sniff(sniff)
    {
    }
    QString key() const override { return m_key; }
    QString displayName() const override
    {
        return QCoreApplication::translate("RouterConfigReader", m_sourceName);
    }
    int sniff(QByteArrayView head) const override { return m_sniff(head); }
    RouterConfig read(const QString &text) const override
    {
        RouterConfig c;
        c.readerKey = m_key;
        c.cisco = m_read(text);
        if (c.cisco.readerKey.isEmpty())
            c.cisco.readerKey = m_key;
        return c;
    }

private:
    QString m_key;
    const char *m_sourceName;
    ReadFn m_read;
    SniffFn m_sniff;
};

} // namespace

int RouterConfig::understood() const
{
    return shape == Cisco ? cisco.understood : int(linuxNat.rules.size());
}

QString RouterConfigReader::verdict(const RouterConfig &config) const
{
    return config.shape == RouterConfig::Cisco
               ? ReaderVerdict::ciscoConfig(config.cisco, displayName())
               : ReaderVerdict::iptablesSave(config.linuxNat, displayName());
}

bool RouterConfigReader::readBytes(const QString &fileName, QByteArray *out, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(fileName, file.errorString());
        return false;
    }
    if (file.size() > MaxFileSize) {
        *error = tr("%1: %2 MB is too large for a router configuration (limit %3 MB)")
                     .arg(fileName)
                     .arg(file.size() / (1024 * 1024))
                     .arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    *out = file.readAll();
    if (file.error() != QFile::NoError) {
        *error = tr("%1: cannot read: %2").arg(fileName, file.errorString());
        return false;
    }
    if (out->size() > MaxFileSize) {
        *error = tr("%1: more than %2 MB; too large for a router configuration")
                     .arg(fileName)
                     .arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    return true;
}

bool RouterConfigReader::readFile(const QString &fileName, RouterConfig *out, QString *error) const
{
    QByteArray data;
    if (!readBytes(fileName, &data, error))
        return false;
    *out = read(QString::fromUtf8(data));
    return true;
}

std::unique_ptr<RouterConfigReader> RouterConfigReader::iosConfig()
{
    return std::make_unique<IosConfigReader>();
}

std::unique_ptr<RouterConfigReader> RouterConfigReader::iptablesSave()
{
    return std::make_unique<IptablesConfigReader>();
}

std::unique_ptr<RouterConfigReader> RouterConfigReader::vendor(const char *key,
                                                               const char *sourceName,
                                                               ReadFn read, SniffFn sniff)
{
    return std::make_unique<VendorConfigReader>(key, sourceName, read, sniff);
}

int RouterConfigReader::countLines(QByteArrayView head,
                                   std::initializer_list<QByteArrayView> prefixes)
{
    int count = 0;
    LineSplitter::split(head, [&](QByteArrayView line) {
        for (QByteArrayView p : prefixes) {
            if (line.startsWith(p)) {
                ++count;
                break;
            }
        }
        return true;
    });
    return count;
}
