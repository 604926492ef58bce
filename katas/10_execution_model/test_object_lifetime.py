"""Tests for object_lifetime.py: close files with `with`; an object is freed when its last reference goes."""

import gc
import io
import sys

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from object_lifetime import count_lines, first_word, watch

cpython_only = pytest.mark.skipif(
    sys.implementation.name != "cpython",
    reason="when an object is freed is a CPython detail (reference counting); other implementations free it later",
)


class TrackedFile(io.StringIO):
    """An in-memory text file; failing=True makes every read raise OSError."""

    def __init__(self, text, failing=False):
        super().__init__(text)
        self.failing = failing

    def read(self, *args):
        if self.failing:
            raise OSError("disk error")
        return super().read(*args)

    def readlines(self, *args):
        if self.failing:
            raise OSError("disk error")
        return super().readlines(*args)

    def __iter__(self):
        if self.failing:
            raise OSError("disk error")
        return super().__iter__()


def opener(text, failing=False):
    """open_file for the katas; .opened keeps every file it returned, as another part of a program might."""

    def open_file():
        handle = TrackedFile(text, failing)
        open_file.opened.append(handle)
        return handle

    open_file.opened = []
    return open_file


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_count_lines_counts_and_closes():
    open_file = opener("one\ntwo\nthree\n")
    assert_returns(call_kata(count_lines, open_file), 3, "count_lines(open_file)")
    assert len(open_file.opened) == 1, "call open_file() once"
    assert open_file.opened[0].closed, (
        "the file is still open: `del handle` removes a name, not the object. Something else still refers "
        "to the file, so nothing freed or closed it. Close it yourself: `with open_file() as handle:`"
    )


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_count_lines_closes_when_reading_fails():
    open_file = opener("x\n", failing=True)
    kata_raises(OSError, count_lines, open_file)
    assert open_file.opened and open_file.opened[0].closed, (
        "reading raised and the file stayed open: close it on every path (with, or try/finally)"
    )


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_first_word_reads_and_closes():
    open_file = opener("  hello world\n")
    assert_returns(call_kata(first_word, open_file), "hello", "first_word(open_file)")
    assert open_file.opened[0].closed, "first_word left its file open"
    empty = opener(" \n")
    assert call_kata(first_word, empty) == "" and empty.opened[0].closed


@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_first_word_closes_when_reading_fails():
    open_file = opener("x", failing=True)
    kata_raises(OSError, first_word, open_file)
    assert open_file.opened[0].closed, "reading raised and the file stayed open"


class Thing:
    pass


@cpython_only
@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_watch_sees_the_object_freed_with_its_last_reference():
    thing = Thing()
    alias = thing
    alive = call_kata(watch, thing)
    assert call_kata(alive) is True, "the object exists: alive() should be True"
    del thing
    assert call_kata(alive) is True, "`del thing` removed one name; `alias` still refers to the object"
    del alias
    assert call_kata(alive) is False, (
        "the last reference is gone, so CPython has freed the object, unless watch itself still refers "
        "to it: keep a weakref.ref instead of the object"
    )


@cpython_only
@pytest.mark.checklist("execution_model.binding_vs_mutation")
def test_watch_sees_a_cycle_wait_for_the_collector():
    was_enabled = gc.isenabled()
    gc.disable()  # no automatic collection in the middle of the test
    try:
        node = Thing()
        node.itself = node
        alive = call_kata(watch, node)
        del node
        assert call_kata(alive) is True, "a cycle keeps its own reference count above zero until the collector runs"
        gc.collect()
        assert call_kata(alive) is False, "after gc.collect() the cycle should be gone; does watch still refer to it?"
    finally:
        if was_enabled:
            gc.enable()
