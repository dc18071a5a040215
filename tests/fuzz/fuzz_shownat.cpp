// libFuzzer target: `show ip nat translations` and `conntrack -L` readers and
// the collision analysis over whatever they read.
#include "ConntrackReader.h"
#include "ObservedTable.h"
#include "ShowNatTranslationsReader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ObservedTable table(ShowNatTranslationsReader::readData(bytes));
    for (int i = 0; i < table.collisions().size(); ++i)
        (void)table.describeCollision(i, nullptr);
    for (int row = 0; row < table.rowCount(); ++row) {
        (void)table.describeRow(row, nullptr);
        for (int c = 0; c < 4; ++c)
            (void)table.translations().addressText(row, ObservedRow::Column(c));
        (void)table.translations().protocolText(row);
    }
    // The streaming path must agree with the in-memory one.
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ObservedTranslations streamed;
    QString error;
    ShowNatTranslationsReader::readDevice(&buffer, QStringLiteral("fuzz"), &streamed, &error);
    if (streamed.rows.size() != table.translations().rows.size())
        __builtin_trap();
    ObservedTable conntrack(ConntrackReader::readData(bytes));
    (void)conntrack.collisions();
    return 0;
}
