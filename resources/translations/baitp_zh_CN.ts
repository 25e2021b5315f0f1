<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AE</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>&amp;Delete AE…</source>
            <translation>删除不良事件(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>&amp;Grade</source>
            <translation>分级(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>&amp;Onset</source>
            <translation>发生日期(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>&amp;Save AE</source>
            <translation>保存不良事件(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Term</source>
            <translation type="vanished">术语(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>A&amp;ction taken</source>
            <translation>采取的措施(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events.py" />
            <source>AE not saved: correct the fields marked in red.</source>
            <translation>不良事件未保存：请更正标红的字段。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events.py" />
            <source>AE not saved: no reason for the change was given.</source>
            <translation>不良事件未保存：未填写修改原因。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Action</source>
            <translation>措施</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Action taken</source>
            <translation>采取的措施</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events.py" />
            <source>Adverse event log (CTCAE v5.0)</source>
            <translation>不良事件记录（CTCAE v5.0）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events.py" />
            <source>Adverse events</source>
            <translation>不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>CTCAE term</source>
            <translation>CTCAE 术语</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>CTCAE v5.0 term</source>
            <translation>CTCAE v5.0 术语</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Cancel edit</source>
            <translation>取消编辑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Changing AE {number}</source>
            <translation>正在修改第 {number} 条不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Coding</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events.py" />
            <source>Deleted AE {number}.</source>
            <translation>已删除第 {number} 条不良事件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events.py" />
            <source>Enter or F2: change the selected AE · Delete: delete it</source>
            <translation>Enter 或 F2：修改所选不良事件 · Delete：删除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Grade</source>
            <translation>分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>New adverse event</source>
            <translation>新增不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Not a CTCAE v5.0 term: saved as typed, to be coded.</source>
            <translation>不是 CTCAE v5.0 术语：按输入内容保存，待编码。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Number keys 1–{max} choose the grade.</source>
            <translation>数字键 1–{max} 选择分级。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>O&amp;ngoing</source>
            <translation>持续中(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>O&amp;utcome</source>
            <translation>转归(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Onset</source>
            <translation>发生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Outcome</source>
            <translation>转归</translation>
        </message>
        <message>
            <source>R&amp;eported to sponsor</source>
            <translation type="vanished">已报告申办方(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Relat&amp;ionship</source>
            <translation>相关性(&amp;I)</translation>
        </message>
        <message>
            <source>Relations&amp;hip</source>
            <translation type="vanished">相关性(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Relationship</source>
            <translation>相关性</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Report to the sponsor by {date}.</source>
            <translation>须在 {date} 前报告申办方。</translation>
        </message>
        <message>
            <source>Reported to s&amp;ponsor</source>
            <translation type="vanished">已报告申办方(&amp;P)</translation>
        </message>
        <message>
            <source>Reported to spo&amp;nsor</source>
            <translation type="vanished">已报告申办方(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Reported to sponsor</source>
            <translation>已报告申办方</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Reso&amp;lved</source>
            <translation>结束(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Resolved</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>SAE</source>
            <translation>SAE</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events.py" />
            <source>Save or cancel the AE being entered first.</source>
            <translation>请先保存或取消正在录入的不良事件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events.py" />
            <source>Saved the AE “{term}”.</source>
            <translation>已保存不良事件“{term}”。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Se&amp;rious adverse event (SAE)</source>
            <translation>严重不良事件（SAE）(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Serious</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Site a&amp;ware</source>
            <translation>研究中心获知(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>Site aware {aware} · reported to the sponsor {reported}</source>
            <translation>研究中心获知 {aware} · 报告申办方 {reported}</translation>
        </message>
        <message>
            <source>Sponsor &amp;informed</source>
            <translation type="vanished">已报告申办方(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Ter&amp;m</source>
            <translation>术语(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>Use “{term}”</source>
            <translation>使用“{term}”</translation>
        </message>
        <message>
            <source>definite</source>
            <translation type="vanished">肯定有关</translation>
        </message>
        <message>
            <source>discontinued</source>
            <translation type="vanished">停药</translation>
        </message>
        <message>
            <source>fatal</source>
            <translation type="vanished">死亡</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation type="vanished">暂停给药</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="vanished">无</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>not a grade of this term in CTCAE</source>
            <translation>CTCAE 中该术语无此分级</translation>
        </message>
        <message>
            <source>not recovered</source>
            <translation type="vanished">未恢复</translation>
        </message>
        <message>
            <source>not related</source>
            <translation type="vanished">无关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>not yet reported</source>
            <translation>尚未报告</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>ongoing</source>
            <translation>持续中</translation>
        </message>
        <message>
            <source>possible</source>
            <translation type="vanished">可能有关</translation>
        </message>
        <message>
            <source>probable</source>
            <translation type="vanished">很可能有关</translation>
        </message>
        <message>
            <source>recovered</source>
            <translation type="vanished">已恢复</translation>
        </message>
        <message>
            <source>recovered with sequelae</source>
            <translation type="vanished">已恢复，有后遗症</translation>
        </message>
        <message>
            <source>recovering</source>
            <translation type="vanished">恢复中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>reported {date}</source>
            <translation>已于 {date} 报告</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>required for a serious AE</source>
            <translation>严重不良事件必填</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_rows.py" />
            <source>to be coded</source>
            <translation>待编码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>type part of a term or a synonym</source>
            <translation>输入术语或同义词的一部分</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation type="vanished">未知</translation>
        </message>
        <message>
            <source>unlikely</source>
            <translation type="vanished">可能无关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>⚑ {badge}: not a CTCAE v5.0 term; saved as typed.</source>
            <translation>⚑ {badge}：不是 CTCAE v5.0 术语；按输入内容保存。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <source>✓ CTCAE v5.0 · {soc} · MedDRA {code}</source>
            <translation>✓ CTCAE v5.0 · {soc} · MedDRA {code}</translation>
        </message>
    </context>
    <context>
        <name>Actor</name>
        <message>
            <location filename="../../baitp_desktop/gui/display.py" />
            <source>System (import / demo)</source>
            <translation>系统（导入/演示）</translation>
        </message>
    </context>
    <context>
        <name>Anchors</name>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>&amp;Acknowledge</source>
            <translation>确认(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Acknowledge only after checking the database (compare with the latest backup and printouts). Your name, the time, the missing head and your reason are recorded in the audit trail; saving is then allowed again.</source>
            <translation>请先检查数据库（与最近的备份和打印件核对）后再确认。您的姓名、时间、缺失的链头和原因将记入稽查轨迹；之后即可重新保存。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Acknowledge the audit-trail &amp;warning…</source>
            <translation>确认稽查轨迹警告(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Acknowledge the audit-trail warning</source>
            <translation>确认稽查轨迹警告</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/trail.py" />
            <source>Acknowledgement</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Audit trail</source>
            <translation>稽查轨迹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Nothing to acknowledge.</source>
            <translation>没有需要确认的内容。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Saving is refused</source>
            <translation>禁止保存</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Saving is refused on this database</source>
            <translation>此数据库禁止保存</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/anchors.py" />
            <source>Saving is refused until an administrator has checked the database and acknowledged this with a reason (Tools &gt; Acknowledge the audit-trail warning, or `baitp trail acknowledge --reason TEXT --user ADMIN`), or has restored a good backup.</source>
            <translation>在管理员检查数据库并填写原因予以确认（工具 &gt; 确认稽查轨迹警告，或 `baitp trail acknowledge --reason TEXT --user ADMIN`），或恢复一个完好的备份之前，禁止保存。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/trail.py" />
            <source>The audit trail contains its anchored head; nothing to acknowledge.</source>
            <translation>稽查轨迹包含其锚定的链头；没有需要确认的内容。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/anchors.py" />
            <source>The audit trail of {name} no longer contains entry {n} with head {head}… that {log} recorded ({event} at {when}): audit entries were removed or rewritten since.</source>
            <translation>{name} 的稽查轨迹已不再包含 {log} 所记录的第 {n} 条记录（链头 {head}…，{when} {event}）：此后有稽查记录被删除或改写。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/trail.py" />
            <source>a reason is required</source>
            <translation>必须填写原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/trail.py" />
            <source>entry {id}: {user} acknowledged at {when} UTC that the trail no longer contained {old}: {reason}</source>
            <translation>第 {id} 条记录：{user} 于 {when} UTC 确认稽查轨迹已不再包含 {old}：{reason}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/trail.py" />
            <source>entry {id}: {user} restored {backup} at {when} UTC (replaced: {old})</source>
            <translation>第 {id} 条记录：{user} 于 {when} UTC 恢复了 {backup}（被替换的：{old}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/anchors.py" />
            <source>its audit trail does not contain entry {n} with head {head}… that {log} recorded for this database ({event} at {when}): the trail was rewritten</source>
            <translation>其稽查轨迹不包含 {log} 为此数据库记录的第 {n} 条记录（链头 {head}…，{when} {event}）：稽查轨迹已被改写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/trail.py" />
            <source>the audit trail does not contain head {head}…: audit entries were removed or rewritten since that head was recorded</source>
            <translation>稽查轨迹不包含链头 {head}…：自记录该链头以来，有稽查记录被删除或改写</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/storage/anchors.py" />
            <source>{name} is not the database that {log} last recorded at this place (database {id} with {n} audit entries, head {head}…, {event} at {when}): the file was replaced by another one.</source>
            <comment>{name} is not the database that {log} last recorded at this place (database {id} with {n} audit entry, head {head}…, {event} at {when}): the file was replaced by another one.</comment>
            <translation>
                <numerusform>{name} 不是 {log} 最后在此位置记录的数据库（数据库 {id}，{n} 条稽查记录，链头 {head}…，{when} {event}）：该文件已被另一个文件替换。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/storage/anchors.py" />
            <source>{name} no longer records which database it is, but {log} shows it was database {id} with {n} audit entries (head {head}…, {event} at {when}): its tables were emptied or the file was replaced.</source>
            <comment>{name} no longer records which database it is, but {log} shows it was database {id} with {n} audit entry (head {head}…, {event} at {when}): its tables were emptied or the file was replaced.</comment>
            <translation>
                <numerusform>{name} 已不再记录它是哪个数据库，但 {log} 显示它曾是数据库 {id}，有 {n} 条稽查记录（链头 {head}…，{when} {event}）：其数据表已被清空，或文件已被替换。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../baitp_desktop/storage/trail_check.py" />
            <source>audit entry {id} ({label}, {field}) was altered after it was written</source>
            <translation>稽查记录 {id}（{label}，{field}）在写入后被改动</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/trail_check.py" />
            <source>audit entry {id}: the entry before it is missing or was altered</source>
            <translation>稽查记录 {id}：其前一条记录缺失或被改动</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/trail_check.py" />
            <source>no participant</source>
            <translation>无受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/trail_check.py" />
            <source>{table} record {id} ({label}) moved from {named} to {owner} outside the application (its audit entries name {named})</source>
            <translation>{table} 记录 {id}（{label}）在本程序之外从 {named} 被移到 {owner}（其稽查记录写的是 {named}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/trail_check.py" />
            <source>{table} record {id}, field {field}: the stored value {current} does not match the audit trail ({recorded})</source>
            <translation>{table} 记录 {id}，字段 {field}：存储的值 {current} 与稽查轨迹（{recorded}）不一致</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/trail_check.py" />
            <source>{table} record {id}, field {field}: the stored value {value} is not {kind} (changed outside the application)</source>
            <translation>{table} 记录 {id}，字段 {field}：存储的值 {value} 不是 {kind}（在本程序之外被修改）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/trail_check.py" />
            <source>{table} record {id}: the audit trail (entry {entry}) records it, but it is missing from the database</source>
            <translation>{table} 记录 {id}：稽查轨迹（第 {entry} 条）中有记录，但数据库中缺失</translation>
        </message>
    </context>
    <context>
        <name>Bleeding</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>&amp;Delete grade…</source>
            <translation>删除分级(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>&amp;Save grade</source>
            <translation>保存分级(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>A higher grade on the same date is the one that counts.</source>
            <translation>同一日期以较高的分级为准。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>A platelet count on this date has no WHO grade: its response is NE (not evaluable). Press Enter to enter the grade.</source>
            <translation>该日期的血小板计数没有 WHO 出血分级：其疗效为 NE（不可评估）。按 Enter 录入分级。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Before Day 1 is set</source>
            <translation>设定第 1 天之前</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Bleeding event</source>
            <translation>出血事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Cancel edit</source>
            <translation>取消编辑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Changing the grade of {date} ({day})</source>
            <translation>正在修改 {date}（{day}）的分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>D&amp;ate</source>
            <translation>日期(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Deleted the WHO grade of {date}.</source>
            <translation>已删除 {date} 的 WHO 出血分级。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Enter or F2: edit the selected grade · Delete: delete it</source>
            <translation>Enter 或 F2：修改所选分级 · Delete：删除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Meaning</source>
            <translation>含义</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>New WHO bleeding assessment</source>
            <translation>新增 WHO 出血评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Not saved: correct the fields marked in red.</source>
            <translation>未保存：请更正标红的字段。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Not saved: no reason for the change was given.</source>
            <translation>未保存：未填写修改原因。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Number keys 0–{max} choose the grade.</source>
            <translation>数字键 0–{max} 选择分级。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Save or cancel the grade being entered first.</source>
            <translation>请先保存或取消正在录入的分级。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Saved the WHO grade of {date}.</source>
            <translation>已保存 {date} 的 WHO 出血分级。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Study day</source>
            <translation>研究日</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Unscheduled</source>
            <translation>计划外</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>WHO &amp;grade</source>
            <translation>WHO 分级(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>WHO bleeding grades</source>
            <translation>WHO 出血分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>WHO grade</source>
            <translation>WHO 分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>WHO grade {grade} or higher (PROTOCOL.md §4)</source>
            <translation>WHO 分级 {grade} 级及以上（PROTOCOL.md §4）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>bleeding event</source>
            <translation>出血事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding_rows.py" />
            <source>not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>{date} already has grade {grades}; with several grades on one date the highest counts. To correct it, select it in the table instead.</source>
            <translation>{date} 已有 {grades} 级；同一日期有多个分级时以最高者为准。如需更正，请在表格中选中该条。</translation>
        </message>
    </context>
    <context>
        <name>Bug</name>
        <message>
            <location filename="../../baitp_desktop/gui/error_hook.py" />
            <source>&amp;Copy the path</source>
            <translation>复制路径(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/error_hook.py" />
            <source>&amp;Open the log folder</source>
            <translation>打开日志文件夹(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/error_hook.py" />
            <source>Log file</source>
            <translation>日志文件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/error_hook.py" />
            <source>This is a bug in the application. Nothing you had not saved was lost (drafts are kept); details are in {log}.</source>
            <translation>这是本程序的一个错误（缺陷）。未保存的内容没有丢失（草稿已保留）；详细信息见 {log}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/error_hook.py" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>
--detail lists the participants behind every number.</source>
            <translation>
--detail 会列出每个数字对应的受试者。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/report_commands.py" />
            <source>--audit adds the audit history to the casebook; leave out --visit.</source>
            <translation>--audit 会在病例全册后附稽查历史；请去掉 --visit。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/report_commands.py" />
            <source>--blank prints empty forms: give no participant, --visit or --audit.</source>
            <translation>--blank 打印空白表格：不要指定受试者、--visit 或 --audit。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>-o must end in .pdf or .csv</source>
            <translation>-o 必须以 .pdf 或 .csv 结尾</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/calendar_commands.py" />
            <source>-o must name a .pdf file</source>
            <translation>-o 必须指定 .pdf 文件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>Account {user} ({role}) created.</source>
            <translation>已创建账户 {user}（{role}）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>Account {user} is now {role}.</source>
            <translation>账户 {user} 现为{role}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>Account {user}: done ({step}).</source>
            <translation>账户 {user}：已完成（{step}）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/trail_commands.py" />
            <source>Acknowledged; saving is allowed again. The trail's head is now:</source>
            <translation>已确认；可以重新保存。稽查轨迹的链头现在是：</translation>
        </message>
        <message>
            <source>Audit trail intact: {entries} entries, {values} current values and {sigs} signatures checked.</source>
            <translation type="vanished">稽查轨迹完整：已核对 {entries} 条记录、{values} 个当前值和 {sigs} 个签名。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>Audit trail intact: {entries}, {values} and {sigs} checked.</source>
            <translation>稽查轨迹完整：已核对 {entries}、{values}和 {sigs}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>BROKEN: {problem}</source>
            <translation>已损坏：{problem}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/data_commands.py" />
            <source>Backup written to {target}</source>
            <translation>备份已写入 {target}</translation>
        </message>
        <message>
            <source>Cannot write {target}: {detail}</source>
            <translation type="vanished">无法写入 {target}：{detail}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>Checked {file}:</source>
            <translation>已检查 {file}：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>Demo study</source>
            <translation>演示研究</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>Demo study with {n} participants written to {db}</source>
            <comment>Demo study with {n} participant written to {db}</comment>
            <translation>
                <numerusform>含 {n} 名受试者的演示研究已写入 {db}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>Export intact: {counts}.</source>
            <translation>导出文件完好：{counts}。</translation>
        </message>
        <message>
            <source>Export intact: {entries} audit entries chained, {participants} participants match the trail, {sigs} signatures checked.</source>
            <translation type="vanished">导出文件完好：{entries} 条审计记录链接完整，{participants} 名受试者与审计轨迹一致，已检查 {sigs} 个签名。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/data_commands.py" />
            <source>Exported to {target}</source>
            <translation>已导出到 {target}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>Imported {n} participants into {db}</source>
            <comment>Imported {n} participant into {db}</comment>
            <translation>
                <numerusform>已将 {n} 名受试者导入 {db}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>JSON nested too deeply</source>
            <translation>JSON 嵌套层级过深</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/report_commands.py" />
            <source>Name the participant (e.g. BAITP-001), or use --blank for empty forms.</source>
            <translation>请指定受试者（如 BAITP-001），或用 --blank 打印空白表格。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>New password for {user}: </source>
            <translation>{user} 的新密码：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/accounts.py" />
            <source>No password given: set {var} or run the command in a terminal.</source>
            <translation>未提供密码：请设置 {var}，或在终端中运行该命令。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>Outcomes written to {path}</source>
            <translation>研究结果已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>PDF output of outcomes is not available.</source>
            <translation>研究结果不支持 PDF 输出。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>Password changed.</source>
            <translation>密码已更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/accounts.py" />
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>Password for {user}: </source>
            <translation>{user} 的密码：</translation>
        </message>
        <message>
            <source>Restored {file} into {target}</source>
            <translation type="vanished">已将 {file} 恢复到 {target}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>Restored {file} into {target} (by {user}; the trail records it)</source>
            <translation>已将 {file} 恢复到 {target}（由 {user} 执行；已记入稽查轨迹）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>Signature {id} is void; its data can be changed.</source>
            <translation>签名 {id} 已作废；其数据可以修改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>Signed (signature {id}) by {name} at {when} UTC: {meaning}</source>
            <translation>由 {name} 于 {when} UTC 签名（签名 {id}）：{meaning}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <source>Study outcomes as of {date}</source>
            <translation>截至 {date} 的研究结果</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>The application now locks after {n} idle minutes.</source>
            <comment>The application now locks after {n} idle minute.</comment>
            <translation>
                <numerusform>应用程序现在空闲 {n} 分钟后锁定。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>The backup is usable; nothing was changed.</source>
            <translation>备份可用；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>The database it replaces was kept as {copy}</source>
            <translation>被替换的数据库已保留为 {copy}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>The same password again: </source>
            <translation>再次输入相同的密码：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>VOID {when} by {by}: {why}</source>
            <translation>已作废 {when}，操作人 {by}：{why}</translation>
        </message>
        <message>
            <source>Visit calendar of {pid} written to {path} ({pages} page(s))</source>
            <translation type="vanished">{pid} 的访视日历已写入 {path}（{pages} 页）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/calendar_commands.py" />
            <source>Visit calendar of {pid} written to {path} ({pages} pages)</source>
            <comment>Visit calendar of {pid} written to {path} ({pages} page)</comment>
            <translation>
                <numerusform>{pid} 的访视日历已写入 {path}（{pages} 页）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>WARNING: {warning}</source>
            <translation>警告：{warning}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/report_commands.py" />
            <source>Wrote {target} (pages: {n})</source>
            <translation>已写入 {target}（{n} 页）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/accounts.py" />
            <source>`baitp {command}` changes data and must name the person doing it: add --user NAME (password from {var} or a prompt). The system account is only for demo and import.</source>
            <translation>`baitp {command}` 会修改数据，必须注明操作人：请加上 --user NAME（密码取自 {var} 或提示输入）。system 账户仅用于演示和导入。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>an XML file with a document type definition is refused</source>
            <translation>含文档类型定义（DTD）的 XML 文件不予接受</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>casebook</source>
            <translation>病例全册</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>changed since verified</source>
            <translation>核查后已更改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/trail_commands.py" />
            <source>expected the 64 hexadecimal digits that verify printed after 'head'</source>
            <translation>应为 verify 在 'head' 之后打印的 64 位十六进制数字</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>file is larger than {n} MB</source>
            <translation>文件大于 {n} MB</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>file is larger than {n} MB; split the bundle</source>
            <translation>文件超过 {n} MB；请拆分数据包</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>file not found</source>
            <translation>找不到文件</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation type="vanished">停用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/main.py" />
            <source>internal error; details were written to {log}</source>
            <translation>内部错误；详细信息已写入 {log}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/main.py" />
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>is a folder, not a file</source>
            <translation>是文件夹，不是文件</translation>
        </message>
        <message>
            <source>locked</source>
            <translation type="vanished">已锁定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>not UTF-8 text</source>
            <translation>不是 UTF-8 文本</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>not a bundle (a JSON object is expected)</source>
            <translation>不是数据包（应为 JSON 对象）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>not valid JSON (line {line}, column {col}: {msg})</source>
            <translation>不是有效的 JSON（第 {line} 行，第 {col} 列：{msg}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>not valid XML ({detail})</source>
            <translation>不是有效的 XML（{detail}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>note: {event}</source>
            <translation>注意：{event}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>permission denied</source>
            <translation>权限不足</translation>
        </message>
        <message>
            <source>temporary password</source>
            <translation type="vanished">临时密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>the backup does not record its study (an older release wrote it)</source>
            <translation>该备份没有记录其所属研究（由旧版本写入）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>the first account of a database must be an administrator</source>
            <translation>数据库的第一个账户必须是管理员</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>the two passwords differ</source>
            <translation>两次输入的密码不一致</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>verified</source>
            <translation>已核查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>void</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/restore_commands.py" />
            <source>written by an older release (schema {revision}); upgraded</source>
            <translation>由旧版本写入（架构版本 {revision}）；已升级</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>{db} already holds {n} participants; the demo study needs an empty database (choose one with --db).</source>
            <comment>{db} already holds {n} participant; the demo study needs an empty database (choose one with --db).</comment>
            <translation>
                <numerusform>{db} 中已有 {n} 名受试者；演示研究需要空数据库（请用 --db 另选）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>{element} is not as baitp-desktop writes it</source>
            <translation>{element} 的格式与 baitp-desktop 写出的不同</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>{n} audit entries chained</source>
            <comment>{n} audit entry chained</comment>
            <translation>
                <numerusform>{n} 条稽查记录链接完整</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>{n} current values</source>
            <comment>{n} current value</comment>
            <translation>
                <numerusform>{n} 个当前值</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>{n} entries</source>
            <comment>{n} entry</comment>
            <translation>
                <numerusform>{n} 条记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/study_commands.py" />
            <source>{n} findings as of {date} (major {major}, minor {minor}, query {query})</source>
            <comment>{n} finding as of {date} (major {major}, minor {minor}, query {query})</comment>
            <translation>
                <numerusform>截至 {date} 共 {n} 条核查结果（重大 {major}，轻微 {minor}，质疑 {query}）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>{n} participants match the trail</source>
            <comment>{n} participant matches the trail</comment>
            <translation>
                <numerusform>{n} 名受试者与稽查记录一致</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>{n} signatures</source>
            <comment>{n} signature</comment>
            <translation>
                <numerusform>{n} 个签名</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/cli/verify_export_commands.py" />
            <source>{n} signatures checked</source>
            <comment>{n} signature checked</comment>
            <translation>
                <numerusform>已核对 {n} 个签名</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/part11_commands.py" />
            <source>{pid} visit {visit} marked source-data-verified.</source>
            <translation>{pid} 的访视 {visit} 已标记为源数据核查完成。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/explain_commands.py" />
            <source>{pid}: the explanation of {code} {date} {record} is withdrawn.</source>
            <translation>{pid}：{code} {date} {record} 的说明已撤回。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/explain_commands.py" />
            <source>{pid}: {code} {date} {record} is explained.</source>
            <translation>{pid}：已为 {code} {date} {record} 记录说明。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/accounts.py" />
            <source>{user} has a temporary password set by an administrator; change it first: baitp --user {user} user passwd</source>
            <translation>{user} 使用的是管理员设置的临时密码；请先修改：baitp --user {user} user passwd</translation>
        </message>
    </context>
    <context>
        <name>CTCAE</name>
        <message>
            <source>Death</source>
            <translation type="vanished">死亡</translation>
        </message>
        <message>
            <source>Life-threatening</source>
            <translation type="vanished">危及生命</translation>
        </message>
        <message>
            <source>Mild</source>
            <translation type="vanished">轻度</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation type="vanished">中度</translation>
        </message>
        <message>
            <source>Severe</source>
            <translation type="vanished">重度</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>The CTCAE term list {path} is missing; reinstall the application or restore resources/ctcae/.</source>
            <translation>缺少 CTCAE 术语表 {path}；请重新安装应用程序或恢复 resources/ctcae/。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path} cannot be read: {detail}</source>
            <translation>无法读取 {path}：{detail}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path} line {line}: empty term</source>
            <translation>{path} 第 {line} 行：术语为空</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path} line {line}: expected 'synonym,term'</source>
            <translation>{path} 第 {line} 行：应为“同义词,术语”</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path} line {line}: {term!r} is not a CTCAE v5.0 term</source>
            <translation>{path} 第 {line} 行：{term!r} 不是 CTCAE v5.0 术语</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/ctcae.py" />
            <source>{path}: missing columns {columns}</source>
            <translation>{path}：缺少列 {columns}</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>BAITP study: baricitinib for immune thrombocytopenia</source>
            <translation>BAITP 研究：巴瑞替尼治疗免疫性血小板减少症</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Call the study team at once if you have bleeding, a fever or any new symptom.</source>
            <translation>如有出血、发热或任何新出现的症状，请立即联系研究团队。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Day 1 (first dose)</source>
            <translation>第 1 天（首次服药）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Done on</source>
            <translation>实际完成日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Fri</source>
            <translation>周五</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Last planned dose</source>
            <translation>最后一次计划服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Mon</source>
            <translation>周一</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Participant</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Participant {pid} ({initials})</source>
            <translation>受试者 {pid}（{initials}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Planned date</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Planned from Day 1; the study team may agree another date within the window.</source>
            <translation>按第 1 天推算；研究团队可与您约定窗口期内的其他日期。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Please come on the planned date. If you cannot, any day in the window is fine; if you cannot come within the window, call the study team.</source>
            <translation>请在计划日期来院。如不能按时来院，窗口期内任何一天均可；如窗口期内无法来院，请联系研究团队。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Sat</source>
            <translation>周六</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Study team telephone</source>
            <translation>研究团队电话</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Sun</source>
            <translation>周日</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Take baricitinib {dose} mg by mouth once a day, every day.</source>
            <translation>每天口服巴瑞替尼 {dose} mg，每日一次，不要间断。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Thu</source>
            <translation>周四</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Tue</source>
            <translation>周二</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Visit calendar</source>
            <translation>访视日历</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Wed</source>
            <translation>周三</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Write each day's dose in your diary card and bring it to every visit.</source>
            <translation>请每天在服药日记卡上记录服药剂量，每次访视时带来。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>You may come between</source>
            <translation>可来院的日期范围</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>Your visit calendar</source>
            <translation>您的访视日历</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>{date} (Day {day})</source>
            <translation>{date}（第 {day} 天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>{date} {weekday}</source>
            <translation>{date} {weekday}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>{first} to
{last}</source>
            <translation>{first} 至
{last}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>{pid} has no Day 1 (first dose date) yet: the visit calendar is printed once Day 1 is set on the Screening tab.</source>
            <translation>{pid} 尚未设定第 1 天（首次给药日期）：在“筛选”页设定第 1 天后才能打印访视日历。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_calendar.py" />
            <source>{visit}
(Day {day})</source>
            <translation>{visit}
（第 {day} 天）</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>BL</source>
            <translation>基线</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_charts.py" />
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>CR {threshold}</source>
            <translation>CR {threshold}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>CR: complete response</source>
            <translation>CR：完全缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>Day {n}</source>
            <translation>第 {n} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>NE: not evaluable (no WHO grade that day)</source>
            <translation>NE：不可评估（当天无 WHO 出血分级）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>NR: no response</source>
            <translation>NR：无缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>No chart before Day 1 (first dose) is entered.</source>
            <translation>尚未录入第 1 天（首次给药），无法显示图表。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>Platelet count chart</source>
            <translation>血小板计数图</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>Platelets {count} ×10⁹/L</source>
            <translation>血小板 {count} ×10⁹/L</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_charts.py" />
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>R {threshold}</source>
            <translation>R {threshold}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>R: response</source>
            <translation>R：缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>WHO bleeding grade {grade}</source>
            <translation>WHO 出血分级 {grade} 级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>before Day 1</source>
            <translation>第 1 天之前</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>before Day 1 (not a response assessment)</source>
            <translation>第 1 天之前（不作疗效评估）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>dosing interrupted</source>
            <translation>暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>interrupted</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>interruption rule met</source>
            <translation>符合暂停给药规则</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>interruption {threshold}</source>
            <translation>暂停阈值 {threshold}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>rescue therapy</source>
            <translation>挽救治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>screening form count</source>
            <translation>筛选表计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>{date} · Day {day} · {visit}</source>
            <translation>{date} · 第 {day} 天 · {visit}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/platelet_chart.py" />
            <source>×10⁹/L</source>
            <translation>×10⁹/L</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <location filename="../../baitp_desktop/cli/check_commands.py" />
            <source>  latest backup: {backup}</source>
            <translation>  最近的备份：{backup}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>Check the &amp;database…</source>
            <translation>检查数据库(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/check_commands.py" />
            <source>FAILED</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>The database has a problem</source>
            <translation>数据库有问题</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>The database is sound</source>
            <translation>数据库完好</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>audit trail</source>
            <translation>稽查轨迹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>database disk image is malformed</source>
            <translation>数据库磁盘映像已损坏</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>enforced by the server</source>
            <translation>由服务器保证</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>every record belongs to a participant</source>
            <translation>每条记录都属于某位受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/check_commands.py" />
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>file integrity</source>
            <translation>文件完整性</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>file integrity (full)</source>
            <translation>文件完整性（完整检查）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>links between records</source>
            <translation>记录之间的关联</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/check_commands.py" />
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>schema version</source>
            <translation>架构版本</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/restore.py" />
            <source>signatures</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>{entries} entries chained, {values} values match</source>
            <translation type="vanished">{entries} 条记录链接完整，{values} 个值一致</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{entries}, {values}</source>
            <translation>{entries}，{values}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{n} entries chained</source>
            <comment>{n} entry chained</comment>
            <translation>
                <numerusform>{n} 条记录链接完整</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{n} orphan records in {tables}</source>
            <comment>{n} orphan record in {tables}</comment>
            <translation>
                <numerusform>{tables} 中有 {n} 条孤立记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/service/restore.py" />
            <source>{n} signatures match their data</source>
            <comment>{n} signature matches its data</comment>
            <translation>
                <numerusform>{n} 个签名与其数据相符</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{n} values match</source>
            <comment>{n} value matches</comment>
            <translation>
                <numerusform>{n} 个值一致</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{revision} (current)</source>
            <translation>{revision}（当前）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/integrity.py" />
            <source>{revision}, expected {head}</source>
            <translation>{revision}，应为 {head}</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>As needed</source>
            <translation>按需</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Avatrombopag</source>
            <translation>阿伐曲泊帕</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Azathioprine</source>
            <translation>硫唑嘌呤</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Ciclosporin</source>
            <translation>环孢素</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Complete response</source>
            <translation>完全缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Course completed</source>
            <translation>疗程完成</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Danazol</source>
            <translation>达那唑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Dexamethasone</source>
            <translation>地塞米松</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Eltrombopag</source>
            <translation>艾曲泊帕</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Four times a day</source>
            <translation>每日四次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Hetrombopag</source>
            <translation>海曲泊帕</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Hydrocortisone</source>
            <translation>氢化可的松</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>IVIG</source>
            <translation>静脉注射免疫球蛋白</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Inhaled</source>
            <translation>吸入</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Intolerance</source>
            <translation>不耐受</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Intramuscular</source>
            <translation>肌内注射</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Intravenous</source>
            <translation>静脉注射</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Methylprednisolone</source>
            <translation>甲泼尼龙</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Mycophenolate</source>
            <translation>吗替麦考酚酯</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>No response</source>
            <translation>无效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Once</source>
            <translation>单次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Once a day</source>
            <translation>每日一次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Once a week</source>
            <translation>每周一次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Oral</source>
            <translation>口服</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Other frequency</source>
            <translation>其他频次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Other route</source>
            <translation>其他途径</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Other therapy (give its name)</source>
            <translation>其他治疗（请填写名称）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Prednisolone</source>
            <translation>泼尼松龙</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Prednisone</source>
            <translation>泼尼松</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Relapse</source>
            <translation>复发</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Response</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Rituximab</source>
            <translation>利妥昔单抗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Romiplostim</source>
            <translation>罗米司亭</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Subcutaneous</source>
            <translation>皮下注射</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Three times a day</source>
            <translation>每日三次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Topical</source>
            <translation>外用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Twice a day</source>
            <translation>每日两次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>Vincristine</source>
            <translation>长春新碱</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/code_labels.py" />
            <source>rhTPO</source>
            <translation>重组人血小板生成素</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>&amp;History…</source>
            <translation>历史记录(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>&amp;Lock now</source>
            <translation>立即锁定(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>&amp;Queries…</source>
            <translation>质疑(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>&amp;Unlock signed data…</source>
            <translation>解锁已签名的数据(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>Change my &amp;password…</source>
            <translation>更改我的密码(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>History — {pid}</source>
            <translation>历史记录 — {pid}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>Open &amp;queries of the study…</source>
            <translation>打开研究的未关闭质疑(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>Raise a &amp;query on this finding…</source>
            <translation>就此核查结果发起质疑(&amp;Q)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>Si&amp;gnatures and verification…</source>
            <translation>签名和核查(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>Sign &amp;casebook…</source>
            <translation>签署病例全册(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>Sign &amp;visit…</source>
            <translation>签署访视(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>User &amp;accounts…</source>
            <translation>用户账户(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>casebook signed (locked)</source>
            <translation>病例全册已签名（已锁定）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>not signed</source>
            <translation>未签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>signed: {visits} (locked)</source>
            <translation>已签名：{visits}（已锁定）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/controller.py" />
            <source>{name} · {role}</source>
            <translation>{name} · {role}</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>&amp;Delete count…</source>
            <translation>删除计数(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Platelets</source>
            <translation type="vanished">血小板(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>&amp;Save count</source>
            <translation>保存计数(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Visit</source>
            <translation type="vanished">访视(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>&amp;WHO grade</source>
            <translation>WHO 分级(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Before Day 1 is set</source>
            <translation>设定第 1 天之前</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Before Day 1 is set: kept as a candidate for the baseline.</source>
            <translation>第 1 天尚未设定：保留为基线计数的候选值。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>CR / R / NR from the count and the same-date WHO grade; NE without a grade</source>
            <translation>根据计数和同日 WHO 出血分级判定 CR / R / NR；无分级时为 NE</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Cancel edit</source>
            <translation>取消编辑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Changing the count of {date} ({day})</source>
            <translation>正在修改 {date}（{day}）的计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Choosing a visit proposes a date in its window</source>
            <translation>选择访视后会建议其窗口期内的日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>D&amp;ate</source>
            <translation>日期(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Deleted the count of {date}.</source>
            <translation>已删除 {date} 的计数。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Enter or F2: edit the selected count · Delete: delete it</source>
            <translation>Enter 或 F2：修改所选计数 · Delete：删除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Entered on the Screening tab; a candidate for the baseline count.</source>
            <translation>在“筛选”页录入；可作为基线计数的候选值。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>New count</source>
            <translation>新增计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Not saved: correct the fields marked in red.</source>
            <translation>未保存：请更正标红的字段。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Not saved: no reason for the change was given.</source>
            <translation>未保存：未填写修改原因。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Not used: a lower count on the same date counts (PROTOCOL.md §8).</source>
            <translation>未采用：同一日期以较低的计数为准（PROTOCOL.md §8）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>P&amp;latelets</source>
            <translation>血小板(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Platelet count</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Platelet counts</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Platelets ({unit})</source>
            <translation>血小板（{unit}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Response</source>
            <translation>疗效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Save or cancel the count being entered first.</source>
            <translation>请先保存或取消正在录入的计数。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Saved the count of {date}.</source>
            <translation>已保存 {date} 的计数。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Screening (screening form)</source>
            <translation>筛选（筛选表）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Several WHO grades on this date: change them in the Bleeding tab.</source>
            <translation>该日期有多个 WHO 分级：请在“出血”页修改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Study day</source>
            <translation>研究日</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>The interruption rule was met on this count: {threshold} on two consecutive counts at least {days} days apart.</source>
            <translation>此次计数符合暂停给药规则：连续两次计数 {threshold}，间隔至少 {days} 天。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>The screening count is changed on the Screening tab.</source>
            <translation>筛选计数请在“筛选”页修改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Unscheduled</source>
            <translation>计划外</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>Vis&amp;it</source>
            <translation>访视(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>WHO bleeding grade</source>
            <translation>WHO 出血分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>WHO bleeding grade on the same date</source>
            <translation>同日 WHO 出血分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>WHO grade</source>
            <translation>WHO 分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>Window {first} to {last} closed without a count.</source>
            <translation>窗口期 {first} 至 {last} 已过，无计数。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <source>{visit} (extra)</source>
            <translation>{visit}（额外）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>{visit} · Days {first}–{last}</source>
            <translation>{visit} · 第 {first}–{last} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_rows.py" />
            <source>{visit}: missed</source>
            <translation>{visit}：缺失</translation>
        </message>
        <message>
            <source>{visit}: no count in its window</source>
            <translation type="vanished">{visit}：窗口期内无计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>— not assessed</source>
            <translation>— 未评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>→ The {visit} count.</source>
            <translation>→ {visit} 的计数。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>→ Unscheduled count (outside every visit window).</source>
            <translation>→ 计划外计数（不在任何访视窗口期内）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <source>→ {visit} (extra): the count of {other} is nearer the target day.</source>
            <translation>→ {visit}（额外）：{other} 的计数更接近目标日。</translation>
        </message>
    </context>
    <context>
        <name>Criteria</name>
        <message>
            <source>Active TB, or TB exposure without documented treatment</source>
            <translation type="vanished">活动性结核，或有结核接触史且无记录的治疗</translation>
        </message>
        <message>
            <source>Active or chronic HBV, HCV or HIV infection</source>
            <translation type="vanished">活动性或慢性 HBV、HCV 或 HIV 感染</translation>
        </message>
        <message>
            <source>Active or past malignancy</source>
            <translation type="vanished">现患或既往恶性肿瘤</translation>
        </message>
        <message>
            <source>MI, unstable ischaemic heart disease, stroke, NYHA IV failure</source>
            <translation type="vanished">心肌梗死、不稳定型缺血性心脏病、卒中、NYHA IV 级心力衰竭</translation>
        </message>
        <message>
            <source>No sustained response to ≥ 4 weeks of full-dose corticosteroids, or relapse during/after the taper</source>
            <translation type="vanished">足量糖皮质激素治疗 ≥ 4 周无持续缓解，或减量期间/之后复发</translation>
        </message>
        <message>
            <source>Other serious or unstable illness (investigator's judgement)</source>
            <translation type="vanished">其他严重或不稳定的疾病（研究者判断）</translation>
        </message>
        <message>
            <source>Platelets &lt; 30 for 6 months, at least one failed treatment</source>
            <translation type="vanished">血小板 &lt; 30 持续 6 个月，至少一种治疗失败</translation>
        </message>
        <message>
            <source>Pregnancy or lactation</source>
            <translation type="vanished">妊娠或哺乳期</translation>
        </message>
        <message>
            <source>Primary ITP, other causes of thrombocytopenia excluded</source>
            <translation type="vanished">原发免疫性血小板减少症，已排除其他原因所致的血小板减少</translation>
        </message>
        <message>
            <source>Screening count &lt; 30, or &lt; 50 with significant bleeding (derived)</source>
            <translation type="vanished">筛选计数 &lt; 30，或有明显出血时 &lt; 50（自动判定）</translation>
        </message>
        <message>
            <source>Screening labs outside the limits (derived)</source>
            <translation type="vanished">筛选实验室检查超出限值（自动判定）</translation>
        </message>
        <message>
            <source>Secondary ITP (HIV, HCV, H. pylori, autoimmune disease)</source>
            <translation type="vanished">继发性 ITP（HIV、HCV、幽门螺杆菌、自身免疫性疾病）</translation>
        </message>
        <message>
            <source>Serious infection now or &lt; 4 weeks before screening</source>
            <translation type="vanished">目前或筛选前 &lt; 4 周内有严重感染</translation>
        </message>
        <message>
            <source>Significant thrombosis &lt; 24 weeks before screening, or anticoagulation not well controlled</source>
            <translation type="vanished">筛选前 &lt; 24 周内有明显血栓形成，或抗凝治疗控制不佳</translation>
        </message>
        <message>
            <source>Symptomatic herpes zoster &lt; 12 weeks before screening</source>
            <translation type="vanished">筛选前 &lt; 12 周内有症状性带状疱疹</translation>
        </message>
        <message>
            <source>Written informed consent; agrees to the visit schedule</source>
            <translation type="vanished">签署书面知情同意书；同意按访视计划随访</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../baitp_desktop/gui/study_screens.py" />
            <source>&amp;Dashboard</source>
            <translation>工作台(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Cards back until</source>
            <translation>日记卡已收回至</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Data dated</source>
            <translation>数据日期</translation>
        </message>
        <message>
            <source>Data from</source>
            <translation type="vanished">数据来源</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Days after this are still on the card at home (the card comes back at the next visit); they are not a gap yet.</source>
            <translation>此后的日期仍记录在受试者家中的日记卡上（日记卡下次访视时带回），暂不算缺失。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Days without entry</source>
            <translation>未记录天数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Diaries with gaps ({n})</source>
            <translation>有缺失的日记（{n}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Finding</source>
            <translation>核查结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>First gap</source>
            <translation>首个缺失日</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Grade</source>
            <translation>分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Lab grades ≥ {grade} without an adverse event ({n})</source>
            <translation>≥ {grade} 级且未记录不良事件的检验值（{n}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/study_screens.py" />
            <source>Language of the calendar:</source>
            <translation>日历语言：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Last message</source>
            <translation>最近留言</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>No adverse event recorded for</source>
            <translation>未记录不良事件</translation>
        </message>
        <message>
            <source>No.</source>
            <translation type="vanished">序号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Open findings</source>
            <translation>未处理的核查结果</translation>
        </message>
        <message>
            <source>Open findings: {major} major · {minor} minor · {query} queries</source>
            <translation type="vanished">未处理的核查结果：重大 {major} · 轻微 {minor} · 质疑 {query}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Open findings: {summary}</source>
            <translation>未处理的核查结果：{summary}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Open queries ({n})</source>
            <translation>未关闭的质疑（{n}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Overdue visits: no count yet ({n})</source>
            <translation>逾期访视：尚无计数（{n}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Panel</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Participant</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Query {n}: {about}</source>
            <translation>质疑 {n}：{about}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Questionnaire</source>
            <translation>问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Questionnaires due ({due}) and missing ({missing})</source>
            <translation>待填问卷（{due}）和缺失问卷（{missing}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Read the study again</source>
            <translation>重新读取研究数据</translation>
        </message>
        <message>
            <source>Read the study again (F5)</source>
            <translation type="vanished">重新读取研究数据（F5）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Reading the study…</source>
            <translation>正在读取研究数据…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/study_screens.py" />
            <source>Save visit calendar</source>
            <translation>保存访视日历</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation type="vanished">严重程度</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <location filename="../../baitp_desktop/gui/study_screens.py" />
            <source>Study &amp;outcomes…</source>
            <translation>研究结果(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Target</source>
            <translation>目标日</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>The dashboard could not be read: {error}</source>
            <translation>无法读取工作台：{error}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>The selected participant's visit dates and windows, to take home</source>
            <translation>所选受试者的访视日期和窗口期，供带回家</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/study_screens.py" />
            <source>The visit calendar could not be written; the details are in the log file.</source>
            <translation>无法写入访视日历；详细信息已记录在日志文件中。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Today, {date}</source>
            <translation>今天，{date}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <location filename="../../baitp_desktop/gui/study_screens.py" />
            <source>Visit &amp;calendar (PDF)…</source>
            <translation>访视日历(&amp;C)（PDF）…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/study_screens.py" />
            <source>Visit calendar</source>
            <translation>访视日历</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/study_screens.py" />
            <source>Visit calendar saved to {path}</source>
            <translation>访视日历已保存至 {path}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Visits due in the next 7 days ({n})</source>
            <translation>未来 7 天内到期的访视（{n}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Visits with data, not signed ({n})</source>
            <translation>已有数据但未签名的访视（{n}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>Window</source>
            <translation>窗口期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>answered</source>
            <translation>已回复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>answered, awaiting review</source>
            <translation>已回复，待审核</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>due: window {window}</source>
            <translation>待填：窗口期 {window}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>in {n} days</source>
            <comment>in {n} day</comment>
            <translation>
                <numerusform>{n} 天后</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>missing: window closed {last}</source>
            <translation>缺失：窗口期已于 {last} 结束</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>open, needs an answer</source>
            <translation>未关闭，待回复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>to answer</source>
            <translation>待回复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>tomorrow</source>
            <translation>明天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>window closed: missed visit</source>
            <translation>窗口期已过：访视缺失</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>window open until {last} ({when})</source>
            <translation>窗口期开放至 {last}（{when}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>yesterday</source>
            <translation>昨天</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation type="vanished">{first} 至 {last}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>{n} days ago</source>
            <comment>{n} day ago</comment>
            <translation>
                <numerusform>{n} 天前</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} finding(s) of this code</source>
            <translation type="vanished">该代码的核查结果 {n} 条</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>{n} findings of this code</source>
            <comment>{n} finding of this code</comment>
            <translation>
                <numerusform>该代码的核查结果 {n} 条</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dashboard.py" />
            <source>{summary}; {n} explained</source>
            <translation>{summary}；已说明 {n} 项</translation>
        </message>
    </context>
    <context>
        <name>Decision</name>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Decision (I/R)</source>
            <translation>决定（暂停/恢复）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Edit dosing decision</source>
            <translation>编辑给药决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Interrupt</source>
            <translation>暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>New dosing decision</source>
            <translation>新增给药决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <source>Resume</source>
            <translation>恢复给药</translation>
        </message>
    </context>
    <context>
        <name>Dialog</name>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Discard changes</source>
            <translation>放弃更改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Save them before leaving this participant?</source>
            <translation>离开该受试者前是否保存？</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>There are unsaved changes in: {tabs}.</source>
            <translation>以下页面有未保存的更改：{tabs}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/common.py" />
            <source>baitp-desktop</source>
            <translation>baitp-desktop</translation>
        </message>
    </context>
    <context>
        <name>Diary</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>After discontinuation</source>
            <translation>停药后</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Clear (Del)</source>
            <translation>清除（Del）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Daily-dose diary</source>
            <translation>每日服药日记</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Dashed: not saved</source>
            <translation>虚线：未保存</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_undo.py" />
            <source>Day {day}</source>
            <translation>第 {day} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Day {day} ({date}) is inside an interruption period: no dose should be taken. Check the diary card.</source>
            <translation>第 {day} 天（{date}）处于暂停给药期：不应服药。请核对日记卡。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Day {day} ({date}) is signed; an investigator must unlock it first.</source>
            <translation>第 {day} 天（{date}）已签名；须由研究者先解锁。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Day {day} ({date}) selected</source>
            <translation>已选择第 {day} 天（{date}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Day {day} · {date}</source>
            <translation>第 {day} 天 · {date}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Days after today cannot be recorded yet.</source>
            <translation>今天之后的日期还不能记录。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_undo.py" />
            <source>Days {first}–{last}</source>
            <translation>第 {first}–{last} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Days {first}–{last} ({start} to {end}) selected: {n} days</source>
            <translation>已选择第 {first}–{last} 天（{start} 至 {end}）：共 {n} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Discard edits</source>
            <translation>放弃编辑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Dose: {dose} mg — Enter marks the selected days taken at this dose, Esc cancels</source>
            <translation>剂量：{dose} mg — Enter 将所选日期标记为按此剂量服药，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Dosing decisions</source>
            <translation>给药决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Fri</source>
            <translation>五</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interrupt</source>
            <translation>暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interrupted from {first} ({date}); no resume yet.</source>
            <translation>自{first}（{date}）起暂停给药；尚未恢复。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interrupted {first} to {last}.</source>
            <translation>{first}至{last}暂停给药。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Interruption period</source>
            <translation>暂停给药期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interruption rule met on {date} ({day}): two counts {op} {limit} at least {days} days apart.</source>
            <translation>{date}（{day}）符合暂停给药规则：两次计数 {op} {limit}，间隔至少 {days} 天。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Interruption rule: not met.</source>
            <translation>暂停给药规则：未满足。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Mark missed (M)</source>
            <translation>标记漏服（M）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Mark taken {dose} mg (T)</source>
            <translation>标记已服 {dose} mg（T）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Missed</source>
            <translation>漏服</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Mon</source>
            <translation>一</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Not reached yet</source>
            <translation>尚未到达</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Not saved yet</source>
            <translation>尚未保存</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Other dose</source>
            <translation>其他剂量</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Outline: finding</source>
            <translation>边框：有核查结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Resume</source>
            <translation>恢复给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Sat</source>
            <translation>六</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Save diary</source>
            <translation>保存日记</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/diary.py" />
            <source>Set Day 1 (first dose) on the Screening tab; the diary starts on Day 1.</source>
            <translation>请在“筛选”页设定第 1 天（首次给药）；日记从第 1 天开始。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Sun</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Taken</source>
            <translation>已服</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Taken, other dose</source>
            <translation>已服，其他剂量</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Thu</source>
            <translation>四</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Tue</source>
            <translation>二</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Wed</source>
            <translation>三</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_grid.py" />
            <source>Wk {n}</source>
            <translation>第 {n} 周</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/diary_undo.py" />
            <source>diary {days}</source>
            <translation>日记 {days}</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <location filename="../../baitp_desktop/drafts.py" />
            <source>Could not keep a draft of the unsaved entries in {folder} ({detail}). They are still on the screen: save the form now so they are not lost.</source>
            <translation>无法在 {folder} 中保存未保存内容的草稿（{detail}）。这些内容仍在屏幕上：请立即保存表单，以免丢失。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>Discard them</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <source>Entries for {pid} were not saved when baitp-desktop last closed: {what}.</source>
            <translation type="vanished">上次关闭 baitp-desktop 时，{pid} 有未保存的内容：{what}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>Entries you typed for {pid} were not saved before you left: {what}.</source>
            <translation>您为 {pid} 输入的内容在离开前未保存：{what}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>Put them back into the form so you can check and save them?</source>
            <translation>是否将其放回表单，以便核对并保存？</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>The kept entries of {tab} could not be restored.</source>
            <translation>无法恢复{tab}中保留的内容。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>The participant was changed since then (in another window or by someone else): check the restored entries against the saved data before saving.</source>
            <translation>此后该受试者已被修改（在另一个窗口中或由他人修改）：保存前请将恢复的内容与已保存的数据核对。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/reliability.py" />
            <source>Unsaved entries found</source>
            <translation>发现未保存的内容</translation>
        </message>
    </context>
    <context>
        <name>Eligibility</name>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>Age {age} on the consent date (must be {low}–{high})</source>
            <translation>知情同意日的年龄为 {age} 岁（须为 {low}–{high} 岁）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>I4: screening count {count} is not &lt; {high} despite bleeding</source>
            <translation>I4：筛选计数 {count} 不 &lt; {high}（虽有出血）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>I4: screening count {count} is not &lt; {low} and no significant bleeding</source>
            <translation>I4：筛选计数 {count} 不 &lt; {low}，且无明显出血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>I4: screening count {count} is not &lt; {low}; significant bleeding not answered</source>
            <translation>I4：筛选计数 {count} 不 &lt; {low}；“明显出血”未填写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>I4: screening platelet count not done</source>
            <translation>I4：未做筛选血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{item}: exclusion criterion present</source>
            <translation>{item}：存在排除标准</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{item}: inclusion criterion not met</source>
            <translation>{item}：不符合入选标准</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{item}: not answered</source>
            <translation>{item}：未填写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{lab} not done</source>
            <translation>{lab} 未检测</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{lab} {value} {op} {factor} × ULN {uln}</source>
            <translation>{lab} {value} {op} {factor} × ULN {uln}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/eligibility.py" />
            <source>{lab} {value} {op} {limit} {unit}</source>
            <translation>{lab} {value} {op} {limit} {unit}</translation>
        </message>
    </context>
    <context>
        <name>Endpoints</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Assessments with WHO grade ≥ {grade}, Day 1 to Day {last}</source>
            <translation>第 1 天至第 {last} 天 WHO 分级 ≥ {grade} 级的评估次数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Baseline count</source>
            <translation>基线计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Bleeding events</source>
            <translation>出血事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Count {threshold} and ≥ {multiple} × baseline, grade 0, no rescue in the {days} days up to the visit</source>
            <translation>计数 {threshold} 且 ≥ {multiple} × 基线，出血 0 级，访视前 {days} 天内无挽救治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Counts {threshold} on two consecutive counts ≥ {days} days apart</source>
            <translation>连续两次计数 {threshold}，间隔 ≥ {days} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Days from Day 1 to the first CR or R</source>
            <translation>从第 1 天到首次 CR 或 R 的天数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Durable response ({visit})</source>
            <translation>持续缓解（{visit}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Duration of response</source>
            <translation>缓解持续时间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Early response ({visit})</source>
            <translation>早期缓解（{visit}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Endpoints (derived)</source>
            <translation>终点（自动推导）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Endpoints are derived once Day 1 is entered.</source>
            <translation>录入第 1 天后才会推导终点。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>From the first response to its loss, else to the last assessment</source>
            <translation>从首次缓解到失去缓解，否则到最后一次评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Highest CTCAE grade with onset Day 1 to Day {last}</source>
            <translation>第 1 天至第 {last} 天发生的不良事件的最高 CTCAE 分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Initial response ({visit})</source>
            <translation>初始缓解（{visit}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Interruption triggers</source>
            <translation>暂停给药触发</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Latest count on or before Day 1 (the screening count included)</source>
            <translation>第 1 天或之前的最近一次计数（含筛选计数）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Time to response</source>
            <translation>至缓解时间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>Worst AE grade</source>
            <translation>最严重不良事件分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>{date} (Day {day})</source>
            <translation>{date}（第 {day} 天）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/tabs/counts_endpoints.py" />
            <source>{n} days</source>
            <comment>{n} day</comment>
            <translation>
                <numerusform>{n} 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Entry</name>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>CTCAE grade must be a whole number from 1 to {max}</source>
            <translation>CTCAE 分级必须是 1 到 {max} 的整数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>WHO bleeding grade must be a whole number from 0 to {max}</source>
            <translation>WHO 出血分级必须是 0 到 {max} 的整数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>a discontinuation needs both its date and its reason</source>
            <translation>停药需要同时填写日期和原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>a dosing decision is already recorded on {date}</source>
            <translation>{date} 已有一项给药决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>a lab panel is already recorded on {date}: correct that one instead</source>
            <translation>{date} 已有一组检验结果：请修改已有的那一组</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>a platelet count cannot be negative</source>
            <translation>血小板计数不能为负数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>a questionnaire is already recorded on {date}</source>
            <translation>{date} 已有一份问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>a stopped therapy needs its stop date and the reason</source>
            <translation>已停用的治疗需填写停用日期和停用原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>birth date is not before the consent date</source>
            <translation>出生日期不早于知情同意日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>dose must be between 0 and 100 mg</source>
            <translation>剂量必须在 0 到 100 mg 之间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>give the value and its ULN together, or neither</source>
            <translation>检验值与其正常值上限（ULN）须同时填写或同时不填</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>initials must be 1 to 10 characters without spaces at the ends</source>
            <translation>姓名缩写须为 1 到 10 个字符，首尾不能有空格</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>lab value must be a number from 0 to 10,000,000</source>
            <translation>检验值必须是 0 到 10,000,000 之间的数字</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>must be empty while ongoing</source>
            <translation>仍在持续时须为空</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>must be empty without a splenectomy</source>
            <translation>未行脾切除时须为空</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>must be text</source>
            <translation>必须是文本</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>must be yes or no</source>
            <translation>必须为“是”或“否”</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>not a date in the form YYYY-MM-DD</source>
            <translation>不是 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <location filename="../../baitp_desktop/gui/widgets/fields.py" />
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>not a number</source>
            <translation>不是数字</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>not one of the allowed values</source>
            <translation>不是允许的取值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>only an 'other' therapy has a name</source>
            <translation>仅“其他”治疗需填写名称</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>participant id must be BAITP- followed by three digits</source>
            <translation>受试者编号必须为 BAITP- 加三位数字</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>record whether there was a splenectomy with the diagnosis date</source>
            <translation>填写诊断日期时须同时记录是否行脾切除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>reported to the sponsor before awareness</source>
            <translation>报告申办方的日期早于获知日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/decision.py" />
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <location filename="../../baitp_desktop/gui/tabs/adverse_events_editor.py" />
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <location filename="../../baitp_desktop/gui/tabs/counts_form.py" />
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>resolution date is before the onset</source>
            <translation>结束日期早于发生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>text contains control characters</source>
            <translation>文本含有控制字符</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <location filename="../../baitp_desktop/service/explanations.py" />
            <source>text longer than {n} characters</source>
            <translation>文本超过 {n} 个字符</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>the dose must be a number above 0</source>
            <translation>剂量必须是大于 0 的数字</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>the end date is before the start</source>
            <translation>结束日期早于开始日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>the splenectomy date is required</source>
            <translation>须填写脾切除日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>the stop date is before the start</source>
            <translation>停用日期早于开始日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>the therapy's name is required for 'other'</source>
            <translation>“其他”治疗须填写名称</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>this day already has a diary entry</source>
            <translation>该日已有日记记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/value_checks.py" />
            <source>too many digits</source>
            <translation>位数过多</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{date} is before 1900</source>
            <translation>{date} 早于 1900 年</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{date} is in the future</source>
            <translation>{date} 是将来的日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{lab} cannot be negative</source>
            <translation>{lab} 不能为负数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{lab} must be above 0</source>
            <translation>{lab} 必须大于 0</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{lab} {value} has decimals: looks like ×10⁹/L — enter per µL ({per_ul})</source>
            <translation>{lab} {value} 带有小数：似乎是 ×10⁹/L —— 请按每 µL 填写（{per_ul}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{lab} {value} is above {limit} {unit}: looks like {other} — enter {unit}</source>
            <translation>{lab} {value} 高于 {limit} {unit}：似乎是 {other} —— 请以 {unit} 填写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{text} is not a calendar date</source>
            <translation>{text} 不是有效的日历日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/entry_checks.py" />
            <source>{value} is above {max} ×10⁹/L: looks like per µL — enter {hint} for {per_ul}/µL</source>
            <translation>{value} 超过 {max} ×10⁹/L：像是按每 µL 填写的——{per_ul}/µL 请填 {hint}</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>audit entries repeat an id or a hash</source>
            <translation>审计记录的编号或哈希重复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>audit entry #{n} of the file</source>
            <translation>文件中第 {n} 条审计记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>audit_head {head} is not the hash of the file's last audit entry ({last})</source>
            <translation>audit_head {head} 不是文件最后一条审计记录的哈希（{last}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>nothing to verify: the file has no audit trail</source>
            <translation>无可核查内容：文件不含审计轨迹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>signature {id} is active in the audit trail but missing from the file</source>
            <translation>签名 {id} 在审计轨迹中有效，但文件中缺失</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>signature {id} of the file is not an active signature of the audit trail</source>
            <translation>文件中的签名 {id} 不是审计轨迹中的有效签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>signature {id}, {field}</source>
            <translation>签名 {id}，{field}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>the audit trail describes records that cannot exist ({detail})</source>
            <translation>审计轨迹描述了不可能存在的记录（{detail}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>the file's audit trail and signatures do not verify, so nothing was imported: {problem}</source>
            <translation>文件的审计轨迹和签名未通过核查，未导入任何数据：{problem}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>{pid} is in the audit trail but not in the file</source>
            <translation>{pid} 在审计轨迹中，但不在文件中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>{pid} is in the file but not in the audit trail</source>
            <translation>{pid} 在文件中，但不在审计轨迹中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>{what}: the file says {given}, the audit trail {expected}</source>
            <translation>{what}：文件中为 {given}，审计轨迹中为 {expected}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>{where} is not an object</source>
            <translation>{where} 不是对象</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/evidence_check.py" />
            <source>{where}: {field} is missing or not valid</source>
            <translation>{where}：{field} 缺失或无效</translation>
        </message>
    </context>
    <context>
        <name>Explain</name>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/explain_finding.py" />
            <source>Explain</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/explain_finding.py" />
            <source>Explain the finding</source>
            <translation>说明此发现</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/explain_finding.py" />
            <source>Explained now: {reason}</source>
            <translation>当前说明：{reason}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/explain_actions.py" />
            <source>This database cannot record explanations of findings yet.</source>
            <translation>此数据库尚不能记录发现的说明。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/explain_finding.py" />
            <source>Why is the explanation withdrawn?</source>
            <translation>为什么撤回此说明？</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/explain_finding.py" />
            <source>Why is this finding acceptable? (it stays recorded)</source>
            <translation>为什么此发现可以接受？（发现仍会保留）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/explain_finding.py" />
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/explain_finding.py" />
            <source>Withdraw the explanation</source>
            <translation>撤回说明</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/explain_finding.py" />
            <source>{n} of {max} characters</source>
            <translation>{n} / {max} 个字符</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/explain_finding.py" />
            <source>{severity} · {code} · {date}
{message}</source>
            <translation>{severity} · {code} · {date}
{message}</translation>
        </message>
    </context>
    <context>
        <name>Explanation</name>
        <message>
            <location filename="../../baitp_desktop/service/explanations.py" />
            <source>Finding explained</source>
            <translation>已说明核查结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/explanations.py" />
            <source>the reason is required</source>
            <translation>必须填写理由</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/explanations.py" />
            <source>this finding has no current explanation to withdraw</source>
            <translation>该核查结果没有可撤回的现行说明</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/explanations.py" />
            <source>this finding is already explained; withdraw that explanation first</source>
            <translation>该核查结果已有说明；请先撤回该说明</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/explanations.py" />
            <source>{code!r} is not a finding code</source>
            <translation>{code!r} 不是有效的发现代码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/explanations.py" />
            <source>{record!r} is not the record of a {code} finding dated {date}</source>
            <translation>{record!r} 不是日期为 {date} 的 {code} 发现所指的记录</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../baitp_desktop/exports/csv_export.py" />
            <source>Cannot write the CSV export to {target}: {detail}</source>
            <translation>无法将 CSV 导出写入 {target}：{detail}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/exports/csv_export.py" />
            <source>{target} already exists and is not an empty folder; choose a new folder for the CSV export.</source>
            <translation>{target} 已存在且不是空文件夹；请为 CSV 导出选择一个新文件夹。</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/fields.py" />
            <source>Day {n}</source>
            <translation>第 {n} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/choice.py" />
            <source>Keys: {keys}; Delete clears</source>
            <translation>按键：{keys}；Delete 清除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <location filename="../../baitp_desktop/gui/widgets/choice.py" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/fields.py" />
            <source>Pick a date</source>
            <translation>选择日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/fields.py" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <location filename="../../baitp_desktop/gui/widgets/choice.py" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>FieldLabel</name>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Action</source>
            <translation>措施</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Consent date</source>
            <translation>知情同意日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Criterion {code}</source>
            <translation>标准 {code}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Day 1 (first dose)</source>
            <translation>第 1 天（首次给药）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Discontinuation date</source>
            <translation>停药日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Discontinuation reason</source>
            <translation>停药原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Dose (mg)</source>
            <translation>剂量（mg）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Dose taken</source>
            <translation>已服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Full name</source>
            <translation>全名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Grade</source>
            <translation>分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Initials</source>
            <translation>姓名缩写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Onset</source>
            <translation>发生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Outcome</source>
            <translation>转归</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Platelet count</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Relationship</source>
            <translation>相关性</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Reported to sponsor</source>
            <translation>已报告申办方</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Resolved</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Screening date</source>
            <translation>筛选日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Screening number</source>
            <translation>筛选号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Screening platelet count</source>
            <translation>筛选期血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Serious</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Significant bleeding</source>
            <translation>明显出血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Site aware</source>
            <translation>研究中心获知</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Term</source>
            <translation>术语</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>Therapy</source>
            <translation>治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>WHO grade</source>
            <translation>WHO 分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/field_labels.py" />
            <source>{lab} ULN</source>
            <translation>{lab} 正常值上限</translation>
        </message>
    </context>
    <context>
        <name>Finding</name>
        <message>
            <location filename="../../baitp_desktop/core/rules/safety.py" />
            <source>AE {number} ({term}) began {onset}, before consent: medical history instead?</source>
            <translation>不良事件 {number}（{term}）发生于 {onset}，早于知情同意：是否应记为既往病史？</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Consent signed {consent}, but {problems}</source>
            <translation>知情同意签署于 {consent}，但{problems}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Day 1 ({day1}) is before consent</source>
            <translation>第 1 天（{day1}）早于知情同意</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Day 1 is {gap} days after screening (at most {limit} allowed)</source>
            <translation>第 1 天在筛选后 {gap} 天（最多允许 {limit} 天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>Day {n}</source>
            <translation>第 {n} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>Days {first}–{last}: doses taken on {taken} of {expected} days ({percent}%, below {minimum}%)</source>
            <translation>第 {first}–{last} 天：{expected} 天中服药 {taken} 天（{percent}%，低于 {minimum}%）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Dosed but not eligible: {reason}</source>
            <translation>已给药但不符合入选条件：{reason}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>Dosed but screening labs fail E11: {reason}</source>
            <translation>已给药但筛选实验室检查不符合 E11：{reason}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/history.py" />
            <source>ITP history to check: {reasons}</source>
            <translation>ITP 病史待核查：{reasons}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/core/rules/laboratory.py" />
            <source>Lab panel {date} ({values}) holds treatment, but doses were taken on {n} days from {first} ({held})</source>
            <comment>Lab panel {date} ({values}) holds treatment, but a dose was taken on {n} day from {first} ({held})</comment>
            <translation>
                <numerusform>{date} 的检验结果（{values}）要求暂停治疗，但自 {first} 起仍有 {n} 天服药（{held}）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/laboratory.py" />
            <source>Lab panel {date}: {lab} {value} is grade {grade} ({term}), but no such adverse event is recorded</source>
            <translation>{date} 的检验结果：{lab} {value} 为 {grade} 级（{term}），但未记录相应的不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/concomitant.py" />
            <source>Medication to use with caution (bleeding risk) during treatment: {drug} ({listed}), {period}</source>
            <translation>治疗期间使用需谨慎的药物（出血风险）：{drug}（{listed}），{period}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/concomitant.py" />
            <source>Prohibited medication during treatment: {drug} ({listed}), {period}</source>
            <translation>治疗期间使用禁用药物：{drug}（{listed}），{period}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/quality_of_life.py" />
            <source>Questionnaire {date}: its definition {instrument} {version} is not loaded, so it cannot be scored</source>
            <translation>{date} 的问卷：未加载其问卷定义 {instrument} {version}，无法计分</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/quality_of_life.py" />
            <source>Questionnaire {date}: too few answers to score {scales}</source>
            <translation>{date} 的问卷：作答过少，无法计算 {scales} 的得分</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/safety.py" />
            <source>Serious AE {number} ({term}) not yet reported to the sponsor (site aware since {aware})</source>
            <translation>严重不良事件 {number}（{term}）尚未报告申办方（研究中心自 {aware} 起已获知）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/safety.py" />
            <source>Serious AE {number} ({term}) reported {delay} days after awareness (at most {allowed})</source>
            <translation>严重不良事件 {number}（{term}）在获知后 {delay} 天才报告（最多 {allowed} 天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/concomitant.py" />
            <source>from {start}, ongoing</source>
            <translation>自 {start} 起，仍在使用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/laboratory.py" />
            <source>no later panel has recovered</source>
            <translation>之后没有检验结果恢复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/laboratory.py" />
            <source>recovered on {date}</source>
            <translation>于 {date} 恢复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/eligibility.py" />
            <source>screening ({date}) is before consent</source>
            <translation>筛选（{date}）早于知情同意</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: dose taken after a grade ≥ {grade} adverse event began on {onset}</source>
            <translation>{day}：在 {onset} 发生 ≥ {grade} 级不良事件后仍服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: dose taken after discontinuation on {stopped}</source>
            <translation>{day}：在 {stopped} 停药后仍服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: dose taken after the treatment period (Day {last})</source>
            <translation>{day}：在治疗期（第 {last} 天）结束后仍服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: dose taken while treatment is interrupted</source>
            <translation>{day}：在暂停给药期间服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: no diary entry</source>
            <translation>{day}：无日记记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{day}: {given} mg taken instead of {planned} mg</source>
            <translation>{day}：服用 {given} mg，而非计划的 {planned} mg</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/dosing.py" />
            <source>{first}–{last}: no diary entry ({n} days)</source>
            <translation>{first}–{last}：无日记记录（{n} 天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/concomitant.py" />
            <source>{start} to {stop}</source>
            <translation>{start} 至 {stop}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/schedule.py" />
            <source>{visit}: no platelet count between {first} and {last}</source>
            <translation>{visit}：{first} 至 {last} 之间无血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/quality_of_life.py" />
            <source>{visit}: no {instrument} questionnaire between {first} and {last}</source>
            <translation>{visit}：{first} 至 {last} 之间无 {instrument} 问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/quality_of_life.py" />
            <source>{visit}: no {instrument} questionnaire dated from screening ({first}) through Day 1 ({last})</source>
            <translation>{visit}：筛选（{first}）至第 1 天（{last}）之间无 {instrument} 问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/rules/schedule.py" />
            <source>{visit}: platelet count on {date} has no WHO bleeding grade</source>
            <translation>{visit}：{date} 的血小板计数没有 WHO 出血分级</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>All participants</source>
            <translation>全部受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Explain the finding…</source>
            <translation>说明此发现…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Findings</source>
            <translation>核查结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Go to the record</source>
            <translation>转到记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Message</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>No findings.</source>
            <translation>无核查结果。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Participant</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Show findings of</source>
            <translation>显示核查结果范围</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>This participant</source>
            <translation>当前受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>Withdraw the explanation…</source>
            <translation>撤回说明…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/findings.py" />
            <source>{major} major, {minor} minor, {queries}</source>
            <translation>重大 {major}，轻微 {minor}，{queries}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>{message} — explained: {reason}</source>
            <translation>{message} — 已说明：{reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>{n} explained findings</source>
            <comment>{n} explained finding</comment>
            <translation>
                <numerusform>{n} 个已说明的发现</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} findings: {major} major, {minor} minor, {query} queries</source>
            <translation type="vanished">{n} 条核查结果：重大 {major}，轻微 {minor}，质疑 {query}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>{n} findings: {summary}</source>
            <comment>{n} finding: {summary}</comment>
            <translation>
                <numerusform>{n} 条核查结果：{summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/core/findings.py" />
            <source>{n} queries</source>
            <comment>{n} query</comment>
            <translation>
                <numerusform>质疑 {n}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>{severity} · {code} · {date}
{message}</source>
            <translation>{severity} · {code} · {date}
{message}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/findings_panel.py" />
            <source>{severity}, explained</source>
            <translation>{severity}，已说明</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>AE number</source>
            <translation>不良事件编号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>ALT upper limit of normal</source>
            <translation>ALT 正常值上限</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>AST upper limit of normal</source>
            <translation>AST 正常值上限</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Action taken with baricitinib</source>
            <translation>对巴瑞替尼采取的措施</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Adverse event</source>
            <translation>不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Answers</source>
            <translation>回答</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>At (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Best response</source>
            <translation>最佳疗效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Bilirubin upper limit of normal</source>
            <translation>胆红素正常值上限</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>CTCAE grade</source>
            <translation>CTCAE 分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>CTCAE term</source>
            <translation>CTCAE 术语</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>Cancel edit</source>
            <translation>取消编辑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/entry_panel.py" />
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Condition</source>
            <translation>疾病/状况</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Consent date</source>
            <translation>知情同意日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Corticosteroids</source>
            <translation>糖皮质激素</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Covers from</source>
            <translation>覆盖起始日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Covers to</source>
            <translation>覆盖截止日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date completed</source>
            <translation>填写日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date given</source>
            <translation>给药日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date of ITP diagnosis</source>
            <translation>ITP 诊断日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date of discontinuation</source>
            <translation>停药日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date of splenectomy</source>
            <translation>脾切除日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date of the assessment</source>
            <translation>评估日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date of the count</source>
            <translation>计数日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date of the decision</source>
            <translation>决定日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date of the panel</source>
            <translation>检验日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date reported to the sponsor</source>
            <translation>报告申办方日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Date the site became aware</source>
            <translation>研究中心获知日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Day 1 (first dose)</source>
            <translation>第 1 天（首次给药）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/entry_panel.py" />
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Diary day</source>
            <translation>日记日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Dose</source>
            <translation>剂量</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Dose taken</source>
            <translation>已服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Dosing decision</source>
            <translation>给药决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Drug</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Employed</source>
            <translation>在职</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>End date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/entry_panel.py" />
            <source>Enter or F2: open the selected row · Delete: delete it</source>
            <translation>回车或 F2：打开所选行 · Delete：删除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Finding code</source>
            <translation>发现代码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Finding record</source>
            <translation>发现所指记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Fingerprint of the data</source>
            <translation>数据指纹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Frequency</source>
            <translation>频次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>IVIG</source>
            <translation>IVIG</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Indication</source>
            <translation>适应证</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Initials</source>
            <translation>姓名缩写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Meaning</source>
            <translation>含义</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Medical history</source>
            <translation>既往病史</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Medication</source>
            <translation>合并用药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Must change the password</source>
            <translation>须更改密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Name of the other therapy</source>
            <translation>其他治疗名称</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Ongoing</source>
            <translation>持续中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Onset date</source>
            <translation>发生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/declared_fields.py" />
            <source>Other (specify)</source>
            <translation>其他（请注明）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Outcome</source>
            <translation>转归</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Participant</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Participant id</source>
            <translation>受试者编号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Platelet count</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Platelet transfusion</source>
            <translation>血小板输注</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Printed name</source>
            <translation>正楷姓名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Prior ITP therapy</source>
            <translation>既往 ITP 治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Quality of life questionnaire</source>
            <translation>生活质量问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Query</source>
            <translation>质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Query number</source>
            <translation>质疑编号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Questionnaire</source>
            <translation>问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Raised at (UTC)</source>
            <translation>提出时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Raised by</source>
            <translation>提出人</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Reason for discontinuation</source>
            <translation>停药原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Reason for voiding</source>
            <translation>作废原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Reason stopped</source>
            <translation>停用原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Record kind</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Relationship to baricitinib</source>
            <translation>与巴瑞替尼的相关性</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Rescue number</source>
            <translation>挽救治疗编号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Rescue therapy</source>
            <translation>挽救治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Resolution date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Route</source>
            <translation>给药途径</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Safety lab panel</source>
            <translation>安全性实验室检查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/entry_panel.py" />
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Screening date</source>
            <translation>筛选日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Screening platelet count</source>
            <translation>筛选血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Serious</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Setting</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Signed at (UTC)</source>
            <translation>签名时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Significant bleeding at screening</source>
            <translation>筛选时有临床意义的出血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Splenectomy</source>
            <translation>脾切除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Stop date</source>
            <translation>停用日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Study day</source>
            <translation>研究日</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>TPO receptor agonists</source>
            <translation>TPO 受体激动剂</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Therapy</source>
            <translation>治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Verified at (UTC)</source>
            <translation>核查时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>Version of the questionnaire</source>
            <translation>问卷版本</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Void</source>
            <translation>已作废</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Voided at (UTC)</source>
            <translation>作废时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/field_labels.py" />
            <source>Voided by</source>
            <translation>作废人</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>WHO bleeding assessment</source>
            <translation>WHO 出血评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>WHO bleeding grade</source>
            <translation>WHO 出血分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/declared_fields.py" />
            <source>specify</source>
            <translation>请注明</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>{form} not saved: correct the fields marked in red.</source>
            <translation>{form}未保存：请更正标红的字段。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>{form} not saved: no reason for the change was given.</source>
            <translation>{form}未保存：未填写修改原因。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>{form} of {date} deleted.</source>
            <translation>已删除 {date} 的{form}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>{form} of {date} saved.</source>
            <translation>已保存 {date} 的{form}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>{form} {number} deleted.</source>
            <translation>已删除第 {number} 条{form}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>{form} · changing no. {number}</source>
            <translation>{form} · 正在修改第 {number} 条</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>{form} · changing the entry of {date}</source>
            <translation>{form} · 正在修改 {date} 的记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/log_form.py" />
            <source>{form}: save or cancel the entry being made first.</source>
            <translation>{form}：请先保存或取消正在录入的记录。</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../baitp_desktop/gui/user_guide.py" />
            <source>&amp;User guide</source>
            <translation>用户指南(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/user_guide.py" />
            <source>BAITP CRF — User guide</source>
            <translation>BAITP CRF — 用户指南</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>&amp;Record:</source>
            <translation>记录(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>(password set)</source>
            <translation>（已设置密码）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>All records</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Best response</source>
            <translation>最佳疗效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Condition</source>
            <translation>疾病</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>Date of ITP diagnosis</source>
            <translation>ITP 诊断日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>End date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>Filter: user, field, value, reason…</source>
            <translation>筛选：用户、字段、值、原因…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>ITP duration at screening: {years} {months}</source>
            <translation>筛选时 ITP 病程：{years}{months}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>ITP history</source>
            <translation>ITP 病史</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>ITP history not saved: correct the fields marked in red.</source>
            <translation>ITP 病史未保存：请更正红色标记的字段。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>ITP history saved.</source>
            <translation>ITP 病史已保存。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>Name (other therapy)</source>
            <translation>名称（其他治疗）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>New value</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>Old value</source>
            <translation>原值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Ongoing</source>
            <translation>仍在进行</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Other medical history</source>
            <translation>其他病史</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Prior ITP therapies</source>
            <translation>既往 ITP 治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Prior ITP therapy</source>
            <translation>既往 ITP 治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Reason stopped</source>
            <translation>停止原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>Splenectomy</source>
            <translation>脾切除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>Splenectomy date</source>
            <translation>脾切除日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Stop date</source>
            <translation>停止日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>Therapy</source>
            <translation>治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>Unknown day of a known month: enter the 15th.</source>
            <translation>已知月份但日期不详：请填 15 日。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>When (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>changed</source>
            <translation>已修改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>choose a therapy from the list</source>
            <translation>请从列表中选择治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>choose why the therapy was stopped</source>
            <translation>请选择停止治疗的原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>entered</source>
            <translation>已录入</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>give the date of the splenectomy</source>
            <translation>请填写脾切除日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>give the name of the other therapy</source>
            <translation>请填写其他治疗的名称</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>give the stop date, or tick Ongoing</source>
            <translation>请填写停止日期，或勾选“仍在进行”</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/display.py" />
            <source>system (import / demo)</source>
            <translation>system（导入/演示）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>the end date is before the start date</source>
            <translation>结束日期早于开始日期</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>{n} months</source>
            <comment>{n} month</comment>
            <translation>
                <numerusform>{n} 个月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/tabs/itp_history_forms.py" />
            <source>{n} years</source>
            <comment>{n} year</comment>
            <translation>
                <numerusform>{n} 年</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/part11/history_dialog.py" />
            <source>{shown} of {total} entries</source>
            <comment>{shown} of {total} entry</comment>
            <translation>
                <numerusform>显示 {shown} / {total} 条</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>{what} not saved: correct the fields marked in red.</source>
            <translation>{what}未保存：请更正红色标记的字段。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>{what} not saved: no reason for the change was given.</source>
            <translation>{what}未保存：未填写修改原因。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>{what} saved.</source>
            <translation>{what}已保存。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>{what}: entry deleted.</source>
            <translation>{what}：记录已删除。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_history.py" />
            <source>{what}: save or clear the entry being made first.</source>
            <translation>{what}：请先保存或清除正在录入的记录。</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>&lt;a number of {n} digits&gt;</source>
            <translation>&lt;一个 {n} 位的数字&gt;</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>a date is required</source>
            <translation>必须填写日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>a number is required</source>
            <translation>必须填写数字</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>a second diary entry for the same day</source>
            <translation>同一天的第二条日记记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <source>a second explanation of the same finding</source>
            <translation>同一发现的第二条说明</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>a value is required</source>
            <translation>必须填写值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>birth date is not before the consent date</source>
            <translation>出生日期不早于知情同意日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>duplicate participant id</source>
            <translation>受试者编号重复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>expected {expected!r}, found {found!r}</source>
            <translation>应为 {expected!r}，实际为 {found!r}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>must be a JSON object</source>
            <translation>必须是 JSON 对象</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>must be a list</source>
            <translation>必须是列表</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <source>must be null unless the therapy is 'other'</source>
            <translation>除非治疗为 'other'，否则必须为 null</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <source>must be null while ongoing</source>
            <translation>仍在持续时必须为 null</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <source>must be null without a splenectomy</source>
            <translation>未行脾切除时必须为 null</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>no questionnaire definition {name} {version} is loaded ({loaded})</source>
            <translation>未加载问卷定义 {name} {version}（已加载：{loaded}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>number out of range</source>
            <translation>数字超出范围</translation>
        </message>
        <message>
            <source>reported to the sponsor before awareness</source>
            <translation type="vanished">报告申办方的日期早于获知日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>required field is missing</source>
            <translation>缺少必填字段</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_records.py" />
            <source>required when {field} is true</source>
            <translation>{field} 为 true 时必填</translation>
        </message>
        <message>
            <source>resolution date is before the onset</source>
            <translation type="vanished">结束日期早于发生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <location filename="../../baitp_desktop/core/bundle_records.py" />
            <source>text is required</source>
            <translation>必须填写文本</translation>
        </message>
        <message>
            <source>the dose is required when taken is true</source>
            <translation type="vanished">taken 为 true 时必须填写剂量</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle.py" />
            <source>the key {key!r} appears twice in one object</source>
            <translation>键 {key!r} 在同一对象中出现了两次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <source>the reason is required when stopped</source>
            <translation>已停止时必须填写停止原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <source>the splenectomy date is required</source>
            <translation>必须填写脾切除日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <source>the therapy's name is required for 'other'</source>
            <translation>治疗为 'other' 时必须填写名称</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <source>true exactly when there is no stop date</source>
            <translation>仅当没有停止日期时才为 true</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>true or false is required</source>
            <translation>必须为 true 或 false</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>unknown field</source>
            <translation>未知字段</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <source>{date} is before the start</source>
            <translation>{date} 早于开始日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>{value!r} is not a number</source>
            <translation>{value!r} 不是数字</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} 不是整数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>{value!r} is not one of: {allowed}</source>
            <translation>{value!r} 不是以下取值之一：{allowed}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>{value!r} is not text</source>
            <translation>{value!r} 不是文本</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_fields.py" />
            <source>{value!r} is not true or false</source>
            <translation>{value!r} 不是 true 或 false</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/bundle_forms.py" />
            <location filename="../../baitp_desktop/core/crf_forms.py" />
            <source>{value} is outside {low}–{high}</source>
            <translation>{value} 超出 {low}–{high} 的范围</translation>
        </message>
    </context>
    <context>
        <name>Interruption</name>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Adverse event: {term}</source>
            <translation>不良事件：{term}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Dosing after an adverse event</source>
            <translation>不良事件后的给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Fill in the discontinuation</source>
            <translation>填写终止治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Fill in the discontinuation on the Screening tab (date {date}, reason: adverse event) to check and save?</source>
            <translation>在“筛选”页填写终止治疗（日期 {date}，原因：不良事件），核对后保存？</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Interruption rule met</source>
            <translation>符合暂停给药规则</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/interruption_banner.py" />
            <source>Interruption rule met on {date} ({day}): stop dosing</source>
            <translation>{date}（{day}）符合暂停给药规则：停止服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Later</source>
            <translation>稍后</translation>
        </message>
        <message>
            <source>No interrupt decision is recorded yet.</source>
            <translation type="vanished">尚未记录暂停给药决定。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Not now</source>
            <translation>暂不</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Record the interrupt decision dated {date}?</source>
            <translation>记录日期为 {date} 的暂停给药决定？</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Record the interrupt decision now?</source>
            <translation>现在记录暂停给药决定？</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <location filename="../../baitp_desktop/gui/widgets/interruption_banner.py" />
            <source>Record the interrupt decision…</source>
            <translation>记录暂停给药决定…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>Tell the investigator, who records the interrupt decision.</source>
            <translation>请告知研究者，由其记录暂停给药决定。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/interruption_banner.py" />
            <source>Tell the investigator.</source>
            <translation>请告知研究者。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>The AE “{term}” was saved with action taken “{action}”.</source>
            <translation>不良事件“{term}”已保存，采取的措施为“{action}”。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/widgets/interruption_banner.py" />
            <source>Two platelet counts {op} {limit} ×10⁹/L at least {days} days apart</source>
            <comment>Two platelet counts {op} {limit} ×10⁹/L at least {days} day apart</comment>
            <translation>
                <numerusform>两次血小板计数 {op} {limit} ×10⁹/L，间隔至少 {days} 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/interruption_banner.py" />
            <source>{rule}. No interrupt decision is recorded yet.</source>
            <translation>{rule}。尚未记录暂停给药决定。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/interruption_notice.py" />
            <source>{why}; the latest on {date}. No dose should be taken from {next} until an investigator records a resume.</source>
            <translation>{why}；最近一次在 {date}。自 {next} 起不应服药，直至研究者记录恢复给药。</translation>
        </message>
    </context>
    <context>
        <name>ItpHistory</name>
        <message>
            <location filename="../../baitp_desktop/core/itp_history.py" />
            <source>I2 is yes, but no prior ITP therapy is recorded</source>
            <translation>I2 为“是”，但未记录既往 ITP 治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/itp_history.py" />
            <source>I2 is yes, but the diagnosis ({diagnosed}) is less than {months} months before screening</source>
            <translation>I2 为“是”，但诊断日期（{diagnosed}）距筛选不足 {months} 个月</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/itp_history.py" />
            <source>I3 is yes, but no corticosteroid is among the prior ITP therapies</source>
            <translation>I3 为“是”，但既往 ITP 治疗中没有糖皮质激素</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/itp_history.py" />
            <source>no date of ITP diagnosis</source>
            <translation>无 ITP 诊断日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/itp_history.py" />
            <source>the diagnosis date {diagnosed} is after screening</source>
            <translation>诊断日期 {diagnosed} 晚于筛选</translation>
        </message>
    </context>
    <context>
        <name>Keys</name>
        <message>
            <location filename="../../baitp_desktop/service/signing_keys.py" />
            <source>Signing key created, fingerprint {key} ({why})</source>
            <translation>已创建签名密钥，指纹 {key}（{why}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signing_keys.py" />
            <source>Signing key retired: it does not open with its owner's password</source>
            <translation>签名密钥已停用：无法用其所有者的密码打开</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signing_keys.py" />
            <source>Signing key sealed under the new password</source>
            <translation>签名密钥已用新密码重新封存</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signing_keys.py" />
            <source>The signing key of {user} does not open with this account's password: it was changed outside the application. Nothing was signed. An administrator must reset the password, which gives the account a new key.</source>
            <translation>{user} 的签名密钥无法用该账户的密码打开：它已在本程序之外被更改。未进行任何签名。须由管理员重置密码，账户将因此获得新密钥。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>account created</source>
            <translation>账户创建</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signing_keys.py" />
            <location filename="../../baitp_desktop/service/users.py" />
            <source>first use of the password</source>
            <translation>首次使用密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signing_keys.py" />
            <source>password set by its owner</source>
            <translation>所有者设置密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signing_keys.py" />
            <source>{user} still has a temporary password: set your own password first (it makes your signing key). Nothing was signed.</source>
            <translation>{user} 仍在使用临时密码：请先设置自己的密码（它会生成您的签名密钥）。未进行任何签名。</translation>
        </message>
    </context>
    <context>
        <name>Lab</name>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <location filename="../../resources/protocol.toml" />
            <source>ALT</source>
            <translation>ALT</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <source>ALT ULN</source>
            <translation>ALT 正常值上限</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <location filename="../../resources/protocol.toml" />
            <source>ANC</source>
            <translation>中性粒细胞（ANC）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <location filename="../../resources/protocol.toml" />
            <source>AST</source>
            <translation>AST</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <source>AST ULN</source>
            <translation>AST 正常值上限</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Alanine aminotransferase increased</source>
            <translation>丙氨酸氨基转移酶升高</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Anemia</source>
            <translation>贫血</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Aspartate aminotransferase increased</source>
            <translation>天门冬氨酸氨基转移酶升高</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Blood bilirubin increased</source>
            <translation>血胆红素升高</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Cholesterol high</source>
            <translation>胆固醇升高</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <source>Creatinine</source>
            <translation>肌酐</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <source>Creatinine ULN</source>
            <translation>肌酐正常值上限</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Creatinine increased</source>
            <translation>肌酐升高</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <location filename="../../resources/protocol.toml" />
            <source>Hemoglobin</source>
            <translation>血红蛋白</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Hypertriglyceridemia</source>
            <translation>高甘油三酯血症</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Lymphocyte count decreased</source>
            <translation>淋巴细胞计数降低</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <location filename="../../resources/protocol.toml" />
            <source>Lymphocytes</source>
            <translation>淋巴细胞</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Neutrophil count decreased</source>
            <translation>中性粒细胞计数降低</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <location filename="../../resources/protocol.toml" />
            <source>Total bilirubin</source>
            <translation>总胆红素</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <source>Total bilirubin ULN</source>
            <translation>总胆红素正常值上限</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <source>Total cholesterol</source>
            <translation>总胆固醇</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <source>Triglycerides</source>
            <translation>甘油三酯</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/labs.py" />
            <location filename="../../resources/protocol.toml" />
            <source>WBC</source>
            <translation>白细胞（WBC）</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>White blood cell decreased</source>
            <translation>白细胞计数降低</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>eGFR</source>
            <translation>eGFR</translation>
        </message>
    </context>
    <context>
        <name>Labs</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>CTCAE grade</source>
            <translation>CTCAE 分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/lab_chart.py" />
            <source>Chart of ANC, lymphocytes and hemoglobin</source>
            <translation>中性粒细胞、淋巴细胞和血红蛋白趋势图</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <source>Deleted the panel of {date}.</source>
            <translation>已删除 {date} 的化验。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Grade of {lab}</source>
            <translation>{lab}的分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Hold baricitinib (label threshold): {values}.</source>
            <translation>暂停巴瑞替尼（说明书阈值）：{values}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>LLN {value}</source>
            <translation>正常下限 {value}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Lab panel</source>
            <translation>实验室检查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <source>Lab panels</source>
            <translation>实验室检查记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Lab's ULN</source>
            <translation>实验室正常上限</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/lab_chart.py" />
            <source>No lab panels yet.</source>
            <translation>尚无实验室检查。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Panel date</source>
            <translation>检查日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <source>Panel not saved: correct the fields marked in red.</source>
            <translation>检查未保存：请更正红色标记的字段。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <source>Panel not saved: no reason for the change was given.</source>
            <translation>检查未保存：未填写修改原因。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Record the AE {term}</source>
            <translation>记录不良事件 {term}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Record this AE…</source>
            <translation>记录此不良事件…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Reference</source>
            <translation>参考值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <source>Save or clear the panel being entered first.</source>
            <translation>请先保存或清除正在录入的检查。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <source>Saved the panel of {date}.</source>
            <translation>已保存 {date} 的检查。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>ULN {value}</source>
            <translation>正常上限 {value}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <source>Worst grade</source>
            <translation>最高分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>grade 1 {when} {value}</source>
            <translation>1 级 {when} {value}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>the panel date is required</source>
            <translation>必须填写检查日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>{lab} {value} is below {limit}</source>
            <translation>{lab} {value} 低于 {limit}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs_form.py" />
            <source>{term}, grade {grade}, onset {onset}: no AE recorded.</source>
            <translation>{term}，{grade} 级，发生于 {onset}：尚未记录不良事件。</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>&amp;Language</source>
            <translation type="vanished">语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/language.py" />
            <source>Lan&amp;guage</source>
            <translation>语言(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/language.py" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/language.py" />
            <source>baitp-desktop will use {language} for you from your next sign-in. Other people who sign in on this computer keep their own language.</source>
            <translation>从您下次登录起，baitp-desktop 将为您使用{language}。在这台计算机上登录的其他人保留各自的语言。</translation>
        </message>
        <message>
            <source>baitp-desktop will use {language} the next time it starts. Save your work and restart to change now.</source>
            <translation type="vanished">baitp-desktop 下次启动时将使用{language}。请保存工作并重新启动以立即切换。</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <location filename="../../baitp_desktop/gui/part11/idle_lock.py" />
            <source>&amp;Quit the application</source>
            <translation>退出应用程序(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/idle_lock.py" />
            <source>&amp;Switch user</source>
            <translation>切换用户(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/idle_lock.py" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/idle_lock.py" />
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/idle_lock.py" />
            <source>Switch user or Quit keep {name}'s unsaved entries for their return.</source>
            <translation>切换用户或退出时，{name} 未保存的输入会保留，待其返回时恢复。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/idle_lock.py" />
            <source>The window was locked. {name} ({user}): enter your password.</source>
            <translation>窗口已锁定。{name}（{user}）：请输入密码。</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>&amp;Again:</source>
            <translation>再次输入(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>&amp;Current password:</source>
            <translation>当前密码(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>&amp;Full name (printed):</source>
            <translation>全名（打印用）(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>An administrator set a temporary password. Choose your own now.</source>
            <translation>管理员设置了临时密码。请现在设置您自己的密码。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>BAITP CRF — sign in with your own account.</source>
            <translation>BAITP CRF — 请使用您本人的账户登录。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>Change</source>
            <translation>更改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>Change password</source>
            <translation>更改密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>Change your password.</source>
            <translation>请更改您的密码。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>Create and sign in</source>
            <translation>创建并登录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>First start: create the administrator</source>
            <translation>首次启动：创建管理员</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>Quit without creating the administrator? The application cannot be used until one exists.</source>
            <translation>不创建管理员就退出吗？在创建管理员之前，本程序无法使用。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>Sign-in needs a person: set {user} and {password} to start without a dialog.</source>
            <translation>登录需要指定具体人员：设置 {user} 和 {password} 可不经对话框直接启动。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>The password must be changed before the CRF opens.</source>
            <translation>必须先更改密码才能打开 CRF。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>This database has no accounts yet. Create the administrator account; the administrator then creates the accounts of nurses, investigators and monitors.</source>
            <translation>该数据库还没有账户。请创建管理员账户；之后由管理员为护士、研究者和监查员创建账户。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>{user} must change the temporary password first.</source>
            <translation>{user} 必须先更改临时密码。</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Find participant</source>
            <translation>查找受试者(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;New participant…</source>
            <translation>新增受试者(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Participant</source>
            <translation>受试者(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Reload</source>
            <translation>重新加载(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Save this tab</source>
            <translation>保存当前页(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/app.py" />
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>BAITP CRF</source>
            <translation>BAITP CRF</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/app.py" />
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation type="vanished">已被他人修改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Check the &amp;whole study again</source>
            <translation>重新核查整个研究(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Choose a participant on the left, or create one.</source>
            <translation>请在左侧选择受试者，或新建一位。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Findings &amp;panel</source>
            <translation>核查结果面板(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Nothing to save.</source>
            <translation>没有需要保存的内容。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Sign &amp;out</source>
            <translation>注销(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>The background check failed: {message}</source>
            <translation>后台核查失败：{message}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/app.py" />
            <source>baitp-desktop</source>
            <translation>baitp-desktop</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>today is {day}</source>
            <translation>今天是{day}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>{n} participants checked.</source>
            <comment>{n} participant checked.</comment>
            <translation>
                <numerusform>已核查 {n} 名受试者。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/main_window.py" />
            <source>{title}
{protocol} / {registry}
{site}

Database: {db}</source>
            <translation>{title}
{protocol} / {registry}
{site}

数据库：{db}</translation>
        </message>
    </context>
    <context>
        <name>Medications</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Caution</source>
            <translation>慎用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Caution: {name} is on the protocol's caution list (bleeding risk in ITP). Taken during treatment it raises a query.</source>
            <translation>慎用：{name} 在方案的慎用清单上（ITP 出血风险）。治疗期间使用将产生质疑。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Deleted {drug}.</source>
            <translation>已删除 {drug}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Dose</source>
            <translation>剂量</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Drug name</source>
            <translation>药品名称</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Frequency</source>
            <translation>频次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Indication</source>
            <translation>适应症</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>List</source>
            <translation>清单</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Medication</source>
            <translation>用药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Not saved: correct the fields marked in red.</source>
            <translation>未保存：请更正红色标记的字段。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Not saved: no reason for the change was given.</source>
            <translation>未保存：未填写修改原因。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Ongoing</source>
            <translation>仍在使用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Prior and concomitant medications</source>
            <translation>既往及合并用药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Prohibited</source>
            <translation>禁用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Prohibited: {name} is on the protocol's prohibited list. Taken during treatment it is a major deviation; ask the investigator.</source>
            <translation>禁用：{name} 在方案的禁用清单上。治疗期间使用属于重大偏离，请咨询研究者。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Route</source>
            <translation>给药途径</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Save or clear the medication being entered first.</source>
            <translation>请先保存或清除正在录入的用药。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Saved {drug}.</source>
            <translation>已保存 {drug}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Stop date</source>
            <translation>停止日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>choose the route and the frequency</source>
            <translation>请选择给药途径和频次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>give the stop date, or tick Ongoing</source>
            <translation>请填写停止日期，或勾选“仍在使用”</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>required</source>
            <translation>必填</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>the stop date is before the start date</source>
            <translation>停止日期早于开始日期</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Find id or initials (Ctrl+F)</source>
            <translation>查找编号或姓名缩写（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Find participant</source>
            <translation>查找受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Findings</source>
            <translation>核查结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Initials</source>
            <translation>缩写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>New participant…</source>
            <translation>新增受试者…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Open findings (deviations and queries)</source>
            <translation>打开核查结果（方案偏离和质疑）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/navigator.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>{major} major, {minor} minor, {query} queries</source>
            <translation type="vanished">重大 {major}，轻微 {minor}，质疑 {query}</translation>
        </message>
    </context>
    <context>
        <name>NewParticipant</name>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Birth date</source>
            <translation>出生日期(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Consent date</source>
            <translation>知情同意日期(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Female</source>
            <translation>女(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Initials</source>
            <translation>姓名缩写(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>&amp;Male</source>
            <translation>男(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>New participant</source>
            <translation>新增受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>Screening &amp;number</source>
            <translation>筛选编号(&amp;N)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation type="vanished">性别</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/new_participant.py" />
            <source>Sex (F/M)</source>
            <translation>性别（F/M）</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>  of which {therapy}</source>
            <translation type="vanished">  其中{therapy}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>(continued)</source>
            <translation>（续）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>95% CI</source>
            <translation>95% 置信区间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>95% CI (%)</source>
            <translation>95% CI (%)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Adverse event</source>
            <translation>不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Adverse events (participants by worst CTCAE grade)</source>
            <translation>不良事件（按最严重 CTCAE 分级统计受试者）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Adverse events by CTCAE term and worst grade</source>
            <translation>按 CTCAE 术语和最严重分级统计的不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>All dosed participants (N = {n})</source>
            <translation>全部已给药受试者（N = {n}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Any adverse event</source>
            <translation>任何不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Appendix: results per participant</source>
            <translation>附录：各受试者结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Appendix: the participants behind every number</source>
            <translation>附录：每个数字对应的受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Bleeding</source>
            <translation>出血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Bleeding events</source>
            <translation>出血事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Bleeding events (WHO grade ≥ 2)</source>
            <translation>出血事件（WHO 分级 ≥ 2）</translation>
        </message>
        <message>
            <source>Bleeding events (WHO grade ≥ 2), per participant in brackets</source>
            <translation type="vanished">出血事件（WHO 分级 ≥ 2），括号内为各受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>CTCAE term</source>
            <translation>CTCAE 术语</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/form_outcomes_text.py" />
            <source>Caution medication</source>
            <translation>慎用药物</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Complete response at 1 month</source>
            <translation>1 个月时完全缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Completed week 24</source>
            <translation>完成第 24 周</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Computed from the data as entered, over all dosed participants. A measure's N counts those for whom it is due: a participant who missed the visit counts as not responding; one whose visit window is still open is left out and listed as not yet due. Exact (Clopper–Pearson) 95% confidence intervals.</source>
            <translation>根据已录入的数据，对全部已给药受试者计算。各指标的 N 为已到评估时间的受试者：错过访视者按无缓解计；访视窗口期尚未结束者不计入，并列为“尚未到期”。95% 置信区间为精确法（Clopper–Pearson）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Count</source>
            <translation>计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Cumulative response</source>
            <translation>累积缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Data as of</source>
            <translation>数据截至</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Data as of {date}, as entered: an interim look, not the locked-database analysis.</source>
            <translation>数据截至 {date}（按录入情况）：为中期查看，并非锁库后的分析。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Day 28</source>
            <translation>第 28 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Day 7</source>
            <translation>第 7 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Days of response</source>
            <translation>缓解天数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Days to response</source>
            <translation>至缓解天数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Discontinued</source>
            <translation>已停药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Discontinued: {reason}</source>
            <translation>已停药：{reason}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Dosed</source>
            <translation>已给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Dosed although not eligible</source>
            <translation>不符合入选条件但已给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Dosed participants (% of {dosed}) with a listed drug overlapping Day 1 to the earlier of Day 168 and discontinuation (protocol §10).</source>
            <translation>在第 1 天至第 168 天与停药日较早者之间使用过清单药物的已给药受试者（占 {dosed} 例的 %；方案 §10）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Durable</source>
            <translation>持续</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Durable response at 6 months</source>
            <translation>6 个月时持续缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Duration of response (days)</source>
            <translation>缓解持续时间（天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Each grey line is one participant's visit counts; the blue line and band are the median and interquartile range of the counts at each scheduled visit (n below); dashed lines are the response thresholds.</source>
            <translation>每条灰线为一名受试者各次访视的计数；蓝线和色带为各计划访视计数的中位数和四分位距（下方为 n）；虚线为疗效阈值。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Early response (Day 7, CR or R)</source>
            <translation>早期缓解（第 7 天，CR 或 R）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Eligible</source>
            <translation>符合入选条件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Events per participant: {listing}.</source>
            <translation>各受试者事件数：{listing}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Improved ≥ MID</source>
            <translation>改善 ≥ MID</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Initial response (Day 28, CR or R)</source>
            <translation>初始缓解（第 28 天，CR 或 R）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Interruption periods</source>
            <translation>暂停给药期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Interruptions, discontinuations and rescue therapy</source>
            <translation>暂停给药、停药和挽救治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Kaplan–Meier median time to response</source>
            <translation>Kaplan–Meier 法中位至缓解时间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>MID</source>
            <translation>MID</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Mean change</source>
            <translation>平均变化</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Measure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>No dosed participants yet.</source>
            <translation>尚无已给药受试者。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>No questionnaire definition is loaded.</source>
            <translation>未加载问卷定义。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>No serious adverse events.</source>
            <translation>无严重不良事件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>No treatment-emergent adverse events.</source>
            <translation>无治疗期间出现的不良事件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>No visit counts yet.</source>
            <translation>尚无访视计数。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Not assessed: due but without an evaluable assessment (no count in the window, or no bleeding grade on its date); counted as not responding.</source>
            <translation>未评估：已到评估时间但无可评估的结果（窗口期内无计数，或该日无出血分级）；按无缓解计。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Not measured</source>
            <translation>未检测</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Not yet due</source>
            <translation>尚未到期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Number</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Outcome</source>
            <translation>转归</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Participant</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/cli/outcomes_commands.py" />
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Participant flow</source>
            <translation>受试者流程</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Participant's request</source>
            <translation>受试者要求</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Participants</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Participants with an interruption</source>
            <translation>有暂停给药的受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Participants with both a baseline and a visit score; mean change in score points (0–100) with its 95 % t-interval; MID: the scale's minimal important difference (protocol §12).</source>
            <translation>同时有基线和访视得分的受试者；平均变化以得分点（0–100）表示，附 95% t 区间；MID：该量表的最小重要差异（方案 §12）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Participants with rescue therapy</source>
            <translation>接受挽救治疗的受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Platelet trajectories</source>
            <translation>血小板变化轨迹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/form_outcomes_text.py" />
            <source>Prohibited and caution medications during treatment</source>
            <translation>治疗期间的禁用和慎用药物</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/form_outcomes_text.py" />
            <source>Prohibited medication</source>
            <translation>禁用药物</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Protocol list</source>
            <translation>方案清单</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/form_outcomes_text.py" />
            <source>Quality of life (ITP-PAQ): change from baseline</source>
            <translation>生活质量（ITP-PAQ）：相对基线的变化</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Related</source>
            <translation>相关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Rescue administrations</source>
            <translation>挽救治疗次数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Rescue therapy</source>
            <translation>挽救治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Responders count at their first CR or R; participants without a response are censored at their last assessment.</source>
            <translation>缓解者在首次 CR 或 R 时计入；未缓解的受试者在最后一次评估时删失。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Response</source>
            <translation>疗效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Response (R) at 1 month</source>
            <translation>1 个月时缓解（R）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Responses: CR complete response, R response, NR no response, NE not evaluable (no bleeding grade on the count's date); — not reached or not yet measured.</source>
            <translation>疗效：CR 完全缓解，R 缓解，NR 无缓解，NE 不可评估（计数当日无出血分级）；— 未达到或尚未测定。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Rows</source>
            <translation>记录数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/form_outcomes_text.py" />
            <source>Safety laboratory: worst CTCAE grade per analyte</source>
            <translation>安全性实验室检查：各项目最差 CTCAE 分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Scale</source>
            <translation>量表</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Screened</source>
            <translation>已筛选</translation>
        </message>
        <message>
            <source>Screened → eligible → dosed; the dosed are then completed week 24, discontinued, or still on treatment.</source>
            <translation type="vanished">已筛选 → 符合入选条件 → 已给药；已给药者随后为完成第 24 周、停药或仍在治疗中。</translation>
        </message>
        <message>
            <source>Section</source>
            <translation type="vanished">部分</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Serious adverse events</source>
            <translation>严重不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Still on treatment</source>
            <translation>仍在治疗中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Study outcomes</source>
            <translation>研究结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes.py" />
            <source>Time to response (days)</source>
            <translation>至缓解时间（天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Time to response and duration of response</source>
            <translation>至缓解时间和缓解持续时间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Treatment changes</source>
            <translation>治疗变更</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>Treatment interrupted</source>
            <translation>暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Treatment-emergent events (onset on or after Day 1). Each participant is counted once per term, under the worst grade; % of {dosed} dosed.</source>
            <translation>治疗期间出现的事件（第 1 天或之后发生）。每名受试者每个术语计一次，按最严重分级；百分比以已给药的 {dosed} 名为分母。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Triggered by the platelet rule</source>
            <translation>由血小板规则触发</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>Who</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>Worst AE grade</source>
            <translation>最严重不良事件分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>grade {grade}: {n}</source>
            <translation>{grade} 级：{n}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>median {median} days, range {low}{dash}{high} (n = {n})</source>
            <translation>中位数 {median} 天，范围 {low}{dash}{high}（n = {n}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_forms.py" />
            <source>n (% of {dosed} dosed) by each participant's worst grade over the panels of Day 1 to Day 168 (protocol §11).</source>
            <translation>按每位受试者第 1 天至第 168 天各次检查的最差分级计数 n（占 {dosed} 例已给药者的 %；方案 §11）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>n/N</source>
            <translation>n/N</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>no response</source>
            <translation>无缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>none yet</source>
            <translation>暂无</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>not reached</source>
            <translation>未达到</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>responder</source>
            <translation>缓解者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{days} d</source>
            <translation>{days} 天</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>{days} days</source>
            <comment>{days} day</comment>
            <translation>
                <numerusform>{days} 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{fraction} ({percent}; 95% CI {ci})</source>
            <translation>{fraction}（{percent}；95% CI {ci}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{measure}: everyone for whom it is due (N)</source>
            <translation>{measure}：所有已到评估时间的受试者（N）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{measure}: not assessed (counted as not responding)</source>
            <translation>{measure}：未评估（按无缓解计）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{measure}: not yet due (left out of N)</source>
            <translation>{measure}：尚未到期（不计入 N）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/form_outcomes_text.py" />
            <source>{name}: improved by at least {mid}</source>
            <translation>{name}：改善至少 {mid}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/form_outcomes_text.py" />
            <source>{name}: with a baseline and a visit score</source>
            <translation>{name}：有基线和访视得分</translation>
        </message>
        <message>
            <source>{n} dosed participant(s) did not meet the eligibility criteria (a major deviation): {ids}</source>
            <translation type="vanished">{n} 名已给药受试者不符合入选标准（重大偏离）：{ids}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{n} dosed participants did not meet the eligibility criteria (a major deviation): {ids}</source>
            <comment>{n} dosed participant did not meet the eligibility criteria (a major deviation): {ids}</comment>
            <translation>
                <numerusform>{n} 名已给药受试者不符合入选标准（重大偏离）：{ids}</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} event(s)</source>
            <translation type="vanished">{n} 次</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{n} events</source>
            <comment>{n} event</comment>
            <translation>
                <numerusform>{n} 次事件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{n} of {dosed} dosed participants; administrations: {administrations}</source>
            <translation>已给药受试者 {dosed} 名中的 {n} 名；给药次数：{administrations}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{n} of {dosed} dosed participants; interruption periods: {periods}; triggered by the platelet rule: {triggers}</source>
            <translation>已给药受试者 {dosed} 名中的 {n} 名；暂停给药期：{periods}；由血小板规则触发：{triggers}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>{n} participants: listed in the appendix</source>
            <comment>{n} participant: listed in the appendix</comment>
            <translation>
                <numerusform>{n} 名受试者：见附录</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>{pid}: {n}</source>
            <translation>{pid}：{n}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{term}, grade {grade}, onset {onset} (Day {day})</source>
            <translation>{term}，{grade} 级，发生于 {onset}（第 {day} 天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{term}, worst grade {grade}</source>
            <translation>{term}，最严重 {grade} 级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/form_outcomes_text.py" />
            <source>{term}: not measured Day 1 to Day 168</source>
            <translation>{term}：第 1 天至第 168 天未检测</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/form_outcomes_text.py" />
            <source>{term}: worst grade {grade}</source>
            <translation>{term}：最差分级 {grade}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/core/outcomes_text.py" />
            <source>{total} events in {n} of {dosed} dosed participants</source>
            <comment>{total} event in {n} of {dosed} dosed participants</comment>
            <translation>
                <numerusform>已给药受试者 {dosed} 名中的 {n} 名发生 {total} 次事件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <source>{total} events in {n} of {dosed} dosed participants.</source>
            <comment>{total} event in {n} of {dosed} dosed participants.</comment>
            <translation>
                <numerusform>已给药受试者 {dosed} 名中的 {n} 名发生 {total} 次事件。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutcomesView</name>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>95% CI</source>
            <translation>95% 置信区间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>95% CI (%)</source>
            <translation>95% CI (%)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{n} participant(s)</source>
            <translation type="vanished">&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{n} 名受试者</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{n} participants</source>
            <comment>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{n} participant</comment>
            <translation>
                <numerusform>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{n} 名受试者</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{value} — {n} participant(s)</source>
            <translation type="vanished">&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{value} — {n} 名受试者</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{value} — {n} participants</source>
            <comment>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{value} — {n} participant</comment>
            <translation>
                <numerusform>&lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{value} — {n} 名受试者</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Adverse events by CTCAE term and worst grade</source>
            <translation>按 CTCAE 术语和最严重分级统计的不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Bleeding and treatment changes</source>
            <translation>出血和治疗变更</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>CTCAE term</source>
            <translation>CTCAE 术语</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Click any number on the left. Double-click a participant (or press Enter) to open their casebook.</source>
            <translation>点击左侧任意数字。双击受试者（或按 Enter）打开其病例全册。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Click: everyone for whom it is due (N)</source>
            <translation>点击：所有已到评估时间的受试者（N）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Count</source>
            <translation>计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_charts.py" />
            <source>Cumulative response curve</source>
            <translation>累积缓解曲线</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_charts.py" />
            <source>Cumulative share responding (CR or R), Kaplan–Meier</source>
            <translation>累计缓解比例（CR 或 R），Kaplan–Meier 法</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_charts.py" />
            <source>Days since Day 1</source>
            <translation>自第 1 天起的天数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Dosed participants whose worst grade is {grade} (% of dosed)</source>
            <translation>最差分级为 {grade} 的已给药受试者（占已给药者的 %）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Double-click to open {pid}</source>
            <translation>双击打开 {pid}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Due, but no evaluable assessment: counted as not responding</source>
            <translation>已到评估时间但无可评估结果：按无缓解计</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Exact (Clopper–Pearson) 95% interval</source>
            <translation>精确法（Clopper–Pearson）95% 置信区间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>G{grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Improved ≥ MID</source>
            <translation>改善 ≥ MID</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Labs, QoL, medications</source>
            <translation>检验、生活质量、用药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>List the participants</source>
            <translation>列出受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>MID</source>
            <translation>MID</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Mean change</source>
            <translation>平均变化</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Measure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>N counts the dosed participants for whom a measure is due: a missed visit counts as not responding; an open window is left out (not yet due). Exact (Clopper–Pearson) 95% confidence intervals.</source>
            <translation>N 为某指标已到评估时间的已给药受试者：错过访视者按无缓解计；窗口期尚未结束者不计入（尚未到期）。95% 置信区间为精确法（Clopper–Pearson）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_charts.py" />
            <source>No visit counts yet.</source>
            <translation>尚无访视计数。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Not measured</source>
            <translation>未检测</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Not yet due</source>
            <translation>尚未到期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Outcome</source>
            <translation>转归</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Participant</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Participants (% of dosed)</source>
            <translation>受试者（占已给药者的 %）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Participants behind the number</source>
            <translation>该数字对应的受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Participants whose worst grade is {grade}</source>
            <translation>最严重分级为 {grade} 级的受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_charts.py" />
            <source>Platelet trajectories of all participants</source>
            <translation>全部受试者的血小板变化轨迹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Platelets</source>
            <translation>血小板</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_charts.py" />
            <source>Platelets ×10⁹/L (log scale): grey, each participant's visit counts; blue, median and interquartile range</source>
            <translation>血小板 ×10⁹/L（对数刻度）：灰线为各受试者的访视计数；蓝色为中位数和四分位距</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Prohibited and caution medications</source>
            <translation>禁用和慎用药物</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Protocol list</source>
            <translation>方案清单</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Quality of life (ITP-PAQ): change from baseline</source>
            <translation>生活质量（ITP-PAQ）：相对基线的变化</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Related</source>
            <translation>相关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Response</source>
            <translation>疗效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Rows</source>
            <translation>记录数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Safety</source>
            <translation>安全性</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Save as &amp;CSV…</source>
            <translation>另存为 CSV(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Save as &amp;PDF…</source>
            <translation>另存为 PDF(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Save outcomes</source>
            <translation>保存研究结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Scale</source>
            <translation>量表</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Serious adverse event: {term}</source>
            <translation>严重不良事件：{term}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Serious adverse events</source>
            <translation>严重不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Student's t 95% interval of the mean change</source>
            <translation>平均变化的 Student t 95% 区间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_charts.py" />
            <source>Study day</source>
            <translation>研究日</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Study outcomes</source>
            <translation>研究结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Study outcomes as of {date}</source>
            <translation>截至 {date} 的研究结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>The outcomes could not be computed: {error}</source>
            <translation>无法计算研究结果：{error}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>The scale's minimal important difference</source>
            <translation>该量表的最小重要差异</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Time to and duration of response</source>
            <translation>至缓解时间和缓解持续时间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>Visit window still open: not in N</source>
            <translation>访视窗口期尚未结束：不计入 N</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Worst safety-lab grade per analyte</source>
            <translation>各检验项目的最差安全性分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_view.py" />
            <source>Writing {path}…</source>
            <translation>正在写入 {path}…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_form_tables.py" />
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/outcomes_tables.py" />
            <source>n/N</source>
            <translation>n/N</translation>
        </message>
    </context>
    <context>
        <name>Patient</name>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Nurse: enter your password to return to the CRF.</source>
            <translation>护士：请输入您的密码以返回 CRF。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Nurse: return to the CRF</source>
            <translation>护士：返回 CRF</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Please choose your language</source>
            <translation>请选择您的语言</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Question {n}</source>
            <translation>第 {n} 题</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Question {n} of {total}</source>
            <translation>第 {n} 题，共 {total} 题</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Questionnaire</source>
            <translation>问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Read this question on the paper questionnaire.</source>
            <translation>请在纸质问卷上阅读这道题。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Return to the CRF</source>
            <translation>返回 CRF</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Skip this question →</source>
            <translation>跳过此题 →</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>Thank you. Please hand the workstation back to the nurse.</source>
            <translation>谢谢！请把电脑交还给护士。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>← Back</source>
            <translation>← 上一题</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/patient_mode.py" />
            <source>← Back to the questions</source>
            <translation>← 返回问题</translation>
        </message>
    </context>
    <context>
        <name>Print</name>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/visit_picker.py" />
            <source>&amp;Visit:</source>
            <translation>访视(&amp;V)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Building {name}…</source>
            <translation>正在生成 {name}…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <location filename="../../baitp_desktop/gui/study_screens.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>PDF report</source>
            <translation>PDF 报告</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Paper size</source>
            <translation>纸张大小</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Print casebook…</source>
            <translation>打印病例全册…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Print visit summary…</source>
            <translation>打印访视小结…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Save blank CRF pages as PDF…</source>
            <translation>将空白 CRF 页面保存为 PDF…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Save casebook as PDF…</source>
            <translation>将病例全册保存为 PDF…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Save visit summary as PDF…</source>
            <translation>将访视小结保存为 PDF…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/visit_picker.py" />
            <source>Signed: the summary shows the signature.</source>
            <translation>已签名：小结中显示签名。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>The PDF could not be built because of an internal error; the details were written to the log file.</source>
            <translation>由于内部错误，无法生成 PDF；详细信息已写入日志文件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/visit_picker.py" />
            <source>Visit summary</source>
            <translation>访视小结</translation>
        </message>
        <message>
            <source>Visit:</source>
            <translation type="vanished">访视：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/print_actions.py" />
            <source>{visit} (window {first} to {last})</source>
            <translation>{visit}（窗口期 {first} 至 {last}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/dialogs/visit_picker.py" />
            <source>{visit} — signed</source>
            <translation>{visit} — 已签名</translation>
        </message>
    </context>
    <context>
        <name>Qol</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Answer</source>
            <translation>答案</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Answered</source>
            <translation>已回答</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Answers: type the number of each answer</source>
            <translation>答案：输入每题答案的数字</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Date answered</source>
            <translation>填写日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Deleted the questionnaire of {date}.</source>
            <translation>已删除 {date} 的问卷。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Employed</source>
            <translation>在职</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Hand to the participant…</source>
            <translation>交给受试者填写…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>ITP-PAQ questionnaire</source>
            <translation>ITP-PAQ 问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Item {n}</source>
            <translation>第 {n} 条</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Item {n}: {answer} is not an answer; the range is {range}.</source>
            <translation>第 {n} 条：{answer} 不是有效答案；范围为 {range}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>No questionnaire definition is loaded.</source>
            <translation>未加载问卷定义。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Not saved: correct the fields marked in red.</source>
            <translation>未保存：请更正红色标记的字段。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Not saved: no reason for the change was given.</source>
            <translation>未保存：未填写修改原因。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Not verified: the shipped ITP-PAQ definition gives the structure only (placeholder scales). Scores are provisional until the site's licensed definition is loaded.</source>
            <translation>未经核实：随附的 ITP-PAQ 定义只有结构（量表为占位）。在加载本中心授权的定义之前，评分仅供参考。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Number keys answer and move to the next item · 0: not answered · Delete: clear</source>
            <translation>数字键作答并转到下一条 · 0：未回答 · Delete：清除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Questionnaires</source>
            <translation>问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Range</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Save or clear the questionnaire being entered first.</source>
            <translation>请先保存或清除正在录入的问卷。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Saved the questionnaire of {date}.</source>
            <translation>已保存 {date} 的问卷。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>Scale scores (0–100)</source>
            <translation>量表得分（0–100）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>The participant's answers are in the form: check them and save.</source>
            <translation>受试者的答案已填入表单：请核对后保存。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>say whether the participant is employed</source>
            <translation>请说明受试者是否在职</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>the date is required</source>
            <translation>必须填写日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>too few answers</source>
            <translation>回答过少</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol_form.py" />
            <source>{min}–{max}</source>
            <translation>{min}–{max}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>{n} of {total}</source>
            <translation>{n} / {total}</translation>
        </message>
    </context>
    <context>
        <name>Queries</name>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>&amp;About:</source>
            <translation>关于(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>&amp;Answer</source>
            <translation>回复(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>&amp;Close query</source>
            <translation>关闭质疑(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>&amp;New query…</source>
            <translation>新建质疑(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>&amp;Question:</source>
            <translation>问题(&amp;Q)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>&amp;Raise</source>
            <translation>发起(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Answered</source>
            <translation>已回复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Last message</source>
            <translation>最近留言</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>New</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>No query {id}.</source>
            <translation>没有质疑 {id}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>On &amp;field:</source>
            <translation>字段(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Only &amp;open queries</source>
            <translation>仅未关闭的质疑(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Only {user}, who raised query {n}, can do that.</source>
            <translation>只有发起质疑 {n} 的 {user} 才能执行此操作。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Participant</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Queries — all participants</source>
            <translation>质疑 — 全部受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Queries — {pid}</source>
            <translation>质疑 — {pid}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Query</source>
            <translation>质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Query raised</source>
            <translation>已发起质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Query {n}</source>
            <translation>质疑 {n}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>Query {n} is {status}; it cannot be {action} now.</source>
            <translation>质疑 {n} 的状态为“{status}”；现在不能“{action}”。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Raise a query — {pid}</source>
            <translation>发起质疑 — {pid}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Raised by</source>
            <translation>发起人</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Send &amp;back</source>
            <translation>退回(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Your answer or message</source>
            <translation>您的回复或留言</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <source>Your question to the site</source>
            <translation>您向研究中心提出的问题</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>answered</source>
            <translation>已回复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>raised</source>
            <translation>已发起</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/queries_dialog.py" />
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>sent back</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <source>write a message</source>
            <translation>填写留言</translation>
        </message>
    </context>
    <context>
        <name>Reason</name>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>&amp;Other:</source>
            <translation>其他(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>A reason is needed for:</source>
            <translation>以下修改需要填写原因：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>Data entry error</source>
            <translation>数据录入错误</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>Late entry from source</source>
            <translation>根据原始资料补录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>Other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>Query resolution</source>
            <translation>解决质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>Reason for change</source>
            <translation>修改原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>Reason for the change:</source>
            <translation>修改原因：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>Source document updated</source>
            <translation>原始文件已更新</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>Transcription error</source>
            <translation>转录错误</translation>
        </message>
        <message>
            <source>You are changing saved values:</source>
            <translation type="vanished">您正在修改已保存的值：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>a value</source>
            <translation>一个值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>type the reason</source>
            <translation>输入原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>{record}: delete</source>
            <translation>{record}：删除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>{record}: {field} {old} → {new}</source>
            <translation>{record}：{field} {old} → {new}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/reason_dialog.py" />
            <source>… and {n} more</source>
            <translation>…以及另外 {n} 项</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/record_tab.py" />
            <source>Signed by {name}: unlock the signature to change this record.</source>
            <translation>已由 {name} 签名：须先解除签名锁定才能修改此记录。</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source> (only if employed)</source>
            <translation>（仅在职者）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source> (women only)</source>
            <translation>（仅女性）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>(not verified)</source>
            <translation>（未经验证）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>(wording from the site's licensed questionnaire)</source>
            <translation>（措辞见本中心已获许可的问卷）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>({day})</source>
            <translation>（{day}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Action</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>Active TB, or TB exposure without documented treatment</source>
            <translation type="vanished">活动性结核，或有结核接触史且无记录的治疗</translation>
        </message>
        <message>
            <source>Active or chronic HBV, HCV or HIV infection</source>
            <translation type="vanished">活动性或慢性 HBV、HCV 或 HIV 感染</translation>
        </message>
        <message>
            <source>Active or past malignancy</source>
            <translation type="vanished">现患或既往恶性肿瘤</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Actual date</source>
            <translation>实际日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Adverse events</source>
            <translation>不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Adverse events (paper back-up)</source>
            <translation>不良事件（纸质备用）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Adverse events ongoing or started since the last visit</source>
            <translation>持续中或自上次访视以来新发的不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Age at consent</source>
            <translation>知情同意时年龄</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>An item left unanswered stays empty; scales are scored by the application.</source>
            <translation>未作答的条目留空；量表得分由系统计算。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Answer</source>
            <translation>回复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Answer (tick one)</source>
            <translation>回答（勾选一项）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Answers: {answers}</source>
            <translation>回答：{answers}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Appendix: audit history</source>
            <translation>附录：稽查历史</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/reports/layout.py" />
            <source>Audit trail: head {head}, {n} entries</source>
            <comment>Audit trail: head {head}, {n} entry</comment>
            <translation>
                <numerusform>稽查轨迹：链头 {head}，{n} 条记录</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Baricitinib for steroid-resistant/relapsed immune thrombocytopenia (BAITP)</source>
            <translation>巴瑞替尼治疗激素耐药/复发免疫性血小板减少症（BAITP）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Baseline count</source>
            <translation>基线计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Baseline count: {count}. Several counts on one date count as the lowest.</source>
            <translation>基线计数：{count}。同一日期有多个计数时取最低值。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Best response</source>
            <translation>最佳疗效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Best response: {responses}. Reason stopped (none while ongoing): {reasons}.</source>
            <translation>最佳疗效：{responses}。停药原因（持续中则不填）：{reasons}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Blank CRF (paper back-up)</source>
            <translation>空白 CRF（纸质备用）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Bleeding event</source>
            <translation>出血事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Bleeding events</source>
            <translation>出血事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Bleeding events (grade ≥ {grade}, Day 1 to Day {last}): {n}</source>
            <translation>出血事件（≥ {grade} 级，第 1 天至第 {last} 天）：{n}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Block</source>
            <translation>区段</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>By signing I confirm: {meaning}.</source>
            <translation>我签名确认：{meaning}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>CTCAE grade</source>
            <translation>CTCAE 分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>CTCAE term</source>
            <translation>CTCAE 术语</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>CTCAE v5.0 term and grade 1–5. Related: not related / unlikely / possible / probable / definite. Action: none / interrupted / discontinued. For a serious AE also the date the site became aware and the date reported to the sponsor.</source>
            <translation>CTCAE v5.0 术语及 1–5 级。相关性：无关 / 可能无关 / 可能有关 / 很可能有关 / 肯定有关。措施：无 / 暂停给药 / 停药。严重不良事件还须填写研究中心获知日期和报告申办方日期。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/atomic_write.py" />
            <source>Cannot write {target}: {detail}</source>
            <translation>无法写入 {target}：{detail}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Casebook not signed; {n} of {total} visits signed and locked when printed, the rest may still change.</source>
            <translation>病例全册未签名；打印时 {total} 次访视中有 {n} 次已签名并锁定，其余数据仍可能更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Casebook signed by {name} at {when}: data locked when printed.</source>
            <translation>病例全册由 {name} 于 {when} 签名：打印时数据已锁定。</translation>
        </message>
        <message>
            <source>Chronic count &lt; 30 for 6 months with at least one failed treatment</source>
            <translation type="vanished">血小板计数 &lt; 30 持续 6 个月，至少一种治疗失败</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Compliance</source>
            <translation>服药依从性</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Condition</source>
            <translation>疾病</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Consent date</source>
            <translation>知情同意日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Contents</source>
            <translation>目录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Count ×10⁹/L</source>
            <translation>计数 ×10⁹/L</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Course</source>
            <translation>病程</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Covers</source>
            <translation>覆盖范围</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Criterion</source>
            <translation>标准</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_charts.py" />
            <source>Cumulative share responding (CR or R), Kaplan–Meier</source>
            <translation>累计缓解比例（CR 或 R），Kaplan–Meier 法</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Date and time</source>
            <translation>日期和时间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Date and time (YYYY-MM-DD hh:mm)</source>
            <translation>日期和时间（YYYY-MM-DD hh:mm）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Date entered on paper</source>
            <translation>纸质记录日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Date of ITP diagnosis</source>
            <translation>ITP 诊断日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Dates as YYYY-MM-DD; an unknown day of a known month is entered as the 15th.</source>
            <translation>日期格式为 YYYY-MM-DD；已知月份但日不详时填 15 日。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Day 1 (first dose)</source>
            <translation>第 1 天（首次给药）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Day 1 not set: the visit calendar starts with the first dose.</source>
            <translation>第 1 天未设定：访视日历从首次给药开始。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Day {days}</source>
            <translation>第 {days} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Day {first} to {last}</source>
            <translation>第 {first} 天至第 {last} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Day {first} to {last}: {start} to {end}</source>
            <translation>第 {first} 天至第 {last} 天：{start} 至 {end}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Day {first}–{last}</source>
            <translation>第 {first}–{last} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Day {n}</source>
            <translation>第 {n} 天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_charts.py" />
            <source>Days since Day 1</source>
            <translation>自第 1 天起的天数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Decision: interrupt / resume / discontinue (adverse event, participant's request, other).</source>
            <translation>决定：暂停 / 恢复 / 停药（不良事件、受试者要求、其他）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Definition {name} {version}</source>
            <translation>定义 {name} {version}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Discontinued</source>
            <translation>已停药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Dose</source>
            <translation>剂量</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Dose mg</source>
            <translation>剂量 mg</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Dose taken</source>
            <translation>已服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Dosing decision</source>
            <translation>给药决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Dosing decision or discontinuation</source>
            <translation>给药决定或停药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Dosing diary card, 28 days (paper back-up)</source>
            <translation>服药日记卡，28 天（纸质备用）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Dosing since the last visit</source>
            <translation>自上次访视以来的给药情况</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Drug</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Durable response (week 24)</source>
            <translation>持续缓解（第 24 周）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Duration of response (days)</source>
            <translation>缓解持续时间（天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Early response (Day 7)</source>
            <translation>早期缓解（第 7 天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Electronic signature (21 CFR Part 11): executed in baitp-desktop with the signer's key, opened with their password; it signs exactly the records this page prints and those its numbers are computed from, which it locked.</source>
            <translation>电子签名（21 CFR Part 11）：在 baitp-desktop 中用签名人的密钥（以其密码打开）执行；它签署的正是本页打印的记录及其数值所依据的记录，并已将这些记录锁定。</translation>
        </message>
        <message>
            <source>Electronic signature (21 CFR Part 11): executed in baitp-desktop with the signer's password, linked to these records; the records were locked by it.</source>
            <translation type="vanished">电子签名（21 CFR Part 11）：由签名人在 baitp-desktop 中使用本人密码完成，与这些记录关联；这些记录已因此锁定。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Eligible</source>
            <translation>符合入选条件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Eligible: every criterion is met.</source>
            <translation>符合入选条件：所有标准均满足。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Employed</source>
            <translation>在职</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>End (or unknown)</source>
            <translation>结束（或不详）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Endpoints</source>
            <translation>终点</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Endpoints are derived from the data, never typed in (protocol §7).</source>
            <translation>终点由数据自动推导，不手工录入（方案第 7 节）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Entered by (name)</source>
            <translation>录入人（姓名）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Every medication, also one started before consent; rescue therapy has its own log. Ongoing: no stop date (enter it when the medication stops).</source>
            <translation>记录每一种药物，包括知情同意前开始的药物；挽救治疗另有记录表。持续中：不填停止日期（停药时再填写）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Excluded when</source>
            <translation>排除条件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Expected</source>
            <translation>预期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Expected dosing days</source>
            <translation>预期服药天数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Expected dosing days leave out interruptions and the days after a severe adverse event or discontinuation; a complete block needs a dose taken on at least {minimum} of them.</source>
            <translation>预期服药天数不含暂停给药期，以及严重不良事件或停药之后的天数；完整区段要求其中至少 {minimum} 的天数已服药。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Explained findings ({n}): they stand, with the reasons given</source>
            <comment>Explained finding ({n}): it stands, with the reason given</comment>
            <translation>
                <numerusform>已说明的发现（{n}）：发现仍然成立，附说明理由</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Explanation</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Filled in by the participant at these visits: {visits}.</source>
            <translation>由受试者在以下访视时填写：{visits}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Finding</source>
            <translation>核查结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Findings</source>
            <translation>核查结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Findings as of {date}</source>
            <translation>截至 {date} 的核查结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Findings as of {date}.</source>
            <translation>截至 {date} 的核查结果。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Frequency</source>
            <translation>频次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Frequency: {codes}.</source>
            <translation>频次：{codes}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/layout.py" />
            <source>Generated {when} by baitp-desktop {version}</source>
            <translation>由 baitp-desktop {version} 于 {when} 生成</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Grade</source>
            <translation>分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>Grade {grade}: {meaning}</source>
            <translation>{grade} 级：{meaning}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Grades as CTCAE v5.0 (protocol §11); LLN from the protocol, ULN the lab's. Grade {grade} or higher needs an adverse event of the term.</source>
            <translation>分级依据 CTCAE v5.0（方案 §11）；LLN 取自方案，ULN 取自实验室。{grade} 级及以上需记录该术语的不良事件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>ITP duration at screening</source>
            <translation>筛选时 ITP 病程</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>ITP history and prior ITP therapies</source>
            <translation>ITP 病史和既往 ITP 治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>ITP history and prior ITP therapies (paper back-up)</source>
            <translation>ITP 病史和既往 ITP 治疗（纸质备份）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Inclusion and exclusion criteria</source>
            <translation>入选和排除标准</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Indication</source>
            <translation>适应证</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Initial response (Day 28)</source>
            <translation>初始缓解（第 28 天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Initials</source>
            <translation>姓名缩写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Instrument</source>
            <translation>量表工具</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Interrupted</source>
            <translation>暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Interrupted {first} to {last}</source>
            <translation>{first} 至 {last} 暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Interruption rule met on</source>
            <translation>符合暂停给药规则的日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Interruption rule met on {date}</source>
            <translation>{date} 符合暂停给药规则</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Interruptions and dosing decisions</source>
            <translation>暂停给药和给药决定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Investigator (printed name)</source>
            <translation>研究者（正楷姓名）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Investigator signature</source>
            <translation>研究者签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Items answered</source>
            <translation>已答条目</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Key results</source>
            <translation>主要结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>LLN</source>
            <translation>LLN</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>LLN (protocol)</source>
            <translation>LLN（方案）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Lab</source>
            <translation>检验项目</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Last message</source>
            <translation>最近留言</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Meaning</source>
            <translation>含义</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Medications started or stopped since the last visit</source>
            <translation>自上次访视以来开始或停止的药物</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Messages</source>
            <translation>留言</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Missed</source>
            <translation>漏服</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Missed (recorded)</source>
            <translation>漏服（已记录）</translation>
        </message>
        <message>
            <source>Myocardial infarction, unstable IHD, stroke, NYHA IV heart failure</source>
            <translation type="vanished">心肌梗死、不稳定型缺血性心脏病、卒中、NYHA IV 级心力衰竭</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>NOT VALID: a signature record for {scope} in the name of {name} ({user}, {when}) does not verify: {problem}. It is not an electronic signature.</source>
            <translation>无效：以 {name}（{user}，{when}）名义对 {scope} 的签名记录未通过核查：{problem}。它不是电子签名。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>NOT fulfilled</source>
            <translation>不满足</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Name (other)</source>
            <translation>名称（其他）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>No ITP history recorded.</source>
            <translation>未记录 ITP 病史。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>No adverse events recorded.</source>
            <translation>未记录不良事件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>No audit entries.</source>
            <translation>无稽查记录。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>No bleeding assessments recorded.</source>
            <translation>未记录出血评估。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>No diary entry</source>
            <translation>无日记记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>No end date while ongoing. Dates as YYYY-MM-DD.</source>
            <translation>持续中则不填结束日期。日期格式为 YYYY-MM-DD。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>No interruption and no dosing decision.</source>
            <translation>无暂停给药，也无给药决定。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>No laboratory panels recorded.</source>
            <translation>未记录实验室检查。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>No medications recorded.</source>
            <translation>未记录用药。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>No open findings.</source>
            <translation>无未处理的核查结果。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>No open queries.</source>
            <translation>无未关闭的质疑。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>No other medical history recorded.</source>
            <translation>未记录其他病史。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>No panel since the last visit.</source>
            <translation>自上次访视以来无实验室检查。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>No platelet count for this visit.</source>
            <translation>本次访视无血小板计数。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>No platelet counts recorded.</source>
            <translation>未记录血小板计数。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>No prior ITP therapy recorded.</source>
            <translation>未记录既往 ITP 治疗。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>No queries.</source>
            <translation>无质疑。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>No questionnaire definition is loaded.</source>
            <translation>未加载问卷定义。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>No questionnaire is due at this visit.</source>
            <translation>本次访视无需填写问卷。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>No questionnaires recorded.</source>
            <translation>未记录问卷。</translation>
        </message>
        <message>
            <source>No rescue therapy recorded.</source>
            <translation type="vanished">未记录挽救治疗。</translation>
        </message>
        <message>
            <source>No sustained response to full-dose corticosteroids, or relapse</source>
            <translation type="vanished">足量糖皮质激素治疗无持续缓解，或复发</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>None ongoing or started since the last visit.</source>
            <translation>无持续中或自上次访视以来新发的不良事件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>None recorded.</source>
            <translation>无记录。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>None since the last visit.</source>
            <translation>自上次访视以来无。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>None started or stopped since the last visit.</source>
            <translation>自上次访视以来无开始或停止的药物。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Not done</source>
            <translation>未检测</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Not dosed yet.</source>
            <translation>尚未给药。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Not dosed yet: there is no diary.</source>
            <translation>尚未给药：无服药日记。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Not eligible:</source>
            <translation>不符合入选条件：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Not signed when printed: the data may still change.</source>
            <translation>打印时未签名：数据仍可能更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>One page per panel, usually drawn with the visit's platelet count.</source>
            <translation>每次检查一页，通常与访视的血小板计数同时采血。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>One page per visit. Dates as YYYY-MM-DD; counts in ×10⁹/L (45 for 45,000/µL).</source>
            <translation>每次访视一页。日期格式为 YYYY-MM-DD；计数单位为 ×10⁹/L（45,000/µL 填 45）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>One row per day: tick taken with the dose in mg ({dose} mg planned), or missed.</source>
            <translation>每天一行：已服药请勾选并填写剂量 mg（计划 {dose} mg），或勾选漏服。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>One row per medication; add rows on another copy of this page.</source>
            <translation>每种药物一行；行数不够时使用本页的另一份复印件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Ongoing</source>
            <translation>持续中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Onset</source>
            <translation>发生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Open findings and queries</source>
            <translation>未处理的核查结果和质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Open queries</source>
            <translation>未关闭的质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Other counts in the window: {counts}</source>
            <translation>窗口期内的其他计数：{counts}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Other medical history</source>
            <translation>其他病史</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Other medical history (paper back-up)</source>
            <translation>其他病史（纸质备份）</translation>
        </message>
        <message>
            <source>Other serious/unstable illness (investigator's judgement)</source>
            <translation type="vanished">其他严重或不稳定的疾病（研究者判断）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Outcome</source>
            <translation>转归</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/layout.py" />
            <source>Page {n} of {total}</source>
            <translation>第 {n} 页，共 {total} 页</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Panel date</source>
            <translation>检查日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Panel of {date}: {visit}</source>
            <translation>{date} 的检查：{visit}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Paper back-up for an outage: enter these data into baitp-desktop as soon as it is available again.</source>
            <translation>系统停用期间的纸质备用：baitp-desktop 恢复可用后，请尽快将这些数据录入系统。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Participant</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Participant BAITP-______</source>
            <translation>受试者 BAITP-______</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Participant casebook</source>
            <translation>受试者病例全册</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Participant id</source>
            <translation>受试者编号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Participant {pid} ({initials})</source>
            <translation>受试者 {pid}（{initials}）</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Peking University People's Hospital, Beijing</source>
            <translation>北京大学人民医院（北京）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Period</source>
            <translation>时间段</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Platelet count</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Platelet count and response</source>
            <translation>血小板计数与疗效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Platelet count ×10⁹/L</source>
            <translation>血小板计数 ×10⁹/L</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Platelet counts</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/chart.py" />
            <source>Platelets ×10⁹/L (log scale)</source>
            <translation>血小板 ×10⁹/L（对数刻度）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_charts.py" />
            <source>Platelets ×10⁹/L (log scale), visit counts of every dosed participant</source>
            <translation>血小板 ×10⁹/L（对数刻度），全部已给药受试者的访视计数</translation>
        </message>
        <message>
            <source>Pregnancy or lactation</source>
            <translation type="vanished">妊娠或哺乳期</translation>
        </message>
        <message>
            <source>Primary ITP confirmed by excluding other causes</source>
            <translation type="vanished">排除其他原因后确诊为原发免疫性血小板减少症</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Prior ITP therapies</source>
            <translation>既往 ITP 治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Prior and concomitant medications</source>
            <translation>既往和合并用药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Prior and concomitant medications (paper back-up)</source>
            <translation>既往和合并用药（纸质备份）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Protocol</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Protocol list</source>
            <translation>方案清单</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Quality of life (ITP-PAQ)</source>
            <translation>生活质量（ITP-PAQ）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Quality of life questionnaire</source>
            <translation>生活质量问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Quality of life questionnaire ITP-PAQ (paper back-up)</source>
            <translation>生活质量问卷 ITP-PAQ（纸质备份）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Queries</source>
            <translation>质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Questionnaire date</source>
            <translation>问卷日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Questionnaire due: not done yet (window open).</source>
            <translation>问卷待填：尚未完成（窗口期未结束）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Questionnaire missing: none was done for this visit.</source>
            <translation>问卷缺失：本次访视未填写问卷。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Questionnaire of {date}</source>
            <translation>{date} 的问卷</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Reason stopped</source>
            <translation>停药原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Related</source>
            <translation>相关性</translation>
        </message>
        <message>
            <source>Rescue therapy</source>
            <translation type="vanished">挽救治疗</translation>
        </message>
        <message>
            <source>Rescue therapy since the last visit</source>
            <translation type="vanished">自上次访视以来的挽救治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Resolved</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Resolved / ongoing</source>
            <translation>结束 / 持续中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Response</source>
            <translation>疗效</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Response at a count with a same-date bleeding grade: CR count {cr} and grade 0; R count {r} and ≥ {multiple} × baseline and grade 0; otherwise NR; NE without a grade.</source>
            <translation>疗效按有同日出血分级的计数判定：CR 为计数 {cr} 且出血 0 级；R 为计数 {r}、≥ {multiple} × 基线且出血 0 级；否则为 NR；无分级时为 NE。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Route</source>
            <translation>途径</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Route, frequency</source>
            <translation>途径、频次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Route: {codes}.</source>
            <translation>途径：{codes}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Safety laboratory panel</source>
            <translation>安全性实验室检查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Safety laboratory panel (paper back-up)</source>
            <translation>安全性实验室检查（纸质备份）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Safety laboratory panels</source>
            <translation>安全性实验室检查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Scale</source>
            <translation>量表</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Score (0–100)</source>
            <translation>得分（0–100）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Screening and eligibility</source>
            <translation>筛选和入选资格</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Screening and eligibility (paper back-up)</source>
            <translation>筛选和入选资格（纸质备用）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Screening count</source>
            <translation>筛选计数</translation>
        </message>
        <message>
            <source>Screening count &lt; 30, or &lt; 50 with significant bleeding (derived)</source>
            <translation type="vanished">筛选计数 &lt; 30，或有明显出血时 &lt; 50（自动判定）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Screening count ×10⁹/L</source>
            <translation>筛选计数 ×10⁹/L</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Screening date</source>
            <translation>筛选日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Screening labs (E11)</source>
            <translation>筛选实验室检查（E11）</translation>
        </message>
        <message>
            <source>Screening labs outside the limits (derived)</source>
            <translation type="vanished">筛选实验室检查超出限值（自动判定）</translation>
        </message>
        <message>
            <source>Secondary ITP (HIV, HCV, H. pylori, autoimmune disease)</source>
            <translation type="vanished">继发性 ITP（HIV、HCV、幽门螺杆菌、自身免疫性疾病）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Serious</source>
            <translation>严重</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Serious (aware, reported)</source>
            <translation>严重（获知、报告）</translation>
        </message>
        <message>
            <source>Serious infection, current or &lt; 4 weeks before screening</source>
            <translation type="vanished">严重感染，目前或筛选前 &lt; 4 周内</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Signature status</source>
            <translation>签名状态</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Signatures</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Signed by</source>
            <translation>签名人</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Significant bleeding</source>
            <translation>明显出血</translation>
        </message>
        <message>
            <source>Significant thrombosis &lt; 24 weeks, or anticoagulation not controlled</source>
            <translation type="vanished">&lt; 24 周内有明显血栓形成，或抗凝治疗未控制</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Signing key</source>
            <translation>签名密钥</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Since last visit</source>
            <translation>自上次访视以来</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Site</source>
            <translation>研究中心</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Source data verified</source>
            <translation>源数据已核查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Source data verified by {name} at {when}.</source>
            <translation>由 {name} 于 {when} 完成源数据核查。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Splenectomy</source>
            <translation>脾切除</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Start (or unknown)</source>
            <translation>开始（或不详）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Status on {date}</source>
            <translation>{date} 的状态</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Stop / ongoing</source>
            <translation>停止 / 持续中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_report.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>Study</source>
            <translation>研究</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/chart.py" />
            <location filename="../../baitp_desktop/reports/outcomes_charts.py" />
            <source>Study day</source>
            <translation>研究日</translation>
        </message>
        <message>
            <source>Symptomatic herpes zoster &lt; 12 weeks before screening</source>
            <translation type="vanished">筛选前 &lt; 12 周内有症状性带状疱疹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Taken</source>
            <translation>已服</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Taken %</source>
            <translation>服药率 %</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Taken when not expected</source>
            <translation>非预期服药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Test</source>
            <translation>检验项目</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>The casebook was not signed electronically when printed.</source>
            <translation>打印时病例全册未经电子签名。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>The data changed after verification.</source>
            <translation>核查后数据已更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/fonts.py" />
            <source>The report font {path} cannot be read ({detail}); reinstall baitp-desktop or restore the resources/fonts folder.</source>
            <translation>无法读取报告字体 {path}（{detail}）；请重新安装 baitp-desktop 或恢复 resources/fonts 文件夹。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Therapy</source>
            <translation>治疗</translation>
        </message>
        <message>
            <source>Therapy (IVIG, platelet transfusion, corticosteroids, TPO-RA, other)</source>
            <translation type="vanished">治疗（IVIG、血小板输注、糖皮质激素、TPO-RA、其他）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Therapy: {codes}.</source>
            <translation>治疗：{codes}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>This visit was not signed electronically when printed.</source>
            <translation>打印时本次访视未经电子签名。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Tick one box per criterion. I4 and E11 are derived by the application.</source>
            <translation>每项标准勾选一个方框。I4 和 E11 由应用程序自动判定。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Time to response (days)</source>
            <translation>至缓解时间（天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Treatment and diary by 28-day block</source>
            <translation>按 28 天区段的治疗和日记</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>ULN</source>
            <translation>ULN</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>ULN (lab's)</source>
            <translation>ULN（实验室）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/model.py" />
            <source>Unknown visit {visit!r}; the visits are: {known}.</source>
            <translation>未知访视 {visit!r}；可用的访视为：{known}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Unscheduled count</source>
            <translation>计划外计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>Used for</source>
            <translation>用于</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>Values</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <source>Values in the units shown (hemoglobin in g/dL, counts per µL, not ×10⁹/L). A test not done: tick the box and leave its value and ULN empty. The application grades each value (CTCAE v5.0).</source>
            <translation>按所示单位填写（血红蛋白用 g/dL，细胞计数用 /µL，而非 ×10⁹/L）。未检测的项目：勾选方框，数值和 ULN 留空。系统会对每个数值分级（CTCAE v5.0）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Visit (paper back-up)</source>
            <translation>访视（纸质备用）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>Visit date</source>
            <translation>访视日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Visit signed by {name} at {when}: its data were locked when printed.</source>
            <translation>访视由 {name} 于 {when} 签名：打印时其数据已锁定。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Visit summary: {visit}</source>
            <translation>访视小结：{visit}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Voided signatures</source>
            <translation>已作废的签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>WHO bleeding</source>
            <translation>WHO 出血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>WHO bleeding grade</source>
            <translation>WHO 出血分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>WHO bleeding grade (same date as the count)</source>
            <translation>WHO 出血分级（与计数同日）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>WHO grade</source>
            <translation>WHO 分级</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>Whole casebook</source>
            <translation>病例全册</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>Window</source>
            <translation>窗口期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>With the screening form. One row per condition.</source>
            <translation>随筛选表填写。每种疾病一行。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>With the screening form. One row per prior ITP therapy.</source>
            <translation>随筛选表填写。每项既往 ITP 治疗一行。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Worst AE grade (Day 1 to Day 168)</source>
            <translation>最严重不良事件分级（第 1 天至第 168 天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>Worst lab grades (Day 1 to Day 168)</source>
            <translation>最差检验分级（第 1 天至第 168 天）</translation>
        </message>
        <message>
            <source>Written informed consent; agrees to the schedule</source>
            <translation type="vanished">签署书面知情同意书；同意访视计划</translation>
        </message>
        <message>
            <source>adverse event</source>
            <translation type="vanished">不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>answered</source>
            <translation>已回复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>aware {aware}
reported {reported}</source>
            <translation>获知 {aware}
报告 {reported}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/chart.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>before Day 1</source>
            <translation>第 1 天之前</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>below {minimum}</source>
            <translation>低于 {minimum}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>changed</source>
            <translation>已修改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>complete response</source>
            <translation type="vanished">完全缓解</translation>
        </message>
        <message>
            <source>debilitating blood loss (retinal, cerebral, or fatal)</source>
            <translation type="vanished">致残性失血（视网膜、脑或致命性）</translation>
        </message>
        <message>
            <source>definite</source>
            <translation type="vanished">肯定有关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>discontinued</source>
            <translation type="vanished">停药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>entered</source>
            <translation>已录入</translation>
        </message>
        <message>
            <source>fatal</source>
            <translation type="vanished">死亡</translation>
        </message>
        <message>
            <source>female</source>
            <translation type="vanished">女</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>fingerprint {key}</source>
            <translation>指纹 {key}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>fulfilled</source>
            <translation>满足</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>grade 0 for every analyte measured</source>
            <translation>所有已检测项目均为 0 级</translation>
        </message>
        <message>
            <source>gross blood loss needing transfusion</source>
            <translation type="vanished">需要输血的大量失血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>in progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_charts.py" />
            <source>interquartile range</source>
            <translation>四分位距</translation>
        </message>
        <message>
            <source>interrupt</source>
            <translation type="vanished">暂停</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/chart.py" />
            <source>interrupted</source>
            <translation>暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/chart.py" />
            <source>interruption rule met</source>
            <translation>符合暂停给药规则</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>lab's unit</source>
            <translation>该实验室的单位</translation>
        </message>
        <message>
            <source>major</source>
            <translation type="vanished">重大</translation>
        </message>
        <message>
            <source>male</source>
            <translation type="vanished">男</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_charts.py" />
            <source>median at each visit</source>
            <translation>各访视中位数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>met</source>
            <translation>满足</translation>
        </message>
        <message>
            <source>mild blood loss (clinically significant)</source>
            <translation type="vanished">轻度失血（有临床意义）</translation>
        </message>
        <message>
            <source>minor</source>
            <translation type="vanished">轻微</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_charts.py" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>no bleeding</source>
            <translation type="vanished">无出血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>no count in the window (missed visit)</source>
            <translation>窗口期内无计数（访视缺失）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>no panel from Day 1 to Day 168</source>
            <translation>第 1 天至第 168 天无检查</translation>
        </message>
        <message>
            <source>no response</source>
            <translation type="vanished">无缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>none (no count on or before Day 1)</source>
            <translation>无（第 1 天或之前无计数）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>none: made before signing keys existed, protected by the audit trail only</source>
            <translation>无：签于签名密钥启用之前，仅受审计轨迹保护</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>not a response assessment (before Day 1)</source>
            <translation>不作疗效评估（第 1 天之前）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>not answered</source>
            <translation>未填写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>not done</source>
            <translation>未检测</translation>
        </message>
        <message>
            <source>not evaluable (no bleeding grade on the same date)</source>
            <translation type="vanished">不可评估（同日无出血分级）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>not evaluable yet</source>
            <translation>尚不可评估</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>not judged</source>
            <translation>未判断</translation>
        </message>
        <message>
            <source>not recovered</source>
            <translation type="vanished">未恢复</translation>
        </message>
        <message>
            <source>not related</source>
            <translation type="vanished">无关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>not scored: its definition is not loaded</source>
            <translation>未计分：未加载其定义</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>not signed</source>
            <translation>未签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>not used for a QoL visit</source>
            <translation>未用于生活质量访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <source>not verified</source>
            <translation>未核查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>not yet due</source>
            <translation>尚未到期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_charts.py" />
            <source>one participant</source>
            <translation>一名受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <location filename="../../baitp_desktop/reports/sections.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>ongoing</source>
            <translation>持续中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>open</source>
            <translation>未关闭</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>participant's request</source>
            <translation type="vanished">受试者要求</translation>
        </message>
        <message>
            <source>petechiae, ecchymoses, mild bleeding</source>
            <translation type="vanished">瘀点、瘀斑、轻度出血</translation>
        </message>
        <message>
            <source>possible</source>
            <translation type="vanished">可能有关</translation>
        </message>
        <message>
            <source>probable</source>
            <translation type="vanished">很可能有关</translation>
        </message>
        <message>
            <source>query</source>
            <translation type="vanished">质疑</translation>
        </message>
        <message>
            <source>recovered</source>
            <translation type="vanished">已恢复</translation>
        </message>
        <message>
            <source>recovered with sequelae</source>
            <translation type="vanished">已恢复，有后遗症</translation>
        </message>
        <message>
            <source>recovering</source>
            <translation type="vanished">恢复中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/chart.py" />
            <source>rescue therapy</source>
            <translation>挽救治疗</translation>
        </message>
        <message>
            <source>response</source>
            <translation type="vanished">缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/outcomes_charts.py" />
            <source>response thresholds</source>
            <translation>疗效阈值</translation>
        </message>
        <message>
            <source>resume</source>
            <translation type="vanished">恢复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>too few answers</source>
            <translation>回答过少</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>unlikely</source>
            <translation type="vanished">可能无关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>verified when printed</source>
            <translation>打印时已核查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>window open, no count yet</source>
            <translation>窗口期已开始，尚无计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>within limits</source>
            <translation>在限值内</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <location filename="../../baitp_desktop/reports/blank_crf_forms.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>yes, {date}</source>
            <translation>是，{date}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{count} ×10⁹/L</source>
            <translation>{count} ×10⁹/L</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{count} ×10⁹/L on {date}</source>
            <translation>{count} ×10⁹/L（{date}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>{date} ({day})</source>
            <translation>{date}（{day}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{date}: {count}</source>
            <translation>{date}：{count}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/blank_crf.py" />
            <source>{field} ({choices})</source>
            <translation>{field}（{choices}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{form} since the last visit</source>
            <translation>上次访视以来的{form}</translation>
        </message>
        <message>
            <source>{major} major, {minor} minor, {query} queries</source>
            <translation type="vanished">重大 {major}，轻微 {minor}，质疑 {query}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>{name} (user {user})</source>
            <translation>{name}（用户 {user}）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/reports/audit_appendix.py" />
            <source>{n} audit entries, oldest first; the fields of one record saved together are shown in one row. Times in {zone}.</source>
            <comment>{n} audit entry; the fields of one record saved together are shown in one row. Times in {zone}.</comment>
            <translation>
                <numerusform>共 {n} 条稽查记录，按时间先后排列；同一记录一次保存的字段显示在同一行。时间为 {zone}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/reports/visit_summary.py" />
            <source>{n} days ({percent})</source>
            <comment>{n} day ({percent})</comment>
            <translation>
                <numerusform>{n} 天（{percent}）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>{n} months ({years} years)</source>
            <comment>{n} month ({years} years)</comment>
            <translation>
                <numerusform>{n} 个月（{years} 年）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>{n} of {total}</source>
            <translation>{n} / {total}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/screening.py" />
            <source>{n} years</source>
            <translation>{n} 岁</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>{open}; {n} explained</source>
            <translation>{open}；已说明 {n} 项</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>{pid}, initials {initials}</source>
            <translation>{pid}，姓名缩写 {initials}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>{route}, {frequency}</source>
            <translation>{route}，{frequency}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>{scope} — signed by {name} at {signed}; voided by {by} at {voided}: {reason}</source>
            <translation>{scope} — 由 {name} 于 {signed} 签名；由 {by} 于 {voided} 作废：{reason}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>{visit}: records dated {first} to {last}</source>
            <translation>{visit}：{first} 至 {last} 的记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>{visit}: the screening form</source>
            <translation>{visit}：筛选表</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/signature_block.py" />
            <source>{visit}: what its summary prints (since the last visit: {first} to {last}) and the records its numbers are computed from</source>
            <translation>{visit}：其小结打印的内容（自上次访视起：{first} 至 {last}）及其数值所依据的记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/sections.py" />
            <source>{when} {name}: {text}</source>
            <translation>{when} {name}：{text}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/labels.py" />
            <source>… {n} more</source>
            <translation>…另外 {n} 条</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/reports/form_sections.py" />
            <source>■ prohibited, ● caution: on the protocol's lists (§10), whatever the dates.</source>
            <translation>■ 禁用，● 慎用：列于方案清单（§10），与日期无关。</translation>
        </message>
    </context>
    <context>
        <name>Rescue</name>
        <message>
            <source>Cancel edit</source>
            <translation type="vanished">取消编辑</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation type="vanished">清空</translation>
        </message>
        <message>
            <source>Corticosteroids</source>
            <translation type="vanished">糖皮质激素</translation>
        </message>
        <message>
            <source>Da&amp;te</source>
            <translation type="vanished">日期(&amp;T)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="vanished">日期</translation>
        </message>
        <message>
            <source>Delete rescue…</source>
            <translation type="vanished">删除挽救治疗…</translation>
        </message>
        <message>
            <source>Deleted rescue therapy {number}.</source>
            <translation type="vanished">已删除第 {number} 条挽救治疗。</translation>
        </message>
        <message>
            <source>IVIG</source>
            <translation type="vanished">IVIG</translation>
        </message>
        <message>
            <source>Other (specify)</source>
            <translation type="vanished">其他（请注明）</translation>
        </message>
        <message>
            <source>Platelet transfusion</source>
            <translation type="vanished">血小板输注</translation>
        </message>
        <message>
            <source>Rescue not saved: correct the fields marked in red.</source>
            <translation type="vanished">挽救治疗未保存：请更正标红的字段。</translation>
        </message>
        <message>
            <source>Rescue not saved: no reason for the change was given.</source>
            <translation type="vanished">挽救治疗未保存：未填写修改原因。</translation>
        </message>
        <message>
            <source>Rescue therapy</source>
            <translation type="vanished">挽救治疗</translation>
        </message>
        <message>
            <source>Rescue therapy · changing rescue {number}</source>
            <translation type="vanished">挽救治疗 · 正在修改第 {number} 条</translation>
        </message>
        <message>
            <source>Save or cancel the rescue therapy being entered first.</source>
            <translation type="vanished">请先保存或取消正在录入的挽救治疗。</translation>
        </message>
        <message>
            <source>Save rescue</source>
            <translation type="vanished">保存挽救治疗</translation>
        </message>
        <message>
            <source>Saved the rescue therapy of {date}.</source>
            <translation type="vanished">已保存 {date} 的挽救治疗。</translation>
        </message>
        <message>
            <source>Study day</source>
            <translation type="vanished">研究日</translation>
        </message>
        <message>
            <source>T&amp;herapy</source>
            <translation type="vanished">治疗(&amp;H)</translation>
        </message>
        <message>
            <source>TPO receptor agonists</source>
            <translation type="vanished">TPO 受体激动剂</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation type="vanished">治疗</translation>
        </message>
        <message>
            <source>required: which therapy</source>
            <translation type="vanished">必填：何种治疗</translation>
        </message>
        <message>
            <source>which therapy</source>
            <translation type="vanished">何种治疗</translation>
        </message>
    </context>
    <context>
        <name>Restore</name>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>&amp;Backup file:</source>
            <translation>备份文件(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>&amp;Choose…</source>
            <translation>选择(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>&amp;Restore from a backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Administrator:</source>
            <translation>管理员：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Choose a backup</source>
            <translation>选择备份</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Choose the backup file to restore.</source>
            <translation>请选择要恢复的备份文件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Database backups (*.sqlite *.db);;All files (*)</source>
            <translation>数据库备份 (*.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>Restored {file} (checked: {checks} checks passed). The database it replaced was kept as {kept}. baitp-desktop closes now; start it again to work on the restored data.</source>
            <translation>已恢复 {file}（检查：{checks} 项检查通过）。被替换的数据库已保存为 {kept}。baitp-desktop 现在将关闭；请重新启动以使用恢复后的数据。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/restore.py" />
            <source>Restoring needs an administrator's sign-in: {reason}</source>
            <translation>恢复需要管理员登录：{reason}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/restore.py" />
            <source>Restoring replaces the database: sign in as an administrator (--user NAME, password from BAITP_PASSWORD or a prompt).</source>
            <translation>恢复将替换数据库：请以管理员身份登录（--user NAME，密码取自 BAITP_PASSWORD 或提示输入）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/trail_actions.py" />
            <source>{name} is replaced by the backup once the backup has passed every check of `baitp verify`; the database it replaces is kept next to it (before-restore), and the audit trail records the restore. Close baitp-desktop on the other workstations first.</source>
            <translation>备份通过 `baitp verify` 的全部检查后，{name} 将被备份替换；被替换的数据库保存在其旁边（before-restore），稽查轨迹会记录此次恢复。请先关闭其他工作站上的 baitp-desktop。</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>Investigator</source>
            <translation>研究者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>Monitor</source>
            <translation>监查员</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>Nurse</source>
            <translation>护士</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>answer queries</source>
            <translation>回复质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>close queries</source>
            <translation>关闭质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>enter or change CRF data</source>
            <translation>录入或修改 CRF 数据</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>explain findings or withdraw explanations</source>
            <translation>说明核查结果或撤回说明</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>import data</source>
            <translation>导入数据</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>manage user accounts</source>
            <translation>管理用户账户</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>mark source data verified</source>
            <translation>标记源数据已核查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>raise queries</source>
            <translation>发起质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>restore the database or acknowledge audit-trail warnings</source>
            <translation>恢复数据库或确认稽查轨迹警告</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>sign</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>unlock signed data</source>
            <translation>解锁已签名的数据</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>{user} ({role}) may not {doing}; nothing was changed.</source>
            <translation>{user}（{role}）无权{doing}；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/roles.py" />
            <source>{user} signed in with a temporary password and may only change it (in the application, or baitp --user {user} user passwd); nothing was changed.</source>
            <translation>{user} 使用临时密码登录，只能更改该密码（在应用程序中，或 baitp --user {user} user passwd）；未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>SDV</name>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>No active SDV mark {id}.</source>
            <translation>没有有效的源数据核查标记 {id}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>Source data verified</source>
            <translation>源数据已核查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>Verified again after the data changed</source>
            <translation>数据更改后已重新核查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>a reason is required</source>
            <translation>必须填写原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>no visit {visit} (scheduled visits need Day 1)</source>
            <translation>没有访视 {visit}（计划访视需要先设定第 1 天）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/sdv.py" />
            <source>{pid} visit {visit} is already verified and unchanged.</source>
            <translation>{pid} 的访视 {visit} 已核查且未更改。</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Adverse event</source>
            <translation>不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Age {age} on the consent date</source>
            <translation>知情同意日年龄 {age} 岁</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_values.py" />
            <source>Age: birth date and consent date needed</source>
            <translation>年龄：需要出生日期和知情同意日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Consent date</source>
            <translation>知情同意日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Day 1 (first dose)</source>
            <translation>第 1 天（首次给药）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Discontinuation</source>
            <translation>终止治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_values.py" />
            <source>Eligible</source>
            <translation>符合入选条件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Enrol: set Day 1 to today</source>
            <translation>入组：将第 1 天设为今天</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Enrolment and visit calendar</source>
            <translation>入组和访视日历</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Excluded when</source>
            <translation>排除条件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Exclusion (all must be No)</source>
            <translation>排除标准（须全部为“否”）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Hide the reasons</source>
            <translation>收起原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_values.py" />
            <source>ITP history:</source>
            <translation>ITP 病史：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_values.py" />
            <source>ITP history: {reason}</source>
            <translation>ITP 病史：{reason}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Inclusion (all must be Yes)</source>
            <translation>入选标准（须全部为“是”）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Initials</source>
            <translation>姓名缩写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Lab's ULN</source>
            <translation>该实验室 ULN</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening_values.py" />
            <source>Not eligible:</source>
            <translation>不符合入选条件：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Participant</source>
            <translation>受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Participant's request</source>
            <translation>受试者要求</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Platelet count</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Save screening</source>
            <translation>保存筛选</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening</source>
            <translation>筛选</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening date</source>
            <translation>筛选日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening labs (E11)</source>
            <translation>筛选实验室检查（E11）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening number</source>
            <translation>筛选编号</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Screening visit</source>
            <translation>筛选访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Sex (F/M)</source>
            <translation>性别（F/M）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Show the reasons</source>
            <translation>查看原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Significant bleeding</source>
            <translation>明显出血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>The visit calendar appears once Day 1 is set.</source>
            <translation>设定第 1 天后会显示访视日历。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>absent</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>met</source>
            <translation>满足</translation>
        </message>
        <message>
            <source>no lab outside the limits</source>
            <translation type="vanished">无超出限值的检验项目</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>not met</source>
            <translation>不满足</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>present</source>
            <translation>存在</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/tabs/screening_values.py" />
            <source>{n} reasons</source>
            <comment>{n} reason</comment>
            <translation>
                <numerusform>{n} 项原因</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/screening.py" />
            <source>×10⁹/L</source>
            <translation>×10⁹/L</translation>
        </message>
    </context>
    <context>
        <name>Service</name>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>A reason for the change is required: {records}</source>
            <translation>必须填写修改原因：{records}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>Imported from a bundle</source>
            <translation>从数据包导入</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>Initial entry</source>
            <translation>首次录入</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>New participant</source>
            <translation>新增受试者</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/queries.py" />
            <location filename="../../baitp_desktop/service/sdv.py" />
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>No participant {pid} in this database.</source>
            <translation>本数据库中没有受试者 {pid}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>That record no longer exists; reload the participant.</source>
            <translation>该记录已不存在；请重新加载该受试者。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>already in this database; nothing was imported</source>
            <translation>本数据库中已存在；未导入任何内容</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>{pid} already exists</source>
            <translation>{pid} 已存在</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/study_service.py" />
            <source>{pid} was changed by {user} at {time} after you opened it. Reload to see that change; nothing was overwritten.</source>
            <translation>{pid} 在您打开后已被 {user} 于 {time} 修改。请重新加载以查看该修改；未覆盖任何内容。</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../../baitp_desktop/gui/style.py" />
            <source>Major</source>
            <translation>重大</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/style.py" />
            <source>Minor</source>
            <translation>轻微</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/style.py" />
            <source>Query</source>
            <translation>质疑</translation>
        </message>
    </context>
    <context>
        <name>Sign</name>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>&amp;Sign</source>
            <translation>签名(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>Electronic signature</source>
            <translation>电子签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>Key {key}</source>
            <translation>密钥 {key}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>Meaning:</source>
            <translation>签名含义：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>NOT VALID: {problem}</source>
            <translation>无效：{problem}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>No signing key: made before signing keys existed (audit trail only).</source>
            <translation>无签名密钥：签于签名密钥启用之前（仅审计轨迹保护）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>Printed name:</source>
            <translation>正楷姓名：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>Signed by {name} ({user}) on {when} UTC — “{meaning}”</source>
            <translation>由 {name}（{user}）于 {when} UTC 签名 —“{meaning}”</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>Signing key:</source>
            <translation>签名密钥：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>Signing locks this data: changing it later needs an unlock with a reason, which voids the signature.</source>
            <translation>签名会锁定这些数据：以后修改需要填写原因解锁，解锁会使签名作废。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>The whole casebook of {pid}: every form and record.</source>
            <translation>{pid} 的病例全册：所有表格和记录。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>VOID since {when} UTC, by {by}: {why}</source>
            <translation>自 {when} UTC 起作废，操作人 {by}：{why}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>You sign:</source>
            <translation>您签署的是：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>every form and record</source>
            <translation>所有表格和记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>none yet: your password makes it when you sign</source>
            <translation>尚无：签名时由您的密码生成</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>records dated {first} to {last}</source>
            <translation>日期为 {first} 至 {last} 的记录</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>since the last visit: {first} to {last}</source>
            <translation>自上次访视起：{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>the screening form</source>
            <translation>筛选表</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>verified</source>
            <translation>已核查</translation>
        </message>
        <message>
            <source>{visit} of {pid}: the records dated {first} to {last}.</source>
            <translation type="vanished">{pid} 的{visit}：{first} 至 {last} 的记录。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>{visit} of {pid}: the screening form.</source>
            <translation>{pid} 的{visit}：筛选表。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/sign_dialog.py" />
            <source>{visit} of {pid}: what its visit summary prints — the counts of its window, its WHO grade, and the diary, dosing decisions, adverse events and rescue therapy since the last visit ({first} to {last}) — and the records those numbers are computed from (Day 1, earlier counts and dosing decisions).</source>
            <translation>{pid} 的{visit}：其访视小结打印的内容——访视窗内的计数、WHO 分级，以及自上次访视起（{first} 至 {last}）的日记、给药决定、不良事件和挽救治疗——以及这些数值所依据的记录（第 1 天、之前的计数和给药决定）。</translation>
        </message>
    </context>
    <context>
        <name>Signature</name>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>Electronic signature</source>
            <translation>电子签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signatures.py" />
            <source>I have reviewed the data in this CRF and confirm it is accurate and complete</source>
            <translation>我已审阅本 CRF 中的数据，确认其准确、完整</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>No signature {id}.</source>
            <translation>没有签名 {id}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signatures.py" />
            <source>Nothing is recorded for {visit} (no count in its window, no diary day, WHO grade, dosing decision, adverse event or rescue therapy since the last visit): there is nothing to sign.</source>
            <translation>{visit}尚无任何记录（访视窗内无计数，自上次访视起无日记、WHO 分级、给药决定、不良事件或挽救治疗）：没有可签署的内容。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>Signature {id} is already void.</source>
            <translation>签名 {id} 已作废。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signatures.py" />
            <source>The screening form is empty: there is nothing to sign.</source>
            <translation>筛选表为空：没有可签署的内容。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signatures.py" />
            <source>The window of {visit} opens on {date}: it cannot be signed before.</source>
            <translation>{visit}的访视窗于 {date} 开始：在此之前不能签署。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>a reason is required to unlock signed data</source>
            <translation>解锁已签名的数据需要填写原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>it has no cryptographic signature, yet it was made after signing keys came into use: the application did not make it</source>
            <translation>它没有加密签名，却签于签名密钥启用之后：它不是本程序生成的</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>it has no entry in the audit trail: the application did not make it</source>
            <translation>它在审计轨迹中没有记录：它不是本程序生成的</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>it was made with the key of {owner}, not of {user}</source>
            <translation>它是用 {owner} 的密钥签署的，而不是 {user} 的</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>its Ed25519 signature does not verify with the signer's key: the signature, its participant or what it says was altered</source>
            <translation>其 Ed25519 签名无法用签名人的密钥验证：签名、其受试者或其内容已被篡改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>its key {key} is not recorded in the audit trail</source>
            <translation>其密钥 {key} 未记录在审计轨迹中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>its key {key} was added while the account's key {other} was still in use, which the application never does</source>
            <translation>其密钥 {key} 是在该账户的密钥 {other} 仍在使用时添加的，本程序从不这样做</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>its key {key} was not in use when it was made</source>
            <translation>签署时其密钥 {key} 并未启用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>made before signing keys existed: protected by the audit chain only, not cryptographically</source>
            <translation>签于签名密钥启用之前：仅受审计链保护，没有加密保护</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>no visit {visit} to sign (scheduled visits need Day 1, the first dose date)</source>
            <translation>没有可签名的访视 {visit}（计划访视需要第 1 天，即首次给药日期）</translation>
        </message>
        <message>
            <source>signature {id} of {pid} ({what}): the signed data changed after signing without an unlock</source>
            <translation type="vanished">{pid} 的签名 {id}（{what}）：签名后数据在未解锁的情况下被修改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>signature {id} of {pid} ({what}): {problem}</source>
            <translation>{pid} 的签名 {id}（{what}）：{problem}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>the account {user} is not in the audit trail</source>
            <translation>账户 {user} 不在审计轨迹中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>the account {user} was deactivated when it was made</source>
            <translation>签署时账户 {user} 已停用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/locks.py" />
            <source>the casebook signature</source>
            <translation>病例全册签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>the key recorded as {key} does not have that fingerprint</source>
            <translation>记录为 {key} 的密钥并不具有该指纹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>the key {key} in the key table differs from the key the audit trail recorded</source>
            <translation>密钥表中的密钥 {key} 与审计轨迹记录的密钥不同</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/locks.py" />
            <source>the signature of visit {visit}</source>
            <translation>访视 {visit} 的签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>the signatures of {pid} cannot be checked: a stored value cannot be read ({detail})</source>
            <translation>无法核对 {pid} 的签名：某个已存储的值无法读取（{detail}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>the signed data changed after signing without an unlock</source>
            <translation>已签署的数据在签署后未经解锁即被更改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>what it covers cannot be read</source>
            <translation>无法读取其覆盖范围</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>{pid} changed while signing; look at the visit again and sign.</source>
            <translation>{pid} 在签署过程中被更改；请重新查看该访视后再签署。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/signatures.py" />
            <source>{pid} is already signed: {signature}.</source>
            <translation>{pid} 已签名：{signature}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/locks.py" />
            <source>{record} is locked by {signature}. An investigator must unlock it first (Unlock… with a reason); unlocking voids that signature. Nothing was changed.</source>
            <translation>{record} 已被 {signature} 锁定。须由研究者先解锁（“解锁…”并填写原因）；解锁会使该签名作废。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signature_evidence.py" />
            <source>{user} could not sign when it was made (role {role} in the audit trail)</source>
            <translation>签署时 {user} 无权签名（审计轨迹中的角色为 {role}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/signatures.py" />
            <source>{visit} has no platelet count yet and its window is open until {date}: sign it once its count is entered or its window has closed.</source>
            <translation>{visit}尚无血小板计数，其访视窗开放至 {date}：请在录入计数或访视窗关闭后签署。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/locks.py" />
            <source>{what} by {name} ({user}, {when} UTC)</source>
            <translation>{what}，签名人 {name}（{user}，{when} UTC）</translation>
        </message>
    </context>
    <context>
        <name>Signatures</name>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>&amp;Sign…</source>
            <translation>签名(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>&amp;Unlock…</source>
            <translation>解锁(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>&amp;Withdraw verification…</source>
            <translation>撤销核查(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>All signatures, voided ones included:</source>
            <translation>全部签名（包括已作废的）：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Dates covered</source>
            <translation>覆盖日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Every signature means: “{meaning}”</source>
            <translation>每个签名的含义：“{meaning}”</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Mark source &amp;verified</source>
            <translation>标记源数据已核查(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>NOT VALID — {signature}</source>
            <translation>无效——{signature}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Signature</source>
            <translation>签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Signatures and source verification — {pid}</source>
            <translation>签名和源数据核查 — {pid}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Signed</source>
            <translation>已签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Source verified</source>
            <translation>源数据已核查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Unlock signed data</source>
            <translation>解锁已签名的数据</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Unlocking voids this signature (it stays in the history) so that its data can be changed. Reason:</source>
            <translation>解锁会使该签名作废（仍保留在历史中），以便修改其数据。原因：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Whole casebook</source>
            <translation>病例全册</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>Withdraw the verification mark. Reason:</source>
            <translation>撤销核查标记。原因：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>casebook</source>
            <translation>病例全册</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>changed since verified</source>
            <translation>核查后已更改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>the casebook signature</source>
            <translation>病例全册签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>the signature of {visit}</source>
            <translation>{visit}的签名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>verification of {visit}</source>
            <translation>{visit}的核查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/signatures_dialog.py" />
            <source>{name}, {when} UTC</source>
            <translation>{name}，{when} UTC</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>Discontinued</source>
            <translation>已停药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>Interrupted</source>
            <translation>暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>On treatment</source>
            <translation>治疗中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/status.py" />
            <source>Screening</source>
            <translation>筛选中</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <location filename="../../baitp_desktop/storage/backup.py" />
            <source>Backups of a database server are made on the server (pg_dump).</source>
            <translation>数据库服务器的备份在服务器上进行（pg_dump）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/__init__.py" />
            <source>Cannot create the folder for {path}: {detail}</source>
            <translation>无法为 {path} 创建文件夹：{detail}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/__init__.py" />
            <source>Cannot open {name}: {detail}</source>
            <translation>无法打开 {name}：{detail}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/backup.py" />
            <source>Could not back up {source} to {target}: {detail}</source>
            <translation>无法将 {source} 备份到 {target}：{detail}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>Could not lock {target} for the restore: another program keeps writing to it ({detail}). Nothing was changed; close baitp-desktop on the other workstations and try again.</source>
            <translation>无法为恢复锁定 {target}：另一个程序一直在写入（{detail}）。未做任何更改；请关闭其他工作站上的 baitp-desktop 后重试。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>Could not restore into {target}: {detail}. Close baitp-desktop on every workstation using it and try again.</source>
            <translation>无法恢复到 {target}：{detail}。请在所有使用它的工作站上关闭 baitp-desktop 后重试。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>Could not restore into {target}: {detail}. Nothing was changed.</source>
            <translation>无法恢复到 {target}：{detail}。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/identity.py" />
            <source>Identity of this database: its study and site</source>
            <translation>此数据库的身份：其研究和中心</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>No backup was found next to it (in {folder}); ask whoever keeps the site's backups for the latest copy.</source>
            <translation>旁边（{folder} 中）没有找到备份；请向负责本中心备份的人员索取最新副本。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>Reading or writing {name} failed ({detail}); the disk or network drive may be failing. This action saved nothing. Close baitp-desktop, check the disk or connection, and make a backup copy of the file before going on.</source>
            <translation>读写 {name} 失败（{detail}）；磁盘或网络驱动器可能出现故障。此操作未保存任何内容。请关闭 baitp-desktop，检查磁盘或网络连接，并在继续之前先备份该文件。</translation>
        </message>
        <message>
            <source>Reading or writing {name} failed ({detail}); the disk, network drive or server may be failing. This action saved nothing. Close baitp-desktop, check the disk or connection, and make a backup copy of the file before going on.</source>
            <translation type="vanished">读写 {name} 失败（{detail}）；磁盘、网络驱动器或服务器可能有故障。此操作未保存任何内容。请关闭 baitp-desktop，检查磁盘或连接，并在继续之前备份该文件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>Restored from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>SQLite's integrity check failed ({problems})</source>
            <translation>SQLite 完整性检查失败（{problems}）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/backup.py" />
            <source>The backup of {source} failed its integrity check: {detail}</source>
            <translation>{source} 的备份未通过完整性检查：{detail}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>The database server {name} cannot be reached or failed ({detail}). This action saved nothing. Check the network connection, or ask the server's administrator, then try again.</source>
            <translation>无法连接数据库服务器 {name} 或服务器出错（{detail}）。此操作未保存任何内容。请检查网络连接，或联系服务器管理员，然后重试。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>The database server's administrator keeps its backups.</source>
            <translation>数据库服务器的备份由其管理员负责。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>The disk that holds {name} is full ({detail}). This action saved nothing; everything saved before is intact. Free space on that disk (or ask IT), then try again.</source>
            <translation>存放 {name} 的磁盘已满（{detail}）。此操作未保存任何内容；之前保存的内容均完好。请释放该磁盘空间（或联系信息科）后重试。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>The latest backup is {backup}.</source>
            <translation>最近的备份是 {backup}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>another file now has its name</source>
            <translation>现在有另一个文件使用该名称</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>it holds another study's or site's data ({found}), not {expected}</source>
            <translation>它包含其他研究或中心的数据（{found}），而不是 {expected}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>it is not an SQLite database file</source>
            <translation>不是 SQLite 数据库文件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>no such file</source>
            <translation>没有该文件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/__init__.py" />
            <source>opened read-only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>the file is gone</source>
            <translation>文件已不存在</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>{name} cannot be written ({detail}): the file or its folder {folder} is read-only, or this account may not change it. This action saved nothing. Ask IT for write access to the file and its folder, or copy the file somewhere writable and open the copy.</source>
            <translation>无法写入 {name}（{detail}）：该文件或其所在文件夹 {folder} 为只读，或当前账户无权修改。此操作未保存任何内容。请向信息科申请该文件及其文件夹的写权限，或将文件复制到可写的位置并打开副本。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>{name} is a database server: restore it with the server's tools (pg_restore) from a pg_dump. `baitp restore` restores SQLite database files.</source>
            <translation>{name} 是数据库服务器：请用服务器工具（pg_restore）从 pg_dump 恢复。`baitp restore` 用于恢复 SQLite 数据库文件。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>{name} is damaged ({detail}). Stop entering data and close baitp-desktop. Keep the damaged file for investigation, restore the database from the latest backup, and enter again what was entered after that backup was made.</source>
            <translation>{name} 已损坏（{detail}）。请停止录入数据并关闭 baitp-desktop。保留损坏的文件以供调查，从最近的备份恢复数据库，并重新录入该备份之后录入的内容。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>{name} is locked by another program (another baitp-desktop window, a backup or a copy in progress) ({detail}). This action saved nothing. Wait a moment and try again; if this keeps happening, close the other windows.</source>
            <translation>{name} 被另一个程序锁定（另一个 baitp-desktop 窗口、正在进行的备份或复制）（{detail}）。此操作未保存任何内容。请稍候重试；如果反复出现，请关闭其他窗口。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/failures.py" />
            <source>{name} is missing, or was moved, deleted or replaced while baitp-desktop had it open ({detail}). This action saved nothing. Close baitp-desktop, put the file back or restore it from the latest backup, and open it again.</source>
            <translation>{name} 缺失，或在 baitp-desktop 打开期间被移动、删除或替换（{detail}）。此操作未保存任何内容。请关闭 baitp-desktop，放回该文件或从最近的备份恢复，然后重新打开。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/schema.py" />
            <source>{name} is not a baitp-desktop database (it holds other data). Choose another file, or move this one away.</source>
            <translation>{name} 不是 baitp-desktop 数据库（其中是其他数据）。请选择其他文件，或将此文件移走。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/schema.py" />
            <source>{name} was written by a newer version of baitp-desktop (schema {revision}). Install that version or later to open it; the file was not changed.</source>
            <translation>{name} 由更新版本的 baitp-desktop 写入（架构版本 {revision}）。请安装该版本或更新版本后再打开；文件未被更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/schema.py" />
            <source>{name} was written by an older version of baitp-desktop (schema {revision}) and must be upgraded, which needs write access to the file and its folder. Ask IT for write access, or open a copy in a writable folder.</source>
            <translation>{name} 由旧版本的 baitp-desktop 写入（架构 {revision}），必须升级，这需要对该文件及其文件夹的写权限。请向 IT 申请写权限，或在可写的文件夹中打开副本。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/__init__.py" />
            <source>{path} is not a baitp-desktop database (not an SQLite file). Choose another file, or restore it from a backup.</source>
            <translation>{path} 不是 baitp-desktop 数据库（不是 SQLite 文件）。请选择其他文件，或从备份恢复。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/restore.py" />
            <source>{source} cannot be restored: {detail}. Nothing was changed; choose another backup.</source>
            <translation>无法恢复 {source}：{detail}。未做任何更改；请选择其他备份。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/backup.py" />
            <source>{target} already exists; choose a new file name for the backup.</source>
            <translation>{target} 已存在；请为备份选择新的文件名。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/storage/database.py" />
            <source>{url} needs the database driver {module}, which is not installed (pip install 'psycopg[binary]').</source>
            <translation>{url} 需要数据库驱动 {module}，但尚未安装（pip install 'psycopg[binary]'）。</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/adverse_events.py" />
            <source>Adverse events</source>
            <translation>不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/bleeding.py" />
            <source>Bleeding (WHO)</source>
            <translation>出血（WHO）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/labs.py" />
            <source>Laboratory</source>
            <translation>实验室检查</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/medications.py" />
            <source>Medications</source>
            <translation>用药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/counts.py" />
            <source>Platelet counts</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/tabs/qol.py" />
            <source>Quality of life</source>
            <translation>生活质量</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>&amp;Deactivate…</source>
            <translation>停用(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>&amp;Full name (printed):</source>
            <translation>全名（打印用）(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>&amp;Reset password…</source>
            <translation>重置密码(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>&amp;Temporary password:</source>
            <translation>临时密码(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>&amp;Unlock…</source>
            <translation>解锁(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Demo account (password documented in the README)</source>
            <translation>演示账户（密码见 README）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Failed sign-in {n} of {max}</source>
            <translation>登录失败（第 {n} 次，共 {max} 次）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Failed sign-ins reset by a successful sign-in</source>
            <translation>登录成功，登录失败次数已清零</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>First administrator, created at first start</source>
            <translation>首位管理员，首次启动时创建</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Full name</source>
            <translation>全名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>Idle-lock minutes</source>
            <translation>空闲锁定分钟数</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Last sign-in (UTC)</source>
            <translation>最近登录（UTC）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Lock the window after</source>
            <translation>窗口锁定前的空闲时间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Locked after {n} failed sign-in attempts</source>
            <translation>登录失败 {n} 次后已锁定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <location filename="../../baitp_desktop/service/users.py" />
            <source>New account</source>
            <translation>新账户</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>No account {user}.</source>
            <translation>没有账户 {user}。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Nobody changes their own role: another administrator must do it; nothing was changed.</source>
            <translation>任何人都不能更改自己的角色：须由另一位管理员更改；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Password changed by its owner</source>
            <translation>密码已由本人更改</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Re&amp;activate…</source>
            <translation>重新启用(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Reason for: {what}</source>
            <translation>原因：{what}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Save idle lock…</source>
            <translation>保存空闲锁定…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Set r&amp;ole…</source>
            <translation>设置角色(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Temporary password</source>
            <translation>临时密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>Temporary password for {user}:</source>
            <translation>{user} 的临时密码：</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Temporary password issued: {reason}</source>
            <translation>已设置临时密码：{reason}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>The account {user} is deactivated; ask an administrator.</source>
            <translation>账户 {user} 已停用；请联系管理员。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>The account {user} is locked after {n} failed attempts. An administrator must unlock it (Users… in the application, or `baitp user unlock`).</source>
            <translation>账户 {user} 在 {n} 次登录失败后已锁定。须由管理员解锁（应用程序中的“用户…”，或 `baitp user unlock`）。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/password_policy.py" />
            <source>The password rules cannot be read from {file} (section [accounts]: min_password_length between {low} and 128, common_passwords naming the list of common passwords): {problem}. No password was set.</source>
            <translation>无法从 {file} 读取密码规则（[accounts] 部分：min_password_length 须在 {low} 到 128 之间，common_passwords 须指明常用密码列表）：{problem}。未设置任何密码。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>This database already has accounts; sign in instead.</source>
            <translation>该数据库已有账户；请直接登录。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>User accounts</source>
            <translation>用户账户</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/login.py" />
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Wrong user name or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>You cannot deactivate your own account.</source>
            <translation>不能停用您自己的账户。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>Your own password is changed with Change password (baitp user passwd), not reset.</source>
            <translation>您自己的密码请通过“更改密码”（baitp user passwd）更改，不能重置。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>a reason is required</source>
            <translation>必须填写原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/password_policy.py" />
            <source>at least {n} characters</source>
            <translation>至少 {n} 个字符</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>between 1 and 240 minutes</source>
            <translation>1 到 240 分钟之间</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>deactivate {user}</source>
            <translation>停用 {user}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>deactivated</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>letters, digits, '.', '-' or '_' only</source>
            <translation>只能包含字母、数字、“.”、“-”或“_”</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>lock after {n} idle minutes</source>
            <comment>lock after {n} idle minute</comment>
            <translation>
                <numerusform>空闲 {n} 分钟后锁定</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>make {user} {role}</source>
            <translation>将 {user} 设为{role}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>must differ from the current password</source>
            <translation>必须与当前密码不同</translation>
        </message>
        <message>
            <source>must differ from the user name</source>
            <translation type="vanished">不能与用户名相同</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/password_policy.py" />
            <source>must not contain the user name {user}</source>
            <translation>不得包含用户名 {user}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>reactivate {user}</source>
            <translation>重新启用 {user}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>reset the password of {user}</source>
            <translation>重置 {user} 的密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>temporary password</source>
            <translation>临时密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>the full name is printed with signatures; enter it</source>
            <translation>全名会随签名打印；请填写</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/password_policy.py" />
            <source>this is one of the most common passwords, which are tried first; choose one that is harder to guess</source>
            <translation>这是最常用的密码之一，会被最先尝试；请选择一个更难猜到的密码</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>unknown role {role} (nurse, investigator, monitor or admin)</source>
            <translation>未知角色 {role}（nurse、investigator、monitor 或 admin）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>unlock {user}</source>
            <translation>解锁 {user}</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/part11/users_dialog.py" />
            <source>without input</source>
            <translation>无操作</translation>
        </message>
        <message numerus="yes">
            <location filename="../../baitp_desktop/service/users.py" />
            <source>{n} attempts left before the account is locked.</source>
            <comment>{n} attempt left before the account is locked.</comment>
            <translation>
                <numerusform>再失败 {n} 次账户将被锁定。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>{user} is already taken</source>
            <translation>{user} 已被占用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>{user} is no longer an active administrator; nothing was changed.</source>
            <translation>{user} 已不再是有效的管理员；未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/service/users.py" />
            <source>{user} is the last active administrator; make another account administrator first</source>
            <translation>{user} 是最后一位有效的管理员；请先将另一个账户设为管理员</translation>
        </message>
    </context>
    <context>
        <name>Visit</name>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Day 14</source>
            <translation>第 14 天</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Day 28 (initial / 1-month response)</source>
            <translation>第 28 天（初始/1 个月疗效）</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Day 7 (early response)</source>
            <translation>第 7 天（早期疗效）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/dashboard.py" />
            <location filename="../../baitp_desktop/core/platelet_course.py" />
            <location filename="../../baitp_desktop/core/signatures.py" />
            <location filename="../../baitp_desktop/reports/casebook.py" />
            <location filename="../../baitp_desktop/reports/model.py" />
            <source>Screening</source>
            <translation>筛选</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 12</source>
            <translation>第 12 周</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 16</source>
            <translation>第 16 周</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 20</source>
            <translation>第 20 周</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 24 (6-month / durable response)</source>
            <translation>第 24 周（6 个月/持续疗效）</translation>
        </message>
        <message>
            <location filename="../../resources/protocol.toml" />
            <source>Week 8</source>
            <translation>第 8 周</translation>
        </message>
    </context>
    <context>
        <name>Visits</name>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>Count on</source>
            <translation>计数日期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>Target</source>
            <translation>目标日</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>Visit</source>
            <translation>访视</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>Window</source>
            <translation>窗口期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/gui/widgets/visit_calendar.py" />
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Active TB, or TB exposure without documented treatment</source>
            <translation>活动性结核，或有结核接触史且无记录的治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Active or chronic HBV, HCV or HIV infection</source>
            <translation>活动性或慢性 HBV、HCV 或 HIV 感染</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Active or past malignancy</source>
            <translation>现患或既往恶性肿瘤</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>CR (complete response)</source>
            <translation>CR（完全缓解）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Death</source>
            <translation>死亡</translation>
        </message>
        <message>
            <source>Death related to AE</source>
            <translation type="vanished">与不良事件相关的死亡</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Debilitating blood loss (retinal, cerebral, or fatal)</source>
            <translation>致残性失血（视网膜、脑或致命性）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Gross blood loss needing transfusion</source>
            <translation>需要输血的大量失血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>IVIG</source>
            <translation>静脉注射免疫球蛋白</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Life-threatening</source>
            <translation>危及生命</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>MI, unstable ischaemic heart disease, stroke, NYHA IV failure</source>
            <translation>心肌梗死、不稳定型缺血性心脏病、卒中、NYHA IV 级心力衰竭</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Mild</source>
            <translation>轻度</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Mild blood loss (clinically significant)</source>
            <translation>轻度失血（有临床意义）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Moderate</source>
            <translation>中度</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>NR (no response)</source>
            <translation>NR（无效）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>No bleeding</source>
            <translation>无出血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>No sustained response to ≥ 4 weeks of full-dose corticosteroids, or relapse during/after the taper</source>
            <translation>足量糖皮质激素治疗 ≥ 4 周无持续缓解，或减量期间/之后复发</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Other serious or unstable illness (investigator's judgement)</source>
            <translation>其他严重或不稳定的疾病（研究者判断）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Petechiae, ecchymoses, mild bleeding</source>
            <translation>瘀点、瘀斑、轻度出血</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Platelets &lt; 30 for 6 months, at least one failed treatment</source>
            <translation>血小板 &lt; 30 持续 6 个月，至少一种治疗失败</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Pregnancy or lactation</source>
            <translation>妊娠或哺乳期</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Primary ITP, other causes of thrombocytopenia excluded</source>
            <translation>原发免疫性血小板减少症，已排除其他原因所致的血小板减少</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>R (response)</source>
            <translation>R（有效）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Screening count &lt; 30, or &lt; 50 with significant bleeding (derived)</source>
            <translation>筛选计数 &lt; 30，或有明显出血时 &lt; 50（自动判定）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Screening labs outside the limits (derived)</source>
            <translation>筛选实验室检查超出限值（自动判定）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Secondary ITP (HIV, HCV, H. pylori, autoimmune disease)</source>
            <translation>继发性 ITP（HIV、HCV、幽门螺杆菌、自身免疫性疾病）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Serious infection now or &lt; 4 weeks before screening</source>
            <translation>目前或筛选前 &lt; 4 周内有严重感染</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Severe</source>
            <translation>重度</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Significant thrombosis &lt; 24 weeks before screening, or anticoagulation not well controlled</source>
            <translation>筛选前 &lt; 24 周内有明显血栓形成，或抗凝治疗控制不佳</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Symptomatic herpes zoster &lt; 12 weeks before screening</source>
            <translation>筛选前 &lt; 12 周内有症状性带状疱疹</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>Written informed consent; agrees to the visit schedule</source>
            <translation>签署书面知情同意书；同意按访视计划随访</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>adverse event</source>
            <translation>不良事件</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>as needed</source>
            <translation>按需</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>avatrombopag</source>
            <translation>阿伐曲泊帕</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>azathioprine</source>
            <translation>硫唑嘌呤</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>caution</source>
            <translation>慎用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>ciclosporin</source>
            <translation>环孢素</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>complete response</source>
            <translation>完全缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>course completed</source>
            <translation>疗程完成</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>danazol</source>
            <translation>达那唑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>definite</source>
            <translation>肯定有关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>dexamethasone</source>
            <translation>地塞米松</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>discontinued</source>
            <translation>停药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>eltrombopag</source>
            <translation>艾曲泊帕</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>fatal</source>
            <translation>死亡</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>female</source>
            <translation>女</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>four times daily</source>
            <translation>每日四次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>hetrombopag</source>
            <translation>海曲泊帕</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>hydrocortisone</source>
            <translation>氢化可的松</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>inhaled</source>
            <translation>吸入</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>interrupt</source>
            <translation>暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>interrupted</source>
            <translation>暂停给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>intolerance</source>
            <translation>不耐受</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>intramuscular</source>
            <translation>肌内注射</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>intravenous</source>
            <translation>静脉注射</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>major</source>
            <translation>重大</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>male</source>
            <translation>男</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>methylprednisolone</source>
            <translation>甲泼尼龙</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>minor</source>
            <translation>轻微</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>mycophenolate</source>
            <translation>吗替麦考酚酯</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>no response</source>
            <translation>无缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>not evaluable (no bleeding grade on the same date)</source>
            <translation>不可评估（同日无出血分级）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>not recovered</source>
            <translation>未恢复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>not related</source>
            <translation>无关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>once</source>
            <translation>单次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>once daily</source>
            <translation>每日一次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>once weekly</source>
            <translation>每周一次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>oral</source>
            <translation>口服</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>other frequency</source>
            <translation>其他频次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>other route</source>
            <translation>其他途径</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>other therapy</source>
            <translation>其他治疗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>participant's request</source>
            <translation>受试者要求</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>possible</source>
            <translation>可能有关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>prednisolone</source>
            <translation>泼尼松龙</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>prednisone</source>
            <translation>泼尼松</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>probable</source>
            <translation>很可能有关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>prohibited</source>
            <translation>禁用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>query</source>
            <translation>质疑</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>recovered</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>recovered with sequelae</source>
            <translation>已恢复，有后遗症</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>recovering</source>
            <translation>恢复中</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>relapse</source>
            <translation>复发</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>response</source>
            <translation>缓解</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>response unknown</source>
            <translation>疗效未知</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>resume</source>
            <translation>恢复给药</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>rhTPO</source>
            <translation>重组人血小板生成素（rhTPO）</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>rituximab</source>
            <translation>利妥昔单抗</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>romiplostim</source>
            <translation>罗米司亭</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>subcutaneous</source>
            <translation>皮下注射</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>three times daily</source>
            <translation>每日三次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>topical</source>
            <translation>外用</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>twice daily</source>
            <translation>每日两次</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>unlikely</source>
            <translation>可能无关</translation>
        </message>
        <message>
            <location filename="../../baitp_desktop/core/vocabulary.py" />
            <source>vincristine</source>
            <translation>长春新碱</translation>
        </message>
    </context>
    <context>
        <name>WHO</name>
        <message>
            <source>Debilitating blood loss (retinal, cerebral, or fatal)</source>
            <translation type="vanished">致残性失血（视网膜、脑或致命性）</translation>
        </message>
        <message>
            <source>Gross blood loss needing transfusion</source>
            <translation type="vanished">需要输血的大量失血</translation>
        </message>
        <message>
            <source>Mild blood loss (clinically significant)</source>
            <translation type="vanished">轻度失血（有临床意义）</translation>
        </message>
        <message>
            <source>No bleeding</source>
            <translation type="vanished">无出血</translation>
        </message>
        <message>
            <source>Petechiae, ecchymoses, mild bleeding</source>
            <translation type="vanished">瘀点、瘀斑、轻度出血</translation>
        </message>
    </context>
</TS>
