<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <source>Demo data only goes into a new database, and this one already holds donors, volunteers or batches. Choose another file, e.g. --database demo.sqlite.</source>
        <translation>演示数据只能写入新数据库，而当前数据库已有捐赠人、志愿者或配送批次。请另选一个文件，例如 --database demo.sqlite。</translation>
    </message>
</context>
</TS>
