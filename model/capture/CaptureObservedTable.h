#pragma once

#include "CaptureReconstruction.h"
#include "ObservedTranslations.h"

#include <QCoreApplication>

// The translations reconstructed from captures as the observed table of the
// device (issue #18): the same rows an imported `show ip nat translations`
// gives (inside global, inside local, outside local, outside global), stored
// on the device through the same import, so the observed-table view, the
// collision analysis and the diagnosis read them like any real table. Marked
// Captured, with the capture files as its `commands`; each row's details say
// when it was seen and how many packets went through it.
class CaptureObservedTable
{
    Q_DECLARE_TR_FUNCTIONS(CaptureObservedTable)
public:
    // IPv4 mappings only (the model's addresses are IPv4); `skipped`, when
    // given, counts the IPv6 ones left out.
    static ObservedTranslations translations(const CaptureReconstruction &capture, int *skipped = nullptr);
};
