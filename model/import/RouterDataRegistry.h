#pragma once

#include "RouterDataReader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

// Every router-data reader, by key, and the one pick for an input: the reader
// whose sniff() of the input's start is highest (ties go to the one registered
// first), or the one named by key (meshnat-cli parse-translations --format).
// Cisco `show ip nat translations` is the fallback for input no reader claims,
// so such input gets that reader's verdict (ReaderVerdict) rather than nothing.
// The built-in readers are registered on first use; issue #16's readers add
// themselves in registerBuiltIns().
class RouterDataRegistry
{
    Q_DECLARE_TR_FUNCTIONS(RouterDataRegistry)
public:
    using Factory = std::unique_ptr<RouterDataReader> (*)();
    static constexpr qint64 SniffBytes = 4096;

    static const RouterDataRegistry &instance();

    QStringList keys() const;
    // A fresh reader; null for an unknown key.
    std::unique_ptr<RouterDataReader> create(const QString &key) const;
    // The reader for this input's start.
    std::unique_ptr<RouterDataReader> detect(QByteArrayView head) const;
    // The reader named by key, or detected from head when key is empty; null
    // with *error ("unknown format …, known: …") for an unknown key.
    std::unique_ptr<RouterDataReader> choose(const QString &key, QByteArrayView head,
                                             QString *error) const;

    // Whole inputs, format detected unless key is given. *formatKey (optional)
    // gets the key of the reader used.
    bool readFile(const QString &fileName, const QString &key, ObservedTranslations *out,
                  QString *error, QString *formatKey = nullptr) const;
    ObservedTranslations readData(QByteArrayView data, const QString &key = QString()) const;

private:
    RouterDataRegistry();
    void add(Factory factory);

    struct Entry
    {
        QString key;
        Factory factory;
        std::unique_ptr<RouterDataReader> probe; // for sniff() and names
    };
    std::vector<Entry> m_entries;
};
