#include "PrintableOutput.h"

#include <QByteArray>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

PrintableOutput::PrintableOutput(FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

namespace {
bool escapes(uchar b)
{
    return (b < 0x20 && b != '\n' && b != '\t') || b == 0x7f || b == 0xc2;
}

// Whether any byte needs the escaping below. Sixteen bytes at a time with
// SSE2, else eight at a time: a word
// with no byte below 0x20 and none equal to 0x7f or 0xc2 is clean; only words
// that have one (mostly a newline) are looked at byte by byte. Clean output,
// nearly all of it, so passes at memory speed.
bool needsEscaping(const char *data, qint64 size)
{
    qint64 i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time: below 0x20 but not newline or tab, DEL, 0xC2.
    const __m128i controls = _mm_set1_epi8(0x1f), newline = _mm_set1_epi8('\n'),
                  tab = _mm_set1_epi8('\t'), del = _mm_set1_epi8(0x7f),
                  c2 = _mm_set1_epi8(char(0xc2));
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, controls), v);
        const __m128i allowed = _mm_or_si128(_mm_cmpeq_epi8(v, newline), _mm_cmpeq_epi8(v, tab));
        const __m128i bad = _mm_or_si128(_mm_andnot_si128(allowed, low),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, del), _mm_cmpeq_epi8(v, c2)));
        if (_mm_movemask_epi8(bad))
            return true;
    }
#endif
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 v) { return (v - ones) & ~v & highs; };
    for (; i + 8 <= size; i += 8) {
        quint64 w;
        std::memcpy(&w, data + i, 8);
        const quint64 low = (w - ones * 0x20) & ~w & highs; // some byte < 0x20
        if (low | hasZero(w ^ (ones * 0x7f)) | hasZero(w ^ (ones * 0xc2))) {
            for (int k = 0; k < 8; ++k) {
                if (escapes(uchar(data[i + k])))
                    return true;
            }
        }
    }
    for (; i < size; ++i) {
        if (escapes(uchar(data[i])))
            return true;
    }
    return false;
}
} // namespace

bool PrintableOutput::writePrintable(const char *data, qint64 size)
{
    if (m_pendingC2)
        return write(data, size) == size;
    return std::fwrite(data, 1, size_t(size), m_stream) == size_t(size)
           && std::fflush(m_stream) == 0;
}

qint64 PrintableOutput::writeData(const char *data, qint64 size)
{
    if (!m_pendingC2 && !needsEscaping(data, size)) {
        if (std::fwrite(data, 1, size_t(size), m_stream) != size_t(size))
            return -1;
        std::fflush(m_stream);
        return size;
    }
    QByteArray out;
    out.reserve(size);
    for (qint64 i = 0; i < size; ++i) {
        const uchar b = uchar(data[i]);
        if (m_pendingC2) {
            m_pendingC2 = false;
            if (b >= 0x80 && b <= 0x9f) { // U+0080..U+009F: C1 controls
                out += "\\u{00" + QByteArray::number(b, 16) + '}';
                continue;
            }
            out += char(0xc2);
        }
        if (b == 0xc2) {
            m_pendingC2 = true;
        } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f) {
            out += "\\x" + QByteArray::number(b, 16).rightJustified(2, '0');
        } else {
            out += char(b);
        }
    }
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, size_t(out.size()), m_stream)
                              != size_t(out.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}
