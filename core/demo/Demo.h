// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Round.h"
#include "io/Table.h"
#include "storage/Database.h"

namespace rb::demo {

/// What a synthetic round holds.
struct DemoSpec {
    Category category = Category::Factory;
    int year = 2025;
    int applications = 240;
    int experts = 45;
    int perApplication = 5;
    quint64 seed = 1;
    bool assign = false;    ///< assign perApplication experts to every application
    bool scored = false;    ///< also fill, submit and merge packages (implies assign)
    int criteria = 0;       ///< 0 = the category's template, else synthetic criteria with this many leaves
    bool lifecycle = false; ///< also formal review, a committee meeting, a public notice and an earlier round
};

/// Synthetic rosters, deterministic for a seed: Chinese organisation names, valid credit codes,
/// regions and sectors in realistic proportions; some experts work for applicants (conflicts).
struct DemoData {
    io::Table applications;
    io::Table experts;
};
DemoData generate(const DemoSpec& spec);

/// Adds a demo round to an open database (the files go through the real import path).
Result<Round> addDemoRound(db::Database& db, const DemoSpec& spec, const Progress& progress = {});

/// Creates \a path with a demo round (the files go through the real import path).
Result<Round> createDemo(const QString& path, const DemoSpec& spec, const QString& user, const Progress& progress = {});

namespace detail {
/// Word lists for the generator.
const QStringList& surnames();
const QStringList& givenNameCharacters();
const QStringList& brandCharacters();
QStringList industryWords(const QString& sector);
QStringList productWords(const QString& sector);
const QStringList& scenarioNames();
const QList<QPair<QString, QString>>& institutions(); ///< (name, region)
QStringList citiesOf(const QString& region);
} // namespace detail

} // namespace rb::demo
