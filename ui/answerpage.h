// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answerframe.h"
#include "answerscope.h"

#include <application/historyservice.h>

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QTimer;

namespace LicenseCore {
struct ClusterLicense;
}

namespace LicenseUi {

// One answer of the Answers area. It computes from the history whenever its inputs or the window's scope change
// and it is shown (a hidden page waits until it is), always off the GUI thread through HistoryService::read; an
// answer that arrives after a newer request was made is dropped.
class AnswerPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerPage)

public:
    explicit AnswerPage(QWidget *parent = nullptr);
    ~AnswerPage() override;

    void setHistory(LicenseCore::HistoryService *history);
    void setScope(const AnswerScope &scope);
    [[nodiscard]] const AnswerScope &scope() const { return m_scope; }
    // The cluster's license read for the chosen profile (`source` names it), or why it could not be read.
    virtual void setClusterLicense(const LicenseCore::ClusterLicense &license, const QString &source);
    virtual void setClusterLicenseProblem(const QString &problem);

    [[nodiscard]] AnswerFrame *frame() const { return m_frame; }
    // A request is out and not answered yet.
    [[nodiscard]] bool isComputing() const { return m_computing; }
    // Asks for the answer again (once, from the event loop), e.g. after the history changed.
    void requestUpdate();
    // A request is to be made from the event loop.
    [[nodiscard]] bool isUpdatePending() const;

Q_SIGNALS:
    // The page needs the cluster's license (a quota "from the cluster", the billed usage).
    void clusterLicenseRequested();
    // An answer or a problem is shown.
    void answered();

protected:
    // Starts the computation for the current inputs: call read(), or show why there is nothing to compute and
    // call finish().
    virtual void compute() = 0;
    virtual void scopeChanged() {}
    void showEvent(QShowEvent *event) override;

    // Runs `work` on the history's thread; `done` gets its result on the GUI thread unless a newer request was made
    // since (or the page is gone).
    template<typename T>
    void read(std::function<T(const LicenseCore::HistoryStore &)> work, std::function<void(T)> done)
    {
        LicenseCore::HistoryService *history = m_history.data();
        if (!history)
            return;
        const quint64 generation = ++m_generation;
        m_computing = true;
        m_frame->setComputing();
        history->read<T>(this, std::move(work), [this, generation, done = std::move(done)](T result) {
            if (generation != m_generation)
                return;
            m_computing = false;
            done(std::move(result));
            Q_EMIT answered();
        });
    }
    // An answer shown without a read (nothing to compute): earlier requests are superseded.
    void finish();
    [[nodiscard]] LicenseCore::HistoryService *history() const { return m_history; }

private:
    void run();

    QPointer<LicenseCore::HistoryService> m_history;
    AnswerScope m_scope;
    AnswerFrame *m_frame = nullptr;
    QTimer *m_timer = nullptr;
    quint64 m_generation = 0;
    bool m_dirty = true;
    bool m_computing = false;
};

} // namespace LicenseUi
