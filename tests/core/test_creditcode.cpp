// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "domain/CreditCode.h"
#include "domain/Region.h"
#include "domain/Text.h"

using namespace rb;

TEST_CASE("credit codes: valid codes pass", "[creditcode]")
{
    for (const char* code : {"91330100MA2AAAAA1E", "91370200MA3BBBBB2M", "91440300MA5CCCCC3W",
                             "914403001922038216" /* 华为技术有限公司 */}) {
        INFO(code);
        CHECK(creditcode::validate(QString::fromLatin1(code)).isEmpty());
    }
}

TEST_CASE("credit codes: each kind of mistake is rejected with its reason", "[creditcode]")
{
    CHECK(
        creditcode::validate(QStringLiteral("91370200MA3BBBBB20")).contains(QStringLiteral("should be 'M', not '0'")));
    CHECK(creditcode::validate(QStringLiteral("91330100MA2AAAAA1"))
              .contains(QStringLiteral("18 characters, this one has 17")));
    CHECK(creditcode::validate(QStringLiteral("91330100MA2AAIAA1E")).contains(QStringLiteral("character 14 ('I')")));
    CHECK(creditcode::validate(QStringLiteral("91330100MA2AAOAA1E")).contains(QStringLiteral("not allowed")));
    CHECK_FALSE(creditcode::validate(QString()).isEmpty());
    // Swapping two characters changes the check character.
    CHECK_FALSE(creditcode::validate(QStringLiteral("91330100AM2AAAAA1E")).isEmpty());
}

TEST_CASE("credit codes: the check character follows GB 32100 for every prefix", "[creditcode]")
{
    // Changing any one of the first 17 characters must change the check character.
    const QString base = QStringLiteral("91330100MA2AAAAA1");
    const char check = creditcode::checkCharacter(base);
    REQUIRE(check != '\0');
    for (int i = 0; i < 17; ++i) {
        QString changed = base;
        changed[i] = changed[i] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        CHECK(creditcode::checkCharacter(changed) != check);
    }
}

TEST_CASE("credit codes: typed forms are normalised", "[creditcode]")
{
    CHECK(creditcode::normalise(QStringLiteral(" 91330100 ma2aaaaa1e ")) == QStringLiteral("91330100MA2AAAAA1E"));
    CHECK(creditcode::normalise(QString::fromUtf8("９１３３０１００MA2AAAAA1E"))
          == QStringLiteral("91330100MA2AAAAA1E"));
}

TEST_CASE("regions and sectors: names, short forms and aliases", "[domain]")
{
    CHECK(Region::all().size() == 38);
    REQUIRE(Region::find(QString::fromUtf8("浙江")));
    CHECK(Region::find(QString::fromUtf8("浙江"))->name == QString::fromUtf8("浙江省"));
    CHECK(Region::find(QString::fromUtf8("广西"))->name == QString::fromUtf8("广西壮族自治区"));
    CHECK(Region::find(QString::fromUtf8("兵团"))->name == QString::fromUtf8("新疆生产建设兵团"));
    CHECK(Region::find(QString::fromUtf8("央企"))->name == QString::fromUtf8("中央企业"));
    CHECK(Region::find(QString::fromUtf8("青岛市"))->kind == Region::Kind::City);
    CHECK(Region::find(QString::fromUtf8("青岛市"))->province == QString::fromUtf8("山东省"));
    CHECK(Region::find(QString::fromUtf8("火星")) == nullptr);
    CHECK(sector::canonical(QStringLiteral("Electronics")) == QString::fromUtf8("电子信息"));
    CHECK(sector::canonical(QString::fromUtf8("装备制造")) == QString::fromUtf8("装备制造"));
    CHECK(sector::canonical(QString::fromUtf8("农业")).isEmpty());
}

TEST_CASE("names: organisation names compare across spaces and full-width forms", "[domain]")
{
    CHECK(text::nameKey(QString::fromUtf8("示例 科技（深圳）有限公司"))
          == text::nameKey(QString::fromUtf8("示例科技(深圳)有限公司")));
    CHECK(text::nameKey(QString::fromUtf8("示例科技有限公司")) != text::nameKey(QString::fromUtf8("示例科创有限公司")));
    // Plain ASCII and CJK skip the normalisation and meet the full-width spelling that needs it.
    CHECK(text::nameKey(QString::fromUtf8("ABC 示例科技")) == QString::fromUtf8("abc示例科技"));
    CHECK(text::nameKey(QString::fromUtf8("ＡＢＣ示例科技")) == QString::fromUtf8("abc示例科技"));
    CHECK(text::splitList(QString::fromUtf8("甲；乙、丙;丁"))
          == QStringList{QString::fromUtf8("甲"), QString::fromUtf8("乙"), QString::fromUtf8("丙"),
                         QString::fromUtf8("丁")});
    CHECK(text::displayWidth(QString::fromUtf8("ab中文")) == 6);
}
