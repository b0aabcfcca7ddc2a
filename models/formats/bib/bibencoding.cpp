// BibEncoding: BOM sniffing, JabRef's header, a strict UTF-8 check and the
// windows-1252 table for the bytes 0x80-0x9F (the rest is Latin-1).
#include "bibencoding.h"

#include <QtEndian>

namespace {

// windows-1252 0x80..0x9F; 0 where the code page has no character (kept as
// the C1 control of Latin-1).
const char16_t cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

QString fromSingleByte(const char *data, qsizetype size, bool cp1252)
{
    QString out(int(size), Qt::Uninitialized);
    QChar *o = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const uchar b = uchar(data[i]);
        char16_t u = b;
        if (cp1252 && b >= 0x80 && b < 0xA0 && cp1252High[b - 0x80])
            u = cp1252High[b - 0x80];
        o[i] = QChar(u);
    }
    return out;
}

QString fromUtf16(const char *data, qsizetype size, bool bigEndian)
{
    const qsizetype units = size / 2;
    QString out(int(units), Qt::Uninitialized);
    QChar *o = out.data();
    const uchar *p = reinterpret_cast<const uchar *>(data);
    for (qsizetype i = 0; i < units; ++i)
        o[i] = QChar(bigEndian ? qFromBigEndian<quint16>(p + 2 * i) : qFromLittleEndian<quint16>(p + 2 * i));
    return out;
}

// JabRef's first line: "% Encoding: windows-1252" (also "% Encoding: UTF-8").
QByteArray jabrefEncoding(const QByteArray &bytes, qsizetype from)
{
    const qsizetype eol = bytes.indexOf('\n', from);
    QByteArray line = bytes.mid(from, eol < 0 ? 200 : qMin<qsizetype>(eol - from, 200)).trimmed();
    if (!line.startsWith('%'))
        return {};
    line = line.mid(1).trimmed();
    if (!line.toLower().startsWith("encoding:"))
        return {};
    return line.mid(9).trimmed().toLower();
}

} // namespace

namespace BibEncoding {

bool isValidUtf8(const char *data, qsizetype size)
{
    const uchar *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < size) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        uint min = 0, cp = 0;
        if ((b & 0xE0) == 0xC0) { more = 1; min = 0x80; cp = b & 0x1F; }
        else if ((b & 0xF0) == 0xE0) { more = 2; min = 0x800; cp = b & 0x0F; }
        else if ((b & 0xF8) == 0xF0) { more = 3; min = 0x10000; cp = b & 0x07; }
        else return false;
        if (i + more >= size)
            return false;
        for (int k = 1; k <= more; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += more + 1;
    }
    return true;
}

QString decode(const QByteArray &bytes, QString *name)
{
    QString dummy;
    QString &used = name ? *name : dummy;
    const char *d = bytes.constData();
    const qsizetype n = bytes.size();
    if (n >= 2 && uchar(d[0]) == 0xFF && uchar(d[1]) == 0xFE) {
        used = QStringLiteral("UTF-16LE");
        return fromUtf16(d + 2, n - 2, false);
    }
    if (n >= 2 && uchar(d[0]) == 0xFE && uchar(d[1]) == 0xFF) {
        used = QStringLiteral("UTF-16BE");
        return fromUtf16(d + 2, n - 2, true);
    }
    qsizetype start = 0;
    if (n >= 3 && uchar(d[0]) == 0xEF && uchar(d[1]) == 0xBB && uchar(d[2]) == 0xBF)
        start = 3;
    const QByteArray declared = start ? QByteArray() : jabrefEncoding(bytes, 0);
    const bool utf8 = isValidUtf8(d + start, n - start);
    if (declared == "windows-1252" || declared == "cp1252") {
        used = QStringLiteral("windows-1252");
        return fromSingleByte(d, n, true);
    }
    if (declared == "iso-8859-1" || declared == "iso8859_1" || declared == "latin1") {
        used = QStringLiteral("ISO-8859-1");
        return fromSingleByte(d, n, false);
    }
    if (utf8) {
        used = QStringLiteral("UTF-8");
        return QString::fromUtf8(d + start, int(n - start));
    }
    used = QStringLiteral("windows-1252");
    return fromSingleByte(d + start, n - start, true);
}

QString declared(const QByteArray &head, qsizetype *start)
{
    const char *d = head.constData();
    const qsizetype n = head.size();
    *start = 0;
    if (n >= 2 && ((uchar(d[0]) == 0xFF && uchar(d[1]) == 0xFE) || (uchar(d[0]) == 0xFE && uchar(d[1]) == 0xFF)))
        return uchar(d[0]) == 0xFF ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    if (n >= 3 && uchar(d[0]) == 0xEF && uchar(d[1]) == 0xBB && uchar(d[2]) == 0xBF) {
        *start = 3;
        return QString();
    }
    const QByteArray name = jabrefEncoding(head, 0);
    if (name == "windows-1252" || name == "cp1252")
        return QStringLiteral("windows-1252");
    if (name == "iso-8859-1" || name == "iso8859_1" || name == "latin1")
        return QStringLiteral("ISO-8859-1");
    return QString();
}

QString decodeAs(const char *data, qsizetype size, const QString &name)
{
    if (name == QLatin1String("UTF-8"))
        return QString::fromUtf8(data, int(size));
    if (name == QLatin1String("UTF-16LE") || name == QLatin1String("UTF-16BE"))
        return fromUtf16(data, size, name == QLatin1String("UTF-16BE"));
    return fromSingleByte(data, size, name == QLatin1String("windows-1252"));
}

qsizetype encodedSize(QStringView text, const QString &name)
{
    if (name != QLatin1String("UTF-8"))
        return name.startsWith(QLatin1String("UTF-16")) ? 2 * text.size() : text.size();
    qsizetype bytes = 0;
    for (const QChar c : text) { // without branches: the compiler vectorises it
        const char16_t u = c.unicode();
        bytes += 1 + (u >= 0x80) + (u >= 0x800 && (u < 0xD800 || u > 0xDFFF)); // a surrogate 2: a pair is 4
    }
    return bytes;
}

} // namespace BibEncoding
