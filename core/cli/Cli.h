// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

namespace rb::cli {

/// Exit codes of reviewbench-cli (a stable contract).
enum Exit { Success = 0, UsageError = 1, Rejected = 2, IoError = 3 };

/// The exit code for an error value.
int exitCodeFor(const Error& error);

/// Where a command writes (the real streams, or strings in tests).
struct Io {
    QTextStream& out;
    QTextStream& err;
    /// Writes "error: ..." with every issue to err and returns the exit code.
    int fail(const Error& error);
};

/// Argument parsing for one command: QCommandLineParser with --help that never exits the process.
class Args {
public:
    Args(const QString& command, const QString& description);
    void positional(const QString& name, const QString& description, const QString& syntax = {});
    void option(const QStringList& names, const QString& description, const QString& valueName = {},
                const QString& defaultValue = {});
    /// Parses \a args (without the command name). Returns an exit code when the command must
    /// stop now (help shown: 0, bad usage: 1); nothing when it should go on.
    std::optional<int> parse(const QStringList& args, Io& io, int minPositional, int maxPositional);

    [[nodiscard]] QString value(const QString& name) const { return m_parser.value(name); }
    [[nodiscard]] QStringList values(const QString& name) const { return m_parser.values(name); }
    [[nodiscard]] bool isSet(const QString& name) const { return m_parser.isSet(name); }
    [[nodiscard]] QStringList positionals() const { return m_parser.positionalArguments(); }
    /// An integer option (with its default) or a usage error.
    Result<int> integer(const QString& name, int minimum, int maximum) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

/// One subcommand of reviewbench-cli.
struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList& args, Io& io)> run;
    /// Draws (PDF, charts): needs a GUI application object (offscreen without a display).
    bool needsGui = false;
};

/// The subcommands, looked up by name.
class Registry {
public:
    void add(Command command);
    /// Runs "reviewbench-cli COMMAND ARGS..." (\a args without the program name).
    int run(const QStringList& args, Io& io) const;
    [[nodiscard]] QString help() const;
    [[nodiscard]] const Command* find(const QString& name) const;

private:
    QList<Command> m_commands;
};

/// Adds the commands core provides (new, import, list, config, check, demo, ...).
void registerCoreCommands(Registry& registry);

/// The name the environment gives the user (REVIEWBENCH_USER, else the login name), or an empty string.
QString loginName();
/// The user name recorded in the audit log: loginName(), else "unknown".
QString defaultUserName();

} // namespace rb::cli
