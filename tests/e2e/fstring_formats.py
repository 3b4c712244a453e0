"""f-strings with simple format specifications."""
import math


def table_row(i: int, x: float) -> str:
    return f"|{i:3d}|{x:10.4f}|{x * x:12.3e}|"


def money(amount: float) -> str:
    return f"${amount:.2f}"


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%"


if __name__ == "__main__":
    pi = math.pi
    n = 42
    print(f"{pi}")
    print(f"{pi:.0f} {pi:.1f} {pi:.3f} {pi:.10f}")
    print(f"{n} {n:5d} {n:05d} {-n:5d} {-n:05d} {n:<5d}| {n:>5d} {n:^7d}|")
    print(f"{n:+d} {-n:+d} {0:+d} {pi:+.2f} {-pi:+.2f}")
    print(f"{pi:e} {pi:.2e} {1e-10:.3e} {-123456.789:.1e} {0.0:e}")
    print(f"{pi:g} {1e20:g} {1e-5:g} {123456789.0:g} {100.0:g} {0.0001:g} {2.5:.3g}")
    print(f"{2.5:.0f} {3.5:.0f} {-0.5:.0f} {0.125:.2f} {2.675:.2f} {1.005:.2f}")
    print(f"{-0.0:.2f} {-0.001:.2f} {1e16:.1f} {1e22:.0f} {5e-324:.3e}")
    print(f"{math.inf:.2f} {-math.inf:8.3f} {math.nan:.1f} {math.inf} {math.nan}")
    print(f"{True} {False} {None} {'text'} {n > 3}")
    s = "abc"
    print(f"[{s}] [{s:>6}] [{s:<6}] [{s:^7}]")
    print(f"{n}+{n}={n + n}, {n}/{5}={n / 5}, {n}//{5}={n // 5}")
    for i in range(1, 5):
        print(table_row(i, i * 1.7))
    print(money(1234.5), money(0.005), money(-3.999), money(1e9 / 7))
    print(percent(1, 3), percent(2, 3), percent(3, 3), percent(0, 7))
    print(f"{1 / 3:.20f}")
    print(f"{1e15:.2f} {2 ** 62:d} {-9223372036854775807 - 1:d}")
