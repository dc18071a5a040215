#include "LanguageManager.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const char *const kSettingsKey = "ui/language";

// Numbers ("12,345 rows") are written as the interface's language writes
// them, whatever the system locale (often C, which has no group separators).
void setLocale(const QString &code)
{
    QLocale::setDefault(code == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                     : QLocale(QLocale::English, QLocale::UnitedStates));
}
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (languages().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja")
                                                             : QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **t : {&m_appTranslator, &m_qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool LanguageManager::setLanguage(const QString &code, bool remember)
{
    if (!languages().contains(code))
        return false;
    // The first call installs English too: the window starts out "en" but
    // without meshnat_en.qm, whose plural forms ("1 error") it needs.
    if (code != m_language || !m_appTranslator) {
        QTranslator *app = nullptr;
        QTranslator *qt = nullptr;
        // English too: meshnat_en.qm holds only the plural forms ("1 error", "3 errors").
        app = new QTranslator(this);
        if (!Translations::load(*app, code)) {
            delete app;
            return false;
        }
        if (code != QLatin1String("en")) {
            // Qt's own strings (dialog buttons, context menus); optional.
            qt = new QTranslator(this);
            if (!qt->load(QStringLiteral("qtbase_%1").arg(code),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                delete qt;
                qt = nullptr;
            }
        }
        removeTranslators();
        setLocale(code); // before the widgets hear of the change
        m_appTranslator = app;
        m_qtTranslator = qt;
        if (m_qtTranslator)
            QCoreApplication::installTranslator(m_qtTranslator);
        if (m_appTranslator)
            QCoreApplication::installTranslator(m_appTranslator);
        m_language = code;
        emit languageChanged(code);
    }
    setLocale(code); // also when it is the language the manager started with
    if (remember)
        QSettings().setValue(QLatin1String(kSettingsKey), code);
    return true;
}
