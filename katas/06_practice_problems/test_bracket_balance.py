"""Tests for bracket_balance.py: examples, properties against a slow oracle, and characters read counted."""

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from bracket_balance import first_unmatched, is_balanced
from dojo.properties import kata_properties
from dojo.testing import call_kata, expect

# kata_properties without the explain phase (half a second on every failing stub) and with fewer
# examples, so the whole topic stays under a second; the example tests cover the rest.
quick_properties = settings(
    kata_properties, max_examples=30, phases=[phase for phase in Phase if phase is not Phase.explain]
)

READS_PER_CHAR = 4  # one pass reads each character once; a few passes are still O(n)

PAIRS = {"(": ")", "[": "]", "{": "}"}


def oracle_balanced(text: str) -> bool:
    """Slow and obviously right: strip the other characters, then remove innermost pairs until none is left."""
    brackets = "".join(c for c in text if c in "()[]{}")
    while True:
        shorter = brackets.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == brackets:
            return brackets == ""
        brackets = shorter


@pytest.mark.checklist("practice_problems.brackets")
def test_balanced_text_is_accepted():
    for text in ["", "()", "([]{})", "f(a[1], {b: 2})", "{[()()]}", "no brackets at all"]:
        assert call_kata(is_balanced, text) is True, f"{text!r} is balanced: every bracket is closed, innermost first"


@pytest.mark.checklist("practice_problems.brackets")
def test_crossed_brackets_are_rejected():
    assert call_kata(is_balanced, "([)]") is False, (
        "'([)]' has as many of each kind of bracket as it needs, but ')' closes '(' while '[' is still open inside it"
    )
    assert call_kata(is_balanced, "(]") is False, "'(]': a ] cannot close a ("


@pytest.mark.checklist("practice_problems.brackets")
def test_closers_before_openers_are_rejected():
    assert call_kata(is_balanced, ")(") is False, "')(': the ) closes nothing, whatever comes after it"
    assert call_kata(is_balanced, "x)") is False, "'x)': a closer with nothing open"


@pytest.mark.checklist("practice_problems.brackets")
def test_brackets_left_open_are_rejected():
    assert call_kata(is_balanced, "((") is False, "'((': both brackets are still open at the end"
    assert call_kata(is_balanced, "{[()]") is False, "'{[()]': the { is never closed"


@pytest.mark.checklist("practice_problems.brackets")
def test_first_unmatched_finds_the_breaking_bracket():
    cases = {"(a]": 2, "x)": 1, "a(b(c)": 1, "()(": 2, "(()[": 0, "f(a[1)]": 5, "([]{})": None, "": None}
    for text, expected in cases.items():
        got = call_kata(first_unmatched, text)
        expect(got, expected, f"first_unmatched({text!r}) returned {got!r}, expected {expected!r}")


def balanced_texts():
    filler = st.text(alphabet="ab ", max_size=2)
    return st.recursive(
        filler,
        lambda inner: st.one_of(
            st.tuples(st.sampled_from(sorted(PAIRS)), inner).map(lambda t: t[0] + t[1] + PAIRS[t[0]]),
            st.tuples(inner, inner).map("".join),
        ),
        max_leaves=8,
    )


@pytest.mark.checklist("practice_problems.brackets")
@quick_properties
@given(st.one_of(balanced_texts(), st.text(alphabet="()[]{}x", max_size=12)))
def test_agrees_with_removing_pairs_until_none_is_left(text):
    expected = oracle_balanced(text)
    assert call_kata(is_balanced, text) is expected, f"is_balanced({text!r}) should be {expected}"
    position = call_kata(first_unmatched, text)
    assert (position is None) is expected, (
        f"first_unmatched({text!r}) returned {position!r}: None exactly when the text is balanced"
    )
    if position is not None:
        assert text[position] in "()[]{}", f"first_unmatched({text!r}) returned {position}, which is not a bracket"


STOP_AT = 3  # a run this many times over its budget is stopped where it is: it can only fail


class OverBudget(AssertionError):
    """Raised inside the learner's code once it has read STOP_AT times more characters than its budget."""


class CountedText(str):
    """A str that counts every character read from it; what it returns from slicing and replacing counts too."""

    def __new__(cls, value, counts):
        text = super().__new__(cls, value)
        text.counts = counts
        return text

    def _read(self, amount):
        self.counts["reads"] += amount
        if self.counts["reads"] > STOP_AT * self.counts["limit"]:  # far over the bound: stop the run
            raise OverBudget(self.counts["message"].format(count=f"more than {STOP_AT * self.counts['limit']}"))

    def _wrap(self, value):
        return CountedText(value, self.counts) if isinstance(value, str) else value

    def __iter__(self):
        for char in str.__iter__(self):
            self._read(1)
            yield char

    def __getitem__(self, index):
        result = str.__getitem__(self, index)
        self._read(len(result))
        return result if isinstance(index, int) else self._wrap(result)

    def __contains__(self, sub):
        self._read(len(self))
        return str.__contains__(self, sub)

    def __add__(self, other):
        self._read(len(self))
        return self._wrap(str.__add__(self, other))


def _scanning(name):
    method = getattr(str, name)

    def scan(self, *args, **kwargs):
        self._read(len(self))
        result = method(self, *args, **kwargs)
        if isinstance(result, list):
            return [self._wrap(part) for part in result]
        return self._wrap(result)

    return scan


SCANNING_METHODS = ["count", "find", "rfind", "index", "rindex", "replace", "split", "strip", "lstrip", "rstrip",
                    "translate"]  # fmt: skip
for _name in SCANNING_METHODS:
    setattr(CountedText, _name, _scanning(_name))


def long_texts(n: int) -> list[tuple[str, str, int | None]]:
    """(label, text, first_unmatched) for two texts of n characters, nested n // 4 deep."""
    depth = n // 4
    return [
        ("deeply nested, balanced", "(" * depth + "[{}]" * (n // 8) + ")" * depth, None),
        ("deeply nested, broken at the end", "{" * depth + "()" * (n // 4) + "}" * (depth - 1) + "]", n - 1),
    ]


@pytest.mark.checklist("practice_problems.brackets")
@pytest.mark.parametrize("n", [400, 4000])
@pytest.mark.parametrize("function", ["is_balanced", "first_unmatched"])
def test_reads_each_character_a_constant_number_of_times(function, n):
    check = {"is_balanced": is_balanced, "first_unmatched": first_unmatched}[function]
    for label, plain, breaking in long_texts(n):
        limit = READS_PER_CHAR * len(plain)
        counts = {
            "reads": 0,
            "limit": limit,
            "message": (
                f"{function} on {len(plain)} characters ({label}) read {{count}} characters. The bound is O(n): "
                f"at most {READS_PER_CHAR} reads per character, {limit} in all. Removing '()' pairs with "
                "replace() until none is left reads the text once per pass, about n*n/4 in all."
            ),
        }
        result = call_kata(check, CountedText(plain, counts))
        expected = breaking is None if function == "is_balanced" else breaking
        expect(result, expected, f"{function} returned {result!r} on the {label} text of {len(plain)} characters")
        assert counts["reads"] <= limit, counts["message"].format(count=counts["reads"])
