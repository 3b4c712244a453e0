"""`global`: module variables that functions rebind."""
import numpy as np

calls = 0
total = 0.0

history = []
state = np.zeros(3)
name = "start"
count = 0


def bump() -> int:
    global calls
    calls += 1
    return calls


def accumulate(x: float) -> None:
    global total
    total = total + x  # an int argument widens, as Python's float + int does
    history.append(total)


def current() -> int:
    return calls


def reset_state(v: float) -> None:
    global state
    state = np.full(3, v)


def relabel(new: str) -> None:
    global name, count
    name, count = new, count + 1


def main() -> None:
    print(calls, bump(), bump(), calls)
    print(current(), bump(), current())  # evaluated left to right
    x = calls + bump() * 10
    print(x, calls)
    for i in range(4):
        accumulate(i)
    accumulate(0.5)
    print(total, history)
    reset_state(2.5)
    print(state, state.sum())
    relabel("next")
    relabel("last")
    print(name, count)


main()
print("after main:", calls, total)
