"""Complex numbers under format specs (f-strings, str.format, %): CPython's complex.__format__, errors included."""
z = 1.5 - 2.25j
w = -0.0 + 3j
print(f"{z:.2f}", f"{z:>20}|", "{:.3e}".format(z), f"{z!s:>12}", f"{z!r}", "%s|%r" % (z, z))
print(f"{w}", f"{w:}", f"{3j:g}", f"{3j:.3}", f"{z:^30.4g}|", f"{z:+.1f}", f"{z: .1E}", f"{1e20+1j:n}", f"{complex(float('nan'), float('-inf')):f}", f"{-0.0-0.0j:z.1f}")
try:
    print(f"{z:=10}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{z:010}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{z:%}")
except ValueError as e:
    print("ValueError", e)
try:
    print("%f" % z)
except TypeError as e:
    print("TypeError", e)
print("%s %r %10s" % (z, w, 1j))
