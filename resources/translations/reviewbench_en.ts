<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>rb::Core</name>
    <message numerus="yes">
        <location filename="../../core/cli/CmdRound.cpp" line="+142"/>
        <source>the file is damaged (%n problem(s) found)</source>
        <translation>
            <numerusform>the file is damaged (%n problem found)</numerusform>
            <numerusform>the file is damaged (%n problems found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../core/import/Importer.cpp" line="+38"/>
        <source>%1: %n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>%1: %n problem found; nothing was imported</numerusform>
            <numerusform>%1: %n problems found; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/import/ImportDialog.cpp" line="+171"/>
        <source>%n problem(s) found. Nothing will be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem found. Nothing will be imported until the file is corrected.</numerusform>
            <numerusform>%n problems found. Nothing will be imported until the file is corrected.</numerusform>
        </translation>
    </message>
</context>
</TS>
