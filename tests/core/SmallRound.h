// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the consolidation and paper-entry tests: a hand-sized round (criteria A 60 + B 40 points and
// one veto item V), experts and applications imported through the real path, assignments added one by one
// and scores entered through paper entry (merge::importPaperScores), so hand-computed numbers can be checked.
#pragma once

#include "TestSupport.h"

#include "consolidation/Consolidation.h"
#include "import/Importer.h"
#include "io/Table.h"
#include "merge/PaperEntry.h"
#include "repo/RoundSettings.h"
#include "review/Assignments.h"

#include <QHash>

#include <cmath>

namespace rb::test {

using namespace Qt::Literals::StringLiterals;

/// One expert's total for one application, split over the two points leaves, and the veto item.
struct Given {
    QString expert;
    QString application;
    double total = 0;
    bool veto = false;
};

/// Totals written compactly: "E1 P1 90 V, E2 P1 72.5" (V: the veto item triggered).
inline QList<Given> given(const QString& text)
{
    QList<Given> out;
    for (const QString& entry : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList f = entry.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(f.size() >= 3);
        out.append({f[0], f[1], f[2].toDouble(), f.size() > 3 && f[3] == u"V"_s});
    }
    return out;
}

struct SmallRound : RoundFixture {
    /// \a experts E1..En and \a applications P1..Pm (a zone round: no credit codes needed).
    SmallRound(int experts, int applications) : RoundFixture(Category::Zone, u"none"_s)
    {
        importCsv(import::Kind::Criteria, "code,name,parent,max,kind,guidance\n"
                                          "A,建设方案,,60,points,方案完整\n"
                                          "B,预期成效,,40,points,成效可量化\n"
                                          "V,重大事故,,,veto,一票否决\n");
        QByteArray ex = "code,name,organisation,province\n";
        for (int e = 1; e <= experts; ++e)
            ex += "E" + QByteArray::number(e) + ",专家" + QByteArray::number(e) + ",第" + QByteArray::number(e)
                  + "研究院,北京市\n";
        importCsv(import::Kind::Experts, ex);
        QByteArray apps = "code,applicant,province,title\n";
        for (int a = 1; a <= applications; ++a)
            apps += "P" + QByteArray::number(a) + ",第" + QByteArray::number(a) + "市人民政府,浙江省,先行区创建方案"
                    + QByteArray::number(a) + "\n";
        importCsv(import::Kind::Applications, apps);
    }

    void importCsv(import::Kind kind, const QByteArray& csv)
    {
        Result<io::Table> table = io::parseCsv(csv, import::kindName(kind) + u".csv"_s);
        RB_REQUIRE_OK(table);
        Result<import::Plan> plan = import::prepare(*db, round, kind, *table);
        RB_REQUIRE_OK(plan);
        INFO(plan->error().toString().toStdString());
        REQUIRE(plan->ok());
        RB_REQUIRE_OK(import::apply(*db, round, *plan));
    }

    qint64 idOf(const char* table, const QString& code)
    {
        const qint64 id = *db->scalar(std::string("SELECT id FROM ") + table + " WHERE code = ?1 AND round_id = ?2", 0,
                                      code, round.id);
        REQUIRE(id > 0);
        return id;
    }

    /// Assigns each "E|P" pair (AssignmentRepository::add, in one transaction).
    void assign(const QStringList& pairs)
    {
        db::Transaction tx(*db);
        RB_REQUIRE_OK(tx.status());
        AssignmentRepository repo(*db, round);
        for (const QString& pair : pairs) {
            const QStringList p = pair.split(u'|');
            RB_REQUIRE_OK(repo.add(idOf("expert", p[0]), idOf("application", p[1])));
        }
        RB_REQUIRE_OK(tx.commit());
    }

    /// Every expert on every application of the lists.
    void assignAll(const QStringList& experts, const QStringList& applications)
    {
        QStringList pairs;
        for (const QString& e : experts)
            for (const QString& a : applications)
                pairs << e + u'|' + a;
        assign(pairs);
    }

    /// The CSV rows of a complete sheet: A = min(60, total), B = the rest, V.
    static QString rowsOf(const Given& g)
    {
        const double a = std::min(60.0, g.total);
        return u"%1,%2,A,%3\n%1,%2,B,%4\n%1,%2,V,%5\n"_s.arg(g.expert, g.application)
            .arg(a)
            .arg(g.total - a)
            .arg(g.veto ? 1 : 0);
    }

    static io::Table sheet(const QString& rows, const QString& name = u"sheet.csv"_s)
    {
        Result<io::Table> table = io::parseCsv((u"expert,application,criterion,score\n"_s + rows).toUtf8(), name);
        RB_REQUIRE_OK(table);
        return *table;
    }

    /// Enters complete sheets through paper entry (single entry: everything counts).
    merge::PaperReport enter(const QList<Given>& given, const QString& by = u"录入员"_s)
    {
        QString rows;
        for (const Given& g : given)
            rows += rowsOf(g);
        Result<merge::PaperReport> report = merge::importPaperScores(*db, round, sheet(rows), by);
        RB_REQUIRE_OK(report);
        REQUIRE(report->counted == 3 * given.size());
        return *report;
    }

    merge::PaperReport enter(const QString& text) { return enter(given(text)); }

    void set(const QString& key, const QString& value) { RB_REQUIRE_OK(RoundSettings(*db, round.id).set(key, value)); }

    consolidation::Results results(const QString& method = {})
    {
        Result<consolidation::Results> r = consolidation::consolidate(*db, round, method);
        RB_REQUIRE_OK(r);
        return *r;
    }
};

/// The result of one application.
inline const consolidation::ApplicationResult& resultOf(const consolidation::Results& r, const QString& code)
{
    for (const consolidation::ApplicationResult& a : r.applications) {
        if (a.code == code)
            return a;
    }
    FAIL("no result for " << code.toStdString());
    return r.applications.first();
}

/// Application codes in result (rank) order.
inline QStringList orderOf(const consolidation::Results& r)
{
    QStringList out;
    for (const consolidation::ApplicationResult& a : r.applications)
        out << a.code;
    return out;
}

} // namespace rb::test
