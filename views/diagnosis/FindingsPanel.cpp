#include "FindingsPanel.h"

#include "Diagnoser.h"
#include "Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Role { FindingRole = Qt::UserRole, EvidenceRole, EventRole, ObjectRole };

Theme::Role severityRole(Finding::Severity severity)
{
    return severity == Finding::Error     ? Theme::Error
           : severity == Finding::Warning ? Theme::Warning
                                          : Theme::Info;
}
} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_cause(new QTextBrowser(this))
    , m_fixSummary(new QLabel(this))
    , m_fixText(new QPlainTextEdit(this))
    , m_fixNote(new QLabel(this))
    , m_copy(new QPushButton(this))
    , m_apply(new QPushButton(this))
{
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_cause->setOpenLinks(false);
    m_fixText->setReadOnly(true);
    m_fixText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_fixText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fixText->setObjectName(QStringLiteral("fixText"));
    m_fixNote->setWordWrap(true);
    m_fixSummary->setWordWrap(true);
    m_fixSummary->setFont(bold);
    m_apply->setObjectName(QStringLiteral("applyFixButton"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_list);

    // List | root cause | fix, side by side: the bottom dock is wide and low.
    auto *causeBox = new QWidget(this);
    auto *causeLayout = new QVBoxLayout(causeBox);
    causeLayout->setContentsMargins(0, 0, 0, 0);
    causeLayout->addWidget(m_title);
    causeLayout->addWidget(m_cause, 1);

    auto *fixBox = new QWidget(this);
    auto *fixLayout = new QVBoxLayout(fixBox);
    fixLayout->setContentsMargins(0, 0, 0, 0);
    auto *fixHeader = new QHBoxLayout;
    fixHeader->addWidget(m_fixSummary, 1);
    fixHeader->addWidget(m_copy);
    fixHeader->addWidget(m_apply);
    fixLayout->addLayout(fixHeader);
    fixLayout->addWidget(m_fixText, 1);
    fixLayout->addWidget(m_fixNote);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(causeBox);
    split->addWidget(fixBox);
    split->setSizes({400, 330, 470});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showCurrent(); });
    connect(m_list, &QTreeWidget::itemActivated, this, &FindingsPanel::onActivated);
    connect(m_list, &QTreeWidget::itemClicked, this, &FindingsPanel::onActivated);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_fixText->toPlainText());
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (currentFinding() >= 0)
            emit applyFixRequested(currentFinding());
    });
    retranslate();
    setFindings({});
}

void FindingsPanel::setFindings(const QList<Finding> &findings, const QStringList &checks)
{
    m_checks = checks;
    const int previous = currentFinding();
    const QString previousTitle = previous >= 0 ? m_findings.value(previous).title : QString();
    m_findings = findings;
    m_list->clear();
    int errors = 0, warnings = 0, select = findings.isEmpty() ? -1 : 0;
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings[i];
        errors += f.severity == Finding::Error;
        warnings += f.severity == Finding::Warning;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, f.title);
        item->setToolTip(0, f.title);
        item->setData(0, FindingRole, i);
        item->setIcon(0, Theme::icon(severityRole(f.severity), palette()));
        for (int e = 0; e < f.evidence.size(); ++e) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, f.evidence[e].text);
            child->setToolTip(0, f.evidence[e].text);
            child->setData(0, FindingRole, i);
            child->setData(0, EvidenceRole, e);
            child->setData(0, EventRole, f.evidence[e].event);
            child->setData(0, ObjectRole, f.evidence[e].object);
        }
        item->setExpanded(true);
        if (f.title == previousTitle)
            select = i;
    }
    m_summary->setText(findings.isEmpty()
                           ? tr("No findings: nothing in this project explains a Down tunnel.")
                           : tr("Findings: %1 — errors: %2, warnings: %3")
                                 .arg(findings.size())
                                 .arg(errors)
                                 .arg(warnings));
    setCurrentFinding(select);
    showCurrent();
    emit countChanged(errors, warnings);
}

int FindingsPanel::currentFinding() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, FindingRole).toInt() : -1;
}

void FindingsPanel::setCurrentFinding(int index)
{
    m_list->setCurrentItem(index >= 0 && index < m_list->topLevelItemCount()
                               ? m_list->topLevelItem(index)
                               : nullptr);
}

void FindingsPanel::activateEvidence(int row)
{
    QTreeWidgetItem *top = m_list->topLevelItem(std::max(currentFinding(), 0));
    if (top && row >= 0 && row < top->childCount()) {
        m_list->setCurrentItem(top->child(row));
        onActivated(top->child(row));
    }
}

void FindingsPanel::onActivated(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, EvidenceRole).isValid())
        return;
    emit evidenceActivated(item->data(0, EventRole).toInt(), item->data(0, ObjectRole).toUInt());
}

void FindingsPanel::showCurrent()
{
    const int index = currentFinding();
    const bool have = index >= 0 && index < m_findings.size();
    const Finding f = have ? m_findings[index] : Finding();
    m_title->setText(have ? QStringLiteral("%1 %2 — %3")
                                .arg(Theme::glyph(severityRole(f.severity)),
                                     Diagnoser::severityName(f.severity), f.title)
                          : QString());
    Theme::mark(m_title, have ? Theme::Mark::Text : Theme::Mark::Plain, severityRole(f.severity));
    if (have) {
        m_cause->setPlainText(f.cause);
    } else if (m_findings.isEmpty() && !m_checks.isEmpty()) {
        QString text = tr("Checked:") + QLatin1Char('\n');
        for (const QString &check : m_checks)
            text += QStringLiteral("✓ ") + check + QLatin1Char('\n');
        m_cause->setPlainText(text);
    } else {
        m_cause->clear();
    }
    m_fixSummary->setText(have && !f.fix.isEmpty() ? tr("Fix: %1").arg(f.fix.summary) : QString());
    m_fixText->setPlainText(have ? f.fix.config : QString());
    m_fixNote->setText(have ? f.fix.note : QString());
    m_copy->setEnabled(have && !f.fix.config.isEmpty());
    m_apply->setEnabled(have && !f.fix.changes.isEmpty());
}

void FindingsPanel::retranslate()
{
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the configuration to the clipboard"));
    m_apply->setText(tr("&Apply Fix"));
    m_apply->setToolTip(tr("Change the project as the fix does (one undo step) and simulate again"));
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit languageChanged();
    }
    if (event->type() == QEvent::PaletteChange) { // the severity icons are drawn in its colours
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_list->topLevelItem(i);
            const int finding = item->data(0, FindingRole).toInt();
            if (finding >= 0 && finding < m_findings.size())
                item->setIcon(0, Theme::icon(severityRole(m_findings[finding].severity), palette()));
        }
    }
    QWidget::changeEvent(event);
}
