<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>LibDesk cannot start</source>
        <translation>LibDesk 无法启动</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>BranchesTab</name>
    <message>
        <source>Branches &amp;&amp; outreach points</source>
        <translation>分馆与服务点</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Saved meanwhile by someone else</source>
        <translation>他人已在此期间保存</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>另一台电脑</translation>
    </message>
    <message>
        <source>“{name}” was saved by {who} at {when} after you opened it. Nothing of yours has been saved yet.</source>
        <translation>您打开“{name}”之后，{who}于{when}保存了它。您的修改尚未保存。</translation>
    </message>
    <message>
        <source>For each field, click the value to keep, then “Save my choices”. “Keep mine” saves all of yours; “Take the saved one” keeps what {who} saved and drops your changes.</source>
        <translation>请在每个字段中点选要保留的值，然后点“按我的选择保存”。“保留我的”保存您的全部内容；“采用已保存的”保留{who}保存的内容，放弃您的修改。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>您的（未保存）</translation>
    </message>
    <message>
        <source>Saved by {who} at {when}</source>
        <translation>{who}于{when}保存的</translation>
    </message>
    <message>
        <source>{count} other field(s) are the same in both.</source>
        <translation>另有{count}个字段两边相同。</translation>
    </message>
</context>
<context>
    <name>ConflictDialogForm</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the saved one</source>
        <translation>采用已保存的(&amp;T)</translation>
    </message>
    <message>
        <source>Save my &amp;choices</source>
        <translation>按我的选择保存(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>返回编辑(&amp;B)</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>at least {count} rows (counting…)</source>
        <translation>至少 {count} 行（正在计数…）</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>共 {count} 行</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>{label}: {before} → {now}</source>
        <translation>{label}：{before} → {now}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>What is different from what you confirmed:</source>
        <translation>与您确认删除时不同的内容：</translation>
    </message>
    <message>
        <source>The fields shown are the same; something else about it was changed.</source>
        <translation>上面列出的各项没有变化，改动的是其他内容。</translation>
    </message>
    <message>
        <source>&amp;Look again…</source>
        <translation>重新查看(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DistributionTab</name>
    <message>
        <source>Distribution</source>
        <translation>图书配送</translation>
    </message>
</context>
<context>
    <name>DonationsTab</name>
    <message>
        <source>Donations &amp;&amp; certificates</source>
        <translation>捐赠与证书</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>sheet {sheet}</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>“{column}”列</translation>
    </message>
    <message>
        <source>LibDesk hit a fault ({kind}); the details are in {log}.</source>
        <translation>LibDesk 出现程序错误（{kind}），详细信息已记录在 {log}。</translation>
    </message>
    <message>
        <source>LibDesk</source>
        <translation>LibDesk</translation>
    </message>
    <message>
        <source>LibDesk hit a fault of its own ({kind}).</source>
        <translation>LibDesk 自身出现了程序错误（{kind}）。</translation>
    </message>
    <message>
        <source>This is a fault in LibDesk. Nothing was saved by the failed action. The details were written to {log}; send that file to the maintainers.</source>
        <translation>这是 LibDesk 的程序错误，失败的操作没有保存任何内容。详细信息已写入 {log}，请把该文件发给维护人员。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{name}” was changed by {who} at {when} after you confirmed deleting it, so it was not deleted. Look at it again as it is now, and delete it again if you still want to.</source>
        <translation>您确认删除“{name}”之后，{who} 于 {when} 修改了它，因此没有删除。请重新查看它现在的内容，如仍要删除，请再删除一次。</translation>
    </message>
    <message>
        <source>{count} of the {selected} selected {what} were changed or deleted at another desk after the list showed them ({changed} changed, {gone} deleted; the last by {who} at {when}). Nothing was deleted. Look at the list again as it is now, and delete again if you still want to.</source>
        <translation>所选的 {selected} 条{what}中有 {count} 条在列表显示之后已在其他工作台上被修改或删除（修改 {changed} 条、删除 {gone} 条；最近一次由 {who} 于 {when}）。本次没有删除任何记录。请重新查看列表中现在保存的内容，如仍要删除，请再删除一次。</translation>
    </message>
    <message>
        <source>{count} of the {selected} selected {what} were changed or deleted at another desk after the list showed them ({changed} changed, {gone} deleted). Nothing was deleted. Look at the list again as it is now, and delete again if you still want to.</source>
        <translation>所选的 {selected} 条{what}中有 {count} 条在列表显示之后已在其他工作台上被修改或删除（修改 {changed} 条、删除 {gone} 条）。本次没有删除任何记录。请重新查看列表中现在保存的内容，如仍要删除，请再删除一次。</translation>
    </message>
    <message>
        <source>{count} problem(s) found; nothing was saved.</source>
        <translation>发现 {count} 处问题，未保存任何内容。</translation>
    </message>
    <message>
        <source>{user} ({role}) may not do this ({perm}). Ask an administrator.</source>
        <translation>{user}（{role}）无权执行此操作（{perm}）。请联系管理员。</translation>
    </message>
    <message>
        <source>This code is not a LibDesk code (it does not start with {prefix}).</source>
        <translation>这不是 LibDesk 生成的二维码（不以 {prefix} 开头）。</translation>
    </message>
    <message>
        <source>This code is damaged: it could not be decoded. Scan it again.</source>
        <translation>二维码已损坏，无法解码。请重新扫描。</translation>
    </message>
    <message>
        <source>This code was signed with key {key_id}, which this database does not know. Import that desk&apos;s verification file to verify it.</source>
        <translation>此代码用密钥 {key_id} 签名，本数据库不认识该密钥。请导入那个服务台的核验文件后再验证。</translation>
    </message>
    <message>
        <source>Give a reason for revoking key {key_id}.</source>
        <translation>请填写撤销密钥 {key_id} 的原因。</translation>
    </message>
    <message>
        <source>This database has no key {key_id} of its own to revoke.</source>
        <translation>本数据库没有可撤销的自有密钥 {key_id}。</translation>
    </message>
    <message>
        <source>The signature does not match: this code is forged or damaged.</source>
        <translation>签名不符：此码系伪造或已损坏。</translation>
    </message>
    <message>
        <source>Could not write {path}: the file is in use or read-only ({reason}). Close it in Excel or choose another name; the old file was kept.</source>
        <translation>无法写入 {path}：文件正被占用或为只读（{reason}）。请在 Excel 中关闭该文件或另选文件名；原文件已保留。</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}); the old file was kept.</source>
        <translation>无法写入 {path}（{reason}）；原文件已保留。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is {mb} MB; LibDesk imports files up to {limit} MB. Split it into smaller files.</source>
        <translation>{path} 大小为 {mb} MB，LibDesk 最多导入 {limit} MB 的文件。请拆分为较小的文件。</translation>
    </message>
    <message>
        <source>{path} is an old .xls workbook or a password-protected file. Open it in Excel, remove any password and save it as .xlsx, then try again.</source>
        <translation>{path} 是旧版 .xls 工作簿或受密码保护的文件。请在 Excel 中打开，去掉密码并另存为 .xlsx，然后重试。</translation>
    </message>
    <message>
        <source>{path} is not an Excel .xlsx workbook. Save it as .xlsx (Excel: File → Save As → Excel Workbook) and try again.</source>
        <translation>{path} 不是 Excel .xlsx 工作簿。请另存为 .xlsx（Excel：文件 → 另存为 → Excel 工作簿）后重试。</translation>
    </message>
    <message>
        <source>far too many parts</source>
        <translation>部件数量过多</translation>
    </message>
    <message>
        <source>encrypted parts</source>
        <translation>含加密部件</translation>
    </message>
    <message>
        <source>no xl/workbook.xml</source>
        <translation>缺少 xl/workbook.xml</translation>
    </message>
    <message>
        <source>its list of sheets is far too large</source>
        <translation>工作表目录过大</translation>
    </message>
    <message>
        <source>its list of sheets cannot be read</source>
        <translation>工作表目录无法读取</translation>
    </message>
    <message>
        <source>the sheet&apos;s part is missing</source>
        <translation>缺少该工作表的数据部件</translation>
    </message>
    <message>
        <source>{path} contains XML declarations (DTD/entities) that real Excel files never have; it was not opened (it could be an “XML bomb”).</source>
        <translation>{path} 含有正常 Excel 文件从不包含的 XML 声明（DTD/实体）；未打开该文件（它可能是“XML 炸弹”）。</translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation>含有非 UTF-8 编码的文字</translation>
    </message>
    <message>
        <source>the part ends early</source>
        <translation>数据在中途截断</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>含有 NUL 字节</translation>
    </message>
    <message>
        <source>an undefined entity</source>
        <translation>含有未定义的实体</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” spans {rows} rows × {columns} columns, more than LibDesk reads at once; delete the unused rows and columns (or split the file) and import again.</source>
        <translation>工作表“{sheet}”跨越 {rows} 行 × {columns} 列，超出 LibDesk 一次能读取的范围；请删除不用的行和列（或拆分文件）后重新导入。</translation>
    </message>
    <message>
        <source>the zip container is broken</source>
        <translation>压缩包结构已损坏</translation>
    </message>
    <message>
        <source>its XML cannot be read</source>
        <translation>其中的 XML 无法解析</translation>
    </message>
    <message>
        <source>{path} is damaged at sheet “{sheet}”, row {row} ({reason}). Open it in Excel, save it again as .xlsx, and retry; nothing was imported.</source>
        <translation>{path} 已损坏，位置：工作表“{sheet}”第 {row} 行（{reason}）。请在 Excel 中打开，重新另存为 .xlsx 后重试；未导入任何数据。</translation>
    </message>
    <message>
        <source>{path} is damaged in sheet “{sheet}” ({reason}). Open it in Excel, save it again as .xlsx, and retry; nothing was imported.</source>
        <translation>{path} 的工作表“{sheet}”已损坏（{reason}）。请在 Excel 中打开，重新另存为 .xlsx 后重试；未导入任何数据。</translation>
    </message>
    <message>
        <source>{path} unpacks to far more data than a workbook of its size should (a “zip bomb”); it was not opened.</source>
        <translation>{path} 解压后的数据量远超同等大小工作簿的正常范围（疑似“压缩炸弹”），已拒绝打开。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} holds more than {limit} characters (it begins “{start}”); shorten it and import again. Nothing was imported.</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列的内容超过 {limit} 个字符（开头为“{start}”）；请缩短后重新导入。未导入任何数据。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} holds a cell of more than {limit} characters; shorten it and import again. Nothing was imported.</source>
        <translation>工作表“{sheet}”第 {row} 行有单元格超过 {limit} 个字符；请缩短后重新导入。未导入任何数据。</translation>
    </message>
    <message>
        <source>A text in sheet “{sheet}” is longer than {limit} characters; shorten the long cell and import again. Nothing was imported.</source>
        <translation>工作表“{sheet}”中有文字超过 {limit} 个字符；请缩短该单元格后重新导入。未导入任何数据。</translation>
    </message>
    <message>
        <source>A cell of this workbook holds more than {limit} characters; shorten the long cell and import again. Nothing was imported.</source>
        <translation>此工作簿中有单元格超过 {limit} 个字符；请缩短该单元格后重新导入。未导入任何数据。</translation>
    </message>
    <message>
        <source>{path} is damaged or not a real .xlsx workbook ({reason}). Open it in Excel, save it again as .xlsx, and retry; nothing was imported.</source>
        <translation>{path} 已损坏或不是真正的 .xlsx 工作簿（{reason}）。请用 Excel 打开并重新另存为 .xlsx 后重试；未导入任何内容。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as 2020-10-14.</source>
        <translation>“{value}”不是日期，请按 2020-10-14 的格式填写。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{sheet}”. Use the layout LibDesk exports (sheets: {sheets}).</source>
        <translation>工作簿中没有名为“{sheet}”的工作表。请使用 LibDesk 导出的格式（现有工作表：{sheets}）。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” lacks the column(s) {columns} in its first row.</source>
        <translation>工作表“{sheet}”的第一行缺少列：{columns}。</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has more than {limit} rows; split the file.</source>
        <translation>工作表“{sheet}”超过 {limit} 行，请拆分文件。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer LibDesk (schema {revisions}). It was left untouched. Install the newer LibDesk to open it.</source>
        <translation>数据库 {path} 由更新版本的 LibDesk 写入（结构版本 {revisions}），未作任何改动。请安装新版 LibDesk 后再打开。</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened as a LibDesk database ({reason}). It was left untouched; choose another file or restore a backup.</source>
        <translation>文件 {path} 无法作为 LibDesk 数据库打开（{reason}），未作任何改动。请选择其他文件或从备份恢复。</translation>
    </message>
    <message>
        <source>The code is genuine but of a kind this LibDesk cannot show.</source>
        <translation>此码真实，但本版本 LibDesk 无法显示这类内容。</translation>
    </message>
    <message>
        <source>{path} was exported with masked phone and ID numbers (such as 139****5678), so importing it here would lose them. On the desk that made it, export again with full numbers (“Write full phone and ID numbers”, or --unmask) and import that file. Nothing was imported.</source>
        <translation>{path} 导出时电话和证件号码已隐藏（如 139****5678），在此导入会丢失这些号码。请在导出该文件的服务台上重新导出完整号码（勾选“写入完整电话和证件号码”，或使用 --unmask），再导入新文件。未导入任何数据。</translation>
    </message>
    <message>
        <source>The code was signed with key {key_id}, which its desk revoked on {date}: only the issuing database can confirm it.</source>
        <translation>此代码用密钥 {key_id} 签名，该密钥已于 {date} 被其服务台撤销：只有发证数据库能核实它。</translation>
    </message>
    <message>
        <source>Certificate {number} is on the void list its issuing database signed on {date}.</source>
        <translation>证书 {number} 在发证数据库于 {date} 签名的作废清单中。</translation>
    </message>
    <message>
        <source>This is this database&apos;s own verification file: its keys are already here. Import files exported by other databases.</source>
        <translation>这是本数据库自己的核验文件，其中的密钥已在本库。请导入其他数据库导出的文件。</translation>
    </message>
    <message>
        <source>This is not a LibDesk verification file, or it is damaged. Export it again at the other desk (Tools → Export public key).</source>
        <translation>这不是 LibDesk 核验文件，或文件已损坏。请在对方服务台重新导出（工具 → 导出公钥）。</translation>
    </message>
    <message>
        <source>The verification file was changed after it was signed: nothing was imported. Ask the other desk for a fresh export.</source>
        <translation>核验文件在签名后被改动：未导入任何内容。请对方服务台重新导出。</translation>
    </message>
    <message>
        <source>The verification file is signed with a revoked key: nothing was imported. Ask the other desk for a fresh export.</source>
        <translation>核验文件用已撤销的密钥签名：未导入任何内容。请对方服务台重新导出。</translation>
    </message>
    <message>
        <source>The key file is damaged: its id does not match the key.</source>
        <translation>公钥文件已损坏：密钥编号与密钥不符。</translation>
    </message>
    <message>
        <source>There is no setting “{key}”. `libdesk settings list` shows them all.</source>
        <translation>没有名为“{key}”的设置。`libdesk settings list` 可列出全部设置。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number; enter digits only.</source>
        <translation>“{value}”不是整数，请只输入数字。</translation>
    </message>
    <message>
        <source>{value} is too small; the smallest allowed is {minimum}.</source>
        <translation>{value} 太小，最小允许值为 {minimum}。</translation>
    </message>
    <message>
        <source>The value is too long (500 characters at most).</source>
        <translation>内容过长（最多 500 个字符）。</translation>
    </message>
    <message>
        <source>The seal image {value} cannot be read; choose an existing PNG file.</source>
        <translation>无法读取印章图片 {value}，请选择一个已存在的 PNG 文件。</translation>
    </message>
    <message>
        <source>{value} is not a PNG image; save the seal as PNG (with a transparent background) and choose it again.</source>
        <translation>{value} 不是 PNG 图片。请将印章另存为 PNG（透明背景）后重新选择。</translation>
    </message>
    <message>
        <source>The folder {value} does not exist; create it or choose another.</source>
        <translation>文件夹 {value} 不存在，请先创建或另选文件夹。</translation>
    </message>
    <message>
        <source>The date style must be “chinese” or “numeric”, not “{value}”.</source>
        <translation>日期样式只能是“chinese”或“numeric”，不能是“{value}”。</translation>
    </message>
    <message>
        <source>“{name}” was changed by {who} at {when} while you were editing it. Your changes were not saved. Reopen it to see that version, then make your changes again.</source>
        <translation>“{name}”在您编辑期间已被 {who} 于 {when} 修改。您的修改未保存。请重新打开查看该版本，然后再次修改。</translation>
    </message>
    <message>
        <source>Another desk was changing the same records at the same moment, several times in a row. Nothing was saved; try again in a moment.</source>
        <translation>另一台电脑连续多次同时在修改相同的记录。本次未保存任何内容；请稍后再试。</translation>
    </message>
    <message>
        <source>The database server {where} refused the sign-in: the password is wrong or missing. Nothing was changed. Put the password in this PC&apos;s pgpass file (see the README, &quot;Shared office&quot;) or ask IT.</source>
        <translation>数据库服务器 {where} 拒绝登录：密码错误或缺失。未做任何更改。请把密码写入本机的 pgpass 文件（见 README“共享办公”一节），或联系信息技术人员。</translation>
    </message>
    <message>
        <source>The database server {where} has no such database or user. Nothing was changed. Check the address, or ask IT to create the role and the database.</source>
        <translation>数据库服务器 {where} 上没有这个数据库或用户。未做任何更改。请检查地址，或请信息技术人员创建角色和数据库。</translation>
    </message>
    <message>
        <source>The database server {where} does not answer. Nothing was changed. Check the network cable or Wi-Fi and that the server is running, then start LibDesk again; ask IT if it stays like this.</source>
        <translation>数据库服务器 {where} 没有响应。未做任何更改。请检查网线或无线网络以及服务器是否在运行，然后重新启动 LibDesk；若一直如此，请联系信息技术人员。</translation>
    </message>
    <message>
        <source>This LibDesk has no PostgreSQL driver (psycopg), so it cannot open a shared server. Nothing was changed. Install LibDesk again from its installer, or run pip install &quot;psycopg[binary]&quot; in its environment.</source>
        <translation>此 LibDesk 缺少 PostgreSQL 驱动程序（psycopg），无法打开共享服务器。未做任何更改。请用安装程序重新安装 LibDesk，或在其运行环境中执行 pip install &quot;psycopg[binary]&quot;。</translation>
    </message>
    <message>
        <source>{record} #{id} was deleted by {who} at {when}, after you confirmed deleting it. Nothing more was deleted; the list now shows what is stored.</source>
        <translation>您确认删除之后，{record} #{id} 已由 {who} 于 {when} 删除。没有再删除其他内容；列表现在显示的是已保存的内容。</translation>
    </message>
    <message>
        <source>{record} #{id} was deleted at another desk after you confirmed deleting it. Nothing more was deleted; the list now shows what is stored.</source>
        <translation>您确认删除之后，{record} #{id} 已在另一台电脑上被删除。没有再删除其他内容；列表现在显示的是已保存的内容。</translation>
    </message>
    <message>
        <source>That record no longer exists: it was deleted, perhaps at another desk. Nothing was changed; the lists now show what is stored.</source>
        <translation>该记录已不存在：它已被删除（可能是在另一台电脑上）。没有做任何改动；列表现在显示的是已保存的内容。</translation>
    </message>
</context>
<context>
    <name>FileQuestion</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Key file (*.txt)</source>
        <translation>密钥文件 (*.txt)</translation>
    </message>
    <message>
        <source>LibDesk database (*.sqlite *.db);;All files (*)</source>
        <translation>LibDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LibDesk — Taiyuan City Library outreach desk</source>
        <translation>LibDesk — 太原市图书馆馆外流通服务台</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find in table</source>
        <translation>在表格中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About LibDesk</source>
        <translation>关于 LibDesk(&amp;A)</translation>
    </message>
    <message>
        <source>{user} · {role}</source>
        <translation>{user} · {role}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when LibDesk is started again.</source>
        <translation>重新启动 LibDesk 后界面语言生效。</translation>
    </message>
    <message>
        <source>About LibDesk</source>
        <translation>关于 LibDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;LibDesk {version}&lt;/b&gt;&lt;br&gt;The outreach desk of the Taiyuan City Library: branches and outreach points, donations and certificates, distribution, volunteers.&lt;br&gt;&lt;br&gt;Chinese text uses WenQuanYi Micro Hei (Apache 2.0).</source>
        <translation>&lt;b&gt;LibDesk {version}&lt;/b&gt;&lt;br&gt;太原市图书馆馆外流通服务台：分馆与延伸服务点、社会捐赠与证书、图书配送、志愿服务。&lt;br&gt;&lt;br&gt;中文字体：文泉驿微米黑（Apache 2.0 许可）。</translation>
    </message>
    <message>
        <source>Finishing the work still running…</source>
        <translation>正在完成尚在进行的工作…</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>“{name}” was saved by {who} at {when} while you were editing it. Nothing of yours was saved: save again to choose between the two versions, or cancel.</source>
        <translation>您编辑期间，{who}于{when}保存了“{name}”。您的修改尚未保存：请再次保存以在两个版本之间选择，或取消。</translation>
    </message>
</context>
<context>
    <name>OutreachTab</name>
    <message>
        <source>Outreach</source>
        <translation>馆外服务</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Outreach librarian</source>
        <translation>外联馆员</translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation>志愿者协调员</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Statistics</source>
        <translation>年度统计</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UnmaskQuestion</name>
    <message>
        <source>Phone and ID numbers are masked (138****5678) in the document.</source>
        <translation>文档中的电话和证件号码将隐去中间位（138****5678）。</translation>
    </message>
    <message>
        <source>Write full numbers (recorded in the audit log)</source>
        <translation>写入完整号码（将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
</context>
<context>
    <name>_TabSlot</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
</context>
</TS>
