#!/usr/bin/env python3
"""Reference values for tests/core/test_ahp.cpp, computed independently of the C++ code (power iteration there):
lambda_max as the largest real root of det(A - xI) found by bisection, the weights as the solution of
(A - lambda_max I) w = 0 with sum(w) = 1 by Gaussian elimination. Pure Python (fractions for the matrices)."""
from fractions import Fraction as F

RI = {1: 0, 2: 0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49}

def det(m):
    m = [row[:] for row in m]; n = len(m); d = 1.0
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if abs(m[p][c]) < 1e-300: return 0.0
        if p != c: m[c], m[p] = m[p], m[c]; d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n): m[r][k] -= f * m[c][k]
    return d

def lambda_max(a):
    n = len(a)
    f = lambda x: det([[float(a[i][j]) - (x if i == j else 0) for j in range(n)] for i in range(n)])
    # n <= lambda_max <= the largest row sum (Perron-Frobenius)
    lo, hi = float(n) - 1e-9, max(sum(float(v) for v in row) for row in a) + 1e-9
    # the largest root: scan down from hi for a sign change, then bisect
    step = (hi - lo) / 200000; x = hi; fx = f(x)
    while x > lo:
        y = x - step; fy = f(y)
        if fx == 0: return x
        if (fx > 0) != (fy > 0): lo, hi = y, x; break
        x, fx = y, fy
    for _ in range(200):
        mid = (lo + hi) / 2
        if (f(mid) > 0) == (f(hi) > 0): hi = mid
        else: lo = mid
    return (lo + hi) / 2

def weights(a, lam):
    n = len(a)
    # rows 0..n-2 of (A - lam I) w = 0, and sum w = 1
    m = [[float(a[i][j]) - (lam if i == j else 0) for j in range(n)] + [0.0] for i in range(n - 1)]
    m.append([1.0] * n + [1.0])
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c])); m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1): m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] for i in range(n)]

def report(name, a):
    n = len(a); lam = lambda_max(a); w = weights(a, lam)
    ci = (lam - n) / (n - 1); cr = ci / RI[n] if n > 2 else 0
    print(f"{name}: weights {[round(x, 6) for x in w]} lambda_max {lam:.6f} ci {ci:.6f} cr {cr:.6f}")

if __name__ == "__main__":
    report("saaty3", [[1, 3, 5], [F(1, 3), 1, 3], [F(1, 5), F(1, 3), 1]])
    report("saaty4", [[1, 5, 6, 7], [F(1, 5), 1, 4, 6], [F(1, 6), F(1, 4), 1, 4], [F(1, 7), F(1, 6), F(1, 4), 1]])
    report("consistent", [[1, 2, 4], [F(1, 2), 1, 2], [F(1, 4), F(1, 2), 1]])
    report("inconsistent", [[1, 9, F(1, 9)], [F(1, 9), 1, 9], [9, F(1, 9), 1]])
    # AIJ of two members: element-wise geometric mean of [[1,3],[1/3,1]]-style 3x3 matrices
    import math
    m1 = [[1, 3, 5], [F(1, 3), 1, 3], [F(1, 5), F(1, 3), 1]]
    m2 = [[1, 1, 3], [1, 1, 2], [F(1, 3), F(1, 2), 1]]
    g = [[math.sqrt(float(m1[i][j]) * float(m2[i][j])) for j in range(3)] for i in range(3)]
    report("aij", g)
