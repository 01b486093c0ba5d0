"""Several desks at once: separate processes on one database, released together by a barrier.

* 10 desks × 100 certificate numbers → every number once, none missing;
* two desks issue the same donation's certificate → exactly one valid certificate;
* two desks scan the last two boxes of a batch → both boxes and the batch are received.

They run on both engines (SQLite: processes on one file; PostgreSQL: one server).
"""
from __future__ import annotations

import pytest

import multiprocessing
import traceback
from datetime import date

from sqlalchemy import select

from libdesk.models.donations.certificates import Certificate
from libdesk.models.errors import Conflict
from tests.services.distribution.helpers import swap_batch
from tests.services.donations.fixtures import add_sun_ying

DESKS, ROUNDS = 10, 100
FORK = multiprocessing.get_context("fork")


# Several desks at once are the shared server's case: on SQLite one desk owns the file while
# it works (store/ownership.py, tests/store/test_ownership.py), so the others are refused.
pytestmark = pytest.mark.postgresql_only


def _run_desks(database: str, work, arguments: list[tuple]) -> list:
    """Run ``work(services, barrier, *args)`` in one process per argument tuple; returns
    what each returned (or raises the first error a desk met)."""
    barrier = FORK.Barrier(len(arguments))
    results = FORK.Queue()

    def desk(number: int, args: tuple) -> None:
        from libdesk.services import open_services

        try:
            services = open_services(database)
            try:
                results.put((number, "ok", work(services, barrier, *args)))
            finally:
                services.close()
        except BaseException:  # noqa: BLE001 - reported to the parent
            results.put((number, "error", traceback.format_exc()))
            barrier.abort()

    processes = [FORK.Process(target=desk, args=(n, args)) for n, args in enumerate(arguments)]
    for process in processes:
        process.start()
    answers = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    errors = [text for _, status, text in answers if status == "error"]
    assert not errors, errors[0]
    return [value for _, _, value in sorted(answers)]


def _issue_and_void(services, barrier, donation_id: int) -> list[str]:
    barrier.wait()
    numbers = []
    for _ in range(ROUNDS):
        cert = services.certificates.issue(donation_id, "donation", date(2031, 3, 1))
        numbers.append(cert.number)
        services.certificates.void(cert.id, "并发测试")
    return numbers


def test_ten_desks_issuing_a_hundred_numbers_each_never_repeat_or_skip(db_path):
    from libdesk.services import open_services

    services = open_services(str(db_path))
    donations = [add_sun_ying(services)[1] for _ in range(DESKS)]
    services.close()
    numbers = [n for desk in _run_desks(str(db_path), _issue_and_void,
                                        [(d,) for d in donations]) for n in desk]
    serials = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert serials == list(range(1, DESKS * ROUNDS + 1))  # no duplicate, none missing
    services = open_services(str(db_path))
    try:
        assert services.maintenance.check().ok  # the counter stands at the last number
    finally:
        services.close()


def _issue_once(services, barrier, donation_id: int) -> str:
    barrier.wait()
    try:
        return services.certificates.issue(donation_id, "donation", date(2031, 3, 1)).number
    except Conflict as exc:
        assert "already has a valid" in exc.english()
        return "refused"


def test_two_desks_issuing_one_donation_make_exactly_one_valid_certificate(db_path):
    from libdesk.services import open_services

    services = open_services(str(db_path))
    donations = [add_sun_ying(services)[1] for _ in range(3)]
    services.close()
    for donation_id in donations:
        answers = _run_desks(str(db_path), _issue_once, [(donation_id,), (donation_id,)])
        assert sorted(a == "refused" for a in answers) == [False, True]
    services = open_services(str(db_path))
    try:
        with services.store.read() as session:
            valid = session.execute(select(Certificate.donation_id).where(
                Certificate.status == "valid")).scalars().all()
        assert sorted(valid) == sorted(donations)
    finally:
        services.close()


def _scan(services, barrier, code: str) -> bool:
    barrier.wait()
    return services.receiving.receive_scan(code, "李秀英").batch_received


def test_two_desks_scanning_the_last_two_boxes_receive_the_batch(db_path):
    from libdesk.services import open_services

    services = open_services(str(db_path))
    batch_id = swap_batch(services, boxes=3)
    services.batch_status.pack(batch_id)
    services.batch_status.ship(batch_id)
    codes = services.batch_documents.view(batch_id, with_codes=True).box_payloads
    services.receiving.receive_scan(codes[1], "李秀英")
    services.close()
    answers = _run_desks(str(db_path), _scan, [(codes[2],), (codes[3],)])
    assert sorted(answers) == [False, True]  # the second of the two completes the batch
    services = open_services(str(db_path))
    try:
        summary = services.distribution.get(batch_id)
        assert summary.status == "received"
    finally:
        services.close()
