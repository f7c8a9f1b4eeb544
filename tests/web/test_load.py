"""The staff pages under load, with the worker running alongside (a few seconds, loopback).

The figures for docs/OPERATIONS.md come from the longer run: python benchmarks/web_load.py
"""

from tests.web.load import run_load


def test_staff_pages_under_load_with_the_worker_alongside(tmp_path):
    figures = run_load(tmp_path, staff=4, attackers=4, seconds=4)
    print("\n" + figures.report())
    assert figures.server_errors() == []
    pages = figures.by_page()
    for page in ("GET /review", "GET /review/id", "GET /"):
        assert set(pages[page]["status"]) == {200}, (page, pages[page])
    assert set(pages["POST /login"]["status"]) <= {401, 429}
    assert set(pages.get("sign-in (own browser)", {"status": {303: 0}})["status"]) == {303}
    assert figures.decided > 0  # the worker went on deciding the mail that kept arriving
