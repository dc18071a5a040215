// libFuzzer target: the `conntrack -L` reader, its interned details and the
// analysis over what it read; reading in pieces agrees with reading whole.
#include "ConntrackReader.h"
#include "ObservedTable.h"

namespace {
QString dump(const ObservedTranslations &t)
{
    QString s = QString::number(t.lines) + QLatin1Char(' ') + QString::number(t.total);
    for (int i = 0; i < t.size(); ++i) {
        s += QString::number(t.rows.at(i).line) + t.protocolText(i);
        for (int c = 0; c < 4; ++c)
            s += QLatin1Char(' ') + t.addressText(i, ObservedRow::Column(c));
        const QVariantMap d = t.details(i);
        for (auto it = d.cbegin(); it != d.cend(); ++it)
            s += it.key() + it.value().toString();
    }
    for (const ImportIssue &i : t.issues)
        s += QString::number(i.line) + i.text;
    return s;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ObservedTable table(ConntrackReader::readData(bytes));
    for (int i = 0; i < table.collisions().size(); ++i)
        (void)table.describeCollision(i, nullptr);
    for (int row = 0; row < table.rowCount(); ++row)
        (void)table.describeRow(row, nullptr);
    const QString whole = dump(table.translations());
    ObservedTranslations pieces;
    ConntrackReader reader;
    reader.begin(&pieces);
    const qsizetype step = size > 0 ? 1 + data[size - 1] % 13 : 1;
    for (qsizetype at = 0; at < bytes.size(); at += step)
        reader.feed(bytes.sliced(at, qMin(step, bytes.size() - at)));
    reader.end();
    if (dump(pieces) != whole)
        __builtin_trap();
    return 0;
}
