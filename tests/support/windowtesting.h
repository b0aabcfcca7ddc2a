#pragma once
// Test support for GUI tests of the real window (tst_mainwindow,
// tst_chartview, tst_arxivlookupcontroller): settings in a temporary folder
// and no dialogs shown, a fresh store per test function with a MainWindow on
// it shown offscreen, drops through real drag-and-drop events, actions
// found by their object names. Header-only; the test links paperscope_app.

#include "dialogs.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "paperstore.h"
#include "papertablemodel.h"
#include "profileimporter.h"
#include "testdata.h"
#include "testsettings.h"

#include <QAction>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace WindowTesting {

using TestData::fixture;

// The window's action of that object name; a missing one ends the test run.
inline QAction *action(QWidget *window, const char *name)
{
    auto *a = window->findChild<QAction *>(QLatin1String(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

// A drag entering the target (which must accept it) and the drop.
inline void dropOn(QWidget *target, QMimeData *mime)
{
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

inline void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    dropOn(target, &mime);
}

// One store and one window at a time, in a temporary folder that lives as
// long as the test object.
class WindowFixture
{
public:
    // From initTestCase(): application names this test's settings.
    void isolate(const QString &application)
    {
        TestSettings::isolate(m_dir.path(), application);
        Dialogs::setSuppressMessages(true);
    }

    // From init(): no settings, a fresh store holding the fixtures named
    // (imported directly, not through the window), a window on it, shown.
    bool open(const QStringList &profiles = {})
    {
        QSettings().clear();
        m_window.reset();
        m_store = std::make_unique<PaperStore>();
        if (!m_store->open(m_dir.filePath(QStringLiteral("window%1.sqlite").arg(++m_n)))) {
            qWarning("cannot open a store: %s", qPrintable(m_store->lastError()));
            return false;
        }
        ProfileImporter importer(*m_store);
        for (const QString &name : profiles) {
            const FileImportResult result = importer.importFile(fixture(name));
            if (!result.ok) {
                qWarning("cannot import %s: %s", qPrintable(name), qPrintable(result.message));
                return false;
            }
        }
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->resize(1280, 800);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    // From cleanup().
    void close()
    {
        m_window.reset();
        m_store.reset();
    }

    // Closes the window (it saves its settings) and makes a new one on the
    // same store, not shown, as at the next start.
    void reopen()
    {
        m_window->close();
        m_window = std::make_unique<MainWindow>(*m_store);
    }

    // The two main fixtures (8 papers, 2 profiles) dropped on the window;
    // returns when they are imported.
    void loadBoth()
    {
        dropFiles(m_window.get(), {fixture(QStringLiteral("profile-ada-lovecode.txt")),
                                   fixture(QStringLiteral("profile-grace-hopscotch.txt"))});
        QTRY_COMPARE(m_window->paperModel()->rowCount(), 8);
        QTRY_VERIFY(!m_window->importController()->isBusy());
    }

    MainWindow *window() const { return m_window.get(); }
    PaperStore *store() const { return m_store.get(); }
    // A file in the temporary folder; the number of the current store.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    int count() const { return m_n; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PaperStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;
};

} // namespace WindowTesting
