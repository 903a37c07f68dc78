"""DPO Desk's benchmarks (`python -m benchmarks`): figures beside baselines from the same run and data.

Not part of the test suite: the figures depend on the machine, so the results are ratios and the
targets of issue 10 are judged on them. Results go to `benchmarks/results/` (git-ignored).
"""
