#include "RouterDataRegistry.h"

#include "ConntrackReader.h"
#include "MappedFile.h"

#include <algorithm>
#include "ShowNatTranslationsReader.h"
#include "vendors/AsaConfigReader.h"
#include "vendors/AsaXlateReader.h"
#include "vendors/FortiConfigReader.h"
#include "vendors/FortiSessionReader.h"
#include "vendors/SrxConfigReader.h"
#include "vendors/SrxFlowSessionReader.h"
#include "vendors/YamahaConfigReader.h"
#include "vendors/YamahaNatReader.h"

namespace {
template <typename Reader>
std::unique_ptr<RouterDataReader> make()
{
    return std::make_unique<Reader>();
}
} // namespace

RouterDataRegistry::RouterDataRegistry()
{
    // Registration order breaks sniffing ties; the first is the fallback.
    add(&make<ShowNatTranslationsReader>);
    add(&make<ConntrackReader>);
    add(&make<AsaXlateReader>);
    add(&make<YamahaNatReader>);
    add(&make<FortiSessionReader>);
    add(&make<SrxFlowSessionReader>);
    // Configurations. A vendor's reader mapping onto CiscoConfig is one line,
    // keyed as the reader keys what it read (CiscoConfig::readerKey).
    addConfig(RouterConfigReader::iosConfig());
    addConfig(RouterConfigReader::iptablesSave());
    addConfig(RouterConfigReader::vendor<AsaConfigReader>(
        "cisco-asa-config", QT_TRANSLATE_NOOP("RouterConfigReader", "Cisco ASA configuration")));
    addConfig(RouterConfigReader::vendor<FortiConfigReader>(
        "fortigate-config", QT_TRANSLATE_NOOP("RouterConfigReader", "FortiGate configuration")));
    addConfig(RouterConfigReader::vendor<SrxConfigReader>(
        "juniper-srx-config", QT_TRANSLATE_NOOP("RouterConfigReader", "Juniper SRX configuration")));
    addConfig(RouterConfigReader::vendor<YamahaConfigReader>(
        "yamaha-rtx-config", QT_TRANSLATE_NOOP("RouterConfigReader", "YAMAHA RTX configuration")));
}

void RouterDataRegistry::addConfig(std::unique_ptr<RouterConfigReader> reader)
{
    Q_ASSERT(!allKeys().contains(reader->key()));
    m_configs.push_back(std::move(reader));
}

QStringList RouterDataRegistry::configKeys() const
{
    QStringList keys;
    for (const auto &c : m_configs)
        keys.append(c->key());
    return keys;
}

QStringList RouterDataRegistry::allKeys() const
{
    return keys() + configKeys();
}

const RouterConfigReader *RouterDataRegistry::config(const QString &key) const
{
    for (const auto &c : m_configs) {
        if (c->key() == key)
            return c.get();
    }
    return nullptr;
}

QString RouterDataRegistry::displayName(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return e.probe->displayName();
    }
    const RouterConfigReader *c = config(key);
    return c ? c->displayName() : QString();
}

QList<RouterDataRegistry::Choice> RouterDataRegistry::ranking(QByteArrayView head) const
{
    head = head.first(qMin<qsizetype>(head.size(), SniffBytes));
    QList<Choice> all;
    for (const Entry &e : m_entries)
        all.append({Kind::Table, e.key, e.probe->displayName(), qBound(0, e.probe->sniff(head), 100), true});
    for (const auto &c : m_configs)
        all.append({Kind::Configuration, c->key(), c->displayName(), qBound(0, c->sniff(head), 100), true});
    // Stable: equal scores keep tables first, then registration order.
    std::stable_sort(all.begin(), all.end(),
                     [](const Choice &a, const Choice &b) { return a.score > b.score; });
    return all;
}

RouterDataRegistry::Choice RouterDataRegistry::chooseAny(const QString &key, QByteArrayView head,
                                                         QString *error) const
{
    if (key.isEmpty() || key == QLatin1String("auto"))
        return ranking(head).constFirst();
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return {Kind::Table, e.key, e.probe->displayName(), e.probe->sniff(head), false};
    }
    if (const RouterConfigReader *c = config(key))
        return {Kind::Configuration, c->key(), c->displayName(), c->sniff(head), false};
    if (error)
        *error = tr("unknown format \"%1\"; known formats: %2")
                     .arg(key, allKeys().join(QStringLiteral(", ")));
    return {};
}

const RouterDataRegistry &RouterDataRegistry::instance()
{
    static const RouterDataRegistry registry;
    return registry;
}

void RouterDataRegistry::add(Factory factory)
{
    Entry e;
    e.probe = factory();
    e.key = e.probe->key();
    e.factory = factory;
    m_entries.push_back(std::move(e));
}

QStringList RouterDataRegistry::keys() const
{
    QStringList keys;
    for (const Entry &e : m_entries)
        keys.append(e.key);
    return keys;
}

std::unique_ptr<RouterDataReader> RouterDataRegistry::create(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return e.factory();
    }
    return nullptr;
}

std::unique_ptr<RouterDataReader> RouterDataRegistry::detect(QByteArrayView head) const
{
    head = head.first(qMin<qsizetype>(head.size(), SniffBytes));
    const Entry *best = &m_entries.front();
    int bestScore = -1;
    for (const Entry &e : m_entries) {
        const int score = qBound(0, e.probe->sniff(head), 100);
        if (score > bestScore) {
            best = &e;
            bestScore = score;
        }
    }
    return best->factory();
}

std::unique_ptr<RouterDataReader> RouterDataRegistry::choose(const QString &key,
                                                             QByteArrayView head,
                                                             QString *error) const
{
    if (key.isEmpty() || key == QLatin1String("auto"))
        return detect(head);
    std::unique_ptr<RouterDataReader> reader = create(key);
    if (!reader)
        *error = tr("unknown format \"%1\"; known formats: %2")
                     .arg(key, keys().join(QStringLiteral(", ")));
    return reader;
}

bool RouterDataRegistry::readFile(const QString &fileName, const QString &key,
                                  ObservedTranslations *out, QString *error,
                                  QString *formatKey) const
{
    MappedFile file(fileName);
    if (!file.open(error))
        return false;
    const std::unique_ptr<RouterDataReader> reader = choose(key, file.head(SniffBytes), error);
    if (!reader)
        return false;
    if (formatKey)
        *formatKey = reader->key();
    reader->begin(out);
    reader->expectInput(file.size());
    if (!file.forEachPiece([&](QByteArrayView piece) { return reader->feed(piece); }, error))
        return false;
    if (!reader->end()) {
        *error = tr("%1:%2: %3").arg(fileName).arg(out->lines).arg(reader->errorString());
        return false;
    }
    return true;
}

ObservedTranslations RouterDataRegistry::readData(QByteArrayView data, const QString &key) const
{
    ObservedTranslations out;
    QString error;
    std::unique_ptr<RouterDataReader> reader = choose(key, data, &error);
    if (!reader)
        reader = detect(data);
    reader->parseData(data, &out);
    return out;
}
