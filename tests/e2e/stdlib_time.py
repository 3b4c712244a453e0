"""The time module's clocks and sleep: perf_counter/monotonic/time/process_time/thread_time and
their _ns variants as `import time`, `import time as t` and `from time import ...`; only
relations between readings are printed (elapsed >= slept, monotonic order, ns vs seconds), never
the values; sleep's errors for negative, NaN and too-large lengths."""
import time
import time as t
from time import perf_counter, perf_counter_ns, sleep


def busy(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def timed(n: int) -> float:
    start = perf_counter()
    busy(n)
    return perf_counter() - start


def main() -> None:
    start = perf_counter()
    ns0 = perf_counter_ns()
    cpu0 = time.process_time()
    mono0 = t.monotonic()
    print(busy(200000))
    sleep(0.02)
    t.sleep(0)
    time.sleep(1e-9)
    elapsed = perf_counter() - start
    print(elapsed >= 0.02, elapsed < 30.0, perf_counter_ns() - ns0 >= 20000000, t.monotonic() - mono0 >= 0.02)
    print(time.process_time() >= cpu0, time.process_time_ns() > 0, t.thread_time() >= 0.0, t.thread_time_ns() >= 0)
    now = time.time()
    now_ns = time.time_ns()
    print(now > 1.6e9, now_ns // 1000000000 >= int(now), now_ns // 1000000000 - int(now) < 5)
    readings = [t.monotonic_ns() for _ in range(1000)]
    print(all(a <= b for a, b in zip(readings, readings[1:])), timed(1000) >= 0.0)
    for bad in [-1.0, float("nan"), 1e300, -0.5e-9, float("-inf")]:
        try:
            t.sleep(bad)
            print("slept", bad)
        except (ValueError, OverflowError) as e:
            print(repr(e))
    for secs in [-3, 10**10]:
        try:
            time.sleep(secs)
        except (ValueError, OverflowError) as e:
            print(secs, repr(e))


if __name__ == "__main__":
    main()
