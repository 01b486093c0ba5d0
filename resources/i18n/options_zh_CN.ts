<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>(empty: “backups” beside the database)</source>
        <translation>（留空：数据库旁的“backups”文件夹）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>保留每日备份</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>保留每周备份</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>保留每月备份</translation>
    </message>
    <message>
        <source>Back up every</source>
        <translation>自动备份间隔</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>空闲锁定时间</translation>
    </message>
    <message>
        <source> min (0: never)</source>
        <translation> 分钟（0：不锁定）</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
</context>
<context>
    <name>CatalogueActions</name>
    <message>
        <source>Import the library &amp;catalogue…</source>
        <translation>导入馆藏书目(&amp;C)…</translation>
    </message>
    <message>
        <source>Import the library catalogue</source>
        <translation>导入馆藏书目</translation>
    </message>
    <message>
        <source>Catalogue exports (*.iso *.mrc *.marc *.dat *.xml *.xlsx);;All files (*)</source>
        <translation>书目数据 (*.iso *.mrc *.marc *.dat *.xml *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing the catalogue…</source>
        <translation>正在导入馆藏书目…</translation>
    </message>
    <message>
        <source>{format}: {records} records read, {added} added, {updated} updated.</source>
        <translation>{format}：读取 {records} 条记录，新增 {added} 条，更新 {updated} 条。</translation>
    </message>
    <message>
        <source>{none} without a valid ISBN and {damaged} unreadable record(s) were skipped.</source>
        <translation>跳过无有效 ISBN 的记录 {none} 条、无法读取的记录 {damaged} 条。</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>书目已导入</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>签发人职务</translation>
    </message>
    <message>
        <source>e.g. 馆长</source>
        <translation>例如：馆长</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Seal image (PNG)</source>
        <translation>印章图片（PNG）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>No seal</source>
        <translation>不用印章</translation>
    </message>
    <message>
        <source>Seal preview</source>
        <translation>印章预览</translation>
    </message>
    <message>
        <source>The seal is printed over the issuer and date, as a stamp is; a PNG with a transparent background lets the text show through.</source>
        <translation>印章像盖章一样印在出具单位和日期之上；透明背景的 PNG 可以透出下面的文字。</translation>
    </message>
    <message>
        <source>Choose the seal image</source>
        <translation>选择印章图片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>(no seal)</source>
        <translation>（无印章）</translation>
    </message>
    <message>
        <source>(not a readable image)</source>
        <translation>（无法读取的图片）</translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>图书配送</translation>
    </message>
    <message>
        <source>Overdue after</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A shipped batch not received after this many days is highlighted.</source>
        <translation>已发出超过此天数仍未签收的批次将突出显示。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path} cannot be read ({reason}); the catalogue did not change.</source>
        <translation>无法读取 {path}（{reason}），书目未作任何改动。</translation>
    </message>
    <message>
        <source>{path} is larger than 2 GB; export the catalogue in parts.</source>
        <translation>{path} 超过 2 GB，请分批导出书目。</translation>
    </message>
    <message>
        <source>{path} is not a catalogue export LibDesk reads: use ISO 2709 (.iso/.mrc, CNMARC or MARC21), MARCXML (.xml) or an Excel workbook (.xlsx).</source>
        <translation>{path} 不是 LibDesk 能读取的书目数据。请使用 ISO 2709（.iso/.mrc，CNMARC 或 MARC21）、MARCXML（.xml）或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{path} looks damaged: {count} records could not be read. Export the catalogue again; nothing was imported.</source>
        <translation>{path} 似乎已损坏：有 {count} 条记录无法读取。请重新导出书目；本次未导入任何记录。</translation>
    </message>
    <message>
        <source>{path} holds no catalogue records; nothing was imported.</source>
        <translation>{path} 中没有书目记录，未导入任何内容。</translation>
    </message>
    <message>
        <source>The first row of the workbook must name at least the columns ISBN and 题名 (title); it names {found}.</source>
        <translation>工作簿第一行至少要有“ISBN”和“题名”两列；现在的列为：{found}。</translation>
    </message>
    <message>
        <source>The workbook has more than {limit} rows; split it.</source>
        <translation>工作簿超过 {limit} 行，请拆分后再导入。</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library and desk</source>
        <translation>图书馆与服务台</translation>
    </message>
    <message>
        <source>Library name</source>
        <translation>图书馆名称</translation>
    </message>
    <message>
        <source>Number prefix</source>
        <translation>编号前缀</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>服务台名称</translation>
    </message>
    <message>
        <source>二〇二〇年十月十四日 (Chinese numerals)</source>
        <translation>二〇二〇年十月十四日（汉字数字）</translation>
    </message>
    <message>
        <source>2020年10月14日 (digits)</source>
        <translation>2020年10月14日（阿拉伯数字）</translation>
    </message>
    <message>
        <source>Dates on certificates</source>
        <translation>证书日期格式</translation>
    </message>
</context>
<context>
    <name>OptionsActions</name>
    <message>
        <source>&amp;Options…</source>
        <translation>选项(&amp;O)…</translation>
    </message>
    <message>
        <source>Options saved.</source>
        <translation>选项已保存。</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings; they are shown read-only.</source>
        <translation>只有管理员可以修改这些设置，此处仅供查看。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>页宽</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} / {count} 页</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteer certificates</source>
        <translation>志愿服务证明</translation>
    </message>
    <message>
        <source>Printed on every 志愿服务证明:</source>
        <translation>每份志愿服务证明上印有：</translation>
    </message>
    <message>
        <source>Person in charge (负责人)</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Handler (经办人)</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Contact telephone (联系电话)</source>
        <translation>联系电话</translation>
    </message>
</context>
</TS>
