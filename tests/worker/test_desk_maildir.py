"""The desk end to end on the embedded backends: Maildir in, SQLite, pickup directory out."""


from tests.harness import Harness
from tests.worker import scenarios


def test_corpus_round_and_second_run_changes_nothing(desk):
    scenarios.corpus_round(desk)


def test_clarification_round_trip(desk):
    scenarios.clarification_round_trip(desk)


def test_cancel_and_change(desk):
    scenarios.cancel_and_change(desk)


def test_waiting_list_and_promotion(tmp_path):
    scenarios.waiting_list_and_promotion(Harness(tmp_path, capacity=2))


def test_second_workshop_is_asked_then_changed_on_wechsel(desk):
    scenarios.second_workshop_is_asked_then_changed(desk)


def test_cancel_without_date_asks_which_of_two(desk):
    scenarios.cancel_one_of_two(desk)


def test_forged_cancellation_is_held_until_the_owner_confirms(desk):
    scenarios.forged_cancellation_is_held_until_the_owner_confirms(desk)


def test_forged_pass_under_the_servers_fail_changes_nothing(tmp_path):
    scenarios.forged_pass_under_the_servers_fail_changes_nothing(Harness(tmp_path))


def test_trusted_authserv_id_ignores_other_ids(tmp_path):
    scenarios.trusted_authserv_id_ignores_other_ids(
        Harness(tmp_path, mailbox__trusted_authserv_id=scenarios.OUR_SERVER))


def test_no_reply_where_nobody_waits(tmp_path):
    scenarios.no_reply_where_nobody_waits(Harness(tmp_path))
