<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation>月份必须在 1 到 12 之间。</translation>
    </message>
    <message>
        <source>“{year}” is not a year.</source>
        <translation>“{year}”不是有效年份。</translation>
    </message>
    <message>
        <source>Visits and loans cannot be negative.</source>
        <translation>借阅人次和册次不能为负数。</translation>
    </message>
    <message>
        <source>Point #{id} no longer exists.</source>
        <translation>服务点 #{id} 已不存在。</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>E&amp;xport year statistics…</source>
        <translation>导出年度统计(&amp;X)…</translation>
    </message>
    <message>
        <source>Mobile service for {month} saved.</source>
        <translation>{month} 的流动服务记录已保存。</translation>
    </message>
    <message>
        <source>Export year statistics</source>
        <translation>导出年度统计</translation>
    </message>
    <message>
        <source>Exporting statistics…</source>
        <translation>正在导出年度统计…</translation>
    </message>
    <message>
        <source>Statistics written to {path}</source>
        <translation>年度统计已写入 {path}</translation>
    </message>
</context>
<context>
    <name>StatisticsTabForm</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport workbook…</source>
        <translation>导出工作簿(&amp;X)…</translation>
    </message>
    <message>
        <source>Counted as the annual report counts: books that left the library, confirmed volunteer hours.</source>
        <translation>按年报口径统计：已发出的配送图书、已确认的志愿服务时长。</translation>
    </message>
    <message>
        <source>Distribution by point</source>
        <translation>分馆配送</translation>
    </message>
    <message>
        <source>Top 10 donors (table 15)</source>
        <translation>捐赠前十（表 15）</translation>
    </message>
    <message>
        <source>Themed volunteer services (table 16)</source>
        <translation>主题志愿服务（表 16）</translation>
    </message>
    <message>
        <source>Daily volunteer services (table 17)</source>
        <translation>日常志愿服务（表 17）</translation>
    </message>
    <message>
        <source>Mobile service</source>
        <translation>流动服务</translation>
    </message>
    <message>
        <source>&amp;Point:</source>
        <translation>服务点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Visits:</source>
        <translation>借阅人次(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Loans:</source>
        <translation>借阅册次(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Save month</source>
        <translation>保存本月(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
</context>
</TS>
