"""Tests for shallow_deep.py: a shallow copy shares its inner objects; a deep copy shares none."""

import pytest

from dojo.testing import assert_returns, call_kata
from shallow_deep import fork_config, snapshot


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_snapshot_survives_moves_on_the_board():
    board = [[".", "."], [".", "."]]
    saved = call_kata(snapshot, board)
    assert saved == board, "a snapshot starts equal to the board"
    assert_returns(saved, board, "saved")
    board[0][1] = "X"
    board.append(["O", "."])
    assert saved == [[".", "."], [".", "."]], (
        "a move on the board showed up in the snapshot: it is a new outer list holding the same row lists"
    )
    assert_returns(saved, [[".", "."], [".", "."]], "saved")


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_snapshot_rows_are_rows_of_its_own():
    board = [[1, 2], [3, 4]]
    saved = call_kata(snapshot, board)
    shared = [index for index, row in enumerate(saved) if any(row is original for original in board)]
    assert not shared, f"rows {shared} of the snapshot are the board's own row lists, so they change with it"
    saved[1][0] = 99
    assert board == [[1, 2], [3, 4]], "changing the snapshot must not change the board"


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_fork_config_changes_at_depth_stay_in_the_fork():
    config = {"db": {"host": "localhost", "ports": [5432]}, "debug": False}
    fork = call_kata(fork_config, config)
    fork["db"]["ports"].append(6543)
    fork["db"]["host"] = "replica"
    fork["debug"] = True
    assert config == {"db": {"host": "localhost", "ports": [5432]}, "debug": False}, (
        "changing the fork's nested dict or list changed the original: a copy of the top-level dict "
        "still holds the original's inner objects"
    )


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_fork_config_keeps_shared_parts_shared():
    admins = ["root"]
    config = {"readers": admins, "writers": admins}
    fork = call_kata(fork_config, config)
    assert fork["readers"] is not admins, "the fork must hold a new list, not the original's"
    assert fork["readers"] is fork["writers"], (
        "the original holds one list under both keys; the fork must too (one new list, not two), "
        "so adding a reader in the fork adds a writer, as in the original"
    )
