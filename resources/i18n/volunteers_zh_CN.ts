<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Type to filter by activity, category, place…</source>
        <translation>输入活动、类别、地点筛选…</translation>
    </message>
    <message>
        <source>Themed and daily</source>
        <translation>主题与日常</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete the activity “{name}”? This cannot be undone.</source>
        <translation>确定删除活动“{name}”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织方</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>新增活动</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
</context>
<context>
    <name>ActivityDialogForm</name>
    <message>
        <source>N&amp;ame *</source>
        <translation>姓名(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>组织方(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <source>Themed</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日常</translation>
    </message>
</context>
<context>
    <name>BulkEntryDialog</name>
    <message>
        <source>Bulk entry of service hours</source>
        <translation>批量登记服务时长</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Platform no.</source>
        <translation>平台编号</translation>
    </message>
    <message>
        <source>Type to filter by name or number…</source>
        <translation>输入姓名或编号筛选…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部服务队</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>{count} volunteer(s) ticked</source>
        <translation>已勾选 {count} 名志愿者</translation>
    </message>
    <message>
        <source>Pick an activity from the list (add new ones on the Activities page).</source>
        <translation>请从列表中选择活动（新活动请在“活动”页添加）。</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>{hours} h is not a quarter-hour step (0.25, 0.5, 0.75 …). Hand entries are usually in quarter hours. Save {hours} h anyway?</source>
        <translation>{hours} 小时不是一刻钟（0.25、0.5、0.75 …）的整数倍。手工录入通常以一刻钟为单位。仍要保存 {hours} 小时吗？</translation>
    </message>
</context>
<context>
    <name>BulkEntryDialogForm</name>
    <message>
        <source>&amp;Activity *</source>
        <translation>活动(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>服务日期(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Hours each *</source>
        <translation>每人时长(&amp;H) *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>服务队：</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Tick &amp;all shown</source>
        <translation>勾选当前全部(&amp;A)</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>全部取消(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialog</name>
    <message>
        <source>Service certificates for many volunteers</source>
        <translation>批量出具志愿服务证明</translation>
    </message>
    <message>
        <source>Service certificate for {name}</source>
        <translation>为{name}出具志愿服务证明</translation>
    </message>
    <message>
        <source>{name} has {hours} confirmed hours from {start} to {end}.</source>
        <translation>{name}在 {start} 至 {end} 期间有 {hours} 小时已确认的服务时长。</translation>
    </message>
    <message>
        <source>{count} volunteer(s) have at least {hours} confirmed hours in the period; each gets a numbered certificate.</source>
        <translation>期间内已确认时长不少于 {hours} 小时的志愿者共 {count} 名，每人出具一份编号证明。</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialogForm</name>
    <message>
        <source>Service &amp;from</source>
        <translation>服务起始(&amp;F)</translation>
    </message>
    <message>
        <source>Service &amp;to</source>
        <translation>服务截止(&amp;T)</translation>
    </message>
    <message>
        <source>At least (confirmed &amp;hours)</source>
        <translation>已确认时长不少于(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>备注(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Type to filter by number or volunteer…</source>
        <translation>输入证明编号或志愿者筛选…</translation>
    </message>
    <message>
        <source>Select a volunteer on the Volunteers page first.</source>
        <translation>请先在“志愿者”页选中一名志愿者。</translation>
    </message>
    <message>
        <source>Service certificates</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <source>Printing certificates…</source>
        <translation>正在打印证明…</translation>
    </message>
    <message>
        <source>Issuing and printing certificates…</source>
        <translation>正在出具并打印证明…</translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation>作废证明</translation>
    </message>
    <message>
        <source>Why is {number} void? (verifying it will say so)</source>
        <translation>{number} 作废的原因？（验证时会显示）</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{value}” is not a number of hours with at most two decimals (0.5, 0.85, 2, …).</source>
        <translation>“{value}”不是有效的时长（最多两位小数，如 0.5、0.85、2 …）。</translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 24; “{value}” is not.</source>
        <translation>时长须大于 0 且不超过 24 小时；“{value}”不符合。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>The name is longer than 60 characters; shorten it.</source>
        <translation>名称超过 60 个字符，请缩短。</translation>
    </message>
    <message>
        <source>Gender “{value}” is not 男 or 女; leave it empty if unknown.</source>
        <translation>性别“{value}”不是“男”或“女”；不清楚请留空。</translation>
    </message>
    <message>
        <source>“{phone}” is not a mainland phone number: use 11 digits for a mobile (13812345678) or area code and number for a landline (0351-1234567).</source>
        <translation>“{phone}”不是有效的大陆电话号码：手机请填写 11 位数字（如 13812345678），固话请填写区号和号码（如 0351-1234567）。</translation>
    </message>
    <message>
        <source>“{value}” is not an 18-character resident ID number.</source>
        <translation>“{value}”不是 18 位居民身份证号码。</translation>
    </message>
    <message>
        <source>Unknown status “{status}”.</source>
        <translation>未知状态“{status}”。</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters; shorten it.</source>
        <translation>名称超过 120 个字符，请缩短。</translation>
    </message>
    <message>
        <source>An activity is either themed (主题) or daily (日常).</source>
        <translation>活动类型只能是主题或日常。</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>活动结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>服务时长记录</translation>
    </message>
    <message>
        <source>Tick at least one volunteer.</source>
        <translation>请至少勾选一名志愿者。</translation>
    </message>
    <message>
        <source>{count} of the entries are confirmed and cannot be deleted; reject them first.</source>
        <translation>其中 {count} 条已确认，不能删除；请先驳回。</translation>
    </message>
    <message>
        <source>Some entries no longer exist; refresh the list.</source>
        <translation>部分记录已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Only pending entries can be edited; this one is already reviewed. Reject it and enter it again.</source>
        <translation>只有待审核的记录可以修改；这条记录已审核。请先驳回，再重新录入。</translation>
    </message>
    <message>
        <source>{count} of the entries were recorded by you; another staff member must confirm or reject them.</source>
        <translation>其中 {count} 条由您本人登记，须由其他工作人员确认或驳回。</translation>
    </message>
    <message>
        <source>{count} of the entries are already reviewed; choose pending entries only.</source>
        <translation>其中 {count} 条已审核，请只选择待审核的记录。</translation>
    </message>
    <message>
        <source>Volunteer #{id} no longer exists.</source>
        <translation>志愿者 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Activity #{id} no longer exists.</source>
        <translation>活动 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>{name} already has hours for “{activity}” on {date} (duplicate).</source>
        <translation>{name} 在 {date} 已有“{activity}”的时长记录（重复）。</translation>
    </message>
    <message>
        <source>{name} would have {hours} hours on {date}; a day has at most 24.</source>
        <translation>{name} 在 {date} 的时长将达到 {hours} 小时；每天最多 24 小时。</translation>
    </message>
    <message>
        <source>No activity is named “{activity}”; add it under Activities first (or import with “create missing activities”).</source>
        <translation>没有名为“{activity}”的活动；请先在“活动”中添加（或导入时选择“新建缺少的活动”）。</translation>
    </message>
    <message>
        <source>No volunteer has platform number {number}; add the number to the volunteer ({name}) first.</source>
        <translation>没有平台编号为 {number} 的志愿者；请先为该志愿者（{name}）填写编号。</translation>
    </message>
    <message>
        <source>Platform number {number} belongs to {stored}, not {name}; check the row.</source>
        <translation>平台编号 {number} 属于 {stored}，不是 {name}；请核对该行。</translation>
    </message>
    <message>
        <source>No volunteer is named {name}; add the volunteer first.</source>
        <translation>没有名为 {name} 的志愿者；请先添加。</translation>
    </message>
    <message>
        <source>{count} volunteers are named {name}; give the platform number to say which.</source>
        <translation>有 {count} 名志愿者都叫 {name}；请填写平台编号加以区分。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>“{name}” has {count} hour entries and cannot be deleted.</source>
        <translation>“{name}”已有 {count} 条时长记录，不能删除。</translation>
    </message>
    <message>
        <source>“{name}” is already in the list.</source>
        <translation>“{name}”已在列表中。</translation>
    </message>
    <message>
        <source>Category #{id} no longer exists.</source>
        <translation>类别 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Activity category</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>“{name}” cannot be removed: {count} activit(ies) use it.</source>
        <translation>“{name}”不能删除：有 {count} 项活动使用它。</translation>
    </message>
    <message>
        <source>Another activity is already named “{name}”.</source>
        <translation>已有活动名为“{name}”。</translation>
    </message>
    <message>
        <source>Nobody has {hours} or more confirmed hours between {start} and {end}; no certificate was issued.</source>
        <translation>{start} 至 {end} 期间没有人已确认时长达到 {hours} 小时；未出具证明。</translation>
    </message>
    <message>
        <source>{name} has no confirmed hours between {start} and {end}; confirm the entries first.</source>
        <translation>{name} 在 {start} 至 {end} 期间没有已确认的时长；请先审核确认。</translation>
    </message>
    <message>
        <source>Some certificates no longer exist; refresh the register.</source>
        <translation>部分证明已不存在，请刷新登记簿。</translation>
    </message>
    <message>
        <source>Certificate #{id} no longer exists.</source>
        <translation>证明 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Certificate {number} is already void.</source>
        <translation>证明 {number} 已作废。</translation>
    </message>
    <message>
        <source>The code is damaged: it lacks fields.</source>
        <translation>该码已损坏：缺少字段。</translation>
    </message>
    <message>
        <source>The code is signed with this database&apos;s key, but certificate {number} was never issued here: it is forged.</source>
        <translation>此代码用本数据库的密钥签名，但本库从未签发证书 {number}：它是伪造的。</translation>
    </message>
    <message>
        <source>Certificate {number} is not in this database&apos;s register.</source>
        <translation>证明 {number} 不在本库的登记簿中。</translation>
    </message>
    <message>
        <source>Certificate {number} has been voided.</source>
        <translation>证明 {number} 已作废。</translation>
    </message>
    <message>
        <source>Totals can be grouped by {groups}.</source>
        <translation>统计只能按 {groups} 分组。</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>{name} has {count} hour entries and cannot be deleted; set the status to Left instead.</source>
        <translation>{name} 已有 {count} 条时长记录，不能删除；请将状态改为“退出”。</translation>
    </message>
    <message>
        <source>School or organisation</source>
        <translation>学校或单位</translation>
    </message>
    <message>
        <source>“{name}” cannot be removed: {count} volunteer(s) belong to it.</source>
        <translation>“{name}”不能删除：有 {count} 名志愿者属于它。</translation>
    </message>
    <message>
        <source>Another team is already named “{name}”.</source>
        <translation>已有服务队名为“{name}”。</translation>
    </message>
    <message>
        <source>Team #{id} no longer exists.</source>
        <translation>服务队 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Platform number {number} already belongs to {name}.</source>
        <translation>平台编号 {number} 已属于 {name}。</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as 2020-10-14.</source>
        <translation>“{value}”不是日期，请按 2020-10-14 的格式填写。</translation>
    </message>
    <message>
        <source>Platform number {number} is also on row {other}.</source>
        <translation>平台编号 {number} 在第 {other} 行也出现了。</translation>
    </message>
    <message>
        <source>The name is empty; fill it in or delete the row.</source>
        <translation>名称为空，请填写或删除该行。</translation>
    </message>
    <message>
        <source>The activity is empty.</source>
        <translation>活动名称为空。</translation>
    </message>
</context>
<context>
    <name>HourEditDialog</name>
    <message>
        <source>Edit hours of {name}</source>
        <translation>修改{name}的服务时长</translation>
    </message>
    <message>
        <source>Volunteer:</source>
        <translation>志愿者：</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>活动(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>时长(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>{hours} h is not a quarter-hour step (0.25, 0.5, 0.75 …). Save {hours} h anyway?</source>
        <translation>{hours} 小时不是一刻钟（0.25、0.5、0.75 …）的整数倍。仍要保存 {hours} 小时吗？</translation>
    </message>
</context>
<context>
    <name>HourStatus</name>
    <message>
        <source>Pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Type to filter by volunteer, number or activity…</source>
        <translation>输入志愿者、编号或活动筛选…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Export service &amp;hours…</source>
        <translation>导出服务时长(&amp;H)…</translation>
    </message>
    <message>
        <source>Import hours from the &amp;city platform…</source>
        <translation>导入市志愿者平台时长(&amp;C)…</translation>
    </message>
    <message>
        <source>{count} entries saved; they wait for approval by another staff member.</source>
        <translation>已保存 {count} 条记录，等待其他工作人员审核。</translation>
    </message>
    <message>
        <source>Only pending entries can be edited; this one is already reviewed.</source>
        <translation>只有待审核的记录可以修改；这条记录已审核。</translation>
    </message>
    <message>
        <source>Entry saved; it still waits for approval.</source>
        <translation>记录已保存，仍待审核。</translation>
    </message>
    <message>
        <source>{count} entries confirmed.</source>
        <translation>已确认 {count} 条。</translation>
    </message>
    <message>
        <source>No pending entries you may confirm are shown.</source>
        <translation>当前没有您可以确认的待审核记录。</translation>
    </message>
    <message>
        <source>Confirm entries</source>
        <translation>确认记录</translation>
    </message>
    <message>
        <source>Confirm {count} pending entries recorded by other staff?</source>
        <translation>确认其他工作人员登记的 {count} 条待审核记录？</translation>
    </message>
    <message>
        <source>Reject entries</source>
        <translation>驳回记录</translation>
    </message>
    <message>
        <source>Reason (shown to the recorder):</source>
        <translation>原因（登记人可见）：</translation>
    </message>
    <message>
        <source>{count} entries rejected.</source>
        <translation>已驳回 {count} 条。</translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Delete {count} entries?</source>
        <translation>删除 {count} 条记录？</translation>
    </message>
    <message>
        <source>{count} entries deleted.</source>
        <translation>已删除 {count} 条。</translation>
    </message>
    <message>
        <source>Export service hours</source>
        <translation>导出服务时长</translation>
    </message>
    <message>
        <source>Exporting service hours…</source>
        <translation>正在导出服务时长…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Import service hours</source>
        <translation>导入服务时长</translation>
    </message>
    <message>
        <source>Add activities the file names that are not in LibDesk yet?</source>
        <translation>文件中有系统里尚无的活动，是否新建这些活动？</translation>
    </message>
    <message>
        <source>Importing service hours…</source>
        <translation>正在导入服务时长…</translation>
    </message>
    <message>
        <source>{count} entries imported.</source>
        <translation>已导入 {count} 条。</translation>
    </message>
    <message>
        <source>{count} entries imported and waiting for approval: {numbers} matched by platform number, {names} by name; {new} new activities.</source>
        <translation>已导入 {count} 条记录，等待审核：{numbers} 条按平台编号匹配，{names} 条按姓名匹配；新建活动 {new} 项。</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <source>Schools and organisations</source>
        <translation>学校与单位</translation>
    </message>
    <message>
        <source>Volunteer teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>Activity categories</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>Set &amp;leader…</source>
        <translation>设置队长(&amp;L)…</translation>
    </message>
    <message>
        <source>{name} — leader: {leader}, {count} member(s)</source>
        <translation>{name} — 队长：{leader}，{count} 名队员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete “{name}” from the list?</source>
        <translation>确定从列表中删除“{name}”吗？</translation>
    </message>
    <message>
        <source>The team has no members yet; put volunteers in the team first.</source>
        <translation>该服务队还没有队员；请先把志愿者编入该队。</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Leader:</source>
        <translation>队长：</translation>
    </message>
</context>
<context>
    <name>NamesDialogForm</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Type to filter by name, number, school, team…</source>
        <translation>输入姓名、编号、学校、服务队筛选…</translation>
    </message>
    <message>
        <source>Export &amp;volunteer ledger…</source>
        <translation>导出志愿者台账(&amp;V)…</translation>
    </message>
    <message>
        <source>Import volunteer &amp;ledger…</source>
        <translation>导入志愿者台账(&amp;L)…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部服务队</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>全部学校</translation>
    </message>
    <message>
        <source>Volunteer saved.</source>
        <translation>志愿者已保存。</translation>
    </message>
    <message>
        <source>Delete volunteer</source>
        <translation>删除志愿者</translation>
    </message>
    <message>
        <source>Delete {name} from the ledger? This cannot be undone.</source>
        <translation>从台账中删除 {name}？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>School or organisation</source>
        <translation>学校或单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Platform no.</source>
        <translation>平台编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Export volunteer ledger</source>
        <translation>导出志愿者台账</translation>
    </message>
    <message>
        <source>Exporting volunteers…</source>
        <translation>正在导出志愿者…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Import volunteer ledger</source>
        <translation>导入志愿者台账</translation>
    </message>
    <message>
        <source>Importing volunteers…</source>
        <translation>正在导入志愿者…</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated.</source>
        <translation>新增 {added} 名，更新 {updated} 名。</translation>
    </message>
</context>
<context>
    <name>TotalsPage</name>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>School / organisation</source>
        <translation>学校/单位</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Confirmed hours</source>
        <translation>已确认时长</translation>
    </message>
    <message>
        <source>Export totals</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>Exporting totals…</source>
        <translation>正在导出统计…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Annual report tables</source>
        <translation>年报统计表</translation>
    </message>
    <message>
        <source>Writing tables 16 and 17…</source>
        <translation>正在生成表 16 和表 17…</translation>
    </message>
</context>
<context>
    <name>VolunteerColumns</name>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>School / organisation</source>
        <translation>学校/单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>学号/工号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Platform no.</source>
        <translation>平台编号</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confirmed hours</source>
        <translation>已确认时长</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织方</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Service from</source>
        <translation>服务起始</translation>
    </message>
    <message>
        <source>Service to</source>
        <translation>服务截止</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具人</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>新增志愿者</translation>
    </message>
    <message>
        <source>Edit volunteer</source>
        <translation>编辑志愿者</translation>
    </message>
</context>
<context>
    <name>VolunteerDialogForm</name>
    <message>
        <source>N&amp;ame *</source>
        <translation>姓名(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;School / organisation</source>
        <translation>学校/单位(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>服务队(&amp;T)</translation>
    </message>
    <message>
        <source>Student / staff &amp;number</source>
        <translation>学号/工号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>手机号码(&amp;P)</translation>
    </message>
    <message>
        <source>ID t&amp;ype</source>
        <translation>证件类型(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>证件号码(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;latform number</source>
        <translation>平台编号(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Joined on</source>
        <translation>加入日期(&amp;J)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>VolunteerStatus</name>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>VolunteersTabForm</name>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>&amp;New volunteer</source>
        <translation>新增志愿者(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Teams…</source>
        <translation>服务队(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Schools &amp;&amp; organisations…</source>
        <translation>学校与单位(&amp;S)…</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>服务队：</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>&amp;Bulk entry…</source>
        <translation>批量登记(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Confirm selected</source>
        <translation>确认所选(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm &amp;all shown</source>
        <translation>确认当前全部(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject selected…</source>
        <translation>驳回所选(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit pending…</source>
        <translation>修改待审核记录(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete selected</source>
        <translation>删除所选(&amp;L)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Only entries I may review</source>
        <translation>只显示我可审核的记录</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New &amp;activity</source>
        <translation>新增活动(&amp;A)</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>活动类别(&amp;C)…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>按：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Annual &amp;report (tables 16, 17)…</source>
        <translation>年报统计表（表16、表17）(&amp;R)…</translation>
    </message>
    <message>
        <source>Service certificates</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <source>&amp;Issue for selected volunteer…</source>
        <translation>为所选志愿者出具(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>批量出具(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print selected…</source>
        <translation>打印所选(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>V&amp;erify a code…</source>
        <translation>验证二维码(&amp;E)…</translation>
    </message>
</context>
</TS>
