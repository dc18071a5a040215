#pragma once

#include "RouterConfigReader.h"
#include "RouterDataReader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

// Every router-data reader, by key, of both kinds: tables (translations,
// sessions: RouterDataReader, streamed) and configurations (RouterConfigReader,
// whole texts). The pick for an input is the reader whose sniff() of its start
// is highest (ties go to tables, then to the one registered first), or the one
// named by key (--format). Cisco `show ip nat translations` is the fallback for
// input no reader claims, so such input gets that reader's verdict
// (ReaderVerdict) rather than nothing. detect()/choose() pick among tables
// only (parse-translations, a table import); chooseAny() among all readers
// (meshnat-cli import FILE, File > Import > Paste Router Output).
// The built-in readers are registered on first use, in the constructor; a
// vendor's configuration reader is one line there (see RouterConfigReader.h).
class RouterDataRegistry
{
    Q_DECLARE_TR_FUNCTIONS(RouterDataRegistry)
public:
    using Factory = std::unique_ptr<RouterDataReader> (*)();
    static constexpr qint64 SniffBytes = 4096;

    static const RouterDataRegistry &instance();

    enum class Kind { Table, Configuration };
    // One reader picked for an input: by key, or by sniffing (detected).
    struct Choice
    {
        Kind kind = Kind::Table;
        QString key;
        QString displayName; // translated
        int score = 0;       // its sniff() of the input's start
        bool detected = false;
        bool isValid() const { return !key.isEmpty(); }
    };

    QStringList keys() const; // tables
    QStringList configKeys() const;
    QStringList allKeys() const; // tables, then configurations
    // The translated name of a reader of either kind; empty for an unknown key.
    QString displayName(const QString &key) const;
    // A configuration reader (shared, stateless); null for an unknown key.
    const RouterConfigReader *config(const QString &key) const;
    // A fresh reader; null for an unknown key.
    std::unique_ptr<RouterDataReader> create(const QString &key) const;
    // The reader for this input's start.
    std::unique_ptr<RouterDataReader> detect(QByteArrayView head) const;
    // The reader named by key, or detected from head when key is empty; null
    // with *error ("unknown format …, known: …") for an unknown key.
    std::unique_ptr<RouterDataReader> choose(const QString &key, QByteArrayView head,
                                             QString *error) const;

    // Any router text: the reader of either kind named by key ("" or "auto":
    // the best sniff); an invalid Choice with *error for an unknown key.
    Choice chooseAny(const QString &key, QByteArrayView head, QString *error = nullptr) const;
    // Every reader with its sniff of this input, best first (the override list).
    QList<Choice> ranking(QByteArrayView head) const;

    // Whole inputs, format detected unless key is given. *formatKey (optional)
    // gets the key of the reader used.
    bool readFile(const QString &fileName, const QString &key, ObservedTranslations *out,
                  QString *error, QString *formatKey = nullptr) const;
    ObservedTranslations readData(QByteArrayView data, const QString &key = QString()) const;

private:
    RouterDataRegistry();
    void add(Factory factory);
    void addConfig(std::unique_ptr<RouterConfigReader> reader);

    struct Entry
    {
        QString key;
        Factory factory;
        std::unique_ptr<RouterDataReader> probe; // for sniff() and names
    };
    std::vector<Entry> m_entries;
    std::vector<std::unique_ptr<RouterConfigReader>> m_configs;
};
