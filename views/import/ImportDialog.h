#pragma once

#include "ImportPlan.h"
#include "ObjectId.h"
#include "StoredObservedTable.h"

#include <QDialog>

class ObservedTableView;
class Project;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

// File → Import Router Configuration / Import NAT Translations / Paste Router
// Output: the input (a file or pasted text) and a preview of what was
// understood (the objects the import will add, the table read) and what was
// not (with line numbers), before anything changes. The reader is detected as
// the text changes (RouterDataRegistry: configurations, tables, or either for
// Paste Router Output) and shown in the Format combo, which also overrides it.
// Accepting leaves the plan for the caller to apply as one undo step; the
// dialog itself never edits the project. Rule hit counters (ASA show nat, SRX
// show security nat source: RuleCounters) are a format of their own here: they
// count rules, not translations, so their notes are listed (with Copy Notes,
// for the engineer's report) and there is nothing to import.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Configuration, Translations, Any };

    ImportDialog(Mode mode, const Project *project, ObjectId currentDevice,
                 QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Reads a file into the input; false (with the reason shown) when it cannot
    // or the user cancelled. A translation table larger than EditableBytes is
    // read on a worker thread behind a progress dialog with Cancel (the table
    // read is then the input, not the text); a cancelled read changes nothing.
    bool loadFile(const QString &fileName);
    static constexpr qint64 EditableBytes = 1 << 20;
    void setText(const QString &text, const QString &sourceName = QString());
    // Parses the input now (it is otherwise parsed shortly after each edit).
    void refresh();

    const ImportPlan &plan() const { return m_plan; }
    QString undoText() const; // "Import configuration of CUST-EDGE-01"
    int understoodCount() const { return m_understood; }
    int notUnderstoodCount() const { return m_notUnderstood; }
    // "this does not look like …" when the input is not the format, else empty.
    QString verdict() const { return m_verdict; }
    QString errorText() const;
    QTabWidget *previewTabs() const { return m_tabs; }
    // The reader of the current input, whether it was detected (not chosen in
    // the Format combo), and whether it reads tables (else configurations).
    QString readerKey() const { return m_readerKey; }
    QString readerName() const { return m_readerName; }
    bool readerDetected() const { return m_detected; }
    bool readsTable() const { return m_readsTable; }
    // Whether the input is read as rule hit counters, and their notes as text.
    bool readsCounters() const { return m_readsCounters; }
    QString countersText() const;
    QTreeWidget *countersList() const { return m_counters; }
    QPushButton *importButton() const { return m_import; }
    // "auto" (the default) or a reader's key, as if chosen in the Format combo.
    bool setFormat(const QString &key);
    QComboBox *formatCombo() const { return m_format; }

signals:
    // A large table's read was cancelled; nothing changed.
    void importCancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void fillCounters(const QString &source, const QList<ImportIssue> &notes);
    bool loadLargeTable(const QString &fileName);
    void fillIssues(const QString &source, const QList<ImportIssue> &issues);
    void fillPlan();
    void retranslate();

    Mode m_mode;
    const Project *m_project;
    ImportPlan m_plan;
    QString m_sourceName;
    // A large table read from a file: the input instead of the editor's text.
    StoredObservedTable m_loaded;
    bool m_hasLoaded = false;
    QString m_loadedFormat; // the key of the reader that read m_loaded
    QString m_readerKey;
    QString m_readerName;
    bool m_detected = true;
    bool m_readsTable = false;
    bool m_readsCounters = false;
    QString m_summary;
    QString m_verdict;
    int m_understood = 0;
    int m_notUnderstood = 0;
    QLabel *m_intro;
    QLabel *m_source;
    QLabel *m_error;
    QPlainTextEdit *m_input;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_targetLabel = nullptr;
    QComboBox *m_target = nullptr;
    QCheckBox *m_appliances = nullptr;
    QTabWidget *m_tabs;
    QTreeWidget *m_objects;
    QTableWidget *m_issues;
    ObservedTableView *m_table = nullptr;
    QTreeWidget *m_counters;
    QLabel *m_countersNote;
    QDialogButtonBox *m_buttons;
    // Custom buttons: QDialogButtonBox resets a standard button's text on LanguageChange.
    QPushButton *m_import;
    QPushButton *m_copyNotes;
    QTimer *m_debounce;
};
