#pragma once

#include "Field.h"
#include "ObjectId.h"

#include <QCoreApplication>
#include <QList>

class Project;

// What a project still lacks before there is anything to replay: a pair of
// appliances, their uplink addresses, a NAT device in front of the on-premises
// ones, a NAT rule on it. Each item names the object and the field to fill, so
// the replay bar can link straight to it instead of saying "nothing to replay".
class ReplayReadiness
{
    Q_DECLARE_TR_FUNCTIONS(ReplayReadiness)
public:
    struct Missing
    {
        ObjectId object = NoId; // NoId: the project as a whole
        FieldKey field;         // may be null (the object itself)
        QString what;           // translated, e.g. "uplink IP of HCX-IX-I1"
    };
    static QList<Missing> check(const Project &project);
};
