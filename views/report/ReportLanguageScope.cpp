#include "ReportLanguageScope.h"

#include <QCoreApplication>
#include <QTranslator>

namespace {
// Answers every lookup with the English source text.
class SourceTextTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};
} // namespace

ReportLanguageScope::ReportLanguageScope(const QString &language)
{
    if (language == QLatin1String("en")) {
        m_translator = std::make_unique<SourceTextTranslator>();
    } else {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/meshnat_%1.qm").arg(language))) {
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
