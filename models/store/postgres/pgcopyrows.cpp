#include "pgcopyrows.h"

void PgCopyRows::escape(QByteArray &out, const QString &value)
{
    escape(out, value.toUtf8());
}

// UTF-8's multi-byte characters have no byte below 0x80: each special
// character is its own byte.
void PgCopyRows::escape(QByteArray &out, const QByteArray &utf8)
{
    const char *data = utf8.constData();
    qsizetype run = 0; // start of the bytes not yet appended
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = data[i];
        const char *escaped = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
        if (!escaped)
            continue;
        out.append(data + run, i - run);
        out.append(escaped, 2);
        run = i + 1;
    }
    out.append(data + run, utf8.size() - run);
}
