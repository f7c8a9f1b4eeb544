"""The first message read after an install (or after a language file changed) compiles the reader's
patterns, tens of seconds of CPU on a slow machine. That one-time cost must not count against the
message's own budget: before, the first message of a fresh service went to staff "over a limit:
reading took more than 2 s of CPU time" instead of being confirmed."""

import json
import os
import subprocess
import sys

import pytest

from mailbot.understand.limits import Budget, OverLimit, check, excused, under


def test_time_spent_building_once_is_not_the_messages_cost():
    now = [0.0]
    budget = Budget(cpu_seconds=1.0, clock=lambda: now[0], memory=lambda: None)
    with under(budget):
        with excused():
            now[0] += 30.0  # compiling the patterns of a language for the first time
        check("after the build")  # no OverLimit
        now[0] += 2.0  # the message's own work
        with pytest.raises(OverLimit):
            check("reading")


def test_the_first_message_on_a_cold_cache_is_read_within_its_budget(tmp_path):
    script = (
        "import json\n"
        "from mailbot.config import load_config\n"
        "from mailbot.understand.limits import Budget\n"
        "from mailbot.understand.reading import understand\n"
        "cfg = load_config(None)\n"
        "raw = ('From: Deniz Kaya <deniz.kaya@example.org>\\nTo: integration@landratsamt-heilbronn.de\\n'\n"
        "       'Subject: Kayit\\nDate: Mon, 11 Sep 2023 09:15:00 +0200\\nContent-Type: text/plain; charset=utf-8\\n\\n'\n"
        "       'Merhaba, 26 Eylul Sali gunu Weinsberg atolyesine esimle birlikte gelmek istiyorum.').encode()\n"
        "r = understand(raw, cfg.events, cfg.office, budget=Budget(cpu_seconds=1.5))\n"
        "print(json.dumps([r.action, r.workshop, r.reason]))\n")
    env = dict(os.environ, MAILBOT_CACHE_DIR=str(tmp_path / "cold"))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=600)
    action, workshop, reason = json.loads(out.stdout.strip().splitlines()[-1])
    assert (action, workshop) == ("confirm", "weinsberg"), reason
