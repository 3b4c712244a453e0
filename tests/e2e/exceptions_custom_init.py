"""Exception classes with their own __init__, fields, methods, __str__/__repr__: raised, caught by
their class or any base, re-raised, and uncaught (the traceback's last line and exit status 1)."""


class SolverError(RuntimeError):
    """The solver failed; `code` says how."""

    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

    def describe(self):
        return f"{self} ({self.code})"


class DivergedError(SolverError):
    def __init__(self, step, value):
        super().__init__(f"diverged at step {step}", 3)
        self.step = step
        self.value = value

    def describe(self):
        return f"diverged: step={self.step} value={self.value:.3g} code={self.code}"


class StalledError(SolverError):
    pass


class NoSuper(ValueError):
    """An __init__ that does not call super().__init__: e.args are the constructor's arguments."""

    def __init__(self, a, b):
        self.a = a
        self.b = b


class Custom(Exception):
    def __init__(self, n):
        super().__init__("custom", n)
        self.n = n

    def __str__(self):
        return f"Custom<{self.n}>"


class Tagged(LookupError):
    def __str__(self):
        return "[tagged] " + super().__str__()

    def __repr__(self):
        return "Tagged!"


class Counter(Exception):
    def __init__(self):
        super().__init__()
        self.count = 0

    def bump(self):
        self.count += 1
        return self.count


def iterate(scale, steps):
    x = 1.0
    for i in range(steps):
        x *= scale
        if x > 1e6:
            raise DivergedError(i, x)
    if abs(x - 1.0) < 1e-12:
        raise StalledError("no progress", 1)
    return x


def make_error(code):
    return SolverError("made by a function", code)


for scale, steps in [(10.0, 10), (1.0, 3), (0.5, 2)]:
    try:
        print("result", iterate(scale, steps))
    except DivergedError as e:
        print("diverged:", e, "|", e.describe(), "|", e.code, e.step, repr(e), e.args)
    except SolverError as e:
        print("solver:", e, e.code, e.describe(), repr(e), e.args)

# Caught by a built-in base: its fields and methods are the object's.
for scale in [100.0, 1.0]:
    try:
        iterate(scale, 20)
    except RuntimeError as e:
        print("as RuntimeError:", e, e.code, e.describe())
    except Exception as e:
        print("as Exception:", e)

# A caught exception of another class has no such field: Python's AttributeError.
try:
    try:
        raise RuntimeError("plain")
    except RuntimeError as e:
        print("code?", e.code)
except AttributeError as e:
    print("AttributeError:", e)

# Without super().__init__, e.args are what the constructor was given.
try:
    raise NoSuper("x", 2)
except ValueError as e:
    print(str(e), "|", repr(e), "|", e.args)
try:
    raise NoSuper("y", 3)
except NoSuper as e:
    print(str(e), "|", repr(e), "|", e.a, e.b)

# __str__ and __repr__ of the class; super().__str__() is BaseException's.
try:
    raise Custom(7)
except Exception as e:
    print(str(e), "|", repr(e), "|", f"{e}", e.args)
try:
    raise Tagged("key", 1)
except LookupError as e:
    print(str(e), "|", repr(e))
try:
    raise Tagged
except Tagged as e:
    print(str(e), "|", repr(e), "|", e.args)

# Objects made before they are raised, raised again, mutated in a handler.
err = make_error(42)
print("made:", err, err.code, repr(err))
try:
    raise err
except SolverError as e:
    print("raised:", e, e.code)

c = Counter()
for i in range(3):
    try:
        c.bump()
        raise c
    except Counter as e:
        print("counter", e.count, repr(e), str(e) == "")

try:
    try:
        iterate(1000.0, 5)
    except SolverError as e:
        print("re-raising", e.code)
        raise
except DivergedError as e:
    print("outer:", e.step, e.describe())

try:
    try:
        raise StalledError("stuck", 2)
    except SolverError as e:
        e.code = 9
        raise e
except RuntimeError as e:
    print("raise e:", e, e.code)

try:
    try:
        raise NoSuper("a", 5)
    except NoSuper as e:
        raise SolverError("wrapped", 5) from e
except SolverError as e:
    print("from:", e, e.code)

print(isinstance(err, SolverError), isinstance(err, RuntimeError), isinstance(err, Exception), isinstance(err, ValueError))

# A handler of several classes: isinstance, then the fields and methods of the class it tested.
caught = []
for k in range(4):
    try:
        if k == 0:
            raise StalledError("zero", 0)
        if k == 1:
            iterate(1e4, 3)
        if k == 2:
            raise ValueError("two")
        raise NoSuper("three", 3)
    except (SolverError, ValueError) as e:
        print("caught", e, repr(e), isinstance(e, SolverError), isinstance(e, DivergedError), isinstance(e, NoSuper))
        if isinstance(e, SolverError):
            print("  ", e.code, e.describe())
        if isinstance(e, NoSuper):
            print("  ", e.a)
    except Exception as e:
        print("other", e)

# Exception objects in containers, returned from functions, raised from them.
try:
    raise DivergedError(4, 123.0)
except SolverError as e:
    caught.append(e)
caught.append(make_error(7))
print(caught, [x.code for x in caught], caught[0].describe())
for x in caught:
    try:
        raise x
    except DivergedError as e:
        print("diverged again:", e.step)
    except SolverError as e:
        print("solver again:", e)
raise DivergedError(17, 2.5e7)
