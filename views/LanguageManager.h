#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

// Switches the user-interface language at runtime: installs MeshNAT's own
// translation (:/i18n/meshnat_<lang>.qm) and Qt's (qtbase_<lang>), which makes
// Qt send QEvent::LanguageChange to every widget, and remembers the choice.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList languages(); // "en", "ja"
    // The saved choice, or the system locale's language when none was saved.
    static QString preferredLanguage();
    QString language() const { return m_language; }

    // Applies a language; returns false (and keeps the current one) for an unknown
    // code or a missing translation. remember=false for one-off command-line choices.
    bool setLanguage(const QString &code, bool remember = true);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QString m_language = QStringLiteral("en");
};
