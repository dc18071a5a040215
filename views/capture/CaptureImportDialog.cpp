#include "CaptureImportDialog.h"

#include "Project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CaptureImportDialog::CaptureImportDialog(const Project &project, const QStringList &files,
                                         ObjectId device, QWidget *parent)
    : QDialog(parent), m_project(project), m_devices(project.objects(ObjectKind::Device)),
      m_table(new QTableWidget(int(files.size()), 3, this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("captureImportDialog"));
    setWindowTitle(tr("Import Packet Captures"));
    auto *intro = new QLabel(tr("Where was each capture taken? MeshNAT pairs the packets seen inside "
                                "and outside one NAT device to reconstruct the translations it made."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Capture file"), tr("NAT device"), tr("Capture point")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < files.size(); ++row) {
        auto *name = new QTableWidgetItem(QFileInfo(files[row]).fileName());
        name->setData(Qt::UserRole, files[row]);
        name->setToolTip(files[row]);
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        auto *devices = new QComboBox(m_table);
        for (ObjectId id : std::as_const(m_devices))
            devices->addItem(project.displayName(id), id);
        devices->setCurrentIndex(qMax(0, int(m_devices.indexOf(device))));
        m_table->setCellWidget(row, 1, devices);
        auto *point = new QComboBox(m_table);
        point->addItem(tr("Inside (appliance side)"), Inside);
        point->addItem(tr("Outside (internet side)"), Outside);
        // A guess from the name, else the first inside and the rest outside.
        const QString lower = QFileInfo(files[row]).fileName().toLower();
        const bool outside = lower.contains(QLatin1String("out")) || lower.contains(QLatin1String("wan"))
                             || (!lower.contains(QLatin1String("in")) && row > 0);
        point->setCurrentIndex(outside ? 1 : 0);
        m_table->setCellWidget(row, 2, point);
        connect(devices, &QComboBox::currentIndexChanged, this, &CaptureImportDialog::check);
        connect(point, &QComboBox::currentIndexChanged, this, &CaptureImportDialog::check);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 320);
    check();
}

QList<CaptureImportDialog::Assignment> CaptureImportDialog::assignments() const
{
    QList<Assignment> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Assignment a;
        a.file = m_table->item(row, 0)->data(Qt::UserRole).toString();
        a.device = static_cast<QComboBox *>(m_table->cellWidget(row, 1))->currentData().value<ObjectId>();
        a.point = Point(static_cast<QComboBox *>(m_table->cellWidget(row, 2))->currentData().toInt());
        out.append(a);
    }
    return out;
}

void CaptureImportDialog::assign(int row, ObjectId device, Point point)
{
    auto *devices = static_cast<QComboBox *>(m_table->cellWidget(row, 1));
    devices->setCurrentIndex(devices->findData(QVariant::fromValue(device)));
    auto *points = static_cast<QComboBox *>(m_table->cellWidget(row, 2));
    points->setCurrentIndex(points->findData(int(point)));
}

void CaptureImportDialog::check()
{
    // One inside and at most one outside capture per device.
    QString problem;
    bool blocking = false;
    QHash<ObjectId, int> insides, outsides;
    for (const Assignment &a : assignments())
        ++(a.point == Inside ? insides[a.device] : outsides[a.device]);
    for (ObjectId device : std::as_const(m_devices)) {
        if (insides.value(device) > 1 || outsides.value(device) > 1) {
            blocking = true;
            problem = tr("%1 has more than one capture at the same point; give each device one "
                         "inside and one outside capture.").arg(m_project.displayName(device));
            break;
        }
        if (outsides.value(device) == 1 && insides.value(device) == 0)
            problem = tr("%1 has an outside capture only: its tunnels and NAT detection are shown, "
                         "no translations.").arg(m_project.displayName(device));
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(!blocking);
}
