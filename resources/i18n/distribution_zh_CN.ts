<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchColumns</name>
    <message>
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>Boxes in</source>
        <translation>已签收箱</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>BatchEditDialog</name>
    <message>
        <source>New batch</source>
        <translation>新建配送批次</translation>
    </message>
    <message>
        <source>Edit batch</source>
        <translation>编辑配送批次</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>BatchEditDialogForm</name>
    <message>
        <source>&amp;Destination:</source>
        <translation>接收单位(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>配送类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Planned date:</source>
        <translation>计划日期(&amp;P)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>经办人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>BatchKind</name>
    <message>
        <source>New books</source>
        <translation>新书配送</translation>
    </message>
    <message>
        <source>Circulation swap</source>
        <translation>流通替换</translation>
    </message>
    <message>
        <source>Periodical gift</source>
        <translation>期刊赠送</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>回收</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>4 labels per A4</source>
        <translation>A4 每页 4 张</translation>
    </message>
    <message>
        <source>1 label per A6</source>
        <translation>A6 每页 1 张</translation>
    </message>
    <message>
        <source>Scan or type an ISBN, then Enter</source>
        <translation>扫描或输入 ISBN，按回车</translation>
    </message>
    <message>
        <source>Select a batch, or make a new one.</source>
        <translation>请选择一个配送批次，或新建批次。</translation>
    </message>
    <message>
        <source>To {point} · planned {date} · staff {staff}</source>
        <translation>送往 {point} · 计划 {date} · 经办人 {staff}</translation>
    </message>
    <message>
        <source>Shipped {time}</source>
        <translation>发出于 {time}</translation>
    </message>
    <message>
        <source>{done} of {total} boxes received</source>
        <translation>已签收 {done} / {total} 箱</translation>
    </message>
    <message>
        <source>Received {time}, signed by {name}</source>
        <translation>签收于 {time}，签收人 {name}</translation>
    </message>
    <message>
        <source>Discrepancy: {missing} box(es) missing, {damaged} damaged</source>
        <translation>箱件差异：缺失 {missing} 箱，破损 {damaged} 箱</translation>
    </message>
    <message>
        <source>Out: {titles} titles, {copies} copies in {boxes} box(es)</source>
        <translation>发出：{titles} 种 {copies} 册，共 {boxes} 箱</translation>
    </message>
    <message>
        <source>Back: {copies} copies</source>
        <translation>换回：{copies} 册</translation>
    </message>
    <message>
        <source>{title} scanned again: now {copies} copies in box {box}. Scanned twice by mistake? Lower the copies in the table.</source>
        <translation>又扫了一次《{title}》：第 {box} 箱现在 {copies} 册。如是误扫两次，请在表中减少册数。</translation>
    </message>
    <message>
        <source>{isbn}: new title in box {box}; type its title in the table.</source>
        <translation>{isbn}：新书目，已放入第 {box} 箱；请在表格中填写题名。</translation>
    </message>
    <message>
        <source>{title}: {copies} copies in box {box}.</source>
        <translation>{title}：第 {box} 箱现有 {copies} 册。</translation>
    </message>
    <message>
        <source>Lines without a title</source>
        <translation>有未填题名的行</translation>
    </message>
    <message>
        <source>Send &amp;anyway</source>
        <translation>仍然备齐(&amp;A)</translation>
    </message>
    <message>
        <source>Reopen batch</source>
        <translation>重新打开批次</translation>
    </message>
    <message>
        <source>Reopen {number} for changes? Labels printed so far stop being accepted; print them again after packing.</source>
        <translation>重新打开 {number} 进行修改？已打印的箱标签将失效，备齐后请重新打印。</translation>
    </message>
    <message>
        <source>Receive all boxes</source>
        <translation>整批签收</translation>
    </message>
    <message>
        <source>Every box of {number} arrived. Who signed for it at the point?</source>
        <translation>{number} 的所有箱子均已送达。服务点签收人是谁？</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消批次</translation>
    </message>
    <message>
        <source>Why is {number} cancelled?</source>
        <translation>取消 {number} 的原因？</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Remove {count} lines from {number}?</source>
        <translation>从 {number} 中删除 {count} 行？</translation>
    </message>
    <message>
        <source>Print shipment sheet</source>
        <translation>打印配送单</translation>
    </message>
    <message>
        <source>Writing the shipment sheet…</source>
        <translation>正在生成配送单…</translation>
    </message>
    <message>
        <source>Shipment sheet {number}</source>
        <translation>配送单 {number}</translation>
    </message>
    <message>
        <source>Box labels {number}</source>
        <translation>箱标签 {number}</translation>
    </message>
    <message>
        <source>Writing the box labels…</source>
        <translation>正在生成箱标签…</translation>
    </message>
    <message>
        <source>Import items</source>
        <translation>导入明细</translation>
    </message>
    <message>
        <source>Importing items…</source>
        <translation>正在导入明细…</translation>
    </message>
    <message>
        <source>{count} line(s) imported.</source>
        <translation>已导入 {count} 行。</translation>
    </message>
</context>
<context>
    <name>BatchPanelForm</name>
    <message>
        <source>&amp;Packed</source>
        <translation>已备齐(&amp;P)</translation>
    </message>
    <message>
        <source>Every box is packed: fix the boxes so their labels can be printed</source>
        <translation>所有箱子已装好：固定箱号以便打印箱标签</translation>
    </message>
    <message>
        <source>&amp;Shipped</source>
        <translation>已发出(&amp;S)</translation>
    </message>
    <message>
        <source>Received (all boxes)</source>
        <translation>整批签收</translation>
    </message>
    <message>
        <source>Box missing / damaged…</source>
        <translation>箱件缺失/破损…</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消批次</translation>
    </message>
    <message>
        <source>Print shipment &amp;sheet…</source>
        <translation>打印配送单(&amp;S)…</translation>
    </message>
    <message>
        <source>Print box &amp;labels…</source>
        <translation>打印箱标签(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import items…</source>
        <translation>导入明细(&amp;I)…</translation>
    </message>
    <message>
        <source>From &amp;donations…</source>
        <translation>从捐赠选取(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove lines</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Scan books into the batch</source>
        <translation>扫描图书入批次</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>箱号</translation>
    </message>
</context>
<context>
    <name>BatchStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已备齐</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Out</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>换回</translation>
    </message>
</context>
<context>
    <name>DiscrepancyDialog</name>
    <message>
        <source>Box missing or damaged — {number}</source>
        <translation>箱件缺失或破损 — {number}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>未签收</translation>
    </message>
    <message>
        <source>Box {box} ({count} copies, {state})</source>
        <translation>第 {box} 箱（{count} 册，{state}）</translation>
    </message>
    <message>
        <source>&amp;Box:</source>
        <translation>箱号(&amp;B)：</translation>
    </message>
    <message>
        <source>Missing (never arrived)</source>
        <translation>缺失（未送达）</translation>
    </message>
    <message>
        <source>Damaged (arrived damaged)</source>
        <translation>破损（送达时已破损）</translation>
    </message>
    <message>
        <source>Nothing wrong (clear)</source>
        <translation>无异常（清除记录）</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>情况(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. 运输途中丢失 / 外箱破损，两册受潮</source>
        <translation>例如：运输途中丢失 / 外箱破损，两册受潮</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>DistributionTab</name>
    <message>
        <source>Filter by batch number, point, staff, notes…</source>
        <translation>按批次号、服务点、经办人、备注筛选…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Shipped batches not received within {days} days</source>
        <translation>已发出超过 {days} 天仍未签收的批次</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Export batches…</source>
        <translation>导出配送批次(&amp;E)…</translation>
    </message>
    <message>
        <source>Save item import &amp;template…</source>
        <translation>保存明细导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Batch {number} created: scan its books.</source>
        <translation>已创建批次 {number}：请扫描图书。</translation>
    </message>
    <message>
        <source>Export batches</source>
        <translation>导出配送批次</translation>
    </message>
    <message>
        <source>Exporting batches…</source>
        <translation>正在导出配送批次…</translation>
    </message>
    <message>
        <source>Batches written to {path}</source>
        <translation>配送批次已导出到 {path}</translation>
    </message>
    <message>
        <source>Item import template</source>
        <translation>明细导入模板</translation>
    </message>
    <message>
        <source>Template written to {path}</source>
        <translation>模板已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>DistributionTabForm</name>
    <message>
        <source>&amp;New batch</source>
        <translation>新建批次(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit batch</source>
        <translation>编辑批次(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Receive boxes…</source>
        <translation>扫码签收(&amp;R)…</translation>
    </message>
    <message>
        <source>Point &amp;history…</source>
        <translation>服务点记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅超期未签收</translation>
    </message>
</context>
<context>
    <name>DonationPicker</name>
    <message>
        <source>Books from donations</source>
        <translation>从捐赠中选取图书</translation>
    </message>
    <message>
        <source>Filter by title, donor or ISBN…</source>
        <translation>按题名、捐赠人或 ISBN 筛选…</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Copies left</source>
        <translation>可配册数</translation>
    </message>
</context>
<context>
    <name>DonationPickerForm</name>
    <message>
        <source>Donated books evaluated “to branches” (转配分馆) that are not yet in a batch. Choose a line and how many copies go into the box.</source>
        <translation>评估为“转配分馆”且尚未配送的捐赠图书。请选择一行，并填写放入本箱的册数。</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>册数(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Batch {number} has already been shipped and cannot be cancelled. Receive it, then send the books back with a recall batch.</source>
        <translation>批次 {number} 已发出，不能取消。请先签收，再用“回收”批次把图书取回。</translation>
    </message>
    <message>
        <source>Batch {number} was received by the point and cannot be cancelled. Use a recall batch to bring the books back.</source>
        <translation>批次 {number} 已由服务点签收，不能取消。请用“回收”批次把图书取回。</translation>
    </message>
    <message>
        <source>Batch {number} is completed and cannot be cancelled.</source>
        <translation>批次 {number} 已完成，不能取消。</translation>
    </message>
    <message>
        <source>Batch {number} is still a draft: mark it packed (all boxes ready and labelled) before shipping it.</source>
        <translation>批次 {number} 仍是草稿：请先标记为“已备齐”（所有箱子装好并贴上标签），再发出。</translation>
    </message>
    <message>
        <source>Batch {number} has not been shipped yet, so it cannot be received.</source>
        <translation>批次 {number} 尚未发出，不能签收。</translation>
    </message>
    <message>
        <source>Batch {number} has not been shipped yet, so it cannot be received. Mark it shipped when it leaves the library.</source>
        <translation>批次 {number} 尚未发出，不能签收。图书出馆时请标记为“已发出”。</translation>
    </message>
    <message>
        <source>Batch {number} has already been received.</source>
        <translation>批次 {number} 已经签收。</translation>
    </message>
    <message>
        <source>Batch {number} is on its way: it can be completed once the point has received every box.</source>
        <translation>批次 {number} 正在运送途中：服务点签收全部箱子后才能完成。</translation>
    </message>
    <message>
        <source>Batch {number} is already packed.</source>
        <translation>批次 {number} 已经备齐。</translation>
    </message>
    <message>
        <source>Batch {number} is already a draft and can be changed.</source>
        <translation>批次 {number} 已是草稿，可以直接修改。</translation>
    </message>
    <message>
        <source>Batch {number} has left the library; its contents can no longer be changed.</source>
        <translation>批次 {number} 已出馆，内容不能再修改。</translation>
    </message>
    <message>
        <source>Batch {number} was cancelled; nothing more can be done with it. Create a new batch instead.</source>
        <translation>批次 {number} 已取消，不能再进行任何操作。请新建批次。</translation>
    </message>
    <message>
        <source>Batch {number} is completed; nothing more can be done with it.</source>
        <translation>批次 {number} 已完成，不能再进行任何操作。</translation>
    </message>
    <message>
        <source>This step is not possible for batch {number} in its present status.</source>
        <translation>批次 {number} 当前状态下不能进行此操作。</translation>
    </message>
    <message>
        <source>Choose the point the batch goes to.</source>
        <translation>请选择接收该批次的服务点。</translation>
    </message>
    <message>
        <source>Unknown batch kind “{kind}”.</source>
        <translation>未知的配送类型“{kind}”。</translation>
    </message>
    <message>
        <source>The staff name is longer than 60 characters.</source>
        <translation>经办人姓名超过 60 个字符。</translation>
    </message>
    <message>
        <source>Give the ISBN, or at least the title for a book or periodical without one.</source>
        <translation>请填写 ISBN；没有 ISBN 的图书或期刊至少要填写题名。</translation>
    </message>
    <message>
        <source>Copies must be a whole number from 1 up.</source>
        <translation>册数必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>The box number must be a whole number from 1 up.</source>
        <translation>箱号必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Unknown direction “{direction}”.</source>
        <translation>未知的方向“{direction}”。</translation>
    </message>
    <message>
        <source>Only a circulation swap or a recall brings books back.</source>
        <translation>只有“流通替换”或“回收”批次才有换回的图书。</translation>
    </message>
    <message>
        <source>A recall only brings books back; nothing goes out.</source>
        <translation>“回收”批次只收回图书，没有发出的图书。</translation>
    </message>
    <message>
        <source>Unknown source “{source}”.</source>
        <translation>未知的来源“{source}”。</translation>
    </message>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation>内容超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>The ISBN is empty.</source>
        <translation>ISBN 为空。</translation>
    </message>
    <message>
        <source>“{isbn}” is not a valid ISBN-10: its check digit should be {expected}. Check for a mistyped digit.</source>
        <translation>“{isbn}”不是有效的 ISBN-10：校验位应为 {expected}。请检查是否输错了数字。</translation>
    </message>
    <message>
        <source>“{isbn}” is a barcode but not an ISBN (ISBNs start with 978 or 979). Scan the barcode above the price on the back cover.</source>
        <translation>“{isbn}”是条码但不是 ISBN（ISBN 以 978 或 979 开头）。请扫描封底定价上方的条码。</translation>
    </message>
    <message>
        <source>“{isbn}” is not a valid ISBN-13: its check digit should be {expected}. Check for a mistyped digit.</source>
        <translation>“{isbn}”不是有效的 ISBN-13：校验位应为 {expected}。请检查是否输错了数字。</translation>
    </message>
    <message>
        <source>“{isbn}” is not an ISBN: an ISBN has 10 or 13 digits (ISBN-10 may end in X).</source>
        <translation>“{isbn}”不是 ISBN：ISBN 为 10 位或 13 位数字（ISBN-10 末位可以是 X）。</translation>
    </message>
    <message>
        <source>batch lines</source>
        <translation>批次明细</translation>
    </message>
    <message>
        <source>Batch {number} is closed and can no longer be changed.</source>
        <translation>批次 {number} 已结束，不能再修改。</translation>
    </message>
    <message>
        <source>Batch {number} is already packed: its destination and kind can only change in a draft. Reopen it first.</source>
        <translation>批次 {number} 已备齐：接收单位和类型只能在草稿中修改。请先重新打开批次。</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>该明细行已不存在。</translation>
    </message>
    <message>
        <source>Point #{id} no longer exists.</source>
        <translation>服务点 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Batch {number} is packed and its labels may be printed: reopen it before changing what goes out.</source>
        <translation>批次 {number} 已备齐，箱标签可能已打印：修改发出图书前请先重新打开批次。</translation>
    </message>
    <message>
        <source>Batch {number} can no longer be changed in its present status.</source>
        <translation>批次 {number} 当前状态下不能再修改。</translation>
    </message>
    <message>
        <source>No donated copies of ISBN {isbn} are waiting to be distributed (evaluated “to branches” and not yet in a batch). Scan it as a collection book.</source>
        <translation>没有 ISBN 为 {isbn} 的待配送捐赠图书（评估为“转配分馆”且尚未配送）。请按馆藏图书扫描。</translation>
    </message>
    <message>
        <source>Say what happened to the box (e.g. 运输途中丢失, 外箱破损受潮).</source>
        <translation>请说明该箱的情况（例如：运输途中丢失、外箱破损受潮）。</translation>
    </message>
    <message>
        <source>Batch #{id} no longer exists.</source>
        <translation>批次 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Batch {number} is not on its way or just received: boxes are recorded missing or damaged between shipping and completing.</source>
        <translation>批次 {number} 不在运送中或刚签收状态：只能在发出之后、完成之前登记箱件缺失或破损。</translation>
    </message>
    <message>
        <source>Batch {number} has no box {box}.</source>
        <translation>批次 {number} 没有第 {box} 箱。</translation>
    </message>
    <message>
        <source>Box {box} was received; record it as damaged instead.</source>
        <translation>第 {box} 箱已签收，请改为登记破损。</translation>
    </message>
    <message>
        <source>Batch {number} is not packed yet: mark it packed so its boxes are fixed, then print the labels.</source>
        <translation>批次 {number} 尚未备齐：请先标记为“已备齐”以固定箱号，再打印箱标签。</translation>
    </message>
    <message>
        <source>Donation line #{id} is not evaluated “to branches” (转配分馆), so its books cannot be distributed.</source>
        <translation>捐赠明细 #{id} 的评估结果不是“转配分馆”，其图书不能配送。</translation>
    </message>
    <message>
        <source>Only {remaining} of the {quantity} copies of “{title}” donated by {donor} are left to distribute; {copies} were asked for.</source>
        <translation>{donor} 捐赠的“{title}”共 {quantity} 册，仅剩 {remaining} 册可配送，但要求配送 {copies} 册。</translation>
    </message>
    <message>
        <source>There is no batch numbered {number}.</source>
        <translation>没有批次号为 {number} 的配送批次。</translation>
    </message>
    <message>
        <source>This is the code of shipment sheet {number}, not a box label. Scan the label on each box.</source>
        <translation>这是配送单 {number} 的二维码，不是箱标签。请扫描每个箱子上的标签。</translation>
    </message>
    <message>
        <source>This code is genuine but it is not a box label.</source>
        <translation>此二维码真实有效，但不是箱标签。</translation>
    </message>
    <message>
        <source>This box label is genuine, but batch {number} is not in this database: desk {desk} of another database shipped it. Receive it there.</source>
        <translation>此装箱标签真实有效，但批次 {number} 不在本数据库中：它由另一数据库的服务台 {desk} 发出。请在那里签收。</translation>
    </message>
    <message>
        <source>Batch {number} was cancelled.</source>
        <translation>批次 {number} 已取消。</translation>
    </message>
    <message>
        <source>Genuine, batch {number} not in this database (signed by {desk}).</source>
        <translation>真实有效，但批次 {number} 不在本数据库中（由 {desk} 签名）。</translation>
    </message>
    <message>
        <source>The code is signed with this database&apos;s key, but batch {number} was never made here: it is forged.</source>
        <translation>此代码用本数据库的密钥签名，但本库从未建立批次 {number}：它是伪造的。</translation>
    </message>
    <message>
        <source>The code of batch {number} names another destination than “{name}”: the point was changed after printing. Reprint the labels.</source>
        <translation>批次 {number} 的二维码所载接收单位与“{name}”不符：打印后修改过接收单位。请重新打印标签。</translation>
    </message>
    <message>
        <source>This label (batch {number}, box {box}) no longer matches the batch: it was repacked after the label was printed. Reprint the labels.</source>
        <translation>此标签（批次 {number}，第 {box} 箱）与批次不再相符：打印标签后重新装过箱。请重新打印标签。</translation>
    </message>
    <message>
        <source>{count} line(s) of batch {number} have no title; the sheet would print （题名待补）. Type the titles (or import the catalogue), or send anyway.</source>
        <translation>批次 {number} 有 {count} 行没有题名，配送单上将印出“（题名待补）”。请补填题名（或导入馆藏书目），或确认仍然备齐。</translation>
    </message>
    <message>
        <source>Batch {number} has nothing to ship yet: scan or import its books first.</source>
        <translation>批次 {number} 还没有要发出的图书：请先扫描或导入图书。</translation>
    </message>
    <message>
        <source>Box {box} of batch {number} is empty: boxes must be numbered 1 to {last} without gaps. Renumber the items&apos; boxes.</source>
        <translation>批次 {number} 的第 {box} 箱是空的：箱号必须从 1 到 {last} 连续编号。请调整图书的箱号。</translation>
    </message>
    <message>
        <source>Unknown direction “{value}”; use 发出 or 换回.</source>
        <translation>未知的方向“{value}”；请填写“发出”或“换回”。</translation>
    </message>
    <message>
        <source>Unknown source “{value}”; use 馆藏 or 捐赠.</source>
        <translation>未知的来源“{value}”；请填写“馆藏”或“捐赠”。</translation>
    </message>
    <message>
        <source>Line {row} was changed by {who} at {when} while you were editing it, so your “{column}” was not saved. The table now shows the line as saved there; type your change again if it is still needed.</source>
        <translation>第 {row} 行在您编辑时已由{who}于 {when} 修改，您填写的“{column}”没有保存。表格现在显示的是对方保存的内容；如仍需修改，请重新输入。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Point history</source>
        <translation>服务点配送记录</translation>
    </message>
    <message>
        <source>Find a donor by name…</source>
        <translation>按姓名查找捐赠人…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Copies out</source>
        <translation>发出册数</translation>
    </message>
    <message>
        <source>Copies back</source>
        <translation>换回册数</translation>
    </message>
    <message>
        <source>Boxes in</source>
        <translation>已签收箱</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>箱件差异</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>Out there now ({count} copies)</source>
        <translation>现存服务点（{count} 册）</translation>
    </message>
    <message>
        <source>{count} box(es) missing</source>
        <translation>缺失 {count} 箱</translation>
    </message>
    <message>
        <source>{count} damaged</source>
        <translation>破损 {count} 箱</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>服务点</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次数</translation>
    </message>
    <message>
        <source>Books out (copies)</source>
        <translation>配送图书（册）</translation>
    </message>
    <message>
        <source>Books out (titles)</source>
        <translation>配送图书（种）</translation>
    </message>
    <message>
        <source>Periodicals (copies)</source>
        <translation>赠送期刊（册）</translation>
    </message>
    <message>
        <source>Books back (copies)</source>
        <translation>换回图书（册）</translation>
    </message>
    <message>
        <source>Boxes missing</source>
        <translation>缺失箱数</translation>
    </message>
    <message>
        <source>Boxes damaged</source>
        <translation>破损箱数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>HistoryDialogForm</name>
    <message>
        <source>&amp;Point:</source>
        <translation>服务点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>配送批次</translation>
    </message>
    <message>
        <source>Out there now</source>
        <translation>现存服务点</translation>
    </message>
    <message>
        <source>Year totals</source>
        <translation>年度统计</translation>
    </message>
    <message>
        <source>By donor</source>
        <translation>按捐赠人</translation>
    </message>
</context>
<context>
    <name>ItemColumns</name>
    <message>
        <source>Box</source>
        <translation>箱号</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>责任者</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版社</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>索书号</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>刊期</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ItemSource</name>
    <message>
        <source>Collection</source>
        <translation>馆藏</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>捐赠</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>(title to be filled in)</source>
        <translation>（题名待补）</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive boxes</source>
        <translation>扫码签收</translation>
    </message>
    <message>
        <source>Scan a box label (LD1.…)</source>
        <translation>扫描箱标签二维码（LD1.…）</translation>
    </message>
    <message>
        <source>Name of the person signing at the point</source>
        <translation>服务点签收人姓名</translation>
    </message>
    <message>
        <source>Ready: scan the first box.</source>
        <translation>就绪：请扫描第一箱。</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>拒收：{reason}</translation>
    </message>
    <message>
        <source>Box {box} of {batch} was already received — this is a second scan. {done} of {total} boxes are in.</source>
        <translation>{batch} 第 {box} 箱已经签收过——这是重复扫描。已签收 {done} / {total} 箱。</translation>
    </message>
    <message>
        <source>Box {box} of {total} received: {batch} for {point}, {count} copies.</source>
        <translation>第 {box} 箱（共 {total} 箱）已签收：{batch}，送往 {point}，{count} 册。</translation>
    </message>
    <message>
        <source>Every box is in: the batch is received.</source>
        <translation>全部箱子已到齐：本批次已签收。</translation>
    </message>
    <message>
        <source>{left} box(es) still to come.</source>
        <translation>还有 {left} 箱未到。</translation>
    </message>
</context>
<context>
    <name>ReceiveDialogForm</name>
    <message>
        <source>Scan the QR code on each box label. A box is marked received; when every box of a batch is in, the batch is received.</source>
        <translation>请扫描每个箱标签上的二维码。扫描后该箱标记为已签收；一个批次的全部箱子到齐后，该批次即为已签收。</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>签收人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
</context>
</TS>
