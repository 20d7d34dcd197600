def ring_buffer(capacity, ops):
    if capacity < 1:
        raise ValueError("capacity must be >= 1")
    buf = [None] * capacity
    head = count = 0
    out = []
    for op in ops:
        name = op[0]
        if name == "push":
            buf[(head + count) % capacity] = op[1]
            if count == capacity:
                head = (head + 1) % capacity
            else:
                count += 1
        elif name == "pop":
            if count == 0:
                out.append(None)
            else:
                out.append(buf[head])
                head = (head + 1) % capacity
                count -= 1
        elif name == "peek":
            out.append(buf[head] if count else None)
        elif name == "size":
            out.append(count)
        else:
            raise ValueError("unknown operation " + repr(name))
    return out
