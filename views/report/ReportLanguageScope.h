#pragma once

#include <QString>

#include <memory>

class QTranslator;

// Makes tr() answer in the report's language while a report is built, whatever
// the UI language is, and restores the UI language afterwards. Qt searches the
// most recently installed translator first, so one translator on top is
// enough: the Japanese catalogue, or for English one that returns the source.
class ReportLanguageScope
{
public:
    explicit ReportLanguageScope(const QString &language);
    ~ReportLanguageScope();
    bool isValid() const { return m_valid; }

private:
    std::unique_ptr<QTranslator> m_translator;
    bool m_valid = false;
};
