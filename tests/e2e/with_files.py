"""with statements: files (open, write, read, readline(s), iteration, universal newlines, UTF-8
counts), several managers in one with, user classes with __enter__/__exit__ (also when the block
raises or returns), OSError subclasses from open(), and np.errstate."""
import numpy as np


class Timer:
    def __init__(self, name):
        self.name = name
        self.entered = 0

    def __enter__(self):
        self.entered += 1
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name)

def write_table(path, rows):
    with open(path, "w") as f:
        for i, r in enumerate(rows):
            f.write(f"{i} {r:.3f}\n")
    return f.closed

def read_table(path):
    total = 0.0
    with open(path) as f:
        for line in f:
            i, v = line.split()
            total += float(v)
    return total

def main():
    path = "/tmp/py2cpp_e2e_with_files_table.txt"
    print(write_table(path, [1.5, 2.25, 3.125]))
    print(read_table(path))
    with Timer("a") as t, Timer("b"):
        print("body", t.name, t.entered)
    try:
        with Timer("c"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    try:
        with open("/tmp/w/does/not/exist.txt") as f:
            print(f.read())
    except FileNotFoundError as e:
        print("missing:", e)
    try:
        open("/tmp/w/does-not-exist.txt")
    except OSError as e:
        print("oserror:", e)
    with open(path, "a") as f:
        n = f.write("3 héllo\n")
    print(n)
    with open(path) as f:
        lines = f.readlines()
    print(len(lines), lines[-1].strip())

def first_line(path):
    with open(path) as f:
        return f.readline().strip()


def lines_of(path):
    with open(path) as f:
        for line in f:
            yield line.rstrip("\n")


def safe_ratio(a, b):
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.where(b != 0, a / b, 0.0)
    return r


with open("/tmp/py2cpp_e2e_with_files_lines.txt", "w") as out:
    out.write("alpha\nbeta\n")
print(first_line("/tmp/py2cpp_e2e_with_files_lines.txt"), list(lines_of("/tmp/py2cpp_e2e_with_files_lines.txt")))
print(safe_ratio(np.array([1.0, 2.0, 0.0]), np.array([2.0, 0.0, 0.0])))

f = open("/tmp/py2cpp_e2e_with_files_raw.txt", "w")
print(f.write("héllo\n"), f.closed, f.name, f.mode)
f.writelines(["a\n", "b\r\n", "c\rd"])
f.close()
f.close()
print(f.closed)
g = open("/tmp/py2cpp_e2e_with_files_raw.txt")
print(repr(g.readline()), repr(g.read(3)), g.readlines(), repr(g.read()), repr(g.readline()))
g.close()
try:
    g.read()
except ValueError as e:
    print("closed:", e)
for line in open("/tmp/py2cpp_e2e_with_files_raw.txt"):
    print(repr(line))
print(repr(open("/tmp/py2cpp_e2e_with_files_raw.txt", encoding="utf-8").read()))
try:
    open("/tmp")
except IsADirectoryError as e:
    print("directory:", e)


if __name__ == "__main__":
    main()
