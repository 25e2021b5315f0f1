"""Times what the compliance layer adds: sign-in, a save checked against signatures, verify.

Prints JSON (medians in ms; machines are shared and noisy, compare ratios, not absolutes):
- `sign_in_ms`: one Argon2id password check (argon2-cffi defaults: 64 MiB, t=3, p=4);
- `save_ms_unsigned` / `save_ms_signed`: one 17-day diary save (Days 32-48, between two
  visit windows) of one participant before and after eight of its visits are signed (the
  lock check reads the pending audit entries once, the records' dates in one query);
- `verify_s`: `baitp verify`'s checks (chain, current values, signatures) on a 35-participant
  demo study with every visit of every dosed participant signed.

    .venv/bin/python benchmarks/compliance_benchmark.py
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
from baitp_desktop.storage import open_database
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

        study = StudyService(database, inv, today=lambda: TODAY)
        signer = SignatureService(database, inv, today=lambda: TODAY)
        dosed = [p for p in study.participants() if p.first_dose_date is not None]

        def sign_all(pid: str) -> None:
            for visit in signer.visits(pid)[2:]:
                signer.sign_visit(pid, visit.visit_id, PASSWORD)

        for participant in dosed[1:]:
            sign_all(participant.participant_id)

        first = dosed[0]
        assert first.first_dose_date is not None
        days = [first.first_dose_date + timedelta(days=31 + n) for n in range(17)]  # Day 32-48
        state = {"taken": True}

        def diary_save() -> None:
            state["taken"] = not state["taken"]
            taken = state["taken"]
            changes = [DoseEntry(d, taken, 4.0 if taken else None) for d in days]
            study.apply(first.participant_id, changes, reason="benchmark")

        figures = {"sign_in_ms": sign_in, "save_ms_unsigned": median_ms(15, diary_save)}
        sign_all(first.participant_id)  # the same participant, now with eight signed visits
        figures["save_ms_signed"] = median_ms(15, diary_save)
        start = time.perf_counter()
        with database.read_session() as session:
            result = verify(session)
        check = verify_signatures(database)
        figures["verify_s"] = round(time.perf_counter() - start, 2)
        figures["audit_entries"] = result.entries_checked
        figures["signatures"] = check.checked
        assert result.intact and check.problem is None
        database.dispose()
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
