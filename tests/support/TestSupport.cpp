// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "cli/Cli.h"
#include "round/RoundSetup.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringEncoder>
#include <QTextStream>

namespace rb::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

QString TempDir::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString TempDir::write(const QString& name, const QByteArray& bytes) const
{
    QFile file(path(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return file.fileName();
}

QString TempDir::writeText(const QString& name, const QString& text) const
{
    return write(name, text.toUtf8());
}

RoundFixture::RoundFixture(Category category, const QString& criteriaTemplate)
{
    path = dir.path(QStringLiteral("round.rbdb"));
    Result<std::unique_ptr<db::Database>> created = db::schema::create(path);
    RB_REQUIRE_OK(created);
    db = std::move(*created);
    db->setUser(QStringLiteral("tester"));
    Result<Round> r = round::addRound(*db, {category, 2025, QStringLiteral("测试批次"), criteriaTemplate});
    RB_REQUIRE_OK(r);
    round = *r;
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

CliRun runCli(const QStringList& args)
{
    cli::Registry registry;
    cli::registerCoreCommands(registry);
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::Io io{out, err};
    run.code = registry.run(args, io);
    out.flush();
    err.flush();
    return run;
}

QString sample(const QString& name)
{
    return QStringLiteral(RB_CONTRACT_SAMPLE_DIR "/") + name;
}

QString testData(const QString& name)
{
    return QStringLiteral(RB_TEST_DATA_DIR "/") + name;
}

} // namespace rb::test
