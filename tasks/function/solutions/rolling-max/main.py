from collections import deque


def rolling_max(x, n):
    if n < 1:
        raise ValueError("n must be >= 1")
    q, out = deque(), []
    for i, v in enumerate(x):
        while q and x[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - n:
            q.popleft()
        if i >= n - 1:
            out.append(x[q[0]])
    return out
