"""``libdesk certificate issue|print|reissue|void|verify|export-key|import-key``."""
from __future__ import annotations

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
    verify.add_argument("payload")
    export_key = add(sub, common, "export-key", export_key_file,
                     "write this desk's public key so other desks can verify its codes")
    export_key.add_argument("file", type=Path)
    import_key = add(sub, common, "import-key", import_key_file,
                     "trust another desk's public key for verifying its codes")
    import_key.add_argument("file", type=Path)
    import_key.add_argument("--label", default="")


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
    services = open_services(args)
    result = services.verification.verify(args.payload)
    print(VERDICT_ZH[result.verdict] + (f"  {result.title}" if result.title else ""))
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
    args.file.write_text(services.signing.export_public_key(), encoding="ascii")
    print(f"wrote {args.file}")
    return EXIT_OK


@command
def import_key_file(args) -> int:
    services = open_services(args)
    try:
        text = args.file.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Could not read {path} ({reason})."),
                       path=str(args.file), reason=exc.strerror or str(exc))
    print(f"imported key {services.signing.import_public_key(text, args.label)}")
    return EXIT_OK
