<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulkOutingDialog</name>
    <message>
        <source>Bulk entry of mobile-service outings</source>
        <translation>批量录入流动服务</translation>
    </message>
    <message>
        <source>Date (for rows without one)</source>
        <translation>日期（未填日期的行）</translation>
    </message>
    <message>
        <source>Vehicle or site</source>
        <translation>车辆/站点</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>分馆/服务点</translation>
    </message>
    <message>
        <source>Place (when not a point)</source>
        <translation>地点（非分馆时）</translation>
    </message>
    <message>
        <source>Readers served</source>
        <translation>服务读者（人次）</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借出（册次）</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>还回（册次）</translation>
    </message>
    <message>
        <source>New library cards</source>
        <translation>新办读者证</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>More rows</source>
        <translation>增加行</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation>内容超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>数字不能为负数。</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Choose the point.</source>
        <translation>请选择分馆/服务点。</translation>
    </message>
    <message>
        <source>Give the title.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <source>Give the recipient.</source>
        <translation>请填写受赠单位。</translation>
    </message>
    <message>
        <source>Give the department the books come from.</source>
        <translation>请填写图书调出部门。</translation>
    </message>
    <message>
        <source>Choose the point, or type the place the outing went to.</source>
        <translation>请选择分馆/服务点，或填写流动服务的地点。</translation>
    </message>
    <message>
        <source>Unknown kind of visit “{kind}”.</source>
        <translation>未知的指导类别“{kind}”。</translation>
    </message>
    <message>
        <source>Unknown kind of recipient “{kind}”.</source>
        <translation>未知的受赠单位类别“{kind}”。</translation>
    </message>
    <message>
        <source>Give how many books (册) are given: at least 1.</source>
        <translation>请填写赠送册数：至少 1 册。</translation>
    </message>
    <message>
        <source>There cannot be more titles (种) than books (册).</source>
        <translation>种数不能多于册数。</translation>
    </message>
    <message>
        <source>Say where the books go: a point, or a project such as 太图约书.</source>
        <translation>请说明图书去向：分馆/服务点，或项目（如太图约书）。</translation>
    </message>
    <message>
        <source>Give the ISBN, or at least a title or description (e.g. 少儿图书).</source>
        <translation>请填写 ISBN，或至少填写题名或说明（如少儿图书）。</translation>
    </message>
    <message>
        <source>Copies must be a whole number from 1 up.</source>
        <translation>册数必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Say why books on site are corrected (stocktaking, lost books …).</source>
        <translation>请说明校正在馆图书的原因（盘点、丢失等）。</translation>
    </message>
    <message>
        <source>Point #{id} no longer exists.</source>
        <translation>服务点 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Gift letter {number} is void and can no longer be changed.</source>
        <translation>赠书函 {number} 已作废，不能再修改。</translation>
    </message>
    <message>
        <source>Gift letter {number} keeps its number: void it instead of deleting it.</source>
        <translation>赠书函 {number} 的编号须保留：请作废，不要删除。</translation>
    </message>
    <message>
        <source>This record no longer exists; refresh the list.</source>
        <translation>该记录已不存在，请刷新列表。</translation>
    </message>
    <message>
        <source>Gift letter {number} is already void.</source>
        <translation>赠书函 {number} 已经作废。</translation>
    </message>
    <message>
        <source>Gift letter {number} is void and is not printed.</source>
        <translation>赠书函 {number} 已作废，不予打印。</translation>
    </message>
    <message>
        <source>The code is damaged: it lacks fields.</source>
        <translation>该码已损坏：缺少字段。</translation>
    </message>
    <message>
        <source>The code is signed with this database&apos;s key, but gift letter {number} was never issued here: it is forged.</source>
        <translation>此代码用本数据库的密钥签名，但本库从未出具赠书函 {number}：它是伪造的。</translation>
    </message>
    <message>
        <source>Gift letter {number} was changed after this copy was printed; print it again.</source>
        <translation>赠书函 {number} 在此份打印后已修改，请重新打印。</translation>
    </message>
    <message>
        <source>Gift letter {number} has been voided.</source>
        <translation>赠书函 {number} 已作废。</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>There is nothing to save: fill in at least one row.</source>
        <translation>没有可保存的内容：请至少填写一行。</translation>
    </message>
    <message>
        <source>transfer lines</source>
        <translation>调拨明细</translation>
    </message>
    <message>
        <source>Some of these lines are packed into batches; they stay on record. Remove them from the batch and cancel it first.</source>
        <translation>其中有明细已装入配送批次，须保留记录。请先从批次中移除并取消该批次。</translation>
    </message>
    <message>
        <source>Books of this transfer are packed into batches; it stays on record.</source>
        <translation>本次调拨的图书已装入配送批次，记录须保留。</translation>
    </message>
    <message>
        <source>Only {remaining} of the {quantity} copies of “{title}” are left to pack; {copies} were asked for.</source>
        <translation>“{title}”共 {quantity} 册，尚可装箱 {remaining} 册，所需 {copies} 册超出。</translation>
    </message>
    <message>
        <source>Every copy of these lines is already packed into batches.</source>
        <translation>这些明细的图书已全部装入配送批次。</translation>
    </message>
    <message>
        <source>No point is named “{name}”; write the name as the branches list shows it (or its number).</source>
        <translation>没有名为“{name}”的分馆/服务点；请按分馆列表中的名称（或编号）填写。</translation>
    </message>
    <message>
        <source>The cell is empty; fill it in or delete the row.</source>
        <translation>单元格为空：请填写，或删除该行。</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>“{value}”不在可选项中：{choices}。</translation>
    </message>
</context>
<context>
    <name>MonthsPanel</name>
    <message>
        <source>Months of</source>
        <translation>月份统计：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>统计来源</translation>
    </message>
    <message>
        <source>Outings</source>
        <translation>场次</translation>
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
        <source>Outing log</source>
        <translation>流动服务记录</translation>
    </message>
    <message>
        <source>Typed total</source>
        <translation>手填月合计</translation>
    </message>
    <message>
        <source>Year: {visits} visits, {loans} loans</source>
        <translation>全年：借阅 {visits} 人次，{loans} 册次</translation>
    </message>
</context>
<context>
    <name>OutreachFields</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>分馆/服务点</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Vehicle or site</source>
        <translation>车辆/站点</translation>
    </message>
    <message>
        <source>Place (when not a point)</source>
        <translation>地点（非分馆时）</translation>
    </message>
    <message>
        <source>Readers served</source>
        <translation>服务读者（人次）</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借出（册次）</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>还回（册次）</translation>
    </message>
    <message>
        <source>New library cards</source>
        <translation>新办读者证</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受赠单位</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>受赠单位类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>What is given</source>
        <translation>赠送内容</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>种数</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>From department</source>
        <translation>调出部门</translation>
    </message>
    <message>
        <source>To department</source>
        <translation>调入部门</translation>
    </message>
    <message>
        <source>For point</source>
        <translation>用于分馆/服务点</translation>
    </message>
    <message>
        <source>For project (new location)</source>
        <translation>用于项目（新馆藏地点）</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translation>24小时开放</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Self-service machines</source>
        <translation>自助设备（台）</translation>
    </message>
    <message>
        <source>Correction of books on site</source>
        <translation>在馆图书人工校正（册）</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>校正说明</translation>
    </message>
    <message>
        <source>Point or place</source>
        <translation>分馆/服务点或地点</translation>
    </message>
    <message>
        <source>Letter no.</source>
        <translation>赠书函编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>For point or project</source>
        <translation>去向（分馆或项目）</translation>
    </message>
    <message>
        <source>Packed into batches</source>
        <translation>已装入配送批次（册）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24小时</translation>
    </message>
    <message>
        <source>Books from batches</source>
        <translation>配送计算（册）</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>校正（册）</translation>
    </message>
    <message>
        <source>Books on site</source>
        <translation>在馆图书（册）</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Mobile service</source>
        <translation>流动服务</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>阅读活动</translation>
    </message>
    <message>
        <source>Guidance visits</source>
        <translation>业务指导</translation>
    </message>
    <message>
        <source>Collection transfers</source>
        <translation>馆藏调拨</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>对外赠书</translation>
    </message>
    <message>
        <source>Points&apos; facts</source>
        <translation>分馆设施</translation>
    </message>
    <message>
        <source>&amp;Bulk entry…</source>
        <translation>批量录入(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Lines and packing…</source>
        <translation>明细与装箱(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Print gift letters…</source>
        <translation>打印赠书函(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Point &amp;history…</source>
        <translation>分馆历史(&amp;H)…</translation>
    </message>
    <message>
        <source>{count} outings saved.</source>
        <translation>已保存 {count} 次流动服务。</translation>
    </message>
    <message>
        <source>Choose a transfer first.</source>
        <translation>请先选择一次调拨。</translation>
    </message>
    <message>
        <source>Choose the gifts whose letters to print.</source>
        <translation>请选择要打印赠书函的赠书记录。</translation>
    </message>
    <message>
        <source>Print gift letters</source>
        <translation>打印赠书函</translation>
    </message>
    <message>
        <source>Printing gift letters…</source>
        <translation>正在打印赠书函…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Void gift letter</source>
        <translation>作废赠书函</translation>
    </message>
    <message>
        <source>Why is {number} void?</source>
        <translation>{number} 作废的原因：</translation>
    </message>
</context>
<context>
    <name>PointFacts</name>
    <message>
        <source>Facts of {point} (books from batches: {books})</source>
        <translation>{point}的设施（配送计算在馆图书：{books} 册）</translation>
    </message>
</context>
<context>
    <name>PointHistory</name>
    <message>
        <source>Batch</source>
        <translation>配送批次</translation>
    </message>
    <message>
        <source>Collection transfer</source>
        <translation>馆藏调拨</translation>
    </message>
    <message>
        <source>Reading event</source>
        <translation>阅读活动</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>业务指导/技术服务</translation>
    </message>
    <message>
        <source>Mobile service</source>
        <translation>流动服务</translation>
    </message>
    <message>
        <source>Point &amp;history…</source>
        <translation>分馆历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Facts…</source>
        <translation>设施(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>PointHistoryDialog</name>
    <message>
        <source>Point:</source>
        <translation>分馆/服务点：</translation>
    </message>
    <message>
        <source>Point history</source>
        <translation>分馆历史</translation>
    </message>
    <message>
        <source>{count} copies out</source>
        <translation>发出 {count} 册</translation>
    </message>
    <message>
        <source>, {count} back</source>
        <translation>，收回 {count} 册</translation>
    </message>
    <message>
        <source>{count} copies</source>
        <translation>{count} 册</translation>
    </message>
    <message>
        <source>{count} participants</source>
        <translation>{count} 人参加</translation>
    </message>
    <message>
        <source>{readers} readers, {loans} loans</source>
        <translation>服务读者 {readers} 人次，借出 {loans} 册次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
</context>
<context>
    <name>RecipientKind</name>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Library or city</source>
        <translation>图书馆/城市</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(none: another place)</source>
        <translation>（无：其他地点）</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Type to filter…</source>
        <translation>输入以筛选…</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>全部分馆/服务点</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete {count} records?</source>
        <translation>删除 {count} 条记录？</translation>
    </message>
    <message>
        <source>{count} records deleted.</source>
        <translation>已删除 {count} 条记录。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>{count} rows imported.</source>
        <translation>已导入 {count} 行。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer of {date}: {destination}</source>
        <translation>{date} 调拨：{destination}</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Title or description</source>
        <translation>题名或说明</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>ISBN (optional)</source>
        <translation>ISBN（可不填）</translation>
    </message>
    <message>
        <source>Title or description, e.g. 少儿图书</source>
        <translation>题名或说明，如少儿图书</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove lines</source>
        <translation>移除明细(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pack what is left into the batch</source>
        <translation>将剩余图书装入批次(&amp;P)</translation>
    </message>
    <message>
        <source>Draft batch:</source>
        <translation>草稿批次：</translation>
    </message>
    <message>
        <source>Box:</source>
        <translation>箱号：</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>移除明细</translation>
    </message>
    <message>
        <source>Remove {count} lines from this transfer?</source>
        <translation>从本次调拨中移除 {count} 条明细？</translation>
    </message>
    <message>
        <source>{count} lines removed.</source>
        <translation>已移除 {count} 条明细。</translation>
    </message>
    <message>
        <source>There is no draft batch to pack into: create one on the Distribution tab first.</source>
        <translation>没有可装箱的草稿批次：请先在“图书配送”页新建批次。</translation>
    </message>
    <message>
        <source>{count} copies packed into {batch}.</source>
        <translation>已将 {count} 册装入 {batch}。</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <source>Guidance</source>
        <translation>业务指导</translation>
    </message>
    <message>
        <source>Technical service</source>
        <translation>技术服务</translation>
    </message>
</context>
</TS>
