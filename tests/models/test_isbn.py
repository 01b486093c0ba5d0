from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libdesk.models.isbn import (
    InvalidIsbn,
    isbn10_check_digit,
    isbn13_check_digit,
    is_valid_isbn,
    normalize_isbn,
)


@pytest.mark.parametrize("text, expected", [
    ("9787020002207", "9787020002207"),
    ("978-7-02-000220-7", "9787020002207"),
    ("ISBN 978-7-5366-9293-0", "9787536692930"),
    ("７－０２－０００２２０－Ｘ", "9787020002207"),  # full-width ISBN-10 with X
    ("0-306-40615-2", "9780306406157"),
    ("7536692935", "9787536692930"),
    ("978702000220790000", "9787020002207"),  # EAN-13 + 5-digit price add-on
])
def test_normalises_to_isbn13(text, expected):
    assert normalize_isbn(text) == expected


@pytest.mark.parametrize("text, words", [
    ("9787020002208", "check digit should be 7"),
    ("0-306-40615-3", "check digit should be 2"),
    ("6901234567892", "not an ISBN (ISBNs start with 978"),
    ("12345", "10 or 13 digits"),
    ("", "empty"),
    ("97870200022X7", "10 or 13 digits"),
])
def test_invalid_isbns_say_why(text, words):
    with pytest.raises(InvalidIsbn) as caught:
        normalize_isbn(text)
    assert words in caught.value.english()
    assert not is_valid_isbn(text)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_isbn10_round_trips_to_a_valid_isbn13(body):
    isbn10 = body + isbn10_check_digit(body)
    isbn13 = normalize_isbn(isbn10)
    assert isbn13.startswith("978" + body) and len(isbn13) == 13
    assert isbn13[-1] == isbn13_check_digit(isbn13[:12])
    assert normalize_isbn(isbn13) == isbn13


@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.integers(0, 8),
       st.integers(1, 9))
def test_a_single_mistyped_digit_is_caught(body, position, delta):
    isbn = "978" + body
    isbn += isbn13_check_digit(isbn)
    wrong = isbn[:position + 3] + str((int(isbn[position + 3]) + delta) % 10) + isbn[position + 4:]
    assert not is_valid_isbn(wrong)
