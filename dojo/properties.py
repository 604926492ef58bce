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

from hypothesis import HealthCheck, settings

kata_properties = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=60,
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.too_slow],
)
