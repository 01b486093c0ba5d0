<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BranchColumns</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区县</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Books on site</source>
        <translation>馆藏册数</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Books on site</source>
        <translation>馆藏册数</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact {n}, name</source>
        <translation>联系人 {n} 的姓名</translation>
    </message>
    <message>
        <source>Contact {n}, phone</source>
        <translation>联系人 {n} 的电话</translation>
    </message>
    <message>
        <source>Contact {n}, e-mail</source>
        <translation>联系人 {n} 的电子邮箱</translation>
    </message>
    <message>
        <source>New point</source>
        <translation>新增服务点</translation>
    </message>
    <message>
        <source>Edit point</source>
        <translation>编辑服务点</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
</context>
<context>
    <name>BranchDialogForm</name>
    <message>
        <source>&amp;Number</source>
        <translation>编号(&amp;N)</translation>
    </message>
    <message>
        <source>(next free)</source>
        <translation>（自动编号）</translation>
    </message>
    <message>
        <source>N&amp;ame *</source>
        <translation>名称(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>Pick a category or type a new one</source>
        <translation>选择类别，或输入新类别</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>所在区县(&amp;D)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>地址(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>开馆日期(&amp;O)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>&amp;Books on site</source>
        <translation>馆藏册数(&amp;B)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>删除联系人(&amp;M)</translation>
    </message>
    <message>
        <source>Make &amp;primary</source>
        <translation>设为主要联系人(&amp;P)</translation>
    </message>
</context>
<context>
    <name>BranchStatus</name>
    <message>
        <source>Active</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BranchesTab</name>
    <message>
        <source>Type to filter by name, address, district, contact…</source>
        <translation>输入名称、地址、区县或联系人进行筛选…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;New point…</source>
        <translation>新增服务点(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete point</source>
        <translation>删除服务点(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export roster…</source>
        <translation>导出联系名册(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>导入联系名册(&amp;I)…</translation>
    </message>
    <message>
        <source>Manage &amp;categories…</source>
        <translation>管理类别(&amp;C)…</translation>
    </message>
    <message>
        <source>Select a point to see its contacts.</source>
        <translation>选择一个服务点以查看其联系人。</translation>
    </message>
    <message>
        <source>Opened {date}</source>
        <translation>开馆日期 {date}</translation>
    </message>
    <message>
        <source>{count} books on site</source>
        <translation>馆藏 {count} 册</translation>
    </message>
    <message>
        <source>Point saved.</source>
        <translation>服务点已保存。</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>删除服务点</translation>
    </message>
    <message>
        <source>Delete “{name}” and its {count} contact(s)? This cannot be undone.</source>
        <translation>确定删除“{name}”及其 {count} 位联系人吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Point deleted.</source>
        <translation>服务点已删除。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Books on site</source>
        <translation>馆藏册数</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出联系名册</translation>
    </message>
    <message>
        <source>Exporting roster…</source>
        <translation>正在导出联系名册…</translation>
    </message>
    <message>
        <source>Roster written to {path}</source>
        <translation>联系名册已写入 {path}</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入联系名册</translation>
    </message>
    <message>
        <source>Importing roster…</source>
        <translation>正在导入联系名册…</translation>
    </message>
    <message>
        <source>Roster imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>联系名册已导入：新增 {added} 个，更新 {updated} 个，未变 {unchanged} 个。</translation>
    </message>
</context>
<context>
    <name>BranchesTabForm</name>
    <message>
        <source>&amp;New point</source>
        <translation>新增服务点(&amp;N)</translation>
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
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Selected point</source>
        <translation>所选服务点</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Edit point and contacts…</source>
        <translation>编辑服务点与联系人…</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories of points</source>
        <translation>服务点类别</translation>
    </message>
    <message>
        <source>{name} ({count} points)</source>
        <translation>{name}（{count} 个服务点）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新增类别</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <source>Delete the category “{name}”?</source>
        <translation>确定删除类别“{name}”吗？</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>服务点数</translation>
    </message>
</context>
<context>
    <name>CategoriesDialogForm</name>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
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
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ContactColumns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role / title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters; shorten it.</source>
        <translation>名称超过 120 个字符，请缩短。</translation>
    </message>
    <message>
        <source>The number must be a whole number from 1 up.</source>
        <translation>编号必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Unknown status “{status}”; use active, suspended or closed.</source>
        <translation>未知状态“{status}”，请使用 运行、暂停 或 关闭。</translation>
    </message>
    <message>
        <source>Books on site cannot be negative.</source>
        <translation>馆藏册数不能为负数。</translation>
    </message>
    <message>
        <source>Contact {n}: “{name}” is listed twice.</source>
        <translation>联系人 {n}：“{name}”重复出现。</translation>
    </message>
    <message>
        <source>Only one contact can be the primary contact.</source>
        <translation>只能有一位主要联系人。</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>联系人必须填写姓名。</translation>
    </message>
    <message>
        <source>“{phone}” is not a mainland phone number: use 11 digits for a mobile (13812345678) or area code and number for a landline (0351-1234567).</source>
        <translation>“{phone}”不是有效的大陆电话号码：手机请填写 11 位数字（如 13812345678），固话请填写区号和号码（如 0351-1234567）。</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address (name@example.com).</source>
        <translation>“{email}”不是有效的电子邮箱地址（如 name@example.com）。</translation>
    </message>
    <message>
        <source>Another point is already named “{name}”. Names must be unique.</source>
        <translation>已有服务点名为“{name}”，名称不能重复。</translation>
    </message>
    <message>
        <source>Point #{id} no longer exists.</source>
        <translation>服务点 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Number {number} is already used by another point.</source>
        <translation>编号 {number} 已被其他服务点使用。</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>服务点</translation>
    </message>
    <message>
        <source>“{name}” cannot be deleted: {count} other record(s) refer to it ({tables}). Set its status to Closed instead.</source>
        <translation>无法删除“{name}”：有 {count} 条其他记录引用了它（{tables}）。可将其状态改为“关闭”。</translation>
    </message>
    <message>
        <source>“{name}” appears twice; keep one row per point.</source>
        <translation>“{name}”出现了两次，每个服务点只保留一行。</translation>
    </message>
    <message>
        <source>“{name}” is not a point on the 分馆汇总 sheet; add it there or correct the name.</source>
        <translation>“{name}”不在“分馆汇总”工作表中；请先在那里添加，或更正名称。</translation>
    </message>
    <message>
        <source>The name is empty; fill it in or delete the row.</source>
        <translation>名称为空，请填写或删除该行。</translation>
    </message>
    <message>
        <source>Unknown status “{status}”; use 运行, 暂停 or 关闭.</source>
        <translation>未知状态“{status}”，请使用 运行、暂停 或 关闭。</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>类别必须有名称。</translation>
    </message>
    <message>
        <source>There is already a category named “{name}”.</source>
        <translation>已有名为“{name}”的类别。</translation>
    </message>
    <message>
        <source>That category no longer exists.</source>
        <translation>该类别已不存在。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>“{name}” is the category of {count} point(s); move them to another category first.</source>
        <translation>有 {count} 个服务点属于“{name}”类别，请先将它们改到其他类别。</translation>
    </message>
</context>
</TS>
