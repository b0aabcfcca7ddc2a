#include "sharedlibrarydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace {
// libpq's sslmode values, in the order a user weighs them.
const char *const tlsModes[] = {"prefer", "require", "verify-ca", "verify-full", "disable"};
} // namespace

SharedLibraryDialog::SharedLibraryDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit), m_port(new QSpinBox), m_database(new QLineEdit),
      m_user(new QLineEdit), m_tls(new QComboBox), m_password(new QLineEdit),
      m_remember(new QCheckBox(tr("&Remember the password in the desktop keyring"))), m_message(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("sharedLibraryDialog"));
    setWindowTitle(tr("Open Shared Library"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("db.lab.example.org"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(QStringLiteral("papers"));
    m_user->setObjectName(QStringLiteral("user"));
    // libpq's own default: PGUSER, else the login name.
    for (const char *variable : {"PGUSER", "USER", "LOGNAME"}) {
        if (m_user->text().isEmpty())
            m_user->setText(qEnvironmentVariable(variable));
    }
    m_tls->setObjectName(QStringLiteral("tls"));
    const QString tlsText[] = {tr("Use TLS when the server offers it"), tr("Require TLS"),
                               tr("Require TLS and check the certificate"),
                               tr("Require TLS, check the certificate and the host name"), tr("No TLS")};
    for (int i = 0; i < 5; ++i)
        m_tls->addItem(tlsText[i], QString::fromLatin1(tlsModes[i]));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Optional: else the keyring, ~/.pgpass or PGPASSWORD"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &SharedLibraryDialog::check);
    connect(m_password, &QLineEdit::textChanged, this, &SharedLibraryDialog::check);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    check();
}

void SharedLibraryDialog::setLocation(const StoreLocation &location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.database);
    m_user->setText(location.user);
    const int tls = m_tls->findData(location.sslMode.isEmpty() ? QStringLiteral("prefer") : location.sslMode);
    m_tls->setCurrentIndex(qMax(0, tls));
    check();
}

QString SharedLibraryDialog::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString tls = m_tls->currentData().toString();
    if (tls != QStringLiteral("prefer"))
        url.setQuery(QStringLiteral("sslmode=") + tls);
    return url.toString();
}

StoreLocation SharedLibraryDialog::location() const
{
    StoreLocation location;
    QString error;
    StoreLocation::parse(url(), &location, &error);
    return location;
}

QString SharedLibraryDialog::password() const
{
    return m_password->text();
}

bool SharedLibraryDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

void SharedLibraryDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

void SharedLibraryDialog::setMessage(const QString &message)
{
    // The store's reasons are lines for the command line too ("cannot find the host ...").
    m_message->setText(message.isEmpty() ? message : message.at(0).toUpper() + message.mid(1));
    m_message->setVisible(!message.isEmpty());
}

void SharedLibraryDialog::check()
{
    StoreLocation location;
    QString error;
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty()
                          && !m_user->text().trimmed().isEmpty();
    const bool valid = complete && StoreLocation::parse(url(), &location, &error);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(valid);
    m_remember->setEnabled(!m_password->text().isEmpty());
    if (complete && !valid)
        setMessage(error);
}
