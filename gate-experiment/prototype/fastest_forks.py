#!/usr/bin/env python3
"""A prototype, not the gate: what a "fastest forks" wall-clock rule would catch on the kept pool.

The forks of Chicory-compiled code settle in a few discrete speeds (README, "How good is the
regression gate"). A slowdown of the plugin's code slows every speed, so the fastest forks of each
side can be compared instead of the mixtures. This draws A/B trials from the pool like
`run.sh analyze` (k rounds for the run, k other rounds for the confirmation re-run), reduces each
fork to its median call, and flags a side when a bootstrap of the ratio of the two sides' minimum
fork values puts its one-sided 95% lower bound above 1 and its upper bound past the 5% minimum
effect; a trial fails the build when the run and the re-run both flag.

    python3 gate-experiment/prototype/fastest_forks.py [medianCall|wallClock] [pool.json]

Needs numpy. The gate itself (regression-baselines) does not do this yet: it would need the
forks' median calls in the measurement and baseline files, and a rule of its own.
"""
import json
import sys

import numpy as np

KEY = sys.argv[1] if len(sys.argv) > 1 else "medianCall"
POOL = sys.argv[2] if len(sys.argv) > 2 else "gate-experiment/results/pool.json"
TRIALS = 400
pool = json.load(open(POOL))
rng = np.random.default_rng(1)


def forks(variant):
    return np.array([r["forks"][variant][KEY] for r in pool["rounds"]])


def flags(a, b, quantile=0.0, minimum=0.05, resamples=500, alpha=0.05):
    ia = rng.integers(0, len(a), (resamples, len(a)))
    ib = rng.integers(0, len(b), (resamples, len(b)))
    ratio = np.quantile(b[ib], quantile, axis=1) / np.quantile(a[ia], quantile, axis=1)
    return np.quantile(ratio, alpha) > 1.0 and np.quantile(ratio, 1 - alpha) > 1 + minimum


def rate(base, other, k):
    failed = 0
    for _ in range(TRIALS):
        rounds = rng.permutation(len(base))
        run, rerun = rounds[:k], rounds[k : 2 * k]
        failed += flags(base[run], other[run]) and flags(base[rerun], other[rerun])
    return failed / TRIALS


base, twin = forks("base"), forks("base-twin")
for k in (6, 10, 20):
    print(
        f"{KEY}, {k} forks per side: A/A {rate(base, twin, k):.3f},"
        f" x1.05 {rate(base, twin * 1.05, k):.3f}, x1.10 {rate(base, twin * 1.10, k):.3f}"
    )
for variant in ("slow-5", "slow-10", "instr-1"):
    print(f"{KEY}, {variant}: " + ", ".join(
        f"{k} forks {rate(base, forks(variant), k):.3f}" for k in (6, 10)))
