#pragma once

#include <QtGlobal>

// Stable identity of every project object; 0 means "none". Ids are never reused
// within a project, so views and undo commands can hold them safely.
using ObjectId = quint32;
constexpr ObjectId NoId = 0;

// What an id names. The order is the order of children in the topology tree.
enum class ObjectKind {
    None,
    Site,
    Device,
    Interface,
    Pool,
    AccessList,
    Rule,
    Appliance,
    Link,
    Mesh,
    Background,
    Event, // scripted scenario event (redeploy, clear NAT table, silence)
};
