"""Compliance commands: verify, history, accounts, signatures, queries, SDV.

`baitp verify` is read-only and runs as anyone. Every command here that changes
something needs `--user NAME` (the `system` account is refused), and the service checks
the role: accounts are managed by an administrator, investigators sign and unlock,
monitors verify source data. The one exception is `baitp user add` on a database with no
accounts yet, which creates the first administrator (the same as the GUI's first start).
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from baitp_desktop.cli.accounts import read_password
from baitp_desktop.cli.context import CommandContext
from baitp_desktop.cli.trail_commands import head_argument
from baitp_desktop.core.errors import InputProblem, InvalidInput
from baitp_desktop.core.field_labels import field_label
from baitp_desktop.core.queries import Query, QueryTarget
from baitp_desktop.i18n import tr, tr_n
from baitp_desktop.service.queries import QueryService, status_name
from baitp_desktop.service.roles import role_name
from baitp_desktop.service.sdv import SdvService
from baitp_desktop.service.signatures import SignatureService, verify_signatures
from baitp_desktop.service.trail import describe_event, verify_trail
from baitp_desktop.service.users import UserService

NEW_PASSWORD_VARIABLE = "BAITP_NEW_PASSWORD"


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "verify", parents=[common], help="check the audit trail's hash chain against the data"
    )
    check.add_argument(
        "--head",
        type=head_argument,
        metavar="HEX",
        help="also require that the chain still contains this earlier head (64 hex digits)",
    )
    check.set_defaults(handler=run_verify)

    hist = commands.add_parser("history", parents=[common], help="audit trail entries")
    hist.add_argument("participant", nargs="?", metavar="PARTICIPANT")
    hist.add_argument("--json", action="store_true", help="machine-readable output")
    hist.set_defaults(handler=run_history)

    sign = commands.add_parser("sign", parents=[common], help="sign a visit or a casebook")
    sign.add_argument("participant", metavar="PARTICIPANT")
    what = sign.add_mutually_exclusive_group(required=True)
    what.add_argument("--visit", metavar="ID", help="visit id (screening, baseline, d7, ...)")
    what.add_argument("--casebook", action="store_true", help="the whole casebook")
    sign.set_defaults(handler=run_sign)

    unlock = commands.add_parser("unlock", parents=[common], help="void a signature (reason)")
    unlock.add_argument("signature", type=int, metavar="SIGNATURE_ID")
    unlock.add_argument("--reason", required=True)
    unlock.set_defaults(handler=run_unlock)

    sigs = commands.add_parser(
        "signatures", parents=[common], help="signatures and SDV marks of a participant"
    )
    sigs.add_argument("participant", metavar="PARTICIPANT")
    sigs.set_defaults(handler=run_signatures)

    sdv = commands.add_parser("sdv", parents=[common], help="mark a visit source-data-verified")
    sdv.add_argument("participant", metavar="PARTICIPANT")
    sdv.add_argument("--visit", required=True, metavar="ID")
    sdv.set_defaults(handler=run_sdv)

    _register_queries(commands, common)
    _register_users(commands, common)


def _register_queries(commands: Any, common: argparse.ArgumentParser) -> None:
    query = commands.add_parser("query", parents=[common], help="queries (discrepancy notes)")
    steps = query.add_subparsers(dest="step", metavar="STEP", required=True)
    listing = steps.add_parser("list", parents=[common], help="list queries with their threads")
    listing.add_argument("participant", nargs="?", metavar="PARTICIPANT")
    listing.add_argument("--open", action="store_true", help="only queries not closed")
    listing.set_defaults(handler=run_query_list)
    raising = steps.add_parser("raise", parents=[common], help="raise a query")
    raising.add_argument("participant", metavar="PARTICIPANT")
    raising.add_argument("--on", required=True, metavar="TEXT", help="what it is about")
    raising.add_argument("--kind", help="record kind (participant, count, ae, ...)")
    raising.add_argument("--record-id", type=int)
    raising.add_argument("--field")
    raising.add_argument("-m", "--message", required=True)
    raising.set_defaults(handler=run_query_raise)
    for name, text in (
        ("answer", "answer a query"),
        ("follow-up", "send a query back"),
        ("close", "close a query"),
    ):
        step = steps.add_parser(name, parents=[common], help=text)
        step.add_argument("query", type=int, metavar="QUERY_ID")
        step.add_argument("-m", "--message", required=name != "close", default="")
        step.set_defaults(handler=run_query_step, action_name=name)


def _register_users(commands: Any, common: argparse.ArgumentParser) -> None:
    user = commands.add_parser("user", parents=[common], help="user accounts (administrators)")
    steps = user.add_subparsers(dest="step", metavar="STEP", required=True)
    steps.add_parser("list", parents=[common], help="list accounts").set_defaults(
        handler=run_user_list
    )
    add = steps.add_parser(
        "add", parents=[common], help="create an account with a temporary password"
    )
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--name", required=True, help="full name, printed with signatures")
    add.add_argument("--role", required=True, choices=["nurse", "investigator", "monitor", "admin"])
    add.set_defaults(handler=run_user_add)
    for name, text in (
        ("unlock", "unlock after failed sign-ins"),
        ("reset-password", "set a temporary password"),
        ("deactivate", "stop an account from signing in"),
        ("activate", "allow a deactivated account again"),
    ):
        step = steps.add_parser(name, parents=[common], help=text)
        step.add_argument("username", metavar="USERNAME")
        step.add_argument("--reason", required=True)
        step.set_defaults(handler=run_user_admin, action_name=name)
    role = steps.add_parser(
        "set-role", parents=[common], help="change another account's role (never your own)"
    )
    role.add_argument("username", metavar="USERNAME")
    role.add_argument("role", choices=["nurse", "investigator", "monitor", "admin"])
    role.add_argument("--reason", required=True)
    role.set_defaults(handler=run_user_set_role)
    passwd = steps.add_parser("passwd", parents=[common], help="change your own password")
    passwd.set_defaults(handler=run_user_passwd, allows_temporary_password=True)
    idle = steps.add_parser("idle-lock", parents=[common], help="minutes before the GUI locks")
    idle.add_argument("minutes", type=int)
    idle.add_argument("--reason", required=True)
    idle.set_defaults(handler=run_idle_lock)


# -- verify and history --------------------------------------------------------------------
def run_verify(ctx: CommandContext) -> int:
    """The trail's checks (service/trail.py), then every signature (checked even when the
    chain is broken: a forged signature is named whatever else is wrong; legacy ones are
    warned of); the head line last."""
    trail = verify_trail(ctx.database, ctx.args.head)
    signatures = verify_signatures(ctx.database)
    for event in trail.events:
        print(tr("CLI", "note: {event}").format(event=describe_event(event)), file=ctx.out)
    for warning in signatures.warnings:
        print(tr("CLI", "WARNING: {warning}").format(warning=warning), file=ctx.out)
    problems = [*trail.problems, *signatures.problems]
    for problem in problems:
        print(tr("CLI", "BROKEN: {problem}").format(problem=problem), file=ctx.out)
    if not problems:
        print(
            tr("CLI", "Audit trail intact: {entries}, {values} and {sigs} checked.").format(
                entries=tr_n("CLI", "{n} entry", "{n} entries", trail.entries_checked).format(
                    n=trail.entries_checked
                ),
                values=tr_n(
                    "CLI", "{n} current value", "{n} current values", trail.values_checked
                ).format(n=trail.values_checked),
                sigs=tr_n("CLI", "{n} signature", "{n} signatures", signatures.checked).format(
                    n=signatures.checked
                ),
            ),
            file=ctx.out,
        )
    print(trail.head.line(), file=ctx.out)
    return 1 if problems else 0


def run_history(ctx: CommandContext) -> int:
    entries = ctx.service.history(ctx.args.participant)
    if ctx.args.json:
        rows = [
            {
                "id": e.entry_id,
                "timestamp_utc": e.timestamp_utc,
                "user": e.username,
                "participant_id": e.participant_id,
                "record": e.record_label,
                "action": e.action,
                "field": e.field,
                "old": e.old_value,
                "new": e.new_value,
                "reason": e.reason,
            }
            for e in entries
        ]
        json.dump({"entries": rows}, ctx.out, ensure_ascii=False, indent=1)
        ctx.out.write("\n")
        return 0
    for e in entries:
        old = "—" if e.old_value is None else e.old_value
        new = "—" if e.new_value is None else e.new_value
        print(
            f"{e.entry_id:>6}  {e.timestamp_utc}  {e.username:<14} {e.participant_id or '-':<10} "
            f"{e.record_label} · {field_label(e.table_name, e.field)}: {old} → {new}  ({e.reason})",
            file=ctx.out,
        )
    return 0


# -- signatures and SDV --------------------------------------------------------------------
def run_sign(ctx: CommandContext) -> int:
    actor = ctx.require_user()
    service = SignatureService(ctx.database, actor, ctx.config)
    password = ctx.password or ""
    if ctx.args.casebook:
        signature = service.sign_casebook(ctx.args.participant, password)
    else:
        signature = service.sign_visit(ctx.args.participant, ctx.args.visit, password)
    print(
        tr("CLI", "Signed (signature {id}) by {name} at {when} UTC: {meaning}").format(
            id=signature.signature_id,
            name=signature.printed_name,
            when=signature.signed_at_utc.strftime("%Y-%m-%d %H:%M:%S"),
            meaning=tr("Signature", signature.meaning),
        ),
        file=ctx.out,
    )
    return 0


def run_unlock(ctx: CommandContext) -> int:
    actor = ctx.require_user()
    SignatureService(ctx.database, actor, ctx.config).unlock(ctx.args.signature, ctx.args.reason)
    print(
        tr("CLI", "Signature {id} is void; its data can be changed.").format(id=ctx.args.signature),
        file=ctx.out,
    )
    return 0


def run_signatures(ctx: CommandContext) -> int:
    service = SignatureService(ctx.database, ctx.actor, ctx.config)
    for s in service.signatures(ctx.args.participant):
        what = s.visit_id if s.visit_id else tr("CLI", "casebook")
        state = (
            tr("CLI", "VOID {when} by {by}: {why}").format(
                when=s.voided_at_utc.strftime("%Y-%m-%d %H:%M") if s.voided_at_utc else "?",
                by=s.voided_by,
                why=s.void_reason,
            )
            if s.void
            else tr("CLI", "active")
        )
        print(
            f"{s.signature_id:>4}  {what:<10} {s.printed_name} ({s.username})  "
            f"{s.signed_at_utc:%Y-%m-%d %H:%M} UTC  {state}",
            file=ctx.out,
        )
    for m in SdvService(ctx.database, ctx.actor, ctx.config).marks(ctx.args.participant):
        state = (
            tr("CLI", "void")
            if m.void
            else (tr("CLI", "changed since verified") if m.changed_since else tr("CLI", "verified"))
        )
        print(
            f" SDV  {m.visit_id:<10} {m.printed_name} ({m.username})  "
            f"{m.verified_at_utc:%Y-%m-%d %H:%M} UTC  {state}",
            file=ctx.out,
        )
    return 0


def run_sdv(ctx: CommandContext) -> int:
    actor = ctx.require_user()
    SdvService(ctx.database, actor, ctx.config).mark_verified(ctx.args.participant, ctx.args.visit)
    print(
        tr("CLI", "{pid} visit {visit} marked source-data-verified.").format(
            pid=ctx.args.participant, visit=ctx.args.visit
        ),
        file=ctx.out,
    )
    return 0


# -- queries -------------------------------------------------------------------------------
def _print_query(ctx: CommandContext, query: Query) -> None:
    print(
        f"#{query.query_id}  {query.participant_id} Q{query.number}  "
        f"[{status_name(query.status)}]  {query.target.label}",
        file=ctx.out,
    )
    for m in query.messages:
        print(
            f"      {m.at_utc:%Y-%m-%d %H:%M} {m.username} ({m.action.value}): {m.text}",
            file=ctx.out,
        )


def run_query_list(ctx: CommandContext) -> int:
    for query in QueryService(ctx.database, ctx.actor).queries(
        ctx.args.participant, open_only=ctx.args.open
    ):
        _print_query(ctx, query)
    return 0


def run_query_raise(ctx: CommandContext) -> int:
    target = QueryTarget(
        label=ctx.args.on, kind=ctx.args.kind, record_id=ctx.args.record_id, field=ctx.args.field
    )
    query = QueryService(ctx.database, ctx.require_user()).raise_query(
        ctx.args.participant, target, ctx.args.message
    )
    _print_query(ctx, query)
    return 0


def run_query_step(ctx: CommandContext) -> int:
    service = QueryService(ctx.database, ctx.require_user())
    step = {"answer": service.answer, "follow-up": service.follow_up, "close": service.close}
    _print_query(ctx, step[ctx.args.action_name](ctx.args.query, ctx.args.message))
    return 0


# -- accounts ------------------------------------------------------------------------------
def _new_password(ctx: CommandContext, username: str) -> str:
    """$BAITP_NEW_PASSWORD, else typed twice at a prompt."""
    if (given := os.environ.get(NEW_PASSWORD_VARIABLE)) is not None:
        return given
    first = read_password(tr("CLI", "New password for {user}: ").format(user=username), ctx.err)
    again = read_password(tr("CLI", "The same password again: "), ctx.err)
    if first != again:
        raise InvalidInput(
            [InputProblem("", username, "password", tr("CLI", "the two passwords differ"))]
        )
    return first


def run_user_list(ctx: CommandContext) -> int:
    for u in UserService(ctx.database, ctx.actor).users():
        flags = ", ".join(u.state_words())
        print(
            f"{u.username:<16} {role_name(u.role):<14} {u.printed_name:<28} {flags}",
            file=ctx.out,
        )
    return 0


def run_user_add(ctx: CommandContext) -> int:
    args = ctx.args
    users = UserService(ctx.database, ctx.actor)
    if getattr(args, "user", None) is None and not users.has_users():
        if args.role != "admin":
            raise InvalidInput(
                [
                    InputProblem(
                        "",
                        args.username,
                        "role",
                        tr("CLI", "the first account of a database must be an administrator"),
                    )
                ]
            )
        users.create_first_admin(args.username, args.name, _new_password(ctx, args.username))
    else:
        users = UserService(ctx.database, ctx.require_user())
        users.add_user(args.username, args.name, args.role, _new_password(ctx, args.username))
    print(
        tr("CLI", "Account {user} ({role}) created.").format(
            user=args.username, role=role_name(args.role)
        ),
        file=ctx.out,
    )
    return 0


def run_user_admin(ctx: CommandContext) -> int:
    users = UserService(ctx.database, ctx.require_user())
    name, reason = ctx.args.username, ctx.args.reason
    if ctx.args.action_name == "unlock":
        users.unlock(name, reason)
    elif ctx.args.action_name == "reset-password":
        users.reset_password(name, _new_password(ctx, name), reason)
    else:
        users.set_active(name, ctx.args.action_name == "activate", reason)
    print(
        tr("CLI", "Account {user}: done ({step}).").format(user=name, step=ctx.args.action_name),
        file=ctx.out,
    )
    return 0


def run_user_set_role(ctx: CommandContext) -> int:
    UserService(ctx.database, ctx.require_user()).set_role(
        ctx.args.username, ctx.args.role, ctx.args.reason
    )
    print(
        tr("CLI", "Account {user} is now {role}.").format(
            user=ctx.args.username, role=role_name(ctx.args.role)
        ),
        file=ctx.out,
    )
    return 0


def run_user_passwd(ctx: CommandContext) -> int:
    actor = ctx.require_user()
    UserService(ctx.database, actor).change_own_password(
        ctx.password or "", _new_password(ctx, actor.username)
    )
    print(tr("CLI", "Password changed."), file=ctx.out)
    return 0


def run_idle_lock(ctx: CommandContext) -> int:
    UserService(ctx.database, ctx.require_user()).set_idle_lock_minutes(
        ctx.args.minutes, ctx.args.reason
    )
    print(
        tr_n(
            "CLI",
            "The application now locks after {n} idle minute.",
            "The application now locks after {n} idle minutes.",
            ctx.args.minutes,
        ).format(n=ctx.args.minutes),
        file=ctx.out,
    )
    return 0
