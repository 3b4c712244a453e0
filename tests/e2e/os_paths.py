# os and os.path: the string functions (posixpath's rules), directories made, listed and removed,
# FileExistsError / FileNotFoundError as Python raises them, os.environ.get, os.getcwd.
import os
import os.path
from os.path import join, splitext

print(os.path.join("a", "b", "c.txt"), join("a/", "b"), join("a", "/abs", "c"), join("", "x"), join("a", ""))
for p in ["dir/file.tar.gz", "file", ".bashrc", "dir.d/file", "a/b/", "/", "", "..", "x/..y.z", "/usr//lib/"]:
    print(repr(p), os.path.basename(p), os.path.dirname(p), splitext(p), os.path.split(p), os.path.normpath(p), os.path.isabs(p))
for p in ["a/./b/../c", "//x//y/", "///z", "../../a/..", "/../a"]:
    print(p, "->", os.path.normpath(p))
print(os.path.abspath("some/dir/../file") == os.path.join(os.getcwd(), "some/file"))
print(os.path.abspath("/x/y/.."), os.path.isabs(os.getcwd()))
print(os.sep, os.curdir, os.pardir)

base = "/tmp/py2cpp_e2e_os_paths"
if os.path.isdir(base):
    for name in sorted(os.listdir(base)):
        for inner in os.listdir(join(base, name)):
            os.rmdir(join(base, name, inner))
        os.rmdir(join(base, name))
    os.rmdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
os.makedirs(join(base, "b", "deeper"))
os.makedirs(join(base, "a"), exist_ok=True)
os.makedirs(join(base, "a"), exist_ok=True)
os.mkdir(join(base, "c"))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.isfile("/etc/hostname") or os.path.isfile("/etc/passwd"))
print(sorted(os.listdir(base)), os.listdir(join(base, "b")), len(os.listdir(join(base, "a"))))
try:
    os.makedirs(join(base, "a"))
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    os.mkdir(join(base, "c"))
except OSError as e:
    print("OSError:", e)
try:
    os.listdir(join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    os.rmdir(join(base, "b"))
except OSError as e:
    print("not empty:", e)
os.rmdir(join(base, "b", "deeper"))
for name in ["a", "b", "c"]:
    os.rmdir(join(base, name))
os.rmdir(base)
print(os.path.exists(base))

print(os.environ.get("PY2CPP_SURELY_UNSET_VARIABLE", "default"), os.environ.get("PY2CPP_SURELY_UNSET_VARIABLE"))
print(os.getenv("PY2CPP_SURELY_UNSET_VARIABLE", "fallback"), "PY2CPP_SURELY_UNSET_VARIABLE" in os.environ)
home = os.environ.get("PATH", "")
print(len(home) > 0, os.environ.get("PATH") == home)
os.listdir("/definitely/not/here")
