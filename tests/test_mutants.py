"""dojo.dev.mutants on the demo repository: every mutant gets its own verdict, whichever batch and thread ran it."""

from __future__ import annotations

from dojo.dev import mutants
from tests.support.demo import demo_with_project_settings

# A branch no test reaches: its mutants survive; those of the line every test runs are killed.
ARITH_WITH_AN_UNTESTED_BRANCH = '''
def add(a, b):
    if a > 1000:
        return b + a
    return a + b


def name():
    return "demo"
'''


def test_each_mutant_is_judged_on_its_own_run_across_batches_and_survivors_are_named(tmp_path, monkeypatch):
    demo = demo_with_project_settings(tmp_path / "demo")
    (demo / "solutions" / "01_demo" / "arith.py").write_text(ARITH_WITH_AN_UNTESTED_BRANCH, encoding="utf-8")
    monkeypatch.setattr(mutants, "BATCH_SIZE", 2)  # several batches, run side by side
    every = mutants.collect(demo, ["01_demo"])
    killed = mutants._run(demo, every, tmp_path / "work", jobs=1)
    verdicts = {mutant.key: killed[index] for index, mutant in enumerate(every)}
    assert len(verdicts) == len(every) > 4
    assert verdicts["add: `a + b`: Add -> Sub"], "the sum every test checks: changed, it is rejected"
    assert not verdicts["add: `a > 1000`: Gt -> GtE"], "a branch no test reaches: changed, nobody notices"
    assert verdicts["name: `return 'demo'` -> `return None`"]
    outcome = mutants.judge(every, killed, {})
    survivors = [key for key, dead in verdicts.items() if not dead]
    assert len(outcome.problems) == len(survivors)
    assert all(problem.startswith("solutions/01_demo/arith.py: the mutant '") for problem in outcome.problems)
