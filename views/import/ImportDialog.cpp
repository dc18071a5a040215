#include "ImportDialog.h"

#include "CiscoConfigReader.h"
#include "KindIcons.h"
#include "ModelEnums.h"
#include "ObservedTableLoader.h"
#include "ObservedTableView.h"
#include "Printable.h"
#include "Project.h"
#include "ProjectImporter.h"
#include "ProjectSchema.h"
#include "ReaderVerdict.h"
#include "RouterDataRegistry.h"
#include "RuleCounters.h"
#include "Theme.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

ImportDialog::ImportDialog(Mode mode, const Project *project, ObjectId currentDevice,
                           QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_project(project)
    , m_intro(new QLabel(this))
    , m_source(new QLabel(this))
    , m_error(new QLabel(this))
    , m_input(new QPlainTextEdit(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_objects(new QTreeWidget(this))
    , m_issues(new QTableWidget(this))
    , m_counters(new QTreeWidget(this))
    , m_countersNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(new QPushButton(this))
    , m_copyNotes(new QPushButton(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(mode == Configuration  ? QStringLiteral("importConfigurationDialog")
                  : mode == Translations ? QStringLiteral("importTranslationsDialog")
                                         : QStringLiteral("pasteRouterOutputDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *fileRow = new QHBoxLayout;
    auto *open = new QPushButton(this);
    open->setObjectName(QStringLiteral("openFile"));
    connect(open, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    fileRow->addWidget(open);
    fileRow->addWidget(m_source, 1);
    m_source->setWordWrap(true); // a long summary (counters, verdicts) must not run off the edge
    layout->addLayout(fileRow);
    Theme::mark(m_error, Theme::Mark::Text, Theme::Error);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setObjectName(QStringLiteral("importInput"));

    // The reader: detected (the first item, which names what was detected) or chosen.
    const RouterDataRegistry &registry = RouterDataRegistry::instance();
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(QString(), QStringLiteral("auto"));
    const QStringList keys = mode == Configuration  ? registry.configKeys()
                             : mode == Translations ? registry.keys()
                                                    : registry.allKeys();
    for (const QString &key : keys)
        m_format->addItem(QString(), key);
    // Rule hit counters: any dialog may be handed them (they are neither kind).
    for (const QString &key : RuleCounters::keys())
        m_format->addItem(QString(), key);
    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    layout->addLayout(form);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);

    if (mode != Configuration) {
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("targetDevice"));
        if (project) {
            for (ObjectId id : project->objects(ObjectKind::Device))
                m_target->addItem(project->name(id), id);
        }
        m_target->addItem(QString(), 0u); // "New NAT device", named in retranslate()
        const int current = m_target->findData(currentDevice);
        m_target->setCurrentIndex(current >= 0 ? current : 0);
        m_appliances = new QCheckBox(this);
        m_appliances->setChecked(true);
        m_targetLabel = new QLabel(this);
        form->addRow(m_targetLabel, m_target);
        form->addRow(QString(), m_appliances);
        connect(m_target, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
        connect(m_appliances, &QCheckBox::toggled, this, &ImportDialog::refresh);
    }

    m_objects->setHeaderHidden(true);
    m_objects->setRootIsDecorated(true);
    m_issues->setColumnCount(4);
    m_issues->verticalHeader()->hide();
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setWordWrap(false);
    m_tabs->addTab(m_objects, QString());
    if (mode != Configuration) {
        m_table = new ObservedTableView(project, this);
        m_tabs->addTab(m_table, QString());
    }
    m_counters->setObjectName(QStringLiteral("ruleCounters"));
    m_counters->setColumnCount(3);
    m_counters->setRootIsDecorated(false);
    m_counters->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Line and counts as wide as they need; the statement gets the rest.
    m_counters->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_counters->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counters->header()->setStretchLastSection(true);
    m_countersNote->setWordWrap(true);
    auto *countersPage = new QWidget(this);
    countersPage->setObjectName(QStringLiteral("ruleCountersPage"));
    auto *countersLayout = new QVBoxLayout(countersPage);
    countersLayout->setContentsMargins(0, 0, 0, 0);
    countersLayout->addWidget(m_countersNote);
    countersLayout->addWidget(m_counters, 1);
    m_tabs->addTab(countersPage, QString());
    m_tabs->addTab(m_issues, QString());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_input);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_copyNotes->setObjectName(QStringLiteral("copyCounterNotes"));
    m_buttons->addButton(m_copyNotes, QDialogButtonBox::ActionRole);
    connect(m_copyNotes, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(countersText()); });
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        refresh();
        if (!m_plan.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ImportDialog::refresh);
    connect(m_input, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    resize(980, 760);
    retranslate();
    refresh();
}

void ImportDialog::chooseFile()
{
    const QString filter = m_mode == Configuration ? tr("Router configurations (*.cfg *.conf *.txt *.log);;All files (*)")
                           : m_mode == Translations ? tr("Command output (*.txt *.log);;All files (*)")
                                                    : tr("Router output (*.cfg *.conf *.txt *.log);;All files (*)");
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Router Output"), QString(), filter);
    if (!file.isEmpty())
        loadFile(file);
}

bool ImportDialog::setFormat(const QString &key)
{
    const int index = m_format->findData(key);
    if (index < 0)
        return false;
    m_format->setCurrentIndex(index); // refreshes
    refresh();
    return true;
}

bool ImportDialog::loadFile(const QString &fileName)
{
    QFile file(fileName);
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("%1: cannot open: %2").arg(fileName, file.errorString());
    else if (m_mode == Configuration && file.size() > CiscoConfigReader::MaxFileSize)
        error = tr("%1 is %2 MB; a router configuration is at most %3 MB.")
                    .arg(QFileInfo(fileName).fileName())
                    .arg(file.size() / (1024 * 1024))
                    .arg(CiscoConfigReader::MaxFileSize / (1024 * 1024));
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    // A busy router's table (any size) is read off the GUI thread, not into the editor.
    if (m_mode != Configuration && file.size() > EditableBytes) {
        const QByteArray head = file.read(RouterDataRegistry::SniffBytes);
        const QString key = m_format->currentData().toString();
        const bool table = m_mode == Translations
                           || RouterDataRegistry::instance().chooseAny(key, head).kind
                                  == RouterDataRegistry::Kind::Table;
        if (table) {
            file.close();
            return loadLargeTable(fileName);
        }
        if (file.size() > CiscoConfigReader::MaxFileSize) {
            m_error->setText(tr("%1 is %2 MB; a router configuration is at most %3 MB.")
                                 .arg(QFileInfo(fileName).fileName())
                                 .arg(file.size() / (1024 * 1024))
                                 .arg(CiscoConfigReader::MaxFileSize / (1024 * 1024)));
            m_error->show();
            return false;
        }
        file.seek(0);
    }
    setText(QString::fromUtf8(file.readAll()), fileName);
    return true;
}

bool ImportDialog::loadLargeTable(const QString &fileName)
{
    // The worker reports through atomics; a timer shows them, and Cancel sets
    // a flag the worker sees within a megabyte of input.
    struct Progress
    {
        std::atomic<int> phase{ObservedTableLoader::Reading};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    const auto shared = std::make_shared<Progress>();
    ObservedTableLoader::Result result;
    // A table reader chosen in the Format combo reads it; otherwise it is detected.
    QString key = m_format->currentData().toString();
    if (!RouterDataRegistry::instance().keys().contains(key))
        key.clear();
    QThread *worker = QThread::create([shared, fileName, key, &result] {
        result = ObservedTableLoader::readFile(
            fileName,
            [shared](ObservedTableLoader::Phase phase, qint64 done, qint64 total) {
                shared->phase = phase;
                shared->done = done;
                shared->total = total;
                return !shared->cancel.load();
            },
            true, key);
    });
    const QString name = QFileInfo(fileName).fileName();
    QProgressDialog progress(this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import NAT Translations"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(460);
    progress.setRange(0, 1000);
    progress.setCancelButtonText(tr("Cancel"));
    const auto update = [&] {
        const auto phase = ObservedTableLoader::Phase(shared->phase.load());
        const qint64 done = shared->done, total = shared->total;
        // Reading takes most of the time, compressing most of the rest.
        static const int start[] = {0, 700, 750}, span[] = {700, 50, 250};
        progress.setValue(start[phase] + (total > 0 ? int(span[phase] * done / total) : 0));
        QString detail;
        if (phase == ObservedTableLoader::Reading && total > 0)
            detail = tr("%1 of %2 MB").arg(double(done) / 1e6, 0, 'f', 1).arg(double(total) / 1e6, 0, 'f', 1);
        else if (phase == ObservedTableLoader::Compressing && total > 0)
            detail = tr("%L1 of %L2 rows").arg(done).arg(total);
        progress.setLabelText(QStringLiteral("%1\n%2\n%3").arg(name, ObservedTableLoader::phaseText(phase), detail));
    };
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, [shared, &progress] {
        shared->cancel = true;
        progress.setLabelText(tr("Cancelling…"));
    });
    QTimer tick;
    tick.setInterval(50);
    connect(&tick, &QTimer::timeout, &progress, [&] {
        if (!shared->cancel)
            update();
    });
    update();
    worker->start();
    tick.start();
    progress.show();
    loop.exec();
    worker->wait();
    delete worker;
    tick.stop();
    progress.close();
    if (result.cancelled) {
        emit importCancelled();
        return false; // the input and the preview are what they were
    }
    if (!result.error.isEmpty()) {
        m_error->setText(result.error);
        m_error->show();
        return false;
    }
    m_loaded = result.table;
    m_loadedFormat = result.format;
    m_hasLoaded = true;
    {
        const QSignalBlocker blocker(m_input);
        m_input->clear();
    }
    m_sourceName = fileName;
    m_error->hide();
    refresh();
    return true;
}

void ImportDialog::setText(const QString &text, const QString &sourceName)
{
    m_loaded = StoredObservedTable();
    m_hasLoaded = false;
    const QSignalBlocker blocker(m_input);
    m_input->setPlainText(text);
    m_sourceName = sourceName;
    m_error->hide();
    refresh();
}

QString ImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportDialog::refresh()
{
    m_debounce->stop();
    const QString text = m_input->toPlainText();
    if (m_hasLoaded && !text.trimmed().isEmpty()) {
        // Text typed or pasted over a table read from a file: the text is the input now.
        m_loaded = StoredObservedTable();
        m_hasLoaded = false;
        m_sourceName.clear();
    }
    const QString source = m_sourceName.isEmpty() ? tr("pasted text") : QFileInfo(m_sourceName).fileName();
    m_plan = ImportPlan();
    m_understood = 0;
    m_notUnderstood = 0;
    if (!m_verdict.isEmpty())
        m_error->hide();
    m_verdict.clear();
    m_readsCounters = false;
    QList<ImportIssue> issues;
    QList<ImportIssue> counterNotes;
    const RouterDataRegistry &registry = RouterDataRegistry::instance();
    const QString key = m_format->currentData().toString();
    const QByteArray bytes = m_hasLoaded ? QByteArray() : text.toUtf8();
    // Rule hit counters: chosen, or detected from the input's start as the CLI detects them.
    const QString countersKey = m_hasLoaded || text.trimmed().isEmpty() || !m_project ? QString()
                                : RuleCounters::keys().contains(key)           ? key
                                : key == QLatin1String("auto")                 ? RuleCounters::detect(bytes.left(RouterDataRegistry::SniffBytes))
                                                                               : QString();
    if (!countersKey.isEmpty()) {
        const RuleCounters::Read counters = RuleCounters::read(countersKey, text);
        m_readsCounters = true;
        m_readerKey = countersKey;
        m_readerName = RuleCounters::displayName(countersKey);
        m_detected = key == QLatin1String("auto");
        m_readsTable = false;
        issues = counters.issues;
        counterNotes = counters.notes;
        m_understood = counters.understood;
        m_verdict = counters.verdict;
        m_summary = tr("%1: %n rule counter(s) read; they count rules, not translations, so "
                       "nothing is added to the project", nullptr, int(counters.notes.size()))
                        .arg(m_readerName);
        if (m_table)
            m_table->showPreview(ObservedTable());
    } else if ((m_hasLoaded || !text.trimmed().isEmpty()) && m_project) {
        // The reader: the one chosen, else the best of the kinds this dialog reads.
        RouterDataRegistry::Choice choice;
        if (m_hasLoaded) {
            choice = registry.chooseAny(m_loadedFormat, QByteArrayView());
            choice.detected = key == QLatin1String("auto");
        } else if (key != QLatin1String("auto")) {
            choice = registry.chooseAny(key, bytes);
        } else {
            for (const RouterDataRegistry::Choice &c : registry.ranking(bytes)) {
                const bool table = c.kind == RouterDataRegistry::Kind::Table;
                if ((m_mode == Configuration && table) || (m_mode == Translations && !table))
                    continue;
                choice = c;
                break;
            }
        }
        m_readerKey = choice.key;
        m_readerName = choice.displayName;
        m_detected = choice.detected;
        m_readsTable = choice.kind == RouterDataRegistry::Kind::Table;
        if (!m_readsTable) {
            const RouterConfigReader *reader = registry.config(choice.key);
            const RouterConfig c = reader->read(text);
            m_plan = ProjectImporter::plan(*m_project, c.ciscoOrNull(), c.linuxOrNull(), nullptr,
                                           nullptr, {});
            issues = c.issues();
            m_understood = c.understood();
            m_verdict = reader->verdict(c);
            m_summary = c.shape == RouterConfig::Linux
                            ? tr("%1: %n NAT rule(s) read", nullptr, c.understood()).arg(m_readerName)
                            : tr("%1: %2 of %3 lines understood")
                                  .arg(m_readerName)
                                  .arg(c.understood())
                                  .arg(c.lines());
            if (m_table)
                m_table->showPreview(ObservedTable());
        } else {
            // Read once and shared with the plan, the undo step and the project.
            const StoredObservedTable stored =
                m_hasLoaded ? m_loaded : StoredObservedTable(ObservedTable::fromData(bytes, choice.key));
            const ObservedTable &table = stored.table();
            ProjectImporter::Options options;
            options.device = m_target->currentData().toUInt();
            options.createAppliances = m_appliances->isChecked();
            m_plan = ProjectImporter::plan(*m_project, nullptr, nullptr, &stored, options);
            issues = table.translations().issues;
            m_understood = table.rowCount();
            m_verdict = ReaderVerdict::translations(table.translations(), m_readerName);
            m_summary = tr("%1: %n translation(s) read", nullptr, table.rowCount()).arg(m_readerName);
            if (!table.collisions().isEmpty())
                m_summary += QStringLiteral(" · ")
                             + tr("%n collision(s) on UDP 4500", nullptr, int(table.collisions().size()));
            m_table->showPreview(table);
        }
    } else {
        m_readerKey.clear();
        m_readerName.clear();
        m_detected = true;
        m_readsTable = m_mode == Translations;
        if (m_table)
            m_table->showPreview(ObservedTable());
    }
    if (m_target) {
        m_target->setEnabled(m_readsTable);
        m_appliances->setEnabled(m_readsTable);
    }
    for (const ImportIssue &i : std::as_const(issues))
        m_notUnderstood += i.severity == ImportIssue::Unknown || i.severity == ImportIssue::Error ? 1 : 0;
    // Not the format at all: one verdict, nothing to import.
    if (!m_verdict.isEmpty()) {
        m_plan = ImportPlan();
        QString message = tr("%1: %2").arg(source, m_verdict);
        if (m_detected)
            message += QLatin1Char(' ')
                       + tr("(detected as the closest known format; choose another under Format "
                            "if it is one)");
        m_error->setText(message);
        m_error->show();
    }
    fillIssues(source, issues);
    fillPlan();
    fillCounters(source, counterNotes);
    m_import->setEnabled(!m_plan.isEmpty());
    m_copyNotes->setVisible(m_readsCounters);
    m_copyNotes->setEnabled(!counterNotes.isEmpty());
    const int countersTab = m_tabs->indexOf(m_counters->parentWidget());
    m_tabs->setTabEnabled(countersTab, m_readsCounters);
    if (m_readsCounters && !counterNotes.isEmpty())
        m_tabs->setCurrentIndex(countersTab);
    else if (!m_readsCounters && m_tabs->currentIndex() == countersTab)
        m_tabs->setCurrentIndex(0);
    retranslate();
}

void ImportDialog::fillCounters(const QString &source, const QList<ImportIssue> &notes)
{
    m_counters->clear();
    for (const ImportIssue &n : notes) {
        auto *item = new QTreeWidgetItem(QStringList{n.line > 0 ? QString::number(n.line) : QString(),
                                                     Printable::text(n.message), Printable::text(n.text)});
        item->setData(0, Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        item->setFont(2, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        item->setData(1, Qt::UserRole, ImportIssues::format(source, n)); // as Copy Notes gives it
        m_counters->addTopLevelItem(item);
    }
}

QString ImportDialog::countersText() const
{
    // The selected notes, or all of them: "file: line N: … (statement)" lines for a report.
    QList<QTreeWidgetItem *> items = m_counters->selectedItems();
    if (items.isEmpty()) {
        for (int i = 0; i < m_counters->topLevelItemCount(); ++i)
            items.append(m_counters->topLevelItem(i));
    }
    QStringList lines;
    for (const QTreeWidgetItem *item : std::as_const(items))
        lines << item->data(1, Qt::UserRole).toString();
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::fillIssues(const QString &, const QList<ImportIssue> &issues)
{
    // The first issues only: a binary file would otherwise fill the table with
    // one "not understood" per line. The last row counts the rest.
    int omitted = 0;
    QList<ImportIssue> all = ReaderVerdict::shownIssues(issues + m_plan.notes,
                                                        ReaderVerdict::ShownIssues * 10, &omitted);
    m_issues->setRowCount(int(all.size()) + (omitted > 0 ? 1 : 0));
    if (omitted > 0)
        m_issues->setItem(int(all.size()), 2, new QTableWidgetItem(ReaderVerdict::omittedText(omitted)));
    for (int r = 0; r < all.size(); ++r) {
        const ImportIssue &i = all.at(r);
        auto *line = new QTableWidgetItem(i.line > 0 ? QString::number(i.line) : QString());
        line->setData(Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        m_issues->setItem(r, 0, line);
        auto *kind = new QTableWidgetItem(ImportIssues::severityName(i.severity));
        if (i.severity == ImportIssue::Error) {
            kind->setForeground(Theme::color(Theme::Error, palette()));
            kind->setIcon(Theme::icon(Theme::Error, palette()));
        }
        m_issues->setItem(r, 1, kind);
        m_issues->setItem(r, 2, new QTableWidgetItem(Printable::text(i.message)));
        auto *text = new QTableWidgetItem(Printable::text(i.text));
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_issues->setItem(r, 3, text);
    }
    m_issues->resizeColumnsToContents();
    m_issues->resizeRowsToContents();
}

void ImportDialog::fillPlan()
{
    m_objects->clear();
    QList<QTreeWidgetItem *> items;
    const ChangeSet &changes = m_plan.changes;
    for (const ChangeSet::Operation &o : changes.operations()) {
        if (o.type == ChangeSet::Operation::Set && o.key == Field::observedTranslations)
            m_objects->addTopLevelItem(new QTreeWidgetItem(
                QStringList{tr("Store the observed table on %1 (replaces what it had)")
                                .arg(m_project->name(o.id))}));
        if (o.type != ChangeSet::Operation::Create)
            continue;
        QStringList parts;
        const QString name = o.values.value(Field::name).toString();
        switch (o.kind) {
        case ObjectKind::Interface:
            parts << QStringLiteral("%1/%2").arg(o.values.value(Field::address).toString())
                         .arg(o.values.value(Field::prefixLength).toInt())
                  << ModelEnums::displayName(o.values.value(Field::role).toString());
            break;
        case ObjectKind::AccessList:
            parts << o.values.value(Field::permit).toStringList().join(QStringLiteral(", "));
            break;
        case ObjectKind::Pool:
            parts << QStringLiteral("%1 – %2").arg(o.values.value(Field::start).toString(),
                                                   o.values.value(Field::end).toString());
            break;
        case ObjectKind::Rule: {
            const QString kind = o.values.value(Field::kind).toString();
            parts << ModelEnums::displayName(kind);
            if (kind == QLatin1String("dynamic-pat"))
                parts << o.values.value(Field::accessList).toString() + QStringLiteral(" → ")
                             + (o.values.value(Field::pool).toString().isEmpty()
                                    ? o.values.value(Field::interface).toString()
                                    : o.values.value(Field::pool).toString());
            else
                parts << o.values.value(Field::insideLocal).toString() + QStringLiteral(" → ")
                             + o.values.value(Field::insideGlobal).toString();
            break;
        }
        case ObjectKind::Device:
            parts << o.values.value(Field::profile).toString();
            if (!o.values.value(Field::observedTranslations).value<StoredObservedTable>().isEmpty())
                parts << tr("with the observed table");
            break;
        case ObjectKind::Appliance:
            parts << o.values.value(Field::uplinkIp).toString();
            break;
        case ObjectKind::Link: {
            // Its ends: new objects of this plan or existing ones.
            QStringList ends;
            for (FieldKey key : {Field::a, Field::b}) {
                const QVariant end = o.values.value(key);
                ends << (end.canConvert<NewObjectRef>()
                             ? changes.created(end.value<NewObjectRef>().index)
                                   .values.value(Field::name)
                                   .toString()
                             : m_project->name(end.toUInt()));
            }
            parts << ends.join(QStringLiteral(" ↔ "));
            break;
        }
        default:
            break;
        }
        QString label = ProjectSchema::kindDisplayName(o.kind);
        if (!name.isEmpty())
            label += QStringLiteral(" ") + name;
        parts.removeAll(QString());
        if (!parts.isEmpty())
            label += QStringLiteral(" — ") + parts.join(QStringLiteral(", "));
        auto *item = new QTreeWidgetItem(QStringList{label});
        item->setIcon(0, KindIcons::icon(o.kind));
        QTreeWidgetItem *parent = o.parent.canConvert<NewObjectRef>()
                                      ? items.value(o.parent.value<NewObjectRef>().index)
                                      : nullptr;
        if (parent)
            parent->addChild(item);
        else
            m_objects->addTopLevelItem(item);
        items.append(item);
    }
    m_objects->expandAll();
}

QString ImportDialog::undoText() const
{
    for (const ChangeSet::Operation &o : m_plan.changes.operations()) {
        if (o.type == ChangeSet::Operation::Create && o.kind == ObjectKind::Device)
            return !m_readsTable
                       ? tr("Import configuration of %1").arg(o.values.value(Field::name).toString())
                       : tr("Import NAT translations into new device %1")
                             .arg(o.values.value(Field::name).toString());
    }
    return tr("Import NAT translations");
}

void ImportDialog::retranslate()
{
    setWindowTitle(m_mode == Configuration  ? tr("Import Router Configuration")
                   : m_mode == Translations ? tr("Import NAT Translations")
                                            : tr("Paste Router Output"));
    m_intro->setText(m_mode == Configuration
                         ? tr("Open or paste the customer's router configuration (Cisco IOS / IOS-XE "
                              "running-config, or Linux iptables-save -t nat). Nothing changes "
                              "until you press Import; the import is one undo step.")
                     : m_mode == Translations
                         ? tr("Open or paste the output of show ip nat translations (any IOS or IOS-XE "
                              "variant, verbose too) or Linux conntrack -L. Nothing changes until you "
                              "press Import; the import is one undo step.")
                         : tr("Paste what the router printed, prompt and pager prompts included: a "
                              "configuration (show running-config, iptables-save) or a translation "
                              "or session table (show ip nat translations, conntrack -L, show xlate "
                              "…), or rule hit counters (show nat detail, show security nat source "
                              "summary), which are listed but add nothing. Its format is detected as "
                              "you paste; choose another under Format if the guess is wrong. Nothing "
                              "changes until you press Import; the import is one undo step."));
    m_formatLabel->setText(tr("Format:"));
    const RouterDataRegistry &registry = RouterDataRegistry::instance();
    for (int i = 1; i < m_format->count(); ++i) {
        const QString key = m_format->itemData(i).toString();
        const QString name = RuleCounters::keys().contains(key) ? RuleCounters::displayName(key)
                                                                 : registry.displayName(key);
        m_format->setItemText(i, tr("%1 (%2)").arg(name, key));
    }
    m_format->setItemText(0, m_readerName.isEmpty() || !m_detected
                                 ? tr("Detect automatically")
                                 : tr("Detect automatically — %1").arg(m_readerName));
    if (QPushButton *open = findChild<QPushButton *>(QStringLiteral("openFile")))
        open->setText(tr("Open File…"));
    const QString origin = m_sourceName.isEmpty() ? tr("Pasted text") : m_sourceName;
    m_source->setText(m_input->toPlainText().trimmed().isEmpty() && !m_hasLoaded
                          ? tr("Paste the text below, or open a file.")
                          : origin + QStringLiteral(" — ") + m_summary);
    m_input->setPlaceholderText(
        m_mode == Configuration
            ? tr("interface GigabitEthernet0/0\n ip address 192.168.1.1 255.255.255.0\n ip nat inside\n…")
        : m_mode == Any && !m_hasLoaded
            ? tr("Router#show running-config\nBuilding configuration...\n…\n\nor\n\nRouter#show ip nat "
                 "translations\nPro Inside global      Inside local       Outside local      Outside "
                 "global\n…")
        : m_hasLoaded
            ? tr("%1 was read as a whole (%n translation(s)); its table is shown below. Paste text "
                 "here to import that instead.", nullptr, m_understood)
                  .arg(QFileInfo(m_sourceName).fileName())
            : tr("Pro Inside global      Inside local       Outside local      Outside global\n…"));
    if (m_target) {
        m_target->setItemText(m_target->count() - 1, tr("New NAT device"));
        m_targetLabel->setText(tr("Store on:"));
        m_appliances->setText(tr("Add the appliances seen on UDP 4500 and their cloud peers"));
    }
    m_objects->setHeaderLabels({tr("Will be added")});
    m_tabs->setTabText(0, tr("Understood (%1)").arg(m_plan.changes.operations().size()));
    if (m_table) {
        // Paste Router Output: the table tab only when a table is read.
        m_tabs->setTabText(1, tr("Table read (%1)").arg(m_readsTable ? m_understood : 0));
        m_tabs->setTabEnabled(1, m_readsTable || m_mode == Translations);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_counters->parentWidget()),
                       tr("Rule counters (%1)").arg(m_counters->topLevelItemCount()));
    m_counters->setHeaderLabels({tr("Line"), tr("Rule or pool and its hit counts"), tr("Statement")});
    m_countersNote->setText(
        tr("Rule hit counters count how often each NAT rule or pool was used, not which "
           "translations exist: nothing is added to the project and Import stays off. Copy Notes "
           "puts them (or the selected ones) on the clipboard for your report."));
    m_copyNotes->setText(tr("Copy Notes"));
    m_tabs->setTabText(m_tabs->count() - 1, tr("Not understood (%1)").arg(m_notUnderstood));
    m_tabs->setTabToolTip(0, m_summary);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Kind"), tr("Message"), tr("Text")});
    m_import->setText(tr("Import"));
    m_import->setToolTip(m_readsCounters ? tr("Rule counters add nothing to the project; use Copy Notes.")
                                         : QString());
}
