<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CertificateAction</name>
    <message>
        <source>Issued</source>
        <translation>颁发</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>CertificateKind</name>
    <message>
        <source>Donation certificate</source>
        <translation>捐赠证书</translation>
    </message>
    <message>
        <source>Collection certificate</source>
        <translation>收藏证书</translation>
    </message>
</context>
<context>
    <name>CertificatePane</name>
    <message>
        <source>Material</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title or description</source>
        <translation>题名/说明</translation>
    </message>
    <message>
        <source>种</source>
        <translation>种</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>颁发日期</translation>
    </message>
    <message>
        <source>Select a donation to see its lines and certificates.</source>
        <translation>选择一条捐赠记录，查看其明细和证书。</translation>
    </message>
    <message>
        <source>{titles} titles (种), {volumes} volumes (册), {items} items (件)</source>
        <translation>{titles} 种，{volumes} 册，{items} 件</translation>
    </message>
    <message>
        <source>{channel}, received by {person}</source>
        <translation>{channel}，接收人：{person}</translation>
    </message>
    <message>
        <source>Locked: a valid certificate certifies this line.</source>
        <translation>已锁定：有效证书证明了这条明细。</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source> (reissued {n}×)</source>
        <translation>（已补发 {n} 次）</translation>
    </message>
    <message>
        <source>{titles} titles (种), {volumes} volumes (册)</source>
        <translation>{titles} 种，{volumes} 册</translation>
    </message>
    <message>
        <source>Certificate {number} issued.</source>
        <translation>证书 {number} 已颁发。</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>颁发证书</translation>
    </message>
    <message>
        <source>Date on the certificate:</source>
        <translation>证书落款日期：</translation>
    </message>
    <message>
        <source>Preparing the certificate…</source>
        <translation>正在生成证书……</translation>
    </message>
    <message>
        <source>Certificate {number}</source>
        <translation>证书 {number}</translation>
    </message>
    <message>
        <source>Reissue certificate</source>
        <translation>补发证书</translation>
    </message>
    <message>
        <source>Reissue {number} with the same number, marked 补发. Why is it reissued?</source>
        <translation>以原编号补发 {number}（证书上印“补发”字样）。补发原因：</translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation>作废证书</translation>
    </message>
    <message>
        <source>Void {number}? Its number is never used again and its QR code will show “void”. Reason (required):</source>
        <translation>作废 {number}？该编号不再使用，扫描其二维码将显示“已作废”。作废原因（必填）：</translation>
    </message>
    <message>
        <source>Certificate {number} voided.</source>
        <translation>证书 {number} 已作废。</translation>
    </message>
    <message>
        <source>History of {number}</source>
        <translation>{number} 的记录</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Handed in at the library</source>
        <translation>到馆移交</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Collected from the donor</source>
        <translation>上门征集</translation>
    </message>
    <message>
        <source>Electronic documents</source>
        <translation>电子文档</translation>
    </message>
</context>
<context>
    <name>DonationColumns</name>
    <message>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠者</translation>
    </message>
    <message>
        <source>Titles (种)</source>
        <translation>种数</translation>
    </message>
    <message>
        <source>Volumes (册)</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>Items (件)</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>To evaluate</source>
        <translation>待评估</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title / affiliation</source>
        <translation>职务/单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>捐赠次数</translation>
    </message>
    <message>
        <source>Last donation</source>
        <translation>最近捐赠</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message>
        <source>New donation</source>
        <translation>新增捐赠</translation>
    </message>
    <message>
        <source>Edit donation</source>
        <translation>编辑捐赠</translation>
    </message>
    <message>
        <source>Type a name, phone or affiliation…</source>
        <translation>输入姓名、电话或单位……</translation>
    </message>
    <message>
        <source>Scan or type, then Enter</source>
        <translation>扫描或输入后按回车</translation>
    </message>
    <message>
        <source>A valid donation certificate certifies this donation: its donor, date and lines are locked.</source>
        <translation>本次捐赠已有有效的捐赠证书：捐赠者、日期和明细已锁定。</translation>
    </message>
    <message>
        <source>Lines certified by the collection certificate are locked. Void a certificate to change what it certifies.</source>
        <translation>收藏证书所证明的明细已锁定。如需修改，请先作废该证书。</translation>
    </message>
    <message>
        <source>{title} scanned again: now {count}. Scanned twice by mistake? Lower the quantity in the table.</source>
        <translation>又扫了一次《{title}》：现在 {count}。如是误扫两次，请在表中减少数量。</translation>
    </message>
    <message>
        <source>{title}: now {count}.</source>
        <translation>《{title}》：现在 {count}。</translation>
    </message>
    <message>
        <source>{title}: added.</source>
        <translation>《{title}》：已添加。</translation>
    </message>
    <message>
        <source>{isbn}: not in the catalogue; type its title in the table.</source>
        <translation>{isbn}：书目中没有此书，请在表中填写题名。</translation>
    </message>
    <message>
        <source>Import lines</source>
        <translation>导入明细</translation>
    </message>
    <message>
        <source>{lines} line(s): {titles} titles (种), {volumes} volumes (册), {items} items (件)</source>
        <translation>共 {lines} 条明细：{titles} 种，{volumes} 册，{items} 件</translation>
    </message>
    <message>
        <source>Choose the donor from the list as you type, or add a new donor.</source>
        <translation>请在输入时从列表中选择捐赠者，或新增捐赠者。</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
</context>
<context>
    <name>DonationDialogForm</name>
    <message>
        <source>&amp;Donor:</source>
        <translation>捐赠者(&amp;D)：</translation>
    </message>
    <message>
        <source>New donor…</source>
        <translation>新增捐赠者…</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>接收日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>接收人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>方式(&amp;C)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Scan ISBN:</source>
        <translation>扫描 ISBN(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import lines…</source>
        <translation>从 Excel 导入明细(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除明细(&amp;R)</translation>
    </message>
    <message>
        <source>Selected lines:</source>
        <translation>选中的明细：</translation>
    </message>
    <message>
        <source>Set &amp;evaluation</source>
        <translation>设为此评估(&amp;E)</translation>
    </message>
</context>
<context>
    <name>DonationFiles</name>
    <message>
        <source>&amp;Export donors and donations…</source>
        <translation>导出捐赠者与捐赠明细(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import donors and donations…</source>
        <translation>导入捐赠者与捐赠明细(&amp;I)…</translation>
    </message>
    <message>
        <source>Save import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Top donors…</source>
        <translation>捐赠排行(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Merge donors…</source>
        <translation>合并捐赠者(&amp;M)…</translation>
    </message>
    <message>
        <source>Export donors and donations</source>
        <translation>导出捐赠者与捐赠明细</translation>
    </message>
    <message>
        <source>Exporting donors…</source>
        <translation>正在导出捐赠者……</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Save import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Import donors and donations</source>
        <translation>导入捐赠者与捐赠明细</translation>
    </message>
    <message>
        <source>Importing donors…</source>
        <translation>正在导入……</translation>
    </message>
    <message>
        <source>Imported: {added} donor(s) added, {updated} updated; {donations} donation(s) with {lines} line(s) added; {kept} row(s) of existing donations left as they are.</source>
        <translation>导入完成：新增捐赠者 {added} 位，更新 {updated} 位；新增捐赠 {donations} 次，共 {lines} 条明细；已有捐赠的 {kept} 行保持不变。</translation>
    </message>
    <message>
        <source>Merge donors</source>
        <translation>合并捐赠者</translation>
    </message>
    <message>
        <source>On the Donors page, select the two donors to merge (Ctrl+click), then choose Merge donors again.</source>
        <translation>请在“捐赠者”页选中要合并的两位捐赠者（按住 Ctrl 点击），再选择“合并捐赠者”。</translation>
    </message>
    <message>
        <source>Keep which donor? The other one&apos;s donations move to it and it is removed.</source>
        <translation>保留哪一位？另一位的捐赠记录将转到保留者名下，另一位将被删除。</translation>
    </message>
    <message>
        <source>Merged: {count} donation(s) moved.</source>
        <translation>已合并：转移 {count} 次捐赠。</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Select the donations first (Ctrl+click or Shift+click).</source>
        <translation>请先选择捐赠记录（按住 Ctrl 或 Shift 点击）。</translation>
    </message>
    <message>
        <source>Issue what is missing and print one PDF for {count} donation(s):</source>
        <translation>为 {count} 次捐赠补齐证书并合并打印为一个 PDF：</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>Preparing {count} certificate(s)…</source>
        <translation>正在生成 {count} 份证书……</translation>
    </message>
    <message>
        <source>{issued} issued, {reused} already issued, {skipped} without anything to certify.</source>
        <translation>新颁发 {issued} 份，已有 {reused} 份，{skipped} 次捐赠无可证明的内容。</translation>
    </message>
</context>
<context>
    <name>DonationsTab</name>
    <message>
        <source>Type a donor&apos;s name, phone or affiliation…</source>
        <translation>输入捐赠者姓名、电话或单位……</translation>
    </message>
    <message>
        <source>Type a name, phone, affiliation or address…</source>
        <translation>输入姓名、电话、单位或地址……</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>&amp;New donation…</source>
        <translation>新增捐赠(&amp;N)…</translation>
    </message>
    <message>
        <source>New dono&amp;r…</source>
        <translation>新增捐赠者(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Donation saved.</source>
        <translation>捐赠已保存。</translation>
    </message>
    <message>
        <source>Donor saved.</source>
        <translation>捐赠者已保存。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete “{what}”? This cannot be undone.</source>
        <translation>删除“{what}”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Title / affiliation</source>
        <translation>职务/单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠者</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
</context>
<context>
    <name>DonationsTabForm</name>
    <message>
        <source>&amp;New donation</source>
        <translation>新增捐赠(&amp;N)</translation>
    </message>
    <message>
        <source>New dono&amp;r</source>
        <translation>新增捐赠者(&amp;R)</translation>
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
        <source>&amp;Certificates for selected…</source>
        <translation>为选中记录出证书(&amp;C)…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Awaiting evaluation</source>
        <translation>待评估</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>捐赠记录</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>捐赠者</translation>
    </message>
    <message>
        <source>Selected donation</source>
        <translation>选中的捐赠</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificates&lt;/b&gt;</source>
        <translation>&lt;b&gt;证书&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Issue donation certificate</source>
        <translation>颁发捐赠证书</translation>
    </message>
    <message>
        <source>Issue collection certificate</source>
        <translation>颁发收藏证书</translation>
    </message>
    <message>
        <source>&amp;Preview / print…</source>
        <translation>预览/打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Reissue (补发)…</source>
        <translation>补发…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>DonorDialog</name>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>第二电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>新增捐赠者</translation>
    </message>
    <message>
        <source>Edit donor</source>
        <translation>编辑捐赠者</translation>
    </message>
    <message>
        <source>Mobile or landline</source>
        <translation>手机或座机</translation>
    </message>
    <message>
        <source>e.g. 原中央党史研究室主任</source>
        <translation>例如：原中央党史研究室主任</translation>
    </message>
    <message>
        <source>Save and record a &amp;donation</source>
        <translation>保存并登记捐赠(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Phone and ID numbers are shown masked; leave them as they are to keep the stored numbers.</source>
        <translation>电话和身份证号以打码形式显示；保持不动即保留原号码。</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This looks like a donor who is already registered:
{names}

Add a new donor anyway? (To combine two donors later, use Merge donors.)</source>
        <translation>以下捐赠者似乎已经登记：
{names}

仍要新增吗？（以后可用“合并捐赠者”合并两条记录。）</translation>
    </message>
</context>
<context>
    <name>DonorDialogForm</name>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名/名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Form of address:</source>
        <translation>称谓(&amp;F)：</translation>
    </message>
    <message>
        <source>Title / &amp;affiliation:</source>
        <translation>职务/单位(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Show full &amp;numbers</source>
        <translation>显示完整号码(&amp;N)</translation>
    </message>
</context>
<context>
    <name>DonorKind</name>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no certificate {number}.</source>
        <translation>没有编号为 {number} 的证书。</translation>
    </message>
    <message>
        <source>Could not read {path} ({reason}).</source>
        <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>The name is longer than 120 characters; shorten it.</source>
        <translation>名称超过 120 个字符，请缩短。</translation>
    </message>
    <message>
        <source>The name may not contain the character |.</source>
        <translation>名称中不能含有字符 |。</translation>
    </message>
    <message>
        <source>Unknown donor type “{kind}”; use person or organisation.</source>
        <translation>未知的捐赠者类型“{kind}”；请用个人或单位。</translation>
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
        <source>“{value}” is not an ID number: use the 18 (or old 15) characters on the card.</source>
        <translation>“{value}”不是身份证号：请填写证件上的 18 位（或旧证 15 位）号码。</translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”.</source>
        <translation>未知的捐赠方式“{channel}”。</translation>
    </message>
    <message>
        <source>The date received {date} is in the future.</source>
        <translation>接收日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>Line {n}: the title or description is required.</source>
        <translation>第 {n} 条：题名或说明必须填写。</translation>
    </message>
    <message>
        <source>Line {n}: unknown material “{material}”.</source>
        <translation>第 {n} 条：未知的文献类型“{material}”。</translation>
    </message>
    <message>
        <source>Line {n}: the unit must be 册, 种 or 件, not “{unit}”.</source>
        <translation>第 {n} 条：单位应为册、种或件，而不是“{unit}”。</translation>
    </message>
    <message>
        <source>Line {n}: the quantity must be a whole number from 1 up.</source>
        <translation>第 {n} 条：数量必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Line {n}: {titles} titles cannot fill only {quantity} volumes.</source>
        <translation>第 {n} 条：{titles} 种不可能只有 {quantity} 册。</translation>
    </message>
    <message>
        <source>Line {n}: unknown evaluation “{evaluation}”.</source>
        <translation>第 {n} 条：未知的评估结果“{evaluation}”。</translation>
    </message>
    <message>
        <source>This donation already has a valid {kind}, {number}. Reissue it (补发) or void it first.</source>
        <translation>本次捐赠已有有效的{kind} {number}。请补发，或先作废。</translation>
    </message>
    <message>
        <source>Nothing to certify: a donation certificate needs at least one line, a collection certificate at least one line evaluated as collected.</source>
        <translation>没有可证明的内容：捐赠证书至少需要一条明细，收藏证书至少需要一条评估为“入藏”的明细。</translation>
    </message>
    <message>
        <source>Give the reason for voiding the certificate.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>The code is signed with this database&apos;s key, but certificate {number} was never issued here: it is forged.</source>
        <translation>此代码用本数据库的密钥签名，但本库从未签发证书 {number}：它是伪造的。</translation>
    </message>
    <message>
        <source>The code is signed but does not match certificate {number} on record.</source>
        <translation>该码签名有效，但与本库证书 {number} 的记录不符。</translation>
    </message>
    <message>
        <source>Certificate {number} was voided: {reason}</source>
        <translation>证书 {number} 已作废：{reason}</translation>
    </message>
    <message>
        <source>The code is signed but its contents are not a certificate LibDesk knows.</source>
        <translation>该码签名有效，但内容不是 LibDesk 可识别的证书。</translation>
    </message>
    <message>
        <source>The certificate #{id} no longer exists; reload the list.</source>
        <translation>证书 #{id} 已不存在；请刷新列表。</translation>
    </message>
    <message>
        <source>Certificate {number} was voided ({reason}); issue a new one instead.</source>
        <translation>证书 {number} 已作废（{reason}）；请重新颁发。</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>This donation has certificate(s) {numbers} and cannot be deleted; certificates are kept for good. Correct it instead.</source>
        <translation>本次捐赠已有证书 {numbers}，不能删除；证书须永久留存。请改为修正记录。</translation>
    </message>
    <message>
        <source>Donation #{id} no longer exists.</source>
        <translation>捐赠 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Donor #{id} no longer exists.</source>
        <translation>捐赠者 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>{count} line(s) cannot be removed: their books are in distribution batch(es) {batches}. Take them out of those batches first.</source>
        <translation>有 {count} 条明细无法删除：其图书已在配送批次 {batches} 中。请先从这些批次中移除。</translation>
    </message>
    <message>
        <source>Donation certificate {number} certifies this donation as received: its donor, date and lines cannot change. Void the certificate first (a new one gets a new number).</source>
        <translation>捐赠证书 {number} 证明了本次捐赠：捐赠者、日期和明细不能修改。请先作废该证书（新证书将使用新编号）。</translation>
    </message>
    <message>
        <source>“{title}” is certified by collection certificate {number} and cannot change. Void the certificate first (a new one gets a new number).</source>
        <translation>“{title}”已由收藏证书 {number} 证明，不能修改。请先作废该证书（新证书将使用新编号）。</translation>
    </message>
    <message>
        <source>No donor is named “{name}”; add the donor on the 捐赠者 sheet.</source>
        <translation>没有名为“{name}”的捐赠者；请在“捐赠者”工作表中添加。</translation>
    </message>
    <message>
        <source>Several donors are named “{name}”; give the 捐赠者编号 to say which.</source>
        <translation>有多位捐赠者名为“{name}”；请填写“捐赠者编号”加以区分。</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠者</translation>
    </message>
    <message>
        <source>“{name}” has {count} donation(s) and cannot be deleted. Merge the donor into another one instead.</source>
        <translation>“{name}”有 {count} 次捐赠，不能删除。可改为合并到另一位捐赠者。</translation>
    </message>
    <message>
        <source>Choose two different donors to merge.</source>
        <translation>请选择两位不同的捐赠者进行合并。</translation>
    </message>
    <message>
        <source>The name is empty; fill it in or delete the row.</source>
        <translation>名称为空，请填写或删除该行。</translation>
    </message>
    <message>
        <source>Unknown donor type “{value}”; use 个人 or 单位.</source>
        <translation>未知的捐赠者类型“{value}”；请填“个人”或“单位”。</translation>
    </message>
    <message>
        <source>The date is empty; write it as 2020-10-14.</source>
        <translation>日期为空；请按 2020-10-14 的格式填写。</translation>
    </message>
    <message>
        <source>The donor is empty; give the donor&apos;s name as on the 捐赠者 sheet.</source>
        <translation>捐赠者为空；请按“捐赠者”工作表填写姓名或名称。</translation>
    </message>
    <message>
        <source>“{value}” is not one of {choices}.</source>
        <translation>“{value}”不是以下之一：{choices}。</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Pending</source>
        <translation>待评估</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>入藏</translation>
    </message>
    <message>
        <source>To branches</source>
        <translation>转配分馆</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>不予入藏</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Private keys never enter the database: this desk&apos;s is kept in {where}. The database holds public keys only. Rotating makes a new key (codes signed before keep verifying); revoke a key whose copy may have been lost.</source>
        <translation>私钥从不进入数据库：本服务台的私钥保存在 {where}。数据库只保存公钥。轮换会生成新密钥（之前签名的代码仍可验证）；私钥副本可能遗失时请撤销该密钥。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>服务台</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>启用日期</translation>
    </message>
    <message>
        <source>&amp;Rotate this desk&apos;s key</source>
        <translation>轮换本服务台密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;voke selected key…</source>
        <translation>撤销所选密钥(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>this desk</source>
        <translation>本服务台</translation>
    </message>
    <message>
        <source>another desk of this database</source>
        <translation>本数据库的其他服务台</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>revoked {date}</source>
        <translation>已撤销 {date}</translation>
    </message>
    <message>
        <source>retired {date}</source>
        <translation>已停用 {date}</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>签名中</translation>
    </message>
    <message>
        <source>verifies</source>
        <translation>仅验证</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>轮换密钥</translation>
    </message>
    <message>
        <source>Sign with a new key from now on? Certificates and labels signed before keep verifying. Export the verification file again for the other desks.</source>
        <translation>从现在起用新密钥签名吗？之前签名的证书和标签仍可验证。请重新导出核验文件给其他服务台。</translation>
    </message>
    <message>
        <source>This desk now signs with key {key_id}.</source>
        <translation>本服务台现在用密钥 {key_id} 签名。</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>撤销密钥</translation>
    </message>
    <message>
        <source>Why is key {key_id} revoked? Its codes then count only where this database&apos;s register confirms them.</source>
        <translation>为什么撤销密钥 {key_id}？撤销后，它签名的代码只有在本数据库登记簿能核实时才有效。</translation>
    </message>
</context>
<context>
    <name>LineColumns</name>
    <message>
        <source>Material</source>
        <translation>文献类型</translation>
    </message>
    <message>
        <source>Title or description</source>
        <translation>题名/说明</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Titles (种)</source>
        <translation>种数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Evaluation note</source>
        <translation>评估说明</translation>
    </message>
</context>
<context>
    <name>Material</name>
    <message>
        <source>Books</source>
        <translation>图书</translation>
    </message>
    <message>
        <source>Periodicals</source>
        <translation>期刊</translation>
    </message>
    <message>
        <source>Local documents</source>
        <translation>地方文献</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>实物</translation>
    </message>
    <message>
        <source>Audio-visual</source>
        <translation>音像</translation>
    </message>
    <message>
        <source>Electronic documents</source>
        <translation>电子文档</translation>
    </message>
</context>
<context>
    <name>TopDonorsDialog</name>
    <message>
        <source>Top donors</source>
        <translation>捐赠排行</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>名次：</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐赠者</translation>
    </message>
    <message>
        <source>Volumes (册)</source>
        <translation>册数</translation>
    </message>
    <message>
        <source>Titles (种)</source>
        <translation>种数</translation>
    </message>
</context>
<context>
    <name>VerificationActions</name>
    <message>
        <source>&amp;Verify certificate…</source>
        <translation>验证证书(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>导出公钥(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import public key…</source>
        <translation>导入公钥(&amp;I)…</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>签名密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Export public key</source>
        <translation>导出公钥</translation>
    </message>
    <message>
        <source>The verification file was written to {path}: this database&apos;s public keys and its signed list of voided certificates. Import it at another desk or branch (Tools → Import public key) so it can verify this database&apos;s codes; export and import it again after voiding certificates or rotating keys.</source>
        <translation>核验文件已写入 {path}：含本数据库的公钥及其签名的作废证书清单。请在其他服务台或分馆导入（工具 → 导入公钥），即可验证本数据库的代码；作废证书或轮换密钥后请重新导出并导入。</translation>
    </message>
    <message>
        <source>Keys {keys} imported: codes signed with them now verify here.</source>
        <translation>已导入密钥 {keys}：用它们签名的代码现在可在此验证。</translation>
    </message>
    <message>
        <source>Its list of {count} voided certificates is as of {date}.</source>
        <translation>其作废清单（{count} 张证书）截至 {date}。</translation>
    </message>
    <message>
        <source>Import public key</source>
        <translation>导入公钥</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify certificate</source>
        <translation>验证证书</translation>
    </message>
    <message>
        <source>LD1.…</source>
        <translation>LD1.…</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>等待扫码…</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Cannot be verified (forged or damaged)</source>
        <translation>无法验证（伪造或损坏）</translation>
    </message>
    <message>
        <source>Void (as of {date})</source>
        <translation>已作废（截至 {date}）</translation>
    </message>
</context>
<context>
    <name>VerifyDialogForm</name>
    <message>
        <source>Scan the QR code on the certificate (or paste its text) and press Enter:</source>
        <translation>扫描证书上的二维码（或粘贴其内容）后按回车：</translation>
    </message>
</context>
</TS>
