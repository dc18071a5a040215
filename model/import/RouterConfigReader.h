#pragma once

#include "CiscoConfig.h"
#include "IptablesSaveReader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <memory>

// What a configuration reader read: the NAT part of one router's configuration,
// either in the IOS shape every vendor's reader maps onto (CiscoConfig) or as
// Linux iptables-save rules (LinuxNatConfig), with the issues and line numbers.
struct RouterConfig
{
    enum Shape { Cisco, Linux };
    Shape shape = Cisco;
    QString readerKey; // the reader that produced it ("ios-config", "iptables-save")
    CiscoConfig cisco;        // when shape == Cisco
    LinuxNatConfig linuxNat;  // when shape == Linux

    const QList<ImportIssue> &issues() const { return shape == Cisco ? cisco.issues : linuxNat.issues; }
    int lines() const { return shape == Cisco ? cisco.lines : linuxNat.lines; }
    // Statements taken as meaningful (IOS: understood lines; iptables: rules).
    int understood() const;
    const CiscoConfig *ciscoOrNull() const { return shape == Cisco ? &cisco : nullptr; }
    const LinuxNatConfig *linuxOrNull() const { return shape == Linux ? &linuxNat : nullptr; }
};

// The configuration side of the one router-data reader interface (issue #16):
// the same key / displayName / sniff as RouterDataReader (tables), and read()
// of a whole text (configurations are small: at most MaxFileSize). Readers are
// stateless; RouterDataRegistry holds one of each and routes any router text
// to the best reader of either kind.
//
// A vendor's configuration reader (model/import/vendors) needs no class of its
// own here: a class with exactly
//     static CiscoConfig readText(const QString &text);
//     static int sniff(QByteArrayView head); // 0 … 100, head = the first 4 KB
// is registered with one line in RouterDataRegistry::RouterDataRegistry():
//     addConfig(RouterConfigReader::vendor<AsaConfigReader>(
//         "asa-config", QT_TRANSLATE_NOOP("RouterConfigReader", "Cisco ASA configuration")));
// The key is what --format takes; the name is translated where it is shown.
class RouterConfigReader
{
    Q_DECLARE_TR_FUNCTIONS(RouterConfigReader)
public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;
    using ReadFn = CiscoConfig (*)(const QString &text);
    using SniffFn = int (*)(QByteArrayView head);

    virtual ~RouterConfigReader() = default;
    virtual QString key() const = 0;         // stable, for --format: "ios-config"
    virtual QString displayName() const = 0; // translated: "Cisco IOS configuration"
    // 0 = surely not this format … 100 = surely; head is the input's first few KB.
    virtual int sniff(QByteArrayView head) const = 0;
    virtual RouterConfig read(const QString &text) const = 0;

    // "This does not look like <displayName>: 0 of N lines understood", or empty
    // when the result looks like the format.
    virtual QString verdict(const RouterConfig &config) const;

    // A file: false with *error naming it when it cannot be read or is larger
    // than MaxFileSize; problems inside are issues of the result.
    bool readFile(const QString &fileName, RouterConfig *out, QString *error) const;
    static bool readBytes(const QString &fileName, QByteArray *out, QString *error);

    // The built-in readers.
    static std::unique_ptr<RouterConfigReader> iosConfig();
    static std::unique_ptr<RouterConfigReader> iptablesSave();
    // A vendor reader mapping onto CiscoConfig (see above). sourceName is the
    // untranslated display name (QT_TRANSLATE_NOOP("RouterConfigReader", …)).
    static std::unique_ptr<RouterConfigReader> vendor(const char *key, const char *sourceName,
                                                      ReadFn read, SniffFn sniff);
    template <typename Vendor>
    static std::unique_ptr<RouterConfigReader> vendor(const char *key, const char *sourceName)
    {
        return vendor(key, sourceName, &Vendor::readText, &Vendor::sniff);
    }

    // Sniffing help for readers: how many of the head's lines start with one of
    // the prefixes (after terminal noise and indentation).
    static int countLines(QByteArrayView head, std::initializer_list<QByteArrayView> prefixes);
};
