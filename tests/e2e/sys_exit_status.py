# sys.exit(main()) with an int status: `finally` blocks run, `except Exception` does not catch
# SystemExit (a bare except and except SystemExit/BaseException do), stdout is flushed.
import sys


def checked(n):
    try:
        if n > 2:
            sys.exit(n)
        return n * 10
    except Exception:
        print("not reached: SystemExit is not an Exception")
        return -1
    finally:
        print("finally of checked", n)


def caught_exit(code):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("caught SystemExit:", e, repr(e))
    try:
        raise SystemExit(code + 1)
    except BaseException as e:
        print("caught as BaseException:", e)
    try:
        sys.exit()
    except:  # noqa: E722  (a bare except catches SystemExit too)
        print("bare except caught sys.exit()")


def main():
    print(checked(1), checked(2))
    caught_exit(7)
    total = 0
    for i in range(5):
        total += i
    print("total", total)
    return checked(3)


if __name__ == "__main__":
    sys.exit(main())
