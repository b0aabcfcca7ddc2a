#pragma once
// Shared by the fuzz targets: FUZZ_CHECK (an invariant that must hold for
// every input; a failure prints the reason and aborts, which libFuzzer
// records as a crash and the replay test as a failure), and FuzzInput,
// which turns the fuzzer's bytes into strings, numbers and flags.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, message)                                                                  \
    do {                                                                                                \
        if (!(condition)) {                                                                             \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s\n  %s\n", #condition,                           \
                         QString(message).toLocal8Bit().constData());                                   \
            std::abort();                                                                               \
        }                                                                                               \
    } while (false)

class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return atEnd() ? 0 : m_data[m_pos++]; }
    bool flag() { return byte() & 1; }
    int number(int max) { return max <= 0 ? 0 : int((byte() << 8 | byte()) % (max + 1)); }

    // A length-prefixed string (one byte of length; 255 means two more
    // bytes of length), decoded as UTF-8 (invalid sequences become U+FFFD).
    QString text()
    {
        size_t length = byte();
        if (length == 255)
            length = size_t(byte()) << 8 | byte();
        const size_t take = length < m_size - m_pos ? length : m_size - m_pos;
        const QByteArray bytes(reinterpret_cast<const char *>(m_data + m_pos), int(take));
        m_pos += take;
        return QString::fromUtf8(bytes);
    }

    QStringList list(int maxItems)
    {
        QStringList items;
        const int count = number(maxItems);
        for (int i = 0; i < count && !atEnd(); ++i)
            items << text();
        return items;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};
