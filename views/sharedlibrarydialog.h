#pragma once
// File > Open Shared Library...: where a lab's shared library lives (host,
// port, database, user, TLS mode) and, if wanted, its password with the
// choice to remember it in the desktop keyring. Checks the fields as the
// user types (the Open button waits for a valid location) and shows why the
// last attempt failed, so the user can correct it without retyping. Builds
// the location; it never connects or stores anything itself.

#include "storelocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class SharedLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SharedLibraryDialog(QWidget *parent = nullptr);

    // Fills the fields from a location (a recent library, the last attempt).
    void setLocation(const StoreLocation &location);
    StoreLocation location() const;
    QString password() const;
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // Shown under the fields: why opening failed, or that no keyring runs.
    void setMessage(const QString &message);

private:
    void check();
    QString url() const;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
