#pragma once

#include "ReportOptions.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class ReportWriter;

// File → Export Report: choose the report's language and whether the full NAT
// table goes in as an appendix, see
// the report as it will read, then write it as PDF or HTML.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    using WriterFactory = std::function<std::unique_ptr<ReportWriter>(const ReportOptions &)>;
    using FileNamePrompt = std::function<QString(const QString &suggestion)>;

    ReportDialog(WriterFactory factory, FileNamePrompt askFileName, const ReportOptions &defaults,
                 QWidget *parent = nullptr);

    ReportOptions options() const;
    QString previewText() const;
    // Writes to fileName (.pdf or .html); false with the message shown.
    bool exportTo(const QString &fileName);
    QString lastError() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void exportAs(const QString &suffix);
    void retranslate();

    WriterFactory m_factory;
    FileNamePrompt m_askFileName;
    ReportOptions m_defaults;
    QComboBox *m_language;
    QCheckBox *m_fullTable;
    QLabel *m_languageLabel;
    QLabel *m_status;
    QTextBrowser *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_html;
    QPushButton *m_close;
    QString m_error;
};
