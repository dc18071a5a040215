// libFuzzer target: the `show ip nat translations` reader (through the
// RouterDataReader interface, as every caller reads it) and the collision
// analysis over whatever it read. Streaming must agree with reading in memory:
// the same input through a device and fed in pieces cut where the input says.
#include "ObservedTable.h"
#include "RouterDataRegistry.h"
#include "ShowNatTranslationsReader.h"

#include <QBuffer>

namespace {
QString dump(const ObservedTranslations &t)
{
    QString s = QString::number(t.lines) + QLatin1Char(' ') + QString::number(t.total);
    for (int i = 0; i < t.size(); ++i) {
        s += QString::number(t.rows.at(i).line) + t.protocolText(i);
        for (int c = 0; c < 4; ++c)
            s += QLatin1Char(' ') + t.addressText(i, ObservedRow::Column(c));
    }
    for (const ImportIssue &i : t.issues)
        s += QString::number(i.line) + i.text;
    return s;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ObservedTable table(ShowNatTranslationsReader::readData(bytes));
    for (int i = 0; i < table.collisions().size(); ++i)
        (void)table.describeCollision(i, nullptr);
    for (int row = 0; row < table.rowCount(); ++row) {
        (void)table.describeRow(row, nullptr);
        (void)table.rowRole(row);
        (void)table.translations().details(row);
    }
    const QString whole = dump(table.translations());
    // The streaming path must agree with the in-memory one.
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ObservedTranslations streamed;
    QString error;
    ShowNatTranslationsReader::readDevice(&buffer, QStringLiteral("fuzz"), &streamed, &error);
    if (dump(streamed) != whole)
        __builtin_trap();
    // Pieces cut at sizes taken from the input itself.
    ObservedTranslations pieces;
    ShowNatTranslationsReader reader;
    reader.begin(&pieces);
    const qsizetype step = size > 0 ? 1 + data[0] % 17 : 1;
    for (qsizetype at = 0; at < bytes.size(); at += step)
        reader.feed(bytes.sliced(at, qMin(step, bytes.size() - at)));
    reader.end();
    if (dump(pieces) != whole)
        __builtin_trap();
    // Whatever the registry picks must read it too.
    (void)ObservedTable::fromData(bytes);
    return 0;
}
