# expect: @dataclass checked as Python does when the class is made: a field without a default
# after one with a default (13:5), default and default_factory together (15:5), a default_factory
# that takes arguments (16:42); and what py2cpp does not support: a factory that is not a name or
# `lambda:` (17:42), other field() keywords (18:25), @dataclass(slots=True) (21:12).
from dataclasses import dataclass, field


@dataclass
class Config:
    """Bad field order."""

    rate: float = 0.1
    steps: int
    history: list = field(default_factory=list)
    both: list = field(default=None, default_factory=list)
    scaled: list = field(default_factory=lambda n: [0.0] * n)
    picked: list = field(default_factory=[list, dict][0])
    tagged: int = field(repr=False)


@dataclass(slots=True)
class Point:
    x: float
    y: float
