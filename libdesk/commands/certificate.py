"""``libdesk certificate issue|print|reissue|void|verify|export-key|import-key|keys|rotate-key|
revoke-key``."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from libdesk.commands.common import EXIT_ERROR, EXIT_INVALID, EXIT_OK, add, command, open_services
from libdesk.models.errors import QT_TRANSLATE_NOOP, NotFound
from libdesk.services.verification import Verdict

VERDICT_ZH = {Verdict.GENUINE: "真实有效", Verdict.VOID: "已作废",
              Verdict.INVALID: "无法验证（伪造或损坏）"}


def register(subparsers, common) -> None:
    cert = subparsers.add_parser("certificate", help="donation and collection certificates")
    sub = cert.add_subparsers(dest="certificate_command", metavar="ACTION", required=True)
    issue = add(sub, common, "issue", issue_certificate,
                "issue a certificate for a donation, write its PDF and print its number")
    issue.add_argument("donation_id", type=int)
    issue.add_argument("--kind", choices=["donation", "collection"], required=True)
    issue.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    issue.add_argument("--date", type=date.fromisoformat, default=None,
                       help="issue date, YYYY-MM-DD (default today)")
    printed = add(sub, common, "print", print_certificate, "write a certificate's PDF again")
    printed.add_argument("number")
    printed.add_argument("-o", "--output", type=Path, required=True)
    reissue = add(sub, common, "reissue", reissue_certificate,
                  "reissue (补发) a certificate: same number, marked 补发")
    reissue.add_argument("number")
    reissue.add_argument("-o", "--output", type=Path, required=True)
    reissue.add_argument("--note", default="")
    void = add(sub, common, "void", void_certificate, "void a certificate (reason required)")
    void.add_argument("number")
    void.add_argument("--reason", required=True)
    verify = add(sub, common, "verify", verify_payload,
                 "verify a scanned code; exit 0 only for a genuine, valid certificate")
    verify.add_argument("payload", help="the code's text, or - to read codes (one a line) "
                        "from standard input, e.g. from zbarimg --nodbus -q --raw scan.png")
    export_key = add(sub, common, "export-key", export_key_file,
                     "write the verification file (public keys and the signed void list) "
                     "so other databases can verify this one's codes")
    export_key.add_argument("file", type=Path)
    import_key = add(sub, common, "import-key", import_key_file,
                     "trust another database's verification file (or public key file)")
    import_key.add_argument("file", type=Path)
    import_key.add_argument("--label", default="")
    add(sub, common, "keys", list_keys, "list the registered signing keys (public keys only)")
    rotate = add(sub, common, "rotate-key", rotate_key,
                 "sign with a new key from now on; codes signed before keep verifying")
    rotate.add_argument("--desk", default="", help="name of this desk (default: host name)")
    revoke = add(sub, common, "revoke-key", revoke_key,
                 "revoke a key of this database (lost or copied); this desk gets a new one")
    revoke.add_argument("key_id")
    revoke.add_argument("--reason", required=True)


def _find(services, number: str):
    info = services.certificates.by_number(number)
    if info is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no certificate {number}."),
                       number=number)
    return info


@command
def issue_certificate(args) -> int:
    services = open_services(args)
    info = services.certificates.issue(args.donation_id, args.kind, args.date)
    services.certificates.render([info.id], args.output)
    print(info.number)
    return EXIT_OK


@command
def print_certificate(args) -> int:
    services = open_services(args)
    info = _find(services, args.number)
    print(f"wrote {services.certificates.render([info.id], args.output)}")
    return EXIT_OK


@command
def reissue_certificate(args) -> int:
    services = open_services(args)
    info = services.certificates.reissue(_find(services, args.number).id, args.note)
    services.certificates.render([info.id], args.output)
    print(f"{info.number} 补发 ({info.reissues}) → {args.output}")
    return EXIT_OK


@command
def void_certificate(args) -> int:
    services = open_services(args)
    info = services.certificates.void(_find(services, args.number).id, args.reason)
    print(f"{info.number} 已作废")
    return EXIT_OK


@command
def verify_payload(args) -> int:
    """One verdict per code; the exit code is the worst of them (0 only if all are genuine)."""
    if args.payload == "-":
        payloads = [line.strip() for line in sys.stdin if line.strip()]
        if not payloads:
            print("no code on standard input; nothing was verified", file=sys.stderr)
            return EXIT_INVALID
    else:
        payloads = [args.payload.strip()]
    services = open_services(args)
    codes = [_print_verdict(services.verification.verify(payload)) for payload in payloads]
    return max(codes, key=(EXIT_OK, EXIT_ERROR, EXIT_INVALID).index)


def _print_verdict(result) -> int:
    verdict = VERDICT_ZH[result.verdict]
    if result.as_of is not None:
        verdict += f" (as of {result.as_of_text})"
    print(verdict + (f"  {result.title}" if result.title else ""))
    for label, value in result.details:
        print(f"  {label}：{value}")
    if result.reason is not None:
        print(f"  ({result.reason.english()})")
    if result.verdict == Verdict.GENUINE:
        return EXIT_OK
    return EXIT_INVALID if result.verdict == Verdict.INVALID else EXIT_ERROR


@command
def export_key_file(args) -> int:
    services = open_services(args)
    args.file.write_text(services.signing.export_public_key(), encoding="utf-8")
    print(f"wrote {args.file}")
    return EXIT_OK


@command
def import_key_file(args) -> int:
    services = open_services(args)
    try:
        text = args.file.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Could not read {path} ({reason})."),
                       path=str(args.file), reason=exc.strerror or str(exc))
    summary = services.signing.import_public_key(text, args.label)
    print(f"imported key {summary}" + (f"; {summary.voids} voided certificates as of "
                                        f"{summary.as_of:%Y-%m-%d}" if summary.as_of else ""))
    return EXIT_OK


@command
def list_keys(args) -> int:
    services = open_services(args)
    for row in services.signing.keys():
        state = ("revoked " + f"{row.revoked_at:%Y-%m-%d}" if row.revoked_at else
                 "retired " + f"{row.retired_at:%Y-%m-%d}" if row.retired_at else
                 "signing" if row.active else "verifies")
        where = "this desk" if row.here else ("this database" if row.own else "imported")
        print(f"{row.key_id}\t{row.desk}\t{where}\t{state}\tsince {row.created_at:%Y-%m-%d}")
    print(f"private keys of this desk: {services.signing.keystore.where()}")
    return EXIT_OK


@command
def rotate_key(args) -> int:
    services = open_services(args)
    print(f"this desk now signs with key {services.signing.rotate(args.desk)}")
    return EXIT_OK


@command
def revoke_key(args) -> int:
    services = open_services(args)
    services.signing.revoke(args.key_id, args.reason)
    print(f"revoked key {args.key_id.upper()}")
    return EXIT_OK
