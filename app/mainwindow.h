#pragma once
// The main window: wires the store's models to the views and owns the
// actions, menus and settings. No SQL, parsing or formatting here.

#include <QMainWindow>

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &storePath, QWidget *parent = nullptr);

    // Parses --db, shows the window and runs the event loop.
    static int launch(const QStringList &arguments);
};
