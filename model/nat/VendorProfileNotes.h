#pragma once

#include <QCoreApplication>
#include <QStringList>

// What the juniper-srx and yamaha-rtx profiles simulate, in words, and which
// parts are assumed (not found in the vendor's documentation): shown by the
// property editor and the report's assumptions appendix (docs/profiles.md).
class VendorProfileNotes
{
    Q_DECLARE_TR_FUNCTIONS(VendorProfileNotes)
public:
    static bool handles(const QString &profile);
    // One paragraph: the documented behaviour with this device's timeout and range.
    static QString summary(const QString &profile, const QStringList &options, double udpTimeout);
    // Each assumption as a sentence starting "Assumed:".
    static QStringList assumptions(const QString &profile);
};
