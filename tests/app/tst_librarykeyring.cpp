// The desktop keyring through LibraryKeyring (QtKeychain), for real:
// - keyringRoundTrip, run by tests/support/with-test-keyring.sh beside a
//   GNOME Keyring Secret Service on a private session bus: a password is
//   written, read back, kept apart per role, server and database,
//   replaced, erased;
// - withoutKeyring, run with no session bus at all: every call answers with
//   the plain "No desktop keyring is running" line, and a read gives no
//   password (the window then keeps it for the session only).
// Each ctest registration names the one function that fits its set-up.
#include "librarykeyring.h"

#include <QtTest>

namespace {

StoreLocation library(const QString &user, const QString &database)
{
    StoreLocation location;
    QString error;
    StoreLocation::parse(QStringLiteral("postgresql://%1@db.example.org:5433/%2").arg(user, database), &location,
                         &error);
    return location;
}

struct ReadResult
{
    QString password, error;
};

ReadResult readBack(QObject *context, const StoreLocation &location)
{
    ReadResult result;
    bool done = false;
    LibraryKeyring::read(context, location, [&](const QString &password, const QString &error) {
        result = {password, error};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.error = QStringLiteral("no answer from the keyring within 20 s");
    return result;
}

QString written(QObject *context, const StoreLocation &location, const QString &password)
{
    QString result = QStringLiteral("no answer from the keyring within 20 s");
    bool done = false;
    LibraryKeyring::write(context, location, password, [&](const QString &error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return QStringLiteral("no answer from the keyring within 20 s");
    return result;
}

QString erased(QObject *context, const StoreLocation &location)
{
    QString result = QStringLiteral("no answer from the keyring within 20 s");
    bool done = false;
    LibraryKeyring::erase(context, location, [&](const QString &error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return QStringLiteral("no answer from the keyring within 20 s");
    return result;
}

} // namespace

class TestLibraryKeyring : public QObject
{
    Q_OBJECT

private slots:
    void keyringRoundTrip()
    {
        QCOMPARE(qEnvironmentVariable("PAPERSCOPE_TEST_KEYRING"), QStringLiteral("running"));
        const StoreLocation mara = library(QStringLiteral("mara"), QStringLiteral("labpapers"));
        const StoreLocation ben = library(QStringLiteral("ben"), QStringLiteral("labpapers"));
        const StoreLocation other = library(QStringLiteral("mara"), QStringLiteral("otherlab"));
        QVERIFY(mara.isShared() && ben.isShared() && other.isShared());

        const ReadResult none = readBack(this, mara);
        QCOMPARE(none.error, QString());
        QCOMPARE(none.password, QString()); // nothing kept yet: libpq's own ways apply

        QCOMPARE(written(this, mara, QStringLiteral("s3cret-mara")), QString());
        QCOMPARE(written(this, ben, QStringLiteral("s3cret-ben")), QString());
        const ReadResult maras = readBack(this, mara);
        QCOMPARE(maras.error, QString());
        QCOMPARE(maras.password, QStringLiteral("s3cret-mara"));
        QCOMPARE(readBack(this, ben).password, QStringLiteral("s3cret-ben"));
        QCOMPARE(readBack(this, other).password, QString()); // another database: its own entry

        // A new password replaces the old one.
        QCOMPARE(written(this, mara, QStringLiteral("n3w-mara")), QString());
        QCOMPARE(readBack(this, mara).password, QStringLiteral("n3w-mara"));

        QCOMPARE(erased(this, mara), QString());
        QCOMPARE(readBack(this, mara).password, QString());
        QCOMPARE(readBack(this, ben).password, QStringLiteral("s3cret-ben"));
        QCOMPARE(erased(this, ben), QString());
    }

    void withoutKeyring()
    {
        QVERIFY(qEnvironmentVariable("PAPERSCOPE_TEST_KEYRING") != QLatin1String("running"));
        const StoreLocation mara = library(QStringLiteral("mara"), QStringLiteral("labpapers"));
        const QString noKeyring = QStringLiteral("No desktop keyring is running, so the password is kept for this"
                                                 " session only");
        QCOMPARE(written(this, mara, QStringLiteral("s3cret-mara")), noKeyring);
        const ReadResult read = readBack(this, mara);
        QCOMPARE(read.error, noKeyring);
        QCOMPARE(read.password, QString());
    }
};

QTEST_GUILESS_MAIN(TestLibraryKeyring)
#include "tst_librarykeyring.moc"
