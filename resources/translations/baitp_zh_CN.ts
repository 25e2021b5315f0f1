<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../baitp_desktop/storage/audit.py" />
            <source>audit entry {id} ({label}, {field}) was altered after it was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/audit.py" />
            <source>audit entry {id}: the entry before it is missing or was altered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/audit.py" />
            <source>{table} record {id}, field {field}: the stored value {current} does not match the audit trail ({recorded})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/audit.py" />
            <source>{table} record {id}: the audit trail (entry {entry}) records it, but it is missing from the database</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Bleeding</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>&amp;Delete grade…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>&amp;Save grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>A higher grade on the same date is the one that counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>A platelet count on this date has no WHO grade: its response is NE (not evaluable). Press Enter to enter the grade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Before Day 1 is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Bleeding event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Cancel edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Changing the grade of {date} ({day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>D&amp;ate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Deleted the WHO grade of {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Enter or F2: edit the selected grade · Delete: delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Meaning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>New WHO bleeding assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Not saved: correct the fields marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Not saved: no reason for the change was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Number keys 0–{max} choose the grade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Save or cancel the grade being entered first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Saved the WHO grade of {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Study day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Unscheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>WHO &amp;grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>WHO bleeding grades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>WHO grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>WHO grade {grade} or higher (PROTOCOL.md §4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>bleeding event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>{date} already has grade {grades}; with several grades on one date the highest counts. To correct it, select it in the table instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>  Bleeding events (WHO ≥ 2): {total} in {n} participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>-o must end in .pdf or .csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>Account {user} ({role}) created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>Account {user} is now {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>Account {user}: done ({step}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>Audit trail intact: {entries} entries, {values} current values and {sigs} signatures checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>BROKEN: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/data_commands.py" />
            <source>Backup written to {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/data_commands.py" />
            <location filename="../../baitp_desktop/cli/export_formats.py" />
            <source>Cannot write {target}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>Checked {file}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>Demo study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>Demo study with {n} participants written to {db}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/data_commands.py" />
            <source>Exported to {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>Imported {n} participants into {db}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>JSON nested too deeply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>New password for {user}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/accounts.py" />
            <source>No password given: set {var} or run the command in a terminal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>Outcomes as of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>Outcomes written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>PDF output of outcomes is not available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>Password changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/accounts.py" />
            <source>Password for {user}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>Restored {file} into {target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>Signature {id} is void; its data can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>Signed (signature {id}) by {name} at {when} UTC: {meaning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>The application now locks after {n} idle minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>The backup is usable; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>The database it replaces was kept as {copy}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>The same password again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>VOID {when} by {by}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/accounts.py" />
            <source>`baitp {command}` changes data and must name the person doing it: add --user NAME (password from {var} or a prompt). The system account is only for demo and import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>casebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>changed since verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>file is larger than {n} MB; split the bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>file not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>not UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>not valid JSON (line {line}, column {col}: {msg})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>permission denied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>temporary password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>the first account of a database must be an administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>the two passwords differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>written by an older release (schema {revision}); upgraded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>{db} already holds {n} participants; the demo study needs an empty database (choose one with --db).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>{n} findings as of {date} (major {major}, minor {minor}, query {query})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/compliance_commands.py" />
            <source>{pid} visit {visit} marked source-data-verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/accounts.py" />
            <source>{user} has a temporary password set by an administrator; change it first: baitp --user {user} user passwd</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CTCAE</name>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>Death</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>Life-threatening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>Mild</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>Moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>Severe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>The CTCAE term list {path} is missing; reinstall the application or restore resources/ctcae/.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path} cannot be read: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path} line {line}: empty term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path} line {line}: expected 'synonym,term'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path} line {line}: {term!r} is not a CTCAE v5.0 term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path}: missing columns {columns}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>BL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>CR {threshold}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>CR: complete response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>Day {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>NE: not evaluable (no WHO grade that day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>NR: no response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>No chart before Day 1 (first dose) is entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>Platelet count chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>Platelets {count} ×10⁹/L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>R {threshold}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>R: response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>WHO bleeding grade {grade}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>before Day 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>before Day 1 (not a response assessment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>dosing interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>interruption rule met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>interruption {threshold}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>rescue therapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>screening form count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>{date} · Day {day} · {visit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>×10⁹/L</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <location filename="../../baitp_desktop/cli/check_commands.py" />
            <source>  latest backup: {backup}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/check_commands.py" />
            <source>FAILED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>enforced by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>every record belongs to a participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/check_commands.py" />
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>file integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>file integrity (full)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>links between records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/check_commands.py" />
            <source>ok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>schema version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{entries} entries chained, {values} values match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{n} orphan records in {tables}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{revision} (current)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{revision}, expected {head}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>&amp;Delete count…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>&amp;Platelets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>&amp;Save count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>&amp;Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>&amp;WHO grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Before Day 1 is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Before Day 1 is set: kept as a candidate for the baseline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>CR / R / NR from the count and the same-date WHO grade; NE without a grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Cancel edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Changing the count of {date} ({day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>D&amp;ate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Deleted the count of {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Enter or F2: edit the selected count · Delete: delete it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Entered on the Screening tab; a candidate for the baseline count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>New count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Not saved: correct the fields marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Not saved: no reason for the change was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Not used: a lower count on the same date counts (PROTOCOL.md §8).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Platelet count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Platelet counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Platelets ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Save or cancel the count being entered first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Saved the count of {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Screening (screening form)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Several WHO grades on this date: change them in the Bleeding tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Study day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>The screening count is changed on the Screening tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Unscheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>WHO bleeding grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>WHO bleeding grade on the same date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>WHO grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Window {first} to {last} closed without a count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>{visit} (extra)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>{visit} · Days {first}–{last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>{visit}: no count in its window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>— not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>→ The {visit} count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>→ Unscheduled count (outside every visit window).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>→ {visit} (extra): the count of {other} is nearer the target day.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Criteria</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Active TB, or TB exposure without documented treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Active or chronic HBV, HCV or HIV infection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Active or past malignancy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>MI, unstable ischaemic heart disease, stroke, NYHA IV failure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>No sustained response to ≥ 4 weeks of full-dose corticosteroids, or relapse during/after the taper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Other serious or unstable illness (investigator's judgement)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Platelets &lt; 30 for 6 months, at least one failed treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Pregnancy or lactation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Primary ITP, other causes of thrombocytopenia excluded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Screening count &lt; 30, or &lt; 50 with significant bleeding (derived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Screening labs outside the limits (derived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Secondary ITP (HIV, HCV, H. pylori, autoimmune disease)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Serious infection now or &lt; 4 weeks before screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Significant thrombosis &lt; 24 weeks before screening, or anticoagulation not well controlled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Symptomatic herpes zoster &lt; 12 weeks before screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_texts.py" />
            <source>Written informed consent; agrees to the visit schedule</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Decision</name>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Decision (I/R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Edit dosing decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Interrupt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>New dosing decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dialog</name>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Save them before leaving this participant?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>There are unsaved changes in: {tabs}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>baitp-desktop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Diary</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>After discontinuation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Clear (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Ctrl+S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Daily-dose diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Dashed: not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Day {day} ({date}) selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Day {day} · {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Days after today cannot be recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Days {first}–{last} ({start} to {end}) selected: {n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Discard edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Dose: {dose} mg — Enter marks the selected days taken at this dose, Esc cancels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Dosing decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interrupt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interrupted from {first} ({date}); no resume yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interrupted {first} to {last}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Interruption period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interruption rule met on {date} ({day}): two counts {op} {limit} at least {days} days apart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interruption rule: not met.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Mark missed (M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Mark taken {dose} mg (T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Not reached yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Other dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Outline: a finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Save diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Set Day 1 (first dose) on the Screening tab; the diary starts on Day 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Taken, other dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Wk {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <location filename="../../baitp_desktop/drafts.py" />
            <source>Could not keep a draft of the unsaved entries in {folder} ({detail}). They are still on the screen: save the form now so they are not lost.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Eligibility</name>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>Age {age} on the consent date (must be {low}–{high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>I4: screening count {count} is not &lt; {high} despite bleeding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>I4: screening count {count} is not &lt; {low} and no significant bleeding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>I4: screening count {count} is not &lt; {low}; significant bleeding not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>I4: screening platelet count not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{item}: exclusion criterion present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{item}: inclusion criterion not met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{item}: not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{lab} not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{lab} {value} {op} {factor} × ULN {uln}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{lab} {value} {op} {limit} {unit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Endpoints</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Assessments with WHO grade ≥ {grade}, Day 1 to Day {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Baseline count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Bleeding events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Count {threshold} and ≥ {multiple} × baseline, grade 0, no rescue in the {days} days up to the visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Counts {threshold} on two consecutive counts ≥ {days} days apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Days from Day 1 to the first CR or R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Durable response ({visit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Duration of response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Early response ({visit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Endpoints (derived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Endpoints are derived once Day 1 is entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>From the first response to its loss, else to the last assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Highest CTCAE grade with onset Day 1 to Day {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Initial response ({visit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Interruption triggers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Latest count on or before Day 1 (the screening count included)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Time to response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Worst AE grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>{date} (Day {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>{n} days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Entry</name>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>CTCAE grade must be a whole number from 1 to {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>WHO bleeding grade must be a whole number from 0 to {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>a discontinuation needs both its date and its reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>a platelet count cannot be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>birth date is not before the consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>dose must be between 0 and 100 mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>initials must be 1 to 10 characters without spaces at the ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>lab value must be a number from 0 to 10,000,000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>must be yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>not a date in the form YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <location filename="../../baitp_desktop/gui/widgets/fields.py" />
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>not one of the allowed values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>participant id must be BAITP- followed by three digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>reported to the sponsor before awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>resolution date is before the onset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>text contains control characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>text longer than {n} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>this day already has a diary entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{date} is before 1900</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{date} is in the future</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{text} is not a calendar date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{value} is above {max} ×10⁹/L: looks like per µL — enter {hint} for {per_ul}/µL</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../baitp_desktop/exports/csv_export.py" />
            <source>Cannot write the CSV export to {target}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/csv_export.py" />
            <source>{target} already exists and is not an empty folder; choose a new folder for the CSV export.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/fields.py" />
            <source>Day {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/choice.py" />
            <source>Keys: {keys}; Delete clears</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/choice.py" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/fields.py" />
            <source>Pick a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/fields.py" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/choice.py" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <location filename="../../baitp_desktop/core/rules/safety.py" />
            <source>AE {number} ({term}) began {onset}, before consent: medical history instead?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Consent signed {consent}, but {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Day 1 ({day1}) is before consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Day 1 is {gap} days after screening (at most {limit} allowed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>Day {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>Days {first}–{last}: doses taken on {taken} of {expected} days ({percent}%, below {minimum}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Dosed but not eligible: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Dosed but screening labs fail E11: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/safety.py" />
            <source>Serious AE {number} ({term}) not yet reported to the sponsor (site aware since {aware})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/safety.py" />
            <source>Serious AE {number} ({term}) reported {delay} days after awareness (at most {allowed})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>screening ({date}) is before consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: dose taken after a grade ≥ {grade} adverse event began on {onset}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: dose taken after discontinuation on {stopped}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: dose taken after the treatment period (Day {last})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: dose taken while treatment is interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: no diary entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: {given} mg taken instead of {planned} mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{first}–{last}: no diary entry ({n} days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/schedule.py" />
            <source>{visit}: no platelet count between {first} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/schedule.py" />
            <source>{visit}: platelet count on {date} has no WHO bleeding grade</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>All participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>No findings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Show findings of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>This participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>{n} findings: {major} major, {minor} minor, {query} queries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>{severity} · {code} · {date}
{message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>a date is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>a number is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>a second diary entry for the same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>a value is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>birth date is not before the consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>duplicate participant id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>expected {expected!r}, found {found!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>must be a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>number out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>reported to the sponsor before awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>required field is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>resolution date is before the onset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>text is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>the dose is required when taken is true</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>true or false is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>unknown field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>{value!r} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>{value!r} is not one of: {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>{value!r} is not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>{value!r} is not true or false</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Lab</name>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>ALT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>ANC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>AST</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Hemoglobin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Lymphocytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Total bilirubin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>WBC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>eGFR</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Find participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;New participant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Save this tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/app.py" />
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>BAITP CRF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/app.py" />
            <source>Cannot open the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Changed by someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Check the &amp;whole study again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Choose a participant on the left, or create one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Findings &amp;panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Nothing to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>The background check failed: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/app.py" />
            <source>baitp-desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>today is {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>{n} participants checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>{title}
{protocol} / {registry}
{site}

Database: {db}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Find id or initials (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Find participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>New participant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Open findings (deviations and queries)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>{major} major, {minor} minor, {query} queries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewParticipant</name>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>New participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>Screening &amp;number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Complete response at 1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Durable response at 6 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Duration of response (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Early response (Day 7, CR or R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Initial response (Day 28, CR or R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Response (R) at 1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Time to response (days)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Queries</name>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>No query {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Only {user}, who raised query {n}, can do that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Query</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Query raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Query {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Query {n} is {status}; it cannot be {action} now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>sent back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>write a message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reason</name>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/reason.py" />
            <source>Reason for change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/reason.py" />
            <source>You are changing saved values:
{records}

Reason for the change:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/reason.py" />
            <source>… and {n} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Active TB, or TB exposure without documented treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Active or chronic HBV, HCV or HIV infection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Active or past malignancy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Actual date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Adverse events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Adverse events (paper back-up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Adverse events ongoing or started since the last visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Age at consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Appendix: audit history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Baricitinib for steroid-resistant/relapsed immune thrombocytopenia (BAITP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Baseline count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Baseline count: {count}. Several counts on one date count as the lowest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Blank CRF (paper back-up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Bleeding event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Bleeding events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Bleeding events (grade ≥ {grade}, Day 1 to Day {last}): {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>By signing I confirm: {meaning}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>CTCAE term</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>CTCAE v5.0 term and grade 1–5. Related: not related / unlikely / possible / probable / definite. Action: none / interrupted / discontinued. For a serious AE also the date the site became aware and the date reported to the sponsor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/layout.py" />
            <source>Cannot write {target}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Casebook not signed; {n} of {total} visits signed and locked when printed, the rest may still change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Casebook signed by {name} at {when}: data locked when printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Chronic count &lt; 30 for 6 months with at least one failed treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Count ×10⁹/L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Date and time (YYYY-MM-DD hh:mm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Date entered on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Day 1 (first dose)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Day 1 not set: the visit calendar starts with the first dose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Day {days}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Day {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Day {first} to {last}: {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Day {first}–{last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Day {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Decision: interrupt / resume / discontinue (adverse event, participant's request, other).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Discontinued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Dose mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Dose taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Dosing decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Dosing decision or discontinuation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Dosing diary card, 28 days (paper back-up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Dosing since the last visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Durable response (week 24)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Duration of response (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Early response (Day 7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Electronic signature (21 CFR Part 11): executed in baitp-desktop with the signer's password, linked to these records; the records were locked by it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Eligible: every criterion is met.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Endpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Endpoints are derived from the data, never typed in (protocol §7).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Entered by (name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Excluded when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Expected dosing days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Expected dosing days leave out interruptions and the days after a severe adverse event or discontinuation; a complete block needs a dose taken on at least {minimum} of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Findings as of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Findings as of {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/layout.py" />
            <source>Generated {when} by baitp-desktop {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Grade {grade}: {meaning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Inclusion and exclusion criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Initial response (Day 28)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Interrupted {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Interruption rule met on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Interruption rule met on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Interruptions and dosing decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Investigator (printed name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Investigator signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Key results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Lab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Last message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Meaning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Missed (recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Myocardial infarction, unstable IHD, stroke, NYHA IV heart failure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>NOT fulfilled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>No adverse events recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>No audit entries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>No bleeding assessments recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>No diary entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>No interruption and no dosing decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>No open findings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>No open queries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>No platelet count for this visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>No platelet counts recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>No queries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>No rescue therapy recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>No sustained response to full-dose corticosteroids, or relapse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>None ongoing or started since the last visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>None since the last visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Not dosed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Not dosed yet: there is no diary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Not eligible:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Not signed when printed: the data may still change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>One page per visit. Dates as YYYY-MM-DD; counts in ×10⁹/L (45 for 45,000/µL).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>One row per day: tick taken with the dose in mg ({dose} mg planned), or missed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Onset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Open findings and queries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Open queries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Other counts in the window: {counts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Other serious/unstable illness (investigator's judgement)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/layout.py" />
            <source>Page {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Paper back-up for an outage: enter these data into baitp-desktop as soon as it is available again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Participant BAITP-______</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Participant casebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Participant id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Participant {pid} ({initials})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Peking University People's Hospital, Beijing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Platelet count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Platelet count and response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Platelet count ×10⁹/L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Platelet counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/chart.py" />
            <source>Platelets ×10⁹/L (log scale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Pregnancy or lactation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Primary ITP confirmed by excluding other causes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Protocol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Queries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Related</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Rescue therapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Rescue therapy since the last visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Resolved / ongoing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Response at a count with a same-date bleeding grade: CR count {cr} and grade 0; R count {r} and ≥ {multiple} × baseline and grade 0; otherwise NR; NE without a grade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Screening and eligibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Screening and eligibility (paper back-up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Screening count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Screening count &lt; 30, or &lt; 50 with significant bleeding (derived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Screening count ×10⁹/L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Screening date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Screening labs (E11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Screening labs outside the limits (derived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Secondary ITP (HIV, HCV, H. pylori, autoimmune disease)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Serious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Serious (aware, reported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Serious infection, current or &lt; 4 weeks before screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Signature status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Signed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Significant bleeding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Significant thrombosis &lt; 24 weeks, or anticoagulation not controlled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Since last visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Source data verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Source data verified by {name} at {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Status on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Study</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/chart.py" />
            <source>Study day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Symptomatic herpes zoster &lt; 12 weeks before screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Taken %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Taken when not expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>The casebook was not signed electronically when printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>The data changed after verification.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/fonts.py" />
            <source>The report font {path} cannot be read ({detail}); reinstall baitp-desktop or restore the resources/fonts folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Therapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Therapy (IVIG, platelet transfusion, corticosteroids, TPO-RA, other)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>This visit was not signed electronically when printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Tick one box per criterion. I4 and E11 are derived by the application.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Time to response (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Treatment and diary by 28-day block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>ULN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/model.py" />
            <source>Unknown visit {visit!r}; the visits are: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>Values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Visit (paper back-up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Visit date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Visit signed by {name} at {when}: its data were locked when printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Visit summary: {visit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Voided signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>WHO bleeding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>WHO bleeding grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>WHO bleeding grade (same date as the count)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>WHO grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Whole casebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Worst AE grade (Day 1 to Day 168)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Written informed consent; agrees to the schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>adverse event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>aware {aware}
reported {reported}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/chart.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>before Day 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>below {minimum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>complete response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>debilitating blood loss (retinal, cerebral, or fatal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>definite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>discontinued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>entered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>fatal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>fulfilled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>gross blood loss needing transfusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>interrupt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/chart.py" />
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/chart.py" />
            <source>interruption rule met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>lab's unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>major</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>mild blood loss (clinically significant)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>no bleeding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>no count in the window (missed visit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>no response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/labels.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>none (no count on or before Day 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>not a response assessment (before Day 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>not evaluable (no bleeding grade on the same date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>not evaluable yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>not judged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>not recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>not related</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>not signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>not verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>not yet due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>ongoing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>participant's request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>petechiae, ecchymoses, mild bleeding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>possible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>probable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>query</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>recovered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>recovered with sequelae</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>recovering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/chart.py" />
            <source>rescue therapy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>unlikely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>window open, no count yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>within limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{count} ×10⁹/L</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{count} ×10⁹/L on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{date}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>{major} major, {minor} minor, {query} queries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>{name} (user {user})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>{n} audit entries, oldest first; the fields of one record saved together are shown in one row. Times in the printing computer's time zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{n} days ({percent})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>{n} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>{pid}, initials {initials}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>{scope} — signed by {name} at {signed}; voided by {by} at {voided}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>{visit}: records dated {first} to {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>{when} {name}: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>… {n} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>{user} ({role}) may not {doing}; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SDV</name>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>No active SDV mark {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>Source data verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>Verified again after the data changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>a reason is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>no visit {visit} (scheduled visits need Day 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>{pid} visit {visit} is already verified and unchanged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Adverse event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Age {age} on the consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Age: birth date and consent date needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Birth date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Ctrl+S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Day 1 (first dose)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Discontinuation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Enrol: set Day 1 to today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Enrolment and visit calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Excluded when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Exclusion (all must be No)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Inclusion (all must be Yes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Lab's ULN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Not eligible:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Participant's request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Platelet count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Save screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening labs (E11)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Sex (F/M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Significant bleeding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>The visit calendar appears once Day 1 is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>no lab outside the limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>×10⁹/L</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>A reason for the change is required: {records}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>Imported from a bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>Initial entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>New participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <location filename="../../baitp_desktop/service/sdv.py" />
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>No participant {pid} in this database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>That record no longer exists; reload the participant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>already in this database; nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>{pid} already exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>{pid} was changed by {user} at {time} after you opened it. Reload to see that change; nothing was overwritten.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../../baitp_desktop/gui/style.py" />
            <source>Major</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/style.py" />
            <source>Minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/style.py" />
            <source>Query</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Signature</name>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>Electronic signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signatures.py" />
            <source>I have reviewed the data in this CRF and confirm it is accurate and complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>No signature {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>Signature {id} is already void.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>a reason is required to unlock signed data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>no visit {visit} to sign (scheduled visits need Day 1, the first dose date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>signature {id} of {pid} ({what}): the signed data changed after signing without an unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/locks.py" />
            <source>the casebook signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/locks.py" />
            <source>the signature of visit {visit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>{pid} is already signed: {signature}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/locks.py" />
            <source>{record} is locked by {signature}. An investigator must unlock it first (Unlock… with a reason); unlocking voids that signature. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/locks.py" />
            <source>{what} by {name} ({user}, {when} UTC)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>Discontinued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>Interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>On treatment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>Screening</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../../baitp_desktop/storage/backup.py" />
            <source>Backups of a database server are made on the server (pg_dump).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/__init__.py" />
            <source>Cannot create the folder for {path}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/__init__.py" />
            <source>Cannot open {name}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/backup.py" />
            <source>Could not back up {source} to {target}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>Could not restore into {target}: {detail}. Close baitp-desktop on every workstation using it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>No backup was found next to it (in {folder}); ask whoever keeps the site's backups for the latest copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>Reading or writing {name} failed ({detail}); the disk, network drive or server may be failing. The last change was NOT saved. Close baitp-desktop, check the disk or connection, and make a backup copy of the file before going on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>SQLite's integrity check failed ({problems})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/backup.py" />
            <source>The backup of {source} failed its integrity check: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>The database server's administrator keeps its backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>The disk that holds {name} is full ({detail}). The last change was NOT saved; everything saved before it is intact. Free space on that disk (or ask IT), then save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>The latest backup is {backup}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>another file now has its name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>it is not an SQLite database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>no such file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>the file is gone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>{name} cannot be written ({detail}): the file or its folder {folder} is read-only, or this account may not change it. The last change was NOT saved. Ask IT for write access to the file and its folder, or copy the file somewhere writable and open the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>{name} is a database server: restore it with the server's tools (pg_restore) from a pg_dump. `baitp restore` restores SQLite database files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>{name} is damaged ({detail}). Stop entering data and close baitp-desktop. Keep the damaged file for investigation, restore the database from the latest backup, and enter again what was entered after that backup was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>{name} is locked by another program (another baitp-desktop window, a backup or a copy in progress) ({detail}). The last change was NOT saved. Wait a moment and save again; if this keeps happening, close the other windows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>{name} is missing, or was moved, deleted or replaced while baitp-desktop had it open ({detail}). The last change was NOT saved. Close baitp-desktop, put the file back or restore it from the latest backup, and open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/schema.py" />
            <source>{name} is not a baitp-desktop database (it holds other data). Choose another file, or move this one away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/schema.py" />
            <source>{name} was written by a newer version of baitp-desktop (schema {revision}). Install that version or later to open it; the file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/__init__.py" />
            <source>{path} is not a baitp-desktop database (not an SQLite file). Choose another file, or restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>{source} cannot be restored: {detail}. Nothing was changed; choose another backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/backup.py" />
            <source>{target} already exists; choose a new file name for the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/database.py" />
            <source>{url} needs the database driver {module}, which is not installed (pip install 'psycopg[binary]').</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Bleeding (WHO)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Platelet counts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>First administrator, created at first start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Locked after {n} failed sign-in attempts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>New account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>No account {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Password changed by its owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>The account {user} is deactivated; ask an administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>The account {user} is locked after {n} failed attempts. An administrator must unlock it (Users… in the application, or `baitp user unlock`).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>This database already has accounts; sign in instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Wrong user name or password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>You cannot deactivate your own account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>a reason is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>at least {n} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>between 1 and 240 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>letters, digits, '.', '-' or '_' only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>must differ from the user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>the full name is printed with signatures; enter it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>unknown role {role} (nurse, investigator, monitor or admin)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>{n} attempts left before the account is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>{user} is already taken</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Visit</name>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Day 14</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Day 28 (initial / 1-month response)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Day 7 (early response)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <location filename="../../baitp_desktop/core/signatures.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/model.py" />
            <source>Screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 16</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 20</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 24 (6-month / durable response)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 8</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Visits</name>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>Count on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>Visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>{first} to {last}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WHO</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_scale.py" />
            <source>Debilitating blood loss (retinal, cerebral, or fatal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_scale.py" />
            <source>Gross blood loss needing transfusion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_scale.py" />
            <source>Mild blood loss (clinically significant)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_scale.py" />
            <source>No bleeding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_scale.py" />
            <source>Petechiae, ecchymoses, mild bleeding</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
