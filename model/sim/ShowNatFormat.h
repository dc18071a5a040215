#pragma once

#include "Translation.h"

#include <QString>

// Rows in the layout of Cisco's `show ip nat translations`, so engineers can
// hold the simulated table next to the customer's real output.
class ShowNatFormat
{
public:
    static QString header();
    static QString row(const Translation &t);
    static QString protocolName(const Translation &t);
    static QString insideGlobal(const Translation &t);
    static QString insideLocal(const Translation &t);
    static QString outside(const Translation &t); // outside local and global are equal here
};
