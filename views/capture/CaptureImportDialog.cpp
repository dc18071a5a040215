#include "CaptureImportDialog.h"

#include "CaptureReader.h"
#include "Project.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {
// Whether libpcap reads the file and MeshNAT knows its link type: the verdict
// (empty when readable) and, when readable, what it is.
QString verdictOf(const QString &file, QString *what)
{
    CaptureReader reader;
    if (!reader.open(file))
        return reader.summary().error;
    *what = reader.summary().pcapng ? CaptureImportDialog::tr("pcapng, readable")
                                    : CaptureImportDialog::tr("pcap, readable");
    return {};
}
} // namespace

CaptureImportDialog::CaptureImportDialog(const Project &project, const QStringList &files,
                                         ObjectId device, QWidget *parent)
    : QDialog(parent), m_project(project), m_devices(project.objects(ObjectKind::Device)),
      m_device(device), m_table(new QTableWidget(0, ColumnCount, this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("captureImportDialog"));
    setWindowTitle(tr("Import Packet Captures"));
    auto *intro = new QLabel(tr("Where was each capture taken? MeshNAT pairs the packets seen inside "
                                "and outside one NAT device to reconstruct the translations it made."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Capture file"), tr("NAT device"), tr("Capture point"), tr("Check")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    Theme::mark(m_problem, Theme::Mark::Text, Theme::Warning);

    auto *add = new QPushButton(tr("Add Captures…"), this);
    add->setObjectName(QStringLiteral("addCaptures"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeCapture"));
    connect(add, &QPushButton::clicked, this, &CaptureImportDialog::addRequested);
    connect(m_remove, &QPushButton::clicked, this, &CaptureImportDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    m_remove->setEnabled(false);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);

    // A custom accept button: QDialogButtonBox resets a standard button's text to "OK" on LanguageChange.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = new QPushButton(tr("Import"), this);
    m_ok->setObjectName(QStringLiteral("importButton"));
    m_ok->setDefault(true);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(900, 340);
    addFiles(files);
    check();
}

int CaptureImportDialog::rowCount() const
{
    return m_table->rowCount();
}

void CaptureImportDialog::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        bool listed = false;
        for (int row = 0; row < m_table->rowCount() && !listed; ++row)
            listed = m_table->item(row, FileColumn)->data(Qt::UserRole).toString() == file;
        if (listed || file.isEmpty())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(QFileInfo(file).fileName());
        name->setData(Qt::UserRole, file);
        name->setToolTip(file);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, FileColumn, name);
        auto *devices = new QComboBox(m_table);
        for (ObjectId id : std::as_const(m_devices))
            devices->addItem(m_project.displayName(id), id);
        devices->setCurrentIndex(qMax(0, int(m_devices.indexOf(m_device))));
        m_table->setCellWidget(row, DeviceColumn, devices);
        auto *point = new QComboBox(m_table);
        point->addItem(tr("Inside (appliance side)"), Inside);
        point->addItem(tr("Outside (internet side)"), Outside);
        // A guess from the name, else the first inside and the rest outside.
        const QString lower = QFileInfo(file).fileName().toLower();
        const bool outside = lower.contains(QLatin1String("out")) || lower.contains(QLatin1String("wan"))
                             || (!lower.contains(QLatin1String("in")) && row > 0);
        point->setCurrentIndex(outside ? 1 : 0);
        m_table->setCellWidget(row, PointColumn, point);
        QString what;
        const QString error = verdictOf(file, &what);
        // The row names the file already: its verdict without the full path.
        const QString shown = error.isEmpty() ? what : QString(error).replace(file, QFileInfo(file).fileName());
        auto *verdict = new QTableWidgetItem(shown);
        verdict->setData(Qt::UserRole, error);
        verdict->setToolTip(error.isEmpty() ? what : error);
        verdict->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (!error.isEmpty()) {
            verdict->setForeground(Theme::color(Theme::Error));
            verdict->setIcon(Theme::icon(Theme::Error));
        }
        m_table->setItem(row, CheckColumn, verdict);
        connect(devices, &QComboBox::currentIndexChanged, this, &CaptureImportDialog::check);
        connect(point, &QComboBox::currentIndexChanged, this, &CaptureImportDialog::check);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CheckColumn, QHeaderView::Stretch);
    check();
}

void CaptureImportDialog::removeRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    check();
}

void CaptureImportDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    check();
}

QList<CaptureImportDialog::Assignment> CaptureImportDialog::assignments() const
{
    QList<Assignment> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Assignment a;
        a.file = m_table->item(row, FileColumn)->data(Qt::UserRole).toString();
        a.device = static_cast<QComboBox *>(m_table->cellWidget(row, DeviceColumn))->currentData().value<ObjectId>();
        a.point = Point(static_cast<QComboBox *>(m_table->cellWidget(row, PointColumn))->currentData().toInt());
        a.error = m_table->item(row, CheckColumn)->data(Qt::UserRole).toString();
        out.append(a);
    }
    return out;
}

void CaptureImportDialog::assign(int row, ObjectId device, Point point)
{
    auto *devices = static_cast<QComboBox *>(m_table->cellWidget(row, DeviceColumn));
    devices->setCurrentIndex(devices->findData(QVariant::fromValue(device)));
    auto *points = static_cast<QComboBox *>(m_table->cellWidget(row, PointColumn));
    points->setCurrentIndex(points->findData(int(point)));
}

QString CaptureImportDialog::problemText() const
{
    return m_problem->text();
}

void CaptureImportDialog::check()
{
    // Readable files only; one NAT device; one inside and at most one outside capture.
    QStringList problems;
    bool blocking = false;
    QHash<ObjectId, int> insides, outsides;
    QList<ObjectId> devices;
    int unreadable = 0;
    for (const Assignment &a : assignments()) {
        if (!a.error.isEmpty()) {
            ++unreadable;
            problems << tr("%1 is left out: %2")
                            .arg(QFileInfo(a.file).fileName(),
                                 QString(a.error).replace(a.file, QFileInfo(a.file).fileName()));
            continue;
        }
        ++(a.point == Inside ? insides[a.device] : outsides[a.device]);
        if (!devices.contains(a.device))
            devices << a.device;
    }
    if (devices.isEmpty()) {
        blocking = true;
        if (!unreadable)
            problems << tr("Add the captures taken inside and outside the NAT device.");
    } else if (devices.size() > 1) {
        blocking = true;
        problems << tr("The captures are assigned to %n NAT device(s); import the captures of one "
                       "device at a time.", nullptr, int(devices.size()));
    }
    for (ObjectId device : std::as_const(devices)) {
        if (insides.value(device) > 1 || outsides.value(device) > 1) {
            blocking = true;
            problems << tr("%1 has more than one capture at the same point; give each device one "
                           "inside and one outside capture.").arg(m_project.displayName(device));
        } else if (outsides.value(device) == 1 && insides.value(device) == 0) {
            problems << tr("%1 has an outside capture only: its tunnels and NAT detection are shown, "
                           "no translations.").arg(m_project.displayName(device));
        } else if (insides.value(device) == 1 && outsides.value(device) == 0) {
            problems << tr("%1 has an inside capture only: its tunnels and NAT detection are shown, "
                           "no translations.").arg(m_project.displayName(device));
        }
    }
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_ok->setEnabled(!blocking);
}
