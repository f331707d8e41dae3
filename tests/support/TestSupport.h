// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Round.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

/// Catch prints QStrings readably.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace rb::test {

/// A temporary folder for one test.
class TempDir {
public:
    TempDir();
    [[nodiscard]] QString path(const QString& name) const;
    /// Writes \a bytes to \a name and returns the path.
    QString write(const QString& name, const QByteArray& bytes) const;
    /// Writes UTF-8 text.
    QString writeText(const QString& name, const QString& text) const;

private:
    QTemporaryDir m_dir;
};

/// A new round database in a temporary folder.
struct RoundFixture {
    explicit RoundFixture(Category category = Category::Scenario, const QString& criteriaTemplate = {});
    TempDir dir;
    QString path;
    std::unique_ptr<db::Database> db;
    Round round;
};

/// GB18030 bytes of \a text, as Excel on Chinese Windows writes CSV.
QByteArray gb18030(const QString& text);

/// SHA-256 of a file's bytes (hex).
QByteArray fileHash(const QString& path);

/// Runs reviewbench-cli in-process (core commands) and captures its streams.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList& args);

/// A public sample file of the CLI contract.
QString sample(const QString& name);
/// A file under tests/data.
QString testData(const QString& name);

/// Requires a Result or Status to be ok, printing its error otherwise.
#define RB_REQUIRE_OK(expr)                                                                                            \
    do {                                                                                                               \
        const auto& rb_result_ = (expr);                                                                               \
        INFO((rb_result_.ok() ? std::string() : rb_result_.error().toString().toStdString()));                         \
        REQUIRE(rb_result_.ok());                                                                                      \
    } while (false)

} // namespace rb::test
