for v, n, o, sg in [(-1, 2, "big", True), (255, 1, "big", False), (-128, 1, "little", True), (1024, 4, "little", False), (0, 0, "big", False), (2**70, 9, "big", False), (-2**63, 8, "big", True), (5, 3, "little", True)]:
    b = v.to_bytes(n, o, signed=sg)
    print(v, b, int.from_bytes(b, o, signed=sg), int.from_bytes(b, o))
print((7).to_bytes(), (300).to_bytes(2), int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\xff\xfe"), "little", signed=True))
for args, kw in [((1, 1, "big"), {"signed": False}), ((256, 1), {}), ((-1, 1), {}), ((128, 1), {"signed": True}), ((1, -1), {}), ((1, 1, "middle"), {})]:
    try:
        print(args[0].to_bytes(*args[1:], **kw))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
