#pragma once

#include "PreviousExtra.h"
#include "RouterDataReader.h"

#include <QCoreApplication>
#include <QHash>

// Reads Linux `conntrack -L` output (and /proc/net/nf_conntrack lines) into the
// same rows as Cisco's table: inside local = original source, outside = original
// destination, inside global = reply destination (for a DNAT'd inbound flow the
// other way round). Lines it does not understand are reported with their number.
// Each entry is read in place, without allocating; its details (state, flags,
// mark, …) are kept once per distinct set (rows share an ObservedRowExtra) and
// its timeout in ObservedTranslations::timeouts, so a million entries stay small.
class ConntrackReader : public RouterDataReader
{
    Q_DECLARE_TR_FUNCTIONS(ConntrackReader)
public:
    static constexpr int MaxRows = 4000000;

    explicit ConntrackReader(ObservedTranslations *out = nullptr);

    QString key() const override { return QStringLiteral("conntrack"); }
    QString displayName() const override;
    int sniff(QByteArrayView head) const override;
    ObservedTranslations::Format format() const override { return ObservedTranslations::Conntrack; }

    static bool looksLikeConntrack(const QString &text);
    static ObservedTranslations readData(QByteArrayView data);
    static ObservedTranslations readText(const QString &text) { return readData(text.toUtf8()); }
    static bool readFile(const QString &fileName, ObservedTranslations *out, QString *error);

protected:
    bool addLine(QByteArrayView line) override;
    void reset() override;

private:
    int internExtra(QByteArrayView protocol, QByteArrayView state,
                    const QByteArrayView *pairs, int pairCount,
                    const QByteArrayView *flags, int flagCount);

    // A line's words, flags and other key=value pairs: members, not locals,
    // so that a line does not start by clearing three arrays.
    static constexpr int MaxWords = 64;
    QByteArrayView m_words[MaxWords], m_flags[MaxWords], m_pairs[MaxWords];
    qsizetype m_equals[MaxWords] = {}; // where each word's '=' is, -1: none

    QHash<QByteArray, int> m_extraBySignature; // details seen -> index into extras
    QByteArray m_signature;                     // reused, so a lookup allocates nothing
    PreviousExtra m_previous;                   // the last few entries' details
};
