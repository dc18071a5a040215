#include "ObservedTableView.h"

#include "StoredObservedTable.h"

#include "ObservedTableModel.h"
#include "Project.h"
#include "TableRowDelegate.h"
#include "Theme.h"

#include <QBrush>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Styling stays out of the QtCore model: FindingRole becomes a background.
class FindingColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
            const int finding = QIdentityProxyModel::data(index, ObservedTableModel::FindingRole).toInt();
            // Text stays the palette's: it reads on every tint.
            if (finding == ObservedTable::Moved)
                return role == Qt::BackgroundRole ? QVariant(QBrush(Theme::tint(Theme::Collision))) : QVariant();
            if (finding == ObservedTable::Holder)
                return role == Qt::BackgroundRole ? QVariant(QBrush(Theme::tint(Theme::Observed))) : QVariant();
        }
        if (role == Qt::DecorationRole && index.column() == 0) { // the same as a shape
            const int finding = QIdentityProxyModel::data(index, ObservedTableModel::FindingRole).toInt();
            if (finding == ObservedTable::Moved)
                return Theme::icon(Theme::Collision);
            if (finding == ObservedTable::Holder)
                return Theme::icon(Theme::Observed);
        }
        return QIdentityProxyModel::data(index, role);
    }
};
} // namespace

ObservedTableView::ObservedTableView(const Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new ObservedTableModel(project, this))
    , m_summary(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_deviceLabel = new QLabel(this);
    m_devices = new QComboBox(this);
    m_devices->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_deviceLabel);
    top->addWidget(m_devices);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *filterRow = new QHBoxLayout;
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("observedFilter"));
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);
    auto *proxy = new FindingColours(this);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setObjectName(QStringLiteral("observedTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(false);
    m_table->setItemDelegate(new TableRowDelegate(m_table));
    m_table->verticalHeader()->hide();
    // Fixed row heights, widths from a sample of rows: nothing is measured
    // over a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // as printed
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtering = true;
        m_model->setTextFilter(text);
        m_filtering = false;
        updateCount();
    });

    connect(m_devices, &QComboBox::currentIndexChanged, this, [this] {
        if (m_preview)
            return;
        m_model->setDevice(m_devices->currentData().toUInt());
        emit deviceChanged(device());
    });
    // A big table's filter appends its rows in slices: the count follows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ObservedTableView::updateCount);
    connect(m_model, &ObservedTableModel::filterFinished, this, &ObservedTableView::updateCount);
    connect(m_model, &ObservedTableModel::filterProgress, this, &ObservedTableView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_filtering)
            return;
        updateSummary();
        updateCount();
        m_table->resizeColumnsToContents();
        // The widths come from a sample of rows: make room for the widest line
        // number (with its mark) and address anyway.
        const QFontMetrics metrics = m_table->fontMetrics();
        const int line = metrics.horizontalAdvance(QString::number(m_model->table().rowCount() + 1)) + 44;
        const int address = metrics.horizontalAdvance(QStringLiteral("255.255.255.255:65535")) + 16;
        QHeaderView *header = m_table->horizontalHeader();
        header->resizeSection(ObservedTableModel::LineColumn,
                              std::max(header->sectionSize(ObservedTableModel::LineColumn), line));
        for (int c = ObservedTableModel::InsideGlobalColumn; c <= ObservedTableModel::OutsideGlobalColumn; ++c)
            header->resizeSection(c, std::max(header->sectionSize(c), address));
    });
    if (project) {
        connect(project, &Project::objectInserted, this, &ObservedTableView::refillDevices);
        connect(project, &Project::objectRemoved, this, &ObservedTableView::refillDevices);
        connect(project, &Project::resetDone, this, &ObservedTableView::refillDevices);
        connect(project, &Project::valueChanged, this, [this](ObjectId id, FieldKey key) {
            if (key == Field::name && m_project->kind(id) == ObjectKind::Device)
                refillDevices();
        });
    }
    retranslate();
    refillDevices();
}

ObjectId ObservedTableView::device() const
{
    return m_model->device();
}

void ObservedTableView::setDevice(ObjectId device)
{
    const int i = m_devices->findData(device);
    if (i >= 0)
        m_devices->setCurrentIndex(i);
}

void ObservedTableView::setCurrentObject(ObjectId id)
{
    while (m_project && id != NoId && m_project->kind(id) != ObjectKind::Device)
        id = m_project->parentOf(id);
    if (id != NoId)
        setDevice(id);
}

void ObservedTableView::showPreview(const ObservedTable &table)
{
    m_preview = true;
    m_deviceLabel->hide();
    m_devices->hide();
    m_model->setTable(table);
}

void ObservedTableView::refillDevices()
{
    if (!m_project || m_preview)
        return;
    const ObjectId current = device();
    const QSignalBlocker blocker(m_devices);
    m_devices->clear();
    for (ObjectId id : m_project->objects(ObjectKind::Device))
        m_devices->addItem(m_project->name(id), id);
    // Prefer the current device, else the first one that has an observed table.
    int index = m_devices->findData(current);
    for (int i = 0; index < 0 && i < m_devices->count(); ++i) {
        if (!StoredObservedTable::of(*m_project, m_devices->itemData(i).toUInt()).isEmpty())
            index = i;
    }
    m_devices->setCurrentIndex(index < 0 ? 0 : index);
    const ObjectId now = m_devices->currentData().toUInt();
    if (now != current || !m_project->contains(current)) {
        m_model->setDevice(now);
        emit deviceChanged(now);
    }
}

QString ObservedTableView::summaryText() const
{
    const ObservedTable &t = m_model->table();
    if (t.rowCount() == 0)
        return m_preview ? tr("No translations read.")
                         : tr("No observed table on this device. Use File → Import NAT Translations.");
    QStringList parts;
    parts << tr("%Ln translation(s)", nullptr, t.rowCount());
    parts << tr("%n appliance(s) on UDP 4500", nullptr, int(t.appliances().size()));
    QString text = parts.join(QStringLiteral(" · "));
    if (t.translations().format == ObservedTranslations::Captured)
        text = tr("Captured: reconstructed from %1. %2")
                   .arg(t.translations().commands.join(QStringLiteral(", ")), text);
    for (int c = 0; c < t.collisions().size(); ++c)
        text += QStringLiteral("\n") + tr("Collision: %1").arg(t.describeCollision(c, m_project));
    return text;
}

void ObservedTableView::updateSummary()
{
    m_summary->setText(summaryText());
    const bool collision = !m_model->table().collisions().isEmpty();
    Theme::mark(m_summary, collision ? Theme::Mark::Text : Theme::Mark::Plain, Theme::Collision);
    QFont font = m_summary->font();
    font.setBold(collision);
    m_summary->setFont(font);
}

QString ObservedTableView::countText() const
{
    const int all = m_model->table().rowCount();
    const int shown = m_model->rowCount();
    const QLocale locale; // the interface's language (LanguageManager)
    if (m_model->isFiltering())
        return tr("%1 matches so far…").arg(locale.toString(m_model->matchesSoFar()));
    if (all == 0 || shown == all)
        return QString();
    return tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(all));
}

void ObservedTableView::updateCount()
{
    m_count->setText(countText());
}

void ObservedTableView::retranslate()
{
    m_deviceLabel->setText(tr("NAT device:"));
    m_filter->setPlaceholderText(tr("Filter: address, port or appliance"));
    updateSummary();
    updateCount();
    // The header texts of the language shown (and their sort arrows) are not cut.
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < ObservedTableModel::ColumnCount; ++c)
        header->resizeSection(c, std::max(header->sectionSize(c), header->sectionSizeHint(c)));
}

void ObservedTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ObservedTableView::showEvent(QShowEvent *event)
{
    m_model->prepareSearch(); // the search copy, between events, before the first keystroke
    QWidget::showEvent(event);
}
