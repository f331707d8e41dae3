<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rb::Core</name>
    <message>
        <location filename="../../core/cli/Cli.cpp" line="+26"/>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>usage error: </source>
        <translation>用法错误：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Run &apos;reviewbench-cli %1 --help&apos; for the usage.</source>
        <translation>运行 &apos;reviewbench-cli %1 --help&apos; 查看用法。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>usage error: wrong number of arguments for &apos;%1&apos;</source>
        <translation>用法错误：命令“%1”的参数个数不正确</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，不能是“%4”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: reviewbench-cli COMMAND [ARGS...]

ReviewBench: expert review of intelligent-manufacturing pilot applications.

Commands:
</source>
        <translation>用法：reviewbench-cli COMMAND [ARGS...]

评审工作台：智能制造试点示范申报项目专家评审工具。

命令：
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Run &apos;reviewbench-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 usage error, 2 input rejected (nothing changed), 3 I/O or database error.
</source>
        <translation>
运行 &apos;reviewbench-cli COMMAND --help&apos; 查看该命令的选项。
退出码：0 成功，1 用法错误，2 输入被拒绝（未作任何修改），3 读写或数据库错误。
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>usage error: unknown command &apos;%1&apos;</source>
        <translation>用法错误：未知命令“%1”</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdDemo.cpp" line="+17"/>
        <source>Create a realistic synthetic round (deterministic for a seed): Chinese organisation names, valid credit codes, regions and sectors in realistic proportions, experts of whom some work for applicants.</source>
        <translation>创建一个逼真的模拟评审批次（随机种子相同则结果相同）：包含中文单位名称、有效的统一社会信用代码、按实际比例分布的所在地区和所属行业，以及部分在申报单位任职的评审专家。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The round database to create.</source>
        <translation>要创建的批次数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of applications.</source>
        <translation>申报项目数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of experts.</source>
        <translation>评审专家人数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts per application.</source>
        <translation>每个申报项目分配的评审专家人数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/cli/CmdRound.cpp" line="+27"/>
        <source>scenario, factory, zone or reeval.</source>
        <translation>scenario、factory、zone 或 reeval。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/cli/CmdRound.cpp" line="+1"/>
        <source>The round&apos;s year.</source>
        <translation>评审批次的年度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the file if it exists.</source>
        <translation>文件已存在时予以覆盖。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../core/cli/CmdRound.cpp" line="+10"/>
        <source>--category must be scenario, factory, zone or reeval</source>
        <translation>--category 必须为 scenario、factory、zone 或 reeval</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--seed must be a whole number</source>
        <translation>--seed 必须为整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists; choose another file or add --force</source>
        <translation>%1 已存在；请选择其他文件，或加上 --force</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>create a realistic synthetic round</source>
        <translation>创建逼真的模拟评审批次</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdImportList.cpp" line="+22"/>
        <source>Import a CSV (UTF-8 or GB18030) or .xlsx file into the round. All or nothing: when any row is wrong, nothing is imported and every bad row is listed. Rows are matched by code, so importing a file again updates rather than duplicates. Importing criteria replaces the round&apos;s criteria.</source>
        <translation>将 CSV 文件（UTF-8 或 GB18030 编码）或 .xlsx 文件导入评审批次。导入要么全部成功，要么全部不执行：任何一行有误时均不导入，并列出所有出错的行。各行按编号匹配，因此再次导入同一文件会更新已有记录，而不会重复添加。导入评价指标将替换本批次现有的评价指标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>applications, experts or criteria.</source>
        <translation>applications（申报项目）、experts（评审专家）或 criteria（评价指标）。</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <location filename="../../core/cli/CmdRound.cpp" line="+19"/>
        <location line="+55"/>
        <source>The round database.</source>
        <translation>批次数据库。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown import kind &apos;%1&apos; (applications, experts or criteria)</source>
        <translation>未知的导入类型“%1”（可选 applications、experts 或 criteria）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1：新增 %2 条，更新 %3 条，未变 %4 条</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 removed</source>
        <translation>，删除 %1 条</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the round&apos;s applications, experts or criteria.</source>
        <translation>列出本批次的申报项目、评审专家或评价指标。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>table, csv or json.</source>
        <translation>table、csv 或 json。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown list kind &apos;%1&apos; (applications, experts or criteria)</source>
        <translation>未知的列表类型“%1”（可选 applications、experts 或 criteria）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>import applications, experts or criteria from CSV or .xlsx</source>
        <translation>从 CSV 或 .xlsx 文件导入申报项目、评审专家或评价指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list applications, experts or criteria</source>
        <translation>列出申报项目、评审专家或评价指标</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdRound.cpp" line="-88"/>
        <source>Create a round database with a round, or add a round to an existing file. Prints the round&apos;s code.</source>
        <translation>创建包含一个评审批次的数据库，或向已有文件添加评审批次。输出该批次的编号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The round database (.rbdb) to create or extend.</source>
        <translation>要创建或追加批次的批次数据库（.rbdb）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The round&apos;s title.</source>
        <translation>评审批次的名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria: a built-in template (scenario, factory, zone, reeval), a criteria file (.csv, .xlsx, .json) or none. Default: the category&apos;s built-in template.</source>
        <translation>评价指标：内置模板（scenario、factory、zone、reeval）、指标文件（.csv、.xlsx、.json）或 none。默认为该类别的内置模板。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--year and --title are required</source>
        <translation>--year 和 --title 为必填项</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show or change the round&apos;s settings (aggregation rule, thresholds, quotas, ...). VALUE &apos;default&apos; restores the default; &apos;none&apos; clears an optional setting.</source>
        <translation>查看或修改本批次的评审规则（汇总方法、阈值、推荐名额等）。VALUE 为 &apos;default&apos; 时恢复默认值；为 &apos;none&apos; 时清除可选设置项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A setting, e.g. aggregation.method or quota.浙江省.</source>
        <translation>设置项，例如 aggregation.method 或 quota.浙江省。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its new value.</source>
        <translation>新的取值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table, csv or json (when listing).</source>
        <translation>table、csv 或 json（列出设置项时使用）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Check a round database: schema version, SQLite integrity, foreign keys and the criteria rules. Changes nothing.</source>
        <translation>检查批次数据库：结构版本、SQLite 完整性、外键及评价指标规则。不作任何修改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/storage/Schema.cpp" line="+125"/>
        <source>%1 is not a ReviewBench database, or it is damaged: %2</source>
        <translation>%1 不是评审工作台数据库，或文件已损坏：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/storage/Schema.cpp" line="+5"/>
        <source>%1 is not a ReviewBench round database</source>
        <translation>%1 不是评审工作台批次数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema version: %1 (this program writes version %2)</source>
        <translation>结构版本：%1（本程序写入版本 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file was written by a newer ReviewBench; update the program</source>
        <translation>该文件由更高版本的评审工作台写入，请升级本程序</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>the file is damaged (%n problem(s) found)</source>
        <translation>
            <numerusform>文件已损坏（发现 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file will be upgraded to version %1 when it is next opened for writing</source>
        <translation>下次以写入方式打开时，该文件将升级到版本 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read round %1</source>
        <translation>无法读取评审批次 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round %1 (%2 %3, %4): %5 applications, %6 experts, %7 criteria</source>
        <translation>评审批次 %1（%2 %3，%4）：申报项目 %5 个，评审专家 %6 名，评价指标 %7 项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  warning: criteria: %1</source>
        <translation>  警告：评价指标：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>create a round database or add a round to one</source>
        <translation>创建批次数据库，或向已有数据库添加评审批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show or change round settings</source>
        <translation>查看或修改评审规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a database&apos;s integrity and schema version</source>
        <translation>检查数据库的完整性和结构版本</translation>
    </message>
    <message>
        <location filename="../../core/cli/Output.cpp" line="+66"/>
        <source>--format must be table, csv or json, not &apos;%1&apos;</source>
        <translation>--format 必须为 table、csv 或 json，不能是“%1”</translation>
    </message>
    <message>
        <location filename="../../core/cli/Session.cpp" line="+27"/>
        <source>The round to act on (default: the only round of the file).</source>
        <translation>要操作的评审批次（默认为文件中唯一的批次）。</translation>
    </message>
    <message>
        <location filename="../../core/common/Result.cpp" line="+15"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1</source>
        <translation>“%1”列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <comment>between the parts of a place in a file</comment>
        <translation>，</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>: </source>
        <comment>after a place in a file</comment>
        <translation>：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled; nothing was changed</source>
        <translation>已取消，未作任何修改</translation>
    </message>
    <message>
        <location filename="../../core/domain/CreditCode.cpp" line="+59"/>
        <source>the code is empty</source>
        <translation>代码为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a unified social credit code has 18 characters, this one has %1</source>
        <translation>统一社会信用代码应为 18 位，该代码为 %1 位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>character %1 (&apos;%2&apos;) is not allowed (allowed: digits and A–Y except I, O, S, V, Z)</source>
        <translation>第 %1 位字符（“%2”）不允许使用（允许使用：数字，以及除 I、O、S、V、Z 以外的大写字母 A–Y）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the check character (the 18th) should be &apos;%1&apos;, not &apos;%2&apos;: the code is mistyped</source>
        <translation>校验码（第 18 位）应为“%1”，而不是“%2”：代码填写有误</translation>
    </message>
    <message>
        <location filename="../../core/domain/Criteria.cpp" line="+38"/>
        <source>&apos;%1&apos; is not a band; write bands like 优:85-100;良:60-85</source>
        <translation>“%1”不是有效的评分档次，请按“优:85-100;良:60-85”的格式填写</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>band %1 goes beyond 100 percent</source>
        <translation>评分档次“%1”超出了 100%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bands %1 and %2 overlap</source>
        <translation>评分档次“%1”与“%2”重叠</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>the criterion has no code</source>
        <translation>该指标没有编号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code %1 is used twice (also row %2)</source>
        <translation>编号 %1 重复（另见第 %2 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code %1 is used twice</source>
        <translation>编号 %1 重复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the criterion has no name</source>
        <translation>该指标没有名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the parent %1 is not a criterion of this list</source>
        <translation>上级指标 %1 不在本指标列表中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a criterion cannot be its own parent</source>
        <translation>指标不能以自身作为上级指标</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the parents of %1 form a loop</source>
        <translation>%1 的上级指标构成循环</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>veto item %1 cannot have sub-criteria</source>
        <translation>否决项 %1 不能设置下级指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>veto item %1 has no points; leave the maximum empty</source>
        <translation>否决项 %1 不设分值，请将分值留空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the maximum must be more than 0 and at most 100, not %1</source>
        <translation>分值必须大于 0 且不超过 100，不能是 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>criterion %1 is scored but has no maximum points</source>
        <translation>指标 %1 为计分指标，但未设置分值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the maximum of %1 is %2 but its sub-criteria add up to %3</source>
        <translation>指标 %1 的分值为 %2，但其下级指标分值合计为 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the points of the scored criteria add up to %1; they must add up to 100</source>
        <translation>计分指标的分值合计为 %1，合计必须为 100</translation>
    </message>
    <message>
        <location filename="../../core/domain/Region.cpp" line="+200"/>
        <source>Excellent scenario</source>
        <translation>优秀场景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demonstration factory</source>
        <translation>示范工厂</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pioneer zone</source>
        <translation>先行区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-evaluation</source>
        <translation>复评</translation>
    </message>
    <message>
        <location filename="../../core/import/ApplicationImport.cpp" line="+61"/>
        <location filename="../../core/import/CriteriaImport.cpp" line="+56"/>
        <location filename="../../core/import/ExpertImport.cpp" line="+71"/>
        <source>column &apos;%1&apos; is not used and was ignored</source>
        <translation>“%1”列未使用，已忽略</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the application code is empty</source>
        <translation>申报项目编号为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application code %1 appears twice (also row %2)</source>
        <translation>申报项目编号 %1 重复（另见第 %2 行）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the title is empty</source>
        <translation>项目名称为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the applicant is empty</source>
        <translation>申报单位为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the unified social credit code is required (round category: %1)</source>
        <translation>统一社会信用代码为必填项（批次类别：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 applicants but %2 credit codes; give one code per applicant, in the same order</source>
        <translation>有 %1 个申报单位，但有 %2 个统一社会信用代码；请按相同顺序为每个申报单位填写一个代码</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../core/import/ExpertImport.cpp" line="+40"/>
        <source>%1 is not a valid credit code: %2</source>
        <translation>%1 不是有效的统一社会信用代码：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>credit code %1 belongs to a differently named applicant in row %2</source>
        <translation>统一社会信用代码 %1 在第 %2 行对应的申报单位名称与此不同</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the region is empty</source>
        <translation>所在地区为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/import/ExpertImport.cpp" line="+8"/>
        <source>&apos;%1&apos; is not a province, separately planned city, 新疆生产建设兵团 or 中央企业</source>
        <translation>“%1”不是省份、计划单列市、新疆生产建设兵团或中央企业</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a sector (原材料, 装备制造, 消费品 or 电子信息)</source>
        <translation>“%1”不是有效的所属行业（原材料、装备制造、消费品或电子信息）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a recommending authority (a province, separately planned city, 新疆生产建设兵团 or 中央企业)</source>
        <translation>“%1”不是有效的推荐单位（省份、计划单列市、新疆生产建设兵团或中央企业）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the priority must be a whole number from 1, not &apos;%1&apos;</source>
        <translation>推荐顺序必须是从 1 开始的整数，不能是“%1”</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 already gave priority %2 in row %3</source>
        <translation>%1 已在第 %3 行使用推荐顺序 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already gave priority %2 to application %3</source>
        <translation>%1 已将推荐顺序 %2 用于申报项目 %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 would have %2 applications in this round, more than its quota of %3</source>
        <translation>%1 在本批次的申报项目将达到 %2 个，超过其推荐名额 %3 个</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>row %1: the applicant with credit code %2 is recorded as %3 and will be renamed %4</source>
        <translation>第 %1 行：统一社会信用代码为 %2 的申报单位原记录名称为“%3”，将更名为“%4”</translation>
    </message>
    <message>
        <location filename="../../core/import/Columns.cpp" line="+48"/>
        <source>column %1 appears twice (columns %2 and %3)</source>
        <translation>“%1”列出现了两次（第 %2 列和第 %3 列）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the required column %1 is missing</source>
        <translation>缺少必需的列 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the columns are not right</source>
        <translation>%1：表头列不符合要求</translation>
    </message>
    <message>
        <location filename="../../core/import/CriteriaImport.cpp" line="+17"/>
        <source>the kind is empty; write points or veto</source>
        <translation>类型为空，请填写 points 或 veto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a kind; write points (分值) or veto (否决)</source>
        <translation>“%1”不是有效的类型，请填写 points（分值）或 veto（否决）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file holds no criteria</source>
        <translation>文件中没有评价指标</translation>
    </message>
    <message>
        <location filename="../../core/import/ExpertImport.cpp" line="-26"/>
        <source>the expert code is empty</source>
        <translation>专家编号为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert code %1 appears twice (also row %2)</source>
        <translation>专家编号 %1 重复（另见第 %2 行）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organisation is empty</source>
        <translation>工作单位为空</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/import/Importer.cpp" line="+40"/>
        <source>%1: %n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>%1：发现 %n 个问题，未导入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file was read as %1</source>
        <translation>文件已按 %1 编码读取</translation>
    </message>
    <message>
        <location filename="../../core/io/Csv.cpp" line="+138"/>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quote opened in this row is never closed</source>
        <translation>本行开始的引号一直未闭合</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/io/Xlsx.cpp" line="+199"/>
        <source>%1 is empty: the first row must name the columns</source>
        <translation>%1 为空：第一行必须为列名</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/templates/Templates.cpp" line="+100"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an old .xls workbook; save it as .xlsx or CSV in Excel first</source>
        <translation>%1 是旧版 .xls 工作簿，请先在 Excel 中另存为 .xlsx 或 CSV 格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid .xlsx workbook</source>
        <translation>%1 不是有效的 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../core/io/Xlsx.cpp" line="-131"/>
        <source>the shared strings of the workbook are damaged: %1</source>
        <translation>工作簿的共享字符串已损坏：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the workbook does not say where its first worksheet is</source>
        <translation>工作簿未指明第一个工作表的位置</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not a readable .xlsx workbook: %2</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：%2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: the worksheet is damaged: %2</source>
        <translation>%1：工作表已损坏：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxWriter.cpp" line="+39"/>
        <source>cannot add the worksheet %1</source>
        <translation>无法添加工作表 %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the workbook %1</source>
        <translation>无法创建工作簿 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cannot read back the workbook: %1</source>
        <translation>无法回读工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../core/io/ZipReader.cpp" line="+96"/>
        <source>not a valid zip archive</source>
        <translation>不是有效的 zip 压缩包</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the archive has no entry %1</source>
        <translation>压缩包中没有条目 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>cannot read entry %1 of the archive</source>
        <translation>无法读取压缩包中的条目 %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>entry %1 of the archive is too large</source>
        <translation>压缩包中的条目 %1 过大</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>entry %1 of the archive is damaged</source>
        <translation>压缩包中的条目 %1 已损坏</translation>
    </message>
    <message>
        <location filename="../../core/repo/CriteriaRepository.cpp" line="+96"/>
        <source>criterion %1 already has %2 scores and cannot be removed</source>
        <translation>指标 %1 已有 %2 条评分，不能删除</translation>
    </message>
    <message>
        <location filename="../../core/repo/RoundRepository.cpp" line="+81"/>
        <source>the file holds no round yet; create one with &apos;new&apos;</source>
        <translation>文件中还没有评审批次，请用 &apos;new&apos; 命令创建</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file holds several rounds; choose one with --round (%1)</source>
        <translation>文件中有多个评审批次，请用 --round 指定其中一个（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no round %1 in this file (rounds: %2)</source>
        <translation>文件中没有评审批次 %1（现有批次：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the year must be between 2000 and 2100, not %1</source>
        <translation>年度必须在 2000 到 2100 之间，不能是 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the round needs a title</source>
        <translation>评审批次必须有名称</translation>
    </message>
    <message>
        <location filename="../../core/repo/RoundSettings.cpp" line="+45"/>
        <source>there is no setting %1; &apos;config DB&apos; lists them</source>
        <translation>没有设置项 %1；可用 &apos;config DB&apos; 列出全部设置项</translation>
    </message>
    <message>
        <location filename="../../core/settings/SettingsRegistry.cpp" line="+68"/>
        <source>How experts&apos; totals become the application&apos;s score: trimmed (drop the highest and lowest), mean, median or zscore</source>
        <translation>专家总分汇总为申报项目得分的方法：trimmed（去掉一个最高分和一个最低分后取平均）、mean（算术平均）、median（中位数）或 zscore（标准分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fewest counted experts for the trimmed mean; below it the mean is used</source>
        <translation>采用去极值平均所需的最少有效专家人数；不足此数时改用算术平均</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts assigned to each application</source>
        <translation>每个申报项目分配的评审专家人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts never review applications from their own province</source>
        <translation>评审专家不评审本省（所在地区）的申报项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest score that can be proposed (none = no pass line)</source>
        <translation>拟入选的最低分数（none 表示不设分数线）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many applications the round may propose (none = no limit)</source>
        <translation>本批次拟入选申报项目的数量上限（none 表示不限）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag a disagreement when experts&apos; totals differ by at least this</source>
        <translation>专家总分的差值达到此值时标记为评分分歧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag a disagreement when the standard deviation reaches this</source>
        <translation>专家总分的标准差达到此值时标记为评分分歧</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default bands (percent of a criterion&apos;s maximum) for criteria without their own</source>
        <translation>未单独设置评分档次的指标所用的默认评分档次（占该指标分值的百分比）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When an expert must comment on a criterion: none, extreme_bands (a score in the top or bottom band) or all</source>
        <translation>评审专家须对指标填写评语的情形：none（无需填写）、extreme_bands（得分落在最高档或最低档时）或 all（全部指标）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experts must write strengths and problems before submitting</source>
        <translation>评审专家提交前须填写主要优势和存在问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts must give a recommendation before submitting</source>
        <translation>评审专家提交前须给出推荐意见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper score sheets are typed in twice by different people and compared</source>
        <translation>纸质评分表由两人分别录入并比对核验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the committee that must be present for a deliberation</source>
        <translation>召开论证会须出席的委员比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the members present who must vote for a conclusion</source>
        <translation>形成结论须获出席委员赞成的比例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of the public notice in working days</source>
        <translation>公示期（工作日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Construction period after approval, in months</source>
        <translation>批复后的建设期（月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a title is valid after the decision, in years</source>
        <translation>称号自决定之日起的有效期（年）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interval between progress reports, in months</source>
        <translation>报送进展情况报告的间隔（月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most applications each recommending authority may submit (none = no quota); quota.&lt;authority&gt; overrides it for one authority</source>
        <translation>每个推荐单位可推荐的申报项目数量上限（none 表示不限）；可用 quota.&lt;authority&gt; 为单个推荐单位另行设置</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Most applications this recommending authority may submit</source>
        <translation>该推荐单位可推荐的申报项目数量上限</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 must be one of %2, not &apos;%3&apos;</source>
        <translation>%1 必须是 %2 之一，不能是“%3”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 必须为 true 或 false，不能是“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 必须是 %2 到 %3 之间的整数，不能是“%4”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 必须是 %2 到 %3 之间的数值，不能是“%4”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a fraction such as 2/3 or 0.75, not &apos;%2&apos;</source>
        <translation>%1 必须是分数或小数（如 2/3 或 0.75），不能是“%2”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>integer %1–%2</source>
        <translation>整数 %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>number %1–%2</source>
        <translation>数值 %1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fraction</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bands</source>
        <translation>评分档次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> or none</source>
        <translation> 或 none</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="+16"/>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../core/storage/Schema.cpp" line="-76"/>
        <location line="+8"/>
        <source>cannot write the backup %1 before upgrading</source>
        <translation>升级前无法写入备份文件 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>migration script %1 is missing from this build</source>
        <translation>本版本程序缺少迁移脚本 %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 was written by a newer version of ReviewBench (schema version %2; this program knows up to %3). Update ReviewBench to open it; the file was not changed.</source>
        <translation>%1 由更高版本的评审工作台写入（结构版本 %2；本程序最高支持 %3）。请升级评审工作台后再打开；文件未作修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 uses the older schema version %2 and must be upgraded; open it for writing</source>
        <translation>%1 使用旧的结构版本 %2，需要升级；请以写入方式打开</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>表 %2 的第 %1 行引用了 %3 中不存在的记录</translation>
    </message>
    <message>
        <location filename="../../core/templates/Templates.cpp" line="-36"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the built-in template %1 is missing from this build</source>
        <translation>本版本程序缺少内置模板 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no template or file named %1 (built-in templates: scenario, factory, zone, reeval)</source>
        <translation>没有名为 %1 的模板或文件（内置模板：scenario、factory、zone、reeval）</translation>
    </message>
    <message>
        <location filename="../../core/workflow/States.cpp" line="+14"/>
        <source>Recommended</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal review</source>
        <translation>形式审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberation</source>
        <translation>论证中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>拟入选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revise and reconsider</source>
        <translation>修改完善后再议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public notice</source>
        <translation>公示中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction</source>
        <translation>建设期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance failed</source>
        <translation>验收未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>有效期内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-evaluation due</source>
        <translation>待复评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>rb::ui::AppController</name>
    <message>
        <location filename="../../ui/app/AppController.cpp" line="+37"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>New review file</source>
        <translation>新建评审文件</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>ReviewBench files (*.rbdb)</source>
        <translation>评审工作台文件 (*.rbdb)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already exists. Open it and use File ▸ Add round to add a round to it.</source>
        <translation>%1 已存在。请打开该文件，然后使用“文件 ▸ 添加批次”向其中添加评审批次。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add round</source>
        <translation>添加批次</translation>
    </message>
</context>
<context>
    <name>rb::ui::ApplicationDetail</name>
    <message>
        <location filename="../../ui/applications/ApplicationDetail.cpp" line="+37"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applicant %1</source>
        <translation>申报单位 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended by</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>推荐顺序</translation>
    </message>
</context>
<context>
    <name>rb::ui::ApplicationsModel</name>
    <message>
        <location filename="../../ui/applications/ApplicationsModel.cpp" line="+69"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended by</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>推荐顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rb::ui::ApplicationsPage</name>
    <message>
        <location filename="../../ui/applications/ApplicationsPage.cpp" line="+35"/>
        <source>Search code, title, applicant or credit code</source>
        <translation>搜索编号、项目名称、申报单位或统一社会信用代码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sectors</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>rb::ui::BackgroundTask</name>
    <message>
        <location filename="../../ui/common/BackgroundTask.cpp" line="+29"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>rb::ui::CriteriaModel</name>
    <message>
        <location filename="../../ui/criteria/CriteriaModel.cpp" line="+100"/>
        <source>Veto</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Rename criterion %1</source>
        <translation>重命名指标 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the points of %1 to %2</source>
        <translation>将 %1 的分值设为 %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>评价指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring guidance</source>
        <translation>评分要点</translation>
    </message>
</context>
<context>
    <name>rb::ui::CriteriaPage</name>
    <message>
        <location filename="../../ui/criteria/CriteriaPage.cpp" line="+46"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add sub-criterion</source>
        <translation>添加下级指标</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add criterion</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+256"/>
        <location line="+5"/>
        <source>Load template</source>
        <translation>载入模板</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>From a file…</source>
        <translation>从文件载入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load criteria</source>
        <translation>载入评价指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria files (*.csv *.xlsx *.json)</source>
        <translation>评价指标文件 (*.csv *.xlsx *.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selected criterion</source>
        <translation>所选指标</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+16"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Veto (一票否决)</source>
        <translation>否决项（一票否决）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the round&apos;s default bands</source>
        <translation>采用本批次默认评分档次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>Bands</source>
        <translation>评分档次</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Scoring guidance</source>
        <translation>评分要点</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These criteria started from the built-in template “%1”. %2</source>
        <translation>本套评价指标以内置模板“%1”为基础。%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Points add up to 100</source>
        <translation>分值合计为 100</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points add up to %1 — they must add up to 100</source>
        <translation>分值合计为 %1，合计必须为 100</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Edit criterion %1</source>
        <translation>编辑指标 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Criteria</source>
        <translation>评价指标</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New criterion</source>
        <translation>新指标</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add criterion %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete criterion</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 “%2” and all its sub-criteria?</source>
        <translation>确定删除指标 %1“%2”及其全部下级指标吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete criterion %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move criterion %1</source>
        <translation>移动指标 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Load criteria from %1</source>
        <translation>从 %1 载入评价指标</translation>
    </message>
</context>
<context>
    <name>rb::ui::ExpertsModel</name>
    <message>
        <location filename="../../ui/experts/ExpertsModel.cpp" line="+50"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation credit code</source>
        <translation>工作单位统一社会信用代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>所在地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
</context>
<context>
    <name>rb::ui::ExpertsPage</name>
    <message>
        <location filename="../../ui/experts/ExpertsPage.cpp" line="+28"/>
        <source>Search code, name, organisation, region or field</source>
        <translation>搜索编号、姓名、工作单位、所在地区或专业领域</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>rb::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/import/ImportDialog.cpp" line="+37"/>
        <source>Import applications</source>
        <translation>导入申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import experts</source>
        <translation>导入评审专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import criteria</source>
        <translation>导入评价指标</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 data rows, read as %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 数据 %2 行，按 %3 编码读取</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready: %1 new, %2 changed, %3 unchanged.</source>
        <translation>准备就绪：新增 %1 条，修改 %2 条，未变 %3 条。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 criteria not in the file will be removed.</source>
        <translation>文件中未包含的 %1 项评价指标将被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file replaces the round&apos;s criteria.</source>
        <translation>该文件将替换本批次的评价指标。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problem(s) found. Nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>发现 %n 个问题。文件修正之前不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>rb::ui::MainWindow</name>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="+50"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New review file…</source>
        <translation>新建评审文件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Open review file</source>
        <translation>打开评审文件</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+151"/>
        <source>ReviewBench files (*.rbdb);;All files (*)</source>
        <translation>评审工作台文件 (*.rbdb);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add round…</source>
        <translation>添加批次(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Applications…</source>
        <translation>申报项目(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Experts…</source>
        <translation>评审专家(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criteria…</source>
        <translation>评价指标(&amp;C)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import applications</source>
        <translation>导入申报项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import applications from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入申报项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round:</source>
        <translation>评审批次：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ReviewBench</source>
        <translation>关于评审工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ReviewBench</source>
        <translation>关于评审工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ReviewBench %1&lt;/h3&gt;&lt;p&gt;Expert review of intelligent-manufacturing pilot applications: rosters, criteria, offline scoring, consolidation, case-by-case deliberation and the documents the committee signs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;评审工作台 ReviewBench %1&lt;/h3&gt;&lt;p&gt;智能制造试点示范申报项目专家评审工具：申报与专家名单、评价指标、离线评分、评分汇总、一事一议论证，以及需由专家委员会签署的各类文书。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GPL）第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes are saved as you make them. Signed in as %1.</source>
        <translation>所有修改即时保存。当前用户：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file open.</source>
        <translation>未打开文件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>评价指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round settings</source>
        <translation>规则设置</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;h1&gt;ReviewBench 评审工作台&lt;/h1&gt;&lt;p&gt;Expert review for intelligent-manufacturing pilot programmes: excellent scenarios, demonstration factories and pioneer zones.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;ReviewBench 评审工作台&lt;/h1&gt;&lt;p&gt;智能制造试点示范专家评审：优秀场景、示范工厂和先行区。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New review file…</source>
        <translation>新建评审文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>ReviewBench</source>
        <translation>评审工作台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1[*] — %2 — ReviewBench</source>
        <translation>%1[*] — %2 — 评审工作台</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt *.tsv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rb::ui::NewRoundDialog</name>
    <message>
        <location filename="../../ui/app/NewRoundDialog.cpp" line="+26"/>
        <source>New review round</source>
        <translation>新建评审批次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The category&apos;s built-in template</source>
        <translation>该类别的内置模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No criteria yet</source>
        <translation>暂不设置评价指标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria</source>
        <translation>评价指标</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2 review</source>
        <translation>%1年度%2评审</translation>
    </message>
</context>
<context>
    <name>rb::ui::OverviewPage</name>
    <message>
        <location filename="../../ui/overview/OverviewPage.cpp" line="+116"/>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicants</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored criteria (+ veto items)</source>
        <translation>计分指标（+ 否决项）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommending authorities</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications by region</source>
        <translation>申报项目地区分布</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 other regions</source>
        <translation>其他 %1 个地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications by sector</source>
        <translation>申报项目行业分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications by state</source>
        <translation>申报项目状态分布</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 other states</source>
        <translation>其他 %1 种状态</translation>
    </message>
</context>
<context>
    <name>rb::ui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/app/PreferencesDialog.cpp" line="+17"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system (Chinese unless the system is English)</source>
        <translation>跟随系统（系统语言为英文时使用英文，否则使用中文）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name (recorded with every change)</source>
        <translation>您的姓名（随每次修改一并记录）</translation>
    </message>
</context>
<context>
    <name>rb::ui::RoundSettingsModel</name>
    <message>
        <location filename="../../ui/settings/RoundSettingsPage.cpp" line="+116"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meaning</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>rb::ui::RoundSettingsPage</name>
    <message>
        <location line="+18"/>
        <source>The rules of this round. Values in bold differ from the defaults; double-click a value to change it. The same settings are available as &apos;reviewbench-cli config&apos;.</source>
        <translation>本批次的评审规则。加粗显示的值与默认值不同；双击某个值即可修改。也可通过 &apos;reviewbench-cli config&apos; 修改同样的设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a quota for an authority…</source>
        <translation>为推荐单位设置推荐名额…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+3"/>
        <location line="+7"/>
        <source>Quota</source>
        <translation>推荐名额</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Recommending authority:</source>
        <translation>推荐单位：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most applications from %1:</source>
        <translation>%1 最多可推荐的申报项目数：</translation>
    </message>
</context>
<context>
    <name>rb::ui::SetSettingCommand</name>
    <message>
        <location filename="../../ui/settings/SetSettingCommand.cpp" line="+12"/>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
</context>
<context>
    <name>rb::ui::Workspace</name>
    <message>
        <location filename="../../ui/document/Workspace.cpp" line="+19"/>
        <source>%1 holds no review round</source>
        <translation>%1 中没有评审批次</translation>
    </message>
</context>
</TS>
