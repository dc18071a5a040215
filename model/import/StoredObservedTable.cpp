#include "StoredObservedTable.h"

#include "ObservedTableCodec.h"
#include "Project.h"

#include <QMutex>
#include <QMutexLocker>

struct StoredObservedTable::Data
{
    explicit Data(ObservedTable t) : table(std::move(t)) {}
    const ObservedTable table;
    QMutex mutex; // guards encoded: saves may run while a worker prepared it
    QByteArray encoded;
};

namespace {

// Code that still reads the field as text (QVariant::toString) gets the table
// printed as show ip nat translations.
const bool textConverter = QMetaType::registerConverter<StoredObservedTable, QString>(
    [](const StoredObservedTable &t) { return t.toText(); });

const ObservedTable &emptyTable()
{
    static const ObservedTable empty;
    return empty;
}

} // namespace

StoredObservedTable::StoredObservedTable(ObservedTable table)
{
    Q_UNUSED(textConverter);
    // A table read from nothing is no table.
    const ObservedTranslations &t = table.translations();
    if (t.rows.isEmpty() && t.issues.isEmpty() && t.commands.isEmpty() && t.total < 0
        && t.lines == 0 && t.headers == 0)
        return;
    d = QSharedPointer<Data>::create(std::move(table));
}

StoredObservedTable StoredObservedTable::fromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return StoredObservedTable(ObservedTable::fromText(text));
}

bool StoredObservedTable::fromEncoded(const QByteArray &encoded, StoredObservedTable *out,
                                      QString *error)
{
    ObservedTranslations t;
    if (!ObservedTableCodec::decode(encoded, &t, error))
        return false;
    StoredObservedTable stored{ObservedTable(std::move(t))};
    if (stored.d)
        stored.d->encoded = encoded; // the next save writes these bytes again
    *out = stored;
    return true;
}

StoredObservedTable StoredObservedTable::of(const Project &project, ObjectId device)
{
    if (project.kind(device) != ObjectKind::Device)
        return {};
    return project.value(device, Field::observedTranslations).value<StoredObservedTable>();
}

int StoredObservedTable::rowCount() const
{
    return d ? d->table.rowCount() : 0;
}

const ObservedTable &StoredObservedTable::table() const
{
    return d ? d->table : emptyTable();
}

QByteArray StoredObservedTable::encoded() const
{
    if (!d)
        return {};
    prepareEncoding();
    const QMutexLocker lock(&d->mutex);
    return d->encoded;
}

bool StoredObservedTable::prepareEncoding(const std::function<bool(qsizetype, qsizetype)> &progress) const
{
    if (!d)
        return true;
    const QMutexLocker lock(&d->mutex);
    if (!d->encoded.isEmpty())
        return true;
    const QByteArray bytes = ObservedTableCodec::encode(d->table.translations(), progress);
    if (bytes.isEmpty())
        return false;
    d->encoded = bytes;
    return true;
}

QString StoredObservedTable::toText() const
{
    if (!d)
        return QString();
    const ObservedTranslations &t = d->table.translations();
    QString out;
    out.reserve(qsizetype(t.size()) * 90 + 128);
    for (const QString &command : t.commands)
        out += command + QLatin1Char('\n');
    out += QLatin1String("Pro  Inside global         Inside local          Outside local         "
                         "Outside global\n");
    for (int row = 0; row < t.size(); ++row) {
        const QString protocol = t.protocolText(row);
        out += protocol.isEmpty() ? QStringLiteral("---") : protocol;
        for (int c = 0; c < 4; ++c) {
            const QString a = t.addressText(row, ObservedRow::Column(c));
            out += QLatin1String("  ");
            out += a.isEmpty() ? QStringLiteral("---") : a;
        }
        out += QLatin1Char('\n');
    }
    if (t.total >= 0)
        out += QStringLiteral("Total number of translations: %1\n").arg(t.total);
    return out;
}

QDataStream &operator<<(QDataStream &out, const StoredObservedTable &table)
{
    return out << table.encoded();
}

QDataStream &operator>>(QDataStream &in, StoredObservedTable &table)
{
    QByteArray bytes;
    in >> bytes;
    table = StoredObservedTable();
    QString error;
    if (!bytes.isEmpty() && !StoredObservedTable::fromEncoded(bytes, &table, &error))
        in.setStatus(QDataStream::ReadCorruptData);
    return in;
}
