"""Hypothesis settings for property-based kata tests: the same examples on every run.

Use it above ``@given``::

    from dojo.properties import kata_properties

    @kata_properties
    @given(st.lists(st.integers()))
    def test_result_is_sorted(values): ...

Deterministic (``derandomize``), no example database written into the repository, no
deadline on a noisy machine, and one failure reported (several at once would arrive as an
exception group, which says less to a learner than the shrunk example does).
"""

from hypothesis import HealthCheck, Phase, settings

kata_properties = settings(
    # No "explain" phase: it traces every call while shrinking, which turns a failing stub's
    # half second into seconds.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=40,
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.too_slow],
)
