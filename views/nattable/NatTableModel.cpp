#include "NatTableModel.h"

#include "Project.h"
#include "RadixSort.h"
#include "ReplayCursor.h"
#include "ShowNatFormat.h"
#include "SimTimeText.h"
#include "SimulationResult.h"
#include "Theme.h"

#include <QFont>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace {
Theme::Role changeRole(NatTableModel::RowChange change)
{
    return change == NatTableModel::Created     ? Theme::Created
           : change == NatTableModel::Refreshed ? Theme::Refreshed
                                                : Theme::Expired;
}

// The mark sits in the column the change is about.
int changeColumn(NatTableModel::RowChange change)
{
    switch (change) {
    case NatTableModel::Created: return NatTableModel::CreatedColumn;
    case NatTableModel::Refreshed: return NatTableModel::LastUsedColumn;
    case NatTableModel::Expired: return NatTableModel::ExpiresColumn;
    case NatTableModel::Unchanged: break;
    }
    return -1;
}


bool changesTable(const SimEvent &e)
{
    return e.type == SimEvent::TranslationCreated || e.type == SimEvent::NatTranslated
           || e.type == SimEvent::TranslationExpired;
}

// Doubles (times here, never NaN) as unsigned keys with the same order.
quint64 orderedBits(double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    return (bits & (quint64(1) << 63)) ? ~bits : bits | (quint64(1) << 63);
}

quint64 endpointKey(const Endpoint &e)
{
    return (quint64(e.ip) << 16) | e.port;
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"'))
        && !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

namespace {
// A filter pass works this long in the keystroke, so that a pass of a few tens
// of milliseconds (a million rows on an idle machine) ends in it at once and
// a longer one has shown its first screen (found within its first
// milliseconds) before ~50 ms; then in slices this long between events.
constexpr int kFirstSliceMs = 45;
constexpr int kSliceMs = 25;
constexpr int kCommitMs = 100;
} // namespace

NatTableModel::NatTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_firstSliceMs(kFirstSliceMs)
    , m_sliceMs(kSliceMs)
{
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(0);
    connect(&m_filterTimer, &QTimer::timeout, this, [this] { continueFilter(QDeadlineTimer(m_sliceMs)); });
}

void NatTableModel::setSource(const Project *project,
                              std::shared_ptr<const SimulationResult> result,
                              std::shared_ptr<const ReplayCursor> cursor)
{
    // Views may still read the old rows until the reset begins: swap inside it.
    beginResetModel();
    m_project = project;
    m_result = std::move(result);
    m_cursor = std::move(cursor);
    indexOwners();
    if (m_result)
        m_index.build(*m_result);
    else
        m_index.clear();
    fillRows();
    endResetModel();
    afterReset();
}

void NatTableModel::setDevice(int device)
{
    if (device == m_device)
        return;
    m_device = device;
    rebuild();
}

void NatTableModel::indexOwners()
{
    m_holders.clear();
    m_ownerNeedle.clear();
    m_ownerRank.clear();
    if (!m_result)
        return;
    ObjectId maxOwner = 0;
    for (const Translation &t : m_result->translations) {
        maxOwner = std::max(maxOwner, t.owner);
        if (t.heldBy && t.requestedPort != t.insideGlobal.port)
            m_holders.insert(t.heldBy, t.id);
    }
    std::vector<bool> seen(size_t(maxOwner) + 1, false);
    for (const Translation &t : m_result->translations)
        seen[t.owner] = true;
    QList<QPair<QString, ObjectId>> names;
    m_ownerNeedle.assign(seen.size(), std::string());
    m_ownerRank.assign(seen.size(), 0);
    for (ObjectId id = 0; id < ObjectId(seen.size()); ++id) {
        if (!seen[id])
            continue;
        const QString name = ownerName(id);
        names.append({name, id});
        m_ownerNeedle[id] = name.toLower().toStdString();
    }
    std::sort(names.begin(), names.end());
    for (int i = 0; i < names.size(); ++i)
        m_ownerRank[names[i].second] = i;
}

QString NatTableModel::ownerName(ObjectId owner) const
{
    if (!owner || !m_project || !m_project->contains(owner))
        return QString();
    return m_project->displayName(owner);
}

QList<ObjectId> NatTableModel::owners() const
{
    QList<ObjectId> result;
    if (!m_result)
        return result;
    std::vector<bool> seen(m_ownerRank.size(), false);
    for (const Translation &t : m_result->translations) {
        if (t.device == m_device && t.owner && !seen[t.owner]) {
            seen[t.owner] = true;
            result.append(t.owner);
        }
    }
    std::sort(result.begin(), result.end(),
              [this](ObjectId a, ObjectId b) { return m_ownerRank[a] < m_ownerRank[b]; });
    return result;
}

void NatTableModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const std::string previous = m_needle;
    m_needle = text.trimmed().toLower().toStdString();
    if (m_needle == previous)
        return;
    // Typing narrows: only the rows shown now can still match.
    const bool narrowing = !previous.empty() && m_needle.find(previous) != std::string::npos;
    beginResetModel();
    startFilter(narrowing);
    endResetModel();
    afterReset();
}

bool NatTableModel::isFiltered() const
{
    return !m_needle.empty() || m_protocol >= 0 || m_owner != NoId;
}

void NatTableModel::startFilter(bool narrowing)
{
    m_filterTimer.stop();
    const bool narrow = narrowing && !m_filterPass.active();
    m_filterPass.clear();
    m_pending.clear();
    m_sinceCommit.start();
    if (!m_result || !isFiltered()) {
        m_rows = m_base;
        return;
    }
    m_anyOwnerHit = false;
    m_ownerHit.assign(m_ownerNeedle.size(), 0);
    if (!m_needle.empty()) {
        for (size_t o = 0; o < m_ownerNeedle.size(); ++o) {
            if (!m_ownerNeedle[o].empty() && m_ownerNeedle[o].find(m_needle) != std::string::npos)
                m_ownerHit[o] = m_anyOwnerHit = true;
        }
    }
    std::vector<quint32> source = narrow ? std::move(m_rows) : m_base;
    m_rows.clear();
    m_filterPass.start(
        std::move(source), quint32(m_result->translations.size() + 1),
        [this](quint32 id) { return passesFilter(m_result->translation(id)); },
        [this](quint32 from, quint32 to, quint8 *hits) { markRange(from, to, hits); });
    m_filterPass.run(QDeadlineTimer(m_firstSliceMs), m_rows);
}

void NatTableModel::afterReset()
{
    if (m_filterPass.active()) {
        m_filterTimer.start();
        return;
    }
    // The shown rows by id, for a later sort and the replay's patches: the
    // pass's marks when it marked every id (only the device's ids are read).
    const size_t n = m_result ? m_result->translations.size() : 0;
    m_pass = m_filterPass.takeMarks();
    if (m_pass.size() != n + 1 || !isFiltered()) {
        m_pass.assign(n + 1, isFiltered() ? 0 : 1);
        if (isFiltered()) {
            for (quint32 id : m_rows)
                m_pass[id] = 1;
        }
    }
    Q_EMIT filterFinished();
}

void NatTableModel::continueFilter(const QDeadlineTimer &deadline)
{
    if (!m_filterPass.active())
        return;
    m_filterTimer.stop();
    const bool done = m_filterPass.run(deadline, m_pending);
    if (!m_pending.empty()
        && (done || m_rows.size() < FilterPass::kScreen || m_sinceCommit.hasExpired(kCommitMs))) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
        m_rows.insert(m_rows.end(), m_pending.begin(), m_pending.end());
        m_pending.clear();
        endInsertRows();
        m_sinceCommit.start();
    }
    if (!done)
        Q_EMIT filterProgress();
    afterReset();
}

void NatTableModel::finishFiltering()
{
    continueFilter(QDeadlineTimer(QDeadlineTimer::Forever));
}

void NatTableModel::markRange(quint32 from, quint32 to, quint8 *hits) const
{
    if (!m_needle.empty())
        m_index.match(m_needle, hits, from, to); // the text hits, one pass over the packed haystacks
    else
        std::fill(hits + from, hits + to, quint8(1));
    if (m_protocol < 0 && !m_owner && !m_anyOwnerHit)
        return; // the text hits are the answer: no translation read
    // In id order: the translations are read front to back, once.
    const auto &all = m_result->translations;
    for (quint32 id = std::max(from, 1u); id < to; ++id) {
        const Translation &t = all[id - 1];
        quint8 &pass = hits[id];
        if (t.device != m_device)
            continue;
        if (!pass && m_anyOwnerHit && t.owner < m_ownerHit.size() && m_ownerHit[t.owner])
            pass = 1;
        if (pass && ((m_protocol >= 0 && (t.simple || int(t.protocol) != m_protocol))
                     || (m_owner && t.owner != m_owner)))
            pass = 0;
    }
}

void NatTableModel::selectRows()
{
    if (!isFiltered() || m_pass.empty()) {
        m_rows = m_base;
        return;
    }
    m_rows.clear();
    for (quint32 id : m_base) {
        if (m_pass[id])
            m_rows.push_back(id);
    }
}

void NatTableModel::setProtocolFilter(int protocol)
{
    if (protocol == m_protocol)
        return;
    m_protocol = protocol;
    beginResetModel();
    startFilter(false);
    endResetModel();
    afterReset();
}

void NatTableModel::setOwnerFilter(ObjectId owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    beginResetModel();
    startFilter(false);
    endResetModel();
    afterReset();
}

bool NatTableModel::passesFilter(const Translation &t) const
{
    if (m_protocol >= 0 && (t.simple || int(t.protocol) != m_protocol))
        return false;
    if (m_owner && t.owner != m_owner)
        return false;
    if (m_needle.empty())
        return true;
    if (m_index.text(t.id).find(m_needle) != std::string_view::npos)
        return true;
    return t.owner < m_ownerNeedle.size()
           && m_ownerNeedle[t.owner].find(m_needle) != std::string::npos;
}

void NatTableModel::updateChanged()
{
    m_changed = 0;
    m_change = Unchanged;
    if (!m_cursor || m_cursor->step() < 0)
        return;
    const SimEvent &e = m_result->events[size_t(m_cursor->step())];
    if (!changesTable(e) || !e.translation || m_result->translation(e.translation).device != m_device)
        return;
    m_changed = e.translation;
    m_change = e.type == SimEvent::TranslationCreated ? Created
               : e.type == SimEvent::NatTranslated    ? Refreshed
                                                      : Expired;
}

void NatTableModel::rebuild()
{
    beginResetModel();
    fillRows();
    endResetModel();
    afterReset();
}

void NatTableModel::fillRows()
{
    m_base.clear();
    m_rows.clear();
    m_unfiltered = 0;
    m_step = m_cursor ? m_cursor->step() : -2;
    updateChanged();
    if (m_result && m_cursor && m_device >= 0) {
        const auto &live = m_cursor->live();
        m_base.reserve(size_t(live.size()) + 1);
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            if (m_result->translation(it.key()).device == m_device)
                m_base.push_back(it.key());
        }
        if (m_change == Expired)
            m_base.push_back(m_changed);
        m_unfiltered = int(m_base.size());
        sortRows();
    }
    startFilter(false);
}

void NatTableModel::refresh()
{
    if (!m_result || !m_cursor)
        return;
    finishFiltering(); // the patches below keep a finished selection up to date
    const int oldStep = m_step;
    const int newStep = m_cursor->step();
    if (newStep == oldStep) {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    if (oldStep < -1 || std::abs(newStep - oldStep) != 1) {
        rebuild();
        return;
    }
    // One step: only the translations of the event applied (or undone) and of the
    // event left behind can enter, leave or move.
    const bool forward = newStep > oldStep;
    const SimEvent &moved = m_result->events[size_t(std::max(oldStep, newStep))];
    SimEvent oldEvent, newEvent; // the log gives events by value (EventLog)
    const SimEvent *old = oldStep >= 0 ? &(oldEvent = m_result->events[size_t(oldStep)]) : nullptr;
    const SimEvent *now = newStep >= 0 ? &(newEvent = m_result->events[size_t(newStep)]) : nullptr;
    const bool oldExpiredRow = old && old->type == SimEvent::TranslationExpired;
    const quint32 oldChanged = m_changed;
    updateChanged();

    QList<quint32> touched;
    for (const SimEvent *e : {old, now}) {
        if (e && changesTable(*e) && e->translation && !touched.contains(e->translation)
            && m_result->translation(e->translation).device == m_device)
            touched.append(e->translation);
    }
    for (quint32 id : std::as_const(touched)) {
        bool liveBefore = m_cursor->live().contains(id);
        if (changesTable(moved) && moved.translation == id)
            liveBefore = forward ? moved.type != SimEvent::TranslationCreated
                                 : moved.type != SimEvent::TranslationExpired;
        const bool before = liveBefore || (oldExpiredRow && id == oldChanged);
        const bool after = m_cursor->live().contains(id) || (m_change == Expired && id == m_changed);
        m_unfiltered += int(after) - int(before);

        const auto by = [this](quint32 a, quint32 b) { return lessThan(a, b); };
        const auto inBase = std::find(m_base.begin(), m_base.end(), id);
        if (inBase != m_base.end())
            m_base.erase(inBase);
        if (after)
            m_base.insert(std::lower_bound(m_base.begin(), m_base.end(), id, by), id);
        const auto it = std::find(m_rows.begin(), m_rows.end(), id);
        if (it != m_rows.end()) {
            const int row = int(it - m_rows.begin());
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.erase(it);
            endRemoveRows();
        }
        const bool shown = after && passesFilter(m_result->translation(id));
        m_pass[id] = shown;
        if (shown) {
            const auto pos = std::lower_bound(m_rows.begin(), m_rows.end(), id, by);
            const int row = int(pos - m_rows.begin());
            beginInsertRows(QModelIndex(), row, row);
            m_rows.insert(pos, id);
            endInsertRows();
        }
    }
    m_step = newStep;
    // Timers count from the cursor's time and the highlight moved: repaint what is shown.
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

quint64 NatTableModel::sortKey(quint32 id) const
{
    const Translation &t = m_result->translation(id);
    switch (m_sortColumn) {
    case ProtocolColumn: return t.simple ? 0 : quint64(t.protocol) + 1;
    case InsideGlobalColumn: return endpointKey(t.insideGlobal);
    case InsideLocalColumn: return endpointKey(t.insideLocal);
    case OutsideLocalColumn:
    case OutsideGlobalColumn: return endpointKey(t.outside);
    case OwnerColumn: return t.owner < m_ownerRank.size() ? quint64(m_ownerRank[t.owner]) : 0;
    case KindColumn: return t.simple ? 2 : t.isStatic ? 1 : 0;
    case CreatedColumn: return orderedBits(t.created);
    default: break;
    }
    // Only the timer columns look up the live state (a hash lookup per row).
    const auto state = m_cursor->live().constFind(id);
    const bool live = state != m_cursor->live().cend();
    switch (m_sortColumn) {
    case LastUsedColumn: return orderedBits(live ? state->lastUsed : t.created);
    case ExpiresColumn:
        if (!live)
            return 0;
        return state->expires < 0 ? ~quint64(0) : orderedBits(state->expires);
    default: return id;
    }
}

bool NatTableModel::lessThan(quint32 a, quint32 b) const
{
    const quint64 ka = sortKey(a), kb = sortKey(b);
    if (m_order == Qt::DescendingOrder)
        return kb < ka || (ka == kb && b < a);
    return ka < kb || (ka == kb && a < b);
}

void NatTableModel::sortRows()
{
    // Keys once per row, in id order (the translations are read front to back;
    // ids descending for a descending sort), then a stable radix sort by key:
    // ties keep id order. The timer columns read the live states in one walk
    // of the cursor's hash instead of a lookup per row. All the device's rows
    // are sorted, so a later filter change only selects.
    const bool descending = m_order == Qt::DescendingOrder;
    const size_t n = m_result ? m_result->translations.size() : 0;
    std::vector<quint8> present(n + 1, 0);
    for (quint32 id : m_base)
        present[id] = 1;
    std::vector<quint64> timerKey;
    std::vector<quint8> hasTimerKey;
    if (m_sortColumn == LastUsedColumn || m_sortColumn == ExpiresColumn) {
        timerKey.assign(n + 1, 0);
        hasTimerKey.assign(n + 1, 0);
        const auto &live = m_cursor->live();
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            const quint32 id = it.key();
            if (id > n || !present[id])
                continue;
            const TranslationState &state = it.value();
            timerKey[id] = m_sortColumn == LastUsedColumn ? orderedBits(state.lastUsed)
                           : state.expires < 0           ? ~quint64(0)
                                                         : orderedBits(state.expires);
            hasTimerKey[id] = 1;
        }
    }
    std::vector<RadixSort::Item> keyed;
    keyed.reserve(m_base.size());
    const auto add = [&](quint32 id) {
        if (!present[id])
            return;
        const quint64 key = !timerKey.empty() && hasTimerKey[id] ? timerKey[id] : sortKey(id);
        keyed.push_back({descending ? ~key : key, id});
    };
    if (descending) {
        for (size_t id = n; id >= 1; --id)
            add(quint32(id));
    } else {
        for (size_t id = 1; id <= n; ++id)
            add(quint32(id));
    }
    std::vector<RadixSort::Item> scratch;
    RadixSort::byKey(keyed, scratch);
    for (size_t i = 0; i < keyed.size(); ++i)
        m_base[i] = keyed[i].id;
}

void NatTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    finishFiltering(); // the shown rows by id (m_pass) are what the sorted rows keep
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<quint32> ids;
    for (const QModelIndex &i : persistent)
        ids.append(translationAt(i.row()));
    m_sortColumn = column;
    m_order = order;
    sortRows();
    selectRows();
    QModelIndexList moved;
    for (int i = 0; i < persistent.size(); ++i) {
        const int row = rowOf(ids[i]);
        moved.append(row >= 0 ? index(row, persistent[i].column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

quint32 NatTableModel::translationAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : 0;
}

int NatTableModel::rowOf(quint32 translation) const
{
    const auto it = std::find(m_rows.cbegin(), m_rows.cend(), translation);
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

NatTableModel::RowChange NatTableModel::changeAt(int row) const
{
    return m_changed && translationAt(row) == m_changed ? m_change : Unchanged;
}

int NatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NatTableModel::kindText(const Translation &t) const
{
    if (t.simple)
        return tr("Static NAT");
    if (t.isStatic)
        return tr("Static PAT");
    return tr("Dynamic PAT");
}

bool NatTableModel::collided(quint32 id) const
{
    const Translation &t = m_result->translation(id);
    return (t.heldBy && t.requestedPort != t.insideGlobal.port) || m_holders.contains(id);
}

QString NatTableModel::collisionText(quint32 id) const
{
    const Translation &t = m_result->translation(id);
    if (t.heldBy && t.requestedPort != t.insideGlobal.port) {
        return tr("Port collision: asked for %1:%2, which %3's translation held, and was given "
                  "port %4.")
            .arg(Ipv4::toString(t.insideGlobal.ip))
            .arg(t.requestedPort)
            .arg(ownerName(m_result->translation(t.heldBy).owner))
            .arg(t.insideGlobal.port);
    }
    const auto bumped = m_holders.constFind(id);
    if (bumped == m_holders.cend())
        return QString();
    const Translation &other = m_result->translation(*bumped);
    return tr("Port collision: %1 also asked for %2 and was given port %3 instead.")
        .arg(ownerName(other.owner), t.insideGlobal.toString())
        .arg(other.insideGlobal.port);
}

QString NatTableModel::cell(quint32 id, int column) const
{
    const Translation &t = m_result->translation(id);
    const auto state = m_cursor->live().constFind(id);
    const bool live = state != m_cursor->live().cend();
    switch (column) {
    case ProtocolColumn: return ShowNatFormat::protocolName(t);
    case InsideGlobalColumn: return ShowNatFormat::insideGlobal(t);
    case InsideLocalColumn: return ShowNatFormat::insideLocal(t);
    case OutsideLocalColumn:
    case OutsideGlobalColumn: return ShowNatFormat::outside(t);
    case OwnerColumn: return ownerName(t.owner);
    case KindColumn: return m_result->isCaptured() ? tr("Captured") : kindText(t);
    case CreatedColumn: return SimTimeText::seconds(t.created);
    case LastUsedColumn: return live ? SimTimeText::seconds(state->lastUsed) : QStringLiteral("—");
    case ExpiresColumn:
        if (!live)
            return tr("expired");
        if (m_result->isCaptured()) // a capture does not show the device's timers
            return QStringLiteral("—");
        if (state->expires < 0)
            return tr("never");
        return SimTimeText::seconds(std::max(0.0, state->expires - m_cursor->time()));
    default: return QString();
    }
}

QVariant NatTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const quint32 id = m_rows[size_t(index.row())];
    const int column = index.column();
    const RowChange change = id == m_changed ? m_change : Unchanged;
    switch (role) {
    case Qt::DisplayRole:
        return cell(id, column);
    case Qt::ToolTipRole: {
        QString tip = column == InsideGlobalColumn ? collisionText(id) : QString();
        if (change == Expired)
            tip = tr("This translation expires at this step; it is gone at the next one.");
        if (m_result->isCaptured() && (column == KindColumn || column == ExpiresColumn))
            tip = tr("Reconstructed from the packets captured on both sides of the device; a "
                     "capture does not show when the device drops a translation.");
        return tip.isEmpty() ? QVariant() : tip;
    }
    case Qt::TextAlignmentRole:
        return column >= CreatedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (change == Expired)
            return Theme::color(Theme::Muted);
        if (column == InsideGlobalColumn && collided(id))
            return Theme::color(Theme::Collision);
        return QVariant();
    case Qt::BackgroundRole:
        return change == Unchanged ? QVariant() : QVariant(Theme::tint(changeRole(change)));
    case Qt::FontRole:
        if (change == Unchanged)
            return QVariant();
        {
            QFont font;
            font.setBold(change != Expired);
            font.setStrikeOut(change == Expired);
            return font;
        }
    case Qt::DecorationRole:
        // Shapes besides the tints: + created, ↻ refreshed, − expired, ✕ collision.
        if (column == InsideGlobalColumn && collided(id))
            return Theme::icon(Theme::Collision);
        if (column == changeColumn(change))
            return Theme::icon(changeRole(change));
        return QVariant();
    case TranslationIdRole: return id;
    case OwnerRole: return m_result->translation(id).owner;
    case ChangeRole: return int(change);
    case CollidedRole: return collided(id);
    default: return QVariant();
    }
}

QString NatTableModel::columnName(int column)
{
    switch (column) {
    case ProtocolColumn: return tr("Pro");
    case InsideGlobalColumn: return tr("Inside global");
    case InsideLocalColumn: return tr("Inside local");
    case OutsideLocalColumn: return tr("Outside local");
    case OutsideGlobalColumn: return tr("Outside global");
    case OwnerColumn: return tr("Owner");
    case KindColumn: return tr("Kind");
    case CreatedColumn: return tr("Created");
    case LastUsedColumn: return tr("Last used");
    case ExpiresColumn: return tr("Expires in");
    default: return QString();
    }
}

QVariant NatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnName(section);
    return QVariant();
}

void NatTableModel::retranslate()
{
    indexOwners(); // owner ranks follow names, which do not change; kind texts do
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString NatTableModel::ciscoText(const QList<int> &rows) const
{
    QString text = ShowNatFormat::header() + QLatin1Char('\n');
    const auto append = [&](quint32 id) {
        text += ShowNatFormat::row(m_result->translation(id)).trimmed() + QLatin1Char('\n');
    };
    if (rows.isEmpty()) {
        for (quint32 id : m_rows)
            append(id);
    } else {
        for (int row : rows) {
            if (const quint32 id = translationAt(row))
                append(id);
        }
    }
    return text;
}

QString NatTableModel::csv() const
{
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(csvField(columnName(c)));
    QString text = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (quint32 id : m_rows) {
        for (int c = 0; c < ColumnCount; ++c) {
            if (c)
                text += QLatin1Char(',');
            text += csvField(cell(id, c));
        }
        text += QLatin1String("\r\n");
    }
    return text;
}
