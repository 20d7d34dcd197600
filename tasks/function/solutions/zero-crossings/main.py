def zero_crossings(x):
    return [i for i in range(1, len(x)) if (x[i - 1] < 0) != (x[i] < 0)]
