// SPDX-License-Identifier: GPL-3.0-or-later
// Every string the program shows has a Chinese translation with the same placeholders: lupdate is
// run over the sources now, so a tr() added without translating it fails here.
#include "TestSupport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = Message{context, {}, {}, {}, false};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("comment"))
            current.comment = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

TEST_CASE("ui: every string of the sources has a finished Chinese translation", "[ui][language]")
{
    rb::test::TempDir dir;
    const QString fresh = dir.path(QStringLiteral("fresh_zh_CN.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(RB_SOURCE_DIR));
    lupdate.start(QStringLiteral(RB_LUPDATE), {QStringLiteral("-silent"), QStringLiteral("core"), QStringLiteral("ui"),
                                               QStringLiteral("app"), QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    QHash<QString, Message> committed;
    for (const Message& m : readTs(QStringLiteral(RB_SOURCE_DIR "/resources/translations/reviewbench_zh_CN.ts")))
        committed.insert(m.context + QLatin1Char('|') + m.source + QLatin1Char('|') + m.comment, m);
    const QList<Message> needed = readTs(fresh);
    REQUIRE(needed.size() > 300);
    for (const Message& m : needed) {
        const QString key = m.context + QLatin1Char('|') + m.source + QLatin1Char('|') + m.comment;
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        REQUIRE(committed.contains(key));
        const Message& t = committed[key];
        CHECK_FALSE(t.unfinished);
        CHECK_FALSE(t.translation.trimmed().isEmpty());
        CHECK(placeholders(t.translation) == placeholders(m.source));
    }
}
