#include "ReportLanguageScope.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace {
// English whatever the workbench's language: the plural forms of
// meshnat_en.qm ("1 error"), else the English source text itself.
class EnglishTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString plural = QTranslator::translate(context, sourceText, disambiguation, n);
        return plural.isEmpty() ? QString::fromUtf8(sourceText) : plural;
    }
    bool isEmpty() const override { return false; }
};
} // namespace

ReportLanguageScope::ReportLanguageScope(const QString &language)
{
    if (language == QLatin1String("en")) {
        m_translator = std::make_unique<EnglishTranslator>();
        if (!Translations::load(*m_translator, QStringLiteral("en")))
            qWarning("meshnat_en.qm is missing: English plurals read \"(s)\"");
    } else {
        m_translator = std::make_unique<QTranslator>();
        if (!Translations::load(*m_translator, language)) {
            m_translator.reset();
            return;
        }
    }
    m_valid = QCoreApplication::installTranslator(m_translator.get());
}

ReportLanguageScope::~ReportLanguageScope()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}
