<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>{path} cannot be used: the folder {folder} or the file does not exist. Nothing was written; choose an existing folder (or file) and try again.</source>
        <translation>无法使用 {path}：文件夹 {folder} 或该文件不存在。没有写入任何内容；请选择一个已存在的文件夹（或文件）后重试。</translation>
    </message>
    <message>
        <source>{path} cannot be used: part of the path is a file, not a folder. Nothing was written; choose an existing folder and try again.</source>
        <translation>无法使用 {path}：路径中有一部分是文件而不是文件夹。没有写入任何内容；请选择一个已存在的文件夹后重试。</translation>
    </message>
    <message>
        <source>{path} cannot be written: the file is read-only or open in another program (Excel, a PDF viewer), or LibDesk may not write in {folder}. Nothing was changed and any old file was kept; close the file there or choose another name or folder.</source>
        <translation>无法写入 {path}：该文件是只读的、正在被其他程序（Excel、PDF 阅读器）打开，或 LibDesk 无权写入 {folder}。没有做任何更改，原有文件已保留；请在那个程序中关闭该文件，或换一个文件名或文件夹。</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Nothing was written; free some space or choose another disk.</source>
        <translation>写入 {path} 时磁盘已满。没有写入任何内容；请腾出空间或换一个磁盘。</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk, so {path} cannot be written. Nothing was written; choose a folder on another disk.</source>
        <translation>{folder} 位于只读磁盘上，无法写入 {path}。没有写入任何内容；请选择其他磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>{path} is a folder; type a file name inside it and try again.</source>
        <translation>{path} 是一个文件夹；请在其中输入文件名后重试。</translation>
    </message>
    <message>
        <source>The name {path} is too long for this disk. Nothing was written; choose a shorter name or folder.</source>
        <translation>名称 {path} 对这个磁盘来说太长。没有写入任何内容；请换一个更短的名称或文件夹。</translation>
    </message>
    <message>
        <source>The name {path} is not allowed on this disk. Nothing was written; use a name without special characters.</source>
        <translation>这个磁盘不允许使用名称 {path}。没有写入任何内容；请使用不含特殊字符的名称。</translation>
    </message>
    <message>
        <source>{path} could not be written or read (system error {code}). Nothing was written; choose another file or folder and try again.</source>
        <translation>无法写入或读取 {path}（系统错误 {code}）。没有写入任何内容；请换一个文件或文件夹后重试。</translation>
    </message>
    <message>
        <source>{path} is LibDesk&apos;s open database (or one of its files); writing over it would destroy the data. Nothing was written; choose another name or folder.</source>
        <translation>{path} 是 LibDesk 正在使用的数据库（或其附属文件），覆盖它会毁掉数据。没有写入任何内容；请换一个文件名或文件夹。</translation>
    </message>
    <message>
        <source>The disk reported an error while LibDesk was saving to {path}. Everything saved before this moment is kept in that file; the change just made was not saved. This window has stopped saving: save a backup copy somewhere else (LibDesk offers it now), check the disk, then restart LibDesk.</source>
        <translation>LibDesk 向 {path} 保存时磁盘报告了读写错误。此前保存的内容都还在该文件中；刚才的更改没有保存。本窗口已停止保存：请把备份副本另存到其他位置（LibDesk 现在就提供此操作），检查磁盘，然后重新启动 LibDesk。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Everything saved before this moment is kept; the change just made was not saved. This window has stopped saving: save a backup copy on another disk (LibDesk offers it now), free some space, then restart LibDesk.</source>
        <translation>存放 {path} 的磁盘已满。此前保存的内容都已保留；刚才的更改没有保存。本窗口已停止保存：请把备份副本另存到其他磁盘（LibDesk 现在就提供此操作），腾出空间后重新启动 LibDesk。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be written (the file or its folder is read-only). Everything saved before is kept; the change just made was not saved. This window has stopped saving: save a backup copy elsewhere if you need one, make the file writable, then restart LibDesk.</source>
        <translation>数据库文件 {path} 无法写入（该文件或其所在文件夹是只读的）。此前保存的内容都已保留；刚才的更改没有保存。本窗口已停止保存：如有需要请把备份副本另存到其他位置，让该文件可写后重新启动 LibDesk。</translation>
    </message>
    <message>
        <source>The database {path} stayed busy with another LibDesk window or command for more than {seconds} seconds. Nothing was changed and your input is kept; try again when the other work has finished.</source>
        <translation>数据库 {path} 被另一个 LibDesk 窗口或命令占用超过 {seconds} 秒。没有做任何更改，您输入的内容仍然保留；请等其他工作完成后重试。</translation>
    </message>
    <message>
        <source>The database file {path} was deleted, moved or replaced while LibDesk had it open. What was saved until now is still in LibDesk&apos;s open copy; the change just made was not saved. This window has stopped saving: save a backup copy now (LibDesk offers it), then restart LibDesk and restore that copy.</source>
        <translation>数据库文件 {path} 在 LibDesk 打开期间被删除、移动或替换。到目前为止保存的内容仍在 LibDesk 打开的副本中；刚才的更改没有保存。本窗口已停止保存：请立即另存一份备份副本（LibDesk 现在就提供此操作），然后重新启动 LibDesk 并恢复该副本。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged. The change just made was not saved. This window has stopped saving: save a backup copy elsewhere (LibDesk offers it now), then restore the newest backup (File → Restore from…).</source>
        <translation>数据库文件 {path} 已损坏。刚才的更改没有保存。本窗口已停止保存：请把备份副本另存到其他位置（LibDesk 现在就提供此操作），然后恢复最新的备份（文件 → 从备份恢复…）。</translation>
    </message>
    <message>
        <source>The database server for {path} did not answer. The change just made was not saved; everything saved before is kept on the server. Check the network and the server, then try again.</source>
        <translation>{path} 的数据库服务器没有响应。刚才的更改没有保存；此前保存的内容都保留在服务器上。请检查网络和服务器后重试。</translation>
    </message>
    <message>
        <source>The database {path} is already open in the LibDesk window on {host} (user {user}, process {pid}, since {since}). Only one window at a time may work on a database file, so this window was not opened and nothing was changed. Switch to that window, or close it and start LibDesk again.</source>
        <translation>数据库 {path} 已在 {host} 上的 LibDesk 窗口中打开（用户 {user}，进程 {pid}，自 {since} 起）。同一个数据库文件同时只能由一个窗口使用，因此本窗口没有打开，也没有做任何更改。请切换到那个窗口，或关闭它后重新启动 LibDesk。</translation>
    </message>
    <message>
        <source>The database {path} is open in the LibDesk window on {host} (user {user}, process {pid}, since {since}), so this command may only read it; nothing was changed. Make the change in that window, or close it and run the command again.</source>
        <translation>数据库 {path} 正在 {host} 上的 LibDesk 窗口中打开（用户 {user}，进程 {pid}，自 {since} 起），因此本命令只能读取它；没有做任何更改。请在那个窗口中进行修改，或关闭它后重新运行本命令。</translation>
    </message>
    <message>
        <source>The database {path} is being changed by the command “{program}” on {host} (user {user}, process {pid}), which did not finish within {seconds} seconds. This window was not opened and nothing was changed; start LibDesk again when that command has finished.</source>
        <translation>数据库 {path} 正在被 {host} 上的命令“{program}”修改（用户 {user}，进程 {pid}），该命令在 {seconds} 秒内没有结束。本窗口没有打开，也没有做任何更改；请等该命令结束后重新启动 LibDesk。</translation>
    </message>
    <message>
        <source>The database {path} is being changed by the command “{program}” on {host} (user {user}, process {pid}), which did not finish within {seconds} seconds. Nothing was changed here and your input is kept; run this again when that command has finished.</source>
        <translation>数据库 {path} 正在被 {host} 上的命令“{program}”修改（用户 {user}，进程 {pid}），该命令在 {seconds} 秒内没有结束。这里没有做任何更改，您的输入仍然保留；请等该命令结束后再运行一次。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Waiting for another LibDesk command to finish with the database…</source>
        <translation>正在等待另一个 LibDesk 命令用完数据库…</translation>
    </message>
    <message>
        <source>The database is busy; waiting…</source>
        <translation>数据库正忙，正在等待…</translation>
    </message>
</context>
</TS>
