"""Times what the compliance layer adds: sign-in, signing, a save checked against signatures,
verify.

Prints JSON (medians in ms; machines are shared and noisy, compare ratios, not absolutes):
- `sign_in_ms`: one Argon2id password check (argon2-cffi defaults: 64 MiB, t=3, p=4);
- `key_open_ms`: opening the signer's Ed25519 key with the password (Argon2id 19 MiB, t=2,
  then AES-GCM): the password proof of signing;
- `sign_ms`: one visit signature end to end (key opened, coverage checked, covered records
  digested, Ed25519 signature, row and audit entries written); `sign_ms_without_key` is
  that minus the key opening (the signature's own work);
- `save_ms_unsigned` / `save_ms_signed`: one 17-day diary save (Days 32-48) of one
  participant before and after its visits up to Day 28 are signed (the lock check reads
  the pending audit entries once, then each signature's coverage);
- `verify_s`: `baitp verify`'s checks (chain, current values, every signature: key, signer,
  digest, Ed25519) on a 35-participant demo study with every visit that can be signed
  signed; `verify_unsigned_s` the same on the demo study before any signature.

    .venv/bin/python benchmarks/part11_benchmark.py
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from baitp_desktop.demo import generate_study
from baitp_desktop.service import DoseEntry, StudyService
from baitp_desktop.service.signatures import SignatureService, verify_signatures
from baitp_desktop.service.users import UserService
from baitp_desktop.storage import Database, open_database
from baitp_desktop.storage.audit import verify

TODAY = date(2026, 11, 24)
PASSWORD = "bench-password-1"
TEMPORARY = "bench-temporary-1"  # the administrator's, changed by the owner


def median_ms(repeats: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "bench.sqlite")
        StudyService(database, today=lambda: TODAY).import_participants(
            generate_study(35, seed=2207, today=TODAY)
        )
        admin = UserService(database).create_first_admin("admin", "Admin", PASSWORD)
        UserService(database, admin).add_user("inv", "Dr Inv", "investigator", TEMPORARY)
        first = UserService(database).authenticate("inv", TEMPORARY)
        UserService(database, first).change_own_password(TEMPORARY, PASSWORD)
        inv = UserService(database).authenticate("inv", PASSWORD)
        sign_in = median_ms(5, lambda: UserService(database).authenticate("inv", PASSWORD))
        key_open = median_ms(5, lambda: UserService(database, inv).open_signing_key(PASSWORD))
        figures: dict[str, float | int] = {"sign_in_ms": sign_in, "key_open_ms": key_open}
        figures["verify_unsigned_s"] = _verify_seconds(database)[0]

        study = StudyService(database, inv, today=lambda: TODAY)
        signer = SignatureService(database, inv, today=lambda: TODAY)
        dosed = [p for p in study.participants() if p.first_dose_date is not None]

        def signable(pid: str) -> list[str]:
            return [v.visit_id for v in signer.visits(pid) if v.refusal is None]

        timings: list[float] = []
        for participant in dosed[1:]:
            for visit_id in signable(participant.participant_id):
                start = time.perf_counter()
                signer.sign_visit(participant.participant_id, visit_id, PASSWORD)
                timings.append((time.perf_counter() - start) * 1000)
        figures["sign_ms"] = round(statistics.median(timings), 2)
        figures["sign_ms_without_key"] = round(figures["sign_ms"] - key_open, 2)

        first = dosed[0]
        assert first.first_dose_date is not None
        days = [first.first_dose_date + timedelta(days=31 + n) for n in range(17)]  # Day 32-48
        state = {"taken": True}

        def diary_save() -> None:
            state["taken"] = not state["taken"]
            taken = state["taken"]
            changes = [DoseEntry(d, taken, 4.0 if taken else None) for d in days]
            study.apply(first.participant_id, changes, reason="benchmark")

        figures["save_ms_unsigned"] = median_ms(15, diary_save)
        for visit_id in signable(first.participant_id)[:5]:  # up to Day 28
            signer.sign_visit(first.participant_id, visit_id, PASSWORD)
        figures["save_ms_signed"] = median_ms(15, diary_save)
        seconds, entries, signatures = _verify_seconds(database)
        figures.update(verify_s=seconds, audit_entries=entries, signatures=signatures)
        database.dispose()
    print(json.dumps(figures, indent=1))


def _verify_seconds(database: Database) -> tuple[float, int, int]:
    """`baitp verify`'s checks, timed: (seconds, entries, signatures checked)."""
    start = time.perf_counter()
    with database.read_session() as session:
        result = verify(session)
    check = verify_signatures(database)
    seconds = round(time.perf_counter() - start, 2)
    assert result.intact and check.problem is None
    return seconds, result.entries_checked, check.checked


if __name__ == "__main__":
    main()
