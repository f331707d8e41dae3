// SPDX-License-Identifier: GPL-3.0-or-later
// The State Council's holiday arrangements: shipped for 2025 and 2026, loaded into new files, imported from a CSV or
// an iCalendar file, and a warning when a notice reaches a year the calendar does not know (issue 11).
#include "TestSupport.h"

#include "io/Table.h"
#include "storage/Schema.h"
#include "workflow/CalendarFiles.h"

using namespace rb;
using namespace Qt::Literals::StringLiterals;
using workflow::Calendar;

TEST_CASE("calendar: new files know the 2025 and 2026 arrangements", "[calendar][real]")
{
    test::TempDir dir;
    const QString path = dir.path(u"new.rbdb"_s);
    const test::CliRun made = test::runCli(
        {u"new"_s, path, u"--category"_s, u"scenario"_s, u"--year"_s, u"2026"_s, u"--title"_s, u"新批次"_s});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    Result<std::unique_ptr<db::Database>> opened = db::schema::open(path);
    RB_REQUIRE_OK(opened);
    db::Database* db = opened->get();
    Result<Calendar> calendar = Calendar::load(*db);
    RB_REQUIRE_OK(calendar);
    // 2025 (checked against the notice): 国庆·中秋 10.1–10.8, with 9.28 (Sunday) and 10.11 (Saturday) worked.
    CHECK_FALSE(calendar->isWorkingDay(QDate(2025, 10, 8)));
    CHECK(calendar->isWorkingDay(QDate(2025, 9, 28)));
    CHECK(calendar->isWorkingDay(QDate(2025, 10, 11)));
    CHECK_FALSE(calendar->isWorkingDay(QDate(2025, 1, 28)));
    CHECK(calendar->isWorkingDay(QDate(2025, 2, 8)));
    // 2026: the 春节 week.
    CHECK_FALSE(calendar->isWorkingDay(QDate(2026, 2, 16)));
    CHECK(calendar->isWorkingDay(QDate(2026, 2, 14)));
    // A notice of five working days from Thursday 2025-09-25 runs over the holiday: 9.25, 9.26, 9.28, 9.29, 9.30.
    CHECK(calendar->endOfPeriod(QDate(2025, 9, 25), 5) == QDate(2025, 9, 30));
    Result<QList<int>> missing = workflow::yearsWithoutCalendar(*db, QDate(2026, 12, 28), QDate(2027, 1, 8));
    RB_REQUIRE_OK(missing);
    CHECK(*missing == QList<int>{2027});
    CHECK(workflow::missingYearsWarning(*missing).contains(u"2027"_s));
    CHECK(workflow::yearsWithoutCalendar(*db, QDate(2025, 1, 1), QDate(2026, 12, 31))->isEmpty());
}

TEST_CASE("calendar: next year's arrangement is one file, CSV or iCalendar", "[calendar][real]")
{
    test::RoundFixture f;
    SECTION("a CSV with Chinese headers, a title row and 放假/上班")
    {
        const QString csv = f.dir.writeText(u"2027.csv"_s, u"国务院办公厅关于2027年部分节假日安排\n"
                                                           "日期,类型,说明\n"
                                                           "2027-01-01,放假,元旦\n"
                                                           "2027/2/6,放假,春节\n"
                                                           "2027年2月7日,休,春节\n"
                                                           "2027-02-13,上班,春节调休\n"_s);
        const test::CliRun imported = test::runCli({u"calendar"_s, f.path, u"--import"_s, csv});
        INFO(imported.err.toStdString());
        REQUIRE(imported.code == 0);
        CHECK(imported.err.contains(u"4 day(s)"_s));
        Result<Calendar> c = Calendar::load(*f.db);
        RB_REQUIRE_OK(c);
        CHECK_FALSE(c->isWorkingDay(QDate(2027, 1, 1)));
        CHECK_FALSE(c->isWorkingDay(QDate(2027, 2, 6)));
        CHECK(c->isWorkingDay(QDate(2027, 2, 13)));
    }
    SECTION("an iCalendar file of all-day events, folded lines and a make-up day")
    {
        const QByteArray ics =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
            "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271001\r\nDTEND;VALUE=DATE:20271008\r\n"
            "SUMMARY:\xE5\x9B\xBD\xE5\xBA\x86\xE8\x8A\x82 \xE4\xBC\x91\r\nEND:VEVENT\r\n" // 国庆节 休
            "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270926\r\nSUMMARY:\xE5\x9B\xBD\xE5\xBA\x86\xE8\x8A\x82"
            "\r\n  \xE8\xA1\xA5\xE7\x8F\xAD\r\nEND:VEVENT\r\n" // 国庆节 补班, folded
            "END:VCALENDAR\r\n";
        const QString file = f.dir.write(u"2027.ics"_s, ics);
        const test::CliRun imported = test::runCli({u"calendar"_s, f.path, u"--import"_s, file});
        INFO(imported.err.toStdString());
        REQUIRE(imported.code == 0);
        Result<Calendar> c = Calendar::load(*f.db);
        RB_REQUIRE_OK(c);
        CHECK_FALSE(c->isWorkingDay(QDate(2027, 10, 1)));
        CHECK_FALSE(c->isWorkingDay(QDate(2027, 10, 7)));
        CHECK(c->isWorkingDay(QDate(2027, 10, 8))); // DTEND is the day after
        CHECK(c->isWorkingDay(QDate(2027, 9, 26))); // a Sunday worked
    }
    SECTION("a bad row names the file and the row, and nothing is stored")
    {
        const QString csv =
            f.dir.writeText(u"bad.csv"_s, u"date,kind,note\n2027-01-01,holiday,元旦\n2027-13-01,holiday,x\n"
                                          "2027-02-01,假期很长,x\n"_s);
        const test::CliRun refused = test::runCli({u"calendar"_s, f.path, u"--import"_s, csv});
        CHECK(refused.code == 2);
        CHECK(refused.err.contains(u"bad.csv"_s));
        CHECK(refused.err.contains(u"row 3"_s));
        CHECK(refused.err.contains(u"row 4"_s));
        CHECK(*f.db->scalar("SELECT count(*) FROM calendar_day WHERE day LIKE '2027-%'", -1) == 0);
    }
}

TEST_CASE("calendar: a year typed in Excel, with real date cells, imports", "[calendar][real]")
{
    test::RoundFixture f;
    // Excel keeps dates as serial numbers with a date format (here yyyy/m/d): they read as ISO dates.
    Result<io::Table> table = io::readTable(test::testData(u"real-files/calendar-openpyxl.xlsx"_s));
    RB_REQUIRE_OK(table);
    REQUIRE(table->rows.size() >= 4);
    CHECK(table->rows[1].cells.first() == u"2027-01-01"_s);
    const test::CliRun imported =
        test::runCli({u"calendar"_s, f.path, u"--import"_s, test::testData(u"real-files/calendar-openpyxl.xlsx"_s)});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    Result<Calendar> c = Calendar::load(*f.db);
    RB_REQUIRE_OK(c);
    CHECK_FALSE(c->isWorkingDay(QDate(2027, 2, 6)));
    CHECK(c->isWorkingDay(QDate(2027, 2, 14))); // a Sunday worked
}
