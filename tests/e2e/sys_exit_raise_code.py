# raise SystemExit(code) at module level, from nested calls, and an Optional code (an int or None).
import sys


def status(ok):
    if ok:
        return None
    return 4


def run(depth):
    if depth == 0:
        print("exiting")
        raise SystemExit(status(False))
    try:
        run(depth - 1)
    finally:
        print("unwinding", depth)


print("code None ->", status(True))
run(3)
