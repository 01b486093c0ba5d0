"""Generated catalogue exports for tests: ISO 2709 written byte by byte (fast enough for
100,000 records), CNMARC or MARC21, UTF-8 or GB18030."""
from __future__ import annotations

from libdesk.models.isbn import isbn13_check_digit

FT, RT, SF = b"\x1e", b"\x1d", b"\x1f"


def isbn(n: int) -> str:
    body = f"9787{n:08d}"
    return body + isbn13_check_digit(body)


def record(fields: list[tuple[str, list[tuple[str, str]]]], encoding: str = "utf-8") -> bytes:
    directory, data = b"", b""
    for tag, subfields in fields:
        body = b"  " + b"".join(SF + code.encode() + value.encode(encoding)
                                for code, value in subfields) + FT
        directory += tag.encode() + f"{len(body):04d}{len(data):05d}".encode()
        data += body
    base = 24 + len(directory) + 1
    length = base + len(data) + 1
    coding = b"a" if encoding == "utf-8" else b" "
    leader = f"{length:05d}".encode() + b"nam" + b" " + coding + b"22" + \
        f"{base:05d}".encode() + b"   4500"
    return leader + directory + FT + data + RT


def cnmarc(n: int, encoding: str = "utf-8") -> bytes:
    return record([("010", [("a", isbn(n)), ("d", f"CNY{20 + n % 50}.00")]),
                   ("200", [("a", f"测试书目{n}"), ("f", f"作者{n % 997}")]),
                   ("210", [("a", "太原"), ("c", "北岳文艺出版社")]),
                   ("690", [("a", "I247.5")]),
                   ("905", [("d", "I247.5"), ("e", str(n % 300))])], encoding)


def marc21(n: int) -> bytes:
    return record([("020", [("a", isbn(n)), ("c", "CNY45.00")]),
                   ("100", [("a", "Márquez, Gabriel García,")]),
                   ("245", [("a", f"One hundred years of solitude {n} /"),
                            ("c", "Gabriel García Márquez.")]),
                   ("264", [("b", "Harper,")]),
                   ("090", [("a", "I775.45"), ("b", "M1")])])


def write_iso(path, count: int, encoding: str = "utf-8") -> None:
    with open(path, "wb") as handle:
        for start in range(0, count, 5000):
            handle.write(b"".join(cnmarc(n, encoding) for n in range(start, min(count,
                                                                                 start + 5000))))
