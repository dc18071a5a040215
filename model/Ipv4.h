#pragma once

#include <QString>

// Dotted-quad IPv4 addresses as used in router configurations.
class Ipv4
{
public:
    // Strict parse: four decimal octets 0-255, no leading/trailing junk.
    static bool parse(const QString &text, quint32 *out);
    static bool isValid(const QString &text) { quint32 a; return parse(text, &a); }
    static QString toString(quint32 address);
    static quint32 mask(int prefixLength);
    static bool sameSubnet(quint32 a, quint32 b, int prefixLength)
    {
        return (a & mask(prefixLength)) == (b & mask(prefixLength));
    }
    // Prefix length of a contiguous netmask (255.255.255.0 -> 24), or -1.
    static int prefixFromNetmask(quint32 netmask);
    // "10.0.0.0/8", "10.1.2.3" (host) or "any"; returns false on bad text.
    static bool parseCidr(const QString &text, quint32 *network, int *prefixLength);
};
