#!/usr/bin/env python3
"""Solve the same assignment as OptimalSolver (count-first off, no fair load) with SciPy, for comparison.

Reads the binary graph written by `Mentoring.Benchmarks solvers-scale export PATH` (see GraphExport.cs),
builds the dense capacity-expanded score matrix (one column per mentor slot; a non-edge scores 0, which is
the same as leaving that mentee or slot unused), and times scipy.optimize.linear_sum_assignment(maximize=True).

Usage: /usr/bin/python3 load-tests/scripts/lsa_compare.py PATH
"""
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def load(path):
    with open(path, "rb") as f:
        mentees, mentors, edges = np.fromfile(f, dtype="<i4", count=3)
        capacities = np.fromfile(f, dtype="<i4", count=mentors)
        offsets = np.fromfile(f, dtype="<i4", count=mentees + 1)
        mentor_of_edge = np.fromfile(f, dtype="<i4", count=edges)
        scores = np.fromfile(f, dtype="<f4", count=edges)
    return mentees, mentors, capacities, offsets, mentor_of_edge, scores


def main(path):
    mentees, mentors, capacities, offsets, mentor_of_edge, scores = load(path)
    started = time.perf_counter()
    dense = np.zeros((mentees, mentors), dtype=np.float64)
    rows = np.repeat(np.arange(mentees), np.diff(offsets))
    dense[rows, mentor_of_edge] = scores
    expanded = np.repeat(dense, np.maximum(capacities, 0), axis=1)
    built = time.perf_counter()
    row_ind, col_ind = linear_sum_assignment(expanded, maximize=True)
    solved = time.perf_counter()
    chosen = expanded[row_ind, col_ind]
    print(f"matrix {expanded.shape[0]}x{expanded.shape[1]} built in {built - started:.2f} s")
    print(f"linear_sum_assignment {solved - built:.3f} s")
    print(f"matched {int(np.count_nonzero(chosen > 0))} total {chosen.sum():.6f}")


if __name__ == "__main__":
    main(sys.argv[1])
