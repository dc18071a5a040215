#pragma once

#include "ObjectId.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Project;

// Which NAT rules the simulator models, decided in one place. A rule read from
// IOS "ip nat outside source ..." (direction "outside") translates the address of
// a host on the outside; it is imported and shown so the customer's configuration
// is complete, but the engine translates inside sources only and skips it. The
// engine (NatDeviceConfig), the validator, the report and the views ask here.
class NatRules
{
    Q_DECLARE_TR_FUNCTIONS(NatRules)
public:
    static bool isSimulatedDirection(const QString &direction);
    // Whether the simulation uses this rule (false for any object that is not a rule).
    static bool isSimulated(const Project &project, ObjectId rule);
    // The rules of a device that are shown but not simulated, in tree order.
    static QList<ObjectId> notSimulated(const Project &project, ObjectId device);
    // "outside source NAT: shown, not simulated" (translated).
    static QString notSimulatedNote();
    // "(outside, not simulated)": the mark a rule's label carries (translated).
    static QString notSimulatedMark();
};
