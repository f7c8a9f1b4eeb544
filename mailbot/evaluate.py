"""``mailbot eval DIR``: measure the understanding against a labelled corpus.

Counts what matters to the people the bot serves: wrong confirmations and replies to mail that
must be ignored (both fail the run), action, workshop and attendee accuracy, and how many clear
registrations were confirmed without a person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .understand.reading import Reading, understand

REPLYING_ACTIONS = {"confirm", "clarify", "cancel"}  # review sends at most an acknowledgement


@dataclass
class Result:
    total: int = 0
    action_ok: int = 0
    workshop_total: int = 0
    workshop_ok: int = 0
    attendees_total: int = 0
    attendees_ok: int = 0
    clear_total: int = 0
    clear_confirmed: int = 0
    wrong_confirmations: int = 0
    loop_replies: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.wrong_confirmations or self.loop_replies)

    def lines(self) -> list[str]:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "n/a (0/0)"

        return [
            f"messages:             {self.total}",
            f"action accuracy:      {ratio(self.action_ok, self.total)}",
            f"wrong confirmations:  {self.wrong_confirmations}",
            f"loop replies:         {self.loop_replies}",
            f"workshop accuracy:    {ratio(self.workshop_ok, self.workshop_total)}",
            f"attendee accuracy:    {ratio(self.attendees_ok, self.attendees_total)}",
            f"automation rate:      {ratio(self.clear_confirmed, self.clear_total)}",
        ]


def score(name: str, got: Reading, want: dict, result: Result) -> None:
    result.total += 1
    accepted = {want["action"], *(want.get("accept") or [])}
    problems = []
    if got.action in accepted:
        result.action_ok += 1
    else:
        problems.append(f"action {got.action}, want {want['action']}")
    if got.action == "confirm" and (
        "confirm" not in accepted or (want.get("workshop") and got.workshop != want["workshop"])
        or (want["action"] != "confirm" and want.get("workshop") is None)
    ):
        result.wrong_confirmations += 1
        problems.append("WRONG CONFIRMATION")
    if want["action"] == "ignore" and got.action in REPLYING_ACTIONS:
        result.loop_replies += 1
        problems.append("LOOP REPLY")
    if want["action"] in ("confirm", "cancel") and want.get("workshop"):
        result.workshop_total += 1
        if got.workshop == want["workshop"]:
            result.workshop_ok += 1
        else:
            problems.append(f"workshop {got.workshop}, want {want['workshop']}")
    if want["action"] == "confirm" and want.get("attendees") is not None:
        result.attendees_total += 1
        if got.attendees == want["attendees"]:
            result.attendees_ok += 1
        else:
            problems.append(f"attendees {got.attendees}, want {want['attendees']}")
    if want["action"] == "confirm":
        result.clear_total += 1
        if got.action == "confirm" and got.workshop == want.get("workshop"):
            result.clear_confirmed += 1
    if problems:
        result.mistakes.append(f"{name}: {'; '.join(problems)} — {got.reason} [{want.get('note', '')[:100]}]")


def evaluate(directory: Path, config: Config) -> Result:
    labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    result = Result()
    for path in sorted(directory.glob("*.eml")):
        want = labels.get(path.name)
        if want is None:
            result.mistakes.append(f"{path.name}: no label")
            continue
        score(path.name, understand(path.read_bytes(), config.events, config.office), want, result)
    return result
