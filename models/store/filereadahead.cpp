#include "filereadahead.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace FileReadAhead {

qint64 forRows(const QString &databasePath, qint64 rows)
{
    const QString wal = databasePath + QStringLiteral("-wal");
    const qint64 bytes = QFileInfo(databasePath).size() + QFileInfo(wal).size(); // 0 for none (":memory:")
    if (bytes == 0 || rows * pagesPerRow * pageBytes < bytes)
        return 0;
    return file(databasePath) + file(wal);
}

qint64 file(const QString &path)
{
#if defined(Q_OS_UNIX) && defined(POSIX_FADV_WILLNEED)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat st;
    qint64 asked = 0;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        // Linux reads at most its read-ahead window a call (128 KB unless
        // set larger), so one call for the whole file would read 128 KB.
        constexpr off_t step = 128 * 1024;
        for (off_t offset = 0; offset < st.st_size; offset += step) {
            if (::posix_fadvise(fd, offset, step, POSIX_FADV_WILLNEED) != 0)
                break;
        }
        asked = qint64(st.st_size);
    }
    ::close(fd);
    return asked;
#else
    Q_UNUSED(path);
    return 0;
#endif
}

} // namespace FileReadAhead
