// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "storage/Database.h"

#include <QDate>

namespace rb::notice {

struct Notice {
    qint64 id = 0;
    QString uid;
    QString title;
    QDate start;
    int workingDays = 5;
    QDate end;
    QString contact;
    QStringList applications; ///< codes
};

/// A written objection (异议) against an application on notice.
struct Objection {
    qint64 id = 0;
    QString uid;
    QString applicationCode;
    QDate receivedOn;
    QString fromWhom;
    QString authenticated; ///< sealed (by an organisation) or signed (real name)
    QString content;
    QString handling;
    QString outcome; ///< pending, upheld, dismissed
    QString handledBy;
    QDate resolvedOn;
};

/// Something that falls due after approval (construction end, acceptance, progress report, validity end).
struct DueItem {
    QString applicationCode;
    QString title;
    QString kind;
    QDate due;
    bool overdue = false;
};

/// Public notices, objections and the dates that follow approval.
class NoticeService {
public:
    NoticeService(db::Database& db, const Round& round) : m_db(db), m_round(round) {}

    /// Publishes the proposed applications (default: every proposed one not already waiting for the first
    /// day of a notice) for \a workingDays working days from \a start under the round's calendar; those whose
    /// notice has started go on public notice. An application's latest notice is the one that counts (a
    /// notice published again after a correction replaces the earlier one).
    Result<Notice> publish(const QString& title, const QDate& start, std::optional<int> workingDays,
                           const QString& contact, QList<qint64> applications = {});
    Result<QList<Notice>> notices();
    /// The proposed applications a notice would publish by default: those not already waiting for the first day
    /// of a published notice.
    Result<QList<qint64>> publishable();
    /// Moves applications whose latest notice has started onto public notice (a notice published ahead of time),
    /// all or none. The commands that touch the notice part of a round (status, notice, objection, approve, due)
    /// run it first, so that such a notice starts on its first day without anyone publishing again.
    Result<int> startDue();
    /// The proposed applications whose latest notice has started (what startDue() would move), without writing.
    Result<QList<qint64>> dueToStart();

    /// Records an objection. It must be in writing, sealed by an organisation or signed with a real name.
    Result<Objection> addObjection(qint64 applicationId, const QDate& receivedOn, const QString& fromWhom,
                                   const QString& authenticated, const QString& content);
    /// Resolves an objection; an upheld one withdraws the application.
    Status resolve(qint64 objectionId, const QString& outcome, const QString& handling);
    Result<QList<Objection>> objections(std::optional<qint64> applicationId = std::nullopt);

    /// Starts the notices due (startDue()), then approves every application on notice whose period is over and
    /// whose objections are all resolved, and moves it on (construction for factories and zones; valid for
    /// scenarios). Returns the count approved. All or nothing.
    Result<int> approveReady();

    /// Milestones due within \a days from today, and every overdue one.
    Result<QList<DueItem>> due(int days = 90);

private:
    db::Database& m_db;
    Round m_round;
};

} // namespace rb::notice
