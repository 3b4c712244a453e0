#!/usr/bin/python3
"""Seeded random generator of small Python programs for differential testing (run.py).

    gen_programs.py --seed S --count N [--kind scalar|numpy|mixed] [--all-features] > batch.py

Each program is one `case_K(...)` function (plus helper functions `cK_hJ`) that computes and
prints; run.py batches many of them into one module with a dispatcher, runs it under
/usr/bin/python3 and as C++ and compares the output case by case.

Contract. For a given (seed, index, kind, feature set) the program text is fixed (the generator
draws from random.Random(f"{seed}:{index}") only), so a failure is reproduced by its seed and index.
Every generated program is valid Python that terminates quickly (loops have literal bounds of at
most a few iterations). It avoids, by construction, what py2cpp documents as a deviation by
design (README "Known deviations"): integer values are kept inside int64 (every int expression
carries a bound on its magnitude, kept below 2**62), a variable keeps one type, and `int(x)` /
`round(x)` only see floats of bounded magnitude (plus deliberate inf/nan cases that must raise).
Everything else -- exceptions included (division by zero, math domain/range errors, negative
shift counts, int() of inf/nan...) -- is fair game: C++ must print the same and raise the same.

The scalar language: int/float/bool values; + - * / // % ** with negative operands; bitwise and
shift operators; comparisons, chained comparisons; and/or/not; conditional expressions; if/elif/
else, while, for over range (1-3 arguments, negative steps), break/continue; helper functions
with keyword and default arguments; the math module; abs/min/max/int/float/round/str/repr; print
(sep/end) and f-strings with format specifications.

NumPy programs: arrays of rank 1 and 2 (float64, int64, bool, float32, int32) built from literals
and creation functions, element-wise arithmetic with broadcasting (array-array, array-scalar,
rows against columns), comparisons, ufuncs, where/clip, reductions with and without axis,
slicing, integer and boolean indexing, transposes and reshapes. Results are printed element by
element (and sometimes as print(a)); run.py compares numbers with a tolerance (rtol 1e-12 for
float64, 1e-5 for float32) since NumPy's SIMD transcendental functions may differ from glibc's by
an ulp, and every discontinuous operation (comparisons, floor, //, %, astype(int), argmax...)
only sees "exact" operands (never a transcendental result), so an ulp cannot become a different
integer.

Restrictions of the default mode for open bugs (each names its regression file; --all-features
lifts them) are listed in KNOWN_BUG_RESTRICTIONS below.
"""
import argparse
import random
import re
import sys

INT_LIMIT = 2**62

# Features the default mode leaves out because py2cpp has an open bug with them. Each entry:
# feature name -> regression file in tests/differential/regressions/ (see known_failures.txt).
# The generator asks `self.allowed(name)` before producing such a construct.
KNOWN_BUG_RESTRICTIONS = {
    # h(1 // a, math.sqrt(a - 1)): call arguments are not evaluated left to right in the C++, so
    # with several arguments that may raise (or print) the outcome differs. The default mode gives
    # every argument but one depth 0 (a variable or a literal: nothing raises, nothing prints).
    "call_argument_order": "call_argument_evaluation_order.py",
    # np.sin(bool array) is float16 in NumPy, which py2cpp refuses with a diagnostic (by design,
    # tests/diagnostics/numpy_float16_refused.py); a refusal would drop the whole batch's module.
    "ufunc_of_bool": "(refused by design: tests/diagnostics/numpy_float16_refused.py)",
}
# Fixed since (their reproducers are tests/e2e/differential_*.py), generated again by default:
# shift_count_literal, self_comparison, elif_constant, bitwise_comparison_constant,
# int_literal_32bit, shift_count_negative_variable, cumsum_int32, slice_of_expression.

# Documented deviations (not bugs): the default mode leaves them out too. gamma/lgamma use libm's,
# which may differ from CPython's own Lanczos code in the last bits (runtime/py2cpp/pymath.hpp).
DOCUMENTED_DEVIATIONS = {"gamma", "lgamma"}

MATH_UNARY_ANY = ["sin", "cos", "atan", "fabs", "exp", "sinh", "cosh", "tanh", "asinh", "erf", "erfc", "expm1", "cbrt",
                  "exp2", "degrees", "radians"]
MATH_UNARY_DOMAIN = ["sqrt", "log", "log10", "log2", "log1p", "acos", "asin", "atanh", "acosh", "gamma", "lgamma", "tan"]
MATH_BINARY = ["atan2", "hypot", "copysign", "fmod", "pow", "remainder", "ldexp_like"]
CMATH_UNARY = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh",
               "acosh", "atanh"]
COMPLEX_PARTS = ["0.0", "-0.0", "1.0", "-1.0", "0.5", "2.5", "-3.0", "1e-3", "7.25", "-0.125", "1e10", "1e-310"]
COMPLEX_FORMATS = ["", ".2f", ".3e", "g", ".4g", ">20", "<18.1f", "+.3f", "^24"]
FLOAT_FORMATS = ["", ".0f", ".1f", ".3f", ".10f", "e", ".2e", "g", ".3g", "10.4f", "<10.2f", ">12.3e", "+.2f", "^9.1f", ".1%", "8.3g"]
INT_FORMATS = ["", "d", "5d", "05d", "+d", "<6d", ">6d", "^7d", "x", "o", "b", ",", "_", "+05d"]
FLOAT_LITERALS = [0.0, -0.0, 0.5, -1.5, 2.25, 0.1, -0.3, 3.141592653589793, 1e-10, 2.5e10, -7.75, 1e300, -1e-300, 100.0,
                  1.0, -2.0, 12.5, 0.7, 1e16, 4.4e-16]


class Scope:
    """Variables visible at a point of the program: name -> (type, bound). Bound: max |value| for
    ints, for floats a magnitude bound or None (unbounded: may be huge, inf or nan)."""

    def __init__(self, parent=None):
        self.vars = dict(parent.vars) if parent else {}

    def names(self, typ, max_bound=None):
        out = []
        for n, (t, b) in self.vars.items():
            if t != typ:
                continue
            if max_bound is not None and (b is None or b > max_bound):
                continue
            out.append(n)
        return sorted(out)


class ScalarGen:
    def __init__(self, rng, prefix, all_features):
        self.rng = rng
        self.prefix = prefix
        self.all_features = all_features
        self.counter = 0
        self.helpers = []  # (name, [(param, type, bound)], return type, return bound, source)
        self.lines = []
        self.loop_depth = 0

    def allowed(self, feature):
        return self.all_features or feature not in KNOWN_BUG_RESTRICTIONS

    def fresh(self, stem="v"):
        self.counter += 1
        return f"{stem}{self.counter}"

    def chance(self, p):
        return self.rng.random() < p

    # ---- expressions: each returns (source, bound) -------------------------------------------
    def int_literal(self, limit):
        r = self.rng.random()
        if r < 0.5:
            v = self.rng.randint(-12, 12)
        elif r < 0.85:
            v = self.rng.randint(-1000, 1000)
        else:
            v = self.rng.choice([2**31 - 1, -2**31, 10**9 + 7, 2**40, -(10**12), 123456789])
        if abs(v) > limit:
            v = self.rng.randint(-min(limit, 12), min(limit, 12))
        return (f"({v})" if v < 0 else str(v)), abs(v)

    def int_expr(self, scope, depth, limit=10**12):
        rng = self.rng
        if depth <= 0 or self.chance(0.25):
            names = scope.names("int", limit)
            if names and self.chance(0.7):
                n = rng.choice(names)
                return n, scope.vars[n][1]
            return self.int_literal(limit)
        k = rng.randrange(17)
        if k <= 2:  # + -
            a, ba = self.int_expr(scope, depth - 1, limit // 2)
            b, bb = self.int_expr(scope, depth - 1, limit // 2)
            return f"({a} {rng.choice(['+', '-'])} {b})", ba + bb
        if k == 3:  # *
            a, ba = self.int_expr(scope, depth - 1, min(limit, 10**6))
            b, bb = self.int_expr(scope, depth - 1, max(1, min(10**6, limit // max(ba, 1))))
            return f"({a} * {b})", ba * bb
        if k in (4, 5):  # // % (divisor may be zero: ZeroDivisionError)
            a, ba = self.int_expr(scope, depth - 1, limit)
            if self.chance(0.6):
                b, bb = self.int_literal(limit)
                b = b if b != "0" else "(-7)"
                bb = max(bb, 7)
            else:
                b, bb = self.int_expr(scope, depth - 1, limit)
            op = rng.choice(["//", "%"])
            return f"({a} {op} {b})", (ba if op == "//" else bb)
        if k == 6:  # ** with a small non-negative literal exponent
            e = rng.randint(0, 3)
            base_limit = {0: limit, 1: limit, 2: min(limit, 10**6), 3: min(limit, 10**4)}[e]
            a, ba = self.int_expr(scope, depth - 1, max(1, int(base_limit ** (1 / max(e, 1)))))
            return f"({a} ** {e})", max(1, ba ** e)
        if k == 7:  # unary
            a, ba = self.int_expr(scope, depth - 1, limit - 1)
            op = rng.choice(["-", "+", "~", "abs"])
            if op == "abs":
                a, ba = self.not_all_literal(scope, a, ba, a, limit - 1)
            return (f"abs({a})" if op == "abs" else f"({op}{a})"), ba + 1
        if k == 8:  # min/max
            da, db = self.arg_depths(2, depth - 1)
            a, ba = self.int_expr(scope, da, limit)
            b, bb = self.int_expr(scope, db, limit)
            a, ba = self.not_all_literal(scope, a, ba, b, limit)
            return f"{rng.choice(['min', 'max'])}({a}, {b})", max(ba, bb)
        if k == 9:  # bitwise
            a, ba = self.int_expr(scope, depth - 1, limit // 2)
            b, bb = self.int_expr(scope, depth - 1, limit // 2)
            return f"({a} {rng.choice(['&', '|', '^'])} {b})", 2 * max(ba, bb) + 1
        if k == 10:  # shifts (a variable count may be negative: ValueError)
            if self.chance(0.5):
                s = rng.randint(0, 8)
                a, ba = self.int_expr(scope, depth - 1, max(1, limit >> s))
                return f"({a} << {s})", ba << s
            a, ba = self.int_expr(scope, depth - 1, limit)
            s, _ = self.int_expr(scope, depth - 1, 80) if self.chance(0.3) else (str(rng.randint(0, 70)), 0)
            if not self.allowed("shift_count_negative_variable") and re.search(r"[A-Za-z_]", s):
                s = f"abs({s})"
            if not self.allowed("shift_count_literal") and not re.search(r"[A-Za-z_]", s):
                s = str(rng.randint(0, 63))  # a constant count: keep it where C++ accepts it
            return f"({a} >> {s})", ba
        if k == 11:  # conditional expression
            c = self.bool_expr(scope, depth - 1)
            a, ba = self.int_expr(scope, depth - 1, limit)
            b, bb = self.int_expr(scope, depth - 1, limit)
            a, ba = self.not_all_literal(scope, a, ba, b, limit)
            return f"({a} if {c} else {b})", max(ba, bb)
        if k == 12:  # float -> int of a bounded float
            f, bf = self.float_expr(scope, depth - 1, bounded=min(limit, 10**9))
            fn = rng.choice(["int", "round", "math.floor", "math.ceil", "math.trunc"])
            return f"{fn}({f})", int(bf) + 1
        if k == 13 and self.helpers:
            call = self.call_helper(scope, depth, "int", limit)
            if call:
                return call
        if k == 14:  # math functions on ints
            fn = rng.choice(["gcd", "factorial", "isqrt", "comb"])
            if fn == "gcd":
                da, db = self.arg_depths(2, depth - 1)
                a, ba = self.int_expr(scope, da, limit)
                b, bb = self.int_expr(scope, db, limit)
                return f"math.gcd({a}, {b})", max(ba, bb)
            if fn == "factorial" and limit >= 479001600:  # negative: ValueError
                a, _ = self.int_expr(scope, depth - 1, 12)
                return (f"math.factorial({a})" if self.chance(0.2) else f"math.factorial(abs({a}) % 13)"), 479001600
            if fn == "isqrt":  # negative: ValueError
                a, ba = self.int_expr(scope, depth - 1, limit)
                return (f"math.isqrt({a})" if self.chance(0.2) else f"math.isqrt(abs({a}))"), int(ba ** 0.5) + 1
            if fn == "comb" and limit >= 2**40:  # negative: ValueError
                da, db = self.arg_depths(2, depth - 1)
                a, _ = self.int_expr(scope, da, 20)
                b, _ = self.int_expr(scope, db, 20)
                return f"math.comb({a}, {b})", 2**40
            a, ba = self.int_expr(scope, depth - 1, limit)
            return f"math.gcd({a}, 12)", ba
        if k == 15:  # bool arithmetic
            c = self.bool_expr(scope, depth - 1)
            a, ba = self.int_expr(scope, depth - 1, limit - 1)
            return f"({a} + int({c}))", ba + 1
        a, ba = self.int_expr(scope, depth - 1, limit)
        return f"({a})", ba

    def float_literal(self):
        v = self.rng.choice(FLOAT_LITERALS) if self.chance(0.7) else round(self.rng.uniform(-50, 50), self.rng.randint(0, 6))
        text = repr(float(v))
        return (f"({text})" if text.startswith("-") else text), abs(v)

    def float_expr(self, scope, depth, bounded=None):
        """A float expression; with `bounded` its magnitude stays at most that (and finite)."""
        rng = self.rng
        if depth <= 0 or self.chance(0.25):
            if bounded is None:
                names = scope.names("float")
            else:
                names = scope.names("float", bounded)
            if names and self.chance(0.7):
                n = rng.choice(names)
                return n, scope.vars[n][1]
            text, b = self.float_literal()
            if bounded is not None and b > bounded:
                return "0.5", 0.5
            return text, b
        if bounded is not None:
            return self.bounded_float(scope, depth, bounded)
        k = rng.randrange(12)
        if k <= 2:  # a float operand on one side makes the result a float
            a, _ = self.float_expr(scope, depth - 1)
            b, _ = self.num_expr(scope, depth - 1)
            if self.chance(0.5):
                a, b = b, a
            return f"({a} {rng.choice(['+', '-', '*', '/', '//', '%', '/'])} {b})", None
        if k == 3:  # ** : float base, small integer exponent (any sign), or |base| ** float
            a, _ = self.float_expr(scope, depth - 1)
            if self.chance(0.6):
                return f"({a} ** {rng.choice(['2', '3', '-1', '2', '0'])})", None
            # A negative base with a fractional exponent is a complex number in Python.
            b, _ = self.float_expr(scope, depth - 1)
            return f"(abs({a}) ** {b})", None
        if k == 4:  # int ** negative literal: a float
            a, _ = self.int_expr(scope, depth - 1, 1000)
            return f"({a} ** {rng.choice(['-1', '-2', '-3'])})", None
        if k == 5:
            fn = rng.choice([f for f in MATH_UNARY_ANY + MATH_UNARY_DOMAIN if self.all_features or f not in DOCUMENTED_DEVIATIONS])
            a, _ = self.num_expr(scope, depth - 1)
            if fn in MATH_UNARY_DOMAIN and self.chance(0.6):  # mostly inside the domain
                a = f"(abs({a}) * 0.5 + 1.0)" if fn in ("acosh", "log", "sqrt", "log10", "log2", "gamma", "lgamma") else f"math.tanh({a})"
            return f"math.{fn}({a})", None
        if k == 6:
            fn = rng.choice(MATH_BINARY)
            da, db = self.arg_depths(2, depth - 1)
            a, _ = self.num_expr(scope, da)
            b, _ = self.num_expr(scope, db)
            if fn == "ldexp_like":
                n, _ = self.int_expr(scope, db, 60)
                return f"math.ldexp({a}, {n})", None
            return f"math.{fn}({a}, {b})", None
        if k == 7:  # abs/-/round keep an int argument an int: give them floats
            a, _ = self.num_expr(scope, depth - 1)
            f, _ = self.float_expr(scope, depth - 1)
            return rng.choice([f"float({a})", f"abs({f})", f"(-{f})", f"round({f}, {rng.randint(-2, 4)})"]), None
        if k == 8:  # min/max of an int and a float is a known deviation (README): floats only
            da, db = self.arg_depths(2, depth - 1)
            a, _ = self.float_expr(scope, da)
            b, _ = self.float_expr(scope, db)
            return f"{rng.choice(['min', 'max'])}({a}, {b})", None
        if k == 9:
            c = self.bool_expr(scope, depth - 1)
            a, _ = self.float_expr(scope, depth - 1)
            b, _ = self.float_expr(scope, depth - 1)
            return f"({a} if {c} else {b})", None
        if k == 10 and self.helpers:
            call = self.call_helper(scope, depth, "float", None)
            if call:
                return call
        if k == 11:
            if self.chance(0.4):  # a float of a complex number
                c = self.complex_expr(scope, depth - 1)
                return rng.choice([f"abs({c})", f"({c}).real", f"({c}).imag", f"cmath.phase({c})"]), None
            return rng.choice(["math.pi", "math.e", "math.inf", "(-math.inf)", "math.nan", "float('nan')", "float('inf')",
                               "math.tau"]), None
        a, _ = self.float_expr(scope, depth - 1)
        return f"({a})", None

    def bounded_float(self, scope, depth, bound):
        """Finite floats of magnitude <= bound (for int()/round() and friends)."""
        rng = self.rng
        k = rng.randrange(5)
        if k == 0:
            a, _ = self.num_expr(scope, depth - 1)
            return f"(math.sin({a}) * {min(bound, 1000.0)!r})", min(bound, 1000.0)
        if k == 1:
            a, ba = self.int_expr(scope, depth - 1, int(max(1, min(bound, 10**9))))
            b, _ = self.int_expr(scope, depth - 1, 1000)
            return f"({a} / ({b} if {b} != 0 else 1))", ba
        if k == 2:
            a, ba = self.float_expr(scope, depth - 1, bounded=bound / 2)
            b, bb = self.float_expr(scope, depth - 1, bounded=bound / 2)
            return f"({a} {rng.choice(['+', '-'])} {b})", ba + bb
        if k == 3:
            a, ba = self.float_expr(scope, depth - 1, bounded=bound)
            return f"({a} * {rng.choice(['0.5', '-0.25', '1.0', '-1.0'])})", ba
        a, _ = self.num_expr(scope, depth - 1)
        return f"math.atan({a})", 1.6

    def complex_literal(self):
        rng = self.rng
        re, im = rng.choice(COMPLEX_PARTS), rng.choice(COMPLEX_PARTS)
        k = rng.randrange(3)
        if k == 0:
            return f"({im}j)" if not im.startswith("-") else f"(-{im[1:]}j)"
        if k == 1:
            return f"complex({re}, {im})"
        return f"({re} + {im}j)" if not im.startswith("-") else f"({re} - {im[1:]}j)"

    def complex_expr(self, scope, depth):
        """A complex expression (Python's complex arithmetic and cmath, which must match bit for bit)."""
        rng = self.rng
        if depth <= 0 or self.chance(0.3):
            return self.complex_literal()
        k = rng.randrange(8)
        if k <= 2:
            a = self.complex_expr(scope, depth - 1)
            b = self.complex_expr(scope, depth - 1) if self.chance(0.6) else self.num_expr(scope, depth - 1)[0]
            if self.chance(0.3):
                a, b = b, a
            return f"({a} {rng.choice(['+', '-', '*', '/'])} {b})"
        if k == 3:
            a = self.complex_expr(scope, depth - 1)
            exponent = rng.choice(["2", "3", "-1", "0", "0.5", "-2.5", "1j", "(0.5 - 1j)", "101"])
            return f"({a} ** {exponent})"
        if k == 4:
            return f"cmath.{rng.choice(CMATH_UNARY)}({self.complex_expr(scope, depth - 1)})"
        if k == 5:
            return f"({self.complex_expr(scope, depth - 1)}).conjugate()"
        if k == 6:
            c = self.bool_expr(scope, depth - 1)
            return f"({self.complex_expr(scope, depth - 1)} if {c} else {self.complex_expr(scope, depth - 1)})"
        a, _ = self.float_expr(scope, depth - 1)
        b, _ = self.float_expr(scope, depth - 1)
        return rng.choice([f"complex({a}, {b})", f"cmath.rect({a}, {b})", f"(-{self.complex_literal()})"])

    def num_expr(self, scope, depth):
        if self.chance(0.5):
            e, _ = self.int_expr(scope, depth, 10**9)
            return e, None
        return self.float_expr(scope, depth)

    def bool_expr(self, scope, depth):
        rng = self.rng
        if depth <= 0 or self.chance(0.2):
            names = scope.names("bool")
            if names and self.chance(0.6):
                return rng.choice(names)
            return rng.choice(["True", "False"])
        k = rng.randrange(7)
        if k <= 1:  # comparison of ints (exact)
            a, _ = self.int_expr(scope, depth - 1)
            b, _ = self.int_expr(scope, depth - 1)
            b = self.not_same(a, b)
            return f"({a} {rng.choice(['<', '<=', '>', '>=', '==', '!='])} {b})"
        if k == 2:  # comparison involving floats
            a, _ = self.num_expr(scope, depth - 1)
            b, _ = self.float_expr(scope, depth - 1)
            b = self.not_same(a, b)
            return f"({a} {rng.choice(['<', '<=', '>', '>=', '==', '!='])} {b})"
        if k == 3:  # chained
            a, _ = self.int_expr(scope, depth - 1)
            b, _ = self.num_expr(scope, depth - 1)
            c, _ = self.int_expr(scope, depth - 1)
            b = self.not_same(a, b)
            c = self.not_same(b, c)
            ops = [rng.choice(["<", "<=", ">", ">=", "==", "!="]) for _ in range(2)]
            return f"({a} {ops[0]} {b} {ops[1]} {c})"
        if k == 4:
            a = self.bool_expr(scope, depth - 1)
            b = self.bool_expr(scope, depth - 1)
            return f"({a} {rng.choice(['and', 'or'])} {b})"
        if k == 5:
            return f"(not {self.bool_expr(scope, depth - 1)})"
        a, _ = self.num_expr(scope, depth - 1)
        return f"math.{rng.choice(['isnan', 'isinf', 'isfinite'])}({a})"

    def variable_test(self, scope, test):
        """A condition that reads a variable (not foldable to a constant): see "elif_constant"."""
        for typ, form in (("int", "({} > {})"), ("float", "({} < {})")):
            names = scope.names(typ)
            if names:
                return form.format(self.rng.choice(names), self.rng.randint(-5, 5))
        names = scope.names("bool")
        return self.rng.choice(names) if names else test

    def arg_depths(self, count, depth):
        """Depths for the `count` arguments of one call: see "call_argument_order"."""
        if self.allowed("call_argument_order") or count < 2:
            return [depth] * count
        full = self.rng.randrange(count)
        return [depth if i == full else 0 for i in range(count)]

    def not_all_literal(self, scope, a, ba, b, limit):
        """(a, bound), with a replaced by an int variable when a and b are both literal-only
        expressions (see "int_literal_32bit")."""
        literal = re.compile(r"^[\d\s()+\-*]*$")
        if self.allowed("int_literal_32bit") or not (literal.match(a) and literal.match(b)):
            return a, ba
        names = scope.names("int", limit)
        if names:
            n = self.rng.choice(names)
            return n, scope.vars[n][1]
        return f"int({a} + 0.0)", ba  # an int64 from a float: not a C++ int literal

    def not_same(self, a, b):
        """b, or another operand when comparing b with a would hit a known bug: b is the same
        expression as a ("self_comparison"), or one side is bitwise with a constant and the other
        is a constant ("bitwise_comparison_constant")."""
        if a.replace("(", "").replace(")", "") == b.replace("(", "").replace(")", "") and not self.allowed("self_comparison"):
            return str(self.rng.randint(-3, 3))
        if not self.allowed("bitwise_comparison_constant"):
            bitwise = re.compile(r"[&|^~]|<<|>>")
            constant = re.compile(r"^[\d\s()+\-.e]*$")
            if (bitwise.search(a) and constant.match(b)) or (bitwise.search(b) and constant.match(a)):
                if constant.match(b):
                    return f"abs({b})"  # a call: not a constant for g++'s front end
                return b.replace("&", "+").replace("|", "-").replace("^", "+").replace("~", "-").replace("<<", "*").replace(">>", "//")
        return b

    def expr_of(self, typ, scope, depth, limit=10**12):
        if typ == "int":
            return self.int_expr(scope, depth, limit)
        if typ == "float":
            return self.float_expr(scope, depth)
        if typ == "complex":
            return self.complex_expr(scope, depth), None
        return self.bool_expr(scope, depth), 1

    def call_helper(self, scope, depth, typ, limit):
        fits = [h for h in self.helpers if h[2] == typ and (limit is None or h[3] is not None and h[3] <= limit)]
        if not fits:
            return None
        name, params, _, bound, _ = self.rng.choice(fits)
        use_keywords = self.chance(0.3)
        args = []
        depths = self.arg_depths(len(params), max(0, depth - 2))
        for (p, t, b, default), d in zip(params, depths):
            if default is not None and self.chance(0.4):
                continue  # only the last parameter has a default: leave it out
            e, _ = self.expr_of(t, scope, d, b if t == "int" else 10**12)
            args.append(f"{p}={e}" if use_keywords else e)
        return f"{name}({', '.join(args)})", bound

    # ---- statements --------------------------------------------------------------------------
    def emit(self, indent, text):
        self.lines.append("    " * indent + text)

    def print_stmt(self, scope, indent):
        rng = self.rng
        k = rng.randrange(6)
        typ = rng.choice(["int", "float", "bool", "int", "float", "complex"])
        d1, d2 = self.arg_depths(2, 3) if k in (2, 3) else (3, 3)
        e, _ = self.expr_of(typ, scope, d1)
        if k <= 1:
            self.emit(indent, f"print({e})")
        elif k == 2:
            e2, _ = self.expr_of(rng.choice(["int", "float"]), scope, min(d2, 2))
            sep = rng.choice(['" | "', '","', '""'])
            self.emit(indent, f"print({e}, {e2}, sep={sep})")
        elif k == 3:
            fmt = rng.choice(FLOAT_FORMATS if typ == "float" else INT_FORMATS if typ == "int" else COMPLEX_FORMATS if typ == "complex" else [""])
            e2, _ = self.expr_of("int", scope, min(d2, 2))
            spec = f":{fmt}" if fmt else ""
            self.emit(indent, f"print(f\"v={{{e}{spec}}} n={{{e2}}}\")")
        elif k == 4:
            self.emit(indent, f"print(str({e}) + ' ' + repr({e}))" if typ != "bool" else f"print(repr({e}))")
        else:
            end = rng.choice(['";\\n"', '" \\n"'])
            self.emit(indent, f"print({e}, end={end})")

    def assign_stmt(self, scope, indent):
        rng = self.rng
        existing = [n for n in scope.vars if not n.startswith("i")]
        if existing and self.chance(0.4):
            n = rng.choice(sorted(existing))
            t, b = scope.vars[n]
            if t == "int":
                if self.loop_depth:
                    e, be = self.int_expr(scope, 2, 10**6)
                    m = rng.choice([97, 1000, 65536, 10**9 + 7])
                    op = rng.choice(["+", "-", "*", "^"] if b * be < INT_LIMIT else ["+", "-", "^"])
                    self.emit(indent, f"{n} = ({n} {op} {e}) % {m}")
                    scope.vars[n] = ("int", m)
                else:
                    op = rng.choice(["+=", "-=", "*=", "//=", "%=", "|=", "&=", "<<="])
                    if op == "*=":
                        e, be = self.int_expr(scope, 2, max(1, min(1000, INT_LIMIT // (4 * max(b, 1)))))
                        nb = b * be
                    elif op == "<<=":
                        s = rng.randint(0, 3)
                        e, nb = str(s), b << s
                    elif op in ("//=", "%="):
                        e, be = self.int_expr(scope, 2, 10**6)
                        nb = b if op == "//=" else be
                    else:
                        e, be = self.int_expr(scope, 2, 10**9)
                        nb = b + be if op in ("+=", "-=") else 2 * max(b, be) + 1
                    if nb >= INT_LIMIT:
                        return
                    self.emit(indent, f"{n} {op} {e}")
                    scope.vars[n] = ("int", nb)
            elif t == "float":
                e, _ = self.num_expr(scope, 2)
                op = rng.choice(['+=', '-=', '*=', '/=', '//=', '%='] if not self.loop_depth else ['+=', '-=', '*=', '/='])
                self.emit(indent, f"{n} {op} {e}")
                scope.vars[n] = ("float", None)
            else:
                self.emit(indent, f"{n} = {self.bool_expr(scope, 2)}")
            return
        typ = rng.choice(["int", "float", "bool", "int", "float"])
        e, b = self.expr_of(typ, scope, 3)
        n = self.fresh()
        self.emit(indent, f"{n} = {e}")
        scope.vars[n] = (typ, b)
        if self.chance(0.5):
            self.emit(indent, f"print({n!r}, {n})")

    def block(self, scope, indent, size):
        for _ in range(size):
            self.stmt(scope, indent)

    def stmt(self, scope, indent):
        rng = self.rng
        k = rng.randrange(10)
        if k <= 3:
            self.assign_stmt(scope, indent)
        elif k <= 5:
            self.print_stmt(scope, indent)
        elif k == 6 and indent < 4:
            self.emit(indent, f"if {self.bool_expr(scope, 2)}:")
            self.block(Scope(scope), indent + 1, rng.randint(1, 3))
            if self.chance(0.4):
                test = self.bool_expr(scope, 2)
                if not self.allowed("elif_constant"):
                    test = self.variable_test(scope, test)
                self.emit(indent, f"elif {test}:")
                self.block(Scope(scope), indent + 1, rng.randint(1, 2))
            if self.chance(0.5):
                self.emit(indent, "else:")
                self.block(Scope(scope), indent + 1, rng.randint(1, 2))
        elif k == 7 and indent < 4 and self.loop_depth < 2:
            i = self.fresh("i")
            lo, hi = rng.randint(-5, 5), None
            step = rng.choice([1, 1, 2, 3, -1, -2])
            hi = lo + step * rng.randint(0, 5)
            args = {0: f"{hi - lo if step > 0 and hi > lo else 4}", 1: f"{lo}, {hi}", 2: f"{lo}, {hi}, {step}"}[rng.randrange(3)]
            self.emit(indent, f"for {i} in range({args}):")
            inner = Scope(scope)
            inner.vars[i] = ("int", 10)
            self.loop_depth += 1
            self.block(inner, indent + 1, rng.randint(1, 3))
            if self.chance(0.3):
                self.emit(indent + 1, f"if {self.bool_expr(inner, 1)}:")
                self.emit(indent + 2, rng.choice(["break", "continue"]))
            self.loop_depth -= 1
            self.propagate(scope, inner)
        elif k == 8 and indent < 4 and self.loop_depth < 2:
            w = self.fresh("w")
            self.emit(indent, f"{w} = 0")
            self.emit(indent, f"while {w} < {rng.randint(1, 5)} and {self.bool_expr(scope, 1)}:")
            inner = Scope(scope)
            self.loop_depth += 1
            self.emit(indent + 1, f"{w} += 1")
            self.block(inner, indent + 1, rng.randint(1, 3))
            self.loop_depth -= 1
            self.propagate(scope, inner)
            scope.vars[w] = ("int", 5)
        else:
            self.print_stmt(scope, indent)

    def propagate(self, outer, inner):
        """Bounds of outer variables changed inside a loop or branch: the inner bound is an upper one."""
        for n in outer.vars:
            if n in inner.vars and inner.vars[n] != outer.vars[n]:
                to, bo = outer.vars[n]
                _, bi = inner.vars[n]
                outer.vars[n] = (to, None if bo is None or bi is None else max(bo, bi))

    # ---- helpers and the case -------------------------------------------------------------------
    def helper(self, index):
        rng = self.rng
        name = f"{self.prefix}_h{index}"
        params = []
        scope = Scope()
        for j in range(rng.randint(1, 3)):
            t = rng.choice(["int", "float", "bool", "int", "float"])
            b = rng.choice([10, 1000, 10**6]) if t == "int" else None if t == "float" else 1
            params.append([f"p{j}", t, b, None])
            scope.vars[f"p{j}"] = (t, b)
        if self.chance(0.4):  # a default on the last parameter
            p = params[-1]
            p[3] = {"int": "3", "float": "0.5", "bool": "True"}[p[1]]
        saved, self.lines = self.lines, []
        self.emit(0, f"def {name}({', '.join(p[0] + ('=' + p[3] if p[3] else '') for p in params)}):")
        for _ in range(rng.randint(0, 3)):
            if self.chance(0.5):
                self.assign_stmt(scope, 1)
            else:
                self.print_stmt(scope, 1)
        rtype = rng.choice(["int", "float", "bool"])
        e, b = self.expr_of(rtype, scope, 3, 10**9)
        if self.chance(0.3):
            c = self.bool_expr(scope, 2)
            e2, b2 = self.expr_of(rtype, scope, 2, 10**9)
            self.emit(1, f"if {c}:")
            self.emit(2, f"return {e2}")
            b = None if b is None or b2 is None else max(b, b2)
        self.emit(1, f"return {e}")
        source = "\n".join(self.lines)
        self.lines = saved
        self.helpers.append((name, [tuple(p) for p in params], rtype, b, source))

    def program(self):
        rng = self.rng
        for j in range(rng.randint(0, 2)):
            self.helper(j)
        params = []
        scope = Scope()
        for j in range(rng.randint(1, 4)):
            t = rng.choice(["int", "float", "bool", "int", "float"])
            if t == "int":
                v, b = self.int_literal(10**6)
            elif t == "float":
                v, b = self.float_literal()
                b = None
            else:
                v, b = rng.choice(["True", "False"]), 1
            params.append((f"a{j}", v))
            scope.vars[f"a{j}"] = (t, b)
        self.lines = [f"def case_{self.prefix[1:]}({', '.join(p for p, _ in params)}):"]
        self.block(scope, 1, rng.randint(3, 8))
        case = "\n".join(self.lines)
        source = "\n\n\n".join([h[4] for h in self.helpers] + [case])
        call = f"case_{self.prefix[1:]}({', '.join(v for _, v in params)})"
        return source, call


# ---- NumPy programs -------------------------------------------------------------------------------
DTYPES = ["float64", "int64", "bool", "float32", "int32"]
FLOAT_UFUNCS = ["np.sqrt", "np.exp", "np.log", "np.sin", "np.cos", "np.tanh", "np.arctan", "np.log1p", "np.expm1"]
EXACT_UFUNCS = ["np.abs", "np.negative", "np.square", "np.floor", "np.ceil", "np.trunc", "np.rint", "np.sign"]


class NumpyGen:
    """Array programs. An array value is (source, dtype, shape, exact) with a concrete shape; exact
    means no transcendental function contributed (so discontinuous operations are safe)."""

    def __init__(self, rng, prefix, all_features):
        self.rng = rng
        self.prefix = prefix
        self.all_features = all_features
        self.counter = 0
        self.lines = []
        self.float32 = False

    def allowed(self, feature):
        return self.all_features or feature not in KNOWN_BUG_RESTRICTIONS

    def chance(self, p):
        return self.rng.random() < p

    def fresh(self):
        self.counter += 1
        return f"x{self.counter}"

    def emit(self, text):
        self.lines.append("    " + text)

    def literal_array(self, dtype, shape):
        rng = self.rng

        def value():
            if dtype in ("float64", "float32"):
                return repr(rng.choice([0.0, 0.5, -1.5, 2.25, 3.0, -0.125, 10.0, 0.1, -7.0, 1e-3]))
            if dtype == "bool":
                return rng.choice(["True", "False"])
            return str(rng.randint(-9, 9))

        if len(shape) == 1:
            body = "[" + ", ".join(value() for _ in range(shape[0])) + "]"
        else:
            body = "[" + ", ".join("[" + ", ".join(value() for _ in range(shape[1])) + "]" for _ in range(shape[0])) + "]"
        if dtype == "float64":
            return f"np.array({body})"
        if dtype == "int64":
            return f"np.array({body})"
        if dtype == "bool":
            return f"np.array({body})"
        return f"np.array({body}).astype(np.{dtype})"

    def creation(self, dtype, shape):
        rng = self.rng
        n = 1
        for d in shape:
            n *= d
        k = rng.randrange(5)
        if dtype in ("float64", "int64") and k == 0:
            base = f"np.arange({n})" if dtype == "int64" else f"np.arange({n}.0)"
            return base if len(shape) == 1 else f"{base}.reshape({shape[0]}, {shape[1]})"
        if dtype == "float64" and k == 1 and len(shape) == 1:
            return f"np.linspace({rng.choice(['-1.0', '0.0', '2.0'])}, {rng.choice(['1.0', '5.0', '-3.0'])}, {n})"
        if dtype in ("float64", "int64") and k == 2:
            fill = rng.choice(["np.zeros", "np.ones"])
            dims = f"{shape[0]}" if len(shape) == 1 else f"({shape[0]}, {shape[1]})"
            return f"{fill}({dims})" if dtype == "float64" else f"{fill}({dims}).astype(np.int64)"
        return self.literal_array(dtype, shape)

    def new_array(self, dtype=None, shape=None):
        rng = self.rng
        dtype = dtype or rng.choice(DTYPES)
        if dtype == "float32":
            self.float32 = True
        shape = shape or (rng.choice([(rng.randint(1, 6),), (rng.randint(1, 4), rng.randint(1, 4))]))
        name = self.fresh()
        self.emit(f"{name} = {self.creation(dtype, shape)}")
        return (name, dtype, shape, True)

    @staticmethod
    def result_dtype(a, b, op):
        order = ["bool", "int32", "int64", "float32", "float64"]
        da, db = a[1], b[1]
        # NumPy 1.24 promotion of two arrays
        if {da, db} == {"int64", "float32"} or {da, db} == {"int32", "float32"} and False:
            res = "float64"
        else:
            res = max(da, db, key=order.index)
        if {da, db} == {"int64", "float32"}:
            res = "float64"
        if op == "/" and res in ("bool", "int32", "int64"):
            res = "float64"
        if op in ("+", "-", "*") and res == "bool":
            res = "bool"
        return res

    def broadcast_partner(self, a):
        """An array whose shape broadcasts with a's: same shape, a row, a column, or a scalar."""
        rng = self.rng
        shape = a[2]
        dtype = rng.choice(DTYPES)
        if dtype == "bool":
            dtype = "int64"
        k = rng.randrange(5)
        if k == 0 or len(shape) == 1 and k >= 3:
            return self.new_array(dtype, shape)
        if k == 1 and len(shape) == 2:
            return self.new_array(dtype, (shape[1],))
        if k == 2 and len(shape) == 2:
            col = self.new_array(dtype, (shape[0],))
            return (f"{col[0]}[:, None]", col[1], (shape[0], 1), col[3])
        scalar = rng.choice(["2", "-3", "0.5", "1.5", "-2.0", "0"])
        return (scalar, "pyint" if "." not in scalar else "pyfloat", (), True)

    def binop(self, a, b):
        rng = self.rng
        ops = ["+", "-", "*"]
        if a[3] and b[3]:
            ops += ["/", "//", "%"]
        else:
            ops += ["/"]
        op = rng.choice(ops)
        if a[1] == "bool" and op in ("-",):
            op = "+"
        bdtype = b[1]
        if bdtype in ("pyint", "pyfloat"):
            if bdtype == "pyfloat" and a[1] in ("bool", "int32", "int64"):
                res = "float64"
            elif bdtype == "pyint" and a[1] == "bool":
                res = "int64"
            else:
                res = a[1]
            if op == "/" and res in ("bool", "int32", "int64"):
                res = "float64"
            if op in ("//", "%") and a[1] == "bool" and bdtype == "pyint":
                res = "int64"
            shape = a[2]
        else:
            res = self.result_dtype(a, b, op)
            if op in ("//", "%") and res == "bool":
                res = "int8"  # NumPy: bool // bool is int8, which py2cpp does not have; avoid
                op = "*"
                res = "bool"
            shape = tuple(max(x, y) for x, y in zip(a[2][::-1], b[2][::-1]))[::-1]
            if len(a[2]) != len(b[2]):
                longer = a[2] if len(a[2]) > len(b[2]) else b[2]
                shape = longer[:len(longer) - len(shape)] + shape
        exact = a[3] and b[3] and op != "/" or (a[3] and b[3])
        if res == "float32":
            self.float32 = True
        return (f"({a[0]} {op} {b[0]})", res, shape, exact)

    def array_expr(self, depth):
        rng = self.rng
        if depth <= 0 or self.chance(0.2):
            return self.new_array()
        k = rng.randrange(9)
        if k <= 2:
            a = self.array_expr(depth - 1)
            b = self.broadcast_partner(a)
            if a[1] == "bool" and b[1] == "bool":
                return (f"({a[0]} {rng.choice(['&', '|', '^'])} {b[0]})", "bool", a[2], True)
            return self.binop(a, b)
        if k == 3:  # a float ufunc: inexact
            a = self.array_expr(depth - 1)
            fn = rng.choice(FLOAT_UFUNCS)
            if a[1] == "bool" and not self.allowed("ufunc_of_bool"):
                a = (f"{a[0]}.astype(np.float64)", "float64", a[2], a[3])
            arg = a[0]
            if fn in ("np.sqrt", "np.log", "np.log1p"):
                arg = f"np.abs({a[0]})" + (" + 1.0" if fn != "np.sqrt" else "")
            res = "float32" if a[1] == "float32" else "float64"
            return (f"{fn}({arg})", res, a[2], False)
        if k == 4:  # exact ufuncs
            a = self.array_expr(depth - 1)
            fn = rng.choice(EXACT_UFUNCS)
            if a[1] == "bool":
                return (f"np.logical_not({a[0]})", "bool", a[2], a[3])
            if fn in ("np.floor", "np.ceil", "np.trunc", "np.rint") and a[1] in ("int32", "int64"):
                fn = "np.abs"
            if fn in ("np.floor", "np.ceil", "np.trunc", "np.rint", "np.sign") and not a[3]:
                fn = "np.abs"
            return (f"{fn}({a[0]})", a[1], a[2], a[3])
        if k == 5:  # comparisons -> bool (exact operands only)
            a = self.array_expr(depth - 1)
            if not a[3] or a[1] == "bool":
                return a
            b = self.broadcast_partner(a)
            if not b[3]:
                return a
            return (f"({a[0]} {rng.choice(['<', '<=', '>', '>=', '==', '!='])} {b[0]})", "bool",
                    self.binop(a, b)[2], True)
        if k == 6:  # np.where / np.maximum / np.clip
            a = self.array_expr(depth - 1)
            if a[1] in ("bool",):
                return a
            fn = rng.choice(["maximum", "minimum", "where", "clip"])
            if fn == "where":
                if not a[3]:
                    return a
                return (f"np.where({a[0]} > 0, {a[0]}, {rng.choice(['0', '1', '-1'])})", a[1], a[2], a[3])
            if fn == "clip":
                return (f"np.clip({a[0]}, -2, 3)", a[1], a[2], a[3])
            b = self.new_array(a[1], a[2])
            return (f"np.{fn}({a[0]}, {b[0]})", a[1], a[2], a[3] and b[3])
        if k == 7:  # slicing / transpose
            a = self.array_expr(depth - 1)
            if not self.allowed("slice_of_expression") and not re.fullmatch(r"x\d+", a[0]):
                name = self.fresh()
                self.emit(f"{name} = {a[0]}")
                a = (name,) + a[1:]
            if len(a[2]) == 1:
                n = a[2][0]
                kind = rng.randrange(3)
                if kind == 0:
                    return (f"{a[0]}[::-1]", a[1], a[2], a[3])
                if kind == 1 and n >= 2:
                    return (f"{a[0]}[1:]", a[1], (n - 1,), a[3])
                return (f"{a[0]}[::2]", a[1], ((n + 1) // 2,), a[3])
            r, c = a[2]
            kind = rng.randrange(4)
            if kind == 0:
                return (f"{a[0]}.T", a[1], (c, r), a[3])
            if kind == 1:
                return (f"{a[0]}[:, {rng.randrange(c)}]", a[1], (r,), a[3])
            if kind == 2:
                return (f"{a[0]}[{rng.randrange(r)}]", a[1], (c,), a[3])
            return (f"{a[0]}[::-1, ::2]", a[1], (r, (c + 1) // 2), a[3])
        a = self.array_expr(depth - 1)
        if a[1] in ("int64", "int32", "bool") and self.chance(0.5):
            return (f"{a[0]}.astype(np.float64)", "float64", a[2], a[3])
        if a[1] in ("float64",) and a[3] and self.chance(0.5):
            return (f"{a[0]}.astype(np.int64)", "int64", a[2], True)
        return a

    def show(self, a):
        """Prints an array: shape, then each element (numbers compared with tolerance)."""
        name = self.fresh()
        self.emit(f"{name} = {a[0]}")
        self.emit(f"print({name}.shape)")
        # Fresh loop variables: one name holding two dtypes would be refused (a documented rule).
        e, row = f"e{self.counter}", f"row{self.counter}"
        if len(a[2]) == 1:
            self.emit(f"for {e} in {name}:")
            self.emit(f"    print({e})")
        else:
            self.emit(f"for {row} in {name}:")
            self.emit(f"    for {e} in {row}:")
            self.emit(f"        print({e})")
        if self.chance(0.3):
            self.emit(f"print({name})")
        return (name,) + a[1:]

    def reduce(self, a):
        rng = self.rng
        name = a[0]
        if a[1] == "bool":
            fn = rng.choice(["np.any", "np.all", "np.count_nonzero"])
            self.emit(f"print({fn}({name}))")
            return
        fn = rng.choice(["np.sum", "np.max", "np.min", "np.mean", "np.prod", "np.argmax", "np.argmin", "np.cumsum"])
        if fn in ("np.argmax", "np.argmin") and not a[3]:
            fn = "np.sum"
        if fn == "np.cumsum" and a[1] == "int32" and not self.allowed("cumsum_int32"):
            fn = "np.max"
        if len(a[2]) == 2 and self.chance(0.5) and fn not in ("np.argmax", "np.argmin"):
            axis = rng.choice(["0", "1", "-1"])
            e = self.fresh()
            self.emit(f"for {e} in {fn}({name}, axis={axis}).ravel():")
            self.emit(f"    print({e})")
            return
        if fn == "np.cumsum":
            e = self.fresh()
            self.emit(f"for {e} in {fn}({name}).ravel():")
            self.emit(f"    print({e})")
            return
        self.emit(f"print({fn}({name}))")

    def program(self):
        rng = self.rng
        self.lines = [f"def case_{self.prefix[1:]}():"]
        for _ in range(rng.randint(1, 3)):
            a = self.array_expr(rng.randint(1, 3))
            shown = self.show(a)
            if self.chance(0.7):
                self.reduce(shown)
            if len(shown[2]) == 1 and shown[2][0] > 0 and self.chance(0.3):
                i = rng.randrange(-shown[2][0], shown[2][0])
                self.emit(f"print({shown[0]}[{i}])")
        return "\n".join(self.lines), f"case_{self.prefix[1:]}()"


def generate(seed, index, kind, all_features=False):
    """(source, call, meta) of program `index` of a run with `seed`."""
    rng = random.Random(f"{seed}:{index}")
    if kind == "mixed":
        kind = "numpy" if rng.random() < 0.35 else "scalar"
    if kind == "scalar":
        gen = ScalarGen(rng, f"c{index}", all_features)
        source, call = gen.program()
        return source, call, {"kind": "scalar", "float32": False}
    gen = NumpyGen(rng, f"c{index}", all_features)
    source, call = gen.program()
    return source, call, {"kind": "numpy", "float32": gen.float32}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--kind", default="mixed", choices=["scalar", "numpy", "mixed"])
    ap.add_argument("--all-features", action="store_true")
    args = ap.parse_args()
    print("import cmath\nimport math\nimport sys\nimport numpy as np\n")
    calls = []
    for i in range(args.first, args.first + args.count):
        source, call, _ = generate(args.seed, i, args.kind, args.all_features)
        print(source + "\n\n")
        calls.append(call)
    print('if __name__ == "__main__":')
    for c in calls:
        print(f"    {c}")


if __name__ == "__main__":
    sys.exit(main())
