#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What a behaviour profile simulates, one fact at a time, each with where it
// comes from (docs/profiles.md): the property editor and the report's
// assumptions appendix show these, so an assumed fact is never shown as a
// documented one. Facts depend on the profile's options.
class ProfileFacts
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFacts)
public:
    enum Evidence { Documented, Measured, Assumed };
    struct Fact
    {
        QString text; // translated
        Evidence evidence = Assumed;
        QString source; // where it is documented or measured (not translated); empty if assumed
    };

    // Empty for a profile without a fact list (its report text says it all).
    static QList<Fact> of(const QString &profile, const QStringList &options);
    // "text (assumed)" / "text (documented: source)", translated.
    static QString line(const Fact &fact);
    static QString evidenceName(Evidence evidence);

private:
    static QList<Fact> ciscoAsa(const QStringList &options);
    static QList<Fact> fortiGate(const QStringList &options);
    static QList<Fact> juniperSrx(const QStringList &options);
    static QList<Fact> yamahaRtx(const QStringList &options);
};
