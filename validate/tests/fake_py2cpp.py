#!/usr/bin/python3
"""A stand-in for py2cpp used by the harness tests: `transpile` records the module and the
signatures, `build` writes an executable Python script that speaks the compiled driver's protocol
(fake_driver.py). No C++ is involved, so the harness can be tested end to end on its own.

    fake_py2cpp.py transpile FILE.py -o OUTDIR [--sig "f(float64[:], int)"]...
    fake_py2cpp.py build OUTDIR [--target T]      # prints the executable's path last

A cross target (anything but host) is built in OUTDIR/build-T with a CMakeCache.txt that names
its emulator, as py2cpp's toolchain files do: $FAKE_EMULATOR (a ;-list), by default
fake_emulator.py run by this Python.

Markers in the module's source make it misbehave on purpose:
    # FAKE: transpile-error     transpile prints a GCC-style diagnostic and exits 1
    # FAKE: build-error         build prints a compiler error and exits 1
(the driver's markers are listed in fake_driver.py).
"""

import json
import os
import shutil
import stat
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT_FILE = "fake_project.json"


def transpile(argv):
    source, out, signatures = Path(argv[0]), None, []
    i = 1
    while i < len(argv):
        if argv[i] == "-o":
            out = Path(argv[i + 1])
        elif argv[i] == "--sig":
            signatures.append(argv[i + 1])
        else:
            print(f"fake py2cpp: unknown option {argv[i]}", file=sys.stderr)
            return 2
        i += 2
    text = source.read_text()
    if "# FAKE: transpile-error" in text:
        print(f"{source}:3:5: error: fake diagnostic: this construct is not supported", file=sys.stderr)
        return 1
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copy(source, out / source.name)
    (out / PROJECT_FILE).write_text(json.dumps({"module": source.name, "signatures": signatures}))
    return 0


def build(argv):
    project = Path(argv[0]).resolve()
    target = argv[argv.index("--target") + 1] if "--target" in argv else None
    config = json.loads((project / PROJECT_FILE).read_text())
    if "# FAKE: build-error" in (project / config["module"]).read_text():
        print("main.cpp:1:1: error: fake compiler error", file=sys.stderr)
        return 1
    cross = target not in (None, "host")
    binary = project / (f"build-{target}" if cross else "build") / Path(config["module"]).stem
    binary.parent.mkdir(exist_ok=True)
    if cross:
        emulator = os.environ.get("FAKE_EMULATOR", f"{sys.executable};{HERE / 'fake_emulator.py'};-L;/usr/{target}")
        (binary.parent / "CMakeCache.txt").write_text("# fake\nCMAKE_BUILD_TYPE:STRING=Release\n"
                                                      f"CMAKE_CROSSCOMPILING_EMULATOR:STRING={emulator}\n")
    binary.write_text("#!/usr/bin/python3\nimport sys\n"
                      f"sys.path.insert(0, {str(HERE)!r})\n"
                      "from fake_driver import main\n"
                      f"sys.exit(main({str(project)!r}, sys.argv[1:]))\n")
    binary.chmod(binary.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    print("-- Build files have been written (fake)")
    print(binary)
    return 0


def main(argv):
    if os.environ.get("FAKE_PY2CPP_LOG"):
        with open(os.environ["FAKE_PY2CPP_LOG"], "a") as log:
            log.write(json.dumps(argv) + "\n")
    if len(argv) < 2 or argv[0] not in ("transpile", "build"):
        print("usage: fake_py2cpp.py transpile|build ...", file=sys.stderr)
        return 2
    return transpile(argv[1:]) if argv[0] == "transpile" else build(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
