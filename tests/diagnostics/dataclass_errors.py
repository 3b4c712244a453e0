# expect: @dataclass checked as Python does when the class is made: a field without a default
# after one with a default (12:5); and what py2cpp does not support yet: field(default_factory=...)
# (13:27), @dataclass(slots=True) (16:12).
from dataclasses import dataclass, field


@dataclass
class Config:
    """Bad field order."""

    rate: float = 0.1
    steps: int
    history: list = field(default_factory=list)


@dataclass(slots=True)
class Point:
    x: float
    y: float
