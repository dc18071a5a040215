#include "CaptureView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CaptureView::CaptureView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_translations(new CapturedTranslationModel(this)), m_timeline(new CapturedTimelineModel(this)),
      m_comparison(new CaptureComparisonModel(this))
{
    setObjectName(QStringLiteral("captureView"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QAbstractItemModel *models[3] = {m_translations, m_timeline, m_comparison};
    for (int i = 0; i < 3; ++i) {
        m_views[i] = new QTableView(this);
        m_views[i]->setModel(models[i]);
        m_views[i]->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_views[i]->setAlternatingRowColors(true);
        m_views[i]->verticalHeader()->hide();
        m_views[i]->horizontalHeader()->setStretchLastSection(true);
        m_views[i]->setWordWrap(false);
        m_tabs->addTab(m_views[i], QString());
    }
    m_views[ComparisonTab]->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void CaptureView::setEvidence(std::shared_ptr<const CaptureEvidence> evidence)
{
    m_evidence = std::move(evidence);
    m_translations->setEvidence(m_evidence);
    m_timeline->setEvidence(m_evidence);
    m_comparison->setEvidence(m_evidence);
    for (QTableView *view : m_views)
        view->resizeColumnsToContents();
    m_views[ComparisonTab]->resizeRowsToContents();
    retranslate();
}

void CaptureView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString CaptureView::summaryText() const
{
    if (!m_evidence)
        return tr("No packet capture imported. File → Import Packet Captures…");
    const CaptureReconstruction &r = m_evidence->reconstruction;
    QStringList files;
    if (!r.inside.summary.source.isEmpty())
        files << tr("%1 (inside)").arg(r.inside.summary.source.section(QLatin1Char('/'), -1));
    if (!r.outside.summary.source.isEmpty())
        files << tr("%1 (outside)").arg(r.outside.summary.source.section(QLatin1Char('/'), -1));
    int up = 0;
    for (const ReconstructedTunnel &t : r.tunnels)
        up += t.up();
    QString text = tr("Captured at %1: %2. %n translation(s) reconstructed", nullptr,
                      int(r.mappings.size()))
                       .arg(m_evidence->deviceName, files.join(tr(", ")));
    text += tr("; %n tunnel(s) in the capture", nullptr, int(r.tunnels.size()));
    text += tr(", %n Up.", nullptr, up);
    if (m_evidence->comparison) {
        int shown = 0;
        for (const CaptureDisagreement &d : m_evidence->comparison->disagreements())
            shown += d.severity != CaptureDisagreement::Info;
        text += QLatin1Char(' ')
                + (m_evidence->comparison->agrees()
                       ? tr("The simulation agrees with the capture.")
                       : tr("The simulation disagrees with the capture in %n point(s).", nullptr, shown));
    }
    return text;
}

void CaptureView::retranslate()
{
    m_tabs->setTabText(TranslationsTab, tr("Captured NAT table"));
    m_tabs->setTabText(TimelineTab, tr("Captured timeline"));
    m_tabs->setTabText(ComparisonTab, tr("Capture vs simulation"));
    m_summary->setText(summaryText());
}

void CaptureView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
