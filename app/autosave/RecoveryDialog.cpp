#include "RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RecoveryDialog::RecoveryDialog(const QList<AutosaveEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Projects"));
    auto *intro = new QLabel(
        tr("<p><b>MeshNAT did not close normally.</b> It had autosaved the unsaved changes "
           "of these projects.</p>"
           "<p>Recover opens the selected copy as an unsaved project; the other copies "
           "are offered again next time. Discard deletes every copy listed here. Later "
           "keeps them all for the next start.</p>"),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Project"), tr("Original file"), tr("Saved")});
    for (const AutosaveEntry &entry : entries) {
        const QString title = entry.title.isEmpty() ? entry.displayName : entry.title;
        const QString origin = entry.originalPath.isEmpty()
                                   ? tr("%1 (never saved)").arg(entry.displayName)
                                   : QDir::toNativeSeparators(entry.originalPath);
        auto *item = new QTreeWidgetItem(m_list, {title, origin, savedAtText(entry)});
        item->setToolTip(0, title);
        item->setToolTip(1, origin);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    setSelectedIndex(0);

    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_recover->setDefault(true);
    connect(m_recover, &QPushButton::clicked, this, [this] { choose(Recover); });
    connect(m_discard, &QPushButton::clicked, this, [this] { choose(Discard); });
    connect(m_later, &QPushButton::clicked, this, [this] { choose(Later); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { choose(Recover); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_recover->setEnabled(current != nullptr); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(720, 320);
}

QString RecoveryDialog::savedAtText(const AutosaveEntry &entry)
{
    // One unambiguous form whatever the interface language (not the system locale's).
    return entry.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int RecoveryDialog::selectedIndex() const
{
    return m_list->indexOfTopLevelItem(m_list->currentItem());
}

void RecoveryDialog::setSelectedIndex(int index)
{
    m_list->setCurrentItem(m_list->topLevelItem(index));
}

QPushButton *RecoveryDialog::button(Choice choice) const
{
    switch (choice) {
    case Recover: return m_recover;
    case Discard: return m_discard;
    case Later: break;
    }
    return m_later;
}

void RecoveryDialog::choose(Choice choice)
{
    if (choice == Recover && selectedIndex() < 0)
        return;
    m_choice = choice;
    if (choice == Later)
        reject();
    else
        accept();
}
