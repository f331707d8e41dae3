// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "common/Tr.h"

#include <algorithm>

#include <QCoreApplication>

namespace rb::cli {

int exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::Usage: return UsageError;
    case ErrorKind::Input:
    case ErrorKind::Cancelled: return Rejected;
    case ErrorKind::Io:
    case ErrorKind::Database: return IoError;
    }
    return IoError;
}

int Io::fail(const Error& error)
{
    err << Tr::tr("error: ") << error.message << Qt::endl;
    for (const Issue& issue : error.issues)
        err << QStringLiteral("  ") << issue.toString() << Qt::endl;
    return exitCodeFor(error);
}

Args::Args(const QString& command, const QString& description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void Args::positional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

void Args::option(const QStringList& names, const QString& description, const QString& valueName,
                  const QString& defaultValue)
{
    QCommandLineOption o(names, description, valueName, defaultValue);
    m_parser.addOption(o);
}

std::optional<int> Args::parse(const QStringList& args, Io& io, int minPositional, int maxPositional)
{
    QStringList full = args;
    full.prepend(QStringLiteral("reviewbench-cli ") + m_command);
    if (!m_parser.parse(full)) {
        io.err << Tr::tr("usage error: ") << m_parser.errorText() << Qt::endl
               << Tr::tr("Run 'reviewbench-cli %1 --help' for the usage.").arg(m_command) << Qt::endl;
        return UsageError;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by the path it was started with; the usage line names the command instead.
        QString text = m_parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
            text.replace(at, program.size(), QStringLiteral("reviewbench-cli ") + m_command);
        io.out << text;
        return Success;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        io.err << Tr::tr("usage error: wrong number of arguments for '%1'").arg(m_command) << Qt::endl
               << Tr::tr("Run 'reviewbench-cli %1 --help' for the usage.").arg(m_command) << Qt::endl;
        return UsageError;
    }
    return std::nullopt;
}

Result<int> Args::integer(const QString& name, int minimum, int maximum) const
{
    bool ok = false;
    const QString text = m_parser.value(name);
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return Error::usage(Tr::tr("--%1 must be a whole number from %2 to %3, not '%4'")
                                .arg(name)
                                .arg(minimum)
                                .arg(maximum)
                                .arg(text));
    return value;
}

void Registry::add(Command command)
{
    m_commands.append(std::move(command));
}

QString Registry::help() const
{
    QString text = Tr::tr("Usage: reviewbench-cli COMMAND [ARGS...]\n\n"
                          "ReviewBench: expert review of intelligent-manufacturing pilot applications.\n\nCommands:\n");
    qsizetype width = 0;
    for (const Command& c : m_commands)
        width = std::max(width, c.name.size());
    for (const Command& c : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(c.name, -int(width)).arg(c.summary);
    text +=
        Tr::tr("\nRun 'reviewbench-cli COMMAND --help' for a command's options.\n"
               "Exit codes: 0 success, 1 usage error, 2 input rejected (nothing changed), 3 I/O or database error.\n");
    return text;
}

const Command* Registry::find(const QString& name) const
{
    for (const Command& c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

int Registry::run(const QStringList& args, Io& io) const
{
    if (args.isEmpty()) {
        io.err << help();
        return UsageError;
    }
    const QString& name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        io.out << help();
        return Success;
    }
    if (name == QLatin1String("--version")) {
        io.out << QStringLiteral("reviewbench-cli %1\n").arg(QStringLiteral(RB_VERSION));
        return Success;
    }
    for (const Command& c : m_commands) {
        if (c.name == name)
            return c.run(args.mid(1), io);
    }
    io.err << Tr::tr("usage error: unknown command '%1'").arg(name) << Qt::endl << Qt::endl << help();
    return UsageError;
}

QString loginName()
{
    for (const char* var : {"REVIEWBENCH_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(var).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString defaultUserName()
{
    const QString name = loginName();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace rb::cli
