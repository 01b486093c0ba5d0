<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartsPage</name>
    <message>
        <source>Each chart shows the chosen year beside the year before. Click a bar to open the records behind it.</source>
        <translation>每张图都把所选年度与上一年并列显示。点击柱形可打开其对应的记录。</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;comparison…</source>
        <translation>导出对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <source>Exporting the comparison…</source>
        <translation>正在导出对比…</translation>
    </message>
    <message>
        <source>Comparison written to {path}</source>
        <translation>对比已写入 {path}</translation>
    </message>
</context>
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
    <message>
        <source>Mobile-service month</source>
        <translation>流动服务月份数字</translation>
    </message>
    <message>
        <source>“{value}” is not a number of hours with at most two decimals.</source>
        <translation>“{value}”不是有效的小时数：请填写最多两位小数的数字，如 53876.85。</translation>
    </message>
    <message>
        <source>The numbers of registered volunteers cannot be negative.</source>
        <translation>注册志愿者人数不能为负数，请填写 0 或正整数。</translation>
    </message>
    <message>
        <source>Compare at most {count} years between 1900 and 2999, e.g. 2019-2020.</source>
        <translation>最多对比 {count} 个年度，年份在 1900 至 2999 之间，例如 2019-2020。</translation>
    </message>
    <message>
        <source>The figures of that month no longer exist: they were deleted, perhaps at another desk. Nothing was changed; the table now shows what is stored.</source>
        <translation>该月的数字已不存在：已被删除（可能是在另一台电脑上）。没有做任何改动；表格现在显示的是已保存的内容。</translation>
    </message>
</context>
<context>
    <name>MobileEditor</name>
    <message>
        <source>Mobile service for {month} saved.</source>
        <translation>{month} 的流动服务记录已保存。</translation>
    </message>
    <message>
        <source>Delete mobile-service month</source>
        <translation>删除流动服务月份数字</translation>
    </message>
    <message>
        <source>Delete the mobile-service figures typed for {name}? This cannot be undone.</source>
        <translation>确定删除为 {name} 录入的流动服务数字吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>服务点</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>借阅人次</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借阅册次</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlatformPage</name>
    <message>
        <source>The figures the city volunteer platform shows at the end of the year, as the annual report quotes them.</source>
        <translation>“太原志愿者”平台在年底显示的数字，即年报引用的数字。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Registered on the platform:</source>
        <translation>平台注册人数(&amp;R)：</translation>
    </message>
    <message>
        <source>Registered &amp;on site:</source>
        <translation>实地登记注册人数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Hours accumulated:</source>
        <translation>服务时长累计（小时）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Save platform figures</source>
        <translation>保存平台数字(&amp;S)</translation>
    </message>
    <message>
        <source>Platform figures for {year} saved.</source>
        <translation>{year} 年平台数字已保存。</translation>
    </message>
</context>
<context>
    <name>RecordsBanner</name>
    <message>
        <source>Show &amp;all records</source>
        <translation>显示全部记录(&amp;A)</translation>
    </message>
    <message>
        <source>Showing the records behind “{bar}” in the statistics charts.</source>
        <translation>正在显示年度统计图中“{bar}”对应的记录。</translation>
    </message>
    <message>
        <source>Showing the records behind a bar of the statistics charts.</source>
        <translation>正在显示年度统计图中一个柱形对应的记录。</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>E&amp;xport year statistics…</source>
        <translation>导出年度统计(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print the report section (PDF)…</source>
        <translation>打印年报章节（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图</translation>
    </message>
    <message>
        <source>Points (table 14)</source>
        <translation>分馆一览（表 14）</translation>
    </message>
    <message>
        <source>Volunteer platform</source>
        <translation>志愿者平台</translation>
    </message>
    <message>
        <source>Years compared</source>
        <translation>年度对比</translation>
    </message>
    <message>
        <source>No tab here can list these records.</source>
        <translation>没有可以列出这些记录的页签。</translation>
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
    <message>
        <source>Printing the report section…</source>
        <translation>正在生成年报章节…</translation>
    </message>
    <message>
        <source>Report section {year}</source>
        <translation>{year} 年年报章节</translation>
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
        <source>&amp;Print report section (PDF)…</source>
        <translation>打印年报章节（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>Counted as the annual report counts: books that left the library, confirmed volunteer hours; points, teams and volunteers as they stood at the end of the year. Every figure stands beside the year before.</source>
        <translation>按年报口径统计：已发出的图书、已确认的志愿服务时长；分馆、服务队和志愿者按当年年底的情况计数。每项指标都与上年并列。</translation>
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
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
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
<context>
    <name>YearChartView</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Click a bar to see the records behind it.</source>
        <translation>点击柱形可查看其对应的记录。</translation>
    </message>
</context>
</TS>
