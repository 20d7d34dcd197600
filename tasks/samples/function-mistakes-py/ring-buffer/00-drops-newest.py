def ring_buffer(capacity, ops):
    if capacity < 1:
        raise ValueError("capacity must be >= 1")
    buf, out = [], []
    for op in ops:
        if op[0] == "push":
            if len(buf) < capacity:
                buf.append(op[1])
        elif op[0] == "pop":
            out.append(buf.pop(0) if buf else None)
        elif op[0] == "peek":
            out.append(buf[0] if buf else None)
        elif op[0] == "size":
            out.append(len(buf))
        else:
            raise ValueError("unknown operation")
    return out
