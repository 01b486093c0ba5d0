<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>新建员工账户</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AccountDialogForm</name>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>再次输入密码(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Showed personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>AuditColumns</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Type to search values, tables, people…</source>
        <translation>输入以搜索数值、数据表、操作人…</translation>
    </message>
    <message>
        <source>&amp;Export audit log…</source>
        <translation>导出审计日志(&amp;E)…</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>全部数据表</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>Select a row to see the old and new values.</source>
        <translation>选择一行以查看原值和新值。</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Exporting audit log…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <source>Audit log written to {path}</source>
        <translation>审计日志已写入 {path}</translation>
    </message>
</context>
<context>
    <name>AuditTabForm</name>
    <message>
        <source>Table:</source>
        <translation>数据表：</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This database has staff accounts: sign in with --user NAME (password from a prompt or $LIBDESK_PASSWORD).</source>
        <translation>此数据库已设员工账户：请用 --user 用户名 登录（密码在提示时输入，或取自 $LIBDESK_PASSWORD）。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>A username has 2 to 40 characters and no spaces.</source>
        <translation>用户名为 2 至 40 个字符，且不能含空格。</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The database {path} is on a network location ({kind}). SQLite is not safe there: two desks writing at once can damage it. Keep the database on this computer&apos;s own disk, or use the shared-server mode.</source>
        <translation>数据库 {path} 位于网络位置（{kind}）。SQLite 在网络位置上不安全：两台电脑同时写入可能损坏数据。请把数据库放在本机磁盘上，或使用共享服务器模式。</translation>
    </message>
    <message>
        <source>Backups and restores work on SQLite files and PostgreSQL servers only.</source>
        <translation>备份与恢复仅适用于 SQLite 数据库文件和 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The backup {path} was taken before signing keys left the database and still holds this desk&apos;s old private signing key. Keep it locked away or delete it, and revoke that key (Tools → Signing keys) if the copy may have been seen.</source>
        <translation>备份 {path} 是在签名密钥移出数据库之前做的，仍含本服务台旧的签名私钥。请妥善锁存或删除它；如果这份副本可能被他人看到，请撤销该密钥（工具 → 签名密钥）。</translation>
    </message>
    <message>
        <source>Backups and restores work on SQLite database files only.</source>
        <translation>备份和恢复仅适用于 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>The backup to {path} failed ({reason}). The database itself is unchanged; choose another place.</source>
        <translation>备份到 {path} 失败（{reason}）。数据库本身未改变；请选择其他位置。</translation>
    </message>
    <message>
        <source>The account {user} is disabled. Ask an administrator.</source>
        <translation>账户 {user} 已停用。请联系管理员。</translation>
    </message>
    <message>
        <source>The first account must be an administrator, or nobody could manage accounts afterwards.</source>
        <translation>第一个账户必须是管理员，否则之后无人能管理账户。</translation>
    </message>
    <message>
        <source>The username {user} is taken.</source>
        <translation>用户名 {user} 已被使用。</translation>
    </message>
    <message>
        <source>{user} is the last active administrator; make another administrator first.</source>
        <translation>{user} 是最后一位在用的管理员；请先设置另一位管理员。</translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>当前密码不正确；密码未修改。</translation>
    </message>
    <message>
        <source>There is no account {user}.</source>
        <translation>没有账户 {user}。</translation>
    </message>
    <message>
        <source>Account #{id} no longer exists.</source>
        <translation>账户 #{id} 已不存在。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The backup to {path} failed ({reason}). The database itself is unchanged; choose another backup folder (setting backup.dir).</source>
        <translation>备份到 {path} 失败（{reason}）。数据库本身未改变；请选择其他备份文件夹（设置项 backup.dir）。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} was written by a newer LibDesk (schema {revisions}); it cannot be restored here. Nothing was changed.</source>
        <translation>{path} 由更新版本的 LibDesk 写入（结构版本 {revisions}）；无法在此恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>{path} is the database in use; choose a backup file instead.</source>
        <translation>{path} 是正在使用的数据库；请改选一个备份文件。</translation>
    </message>
    <message>
        <source>Restoring {path} failed ({reason}). The previous database was saved as {kept}; restore that file to go back.</source>
        <translation>恢复 {path} 失败（{reason}）。原数据库已保存为 {kept}；恢复该文件即可还原。</translation>
    </message>
    <message>
        <source>{path} is not a sound LibDesk database ({reason}). Nothing was changed; choose another backup.</source>
        <translation>{path} 不是完好的 LibDesk 数据库（{reason}）。未做任何更改；请选择其他备份。</translation>
    </message>
    <message>
        <source>The database file is intact (SQLite integrity check passed).</source>
        <translation>数据库文件完好（已通过 SQLite 完整性检查）。</translation>
    </message>
    <message>
        <source>The database file is damaged: {count} problem(s), first: {first}. Stop working in it and restore the newest backup (File → Restore from…).</source>
        <translation>数据库文件已损坏：共 {count} 处问题，第一处：{first}。请停止在其中工作，并恢复最新的备份（文件 → 从备份恢复…）。</translation>
    </message>
    <message>
        <source>Every reference between records points at a record that exists.</source>
        <translation>记录之间的所有引用都指向存在的记录。</translation>
    </message>
    <message>
        <source>{count} record(s) refer to records that no longer exist (in {tables}). Restore a backup, or ask for help before editing these records.</source>
        <translation>有 {count} 条记录引用了已不存在的记录（在 {tables} 中）。请恢复备份，或在修改这些记录前寻求帮助。</translation>
    </message>
    <message>
        <source>Every number counter is past the numbers already issued.</source>
        <translation>每个编号计数器都已超过已发出的编号。</translation>
    </message>
    <message>
        <source>The number counter of {series} is behind numbers already issued: the next certificate would repeat a number. Restore a backup or ask for help before issuing.</source>
        <translation>{series} 的编号计数器落后于已发出的编号：下一张证书会重复编号。请先恢复备份或寻求帮助，再继续发证。</translation>
    </message>
    <message>
        <source>The database structure is up to date.</source>
        <translation>数据库结构为最新。</translation>
    </message>
    <message>
        <source>The database structure is not the one this LibDesk expects (has {current}). Close LibDesk and open the database again to upgrade it.</source>
        <translation>数据库结构与本版 LibDesk 不符（当前为 {current}）。请关闭 LibDesk 后重新打开数据库以升级。</translation>
    </message>
    <message>
        <source>The server answers. Index check skipped: the amcheck extension is not installed (IT can run CREATE EXTENSION amcheck in this database).</source>
        <translation>服务器响应正常。未检查索引：未安装 amcheck 扩展（可请信息技术人员在此数据库中执行 CREATE EXTENSION amcheck）。</translation>
    </message>
    <message>
        <source>Every index of the database is intact (amcheck passed).</source>
        <translation>数据库的所有索引完好（amcheck 检查通过）。</translation>
    </message>
    <message>
        <source>{count} damaged index(es), first: {first}. Ask IT to REINDEX the database; the data itself may be sound.</source>
        <translation>{count} 个索引已损坏，第一个：{first}。请信息技术人员对数据库执行 REINDEX；数据本身可能完好。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>LibDesk is locked</source>
        <translation>LibDesk 已锁定</translation>
    </message>
    <message>
        <source>The window was locked after a while without use. Type your password to go on, or quit.</source>
        <translation>窗口在一段时间无操作后已锁定。输入密码以继续，或退出。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign in to LibDesk</source>
        <translation>登录 LibDesk</translation>
    </message>
    <message>
        <source>This database has staff accounts. Sign in with your username and password.</source>
        <translation>此数据库已设员工账户。请用用户名和密码登录。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialogForm</name>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>LibDesk cannot start</source>
        <translation>LibDesk 无法启动</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>{name} was restored. The damaged database was kept as {kept}.</source>
        <translation>已恢复 {name}。损坏的数据库已保存为 {kept}。</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;heck database</source>
        <translation>检查数据库(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Staff accounts…</source>
        <translation>员工账户(&amp;S)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>自动备份失败：{reason}</translation>
    </message>
    <message>
        <source>Automatic backup: {name}</source>
        <translation>自动备份：{name}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the current data with {name}?

The current database is saved as a backup first, so this can be undone by restoring that file. LibDesk closes afterwards; start it again.</source>
        <translation>用 {name} 替换当前数据？

当前数据库会先保存为备份，恢复该文件即可撤销。完成后 LibDesk 将关闭，请重新启动。</translation>
    </message>
    <message>
        <source>{name} was restored. The previous data was saved as {kept}. LibDesk now closes; start it again.</source>
        <translation>已恢复 {name}。原数据已保存为 {kept}。LibDesk 现在关闭，请重新启动。</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problems were found.</source>
        <translation>发现问题。</translation>
    </message>
    <message>
        <source>Database on a network location</source>
        <translation>数据库位于网络位置</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>The first staff account was created, so LibDesk no longer runs as the local administrator. Sign in with an account to go on.</source>
        <translation>已创建第一个员工账户，LibDesk 不再以本机管理员身份运行。请用账户登录后继续。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>Once the first account exists, LibDesk asks everyone to sign in. The first account is an administrator. Accounts are disabled, never deleted, so the audit log keeps its names.</source>
        <translation>建立第一个账户后，LibDesk 会要求每个人登录。第一个账户为管理员。账户只能停用、不能删除，以便审计日志保留操作人姓名。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of {user}:</source>
        <translation>{user} 的角色：</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>The password of {user} was changed.</source>
        <translation>{user} 的密码已修改。</translation>
    </message>
</context>
<context>
    <name>StaffDialogForm</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>StoreFailure</name>
    <message>
        <source>LibDesk stopped saving</source>
        <translation>LibDesk 已停止保存</translation>
    </message>
    <message>
        <source>&amp;Save a backup copy…</source>
        <translation>另存备份副本(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a backup copy</source>
        <translation>另存备份副本</translation>
    </message>
    <message>
        <source>LibDesk database (*.sqlite)</source>
        <translation>LibDesk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>The copy was saved as {path}. Restart LibDesk when the cause is fixed; if the database is damaged or gone, restore this copy (File → Restore from…).</source>
        <translation>副本已保存为 {path}。问题解决后请重新启动 LibDesk；如果数据库已损坏或丢失，请恢复这个副本（文件 → 从备份恢复…）。</translation>
    </message>
</context>
</TS>
