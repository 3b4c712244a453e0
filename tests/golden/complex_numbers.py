"""Complex arithmetic as generated C++: literals fold, * / ** call CPython's formulas."""
import cmath


def escape_time(c: complex, limit: int) -> int:
    """Iterations of z -> z*z + c before |z| exceeds 2 (the Mandelbrot set's test)."""
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return n
    return limit


def impedance(r: float, l: float, c: float, omega: float) -> complex:
    # a series RLC circuit
    return r + 1j * omega * l + 1 / (1j * omega * c)


print(escape_time(-0.75 + 0.1j, 100), impedance(50.0, 1e-3, 1e-6, 2 * cmath.pi * 1e3))
print(cmath.polar(1 + 1j), (1 + 2j).conjugate() == 1 - 2j, cmath.sqrt(-1))
