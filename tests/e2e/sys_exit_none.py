# sys.exit(main()) where main() returns None: exit status 0. raise SystemExit(0) inside a
# function, and a `finally` on the way out.
import sys


def main():
    try:
        print("working")
    finally:
        print("cleanup")


def stop():
    try:
        raise SystemExit(0)
    finally:
        print("stop's finally")


if __name__ == "__main__":
    main()
    try:
        stop()
    except SystemExit as e:
        print("stopped:", e)
    sys.exit(main())
