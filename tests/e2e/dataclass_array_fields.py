# A dataclass with array fields (its generated __eq__ compares them), a dataclass of options with a
# default_factory list, dict comprehensions and zip around a loop.
import numpy as np
from dataclasses import dataclass, field

@dataclass
class Config:
    n: int = 10
    tol: float = 1e-6
    names: list[str] = field(default_factory=list)

@dataclass
class State:
    x: np.ndarray
    it: int = 0

def step(s: State, cfg: Config) -> State:
    return State(s.x * 0.5, s.it + 1)

cfg = Config(n=5)
cfg.names.append("a")
s = State(np.ones(3))
while s.it < cfg.n and np.linalg.norm(s.x) > cfg.tol:
    s = step(s, cfg)
print(s.it, s.x, cfg)
history = {i: float(np.sum(s.x)) * i for i in range(3)}
print(history, max(history.values()))
pairs = list(zip(cfg.names, [1.5]))
print(pairs, dict(pairs))
