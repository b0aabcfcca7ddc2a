#pragma once
// The one header that knows the differences between Qt 5.15 and Qt 6 that
// Paperscope runs into. Everything else is written against the common API.

#include <QByteArray>
#include <QLibraryInfo>
#include <QString>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QStringDecoder>
#else
#include <QTextCodec>
#endif

namespace QtCompat {

// Decodes bytes as UTF-8; *ok is false when they are not valid UTF-8.
inline QString decodeUtf8Strict(const QByteArray &bytes, bool *ok)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
#else
    QTextCodec::ConverterState state;
    QTextCodec *codec = QTextCodec::codecForName("UTF-8");
    QString text = codec->toUnicode(bytes.constData(), bytes.size(), &state);
    *ok = state.invalidChars == 0 && state.remainingChars == 0;
    return text;
#endif
}

// Decodes UTF-16 with a byte order mark (FF FE or FE FF).
inline QString decodeUtf16(const QByteArray &bytes)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder decoder(QStringDecoder::Utf16);
    return decoder.decode(bytes);
#else
    return QTextCodec::codecForName("UTF-16")->toUnicode(bytes);
#endif
}

// Where the distribution keeps Qt's own translations (qtbase_de.qm, ...).
inline QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace QtCompat
