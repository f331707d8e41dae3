<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rb::Core</name>
    <message numerus="yes">
        <location filename="../../core/cli/CmdRound.cpp" line="+148"/>
        <source>the file is damaged (%n problem(s) found)</source>
        <translation>
            <numerusform>the file is damaged (%n problem found)</numerusform>
            <numerusform>the file is damaged (%n problems found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/import/Importer.cpp" line="+44"/>
        <location filename="../../core/workflow/CalendarFiles.cpp" line="+73"/>
        <source>%1: %n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>%1: %n problem found; nothing was imported</numerusform>
            <numerusform>%1: %n problems found; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n row(s) left out in the preview</source>
        <translation>
            <numerusform>%n row left out in the preview</numerusform>
            <numerusform>%n rows left out in the preview</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/cli/CmdMerge.cpp" line="+57"/>
        <source>the sealed work of %n expert(s) in the other file was not taken: sealed scores count only from their package files, verified here. Merge those package files into this file.</source>
        <translation>
            <numerusform>the sealed work of %n expert in the other file was not taken: sealed scores count only from their package files, verified here. Merge those package files into this file.</numerusform>
            <numerusform>the sealed work of %n experts in the other file was not taken: sealed scores count only from their package files, verified here. Merge those package files into this file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/action/DeliberationActions.cpp" line="+120"/>
        <source>%n member(s) added</source>
        <translation>
            <numerusform>%n member added</numerusform>
            <numerusform>%n members added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n corrected</source>
        <translation>
            <numerusform>%n corrected</numerusform>
            <numerusform>%n corrected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n case(s) put on the agenda</source>
        <translation>
            <numerusform>%n case put on the agenda</numerusform>
            <numerusform>%n cases put on the agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n vote(s) for recorded</source>
        <translation>
            <numerusform>%n vote for recorded</numerusform>
            <numerusform>%n votes for recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/action/LifecycleActions.cpp" line="+28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n application(s) moved to %1</source>
        <translation>
            <numerusform>%n application moved to %1</numerusform>
            <numerusform>%n applications moved to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n application(s) passed formal review</source>
        <translation>
            <numerusform>%n application passed formal review</numerusform>
            <numerusform>%n applications passed formal review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s) not accepted</source>
        <translation>
            <numerusform>%n application not accepted</numerusform>
            <numerusform>%n applications not accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n application(s) now on public notice</source>
        <translation>
            <numerusform>%n application now on public notice</numerusform>
            <numerusform>%n applications now on public notice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n application(s) approved</source>
        <translation>
            <numerusform>%n application approved</numerusform>
            <numerusform>%n applications approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n title(s) kept or revoked.</source>
        <translation>
            <numerusform>%n title kept or revoked.</numerusform>
            <numerusform>%n titles kept or revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/action/PackageActions.cpp" line="+28"/>
        <source>Re-issue %n package(s)</source>
        <translation>
            <numerusform>Re-issue %n package</numerusform>
            <numerusform>Re-issue %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Merge %n returned package(s)</source>
        <translation>
            <numerusform>Merge %n returned package</numerusform>
            <numerusform>Merge %n returned packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/action/ReviewActions.cpp" line="+53"/>
        <source>%n assignment(s) voided by the same-province rule</source>
        <translation>
            <numerusform>%n assignment voided by the same-province rule</numerusform>
            <numerusform>%n assignments voided by the same-province rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>the round already has %n counted score(s): the criteria&apos;s points can no longer change</source>
        <translation>
            <numerusform>the round already has %n counted score: the criteria&apos;s points can no longer change</numerusform>
            <numerusform>the round already has %n counted scores: the criteria&apos;s points can no longer change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Attach %n dossier(s) to %1</source>
        <translation>
            <numerusform>Attach %n dossier to %1</numerusform>
            <numerusform>Attach %n dossiers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/deliberation/CommitteeImport.cpp" line="+88"/>
        <source>%1: the committee roster has %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1: the committee roster has %n problem; nothing was imported</numerusform>
            <numerusform>%1: the committee roster has %n problems; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/workflow/RoundProgress.cpp" line="+141"/>
        <source>%n application(s) wait for their formal review (lifecycle page, Formal review: select them and record all items met in one step).</source>
        <translation>
            <numerusform>%n application wait for their formal review (lifecycle page, Formal review: select them and record all items met in one step).</numerusform>
            <numerusform>%n applications wait for their formal review (lifecycle page, Formal review: select them and record all items met in one step).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n application(s) failed an item: not accept them, or override with a reason.</source>
        <translation>
            <numerusform>%n application failed an item: not accept them, or override with a reason.</numerusform>
            <numerusform>%n applications failed an item: not accept them, or override with a reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n application(s) in expert review have fewer than %1 experts (assignment page).</source>
        <translation>
            <numerusform>%n application in expert review have fewer than %1 experts (assignment page).</numerusform>
            <numerusform>%n applications in expert review have fewer than %1 experts (assignment page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n expert(s) with applications to review have no package yet (review packages page).</source>
        <translation>
            <numerusform>%n expert with applications to review have no package yet (review packages page).</numerusform>
            <numerusform>%n experts with applications to review have no package yet (review packages page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n assignment(s) have not come back: merge the returned packages or enter paper scores.</source>
        <translation>
            <numerusform>%n assignment have not come back: merge the returned packages or enter paper scores.</numerusform>
            <numerusform>%n assignments have not come back: merge the returned packages or enter paper scores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n application(s) are ready for the committee or on an agenda (deliberation page).</source>
        <translation>
            <numerusform>%n application are ready for the committee or on an agenda (deliberation page).</numerusform>
            <numerusform>%n applications are ready for the committee or on an agenda (deliberation page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n proposed application(s) wait to be published (notice page).</source>
        <translation>
            <numerusform>%n proposed application wait to be published (notice page).</numerusform>
            <numerusform>%n proposed applications wait to be published (notice page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n application(s) on notice have an objection to resolve (notice page).</source>
        <translation>
            <numerusform>%n application on notice have an objection to resolve (notice page).</numerusform>
            <numerusform>%n applications on notice have an objection to resolve (notice page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n application(s) on notice: approve them once the period is over (notice page).</source>
        <translation>
            <numerusform>%n application on notice: approve them once the period is over (notice page).</numerusform>
            <numerusform>%n applications on notice: approve them once the period is over (notice page).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/weights/Ahp.cpp" line="+215"/>
        <source>aggregated (geometric mean of %n member(s))</source>
        <translation>
            <numerusform>aggregated (geometric mean of %n member)</numerusform>
            <numerusform>aggregated (geometric mean of %n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/weights/CriteriaWeights.cpp" line="+155"/>
        <source>[Weight] By the analytic hierarchy process: weight %1 of %2 points, %n member(s), CR = %3; applied by %4 on %5.</source>
        <translation>
            <numerusform>[Weight] By the analytic hierarchy process: weight %1 of %2 points, %n member, CR = %3; applied by %4 on %5.</numerusform>
            <numerusform>[Weight] By the analytic hierarchy process: weight %1 of %2 points, %n members, CR = %3; applied by %4 on %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::AccessCodesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/review/AccessCodesDialog.cpp" line="+57"/>
        <source>%n package(s) written to %1. Each opens only with its access code. The codes are shown here once and are not stored anywhere: print the letters (or save them) now, and send each expert their code by another channel than the package — a letter, a phone call or a text message, never the same e-mail.</source>
        <translation>
            <numerusform>%n package written to %1. Each opens only with its access code. The codes are shown here once and are not stored anywhere: print the letters (or save them) now, and send each expert their code by another channel than the package — a letter, a phone call or a text message, never the same e-mail.</numerusform>
            <numerusform>%n packages written to %1. Each opens only with its access code. The codes are shown here once and are not stored anywhere: print the letters (or save them) now, and send each expert their code by another channel than the package — a letter, a phone call or a text message, never the same e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/import/ImportDialog.cpp" line="+226"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %n data row(s), header on row %2, %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n data row, header on row %2, %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %n data rows, header on row %2, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n row(s) left out.</source>
        <translation>
            <numerusform>%n row left out.</numerusform>
            <numerusform>%n rows left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n problem(s) found. Correct the cells here (double-click), leave the rows out, or correct the file; nothing is imported until every row that remains is right.</source>
        <translation>
            <numerusform>%n problem found. Correct the cells here (double-click), leave the rows out, or correct the file; nothing is imported until every row that remains is right.</numerusform>
            <numerusform>%n problems found. Correct the cells here (double-click), leave the rows out, or correct the file; nothing is imported until every row that remains is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n criterion/criteria of the round not in the file will be removed, with their scores. Import anyway?</source>
        <translation>
            <numerusform>%n criterion/criteria of the round not in the file will be removed, with their scores. Import anyway?</numerusform>
            <numerusform>%n criterion/criteria of the round not in the file will be removed, with their scores. Import anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::NoticePage</name>
    <message numerus="yes">
        <location filename="../../ui/notice/NoticePage.cpp" line="+162"/>
        <source>%n application(s) approved.</source>
        <translation>
            <numerusform>%n application approved.</numerusform>
            <numerusform>%n applications approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>%n title(s) kept or revoked.</source>
        <translation>
            <numerusform>%n title kept or revoked.</numerusform>
            <numerusform>%n titles kept or revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>%n day imported.</numerusform>
            <numerusform>%n days imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The notice&apos;s first day has come: %n proposed application(s) can go on public notice.</source>
        <translation>
            <numerusform>The notice&apos;s first day has come: %n proposed application can go on public notice.</numerusform>
            <numerusform>The notice&apos;s first day has come: %n proposed applications can go on public notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-155"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::PackagesPage</name>
    <message numerus="yes">
        <location filename="../../ui/review/PackagesPage.cpp" line="+245"/>
        <source>Merging %n package(s)…</source>
        <translation>
            <numerusform>Merging %n package…</numerusform>
            <numerusform>Merging %n packages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::RobustnessView</name>
    <message numerus="yes">
        <location filename="../../ui/results/RobustnessView.cpp" line="+213"/>
        <source>%n application(s) are borderline: their rank interval crosses the quota line.</source>
        <translation>
            <numerusform>%n application is borderline: its rank interval crosses the quota line.</numerusform>
            <numerusform>%n applications are borderline: their rank interval crosses the quota line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n application(s) hang on one expert.</source>
        <translation>
            <numerusform>%n application hangs on one expert.</numerusform>
            <numerusform>%n applications hang on one expert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::WorkflowModel</name>
    <message numerus="yes">
        <location filename="../../ui/workflow/WorkflowModel.cpp" line="+96"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::WorkflowPage</name>
    <message numerus="yes">
        <location filename="../../ui/workflow/WorkflowPage.cpp" line="+373"/>
        <source>Why (recorded with the change of %n application(s)):</source>
        <translation>
            <numerusform>Why (recorded with the change of %n application):</numerusform>
            <numerusform>Why (recorded with the change of %n applications):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Not accepted: %n application(s)</source>
        <translation>
            <numerusform>Not accepted: %n application</numerusform>
            <numerusform>Not accepted: %n applications</numerusform>
        </translation>
    </message>
</context>
</TS>
