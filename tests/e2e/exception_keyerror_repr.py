"""repr() and str() of a caught KeyError: the key's repr, for int and str keys."""
d = {1: "a"}
s = {"x": 1}
for key in [1, 2]:
    try:
        print(d[key])
    except KeyError as e:
        print(repr(e), str(e))
try:
    print(s["y"])
except KeyError as e:
    print(repr(e), str(e))
