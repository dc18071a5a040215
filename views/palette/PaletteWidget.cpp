#include "PaletteWidget.h"

#include "KindIcons.h"
#include "PaletteMime.h"
#include "TypeBadge.h"

#include <QEvent>

namespace {

constexpr int EntryRole = Qt::UserRole + 1;

FieldValues preset(FieldKey key, const char *value)
{
    return {{key, QString::fromLatin1(value)}};
}

const char *const kHeaders[] = {
    QT_TRANSLATE_NOOP("PaletteWidget", "Sites"),
    QT_TRANSLATE_NOOP("PaletteWidget", "NAT devices"),
    QT_TRANSLATE_NOOP("PaletteWidget", "HCX appliances"),
};

} // namespace

const QList<PaletteWidget::Entry> &PaletteWidget::entries()
{
    static const QList<Entry> list = {
        {ObjectKind::Site, preset(Field::kind, "on-prem"), QT_TR_NOOP("On-premises site"),
         QT_TR_NOOP("The customer's data centre: the source site of the Service Mesh")},
        {ObjectKind::Site, preset(Field::kind, "cloud-sddc"), QT_TR_NOOP("Cloud SDDC"),
         QT_TR_NOOP("The destination SDDC (VMware Cloud on AWS, AVS, …)")},
        {ObjectKind::Site, preset(Field::kind, "internet"), QT_TR_NOOP("Internet / transit"),
         QT_TR_NOOP("The network between the sites")},
        {ObjectKind::Site, preset(Field::kind, "home-lab"), QT_TR_NOOP("Home lab"),
         QT_TR_NOOP("A lab behind a consumer router")},
        {ObjectKind::Device, preset(Field::kind, "router"), QT_TR_NOOP("NAT router"),
         QT_TR_NOOP("A router that translates addresses (Cisco IOS PAT by default)")},
        {ObjectKind::Device, preset(Field::kind, "firewall"), QT_TR_NOOP("NAT firewall"),
         QT_TR_NOOP("A firewall that translates addresses")},
        {ObjectKind::Appliance, preset(Field::type, "manager"), QT_TR_NOOP("HCX Manager"),
         QT_TR_NOOP("HCX Manager (Connector) at the source site")},
        {ObjectKind::Appliance, preset(Field::type, "cloud-manager"), QT_TR_NOOP("HCX Cloud Manager"),
         QT_TR_NOOP("HCX Cloud Manager at the destination")},
        {ObjectKind::Appliance, preset(Field::type, "IX"), QT_TR_NOOP("IX (Interconnect)"),
         QT_TR_NOOP("HCX-WAN-IX: migration traffic over IPsec, UDP 4500")},
        {ObjectKind::Appliance, preset(Field::type, "NE"), QT_TR_NOOP("NE (Network Extension)"),
         QT_TR_NOOP("HCX-NET-EXT: L2 extension over IPsec, UDP 4500")},
        {ObjectKind::Appliance, preset(Field::type, "WO"), QT_TR_NOOP("WO (WAN Optimization)"),
         QT_TR_NOOP("WAN Optimization appliance")},
        {ObjectKind::Appliance, preset(Field::type, "SGW"), QT_TR_NOOP("SGW (Sentinel Gateway)"),
         QT_TR_NOOP("Sentinel Gateway for OS-assisted migration")},
        {ObjectKind::Appliance, preset(Field::type, "SDR"), QT_TR_NOOP("SDR (Sentinel Data Receiver)"),
         QT_TR_NOOP("Sentinel Data Receiver at the destination")},
    };
    return list;
}

PaletteWidget::PaletteWidget(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(22, 22));
    setUniformItemSizes(false);
    const QList<Entry> &all = entries();
    ObjectKind group = ObjectKind::None;
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].kind != group) {
            group = all[i].kind;
            auto *header = new QListWidgetItem(this);
            header->setFlags(Qt::ItemIsEnabled);
            QFont font = header->font();
            font.setBold(true);
            header->setFont(font);
            m_headers.append(header);
        }
        auto *item = new QListWidgetItem(this);
        item->setData(EntryRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        item->setIcon(all[i].kind == ObjectKind::Appliance
                          ? TypeBadge::icon(all[i].values.value(Field::type).toString())
                          : KindIcons::icon(all[i].kind));
        m_items.append(item);
    }
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QVariant i = item->data(EntryRole);
        if (i.isValid())
            emit addRequested(entries().at(i.toInt()).kind, entries().at(i.toInt()).values);
    });
    retranslate();
}

QListWidgetItem *PaletteWidget::entryItem(int i) const
{
    return m_items.value(i);
}

QStringList PaletteWidget::mimeTypes() const
{
    return {PaletteMime::format()};
}

Qt::DropActions PaletteWidget::supportedDropActions() const
{
    // Copy only: a "move" would take the entry out of the palette.
    return Qt::CopyAction;
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty() || !items.first()->data(EntryRole).isValid())
        return nullptr;
    const Entry &entry = entries().at(items.first()->data(EntryRole).toInt());
    return PaletteMime::encode(entry.kind, entry.values);
}

void PaletteWidget::retranslate()
{
    for (int g = 0; g < m_headers.size(); ++g)
        m_headers[g]->setText(tr(kHeaders[g]));
    for (QListWidgetItem *item : std::as_const(m_items)) {
        const Entry &entry = entries().at(item->data(EntryRole).toInt());
        item->setText(tr(entry.label));
        item->setToolTip(tr(entry.tip) + QLatin1Char('\n')
                         + tr("Drag onto the diagram, or double-click to add to the "
                              "selected site."));
    }
}

void PaletteWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
}
