// libFuzzer target: every vendor table reader of issue #16 (through the
// RouterDataReader interface, as every caller reads it). The first byte picks
// the reader and the piece size; reading in pieces must agree with reading
// the whole input in one go, and whatever the registry detects must read it.
#include "ObservedTable.h"
#include "RouterDataRegistry.h"

namespace {
const QStringList keys = {QStringLiteral("asa-xlate"), QStringLiteral("yamaha-nat"),
                           QStringLiteral("fortigate-session"), QStringLiteral("srx-flow-session")};

QString dump(const ObservedTranslations &t)
{
    QString s = QString::number(t.lines) + QLatin1Char(' ') + QString::number(t.total);
    for (int i = 0; i < t.size(); ++i) {
        s += QString::number(t.rows.at(i).line) + t.protocolText(i);
        for (int c = 0; c < 4; ++c)
            s += QLatin1Char(' ') + t.addressText(i, ObservedRow::Column(c));
        const QVariantMap details = t.details(i);
        for (auto it = details.cbegin(); it != details.cend(); ++it)
            s += it.key() + QLatin1Char('=') + it.value().toString();
    }
    for (const ImportIssue &i : t.issues)
        s += QString::number(i.line) + i.text + i.message;
    return s;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString key = keys.at(data[0] % keys.size());
    const RouterDataRegistry &registry = RouterDataRegistry::instance();
    ObservedTranslations whole;
    registry.create(key)->parseData(bytes, &whole);
    const QString expected = dump(whole);
    ObservedTranslations pieces;
    const std::unique_ptr<RouterDataReader> reader = registry.create(key);
    reader->begin(&pieces);
    const qsizetype step = 1 + (data[0] >> 3) % 13;
    for (qsizetype at = 0; at < bytes.size(); at += step)
        reader->feed(bytes.sliced(at, qMin(step, bytes.size() - at)));
    reader->end();
    if (dump(pieces) != expected)
        __builtin_trap();
    ObservedTable table(std::move(whole));
    for (int row = 0; row < table.rowCount(); ++row)
        (void)table.describeRow(row, nullptr);
    (void)ObservedTable::fromData(bytes);
    return 0;
}
