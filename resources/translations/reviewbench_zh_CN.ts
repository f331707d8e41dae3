<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rb::Core</name>
    <message>
        <location filename="../../core/cli/Cli.cpp" line="+25"/>
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
        <location line="+15"/>
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
        <location line="+8"/>
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
        <location line="+33"/>
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
        <location filename="../../core/cli/CmdRound.cpp" line="+28"/>
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
        <location line="+1"/>
        <source>Leave the experts unassigned.</source>
        <translation>不为评审专家分配申报项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also fill, submit and merge every expert&apos;s package with synthetic scores (through the real package path).</source>
        <translation>同时用模拟评分填写、提交并合并每位评审专家的评审包（经由实际的评审包流程）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also run the lifecycle: formal review, scoring, a committee meeting with its records and votes, a public notice with objections, and an earlier round now under construction.</source>
        <translation>同时演示全流程：形式审查、评分、论证会（含会议记录和表决）、公示（含异议），以及一个已进入建设期的往期评审批次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synthetic criteria with N scored leaves (N divides 200) instead of the category&apos;s template.</source>
        <translation>使用含 N 个计分末级指标的模拟评价指标（N 须能整除 200），代替该类别的模板。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../core/cli/CmdRound.cpp" line="+10"/>
        <source>--category must be scenario, factory, zone or reeval</source>
        <translation>--category 必须为 scenario、factory、zone 或 reeval</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/cli/CmdReview.cpp" line="+45"/>
        <source>--seed must be a whole number</source>
        <translation>--seed 必须为整数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--criteria must divide 200 (e.g. 20 or 25)</source>
        <translation>--criteria 必须能整除 200（如 20 或 25）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; choose another file or add --force</source>
        <translation>%1 已存在；请选择其他文件，或加上 --force</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>create a realistic synthetic round</source>
        <translation>创建逼真的模拟评审批次</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdImportList.cpp" line="+70"/>
        <source>Import a CSV (UTF-8 or GB18030) or .xlsx file into the round. All or nothing: when any row is wrong, nothing is imported and every bad row is listed. Rows are matched by code, so importing a file again updates rather than duplicates. Importing criteria replaces the round&apos;s criteria.</source>
        <translation>将 CSV 文件（UTF-8 或 GB18030 编码）或 .xlsx 文件导入评审批次。导入要么全部成功，要么全部不执行：任何一行有误时均不导入，并列出所有出错的行。各行按编号匹配，因此再次导入同一文件会更新已有记录，而不会重复添加。导入评价指标将替换本批次现有的评价指标。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdDeliberation.cpp" line="+28"/>
        <location line="+68"/>
        <location line="+33"/>
        <location filename="../../core/cli/CmdExport.cpp" line="+62"/>
        <location filename="../../core/cli/CmdImportList.cpp" line="+5"/>
        <location line="+62"/>
        <location filename="../../core/cli/CmdMerge.cpp" line="+77"/>
        <location line="+54"/>
        <location filename="../../core/cli/CmdPackage.cpp" line="+24"/>
        <location line="+136"/>
        <location filename="../../core/cli/CmdReview.cpp" line="-24"/>
        <location line="+43"/>
        <location filename="../../core/cli/CmdRound.cpp" line="+19"/>
        <location line="+60"/>
        <location filename="../../core/cli/CmdWeights.cpp" line="+25"/>
        <location filename="../../core/cli/CmdWorkflow.cpp" line="+92"/>
        <location line="+32"/>
        <location line="+24"/>
        <location line="+26"/>
        <location line="+44"/>
        <location line="+52"/>
        <location line="+56"/>
        <location line="+83"/>
        <location line="+63"/>
        <location line="+43"/>
        <location line="+47"/>
        <source>The round database.</source>
        <translation>批次数据库。</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>A member&apos;s name.</source>
        <translation>委员姓名。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The member&apos;s organisation.</source>
        <translation>委员的工作单位。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>List the deliberation committee, or add, edit or remove a member.</source>
        <translation>列出论证委员会成员，或添加、修改、删除成员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the member of this name (with --role, --organisation, --rename).</source>
        <translation>修改该姓名的成员（配合 --role、--organisation、--rename）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the member of this name (not once they took part in a concluded case).</source>
        <translation>删除该姓名的成员（已参与形成结论的论证事项的成员不能删除）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the members of a roster (CSV or .xlsx: 姓名, 工作单位, 职务) and correct those already there; all or none.</source>
        <translation>按名单（CSV 或 .xlsx：姓名、工作单位、职务）添加委员，已有委员按名单更正；全部导入或全部不导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --edit: the member&apos;s new name.</source>
        <translation>与 --edit 配合：成员的新姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chair, vice_chair, member or secretary (default for --add: member).</source>
        <translation>chair（主任委员）、vice_chair（副主任委员）、member（委员）或 secretary（秘书）（--add 默认为 member）。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Hold a deliberation meeting: record who is absent and put the ready applications on the agenda (disagreements and cases near the pass line first).</source>
        <translation>召开论证会：记录缺席委员，并将具备论证条件的申报项目列入议程（存在评分分歧和接近入围分数线的项目排在前面）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting&apos;s title.</source>
        <translation>会议名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day (YYYY-MM-DD).</source>
        <translation>会议日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where.</source>
        <translation>会议地点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members absent, separated by commas.</source>
        <translation>缺席委员，以逗号分隔。</translation>
    </message>
    <message>
        <location filename="../../core/action/DeliberationActions.cpp" line="+31"/>
        <location filename="../../core/cli/CmdDeliberation.cpp" line="+74"/>
        <location line="+9"/>
        <location filename="../../core/deliberation/Deliberation.cpp" line="+101"/>
        <source>%1 is not a member of the committee</source>
        <translation>%1 不是论证委员会委员</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add committee member %1</source>
        <translation>添加委员 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit committee member %1</source>
        <translation>修改委员 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove committee member %1</source>
        <translation>移除委员 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move %1 up the committee</source>
        <translation>将 %1 在委员名单中上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down the committee</source>
        <translation>将 %1 在委员名单中下移</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the committee from %1</source>
        <translation>从 %1 导入委员会名单</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: the committee roster cannot be imported; nothing was imported</source>
        <translation>%1：委员会名单无法导入；未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n member(s) added</source>
        <translation>
            <numerusform>新增 %n 位委员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n corrected</source>
        <translation>
            <numerusform>更正 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create meeting %1</source>
        <translation>新建会议 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close meeting %1</source>
        <translation>结束会议 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark %1 present</source>
        <translation>记录 %1 出席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 absent</source>
        <translation>记录 %1 缺席</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prepare the agenda</source>
        <translation>编排议程</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no application is ready for deliberation: it needs its expert review with consolidated scores, or a decision to revise and reconsider</source>
        <translation>没有可上会论证的申报：需要已完成专家评审并汇总评分，或已决定修改完善后再议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no application is ready for deliberation. %1</source>
        <translation>没有可提交论证的项目。%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s) put on the agenda</source>
        <translation>
            <numerusform>已将 %n 项列入议程</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move %1 up the agenda</source>
        <translation>将 %1 在议程中前移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down the agenda</source>
        <translation>将 %1 在议程中后移</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the record of %1</source>
        <translation>编辑 %1 的论证记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recuse %1 from %2</source>
        <translation>%1 回避 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record %1&apos;s vote on %2: %3</source>
        <translation>记录 %1 对 %2 的表决：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit %1&apos;s part in %2</source>
        <translation>修改 %1 在 %2 中的参与情况</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All present members vote for %1</source>
        <translation>全体出席委员对 %1 投赞成票</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>every member present and not recused has voted on %1 already</source>
        <translation>对 %1，所有出席且未回避的委员均已表决</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n vote(s) for recorded</source>
        <translation>
            <numerusform>已记录 %n 张赞成票</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conclude %1: %2</source>
        <translation>%1 形成结论：%2</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdDeliberation.cpp" line="-131"/>
        <source>give one of --add, --edit, --remove and --import</source>
        <translation>请只给出 --add、--edit、--remove、--import 中的一个</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Record the committee&apos;s vote and conclusion on an application&apos;s open case (refused when the vote does not support the conclusion under the round&apos;s rule).</source>
        <translation>记录论证委员会对申报项目待议议题的表决情况和结论（按本批次规则，表决结果不足以支持该结论时不予记录）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>proposed, revise or rejected.</source>
        <translation>proposed（拟入选）、revise（修改完善后再议）或 rejected（不通过）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members voting for, separated by commas.</source>
        <translation>投赞成票的委员，以逗号分隔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members voting against.</source>
        <translation>投反对票的委员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members abstaining.</source>
        <translation>弃权的委员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members recused for this case, NAME:REASON separated by commas.</source>
        <translation>本议题回避的委员，格式为 NAME:REASON（姓名:回避理由），以逗号分隔。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The committee&apos;s collective opinion (default: the one already recorded).</source>
        <translation>论证委员会的集体意见（默认沿用已记录的意见）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What must be revised, for revise (default: the conditions already recorded).</source>
        <translation>结论为 revise 时须修改完善的内容（默认沿用已记录的修改完善要求）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dissenting opinion, NAME:TEXT.</source>
        <translation>不同意见，格式为 NAME:TEXT（姓名:意见内容）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no open case on a meeting&apos;s agenda</source>
        <translation>会议议程中没有 %1 的待议议题</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--dissent is NAME:TEXT, NAME a member of the committee</source>
        <translation>--dissent 的格式为 NAME:TEXT，其中 NAME 须为论证委员会委员</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>list, add, edit or remove deliberation committee members</source>
        <translation>列出、添加、修改或删除论证委员会成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold a deliberation meeting and prepare its agenda</source>
        <translation>召开论证会并准备议程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the vote and conclusion on a case</source>
        <translation>记录议题的表决情况和结论</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdImportList.cpp" line="-64"/>
        <source>applications, experts, criteria, conflicts or scores (paper score sheets; or a filled sheet into a package).</source>
        <translation>applications、experts、criteria、conflicts 或 scores（纸质评分表；或将填好的评分表导入评审包）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For &apos;import scores DB FILE&apos;: who typed in the paper score sheets.</source>
        <translation>用于 &apos;import scores DB FILE&apos;：纸质评分表的录入人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For applications: the recommending authority a recommender stands for, when ReviewBench cannot tell (repeatable), e.g. &quot;国务院国资委=中央企业&quot;; remembered in the round.</source>
        <translation>用于申报项目：当评审工作台无法判断时，指明推荐单位所对应的推荐主体（可重复），例如 &quot;国务院国资委=中央企业&quot;；该对应关系会记入本批次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For &apos;import scores PACKAGE FILE&apos;: the package&apos;s access code, to check the package against it (without it, against the round key the package carries).</source>
        <translation>用于“import scores PACKAGE FILE”：评审包的访问码，据此核验评审包（不提供时，以评审包所带的批次密钥核验）。</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+26"/>
        <source>unknown list kind &apos;%1&apos; (%2)</source>
        <translation>未知的列表类型“%1”（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write a blank import template (.xlsx) with the canonical Chinese headers and a 填表说明 sheet; filled in, it imports unchanged.</source>
        <translation>生成空白导入模板（.xlsx），含标准中文表头和“填表说明”工作表；填好后可直接导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For applications: the round&apos;s category (scenario, factory, zone, reeval); the credit code is required in scenario and factory rounds.</source>
        <translation>用于申报项目模板：批次类别（scenario、factory、zone、reeval）；优秀场景和示范工厂批次必须填写统一社会信用代码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown template &apos;%1&apos; (%2)</source>
        <translation>未知的模板“%1”（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown category &apos;%1&apos;</source>
        <translation>未知的类别“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>write a blank import template (.xlsx)</source>
        <translation>生成空白导入模板（.xlsx）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import applications, experts, criteria, conflicts or paper scores from CSV or .xlsx</source>
        <translation>从 CSV 或 .xlsx 导入申报项目、评审专家、评价指标、回避关系或纸质评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list applications, experts, criteria, conflicts, assignments or packages</source>
        <translation>列出申报项目、评审专家、评价指标、回避关系、专家分配或评审包</translation>
    </message>
    <message>
        <location line="-62"/>
        <location filename="../../core/cli/CmdMerge.cpp" line="-50"/>
        <location line="+54"/>
        <location filename="../../core/cli/CmdPackage.cpp" line="+3"/>
        <location filename="../../core/cli/CmdWeights.cpp" line="+11"/>
        <location filename="../../core/cli/CmdWorkflow.cpp" line="-469"/>
        <location line="+425"/>
        <source>table, csv or json.</source>
        <translation>table、csv 或 json。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>unknown import kind &apos;%1&apos; (applications, experts, criteria, conflicts or scores)</source>
        <translation>未知的导入类型“%1”（可用 applications、experts、criteria、conflicts 或 scores）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>List the round&apos;s applications, experts, criteria, conflicts, assignments or packages.</source>
        <translation>列出本批次的申报项目、专家、评价指标、回避关系、分配或评审包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applications, experts, criteria, conflicts, assignments or packages (collection status).</source>
        <translation>applications、experts、criteria、conflicts、assignments 或 packages（评审包回收情况）。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdRound.cpp" line="-93"/>
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
        <location line="+53"/>
        <source>Check a round database: schema version, SQLite integrity, foreign keys and the criteria rules. Changes nothing.</source>
        <translation>检查批次数据库：结构版本、SQLite 完整性、外键及评价指标规则。不作任何修改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../core/storage/Schema.cpp" line="+176"/>
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
        <location filename="../../core/cli/Output.cpp" line="+63"/>
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
        <location filename="../../core/package/Package.cpp" line="+421"/>
        <location filename="../../core/package/Verify.cpp" line="+92"/>
        <location filename="../../core/review/Conflicts.cpp" line="+293"/>
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
        <location filename="../../core/domain/Region.cpp" line="+251"/>
        <source>Excellent scenario</source>
        <translation>优秀场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demonstration factory</source>
        <translation>示范工厂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pioneer zone</source>
        <translation>先行区</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/notice/Milestones.cpp" line="+22"/>
        <source>Re-evaluation</source>
        <translation>复评</translation>
    </message>
    <message>
        <location filename="../../core/import/ApplicationImport.cpp" line="+59"/>
        <source>the file has no 申报编号 column: each application gets a code made from its recommending authority, applicant and title (such as 32-K7M2QX), the same each time the file is imported</source>
        <translation>文件中没有“申报编号”列：每个申报项目按其推荐主体、申报单位和项目名称生成编号（如 32-K7M2QX），每次导入同一文件得到的编号相同</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../core/import/ConflictImport.cpp" line="+22"/>
        <location filename="../../core/import/CriteriaImport.cpp" line="+26"/>
        <location filename="../../core/import/ExpertImport.cpp" line="+45"/>
        <source>column &apos;%1&apos; is not used and was ignored</source>
        <translation>“%1”列未使用，已忽略</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../core/import/ConflictImport.cpp" line="+41"/>
        <source>the application code is empty</source>
        <translation>申报项目编号为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application code %1 appears twice (also row %2)</source>
        <translation>申报项目编号 %1 重复（另见第 %2 行）</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../core/import/ExpertImport.cpp" line="+41"/>
        <source>%1 is not a valid credit code: %2</source>
        <translation>%1 不是有效的统一社会信用代码：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>credit code %1 belongs to a differently named applicant in row %2</source>
        <translation>统一社会信用代码 %1 在第 %2 行对应的申报单位名称与此不同</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the region is empty</source>
        <translation>所在地区为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/import/ExpertImport.cpp" line="+10"/>
        <source>&apos;%1&apos; is not a province, separately planned city, 新疆生产建设兵团 or 中央企业</source>
        <translation>“%1”不是省份、计划单列市、新疆生产建设兵团或中央企业</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a sector (原材料, 装备制造, 消费品 or 电子信息)</source>
        <translation>“%1”不是有效的所属行业（原材料、装备制造、消费品或电子信息）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; names no recommending authority ReviewBench knows (%2); say which it is with --authority &quot;%1=浙江省&quot; (or 中央企业 …), or choose it in the import preview</source>
        <translation>“%1”无法对应到已知的推荐主体（%2）；请用 --authority &quot;%1=浙江省&quot;（或 中央企业 等）指明，或在导入预览中选择</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 would have %2 applications in this round, more than its quota of %3 (rows of this file: %4)</source>
        <translation>%1 在本批次将有 %2 个申报项目，超过其名额 %3 个（本文件中的行：%4）</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>the priority must be a whole number from 1, not &apos;%1&apos;</source>
        <translation>推荐顺序必须是从 1 开始的整数，不能是“%1”</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 already gave priority %2 in row %3</source>
        <translation>%1 已在第 %3 行使用推荐顺序 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already gave priority %2 to application %3</source>
        <translation>%1 已将推荐顺序 %2 用于申报项目 %3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>row %1: the applicant with credit code %2 is recorded as %3 and will be renamed %4</source>
        <translation>第 %1 行：统一社会信用代码为 %2 的申报单位原记录名称为“%3”，将更名为“%4”</translation>
    </message>
    <message>
        <location filename="../../core/import/Columns.cpp" line="+106"/>
        <source>the header is on row %1; row(s) %2 above it were skipped</source>
        <translation>表头在第 %1 行；其上方的第 %2 行已跳过</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>row(s) %1 after the data hold notes and were skipped</source>
        <translation>数据下方的第 %1 行为说明文字，已跳过</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location filename="../../core/domain/Criteria.cpp" line="+7"/>
        <location filename="../../core/import/CriteriaImport.cpp" line="+8"/>
        <location filename="../../core/merge/PaperEntry.cpp" line="+105"/>
        <location filename="../../core/package/ScoreSheet.cpp" line="+98"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../../core/import/CriteriaImport.cpp" line="+16"/>
        <source>the file holds no criteria</source>
        <translation>文件中没有评价指标</translation>
    </message>
    <message>
        <location filename="../../core/import/ConflictImport.cpp" line="-5"/>
        <location filename="../../core/import/ExpertImport.cpp" line="-28"/>
        <source>the expert code is empty</source>
        <translation>专家编号为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no expert %1 in this round</source>
        <translation>本批次中没有评审专家 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the reason is empty; every conflict keeps its reason</source>
        <translation>回避理由为空；每条回避记录都须注明理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 appear twice (also row %3)</source>
        <translation>%1 与 %2 重复出现（另见第 %3 行）</translation>
    </message>
    <message>
        <location filename="../../core/import/ExpertImport.cpp" line="+3"/>
        <source>expert code %1 appears twice (also row %2)</source>
        <translation>专家编号 %1 重复（另见第 %2 行）</translation>
    </message>
    <message>
        <location filename="../../core/deliberation/CommitteeImport.cpp" line="+60"/>
        <location filename="../../core/import/ExpertImport.cpp" line="+4"/>
        <source>the name is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice (also on row %2)</source>
        <translation>%1 重复出现（第 %2 行也有）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a committee role (主任委员, 副主任委员, 委员 or 秘书)</source>
        <translation>“%1”不是委员会职务（应为主任委员、副主任委员、委员或秘书）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a committee has one chair; row %1 names one already</source>
        <translation>委员会只能有一位主任委员；第 %1 行已指定</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: the committee roster has %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1：委员会名单有 %n 处问题；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no member</source>
        <translation>%1 中没有委员</translation>
    </message>
    <message>
        <location filename="../../core/import/ExpertImport.cpp" line="+2"/>
        <source>the organisation is empty</source>
        <translation>工作单位为空</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/import/Importer.cpp" line="+44"/>
        <location filename="../../core/workflow/CalendarFiles.cpp" line="+73"/>
        <source>%1: %n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>%1：发现 %n 个问题，未导入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--authority takes RECOMMENDER=AUTHORITY, the authority a province, 计划单列市, 新疆生产建设兵团 or 中央企业 (e.g. &quot;国务院国资委=中央企业&quot;), not &apos;%1&apos;</source>
        <translation>--authority 的格式为 推荐单位=推荐主体，推荐主体须为省份、计划单列市、新疆生产建设兵团或中央企业（例如 &quot;国务院国资委=中央企业&quot;），而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n row(s) left out in the preview</source>
        <translation>
            <numerusform>在预览中排除了 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file was read as %1</source>
        <translation>文件已按 %1 编码读取</translation>
    </message>
    <message>
        <location filename="../../core/io/Csv.cpp" line="+36"/>
        <location filename="../../core/io/Xlsx.cpp" line="+484"/>
        <source>%1 is larger than %2 MB; split it into smaller files</source>
        <translation>%1 大于 %2 MB，请拆分为较小的文件</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: row %2 has more than %3 fields</source>
        <translation>%1：第 %2 行超过 %3 个字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 fields: is the separator right?</source>
        <translation>超过 %1 个字段：分隔符是否正确？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has more than %2 cells; split it into smaller files</source>
        <translation>%1 超过 %2 个单元格，请拆分为较小的文件</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the quote opened in this row is never closed</source>
        <translation>本行开始的引号一直未闭合</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../core/io/Xlsx.cpp" line="-206"/>
        <source>%1 is empty: the first row must name the columns</source>
        <translation>%1 为空：第一行必须为列名</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../core/review/Dossiers.cpp" line="+30"/>
        <location filename="../../core/storage/Snapshot.cpp" line="+123"/>
        <location filename="../../core/templates/Templates.cpp" line="+100"/>
        <location filename="../../core/workflow/CalendarFiles.cpp" line="+80"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is an old .xls workbook; save it as .xlsx or CSV in Excel first</source>
        <translation>%1 是旧版 .xls 工作簿，请先在 Excel 中另存为 .xlsx 或 CSV 格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid .xlsx workbook</source>
        <translation>%1 不是有效的 .xlsx 工作簿</translation>
    </message>
    <message>
        <location filename="../../core/io/Xlsx.cpp" line="-177"/>
        <source>the workbook has more than %1 shared strings</source>
        <translation>工作簿的共享字符串超过 %1 个</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+55"/>
        <source>the workbook has more than %1 cell styles</source>
        <translation>工作簿的单元格样式超过 %1 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the styles of the workbook are damaged: %1</source>
        <translation>工作簿的样式已损坏：%1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the worksheet is damaged: %1</source>
        <translation>工作表已损坏：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>row number %1 is not valid: rows go forward from 1 to %2 (after row %3)</source>
        <translation>行号 %1 无效：行号应从 1 递增至 %2（上一行为第 %3 行）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>merged cells &quot;%1&quot; are not a range of cells</source>
        <translation>合并单元格“%1”不是有效的单元格区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the worksheet has more than %1 merged ranges</source>
        <translation>工作表的合并区域超过 %1 个</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>row %1: cell reference &quot;%2&quot; is not a column from A to XFD</source>
        <translation>第 %1 行：单元格引用“%2”不是 A 至 XFD 之间的列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 has more than %2 columns</source>
        <translation>第 %1 行超过 %2 列</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+56"/>
        <source>the worksheet has more than %1 cells</source>
        <translation>工作表超过 %1 个单元格</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 is not a readable .xlsx workbook: %2</source>
        <translation>%1 不是可读取的 .xlsx 工作簿：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxWriter.cpp" line="+42"/>
        <source>cannot add the worksheet %1</source>
        <translation>无法添加工作表 %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the workbook %1</source>
        <translation>无法创建工作簿 %1</translation>
    </message>
    <message>
        <location filename="../../core/export/Archive.cpp" line="+45"/>
        <source>a change is still being saved; archive the round once it is done</source>
        <translation>有修改正在保存，请待保存完成后再归档本批次</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+28"/>
        <location line="+82"/>
        <location filename="../../core/io/CsvWriter.cpp" line="+78"/>
        <location filename="../../core/io/XlsxWriter.cpp" line="+6"/>
        <location line="+6"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-85"/>
        <location filename="../../core/merge/Backup.cpp" line="+43"/>
        <source>cannot copy the database to %1: %2</source>
        <translation>无法将数据库复制到 %1：%2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the archive %1 failed its integrity check: %2</source>
        <translation>归档文件 %1 未通过完整性检查：%2</translation>
    </message>
    <message>
        <location filename="../../core/io/XlsxWriter.cpp" line="-3"/>
        <source>cannot read back the workbook: %1</source>
        <translation>无法回读工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../core/io/ZipReader.cpp" line="+100"/>
        <location line="+5"/>
        <source>not a valid zip archive</source>
        <translation>不是有效的 zip 压缩包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the archive lists more than %1 entries</source>
        <translation>压缩包列出的条目超过 %1 个</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the list of entries of the archive is damaged</source>
        <translation>压缩包的条目列表已损坏</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the archive has no entry %1</source>
        <translation>压缩包中没有条目 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 of the archive is damaged: its data runs past the end</source>
        <translation>压缩包条目 %1 已损坏：其数据超出文件末尾</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 of the archive is too large (over %2 MB)</source>
        <translation>压缩包条目 %1 过大（超过 %2 MB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 of the archive takes it over %2 MB of uncompressed data</source>
        <translation>压缩包条目 %1 使解压后的数据超过 %2 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 of the archive claims to expand %2 bytes to %3, more than %4 times: refused as a zip bomb</source>
        <translation>压缩包条目 %1 声称将 %2 字节解压为 %3 字节，超过 %4 倍：视为压缩炸弹，拒绝读取</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read entry %1 of the archive</source>
        <translation>无法读取压缩包中的条目 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>entry %1 of the archive is damaged</source>
        <translation>压缩包中的条目 %1 已损坏</translation>
    </message>
    <message>
        <location filename="../../core/repo/CriteriaRepository.cpp" line="+96"/>
        <source>criterion %1 already has %2 scores and cannot be removed</source>
        <translation>指标 %1 已有 %2 条评分，不能删除</translation>
    </message>
    <message>
        <location filename="../../core/repo/RoundRepository.cpp" line="+82"/>
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
        <location filename="../../core/settings/SettingsRegistry.cpp" line="+73"/>
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
        <location line="+11"/>
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
        <location line="+7"/>
        <source>Experts must write strengths and problems before submitting</source>
        <translation>评审专家提交前须填写主要优点和存在问题</translation>
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
        <location line="-52"/>
        <source>How experts&apos; totals become the application&apos;s score: the mean without the highest and lowest, the mean, the median or standardised scores</source>
        <translation>专家总分汇总为申报项目得分的方法：去掉一个最高分和一个最低分后平均、算术平均、中位数或标准化得分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lowest score that can be proposed; without one, any score can</source>
        <translation>拟入选项目的最低分数；不设则不限分数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many applications the round may propose; without a number, no limit</source>
        <translation>本批次可拟入选的项目数；不设则不限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name an expert as pivotal when leaving them out moves an application by more than this many ranks (or across the quota)</source>
        <translation>去掉某位专家后，若某项目的排名变化超过此名次（或跨越名额线），即标记该专家为关键专家</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When an expert must explain the score of a criterion: never, for a score in the top or bottom band, or always</source>
        <translation>评审专家须对指标评分作出说明的情形：不要求、评分落在最高档或最低档时、或每项指标均须说明</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The eligibility items checked in the formal review; without a list, the category&apos;s default list</source>
        <translation>形式审查所核查的条件；不设则使用该类别的默认清单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most applications each recommending authority may submit; without a number, no quota. A quota set for one authority overrides it</source>
        <translation>每个推荐单位最多可推荐的项目数；不设则不限。为单个推荐单位设置的名额优先</translation>
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
        <location line="+31"/>
        <source>integer %1–%2</source>
        <translation>整数 %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number %1–%2</source>
        <translation>数值 %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fraction</source>
        <translation>比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bands</source>
        <translation>评分档次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+14"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../core/storage/Schema.cpp" line="-120"/>
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
        <location line="+95"/>
        <source>%1 was written by a newer version of ReviewBench (schema version %2; this program knows up to %3). Update ReviewBench to open it; the file was not changed.</source>
        <translation>%1 由更高版本的评审工作台写入（结构版本 %2；本程序最高支持 %3）。请升级评审工作台后再打开；文件未作修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 uses the older schema version %2 and must be upgraded; open it for writing</source>
        <translation>%1 使用旧的结构版本 %2，需要升级；请以写入方式打开</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location filename="../../core/domain/States.cpp" line="+19"/>
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
        <location filename="../../core/deliberation/Labels.cpp" line="+19"/>
        <source>Chair</source>
        <translation>主任委员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vice chair</source>
        <translation>副主任委员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>秘书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For</source>
        <translation>赞成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/domain/States.cpp" line="+1"/>
        <source>Proposed</source>
        <translation>拟入选</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/domain/States.cpp" line="+1"/>
        <source>Revise and reconsider</source>
        <translation>修改完善后再议</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/domain/States.cpp" line="+1"/>
        <source>Rejected</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not recommend</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review again after revision</source>
        <translation>修改后复核</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Open</source>
        <comment>a case without a conclusion yet</comment>
        <translation>尚无结论</translation>
    </message>
    <message>
        <location filename="../../core/domain/States.cpp" line="+1"/>
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
    <message>
        <location filename="../../core/cli/CmdPackage.cpp" line="-142"/>
        <source>Write one review package (.rbpkg) per expert into a folder: the round, its criteria, the expert&apos;s own code and name and their assigned applications with dossiers — nothing else. Experts who already have a package are skipped unless --reissue.</source>
        <translation>为每位评审专家生成一个评审包（.rbpkg）并写入文件夹，其中仅包含评审批次、评价指标、该专家本人的编号和姓名，以及分配给该专家的申报项目及其申报材料，不含其他任何内容。已有评审包的评审专家将被跳过，除非指定 --reissue。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder for the packages.</source>
        <translation>存放评审包的文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this expert (repeatable).</source>
        <translation>仅处理该评审专家（可重复指定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a new revision (re-opens a submitted package with the scores already returned; older revisions become stale).</source>
        <translation>下发新版本（重新开放已提交的评审包，并保留已交回的评分；旧版本随之过期）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the packages&apos; access codes (CSV: expert, name, package, code); default DIR/access-codes.csv. Send each code by another channel than the package.</source>
        <translation>评审包访问码的写入位置（CSV：expert、name、package、code）；默认为 DIR/access-codes.csv。访问码须通过与评审包不同的渠道发送。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--out DIR is required</source>
        <translation>--out DIR 为必填项</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>note: %1 already has revision %2; use --reissue for a new one</source>
        <translation>提示：%1 已有第 %2 版评审包；如需新版本，请使用 --reissue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 package(s) written</source>
        <translation>已生成 %1 个评审包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error: the access codes could not be written: %1; re-issue the packages with --reissue to get new ones</source>
        <translation>错误：无法写入访问码：%1；请用 --reissue 重新下发评审包以获得新的访问码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The access codes are in %1. Send each expert their code by another channel than the package (a phone call, a text message, a letter), never in the same e-mail; then delete the file. The round key&apos;s fingerprint on the letters: %2</source>
        <translation>访问码已写入 %1。请通过与评审包不同的渠道（电话、短信或信函）将访问码分别告知各位专家，切勿与评审包放在同一封邮件中；发送后删除该文件。通知中的批次密钥指纹：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>note: checked against the round key the package carries (fingerprint %1); give --code to check it against your access code</source>
        <translation>注意：已按评审包所带的批次密钥核验（指纹 %1）；提供 --code 可按您的访问码核验</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The package&apos;s access code (from the secretariat&apos;s letter), to check the package against it.</source>
        <translation>评审包的访问码（见秘书处的通知），据此核验评审包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write an expert&apos;s scoring sheet as .xlsx, to fill in Excel and read back with &apos;import scores PACKAGE FILE&apos;.</source>
        <translation>将评审专家的评分表导出为 .xlsx 文件，在 Excel 中填写后可用 &apos;import scores PACKAGE FILE&apos; 读回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>The expert&apos;s review package (.rbpkg).</source>
        <translation>评审专家的评审包（.rbpkg）。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdImportList.cpp" line="+33"/>
        <location filename="../../core/cli/CmdPackage.cpp" line="-20"/>
        <source>The .xlsx file to write.</source>
        <translation>要写入的 .xlsx 文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../core/cli/CmdPackage.cpp" line="+5"/>
        <source>--out FILE is required</source>
        <translation>--out FILE 为必填项</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdPackage.cpp" line="+13"/>
        <source>Submit a package: refused while anything required is missing (each is listed); then the scores are sealed with the key the access code unlocks, the key is destroyed and the package locked.</source>
        <translation>提交评审包：有必填内容缺失时拒绝提交（逐项列出）；否则用访问码解锁的密钥封存评分，随即销毁该密钥并锁定评审包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The package&apos;s access code (from the secretariat&apos;s letter); required: only its holder can seal the package.</source>
        <translation>评审包的访问码（见秘书处的通知）；必填：只有持有访问码者才能封存评审包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--code CODE is required: the access code from the secretariat&apos;s letter</source>
        <translation>必须提供 --code CODE：秘书处通知中的访问码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>submitted and sealed: %1</source>
        <translation>已提交并封存：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check returned packages against the round database without merging them: seal, round, expert, revision, submission.</source>
        <translation>对照批次数据库检查交回的评审包（不合并）：封签、评审批次、评审专家、版本和提交状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned packages.</source>
        <translation>交回的评审包。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1: %2 scores imported</source>
        <translation>%1：已导入 %2 条评分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the experts&apos; review packages</source>
        <translation>生成评审专家的评审包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an expert&apos;s scoring sheet (.xlsx)</source>
        <translation>导出评审专家的评分表（.xlsx）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submit and seal a review package</source>
        <translation>提交并封存评审包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check returned packages</source>
        <translation>检查交回的评审包</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdReview.cpp" line="-47"/>
        <source>Assign experts to applications: K per application, never a conflicted expert, loads balanced (within one where the conflicts allow), experts whose fields match the sector preferred, deterministic for a seed. Existing assignments are kept. Nothing is assigned when an application cannot get K experts.</source>
        <translation>为申报项目分配评审专家：每个申报项目 K 名，绝不分配需回避的专家；各专家的评审量保持均衡（在回避条件允许时相差不超过 1）；优先分配专业领域与申报项目所属行业相符的专家；随机种子相同则结果相同。已有的分配保持不变。如有申报项目无法分配到 K 名评审专家，则不作任何分配。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Experts per application (default: the round setting assignment.per_application).</source>
        <translation>每个申报项目分配的评审专家人数（默认取本批次设置项 assignment.per_application）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every non-conflicted expert on every application (a panel meeting).</source>
        <translation>将所有无需回避的评审专家分配到每个申报项目（适用于会议评审）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed for the tie-breaks.</source>
        <translation>条件相同时决定先后顺序所用的随机种子。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 assignments made, %2 kept; experts review %3 to %4 applications each</source>
        <translation>新增分配 %1 条，保留 %2 条；每位评审专家评审 %3 至 %4 个申报项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Store dossier files (PDF, PNG or JPEG) with an application; they travel in the experts&apos; review packages.</source>
        <translation>为申报项目存入申报材料文件（PDF、PNG 或 JPEG），这些文件将随评审包一并发给评审专家。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdDeliberation.cpp" line="-93"/>
        <location filename="../../core/cli/CmdReview.cpp" line="+3"/>
        <location filename="../../core/cli/CmdWorkflow.cpp" line="-393"/>
        <location line="+24"/>
        <location line="+26"/>
        <location line="+235"/>
        <source>The application&apos;s code.</source>
        <translation>申报项目编号。</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdReview.cpp" line="+1"/>
        <source>One or more files.</source>
        <translation>一个或多个文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../core/cli/CmdWorkflow.cpp" line="-341"/>
        <location filename="../../core/import/ConflictImport.cpp" line="-5"/>
        <source>there is no application %1 in this round</source>
        <translation>本批次中没有申报项目 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 (%3 KB)</source>
        <translation>%1：%2（%3 KB）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>assign experts to applications</source>
        <translation>为申报项目分配评审专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store dossier files with an application</source>
        <translation>为申报项目存入申报材料文件</translation>
    </message>
    <message>
        <location filename="../../core/package/Package.cpp" line="-284"/>
        <source>%1 is an incomplete review package</source>
        <translation>%1 是不完整的评审包</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the package was submitted on %1 and can no longer be changed</source>
        <translation>该评审包已于 %1 提交，不能再修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the package is open read-only</source>
        <translation>该评审包以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../core/domain/Criteria.cpp" line="+2"/>
        <source>a veto item takes 1 (triggered) or 0 (not triggered)</source>
        <translation>否决项只能填 1（触发）或 0（未触发）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score must be between 0 and %1</source>
        <translation>得分必须在 0 到 %1 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scores are given in whole or half points</source>
        <translation>得分须以整分或半分计</translation>
    </message>
    <message>
        <location filename="../../core/merge/PaperEntry.cpp" line="-67"/>
        <source>say who typed the sheets in (--entered-by NAME)</source>
        <translation>请注明评分表的录入人（--entered-by NAME）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 has a conflict of interest with %2; the score cannot count</source>
        <translation>%1 须回避 %2，该评分不能计入</translation>
    </message>
    <message>
        <location filename="../../core/action/ReviewActions.cpp" line="+34"/>
        <source>its default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>不设</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n assignment(s) voided by the same-province rule</source>
        <translation>
            <numerusform>按同省回避规则作废 %n 项分配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Weigh the criteria by the analytic hierarchy process (CR = %1)</source>
        <translation>按层次分析法设定指标权重（CR = %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the judgments are not consistent enough: CR = %1 is above 0.10. Revise the judgment of &apos;%2&apos; against &apos;%3&apos; (%4 would fit the others), or apply anyway (--force)</source>
        <translation>判断矩阵一致性不足：CR = %1，超过 0.10。请修改“%2”相对“%3”的判断（取 %4 与其他判断相符），或强制应用（--force）</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>the round already has %n counted score(s): the criteria&apos;s points can no longer change</source>
        <translation>
            <numerusform>本批次已有 %n 个评分计入结果，指标分值不能再修改</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the criteria have changed since the matrices were read; read them again</source>
        <translation>读入判断矩阵后评价指标已有变化，请重新读入</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assign %1 to %2</source>
        <translation>分配 %1 评审 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unassign %1 from %2</source>
        <translation>取消 %1 对 %2 的分配</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../core/merge/PaperEntry.cpp" line="+2"/>
        <source>%1 is not assigned to %2</source>
        <translation>%1 未被分配评审 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign automatically (%1 per application)</source>
        <translation>自动分配（每项 %1 位专家）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Declare a conflict %1 / %2</source>
        <translation>登记利益冲突 %1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forget what %1 stands for</source>
        <translation>删除“%1”对应的推荐单位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach %1 to %2</source>
        <translation>为 %2 附加 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Attach %n dossier(s) to %1</source>
        <translation>
            <numerusform>为 %1 附加 %n 份申报材料</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add round %1</source>
        <translation>新建批次 %1</translation>
    </message>
    <message>
        <location filename="../../core/merge/PaperEntry.cpp" line="+3"/>
        <source>the assignment of %1 to %2 no longer counts</source>
        <translation>%1 对 %2 的评审分配已不计入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scores of %1 for %2 came sealed in a review package and cannot be typed over; hand the assignment back or re-issue the package first</source>
        <translation>%1 对 %2 的评分来自已封存的评审包，不能用纸质录入覆盖；请先退回该分配或重新下发评审包</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the score is empty</source>
        <translation>得分为空</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 / %2 / %3 appears twice (also row %4)</source>
        <translation>%1 / %2 / %3 重复出现（另见第 %4 行）</translation>
    </message>
    <message>
        <location filename="../../core/package/Package.cpp" line="+98"/>
        <location line="+22"/>
        <source>no such criterion or application in this package</source>
        <translation>该评审包中没有此评价指标或申报项目</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdWorkflow.cpp" line="+8"/>
        <location filename="../../core/io/Xlsx.cpp" line="-203"/>
        <location filename="../../core/package/Package.cpp" line="-18"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a date (write YYYY-MM-DD)</source>
        <translation>“%1”不是有效日期（请按 YYYY-MM-DD 格式填写）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each application&apos;s place in the lifecycle and its next due date.</source>
        <translation>各申报项目在全流程中所处的状态及下一个到期日。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Move an application to another state (only along an allowed transition whose conditions hold; negative decisions need --reason).</source>
        <translation>变更申报项目的状态（仅限允许且条件已满足的状态变更；否定性决定须提供 --reason）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new state.</source>
        <translation>新状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why.</source>
        <translation>原因。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to must be one of %1</source>
        <translation>--to 必须是以下之一：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reverse an application&apos;s latest state change by a counter-transition (history is never rewritten).</source>
        <translation>通过反向状态变更撤回申报项目最近一次状态变更（历史记录不会被改写）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the change was a mistake.</source>
        <translation>该变更有误的原因。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 → %3 (reverted)</source>
        <translation>%1：%2 → %3（已撤回变更）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the formal review: one checklist item passed or failed (with a note), or an override of failed items with a reason. Without an item, lists the checklist.</source>
        <translation>记录形式审查结果：某一清单项通过或未通过（附说明），或在说明理由后对未通过项予以放行。未指定清单项时，列出审查清单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The checklist item (its text).</source>
        <translation>审查清单项（其文字内容）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item is met.</source>
        <translation>该项符合要求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item is not met (needs --note).</source>
        <translation>该项不符合要求（须提供 --note）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note.</source>
        <translation>说明。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every item is met.</source>
        <translation>所有项均符合要求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the application go on despite failed items.</source>
        <translation>尽管存在未通过项，仍允许该申报项目进入下一环节。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give --pass or --fail</source>
        <translation>请指定 --pass 或 --fail</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The formal review of many applications as one action: every item met and on to expert review (--pass), or one item not met and not accepted (--fail ITEM --note TEXT). All or none.</source>
        <translation>一次完成多个项目的形式审查：全部条件符合并进入专家评审（--pass），或某一条件不符合、不予受理（--fail 条件 --note 说明）。全部成功或全部不变。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The applications&apos; codes (or --all).</source>
        <translation>申报项目编号（或 --all）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every application still recommended or in formal review.</source>
        <translation>所有处于“已推荐”或“形式审查”状态的项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every checklist item is met.</source>
        <translation>全部审查条件均符合。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This checklist item (its text) is not met.</source>
        <translation>该审查条件（按其文字）不符合。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note; the reason when an item is not met.</source>
        <translation>说明；条件不符合时为理由。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give --pass or --fail ITEM</source>
        <translation>请给出 --pass 或 --fail 条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the applications or give --all</source>
        <translation>请列出项目编号或给出 --all</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Holidays and make-up working days (调休) for working-day arithmetic; lists them.</source>
        <translation>设置用于计算工作日的节假日和调休上班日，并列出已设置的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A public holiday (repeatable).</source>
        <translation>法定节假日（可重复指定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weekend day worked instead (repeatable).</source>
        <translation>调休上班的周末日期（可重复指定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 国庆节.</source>
        <translation>例如：国庆节。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A year&apos;s arrangement from a file: CSV or .xlsx with date, kind, note (日期, 类型, 说明), or iCalendar (.ics).</source>
        <translation>从文件导入一年的节假日安排：含 日期、类型、说明 列的 CSV 或 .xlsx 文件，或 iCalendar（.ics）文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 day(s) imported</source>
        <translation>已导入 %1 天</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Publish the proposed applications (or the ones named) on public notice for N working days from a start date.</source>
        <translation>将拟入选的申报项目（或指定的申报项目）自起始日起公示 N 个工作日。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications (default: every proposed one).</source>
        <translation>申报项目（默认为全部拟入选项目）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day of the notice.</source>
        <translation>公示起始日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days (default: setting notice.working_days).</source>
        <translation>工作日数（默认取设置项 notice.working_days）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice&apos;s title.</source>
        <translation>公示标题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to object (address, telephone).</source>
        <translation>异议受理方式（地址、电话）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 application(s) went on public notice: their notice has begun</source>
        <translation>%1 个申报项目的公示期已开始，已进入公示</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 applications, %3 to %4 (%5 working days)</source>
        <translation>%1：申报项目 %2 个，%3 至 %4（%5 个工作日）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record a written objection against an application on public notice (sealed by an organisation or signed with a real name), or resolve one with --resolve.</source>
        <translation>记录针对公示中申报项目的书面异议（须加盖单位公章或由个人实名签署），或用 --resolve 处理异议。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who raises it.</source>
        <translation>异议提出人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed by an organisation.</source>
        <translation>加盖单位公章。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with a real name.</source>
        <translation>个人实名签署。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date received (default today).</source>
        <translation>收到日期（默认为今天）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it says.</source>
        <translation>异议内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve the application&apos;s pending objection: upheld or dismissed.</source>
        <translation>处理该申报项目待处理的异议：upheld（异议成立）或 dismissed（异议不成立）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it was handled.</source>
        <translation>处理情况。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the application has no pending objection</source>
        <translation>该申报项目没有待处理的异议</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Approve every application whose public notice is over and whose objections are all resolved; they go on to construction (factories, zones) or become valid (scenarios).</source>
        <translation>批复所有公示期已满且异议均已处理完毕的申报项目；批复后进入建设期（示范工厂、先行区）或进入有效期（优秀场景）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 approved</source>
        <translation>已批复 %1 个申报项目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say which milestone was met: --milestone KIND</source>
        <translation>请用 --milestone KIND 说明完成的是哪个节点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--on takes a date as YYYY-MM-DD</source>
        <translation>--on 的日期格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 due %3 met on %4</source>
        <translation>%1：%2（到期日 %3）已于 %4 完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no open milestone &apos;%2&apos;</source>
        <translation>%1 没有未完成的节点“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What falls due after approval in the coming days (construction end, acceptance, progress reports, validity end), and what is overdue.</source>
        <translation>列出批复后未来若干天内到期的节点（建设期结束、验收、进展情况报告、有效期届满）以及已逾期的节点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far ahead (default 90).</source>
        <translation>向后查看的天数（默认 90）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record that APPLICATION met its earliest open milestone of --milestone (e.g. a progress report received) instead of listing.</source>
        <translation>记录 APPLICATION 已完成其最早的一个 --milestone 类节点（如已收到进展情况报告），而不是列出到期事项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --met: construction_end, acceptance, progress_report, validity_end or reevaluation.</source>
        <translation>与 --met 同用：construction_end、acceptance、progress_report、validity_end 或 reevaluation。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --met: the day it was met (default today).</source>
        <translation>与 --met 同用：完成日期（默认今天）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --met: a note (e.g. the report&apos;s reference).</source>
        <translation>与 --met 同用：备注（如报告文号）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start a re-evaluation round from the titles that are due (--year, --title), or apply a re-evaluation round&apos;s conclusions to the titles (--apply).</source>
        <translation>根据到期的称号发起复评批次（--year、--title），或将复评批次的结论应用于相应称号（--apply）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new round&apos;s year.</source>
        <translation>新评审批次的年度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new round&apos;s title.</source>
        <translation>新评审批次的名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include titles ending within N days (default 180).</source>
        <translation>纳入 N 天内到期的称号（默认 180）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the conclusions of the re-evaluation round given by --round.</source>
        <translation>应用 --round 所指定复评批次的结论。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 titles kept or revoked</source>
        <translation>已保留或撤销称号 %1 个</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>each application&apos;s state and next due date</source>
        <translation>各申报项目的状态及下一个到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move an application to another state</source>
        <translation>变更申报项目的状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reverse an application&apos;s latest state change</source>
        <translation>撤回申报项目最近一次状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the formal review of an application</source>
        <translation>记录申报项目的形式审查结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>formal review of many applications in one action</source>
        <translation>一次完成多个项目的形式审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holidays and make-up working days</source>
        <translation>节假日和调休上班日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publish applications on public notice</source>
        <translation>公示申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record or resolve an objection</source>
        <translation>记录或处理异议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve applications whose notice is over</source>
        <translation>批复公示期满的申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what falls due after approval</source>
        <translation>批复后的到期节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start or apply a re-evaluation round</source>
        <translation>发起复评批次或应用复评结论</translation>
    </message>
    <message>
        <location filename="../../core/package/Package.cpp" line="-273"/>
        <source>%1: this package was changed after it was issued; ask the secretariat for a new one</source>
        <translation>%1：该评审包在下发后被改动过，请向秘书处索取新的评审包</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the access code is wrong: check it against the letter from the secretariat (the code is not the package&apos;s file name)</source>
        <translation>访问码不正确：请对照秘书处的通知核对（访问码不是评审包的文件名）</translation>
    </message>
    <message>
        <location line="+253"/>
        <location line="+17"/>
        <source>this application was handed back and is not scored</source>
        <translation>该申报项目已退回，不予评分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no such application in this package</source>
        <translation>该评审包中没有此申报项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown recommendation %1</source>
        <translation>未知的推荐意见 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>say why you cannot review this application</source>
        <translation>请说明不能评审该申报项目的原因</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>say whether the veto item applies</source>
        <translation>请说明是否触发该否决项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no score yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a comment is required for this score</source>
        <translation>该得分须填写评分意见</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../core/package/Verify.cpp" line="+9"/>
        <source>the overall opinion (strengths and problems) is required</source>
        <translation>须填写总体意见（主要优点和存在问题）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../core/package/Verify.cpp" line="+2"/>
        <source>a recommendation is required</source>
        <translation>须给出推荐意见</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 item(s) are missing; the package was not submitted</source>
        <translation>缺少 %1 项内容，评审包未提交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the access code first: only the code holder can seal the package</source>
        <translation>请先输入访问码：只有持有访问码者才能封存评审包</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>enter the access code to read the dossiers</source>
        <translation>请输入访问码后阅读申报材料</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no such dossier</source>
        <translation>没有该申报材料</translation>
    </message>
    <message>
        <location filename="../../core/package/PackageBuilder.cpp" line="+197"/>
        <source>the round&apos;s criteria are not ready for scoring</source>
        <translation>本批次的评价指标尚未就绪，无法评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expert %1 is not in this round or has no assignments</source>
        <translation>评审专家 %1 不在本批次中，或尚未分配申报项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no expert has assignments yet; run assign first</source>
        <translation>尚未给任何评审专家分配申报项目；请先运行 assign</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 already exists; move it away or choose another folder</source>
        <translation>%1 已存在；请将其移走，或选择其他文件夹</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 exists and is not a file of access codes; choose another file</source>
        <translation>%1 已存在且不是访问码文件，请另选文件</translation>
    </message>
    <message>
        <location filename="../../core/package/PackageFile.cpp" line="+105"/>
        <source>%1 is not a review package, or it is damaged: %2</source>
        <translation>%1 不是评审包，或文件已损坏：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a review package</source>
        <translation>%1 不是评审包</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was made by a newer version of ReviewBench; update the program to open it</source>
        <translation>%1 由更高版本的评审工作台生成，请升级本程序后再打开</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was made by an earlier version of ReviewBench, whose packages anyone holding the file could seal; re-issue the package</source>
        <translation>%1 由早期版本的评审工作台生成，持有该文件的任何人都能封存；请重新下发评审包</translation>
    </message>
    <message>
        <location filename="../../core/package/ScoreSheet.cpp" line="-51"/>
        <source>the package was submitted on %1; its scores can no longer be changed</source>
        <translation>该评审包已于 %1 提交，其中的评分不能再修改</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>this package belongs to expert %1, not &apos;%2&apos;</source>
        <translation>该评审包属于评审专家 %1，而不是“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>application &apos;%1&apos; is not in this package</source>
        <translation>申报项目“%1”不在该评审包中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>application %1 was handed back (declared conflict)</source>
        <translation>申报项目 %1 已退回（已声明回避）</translation>
    </message>
    <message>
        <location filename="../../core/merge/PaperEntry.cpp" line="-14"/>
        <location filename="../../core/package/ScoreSheet.cpp" line="+4"/>
        <source>&apos;%1&apos; is not a scored criterion of this round</source>
        <translation>“%1”不是本批次的计分指标</translation>
    </message>
    <message>
        <location filename="../../core/package/ScoreSheet.cpp" line="+17"/>
        <source>%1 / %2 appears twice (also row %3)</source>
        <translation>%1 / %2 重复出现（另见第 %3 行）</translation>
    </message>
    <message>
        <location filename="../../core/merge/PaperEntry.cpp" line="+22"/>
        <location filename="../../core/package/ScoreSheet.cpp" line="+11"/>
        <source>%1: %2 problem(s) found; nothing was imported</source>
        <translation>%1：发现 %2 个问题，未导入任何数据</translation>
    </message>
    <message>
        <location filename="../../core/package/Verify.cpp" line="-6"/>
        <source>&apos;%1&apos; is not a recommendation</source>
        <translation>“%1”不是有效的推荐意见</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is not a valid score: %2</source>
        <translation>%1 不是有效的分数：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a comment is required for the score %1</source>
        <translation>分数 %1 须附评语</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>criterion %1 was added after the package was issued; re-issue the package</source>
        <translation>指标 %1 是在评审包下发后新增的，请重新下发评审包</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>criterion %1 of the package differs from the round&apos;s; re-issue the package</source>
        <translation>评审包中的指标 %1 与本批次的不一致，请重新下发评审包</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the score is missing</source>
        <translation>缺少分数</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the package has lost its identity</source>
        <translation>该评审包的身份信息已丢失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made for another round (%1 %2)</source>
        <translation>属于其他评审批次（%1 %2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this package was not issued from this round database</source>
        <translation>该评审包不是由本批次数据库下发的</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it says it belongs to expert %1, but it was issued to %2</source>
        <translation>该评审包标明属于评审专家 %1，但实际下发给了 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its revision number was changed</source>
        <translation>其版本号已被改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revision %1 is stale: revision %2 was issued to %3 later</source>
        <translation>第 %1 版已过期：之后已向 %3 下发第 %2 版</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the expert has not submitted it yet</source>
        <translation>评审专家尚未提交该评审包</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the package carries no issue seal</source>
        <translation>评审包没有下发封印</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what the secretariat issued in it was changed</source>
        <translation>秘书处下发的内容已被改动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the package carries no seal</source>
        <translation>该评审包没有封签</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the content was changed after the expert submitted it</source>
        <translation>评审专家提交后，评审包内容被改动过</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it holds applications not (or no longer) assigned to %1: %2</source>
        <translation>其中包含未分配（或已不再分配）给 %1 的申报项目：%2</translation>
    </message>
    <message>
        <location filename="../../core/review/Assignments.cpp" line="+38"/>
        <source>this expert has a conflict of interest with the application and cannot review it</source>
        <translation>该评审专家须回避此申报项目，不能评审</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the expert has already scored this application; the assignment cannot be removed</source>
        <translation>该评审专家已对此申报项目评分，不能取消分配</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the round needs experts and applications before they can be assigned</source>
        <translation>本批次须先有评审专家和申报项目，才能进行分配</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: only %2 experts without a conflict, %3 needed</source>
        <translation>%1：无需回避的评审专家仅有 %2 名，需要 %3 名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 applications cannot get %2 experts; nothing was assigned</source>
        <translation>有 %1 个申报项目无法分配到 %2 名评审专家，未作任何分配</translation>
    </message>
    <message>
        <location filename="../../core/review/Conflicts.cpp" line="-250"/>
        <source>Same organisation</source>
        <translation>同一单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same province</source>
        <translation>同一省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared</source>
        <translation>已申报回避</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared by the expert</source>
        <translation>专家自行声明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovered after scoring</source>
        <translation>评分后发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible: check the rosters</source>
        <translation>疑似：请核对名单</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>works for the applicant %1 (credit code %2)</source>
        <translation>任职于申报单位 %1（统一社会信用代码 %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>works for the applicant %1 (same name)</source>
        <translation>任职于申报单位 %1（单位名称相同）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>works for %1, the applicant&apos;s name, but the credit codes differ (expert&apos;s organisation %2, applicant %3): correct the roster that is wrong; until then the pair is treated as a conflict</source>
        <translation>工作单位与申报单位 %1 同名，但统一社会信用代码不同（专家单位 %2，申报单位 %3）：请更正有误的名单；更正前按需回避处理</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from the same province (%1)</source>
        <translation>来自同一省份（%1）</translation>
    </message>
    <message>
        <location filename="../../core/review/Dossiers.cpp" line="+3"/>
        <source>%1 is larger than 512 MB</source>
        <translation>%1 超过 512 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a PDF, PNG or JPEG file</source>
        <translation>%1 不是 PDF、PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the dossier no longer exists</source>
        <translation>该申报材料已不存在</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdExport.cpp" line="-32"/>
        <source>say what to export: --what %1</source>
        <translation>请指定导出内容：--what %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown --what &apos;%1&apos; (%2)</source>
        <translation>未知的 --what 取值“%1”（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say where to write: --out FILE</source>
        <translation>请指定输出文件：--out FILE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive is a round database (.rbdb); leave out --format</source>
        <translation>归档文件为批次数据库（.rbdb），请勿指定 --format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--experts-by-code applies to tables, not to the archive</source>
        <translation>--experts-by-code 仅适用于导出表格，不适用于归档</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown --format &apos;%1&apos; (xlsx or csv)</source>
        <translation>未知的 --format 取值“%1”（可选 xlsx 或 csv）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export a table of the round to Excel (.xlsx: numbers as numbers) or CSV (UTF-8 with BOM, as Excel opens it), or the round itself as a self-contained database file for filing (safe while the app has the database open). Files are written whole or not at all.</source>
        <translation>将本批次的表格导出为 Excel（.xlsx：数值保存为数字）或 CSV（带 BOM 的 UTF-8 编码，便于 Excel 直接打开），或将整个评审批次导出为独立的数据库文件以便归档（应用程序正在使用该数据库时也可安全执行）。文件要么完整写入，要么完全不写入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>applications, assignments, scores (the counted ones), results (ranked by the round&apos;s method), decisions (deliberation, notice, approval) or archive.</source>
        <translation>applications（申报项目）、assignments（专家分配）、scores（计入的评分）、results（按本批次汇总方法排名的结果）、decisions（论证、公示、批复情况）或 archive（归档）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>xlsx or csv (default: from the file name, else xlsx).</source>
        <translation>xlsx 或 csv（默认根据文件扩展名确定，无法确定时为 xlsx）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (replaced if it exists).</source>
        <translation>要写入的文件（已存在时予以覆盖）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show experts by their code only, without names and organisations (copies for applicants).</source>
        <translation>专家以编号显示，不显示姓名和工作单位（用于提供给申报单位的文本）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>round %1 archived to %2</source>
        <translation>评审批次 %1 已归档至 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 row(s) of %2 written to %3</source>
        <translation>已将 %2 的 %1 行写入 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export a table to Excel or CSV, or archive the round</source>
        <translation>将表格导出为 Excel 或 CSV，或归档评审批次</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdMerge.cpp" line="-106"/>
        <source>--prefer must be ours or theirs</source>
        <translation>--prefer 必须为 ours 或 theirs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added %1 %2 row(s)</source>
        <translation>%2：新增 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 %2 row(s) changed only in the other file</source>
        <translation>%2：更新 %1 行（仅在另一文件中有改动的行）</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>the sealed work of %n expert(s) in the other file was not taken: sealed scores count only from their package files, verified here. Merge those package files into this file.</source>
        <translation>
            <numerusform>未采用另一文件中 %n 位专家的封存评审结果：封存的评分只以在本文件中验证过的评审包为准。请将这些评审包合并到本文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 difference(s); %2 taken from the other file. Backup: %3</source>
        <translation>差异 %1 处，其中 %2 处采用另一文件的值。备份：%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge returned review packages (or another copy of the round database). Each package is verified and applied wholly or not at all; the same package twice changes nothing; rejected files are listed with the reason and the others still merge. A backup of the database is kept before the first change.</source>
        <translation>合并交回的评审包（或批次数据库的另一副本）。每个评审包均先经核验，要么全部并入，要么完全不并入；同一评审包重复合并不会产生任何变化；被拒收的文件将连同原因一并列出，其余文件照常合并。首次修改前会保留一份数据库备份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returned packages (.rbpkg) or a round database (.rbdb).</source>
        <translation>交回的评审包（.rbpkg）或批次数据库（.rbdb）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For another round database: which value to keep where both changed a row differently (default ours; the differences are listed either way).</source>
        <translation>合并另一批次数据库时：双方对同一行作了不同修改时保留哪一方的值（默认为 ours；无论取哪一方，都会列出差异）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With one returned package whose package is in conflict (two different sealed copies came back): make this copy the one that counts.</source>
        <translation>仅用于一个存在冲突的收回评审包（收回了两份内容不同的封存副本）：以该副本为准计分。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--choose takes exactly one returned package</source>
        <translation>--choose 只能指定一个收回的评审包</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>backup of the database before merging: %1</source>
        <translation>合并前的数据库备份：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consolidate the scores and rank the applications by the round&apos;s rule (or --method).</source>
        <translation>按本批次规则（或 --method 指定的方法）汇总评分，并对申报项目排名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean, trimmed, median or zscore (default: the round setting).</source>
        <translation>mean、trimmed、median 或 zscore（默认取本批次设置）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat the consolidation with the first-level criteria&apos;s weights perturbed: each application&apos;s rank interval (5th and 95th percentile) and how often it is selected within the quota.</source>
        <translation>扰动一级指标权重后反复汇总：给出各项目的名次区间（第 5 和第 95 百分位）及其进入名额的比例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each first-level weight is multiplied by a factor from [1-S, 1+S], then renormalised (default 0.2).</source>
        <translation>每个一级指标权重乘以 [1-S, 1+S] 内的随机系数后重新归一（默认 0.2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many perturbed consolidations (default 1000).</source>
        <translation>扰动汇总的次数（默认 1000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The random seed: the same seed gives the same output (default 1).</source>
        <translation>随机种子：相同的种子给出相同的结果（默认 1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank again without each counted expert: the applications whose selection, or whose rank by more than flags.pivotal_rank_change, hangs on one expert.</source>
        <translation>依次去掉每位计分专家重新排名：列出入选与否、或名次变化超过 flags.pivotal_rank_change 取决于某一位专家的项目。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--spread must be a number, not &apos;%1&apos;</source>
        <translation>--spread 应为数字，而不是“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--seed must be a whole number, not &apos;%1&apos;</source>
        <translation>--seed 应为整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--sensitivity and --leave-one-out use the round&apos;s rule, not --method</source>
        <translation>--sensitivity 和 --leave-one-out 使用本批次的汇总规则，不能与 --method 同用</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No application hangs on one expert.</source>
        <translation>没有项目的结果取决于某一位专家。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>method %1; Kendall&apos;s W %2</source>
        <translation>汇总方法 %1；肯德尔和谐系数 W %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 scores entered, %3 count</source>
        <translation>%1：已录入评分 %2 条，计入 %3 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 wait for the second entry</source>
        <translation>，%1 条待第二次录入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mismatch: %1 / %2 / %3: %4 typed %5 (填写人), %6 typed %7 (复核人)</source>
        <translation>不一致：%1 / %2 / %3：%4 录入 %5（填写人），%6 录入 %7（复核人）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>merge returned review packages</source>
        <translation>合并交回的评审包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consolidate the scores and rank the applications</source>
        <translation>汇总评分并对申报项目排名</translation>
    </message>
    <message>
        <location filename="../../core/consolidation/Consolidation.cpp" line="+84"/>
        <source>unknown method &apos;%1&apos; (mean, trimmed, median or zscore)</source>
        <translation>未知的汇总方法“%1”（可选 mean、trimmed、median 或 zscore）</translation>
    </message>
    <message>
        <location filename="../../core/deliberation/Attendance.cpp" line="+31"/>
        <source>a meeting is planned, open or closed</source>
        <translation>会议状态必须为 planned（未召开）、open（进行中）或 closed（已结束）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no such meeting in this round</source>
        <translation>本批次中没有该会议</translation>
    </message>
    <message>
        <location filename="../../core/deliberation/Deliberation.cpp" line="-54"/>
        <source>the member needs a name</source>
        <translation>委员姓名不能为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+73"/>
        <source>&apos;%1&apos; is not a committee role (chair, vice_chair, member or secretary)</source>
        <translation>“%1”不是论证委员会的职务（应为 chair、vice_chair、member 或 secretary）</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+71"/>
        <source>%1 is already a member of the committee</source>
        <translation>%1 已是论证委员会委员</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>the committee already has a chair (%1)</source>
        <translation>论证委员会已有主任委员（%1）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 took part in %2 concluded case(s) and stays in their record; change their role instead of removing them</source>
        <translation>%1 参与了 %2 个已形成结论的论证事项，须保留在记录中；请修改其角色，而不是删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 chairs a meeting; name another chair for it before removing them</source>
        <translation>%1 是某次会议的主持人；请先为该会议指定其他主持人，再删除</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 cannot move further: the list keeps the chair first, then vice-chairs, members and the secretary; change the role to move across</source>
        <translation>%1 无法再移动：名单按主任委员、副主任委员、委员、秘书的顺序排列；如需跨越，请修改其角色</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a meeting needs a title and a date</source>
        <translation>会议须有名称和日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the committee has no chair: name one (give a member the role chair) before creating a meeting</source>
        <translation>委员会尚无主任委员：请先指定一位委员为主任委员，再新建会议</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no such member or meeting in this round</source>
        <translation>本批次中没有该委员或该会议</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>no such case</source>
        <translation>没有该议题</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+17"/>
        <source>the case is concluded; its record can no longer be changed</source>
        <translation>该议题已形成结论，记录不能再修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a vote is for, against or abstain</source>
        <translation>表决意见必须为 for（赞成）、against（反对）或 abstain（弃权）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a recusal needs its reason</source>
        <translation>回避须注明理由</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the secretary records the deliberation and does not vote</source>
        <translation>秘书负责记录论证情况，不参加表决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a member of this committee</source>
        <translation>不是本论证委员会委员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot vote on this case (absent or recused; no proxies)</source>
        <translation>%1 不能对该议题表决（缺席或回避；不得委托他人代为表决）</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../core/deliberation/VoteRule.cpp" line="+46"/>
        <source>the conclusion is proposed, revise or rejected</source>
        <translation>结论必须为 proposed（拟入选）、revise（修改完善后再议）或 rejected（不通过）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the case is already concluded</source>
        <translation>该议题已形成结论</translation>
    </message>
    <message>
        <location filename="../../core/deliberation/VoteRule.cpp" line="+2"/>
        <source>say what must be revised before the case comes back (the conditions)</source>
        <translation>请写明再次提交论证前须修改完善的内容（修改完善要求）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a rejection needs the committee&apos;s collective opinion</source>
        <translation>结论为不通过时，须填写论证委员会的集体意见</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the vote does not support the conclusion: %1</source>
        <translation>表决结果不足以支持该结论：%1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>every member is recused: the committee cannot decide this case</source>
        <translation>全体委员均须回避，论证委员会无法对该议题作出结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no quorum: %1 of %2 members who may vote are present, %3 are needed</source>
        <translation>未达到法定人数：有表决权的 %2 名委员中出席 %1 名，至少需要 %3 名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 votes were cast but only %2 members present may vote (no proxies)</source>
        <translation>共投出 %1 票，但出席且有表决权的委员仅 %2 名（不得委托他人代为表决）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the %2 members present have not voted</source>
        <translation>出席的 %2 名委员中有 %1 名尚未表决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 votes for the conclusion, %2 needed (%3 of %4 present)</source>
        <translation>赞成该结论 %1 票，需要 %2 票（出席 %4 人的 %3）</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoScores.cpp" line="+118"/>
        <source>the demo packages did not merge cleanly</source>
        <translation>演示评审包未能顺利合并</translation>
    </message>
    <message>
        <location filename="../../core/export/Export.cpp" line="+84"/>
        <source>unknown export</source>
        <translation>未知的导出内容</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is the round database itself; choose another output file</source>
        <translation>%1 就是批次数据库本身，请选择其他输出文件</translation>
    </message>
    <message>
        <location filename="../../core/export/OutcomeTables.cpp" line="+24"/>
        <source>mean</source>
        <translation>算术平均</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean without the highest and lowest</source>
        <translation>去掉最高最低分后的平均分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z-score (standardised per expert)</source>
        <translation>标准分（按专家标准化）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>disagreement</source>
        <translation>评分分歧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete</source>
        <translation>评分不全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the pass line</source>
        <translation>低于入围分数线</translation>
    </message>
    <message>
        <location filename="../../core/action/ReviewActions.cpp" line="-163"/>
        <location filename="../../core/export/OutcomeTables.cpp" line="+28"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../core/export/RosterTables.cpp" line="+22"/>
        <source>assigned, not yet returned</source>
        <translation>已分配，未交回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entered from paper</source>
        <translation>纸质录入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>review package</source>
        <translation>评审包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper sheet</source>
        <translation>纸质评分表</translation>
    </message>
    <message>
        <location line="+66"/>
        <source> (veto item: 1 = triggered, 0 = not)</source>
        <translation>（否决项：1 = 触发，0 = 未触发）</translation>
    </message>
    <message>
        <location filename="../../core/merge/Backup.cpp" line="-12"/>
        <location line="+16"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not a backup of %2: it belongs to another round file</source>
        <translation>%1 不是 %2 的备份：它属于另一个批次文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot restore %1: %2</source>
        <translation>无法从备份 %1 恢复：%2</translation>
    </message>
    <message>
        <location filename="../../core/merge/DatabaseMerge.cpp" line="+214"/>
        <source>&lt;%1 bytes&gt;</source>
        <translation>&lt;%1 字节&gt;</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>%1 holds another secretariat key for round %2 than this file: one of the two was forged. Nothing was merged.</source>
        <translation>%1 中批次 %2 的秘书处密钥与本文件不同：其中之一是伪造的。未合并任何内容。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 holds another public key for revision %2 of %3&apos;s package than this file: one of the two was forged. Nothing was merged.</source>
        <translation>%1 中 %3 的第 %2 版评审包的公钥与本文件不同：其中之一是伪造的。未合并任何内容。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>no such expert</source>
        <translation>没有该专家</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no package</source>
        <translation>无评审包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revision %1 issued, not merged</source>
        <translation>第 %1 版已下发，尚未合并</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revision %1 merged from %2</source>
        <translation>第 %1 版已从 %2 合并</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>(new row)</source>
        <translation>（新行）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this code is already used by another row</source>
        <translation>该编号已被另一行使用</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (nothing in %2 justifies it)</source>
        <translation>%1（%2 中没有支持该状态的记录）</translation>
    </message>
    <message>
        <location line="+411"/>
        <source>%1 is this very file</source>
        <translation>%1 就是当前文件本身</translation>
    </message>
    <message>
        <location filename="../../core/package/Verify.cpp" line="-202"/>
        <source>it was scored against criteria that have changed since; re-issue the package</source>
        <translation>评分所依据的评价指标此后已有变动，请重新下发评审包</translation>
    </message>
    <message>
        <location filename="../../core/notice/Milestones.cpp" line="-8"/>
        <source>End of construction</source>
        <translation>建设期结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of validity</source>
        <translation>有效期届满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress report</source>
        <translation>进展情况报告</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the date the milestone was met is missing</source>
        <translation>缺少节点完成日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no such milestone in this round</source>
        <translation>本批次中没有该节点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the %2 is already recorded as met</source>
        <translation>%1：“%2”节点已记录为完成</translation>
    </message>
    <message>
        <location filename="../../core/notice/PublicNotice.cpp" line="+29"/>
        <source>the notice needs a start date</source>
        <translation>公示须有起始日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no proposed application is left to publish (those already on a notice wait for its first day)</source>
        <translation>没有尚待公示的拟入选申报项目（已列入公示的项目正等待公示开始）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only proposed applications go on public notice</source>
        <translation>只有拟入选的申报项目才能公示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public notice of %1</source>
        <translation>%1拟入选名单公示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a notice lasts at least one working day</source>
        <translation>公示期至少为 1 个工作日</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>an objection must say who raises it (anonymous objections are not accepted)</source>
        <translation>异议须注明提出人（不受理匿名异议）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an objection must be sealed by an organisation or signed with a real name</source>
        <translation>异议须加盖单位公章或由个人实名签署</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an objection needs its date and content</source>
        <translation>异议须注明收到日期和内容</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the application is not on public notice</source>
        <translation>该申报项目不在公示中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not on public notice now (its state is %2); objections are received only during the notice period</source>
        <translation>%1 当前不在公示期（状态为%2）；异议只在公示期内受理</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the objection was received on %1, outside the notice period of %2 (%3 to %4); objections are received only during the period</source>
        <translation>异议收到日期 %1 不在 %2 的公示期（%3 至 %4）内；异议只在公示期内受理</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an objection is upheld or dismissed</source>
        <translation>异议处理结果必须为 upheld（异议成立）或 dismissed（异议不成立）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say how the objection was handled</source>
        <translation>请说明异议的处理情况</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no such objection</source>
        <translation>没有该异议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the objection is already resolved</source>
        <translation>该异议已处理</translation>
    </message>
    <message>
        <location filename="../../core/report/Document.cpp" line="+81"/>
        <source>no application %1 in round %2</source>
        <translation>评审批次 %2 中没有申报项目 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no expert %1 in round %2</source>
        <translation>评审批次 %2 中没有评审专家 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown kind of document</source>
        <translation>未知的文书类型</translation>
    </message>
    <message>
        <location filename="../../core/report/Minutes.cpp" line="+71"/>
        <source>no meeting %1 in round %2 (it has %3)</source>
        <translation>评审批次 %2 中没有第 %1 次会议（该批次共有 %3 次会议）</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>no deliberation cases to print</source>
        <translation>没有可打印的论证议题</translation>
    </message>
    <message>
        <location filename="../../core/report/NoticeList.cpp" line="+62"/>
        <source>the round has no public notice to print</source>
        <translation>本批次没有可打印的公示</translation>
    </message>
    <message>
        <location filename="../../core/report/Results.cpp" line="+129"/>
        <source>no application has counted scores yet</source>
        <translation>尚无申报项目有计入的评分</translation>
    </message>
    <message>
        <location filename="../../core/report/ScoringSheets.cpp" line="+37"/>
        <source>the scores table lacks a column</source>
        <translation>评分表缺少必需的列</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>no counted scores to print; use --blank for blank scoring sheets</source>
        <translation>没有可打印的计入评分；如需空白专家评分表，请使用 --blank</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no expert opinions to print</source>
        <translation>没有可打印的专家评审意见</translation>
    </message>
    <message>
        <location filename="../../core/workflow/FormalReview.cpp" line="+77"/>
        <source>&apos;%1&apos; is not an item of this round&apos;s formal review checklist</source>
        <translation>“%1”不是本批次形式审查清单中的审查项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say why the item is not met</source>
        <translation>请说明该项不符合要求的原因</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>an override must say why</source>
        <translation>放行须说明理由</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>formal review items not checked yet: %1</source>
        <translation>尚未审查的形式审查项：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>formal review items not met: %1 (the secretariat can override with a reason)</source>
        <translation>形式审查未通过项：%1（秘书处可在说明理由后予以放行）</translation>
    </message>
    <message>
        <location filename="../../core/workflow/Reevaluation.cpp" line="+37"/>
        <source>the title ends within %1 days</source>
        <translation>称号将在 %1 天内到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no title of round %1 is due for re-evaluation</source>
        <translation>评审批次 %1 中没有到期需复评的称号</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the source round of the re-evaluation is missing</source>
        <translation>找不到复评所对应的原评审批次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept after re-evaluation in %1</source>
        <translation>经 %1 复评，保留称号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked after re-evaluation in %1</source>
        <translation>经 %1 复评，撤销称号</translation>
    </message>
    <message>
        <location filename="../../core/workflow/Workflow.cpp" line="+84"/>
        <source>there is no such application in this round</source>
        <translation>本批次中没有该申报项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an application that is “%1” cannot become “%2”</source>
        <translation>状态为“%1”的申报项目不能变更为“%2”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no expert&apos;s scores count yet: deliberation needs the consolidated scores</source>
        <translation>尚无计入的专家评分：论证须以评分汇总结果为依据</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the committee has not concluded “%1” for this application</source>
        <translation>论证委员会尚未对该申报项目作出“%1”的结论</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the application is on no public notice that has started</source>
        <translation>该申报项目未列入任何已开始的公示</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the public notice</source>
        <translation>无法读取公示信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no objection against the application was upheld</source>
        <translation>针对该申报项目没有成立的异议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 objection(s) are not resolved yet</source>
        <translation>尚有 %1 项异议未处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an objection was upheld: the application is withdrawn, not approved</source>
        <translation>有异议成立：该申报项目应撤回，不能批复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the public notice period is not over yet</source>
        <translation>公示期尚未结束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this category has no construction period (only factories and zones are built)</source>
        <translation>该类别没有建设期（只有示范工厂和先行区需要建设）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>factories and zones are accepted after their construction period: approval leads to construction first</source>
        <translation>示范工厂和先行区须在建设期结束后验收：批复后应先进入建设期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the construction period ends on %1; acceptance comes after it</source>
        <translation>建设期至 %1 结束，验收须在此之后进行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>say why the application becomes “%1”</source>
        <translation>请说明申报项目变更为“%1”的原因</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a correction must say why</source>
        <translation>撤回变更须说明原因</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no change to reverse</source>
        <translation>没有可撤回的变更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the latest change no longer matches the application&apos;s state</source>
        <translation>最近一次变更与申报项目的当前状态不符</translation>
    </message>
    <message>
        <location filename="../../core/merge/PackageMerge.cpp" line="+356"/>
        <source>two different submitted copies of revision %1 of %2&apos;s package came back: choose the copy that counts, or re-issue the package (scores already counted from the copy merged earlier stay until then)</source>
        <translation>%2 的第 %1 版评审包收回了两份内容不同的已提交副本：请选定以哪一份计分，或重新下发评审包（此前已合并副本的评分在此之前继续有效）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1&apos;s package is not in conflict: merge the file instead</source>
        <translation>%1 的评审包没有冲突：请直接合并该文件</translation>
    </message>
    <message>
        <location filename="../../core/storage/Snapshot.cpp" line="-79"/>
        <source>%1 is damaged or was tampered with: %2</source>
        <translation>%1 已损坏或被篡改：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+15"/>
        <location line="+75"/>
        <source>it cannot be read as a database</source>
        <translation>无法作为数据库读取</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+78"/>
        <source>cannot open a private copy of %1</source>
        <translation>无法打开 %1 的私有副本</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+11"/>
        <source>%1 is too large (%2 MB; at most %3 MB are read)</source>
        <translation>%1 过大（%2 MB；最多读取 %3 MB）</translation>
    </message>
    <message>
        <location filename="../../core/storage/Database.cpp" line="-1"/>
        <location filename="../../core/storage/Snapshot.cpp" line="+5"/>
        <location line="+19"/>
        <source>it is not a database file</source>
        <translation>不是数据库文件</translation>
    </message>
    <message>
        <location filename="../../core/storage/Snapshot.cpp" line="-15"/>
        <source>not enough memory to read %1</source>
        <translation>内存不足，无法读取 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 changed while it was being read</source>
        <translation>%1 在读取过程中被更改</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is not a file of the expected kind</source>
        <translation>%1 不是所需类型的文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has a format version (%2) this program does not read</source>
        <translation>%1 的格式版本（%2）本程序无法读取</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its tables are not the expected ones</source>
        <translation>其数据表与预期不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds objects a genuine file never has: %1</source>
        <translation>包含正常文件不会有的对象：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>table %1 holds rows that belong to nothing in the file</source>
        <translation>表 %1 中有不属于文件中任何内容的行</translation>
    </message>
    <message>
        <location filename="../../core/crypto/Crypto.cpp" line="+165"/>
        <source>the package&apos;s key derivation parameters are out of bounds</source>
        <translation>评审包的密钥派生参数超出允许范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not enough memory to derive the key of the access code</source>
        <translation>内存不足，无法由访问码派生密钥</translation>
    </message>
    <message>
        <location filename="../../core/package/Seal.cpp" line="+76"/>
        <source>the package holds an entry its secretariat never wrote (%1)</source>
        <translation>评审包含有秘书处从未写入的条目（%1）</translation>
    </message>
    <message>
        <location filename="../../core/domain/Authority.cpp" line="+113"/>
        <source>a province, 计划单列市, 新疆生产建设兵团 or 中央企业, written as the region (浙江省, 宁波) or its department (江苏省工业和信息化厅, 宁波市经济和信息化局), or a central enterprise group (中国石油天然气集团有限公司) or 国务院国资委</source>
        <translation>省份、计划单列市、新疆生产建设兵团或中央企业，可写作地区名称（浙江省、宁波）或其主管部门（江苏省工业和信息化厅、宁波市经济和信息化局），也可写中央企业集团名称（中国石油天然气集团有限公司）或国务院国资委</translation>
    </message>
    <message>
        <location filename="../../core/workflow/CalendarFiles.cpp" line="-91"/>
        <source>&apos;%1&apos; is not a date (2026-10-01)</source>
        <translation>“%1”不是日期（如 2026-10-01）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is neither a holiday (节假日) nor a working day (上班)</source>
        <translation>“%1”既不是节假日也不是调休上班日</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>%1 has more than %2 days</source>
        <translation>%1 超过 %2 天</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: the event of line %2 has no date</source>
        <translation>%1：第 %2 行开始的事件没有日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the event of line %2 lasts more than a year</source>
        <translation>%1：第 %2 行开始的事件超过一年</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds no all-day events</source>
        <translation>%1 中没有全天事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is too large for a calendar</source>
        <translation>%1 作为日历文件过大</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the calendar has no holidays for %1: working days there are counted as Monday to Friday; import the State Council&apos;s arrangement for that year (calendar DB --import FILE, or Notice ▸ Calendar)</source>
        <translation>日历中没有 %1 年的节假日安排：该年的工作日暂按周一至周五计算；请导入国务院办公厅当年的节假日安排（calendar DB --import FILE，或“公示与后续 ▸ 工作日历”）</translation>
    </message>
    <message>
        <location filename="../../core/action/Action.cpp" line="+94"/>
        <source>undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>redone</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” cannot be %2: it is final; record a counter-action with its reason instead</source>
        <translation>“%1”无法%2：该操作已生效不可撤回；请以反向操作并注明理由代替</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the changes of “%1” cannot be read</source>
        <translation>无法读取“%1”的变更内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” cannot be %2: what it changed (in %3) was changed again since, by a later action or another program; nothing was changed</source>
        <translation>“%1”无法%2：它所修改的内容（%3）此后已被后续操作或其他程序再次修改；未做任何更改</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” has nothing to do</source>
        <translation>“%1”无需执行任何操作</translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/action/LifecycleActions.cpp" line="+28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move %1 to %2</source>
        <translation>将 %1 转为%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>select the applications to move first</source>
        <translation>请先选择要变更状态的申报</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n application(s) moved to %1</source>
        <translation>
            <numerusform>%n 项申报已转为%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reverse the latest change of %1</source>
        <translation>撤回 %1 的上一次变更</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formal review of %1: %2 met</source>
        <translation>%1 形式审查：%2 符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal review of %1: %2 not met</source>
        <translation>%1 形式审查：%2 不符合</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Formal review of %1: every item met</source>
        <translation>%1 形式审查：全部符合</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Formal review of %1: every item met, on to expert review</source>
        <translation>%1 形式审查：全部条件符合，进入专家评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal review of %1: “%2” not met, not accepted</source>
        <translation>%1 形式审查：“%2”不符合，不予受理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>select the applications first</source>
        <translation>请先选择项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say why “%1” is not met: the applicant is told</source>
        <translation>请说明“%1”不符合的理由：将告知申报单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an item of this round&apos;s checklist</source>
        <translation>“%1”不是本批次形式审查清单中的条件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is at “%2”: its formal review is over</source>
        <translation>%1 处于“%2”：形式审查已结束</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>does not meet “%1”: %2</source>
        <translation>不符合“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n application(s) passed formal review</source>
        <translation>
            <numerusform>%n 个项目通过形式审查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s) not accepted</source>
        <translation>
            <numerusform>%n 个项目不予受理</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Formal review of %1: failed items overridden</source>
        <translation>%1 形式审查：不符合项经说明后放行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publish notice %1</source>
        <translation>发布公示 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Put the applications whose notice began on public notice</source>
        <translation>将公示期已开始的申报转入公示</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n application(s) now on public notice</source>
        <translation>
            <numerusform>%n 项申报已转入公示</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record an objection to %1</source>
        <translation>登记对 %1 的异议</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolve an objection</source>
        <translation>办结异议</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approve the applications whose notice is over</source>
        <translation>批准公示期满的申报</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n application(s) approved</source>
        <translation>
            <numerusform>已批准 %n 项申报</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark a milestone met on %1</source>
        <translation>记录节点于 %1 完成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark %1 a public holiday</source>
        <translation>将 %1 设为法定节假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 a make-up working day</source>
        <translation>将 %1 设为调休工作日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1 from the calendar</source>
        <translation>从日历中删除 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the calendar %1</source>
        <translation>导入日历 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start re-evaluation %1</source>
        <translation>启动复核评价 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the re-evaluation&apos;s outcomes</source>
        <translation>执行复核评价结论</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n title(s) kept or revoked.</source>
        <translation>
            <numerusform>已保留或撤销 %n 个称号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/action/PackageActions.cpp" line="+28"/>
        <source>Re-issue %n package(s)</source>
        <translation>
            <numerusform>重新生成 %n 个评审包</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the review packages</source>
        <translation>生成评审包</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Merge %n returned package(s)</source>
        <translation>
            <numerusform>合并 %n 个回收的评审包</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Count the copy %1</source>
        <translation>采用副本 %1 计分</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore the backup %1</source>
        <translation>恢复备份 %1</translation>
    </message>
    <message>
        <location filename="../../core/workflow/RoundProgress.cpp" line="+84"/>
        <source>Import</source>
        <comment>a step of the work</comment>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal review</source>
        <comment>a step of the work</comment>
        <translation>形式审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and assignment</source>
        <comment>a step of the work</comment>
        <translation>回避与分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue review packages</source>
        <comment>a step of the work</comment>
        <translation>下发评审包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns and consolidation</source>
        <comment>a step of the work</comment>
        <translation>回收与汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberation</source>
        <comment>a step of the work</comment>
        <translation>论证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public notice</source>
        <comment>a step of the work</comment>
        <translation>公示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval and after</source>
        <comment>a step of the work</comment>
        <translation>批复与后续</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>applications</source>
        <translation>个项目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import the applications (File ▸ Import).</source>
        <translation>请导入申报项目（文件 ▸ 导入）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the experts (File ▸ Import).</source>
        <translation>请导入评审专家（文件 ▸ 导入）。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n application(s) wait for their formal review (lifecycle page, Formal review: select them and record all items met in one step).</source>
        <translation>
            <numerusform>%n 个项目等待形式审查（全流程管理页“形式审查”：选中后一步记录全部符合）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n application(s) failed an item: not accept them, or override with a reason.</source>
        <translation>
            <numerusform>%n 个项目有不符合的条件：请作不予受理处理，或说明理由后例外处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n application(s) in expert review have fewer than %1 experts (assignment page).</source>
        <translation>
            <numerusform>%n 个专家评审中的项目分配的专家少于 %1 人（专家分配页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>experts</source>
        <translation>位专家</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expert(s) with applications to review have no package yet (review packages page).</source>
        <translation>
            <numerusform>%n 位有评审任务的专家尚未下发评审包（评审包页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>assignments</source>
        <translation>项评审任务</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assignment(s) have not come back: merge the returned packages or enter paper scores.</source>
        <translation>
            <numerusform>%n 项评审任务尚未收回：请合并回收的评审包或录入纸质评分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n application(s) are ready for the committee or on an agenda (deliberation page).</source>
        <translation>
            <numerusform>%n 个项目可提交论证或已列入议程（论证页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n proposed application(s) wait to be published (notice page).</source>
        <translation>
            <numerusform>%n 个拟入选项目等待公示（公示与后续管理页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n application(s) on notice have an objection to resolve (notice page).</source>
        <translation>
            <numerusform>%n 个公示中的项目有待处理的异议（公示与后续管理页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n application(s) on notice: approve them once the period is over (notice page).</source>
        <translation>
            <numerusform>%n 个项目正在公示：公示期满后予以批复（公示与后续管理页）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/settings/SettingsLabels.cpp" line="+16"/>
        <source>How scores are consolidated</source>
        <translation>汇总方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest experts for the trimmed mean</source>
        <translation>截尾均值最少专家数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass line</source>
        <translation>及格线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagreement: range of totals</source>
        <translation>分歧标记：总分极差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disagreement: standard deviation</source>
        <translation>分歧标记：标准差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pivotal expert: rank change</source>
        <translation>关键专家：名次变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts per application</source>
        <translation>每个项目的评审专家数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid experts of the same province</source>
        <translation>同省专家回避</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default scoring bands</source>
        <translation>默认评分档次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments required</source>
        <translation>须填写评分说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written opinion required</source>
        <translation>须填写评审意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation required</source>
        <translation>须给出推荐意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper scores typed twice</source>
        <translation>纸质评分双人录入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal review checklist</source>
        <translation>形式审查清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes needed for a conclusion</source>
        <translation>形成结论所需赞成比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public notice, working days</source>
        <translation>公示期（工作日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction period, months</source>
        <translation>建设期（月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title valid for, years</source>
        <translation>称号有效期（年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress report every, months</source>
        <translation>进展报告周期（月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications the round may propose</source>
        <translation>本批次拟入选名额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications per recommending authority</source>
        <translation>每个推荐单位的推荐名额</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trimmed mean (drop the highest and lowest)</source>
        <translation>截尾均值（去掉一个最高分和一个最低分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of all experts</source>
        <translation>全部专家平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardised scores (z-score per expert)</source>
        <translation>标准化得分（按专家做 Z 分数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not required</source>
        <translation>不要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For scores in the top or bottom band</source>
        <translation>评分落在最高档或最低档时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every criterion</source>
        <translation>每项指标均须填写</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Consolidation</source>
        <translation>汇总规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment and conflicts</source>
        <translation>分配与回避</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring requirements</source>
        <translation>评分要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal review</source>
        <comment>settings group</comment>
        <translation>形式审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberation</source>
        <comment>settings group</comment>
        <translation>论证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public notice and after</source>
        <translation>公示与后续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas</source>
        <translation>名额</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Quota of %1</source>
        <translation>%1 的推荐名额</translation>
    </message>
    <message>
        <location filename="../../core/cli/CmdWeights.cpp" line="-16"/>
        <source>Criteria weights by the analytic hierarchy process (层次分析法): each FILE is one committee member&apos;s pairwise comparison matrix over the children of --parent (CSV or .xlsx; criterion codes as the header row and the first column; Saaty&apos;s 1-9 scale written 3, 1/3 or 0.5; the lower triangle may be empty). Several files are aggregated by the geometric mean of the judgments. Prints each criterion&apos;s weight and points, lambda_max, CI and CR; --apply sets the points.</source>
        <translation>按层次分析法确定指标权重：每个 FILE 是一位委员对 --parent 下级指标的两两比较判断矩阵（CSV 或 .xlsx；首行和首列为指标编号；采用 Saaty 1–9 标度，写作 3、1/3 或 0.5；下三角可留空）。多个文件按各判断的几何平均数集结。输出各指标的权重和分值、lambda_max、CI 和 CR；--apply 设定分值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pairwise comparison matrix (repeat for each member).</source>
        <translation>一个两两比较判断矩阵（每位委员一个，可重复此选项）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The criterion whose sub-criteria are compared (default: the first-level criteria).</source>
        <translation>比较其下级指标的上级指标（默认：一级指标）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the compared criteria&apos;s points (the parent&apos;s points split by weight, in half points; their sub-criteria scaled in proportion). Refused once scores count.</source>
        <translation>设定所比较指标的分值（按权重分配上级指标分值，以半分为单位；其下级指标按比例调整）。已有评分计入结果时拒绝执行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply even when the consistency ratio is above 0.10.</source>
        <translation>一致性比率超过 0.10 时仍然应用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>give at least one --pairwise FILE</source>
        <translation>请至少给出一个 --pairwise FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--force only goes with --apply</source>
        <translation>--force 只能与 --apply 一起使用</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>lambda_max %1 · CI %2 · CR %3 (%4)</source>
        <translation>lambda_max %1 · CI %2 · CR %3（%4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>consistent</source>
        <translation>一致性可接受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not consistent: CR &gt; 0.10</source>
        <translation>一致性不足：CR &gt; 0.10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: CR %2</source>
        <translation>  %1：CR %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judgment furthest from the others: &apos;%1&apos; against &apos;%2&apos; is %3; %4 would fit.</source>
        <translation>与其他判断最不一致的是“%1”相对“%2”的判断 %3；取 %4 较为相符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applied: the criteria&apos;s points are set.</source>
        <translation>已应用：指标分值已设定。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>criteria weights by the analytic hierarchy process (AHP)</source>
        <translation>按层次分析法（AHP）确定指标权重</translation>
    </message>
    <message>
        <location filename="../../core/weights/Ahp.cpp" line="+74"/>
        <source>&apos;%1&apos; is not one of the criteria compared (%2)</source>
        <translation>“%1”不是参与比较的指标（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is compared twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the criterion &apos;%1&apos; is missing from the header row</source>
        <translation>首行缺少指标“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a matrix over %1 criteria needs %1 rows below the header, not %2</source>
        <translation>%1 个指标的判断矩阵在首行之下应有 %1 行，而不是 %2 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>%1 is not a pairwise comparison matrix of these criteria</source>
        <translation>%1 不是这些指标的两两比较判断矩阵</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>the row of &apos;%1&apos; must come in the header&apos;s order, found &apos;%2&apos;</source>
        <translation>各行应按首行的顺序排列，此处应为“%1”，实为“%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the judgment of &apos;%1&apos; against &apos;%2&apos; is missing</source>
        <translation>缺少“%1”相对“%2”的判断</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a judgment (write 3, 1/3 or 0.5)</source>
        <translation>“%1”不是有效的判断值（请写作 3、1/3 或 0.5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a criterion compared with itself is 1, not %1</source>
        <translation>指标与自身比较应为 1，而不是 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is outside Saaty&apos;s scale 1/9 … 9</source>
        <translation>“%1”超出 Saaty 标度范围 1/9…9</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; against &apos;%2&apos; is %3, but &apos;%2&apos; against &apos;%1&apos; is %4: the pair must be reciprocal</source>
        <translation>“%1”相对“%2”为 %3，而“%2”相对“%1”为 %4：两者应互为倒数</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>aggregated (geometric mean of %n member(s))</source>
        <translation>
            <numerusform>集结结果（%n 位委员判断的几何平均）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/weights/CriteriaWeights.cpp" line="+55"/>
        <source>there is no criterion &apos;%1&apos;</source>
        <translation>没有指标“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the round has fewer than two first-level criteria with points to weigh</source>
        <translation>本批次可赋权的一级计分指标少于两个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; has fewer than two sub-criteria with points to weigh</source>
        <translation>“%1”可赋权的下级计分指标少于两个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no pairwise comparison matrix given</source>
        <translation>未给出两两比较判断矩阵</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>[Weight] By the analytic hierarchy process: weight %1 of %2 points, %n member(s), CR = %3; applied by %4 on %5.</source>
        <translation>
            <numerusform>【权重】层次分析法：权重 %1（总分 %2），%n 位委员，CR = %3；由 %4 于 %5 应用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../core/consolidation/Sensitivity.cpp" line="+209"/>
        <source>--spread must be at least 0 and below 1, not %1</source>
        <translation>--spread 应不小于 0 且小于 1，而不是 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--samples must be at least 1</source>
        <translation>--samples 至少为 1</translation>
    </message>
    <message>
        <location filename="../../core/report/Weights.cpp" line="+53"/>
        <source>no criteria weights were set by the analytic hierarchy process in round %1</source>
        <translation>批次 %1 尚未用层次分析法设定指标权重</translation>
    </message>
</context>
<context>
    <name>rb::Region</name>
    <message>
        <location filename="../../core/domain/Region.cpp" line="-168"/>
        <source>Beijing</source>
        <translation>北京市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tianjin</source>
        <translation>天津市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebei</source>
        <translation>河北省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shanxi</source>
        <translation>山西省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner Mongolia</source>
        <translation>内蒙古自治区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Liaoning</source>
        <translation>辽宁省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jilin</source>
        <translation>吉林省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heilongjiang</source>
        <translation>黑龙江省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shanghai</source>
        <translation>上海市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jiangsu</source>
        <translation>江苏省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zhejiang</source>
        <translation>浙江省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anhui</source>
        <translation>安徽省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fujian</source>
        <translation>福建省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jiangxi</source>
        <translation>江西省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shandong</source>
        <translation>山东省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Henan</source>
        <translation>河南省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hubei</source>
        <translation>湖北省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hunan</source>
        <translation>湖南省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guangdong</source>
        <translation>广东省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guangxi</source>
        <translation>广西壮族自治区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hainan</source>
        <translation>海南省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chongqing</source>
        <translation>重庆市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sichuan</source>
        <translation>四川省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guizhou</source>
        <translation>贵州省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yunnan</source>
        <translation>云南省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tibet</source>
        <translation>西藏自治区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shaanxi</source>
        <translation>陕西省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gansu</source>
        <translation>甘肃省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qinghai</source>
        <translation>青海省</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ningxia</source>
        <translation>宁夏回族自治区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xinjiang</source>
        <translation>新疆维吾尔自治区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dalian</source>
        <translation>大连市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qingdao</source>
        <translation>青岛市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ningbo</source>
        <translation>宁波市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xiamen</source>
        <translation>厦门市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shenzhen</source>
        <translation>深圳市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xinjiang Production and Construction Corps</source>
        <translation>新疆生产建设兵团</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central state-owned enterprises</source>
        <translation>中央企业</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raw materials</source>
        <translation>原材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment manufacturing</source>
        <translation>装备制造</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer goods</source>
        <translation>消费品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Electronics and information</source>
        <translation>电子信息</translation>
    </message>
</context>
<context>
    <name>rb::ui::AccessCodeDialog</name>
    <message>
        <location filename="../../ui/expert/AccessCodeDialog.cpp" line="+53"/>
        <source>Access code</source>
        <translation>访问码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This review package is locked. Enter the access code from the secretariat&apos;s letter (it came separately from the file). Letters may be typed in small or capital; dashes do not matter.</source>
        <translation>该评审包已加锁。请输入秘书处通知中的访问码（与评审包文件分开送达）。字母不区分大小写，短横线可省略。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert:</source>
        <translation>专家：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secretariat key:</source>
        <translation>秘书处密钥：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access code:</source>
        <translation>访问码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the secretariat key with the fingerprint on your letter: if they differ, the package was replaced on its way; do not score it and call the secretariat.</source>
        <translation>请将秘书处密钥与通知上的指纹核对：如不一致，说明评审包在传递中被替换，请勿评分并与秘书处联系。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>rb::ui::AccessCodesDialog</name>
    <message>
        <location filename="../../ui/review/AccessCodesDialog.cpp" line="+50"/>
        <source>Access codes of the new packages</source>
        <translation>新评审包的访问码</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n package(s) written to %1. Each opens only with its access code. The codes are shown here once and are not stored anywhere: print the letters (or save them) now, and send each expert their code by another channel than the package — a letter, a phone call or a text message, never the same e-mail.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个评审包，每个评审包只能用其访问码打开。访问码只在此显示一次，不会保存在任何地方：请现在打印（或保存）通知，并通过与评审包不同的渠道（信函、电话或短信，切勿同一封邮件）告知各位专家。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint of the round&apos;s secretariat key (printed on every letter): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>本批次秘书处密钥指纹（印在每份通知上）：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expert</source>
        <translation>专家编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Package</source>
        <translation>评审包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access code</source>
        <translation>访问码</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print letters…</source>
        <translation>打印通知…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save letters as PDF…</source>
        <translation>将通知保存为 PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save codes as CSV…</source>
        <translation>将访问码保存为 CSV…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Save access codes</source>
        <translation>保存访问码</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access codes have not been printed or saved. Once this window is closed they are gone, and the packages would have to be re-issued. Close anyway?</source>
        <translation>访问码尚未打印或保存。关闭此窗口后将无法找回，只能重新下发评审包。仍要关闭吗？</translation>
    </message>
</context>
<context>
    <name>rb::ui::AgendaModel</name>
    <message>
        <location filename="../../ui/deliberation/MeetingModels.cpp" line="+95"/>
        <source> · again after revision</source>
        <translation> · 修改完善后再次论证</translation>
    </message>
</context>
<context>
    <name>rb::ui::AppController</name>
    <message>
        <location filename="../../ui/app/AppController.cpp" line="+59"/>
        <location line="+15"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change not saved</source>
        <translation>修改未保存</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../ui/applications/ApplicationDetail.cpp" line="+39"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <message>
        <location line="+3"/>
        <source>Dossiers</source>
        <translation>申报材料</translation>
    </message>
</context>
<context>
    <name>rb::ui::ApplicationsModel</name>
    <message>
        <location filename="../../ui/applications/ApplicationsModel.cpp" line="+74"/>
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
        <location filename="../../ui/applications/ApplicationsPage.cpp" line="+38"/>
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
        <location line="+25"/>
        <source>Attach dossier…</source>
        <translation>添加申报材料…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store PDF or image files of the selected application&apos;s dossier; they travel in the review packages of its experts</source>
        <translation>为所选申报项目存入申报材料的 PDF 或图片文件，这些文件将随评审包发给该项目的评审专家</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Attach dossier</source>
        <translation>添加申报材料</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Dossiers (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>申报材料文件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>rb::ui::AssignmentMatrix</name>
    <message>
        <location filename="../../ui/review/AssignmentMatrix.cpp" line="+104"/>
        <source>Conflict: %1</source>
        <translation>回避：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer counts: %1</source>
        <translation>已不计入：%1</translation>
    </message>
</context>
<context>
    <name>rb::ui::AssignmentPage</name>
    <message>
        <location filename="../../ui/review/AssignmentPage.cpp" line="+40"/>
        <source>Expert</source>
        <translation>专家编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applications</source>
        <translation>申报项目数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The random seed (随机种子): the same seed on the same data gives the same assignment, so that anyone can check it; another seed gives another fair draw.</source>
        <translation>随机种子：同一种子、同一数据得到同样的分配结果，便于任何人复核；换一个种子即重新公平抽取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>Assign automatically</source>
        <translation>自动分配</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Experts per application:</source>
        <translation>每个申报项目的专家人数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● assigned  ○ no longer counts  ✕ conflict (never assignable). Double-click a cell or press Space to assign or unassign; every change can be undone.</source>
        <translation>● 已分配  ○ 已不计入  ✕ 回避（不可分配）。双击单元格或按空格键可分配或取消分配；所有修改均可撤销。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 assignments; %2 applications need more experts; loads %3–%4</source>
        <translation>已分配 %1 条；%2 个申报项目仍需增加评审专家；每位专家评审量 %3–%4 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assigning experts…</source>
        <translation>正在分配专家…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+16"/>
        <source>Assignment</source>
        <translation>专家分配</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 has a conflict of interest with %2 and can never review it.</source>
        <translation>%1 须回避 %2，不能评审该申报项目。</translation>
    </message>
</context>
<context>
    <name>rb::ui::AttendanceModel</name>
    <message>
        <location filename="../../ui/deliberation/MeetingModels.cpp" line="-58"/>
        <source>%1 — records the meeting; counts neither for the quorum nor the vote</source>
        <translation>%1 — 负责会议记录，不计入法定人数，也不参加表决</translation>
    </message>
</context>
<context>
    <name>rb::ui::CaseMembersModel</name>
    <message>
        <location filename="../../ui/deliberation/CaseMembersModel.cpp" line="+43"/>
        <location line="+36"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recused: %1</source>
        <translation>回避：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recused from this case: no vote</source>
        <translation>本议题回避：不参加表决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent: no vote by proxy</source>
        <translation>缺席：不得委托表决</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recused</source>
        <translation>回避</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>表决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissent</source>
        <translation>不同意见</translation>
    </message>
</context>
<context>
    <name>rb::ui::CaseView</name>
    <message>
        <location filename="../../ui/deliberation/CaseView.cpp" line="+67"/>
        <source>Summary of the applicant&apos;s presentation</source>
        <translation>申报单位陈述要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions asked and the answers</source>
        <translation>委员提问及答复情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committee&apos;s collective opinion (论证意见)</source>
        <translation>论证委员会的集体意见（论证意见）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For “revise and reconsider”: what must be revised before the case comes back</source>
        <translation>结论为“修改完善后再议”时：再次提交论证前须修改完善的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All present vote for</source>
        <translation>出席委员全部赞成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conclude: proposed</source>
        <translation>结论：拟入选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclude: revise and reconsider</source>
        <translation>结论：修改完善后再议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclude: rejected</source>
        <translation>结论：不通过</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expert</source>
        <translation>专家编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Veto</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Consolidated scores</source>
        <translation>评分汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier</source>
        <translation>申报书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier deliberations</source>
        <translation>以往论证情况</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Presentation</source>
        <translation>申报单位陈述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions and answers</source>
        <translation>提问与答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members: opinion, recusal and vote</source>
        <translation>委员：意见、回避和表决</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collective opinion</source>
        <translation>集体意见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditions</source>
        <translation>修改完善要求</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <location line="+19"/>
        <location line="+68"/>
        <source>Deliberation</source>
        <translation>论证</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The ranking&apos;s robustness is computed on request for a round this large: Results ▸ Robustness.</source>
        <translation>批次规模较大，排名稳健性需在“评分汇总 ▸ 排名稳健性”中计算。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank interval %1–%2 with the weights moved by up to 20 %</source>
        <translation>权重变动 ±20% 时名次区间为 %1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>borderline: across the quota line (%1)</source>
        <translation>临界：跨越名额线（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (rank %2 without them)</source>
        <translation>%1（去掉后名次 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hangs on one expert: %1</source>
        <translation>取决于专家：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The case is concluded: its record can no longer change.</source>
        <translation>该议题已形成结论：记录不能再修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a case on the agenda first.</source>
        <translation>请先在议程中选择一个议题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a case on the agenda.</source>
        <translation>请在议程中选择议题。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>open</source>
        <translation>待议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concluded: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>已形成结论：&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1</source>
        <translation>第 %1 项议题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Score &lt;b&gt;%1&lt;/b&gt; (%2) · rank %3 · %4 experts · mean %5 · trimmed mean %6 · standard deviation %7 · range %8%9</source>
        <translation>得分 &lt;b&gt;%1&lt;/b&gt;（%2）· 排名 %3 · 专家 %4 名 · 平均分 %5 · 截尾均值 %6 · 标准差 %7 · 极差 %8%9</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Records a vote for from every member present and not recused who has not voted yet. Record the votes against and abstentions first: they are kept.</source>
        <translation>为所有出席、未回避且尚未表决的委员记录赞成票。请先记录反对票和弃权票：它们将保留不变。</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Each expert&apos;s total</source>
        <translation>各专家总分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consolidated scores for this application.</source>
        <translation>该申报项目尚无评分汇总结果。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No dossier attached</source>
        <translation>未附申报书</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vote: %1 for, %2 against, %3 abstaining</source>
        <translation>表决：赞成 %1 票，反对 %2 票，弃权 %3 票</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collective opinion:</source>
        <translation>集体意见：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditions:</source>
        <translation>修改完善要求：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the first deliberation of the application.</source>
        <translation>这是该申报项目的首次论证。</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+6"/>
        <source>Recusal</source>
        <translation>回避</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Why does %1 recuse themself from this case?</source>
        <translation>%1 回避本议题的理由是什么？</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Against</source>
        <translation>反对</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 members · %2 recused · %3 present and voting (quorum %4) · %5 for · %6 against · %7 abstaining · a conclusion needs %8 votes for</source>
        <translation>委员 %1 人 · 回避 %2 人 · 出席并参加表决 %3 人（法定人数 %4 人）· 赞成 %5 · 反对 %6 · 弃权 %7 · 形成结论需赞成票 %8 票</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Concluded: %1</source>
        <translation>已形成结论：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vote supports a conclusion.</source>
        <translation>表决结果足以形成结论。</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+14"/>
        <source>%1 is not a member of this committee</source>
        <translation>%1 不是本论证委员会委员</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+83"/>
        <location line="+36"/>
        <source>choose a case first</source>
        <translation>请先选择议题</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Conclude the case</source>
        <translation>形成议题结论</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Conclude %1 as “%2”? The record can no longer be changed afterwards.</source>
        <translation>确定将 %1 的结论定为“%2”吗？确定后记录将不能再修改。</translation>
    </message>
</context>
<context>
    <name>rb::ui::CommitteeDialog</name>
    <message>
        <location filename="../../ui/deliberation/CommitteeDialog.cpp" line="+30"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliberation committee</source>
        <translation>论证委员会</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Organisation</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Earlier in the list of this role (the order of the minutes)</source>
        <translation>在同一角色中上移（即纪要中的顺序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later in the list of this role</source>
        <translation>在同一角色中下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member</source>
        <translation>添加委员</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a roster…</source>
        <translation>导入名单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A table of the members (CSV or Excel: 姓名, 工作单位, 职务): new names are added, known ones corrected</source>
        <translation>委员名单表（CSV 或 Excel：姓名、工作单位、职务）：新姓名将被添加，已有委员按表更正</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove member</source>
        <translation>移除委员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the committee? Undo brings the member back.</source>
        <translation>将 %1 移出委员会？可用“撤销”恢复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a committee roster</source>
        <translation>导入委员会名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.xlsx *.tsv *.txt)</source>
        <translation>表格 (*.csv *.xlsx *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The committee has no chair yet: a meeting can be held only under a chair.</source>
        <translation>委员会尚无主任委员：会议须由主任委员主持方可召开。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+8"/>
        <location line="+22"/>
        <source>choose a member first</source>
        <translation>请先选择一位委员</translation>
    </message>
</context>
<context>
    <name>rb::ui::ConflictsModel</name>
    <message>
        <location filename="../../ui/review/ConflictsPage.cpp" line="+78"/>
        <source>Expert</source>
        <translation>专家编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>回避类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>回避理由</translation>
    </message>
</context>
<context>
    <name>rb::ui::ConflictsPage</name>
    <message>
        <location line="+21"/>
        <source>Search expert, application or reason</source>
        <translation>搜索评审专家、申报项目或回避理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts found from the rosters (the expert works for the applicant, by credit code or name; the same province when that rule is on) and conflicts declared by the secretariat or the experts. A conflicted expert is never assigned and never sees the application.</source>
        <translation>此处列出根据名单自动识别的回避（评审专家任职于申报单位，按统一社会信用代码或单位名称判断；启用同省回避规则时还包括同一省份），以及秘书处或评审专家声明的回避。需回避的评审专家绝不会被分配该申报项目，也看不到该申报项目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Declare a conflict…</source>
        <translation>声明回避…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+43"/>
        <source>%1 conflicts</source>
        <translation>共 %1 条回避记录</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Conflicts of interest (回避)</source>
        <translation>回避情况表</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>Declare a conflict</source>
        <translation>声明回避</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Choose an expert and an application, and give the reason.</source>
        <translation>请选择评审专家和申报项目，并填写回避理由。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>e.g. near relative works for the applicant</source>
        <translation>例如：近亲属在申报单位任职</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>回避理由</translation>
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
        <location filename="../../ui/criteria/CriteriaPage.cpp" line="+39"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+272"/>
        <location line="+5"/>
        <source>Load template</source>
        <translation>载入模板</translation>
    </message>
    <message>
        <location line="-268"/>
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
        <location line="+6"/>
        <source>Weights by AHP…</source>
        <translation>层次分析法赋权…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derive the criteria&apos;s points from the committee&apos;s pairwise comparisons (analytic hierarchy process, 层次分析法), with their consistency</source>
        <translation>根据委员会的两两比较判断（层次分析法）确定指标分值，并检验其一致性</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Selected criterion</source>
        <translation>所选指标</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+15"/>
        <source>Criteria</source>
        <translation>评价指标</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+19"/>
        <source>Load criteria from %1</source>
        <translation>从 %1 载入评价指标</translation>
    </message>
</context>
<context>
    <name>rb::ui::DeliberationPage</name>
    <message>
        <location filename="../../ui/deliberation/DeliberationPage.cpp" line="+44"/>
        <source>in session</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>未召开</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put ready cases on the agenda</source>
        <translation>将具备条件的项目列入议程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <location line="+9"/>
        <source>Close meeting</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Move the case earlier on the agenda (the chair&apos;s order)</source>
        <translation>将该议题在议程中上移（由主持人确定顺序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the case later on the agenda</source>
        <translation>将该议题在议程中下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting…</source>
        <translation>新建会议…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee…</source>
        <translation>论证委员会…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+77"/>
        <source>Attendance</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+35"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the meeting? Its record is then final.</source>
        <translation>确定结束会议吗？结束后会议记录即为最终记录，不能再修改。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the record</source>
        <translation>保存论证记录</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Deliberation</source>
        <translation>论证</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No meeting yet: create one</source>
        <translation>尚无会议，请新建</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Create the committee, then a meeting, then put the ready cases on its agenda.</source>
        <translation>请先组建论证委员会，再新建会议，然后将具备条件的项目列入会议议程。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2 · chair: %3
%4 of %5 members present; quorum %6 (%7%), a conclusion needs %8% of those present</source>
        <translation>%1，%2 · 主持人：%3
出席委员 %4 / %5 人；法定人数 %6 人（%7%），形成结论须经出席委员 %8% 赞成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place not set</source>
        <translation>未设地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>choose a case first</source>
        <translation>请先选择议题</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+16"/>
        <source>create a meeting first</source>
        <translation>请先新建会议</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+19"/>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Deliberation meeting of %1</source>
        <translation>%1论证会</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title:</source>
        <translation>会议名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
</context>
<context>
    <name>rb::ui::DossierView</name>
    <message>
        <location filename="../../ui/expert/DossierView.cpp" line="+33"/>
        <source>No dossier was sent with this application.</source>
        <translation>该申报项目未附带申报材料。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
</context>
<context>
    <name>rb::ui::ExpertSession</name>
    <message>
        <location filename="../../ui/expert/ExpertSession.cpp" line="+45"/>
        <source>Score %1: %2</source>
        <translation>评分 %1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the score of %1</source>
        <translation>清除 %1 的得分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit a comment</source>
        <translation>编辑评分意见</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Declare a conflict of interest</source>
        <translation>声明回避</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Withdraw the conflict declaration</source>
        <translation>撤回回避声明</translation>
    </message>
</context>
<context>
    <name>rb::ui::ExpertWindow</name>
    <message>
        <location filename="../../ui/expert/ExpertWindow.cpp" line="+47"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>评审中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed back (conflict)</source>
        <translation>已退回（回避）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Secretariat key %1</source>
        <translation>秘书处密钥 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fingerprint of the key the secretariat sealed this package with. It must match the one on your access-code letter.</source>
        <translation>秘书处封存该评审包所用密钥的指纹，应与访问码通知上的一致。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export scoring sheet (Excel)…</source>
        <translation>导出评分表(Excel)(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import scores from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入评分(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Submit…</source>
        <translation>提交(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous application</source>
        <translation>上一个项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next application</source>
        <translation>下一个项目(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next application &amp;still to score</source>
        <translation>下一个待评项目(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How to score (使用说明)</source>
        <translation>使用说明(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring</source>
        <translation>评分工具栏</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br/&gt;%3 of %4 complete</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br/&gt;已完成 %3 / %4 项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 handed back</source>
        <translation>，已退回 %1 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 %2 — %3 — ReviewBench</source>
        <translation>%1 %2 — %3 — 评审工作台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round %1 %2 · revision %3 · every change is saved at once</source>
        <translation>评审批次 %1 %2 · 第 %3 版 · 所有修改即时保存</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every application is scored or handed back: check them, then submit.</source>
        <translation>所有项目均已评分或退回：请检查后提交。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The package cannot be submitted yet. Still missing:

%1</source>
        <translation>评审包尚不能提交。仍缺少以下内容：

%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your scores are submitted and sealed. Send the file %1 back to the secretariat.</source>
        <translation>评分已提交并封存。请将文件 %1 发回秘书处。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Export scoring sheet</source>
        <translation>导出评分表</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Import scores</source>
        <translation>导入评分</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Score sheets (*.xlsx *.csv)</source>
        <translation>评分表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 scores imported</source>
        <translation>已导入 %1 条评分</translation>
    </message>
</context>
<context>
    <name>rb::ui::ExpertsModel</name>
    <message>
        <location filename="../../ui/experts/ExpertsModel.cpp" line="+51"/>
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
        <location filename="../../ui/experts/ExpertsPage.cpp" line="+25"/>
        <source>Search code, name, organisation, region or field</source>
        <translation>搜索编号、姓名、工作单位、所在地区或专业领域</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>rb::ui::ExportActions</name>
    <message>
        <location filename="../../ui/export/ExportActions.cpp" line="+24"/>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments</source>
        <translation>专家分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>汇总结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>论证结论</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to Excel or CSV…</source>
        <translation>%1（Excel 或 CSV）…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive of the round…</source>
        <translation>评审批次归档…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A self-contained copy of this round&apos;s database for filing</source>
        <translation>本评审批次数据库的独立完整副本，用于归档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show experts by code (copies for applicants)</source>
        <translation>专家以编号显示（提供给申报单位的文本）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the archive…</source>
        <translation>正在写入归档文件…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Archive of the round</source>
        <translation>评审批次归档</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReviewBench files (*.rbdb)</source>
        <translation>评审工作台文件 (*.rbdb)</translation>
    </message>
</context>
<context>
    <name>rb::ui::FirstStartDialog</name>
    <message>
        <location filename="../../ui/app/FirstStartDialog.cpp" line="+26"/>
        <source>The secretariat</source>
        <translation>秘书处工作人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An expert reviewing applications</source>
        <translation>评审专家</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to ReviewBench</source>
        <translation>欢迎使用评审工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change you make is recorded with your name, so that the committee&apos;s file shows who did what. You can change it later in Edit ▸ Preferences.</source>
        <translation>您所做的每一项修改都会记录您的姓名，以便评审档案能说明由谁做了什么。以后可在“编辑 ▸ 首选项”中修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 张明</source>
        <translation>例如：张明</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You work as:</source>
        <translation>您的身份：</translation>
    </message>
</context>
<context>
    <name>rb::ui::FormalChecklistModel</name>
    <message>
        <location filename="../../ui/workflow/FormalChecklistModel.cpp" line="+41"/>
        <source>Not checked</source>
        <translation>未审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Eligibility item</source>
        <translation>审查条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>审查人</translation>
    </message>
</context>
<context>
    <name>rb::ui::GuiCommands</name>
    <message>
        <location filename="../../ui/cli/GuiCommands.cpp" line="+19"/>
        <source>Attach synthetic PDF dossiers (申报书) to the first applications of a round, for demos.</source>
        <translation>为评审批次中排在前面的若干申报项目添加模拟的 PDF 申报书，用于演示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>The round database.</source>
        <translation>批次数据库。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>How many applications.</source>
        <translation>申报项目数量。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 dossiers attached</source>
        <translation>已添加 %1 份申报书</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>say which document: --kind %1</source>
        <translation>请指定文书类型：--kind %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown --kind &apos;%1&apos; (%2)</source>
        <translation>未知的 --kind 取值“%1”（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say where to write: --out FILE.pdf</source>
        <translation>请指定输出文件：--out FILE.pdf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--blank applies to --kind scoring-sheet only</source>
        <translation>--blank 仅适用于 --kind scoring-sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--meeting applies to --kind minutes only</source>
        <translation>--meeting 仅适用于 --kind minutes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a print-ready document of the round as PDF (A4, Chinese, fonts embedded): expert scoring sheets (blank for paper panels, or filled), opinion sheets, score summaries, the ranking, deliberation minutes, the public-notice list or the round&apos;s statistics with charts. The file is written whole or not at all.</source>
        <translation>将评审批次的可打印文书输出为 PDF 文件（A4 纸张、中文、内嵌字体）：专家评分表（可为供纸质评审使用的空白表，也可为已填写的评分表）、专家评审意见表、评分汇总表、排名表、论证意见、公示名单，或附图表的评审统计。文件只会完整写入，不会留下不完整的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document: %1.</source>
        <translation>文书类型：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this application (its sheets, summary, cases or notice).</source>
        <translation>仅输出该申报项目的文书（评分表、评分汇总表、论证记录或公示）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this expert&apos;s scoring or opinion sheets.</source>
        <translation>仅输出该评审专家的专家评分表或专家评审意见表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes of the N-th meeting of the round, in date order (default: all).</source>
        <translation>本批次第 N 次论证会（按日期排序）的论证意见（默认：全部）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring sheets without scores, for paper panels.</source>
        <translation>不含得分的空白评分表，供纸质评审使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show experts (and committee members) without their names (copies for applicants).</source>
        <translation>评审专家（及委员）以编号显示，不显示姓名（提供给申报单位的文本）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF file to write (replaced if it exists).</source>
        <translation>要写入的 PDF 文件（已存在时予以覆盖）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 pages written to %2</source>
        <translation>已向 %2 写入 %1 页</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>attach synthetic PDF dossiers for demos</source>
        <translation>添加模拟 PDF 申报书，用于演示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write a print-ready document (PDF) of the round</source>
        <translation>输出评审批次的可打印文书（PDF）</translation>
    </message>
</context>
<context>
    <name>rb::ui::HelpWindow</name>
    <message>
        <location filename="../../ui/common/HelpWindow.cpp" line="+51"/>
        <source>ReviewBench guide</source>
        <translation>评审工作台使用说明</translation>
    </message>
</context>
<context>
    <name>rb::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/import/ImportDialog.cpp" line="+41"/>
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
        <location line="+1"/>
        <source>Import declared conflicts</source>
        <translation>导入已申报回避</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read as an Excel workbook (.xlsx)</source>
        <translation>读取为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as a CSV file in %1</source>
        <translation>读取为 %1 编码的 CSV 文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recommenders ReviewBench does not know</source>
        <translation>无法识别的推荐单位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Double-click a cell to correct it; the file itself is not changed.</source>
        <translation>双击单元格可修改；原文件不会改动。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+4"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave out the selected rows</source>
        <translation>不导入选中的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take them back</source>
        <translation>恢复选中的行</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %n data row(s), header on row %2, %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n 行数据，表头在第 %2 行，%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>left out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>corrected here; the file says: %1</source>
        <translation>已在此修改；原文件为：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n problem(s) found. Correct the cells here (double-click), leave the rows out, or correct the file; nothing is imported until every row that remains is right.</source>
        <translation>
            <numerusform>发现 %n 个问题。可在此修改单元格（双击）、不导入有问题的行，或修改原文件；在所有待导入的行都正确之前，不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Which recommending authority does each stand for? The answer counts for the quotas and is remembered in the round.</source>
        <translation>它们各自对应哪个推荐主体？所选主体用于名额计算，并记入本批次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready: %1 new, %2 changed, %3 unchanged.</source>
        <translation>准备就绪：新增 %1 条，修改 %2 条，未变 %3 条。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) left out.</source>
        <translation>
            <numerusform>%n 行不导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 criteria not in the file will be removed.</source>
        <translation>文件中未包含的 %1 项评价指标将被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file replaces the round&apos;s criteria.</source>
        <translation>该文件将替换本批次的评价指标。</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n criterion/criteria of the round not in the file will be removed, with their scores. Import anyway?</source>
        <translation>
            <numerusform>本轮有 %n 项评价指标不在文件中，将连同其评分一并删除。仍要导入吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>rb::ui::MainWindow</name>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="+69"/>
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
        <source>Open a review file (.rbdb) or, as an expert, a review package (.rbpkg)</source>
        <translation>打开评审文件（.rbdb）；评审专家在此打开评审包（.rbpkg）</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+11"/>
        <source>&amp;Applications…</source>
        <translation>申报项目(&amp;A)…</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>&amp;Experts…</source>
        <translation>评审专家(&amp;E)…</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>&amp;Criteria…</source>
        <translation>评价指标(&amp;C)…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Declared c&amp;onflicts…</source>
        <translation>已申报回避(&amp;O)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import &amp;templates</source>
        <translation>导入模板(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper &amp;scores…</source>
        <translation>纸质评分(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Documents</source>
        <translation>文书(&amp;D)</translation>
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
        <location line="+19"/>
        <source>Import applications</source>
        <translation>导入申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>&amp;Guide (使用说明)</source>
        <translation>使用说明(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+7"/>
        <source>Changes are saved as you make them. Signed in as %1.</source>
        <translation>所有修改即时保存。当前用户：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file open.</source>
        <translation>未打开文件。</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <source>Conflicts</source>
        <translation>回避管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation>专家分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review packages</source>
        <translation>评审包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>评分汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberation</source>
        <translation>论证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice and follow-up</source>
        <translation>公示与后续管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle</source>
        <translation>全流程管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round settings</source>
        <translation>规则设置</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Review files and packages (*.rbdb *.rbpkg);;Review files (*.rbdb);;Review packages (*.rbpkg);;All files (*)</source>
        <translation>评审文件和评审包 (*.rbdb *.rbpkg);;评审文件 (*.rbdb);;评审包 (*.rbpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+2"/>
        <source>Open a review package…</source>
        <translation>打开评审包…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experts: open the .rbpkg file the secretariat sent you, then enter its access code</source>
        <translation>评审专家：打开秘书处发来的 .rbpkg 文件，再输入访问码</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>ReviewBench</source>
        <translation>评审工作台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 — ReviewBench</source>
        <translation>%1 — %2 — 评审工作台</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import templates</source>
        <translation>导入模板</translation>
    </message>
</context>
<context>
    <name>rb::ui::NewRoundDialog</name>
    <message>
        <location filename="../../ui/app/NewRoundDialog.cpp" line="+22"/>
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
    <name>rb::ui::NoticePage</name>
    <message>
        <location filename="../../ui/notice/NoticePage.cpp" line="+76"/>
        <source>Upheld: withdrawn</source>
        <translation>成立：已撤回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismissed</source>
        <translation>不成立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in the coming days</source>
        <translation>近期到期事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Put them on public notice</source>
        <translation>转入公示</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+101"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>截止日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact for objections</source>
        <translation>异议受理联系方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish the proposed applications…</source>
        <translation>公示拟入选申报项目…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve those whose notice is over</source>
        <translation>批复公示期满的申报项目</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source>Approval</source>
        <translation>批复</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s) approved.</source>
        <translation>
            <numerusform>已批复 %n 个申报项目。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No application is ready: a notice must be over and every objection resolved.</source>
        <translation>没有可批复的申报项目：须公示期满且所有异议均已处理完毕。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>Application</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>异议人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticated</source>
        <translation>署名方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling</source>
        <translation>核查处理情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record an objection…</source>
        <translation>登记异议…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Objections must be in writing: sealed by an organisation, or signed with a real name and contact details. Anonymous objections are not accepted.</source>
        <translation>异议须以书面形式提出：单位提出的须加盖公章，个人提出的须署真实姓名并注明联系方式。匿名异议不予受理。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+544"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-543"/>
        <source>Show those already met</source>
        <translation>显示已完成的事项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+62"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Mark as met…</source>
        <translation>标记为已完成…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a re-evaluation round…</source>
        <translation>启动复评批次…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply this re-evaluation round&apos;s outcomes</source>
        <translation>应用本复评批次的结论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed keeps the title for a new period; rejected revokes it.</source>
        <translation>结论为“拟入选”的保留称号，进入新的有效期；结论为“不通过”的撤销称号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due within:</source>
        <translation>查看未来：</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Re-evaluation</source>
        <translation>复评</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Show the re-evaluation round (round selector) to apply its outcomes.</source>
        <translation>请先在评审批次选择框中切换到该复评批次，再应用其结论。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep or revoke the titles by the re-evaluation&apos;s conclusions? This is final.</source>
        <translation>按复核评价结论保留或撤销称号？此操作不可撤回。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n title(s) kept or revoked.</source>
        <translation>
            <numerusform>已保留或撤销 %n 项称号。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Public holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make-up working day (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 国庆节</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a year&apos;s arrangement…</source>
        <translation>导入全年节假日安排…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The State Council&apos;s holidays and make-up working days for a year, from a CSV or Excel file (日期, 类型, 说明) or an iCalendar (.ics) file</source>
        <translation>从 CSV 或 Excel 文件（日期、类型、说明）或 iCalendar（.ics）文件导入国务院办公厅公布的全年放假和调休上班安排</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A period starting on</source>
        <translation>自</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lasting</source>
        <translation>起，为期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monday to Friday are working days, except the public holidays listed here; a Saturday or Sunday listed as a make-up working day counts as one. The calendar serves every round of the file.</source>
        <translation>周一至周五为工作日，此处列出的节假日除外；列为调休上班日的周六或周日按工作日计算。本日历适用于该文件中的所有评审批次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Import a year&apos;s arrangement</source>
        <translation>导入全年节假日安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendars (*.csv *.xlsx *.ics)</source>
        <translation>日历文件 (*.csv *.xlsx *.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The notice&apos;s first day has come: %n proposed application(s) can go on public notice.</source>
        <translation>
            <numerusform>公示期已开始：%n 项拟入选申报可转入公示。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today %1 · %2 proposed and not yet on notice · %3 on public notice (%4 notice(s) running) · %5 approved</source>
        <translation>今日 %1 · 拟入选尚未公示 %2 个 · 公示中 %3 个（正在进行的公示 %4 批） · 已批复 %5 个</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>The notice is published in Chinese, as the official document it is.</source>
        <translation>公示为正式文件，一律使用中文发布。</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Sealed (organisation)</source>
        <translation>加盖公章（单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed (real name)</source>
        <translation>实名签署（个人）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Met on %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+216"/>
        <source>%1 open item(s) due by %2, of which %3 overdue.</source>
        <translation>截至 %2 到期的未完成事项 %1 项，其中已逾期 %3 项。</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>ends on &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>截止于 &lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>there is no application %1 in this round</source>
        <translation>本批次中没有申报项目 %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Publish on public notice</source>
        <translation>发布公示</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address, telephone and e-mail for objections</source>
        <translation>异议受理地址、电话和电子邮箱</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+133"/>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>First day:</source>
        <translation>起始日：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days:</source>
        <translation>工作日数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day:</source>
        <translation>截止日：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sealed by an organisation</source>
        <translation>由单位加盖公章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed with a real name</source>
        <translation>由个人实名签署</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application:</source>
        <translation>申报项目：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received:</source>
        <translation>收到日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>异议人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticated:</source>
        <translation>署名方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content:</source>
        <translation>异议内容：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No application is on public notice.</source>
        <translation>目前没有处于公示期的申报项目。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Resolve an objection</source>
        <translation>处理异议</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Select an objection first.</source>
        <translation>请先选择一条异议。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismissed: the application stays</source>
        <translation>异议不成立：保留该申报项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld: the application is withdrawn</source>
        <translation>异议成立：撤回该申报项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it was verified and handled</source>
        <translation>核查及处理情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objection:</source>
        <translation>异议：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling:</source>
        <translation>核查处理情况：</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Mark as met</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Select an item first.</source>
        <translation>请先选择一个事项。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. report received, file number</source>
        <translation>例如：已收到报告、文号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met on:</source>
        <translation>完成日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start a re-evaluation round</source>
        <translation>启动复评批次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titles ending within:</source>
        <translation>有效期在此期限内届满的称号：</translation>
    </message>
</context>
<context>
    <name>rb::ui::OverviewPage</name>
    <message>
        <location filename="../../ui/overview/OverviewPage.cpp" line="+125"/>
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
        <location line="+39"/>
        <source>Applications by region</source>
        <translation>申报项目地区分布</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>rb::ui::PackagesPage</name>
    <message>
        <location filename="../../ui/review/PackagesPage.cpp" line="+38"/>
        <source>not issued</source>
        <translation>未下发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issued, not returned</source>
        <translation>已下发，未交回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returned, not submitted</source>
        <translation>已交回，未提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflicting copies returned</source>
        <translation>交回的副本相互冲突</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Count this copy…</source>
        <translation>以此副本计分…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Expert</source>
        <translation>专家编号</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Two different sealed copies of one package came back (the expert submitted twice). Make the selected copy the one that counts; or re-issue the package instead.</source>
        <translation>同一评审包收回了两份内容不同的封存副本（专家提交了两次）。以选中的副本计分；也可改为重新下发评审包。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <location line="+188"/>
        <source>Count this copy</source>
        <translation>以此副本计分</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Select the copy that should count in the list below.</source>
        <translation>请在下方列表中选中应计分的副本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count the scores of %1 instead of the other copy of the same package? The choice is recorded in the audit log; a backup is taken first.</source>
        <translation>以 %1 的评分代替同一评审包另一副本的评分？该选择将记入审计日志，并先行备份。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applications</source>
        <translation>申报项目数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write packages…</source>
        <translation>生成评审包…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-issue for the selected experts…</source>
        <translation>为所选评审专家重新下发…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each expert gets one file (.rbpkg) with the criteria and only their own assigned applications and dossiers, and an access code that opens it, sent separately. They score offline in ReviewBench or in Excel, submit, and send the sealed file back. Re-issuing re-opens a submitted package as a new revision with a new code; an older revision returned later is refused as stale.</source>
        <translation>每位专家收到一个评审包文件（.rbpkg），其中只有评价指标及分配给本人的申报项目和申报材料，另有单独送达的访问码用于打开。专家在评审工作台或 Excel 中离线评分、提交，并交回封存后的文件。重新下发会将已提交的评审包作为新版本重新打开，并附新的访问码；之后收回的旧版本将被视为过期而拒收。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge returned packages…</source>
        <translation>合并交回的评审包…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or drop the returned files or a folder onto this page</source>
        <translation>也可将交回的文件或文件夹拖放到本页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge returned packages</source>
        <translation>合并交回的评审包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review packages (*.rbpkg)</source>
        <translation>评审包 (*.rbpkg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>There is no backup of this file yet.</source>
        <translation>该文件尚无备份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups (*.rbdb)</source>
        <translation>备份文件 (*.rbdb)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the current content of the round file with %1? The current content is backed up first.</source>
        <translation>确定用 %1 替换批次文件的当前内容吗？替换前将先备份当前内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the packages</source>
        <translation>存放评审包的文件夹</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re-issue</source>
        <translation>重新下发</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the experts whose packages should be re-issued.</source>
        <translation>请选择需要重新下发评审包的评审专家。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 of %2 experts have a package; %3 submitted. Missing: %4</source>
        <translation>已下发评审包 %1 名（共 %2 名评审专家），已提交 %3 名。尚未提交：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No package (*.rbpkg) was found there</source>
        <translation>该处没有找到评审包（*.rbpkg）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Merging %n package(s)…</source>
        <translation>
            <numerusform>正在合并 %n 个评审包…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting the chosen copy…</source>
        <translation>正在以选定的副本计分…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chosen copy was rejected</source>
        <translation>所选副本未被采纳</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>merged (%1 scores)</source>
        <translation>已合并（%1 条评分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already merged</source>
        <translation>此前已合并</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>已拒收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict</source>
        <translation>副本冲突</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing packages…</source>
        <translation>正在生成评审包…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Write packages</source>
        <translation>生成评审包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every expert already has a package; use re-issue for a new one.</source>
        <translation>每位专家都已有评审包；如需新的评审包，请使用重新下发。</translation>
    </message>
</context>
<context>
    <name>rb::ui::PairwiseModel</name>
    <message>
        <location filename="../../ui/criteria/PairwiseModel.cpp" line="+67"/>
        <source>equally important</source>
        <translation>同等重要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slightly less important</source>
        <translation>稍微不重要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>slightly more important</source>
        <translation>稍微重要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clearly less important</source>
        <translation>明显不重要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clearly more important</source>
        <translation>明显重要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strongly less important</source>
        <translation>强烈不重要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>strongly more important</source>
        <translation>强烈重要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extremely less important</source>
        <translation>极端不重要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>extremely more important</source>
        <translation>极端重要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between the neighbouring judgments</source>
        <translation>介于相邻判断之间</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 against %2: %3 (%4)</source>
        <translation>%1 相对 %2：%3（%4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judgment furthest from the others: %1 (%2) would fit them.</source>
        <translation>这是与其他判断最不一致的一项：取 %1（%2）较为相符。</translation>
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
    <name>rb::ui::RankIntervalChart</name>
    <message>
        <location filename="../../ui/results/RobustnessView.cpp" line="+60"/>
        <source>Compute to see how firm each rank is.</source>
        <translation>点击“计算”查看各项目名次的稳定程度。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>quota line (%1)</source>
        <translation>名额线（%1）</translation>
    </message>
</context>
<context>
    <name>rb::ui::ReportActions</name>
    <message>
        <location filename="../../ui/report/ReportActions.cpp" line="+22"/>
        <source>Scoring sheets (专家评分表)</source>
        <translation>专家评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert opinion sheets (专家评审意见表)</source>
        <translation>专家评审意见表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score summary tables (评分汇总表)</source>
        <translation>评分汇总表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking list (排名表)</source>
        <translation>排名表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberation minutes (论证意见)</source>
        <translation>论证意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public-notice list (公示名单)</source>
        <translation>公示名单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round statistics with charts</source>
        <translation>评审统计（附图表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria weights by AHP (指标权重确定表)</source>
        <translation>评价指标权重确定表（层次分析法）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Blank scoring sheets for a paper panel</source>
        <translation>空白专家评分表（供纸质评审使用）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview and print…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing %1…</source>
        <translation>正在准备%1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview or PDF of the documents of this page</source>
        <translation>本页文书的打印预览或 PDF</translation>
    </message>
</context>
<context>
    <name>rb::ui::ResultsModel</name>
    <message>
        <location filename="../../ui/results/ResultsModel.cpp" line="+39"/>
        <source>disagreement</source>
        <translation>评分分歧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>veto</source>
        <translation>否决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incomplete</source>
        <translation>评分不全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the pass line</source>
        <translation>低于入围分数线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hangs on one expert</source>
        <translation>取决于一位专家</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Δ</source>
        <translation>升降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>申报单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts</source>
        <translation>专家数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trimmed mean</source>
        <translation>截尾均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Std. dev.</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>极差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>rb::ui::ResultsPage</name>
    <message>
        <location filename="../../ui/results/ResultsPage.cpp" line="+48"/>
        <source>Trimmed mean (drop highest and lowest)</source>
        <translation>去掉最高最低分后的平均分</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+285"/>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z-score (corrects each expert&apos;s severity)</source>
        <translation>标准分（校正各专家的评分宽严）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trimmed mean (截尾均值): the highest and the lowest total are left out, then the mean; one expert far above or below the others moves the score less.</source>
        <translation>截尾均值：去掉一个最高分和一个最低分后求平均；个别专家打分明显偏高或偏低时对得分影响较小。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standardised score (标准化得分): each expert&apos;s totals are measured against that expert&apos;s own average and spread, so that strict and lenient experts weigh the same.</source>
        <translation>标准化得分：每位专家的总分按其本人打分的平均水平和离散程度换算，使打分偏严和偏宽的专家权重相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the experts&apos; totals become the application&apos;s score, for this screen</source>
        <translation>本屏将专家总分汇总为项目得分的方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All applications</source>
        <translation>全部申报项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search code, applicant or title</source>
        <translation>搜索编号、申报单位或项目名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kendall&apos;s W (肯德尔和谐系数): how far the experts agree on the order of the applications they all scored, from 0 (not at all) to 1 (the same order).</source>
        <translation>肯德尔和谐系数 W：专家对其共同评审项目排序的一致程度，0 表示毫无一致，1 表示排序完全相同。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert scores</source>
        <translation>专家评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Robustness</source>
        <translation>排名稳健性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method:</source>
        <translation>汇总方法：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Make it the round&apos;s rule</source>
        <translation>设为本批次规则</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This screen previews the ranking by &lt;b&gt;%1&lt;/b&gt;. The round&apos;s rule is &lt;b&gt;%2&lt;/b&gt;: the printed ranking, the exports and the deliberation use the rule.</source>
        <translation>本屏预览按&lt;b&gt;%1&lt;/b&gt;计算的排名。本批次规则为&lt;b&gt;%2&lt;/b&gt;：打印的排名表、导出表格和论证均按规则计算。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consolidating the scores…</source>
        <translation>正在汇总评分…</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+101"/>
        <source>Results</source>
        <translation>评分汇总</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 of %2 applications scored · method: %3 · Kendall&apos;s W: %4</source>
        <translation>已评分申报项目 %1 个，共 %2 个 · 汇总方法：%3 · 肯德尔和谐系数 W：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— (not every expert scored every application)</source>
        <translation>—（并非每位专家都评审了每个申报项目）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Score distribution (%1 shown)</source>
        <translation>得分分布（显示 %1 个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert bias (points above or below the panel)</source>
        <translation>专家评分偏差（高于或低于专家组平均的分数）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: expert totals</source>
        <translation>%1：各专家总分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Criterion</source>
        <translation>评价指标</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: criteria against the round average</source>
        <translation>%1：各指标得分与本批次平均水平对比</translation>
    </message>
</context>
<context>
    <name>rb::ui::RobustnessView</name>
    <message>
        <location filename="../../ui/results/RobustnessView.cpp" line="+6"/>
        <source>Compute the ranking&apos;s robustness</source>
        <translation>计算排名稳健性</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How firm is each rank? The consolidation is repeated with the first-level criteria&apos;s weights moved at random by up to 20 %, and again without each expert in turn.</source>
        <translation>各项目的名次有多稳定？将一级指标权重随机变动最多 20% 反复汇总，并依次去掉每位专家重新汇总。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank without them</source>
        <translation>去掉该专家后的名次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pivotal experts: leaving one of them out moves the application across the quota line or by more ranks than the round&apos;s setting allows</source>
        <translation>关键专家：去掉其中一位后，项目跨越名额线，或名次变化超过本批次设定的名次数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The round has changed since: compute again.</source>
        <translation>数据已有变化，请重新计算。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 samples with the weights moved by up to 20 %.</source>
        <translation>权重变动最多 20%，共 %1 次抽样。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s) are borderline: their rank interval crosses the quota line.</source>
        <translation>
            <numerusform>%n 个项目处于临界：其名次区间跨越名额线。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quota is set (Round settings ▸ Quotas): the line is not drawn.</source>
        <translation>未设定名额（规则设置 ▸ 名额），因此不显示名额线。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s) hang on one expert.</source>
        <translation>
            <numerusform>%n 个项目的结果取决于某一位专家。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::RoundSettingsModel</name>
    <message>
        <location filename="../../ui/settings/RoundSettingsPage.cpp" line="+124"/>
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
        <location line="+43"/>
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
        <location line="+25"/>
        <source>The rules of this round. A name in bold differs from the default; every change can be undone (Edit ▸ Undo). The same settings are available as &apos;reviewbench-cli config&apos;; hover over a name for its key there.</source>
        <translation>本批次的评审规则。名称加粗表示与默认值不同；每次修改均可撤销（编辑 ▸ 撤销）。命令行“reviewbench-cli config”可设置相同的规则；将鼠标停在名称上可看到对应的键名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a quota for an authority…</source>
        <translation>为推荐单位设置推荐名额…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quotas of single authorities (they override the quota per authority):</source>
        <translation>单个推荐单位的名额（优先于统一的推荐名额）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recommender as written</source>
        <translation>推荐单位（原文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommending authority</source>
        <translation>推荐主体</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget the selected</source>
        <translation>删除选中的对应关系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommenders mapped to their authority when applications were imported (quotas count by authority):</source>
        <translation>导入申报项目时指定的推荐单位与推荐主体的对应关系（名额按推荐主体计算）：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Recommenders</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>Quota</source>
        <translation>推荐名额</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Recommending authority:</source>
        <translation>推荐单位：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most applications from %1:</source>
        <translation>%1 最多可推荐的申报项目数：</translation>
    </message>
</context>
<context>
    <name>rb::ui::ScoringForm</name>
    <message>
        <location filename="../../ui/expert/ScoringForm.cpp" line="+110"/>
        <source>%1 %2 (%3 points)</source>
        <translation>%1 %2（%3 分）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overall opinion</source>
        <translation>总体意见</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not recommend</source>
        <translation>不推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review again after revision</source>
        <translation>修改后复核</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strengths</source>
        <translation>主要优点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>0 No (not triggered)</source>
        <translation>0 否（未触发）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 Yes (triggered)</source>
        <translation>1 是（触发）</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit the overall opinion</source>
        <translation>编辑总体意见</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Declare a conflict of interest</source>
        <translation>声明回避</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why can you not review this application? (for example: I work for the applicant)</source>
        <translation>您为何不能评审该申报项目？（例如：本人在申报单位任职）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comment (required for this score)</source>
        <translation>评分意见（该得分须填写）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment (optional)</source>
        <translation>评分意见（选填）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Submitted and sealed on %1. The package can no longer be changed.</source>
        <translation>已于 %1 提交并封存，评审包不能再修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You declared a conflict of interest: %1. This application goes back to the secretariat unscored.</source>
        <translation>您已声明回避：%1。该申报项目将不予评分，退回秘书处。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw the conflict declaration</source>
        <translation>撤回回避声明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest…</source>
        <translation>声明回避…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Total %1 / 100 — %2 of %3 filled</source>
        <translation>合计 %1 / 100 — 已填写 %2 / %3 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a veto item is triggered)</source>
        <translation>（已触发否决项）</translation>
    </message>
</context>
<context>
    <name>rb::ui::SettingsForm</name>
    <message>
        <location filename="../../ui/settings/SettingsForm.cpp" line="+68"/>
        <source>In reviewbench-cli config</source>
        <translation>命令行 reviewbench-cli config 中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the default value (%1)</source>
        <translation>恢复默认值（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <location line="+14"/>
        <source>none</source>
        <translation>不设</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>One item per line; empty: the category&apos;s default list</source>
        <translation>每行一项；留空则使用该类别的默认清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the list</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rb::ui::SubmitSummaryDialog</name>
    <message>
        <location filename="../../ui/expert/SubmitSummaryDialog.cpp" line="+36"/>
        <source>Check before sealing</source>
        <translation>封存前核对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is what you submit. Once sealed, the package can no longer be changed; check each total and recommendation.</source>
        <translation>以下是您将提交的内容。封存后评审包不能再修改；请逐项核对总分和推荐意见。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>申报项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation</source>
        <translation>推荐意见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Handed back: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seal and submit</source>
        <translation>封存并提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to scoring</source>
        <translation>返回评分</translation>
    </message>
</context>
<context>
    <name>rb::ui::WeightsDialog</name>
    <message>
        <location filename="../../ui/criteria/WeightsDialog.cpp" line="+28"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criteria weights by the analytic hierarchy process</source>
        <translation>层次分析法确定指标权重</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First-level criteria</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-criteria of %1 %2</source>
        <translation>%1 %2 的下级指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each member compares the criteria two by two: how much more important is the row&apos;s criterion than the column&apos;s? 1 equally, 3 slightly, 5 clearly, 7 strongly, 9 extremely (2, 4, 6, 8 between); the reciprocal when less important. A consistency ratio (CR) up to 0.10 is acceptable.</source>
        <translation>每位委员对指标两两比较：行指标相对列指标的重要程度。1 同等重要，3 稍微重要，5 明显重要，7 强烈重要，9 极端重要（2、4、6、8 介于其间）；不如列指标重要时取倒数。一致性比率（CR）不超过 0.10 即可接受。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add member</source>
        <translation>添加委员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a matrix…</source>
        <translation>导入判断矩阵…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove member</source>
        <translation>删除委员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The committee&apos;s weights (geometric mean of the members&apos; judgments):</source>
        <translation>委员会权重（各委员判断的几何平均）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import a pairwise comparison matrix</source>
        <translation>导入两两比较判断矩阵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a matrix</source>
        <translation>导入判断矩阵</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Member %1</source>
        <translation>委员 %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>λmax %1 · CI %2 · CR %3</source>
        <translation>λmax %1 · CI %2 · CR %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acceptable</source>
        <translation>一致性可接受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not consistent</source>
        <translation>一致性不足</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Committee</source>
        <translation>委员会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The judgment furthest from the others: %1 against %2; %3 would fit.</source>
        <translation>与其他判断最不一致：%1 相对 %2；取 %3 较为相符。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No judgments to apply.</source>
        <translation>没有可应用的判断。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The committee&apos;s judgments are not consistent (CR = %1, above 0.10). Apply the weights anyway?</source>
        <translation>委员会判断的一致性不足（CR = %1，超过 0.10）。仍然应用这些权重吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The criteria&apos;s points are set from the weights. Edit ▸ Undo takes them back.</source>
        <translation>已按权重设定指标分值。可用“编辑 ▸ 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>rb::ui::WorkflowModel</name>
    <message numerus="yes">
        <location filename="../../ui/workflow/WorkflowModel.cpp" line="+96"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>状态起始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>下一到期日</translation>
    </message>
</context>
<context>
    <name>rb::ui::WorkflowPage</name>
    <message>
        <location filename="../../ui/workflow/WorkflowPage.cpp" line="+39"/>
        <source>Reverse last change…</source>
        <translation>撤回上一次变更…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Override failed items…</source>
        <translation>对不符合项作例外处理…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search code, title, applicant or province</source>
        <translation>搜索编号、项目名称、申报单位或省份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move to</source>
        <translation>状态变更为</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Applies to every selected application (Ctrl+A selects all those shown; the state filter narrows them).</source>
        <translation>作用于所有选中的项目（Ctrl+A 选中当前显示的全部项目；可先用状态筛选缩小范围）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records every item as met and moves the applications on to expert review, in one step that can be undone.</source>
        <translation>将全部条件记为符合，并把项目转入专家评审，一步完成，可撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records one item as not met, with the reason, and does not accept the applications; the applicants are told.</source>
        <translation>将某一条件记为不符合并记录理由，项目不予受理；将告知申报单位。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next steps</source>
        <translation>后续步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+13"/>
        <location line="+6"/>
        <source>Formal review</source>
        <translation>形式审查</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Application lifecycle</source>
        <translation>申报项目全流程</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All states (%1)</source>
        <translation>全部状态（%1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No applications yet.</source>
        <translation>尚无申报项目。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>select the applications to move first</source>
        <translation>请先选择要变更状态的申报项目</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>select an application first</source>
        <translation>请先选择一个申报项目</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No move is open to the selection</source>
        <translation>所选申报项目没有可变更的状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (on the deliberation page)</source>
        <translation>%1（在论证页面中确定）</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Move to “%1”</source>
        <translation>状态变更为“%1”</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Why (recorded with the change of %n application(s)):</source>
        <translation>
            <numerusform>变更理由（将随 %n 个申报项目的状态变更一并记录）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Reverse last change</source>
        <translation>撤回上一次变更</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Select one application.</source>
        <translation>请选择一个申报项目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: why was the last change a mistake? The correction is recorded; the history stays.</source>
        <translation>%1：上一次变更为何有误？更正将予以记录，原变更记录保留。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Override failed items</source>
        <translation>对不符合项作例外处理</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1: why may the application go on to expert review despite the failed items?</source>
        <translation>%1：存在不符合项，为何仍可进入专家评审？</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Not accepted: %n application(s)</source>
        <translation>
            <numerusform>不予受理：%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which eligibility item is not met?</source>
        <translation>哪一项审查条件不符合？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why is “%1” not met? The reason is recorded and the applicants are told.</source>
        <translation>“%1”为何不符合？理由将被记录并告知申报单位。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Next date that matters: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>下一个关键日期：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date is due.</source>
        <translation>暂无到期日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is a final state.</source>
        <translation>已是最终状态。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select the applications first (Ctrl+A selects all those shown).</source>
        <translation>请先选择项目（Ctrl+A 选中当前显示的全部项目）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection includes applications past formal review; narrow it with the state filter (Recommended, Formal review).</source>
        <translation>所选项目中有已完成形式审查的项目；请用状态筛选（已推荐、形式审查）缩小范围。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for one application in formal review with a failed item.</source>
        <translation>仅适用于一个处于形式审查且有不符合条件的项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lets the application go on to expert review despite the failed items, with the reason.</source>
        <translation>说明理由后，允许该项目在有不符合条件的情况下进入专家评审。</translation>
    </message>
    <message>
        <location line="-432"/>
        <source>Correction: %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>All items met → expert review</source>
        <translation>全部符合 → 专家评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One item not met…</source>
        <translation>某项不符合…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(reversed) %1</source>
        <translation>（已撤回）%1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Why is “%1” not met?</source>
        <translation>“%1”为何不符合？</translation>
    </message>
</context>
<context>
    <name>rb::ui::WorkflowPanel</name>
    <message>
        <location filename="../../ui/overview/WorkflowPanel.cpp" line="+76"/>
        <source>not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 done</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waiting</source>
        <translation>待办 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 blocked</source>
        <translation>受阻 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: nothing waits (%2)</source>
        <translation>%1：没有待办事项（%2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Next: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;下一步：%1。&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to %1</source>
        <translation>前往%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step of the round is done.</source>
        <translation>本批次各环节均已完成。</translation>
    </message>
</context>
<context>
    <name>rb::ui::Workspace</name>
    <message>
        <location filename="../../ui/document/Workspace.cpp" line="+30"/>
        <source>%1 holds no review round</source>
        <translation>%1 中没有评审批次</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Wait until “%1” has finished</source>
        <translation>请等待“%1”完成</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>changes made by another program</source>
        <translation>其他程序所做的修改</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” is final and cannot be undone; record a counter-action with its reason instead</source>
        <translation>“%1”已生效，无法撤销；请以反向操作并注明理由代替</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” can no longer be undone</source>
        <translation>“%1”已无法撤销</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+23"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo %1</source>
        <translation>撤销“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot undo “%1”</source>
        <translation>无法撤销“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is final: record a counter-action with its reason instead</source>
        <translation>该操作已生效：请以反向操作并注明理由代替</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it changed was changed again since</source>
        <translation>它所修改的内容此后已被再次修改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redo %1</source>
        <translation>重做“%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>rb::ui::charts</name>
    <message>
        <location filename="../../ui/results/ResultCharts.cpp" line="+73"/>
        <source>This application</source>
        <translation>本申报项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round average</source>
        <translation>本批次平均</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Expert totals</source>
        <translation>专家总分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consolidated score</source>
        <translation>汇总得分</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Above the panel</source>
        <translation>高于专家组平均</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below the panel</source>
        <translation>低于专家组平均</translation>
    </message>
</context>
<context>
    <name>rb::ui::messages</name>
    <message>
        <location filename="../../ui/common/Messages.cpp" line="+91"/>
        <source>Saved “%1” in %2.</source>
        <translation>已将“%1”保存到 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>rb::ui::reports::ReportPrinter</name>
    <message>
        <location filename="../../ui/report/ReportPrinter.cpp" line="+112"/>
        <source>cannot paint the document</source>
        <translation>无法绘制文书</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot start page %1</source>
        <translation>无法开始第 %1 页</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot finish the document</source>
        <translation>无法完成文书</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+10"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
</TS>
