#include "organisejob.h"

#include "organisesnapshots.h"
#include "organisestore.h"
#include "abstractpaperstore.h"
#include "statusprogress.h"
#include "storefactory.h"
#include "storelocation.h"

#include <QFileInfo>
#include <QStatusBar>
#include <QThread>

OrganiseJob::OrganiseJob(const QString &storePath, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_storePath(storePath),
      m_progress(new StatusProgress(QStringLiteral("organiseProgress"), QStringLiteral("cancelOrganiseButton"),
                                    statusBar))
{
    m_progress->setCancelAccessibleName(tr("Cancel the change"));
    connect(m_progress, &StatusProgress::cancelRequested, this, &OrganiseJob::cancel);
}

OrganiseJob::~OrganiseJob()
{
    if (m_thread) {
        *m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool OrganiseJob::canRun() const
{
    // A local store's file, or a shared library (its own connection on the worker).
    return !m_storePath.isEmpty() && (StoreLocation::looksShared(m_storePath) || QFileInfo(m_storePath).isFile());
}

void OrganiseJob::cancel()
{
    if (!m_thread)
        return;
    *m_cancelled = true;
    if (m_progress)
        m_progress->setCancelling();
}

bool OrganiseJob::start(const QVector<qint64> &ids, const QString &text, Change change)
{
    return run(ids, text, std::move(change), nullptr);
}

bool OrganiseJob::restore(const OrganiseSnapshot &target, const QString &text)
{
    return run(target.paperIds, text, Change(), &target);
}

// target: put it back (restore()); else run change with snapshots before and after.
bool OrganiseJob::run(const QVector<qint64> &ids, const QString &text, Change change, const OrganiseSnapshot *target)
{
    if (m_thread || !canRun())
        return false;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto outcome = std::make_shared<Outcome>();
    outcome->ids = ids;
    outcome->text = text;
    outcome->restore = target != nullptr;
    const auto restoring = target ? std::make_shared<const OrganiseSnapshot>(*target) : nullptr;
    m_cancelled = cancelled;
    m_outcome = outcome;
    const QString path = m_storePath;
    QPointer<StatusProgress> progress = m_progress;
    const QString label = tr("%1: %Ln papers…", nullptr, int(ids.size())).arg(text);
    m_thread = QThread::create([=] {
        const std::unique_ptr<AbstractPaperStore> store = StoreFactory::open(path, &outcome->error);
        if (!store)
            return;
        OrganiseStore org(*store);
        OrganiseSnapshots snapshots(org);
        if (!restoring)
            outcome->before = snapshots.take(ids);
        if (!org.error().isEmpty()) {
            outcome->error = org.error();
            return;
        }
        // Progress goes to the GUI thread; Cancel stops between slices and rolls back.
        org.setProgress([=](int done, int total) {
            QMetaObject::invokeMethod(this, [=] {
                if (progress)
                    progress->setProgress(done, total, label);
            }, Qt::QueuedConnection);
            return !cancelled->load();
        });
        if (cancelled->load() || (restoring ? !snapshots.restore(*restoring) : change(org) < 0)) {
            outcome->cancelled = cancelled->load();
            outcome->error = org.error();
            return;
        }
        org.setProgress({});
        outcome->after = restoring ? snapshots.resolved(*restoring) : snapshots.take(ids);
        outcome->ok = true;
    });
    connect(m_thread, &QThread::finished, this, &OrganiseJob::finish);
    if (m_progress)
        m_progress->begin(label, int(ids.size()));
    m_thread->start();
    return true;
}

void OrganiseJob::finish()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress)
        m_progress->end();
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    emit done(*outcome);
}
