#include "mainwindow.h"

#include "paperstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>

MainWindow::MainWindow(const QString &storePath, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Paperscope"));
    auto *label = new QLabel(tr("Store: %1").arg(storePath), this);
    setCentralWidget(label);
    resize(1100, 720);
}

int MainWindow::launch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("The paper store."), QStringLiteral("PATH")});
    parser.process(arguments);
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : PaperStore::defaultPath();
    MainWindow window(path);
    window.show();
    return QApplication::exec();
}
