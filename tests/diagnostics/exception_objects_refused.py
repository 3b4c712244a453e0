# expect: what stays refused for exception objects, e.args and class methods, each located:
# e.args with different argument types used as a value (34:13), indexed where the types differ
# (43:16), indexed under a base of KeyError (51:16), sliced (58:22), assigned (66:9); keyword
# arguments for an __init__ without super().__init__ (71:11); a field defined by two unrelated
# exception classes read through their common base (92:16); super().other() (21:16); raising an
# object that is no exception (101:11); keyword arguments of a built-in exception (105:22); a class
# method overridden by a plain method, called on an object held as the base (121:5); `cls` as a value (132:15).


class Plain(Exception):
    pass


class NoInit(ValueError):
    def __init__(self, a, b=2):
        self.a = a


class Coded(RuntimeError):
    def describe(self):
        return super().describe()


def mixed(k: int) -> int:
    try:
        if k == 0:
            raise Plain("a")
        raise Plain(1, 2)
    except Plain as e:
        pass
    try:
        raise Plain("b", 3)
    except Plain as e:
        t = e.args
        print(t)
    return k


def indexed(k: int) -> int:
    try:
        raise Plain(k)
    except Plain as e:
        return e.args[0]
    return 0


def keyed(d: dict[str, int]) -> int:
    try:
        return d["x"]
    except LookupError as e:
        return e.args[0]


def sliced(k: int) -> int:
    try:
        raise Plain(k, k)
    except Plain as e:
        print(e.args[0:1])
    return k


def assigned(k: int) -> int:
    try:
        raise Plain(k)
    except Plain as e:
        e.args = (1,)
    return k


def keywords(k: int) -> int:
    raise NoInit(k, b=3)


class A(Exception):
    def __init__(self, code):
        super().__init__("a")
        self.code = code


class B(Exception):
    def __init__(self, code):
        super().__init__("b")
        self.code = code


def unrelated(k: int) -> int:
    try:
        if k:
            raise A(k)
        raise B(k)
    except Exception as e:
        return e.code


class Point:
    def __init__(self, x: float):
        self.x = x


def not_exception(x: float) -> float:
    raise Point(x)


def builtin_keywords(x: float) -> float:
    raise ValueError(msg="bad")


class Base:
    @classmethod
    def make(cls):
        return cls()


class Derived(Base):
    def make(self):
        return Derived()


def on_object(flag: bool) -> int:
    b = Base() if flag else Derived()
    b.make()
    return 0


print(mixed(1), indexed(2), keyed({"x": 1}), sliced(1), assigned(1), keywords(1), unrelated(1))
print(not_exception(1.0), builtin_keywords(1.0), on_object(True), Coded("x").describe())


class Shown:
    @classmethod
    def show(cls) -> int:
        print(cls)
        return 1


print(Shown.show())
