#include "ReportDialog.h"

#include "ReportWriter.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

ReportDialog::ReportDialog(WriterFactory factory, FileNamePrompt askFileName,
                           const ReportOptions &defaults, QWidget *parent)
    : QDialog(parent)
    , m_factory(std::move(factory))
    , m_askFileName(std::move(askFileName))
    , m_defaults(defaults)
    , m_language(new QComboBox(this))
    , m_fullTable(new QCheckBox(this))
    , m_languageLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_pdf(new QPushButton(this))
    , m_html(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(defaults.language)));
    m_fullTable->setChecked(defaults.fullTable);
    m_status->setWordWrap(true);

    auto *options = new QHBoxLayout;
    options->addWidget(m_languageLabel);
    options->addWidget(m_language);
    options->addSpacing(16);
    options->addWidget(m_fullTable);
    options->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_html);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportDialog::refresh);
    connect(m_fullTable, &QCheckBox::toggled, this, &ReportDialog::refresh);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_html, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("html")); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_pdf->setDefault(true);
    resize(900, 760);
    retranslate();
    refresh();
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o = m_defaults;
    o.language = m_language->currentData().toString();
    o.fullTable = m_fullTable->isChecked();
    return o;
}

QString ReportDialog::previewText() const
{
    return m_preview->toPlainText();
}

void ReportDialog::refresh()
{
    const std::unique_ptr<ReportWriter> writer = m_factory(options());
    m_preview->setHtml(writer->previewHtml());
}

bool ReportDialog::exportTo(const QString &fileName)
{
    const std::unique_ptr<ReportWriter> writer = m_factory(options());
    const bool pdf = QFileInfo(fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const bool ok = pdf ? writer->writePdf(fileName) : writer->writeHtml(fileName);
    m_error = ok ? QString() : writer->errorString();
    m_status->setText(ok ? tr("Report written to %1").arg(QFileInfo(fileName).fileName())
                         : m_error);
    Theme::mark(m_status, ok ? Theme::Mark::Plain : Theme::Mark::Text, Theme::Error);
    return ok;
}

void ReportDialog::exportAs(const QString &suffix)
{
    const QString fileName = m_askFileName(QStringLiteral("report.%1").arg(suffix));
    if (fileName.isEmpty())
        return;
    exportTo(QFileInfo(fileName).suffix().isEmpty() ? fileName + QLatin1Char('.') + suffix
                                                     : fileName);
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslate()
{
    setWindowTitle(tr("Export Report"));
    m_languageLabel->setText(tr("Report language:"));
    m_fullTable->setText(tr("Appendix: the full NAT table"));
    m_fullTable->setToolTip(tr("The report always lists the appliances' and the collisions' "
                               "translations; this adds every other row (office traffic) at the "
                               "end."));
    m_pdf->setText(tr("Export PDF…"));
    m_html->setText(tr("Export HTML…"));
    m_close->setText(tr("Close"));
}
