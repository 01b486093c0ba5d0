"""Pinyin sort keys, computed once when a name is written, so SQL can sort names the way
Chinese staff expect (阿 < 北 < 中) without collating in Python over every row."""
from __future__ import annotations


def pinyin_key(text: str) -> str:
    from pypinyin import Style, lazy_pinyin  # imported on first use: it loads a dictionary

    parts = lazy_pinyin((text or "").strip(), style=Style.TONE3, errors="default")
    return " ".join(p.strip().lower() for p in parts if p.strip())[:250]
