#!/usr/bin/python3
"""Builds several generated programs into one executable: the test suite's batches.

Usage:
    /usr/bin/python3 tests/build_batch.py --py2cpp PATH/TO/py2cpp --dir DIR [--cxxflags FLAGS]
                                          [--runs-signatures] FILE.py...

Each FILE.py is transpiled (`py2cpp transpile`, with the IR verified after every pass) into
DIR/projects/<stem>; the projects are then compiled together: one translation unit holding every
module and every project's main.cpp (in a namespace of its own, `main` renamed, as
tests/compile_generated.py --unity does), and a dispatcher, so that `DIR/batch/build/py2cpp_batch
STEM ARG...` runs project STEM's main with argv = [STEM, ARG...]: a program's `__main__` block
(sys.argv = [STEM, ARG...]), or the function driver of a module without one. DIR/programs/STEM is a
script that does that (the command tests/e2e/check_run.py and `py2cpp validate --executable` are
given). The build is the generated projects' own (runtime/cmake/py2cpp_project.cmake, configured
like `py2cpp build` does, FLAGS as PY2CPP_CXXFLAGS), so the programs get the flags `py2cpp run`
and `py2cpp validate` give them.

--runs-signatures: modules without signatures of their own get --sig options from their `#setup:`
/ `#run:` lines (tests/numpy), as `py2cpp validate` derives them (tests/compile_generated.py).

Why: the runtime headers, Eigen and the runtime's templates are parsed and instantiated once for
the batch instead of once per program; 12 programs take ~15 s to build this way against ~100 s
of CPU one by one.

When the batch does not build, every program is built alone (DIR/alone/<stem>) to say which one
does not compile. DIR/status.json records, per stem, either the command that runs the program or
the problem (transpile refused it, its C++ did not compile): check_run.py --batch-dir reports it
as that program's failure, and DIR/programs/STEM prints it and exits with status 125. The exit
status is 0 once status.json is written.
"""
import argparse
import concurrent.futures
import json
import os
import pathlib
import shlex
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from compile_generated import transpile, unity_source  # noqa: E402  (tests/compile_generated.py)

PROGRAM = "py2cpp_batch"
MAX_LOG = 20000


def dispatcher(stems):
    """main() of the batch: the first argument names the program (its namespace's renamed main)."""
    lines = ["", "#include <cstdio>", "#include <string_view>", "",
             f"// The batch's entry point (main.cpp): `{PROGRAM} STEM ARG...` runs program STEM.",
             "int py2cpp_batch_main(int argc, char** argv) {",
             '    const std::string_view program = argc > 1 ? argv[1] : "";']
    for n, stem in enumerate(stems):
        lines.append(f'    if (program == "{stem}") return py2cpp_unity_{n}::py2cpp_unity_main(argc - 1, argv + 1);')
    lines += [f'    std::fprintf(stderr, "{PROGRAM}: no program named \'%s\' in this batch\\n", argv[argc > 1 ? 1 : 0]);',
              "    return 2;", "}"]
    return "\n".join(lines) + "\n"


def cmake_lists():
    return (f"# Written by tests/build_batch.py: several generated projects as one program.\n"
            f"cmake_minimum_required(VERSION 3.16)\nproject({PROGRAM} CXX)\n"
            f'include("${{CMAKE_CURRENT_SOURCE_DIR}}/runtime/cmake/py2cpp_project.cmake")\n'
            f"py2cpp_add_program(NAME {PROGRAM} MODULE_SOURCE unity.cpp DRIVER main.cpp ARRAYS)\n")


def build(batch_dir, projects, cxxflags):
    """Compile the projects (directories) as one program in batch_dir; None or the build log."""
    if batch_dir.exists():
        shutil.rmtree(batch_dir)
    batch_dir.mkdir(parents=True)
    # One runtime for the whole unit (every project carries the same copy).
    shutil.copytree(projects[0] / "runtime", batch_dir / "runtime", symlinks=True)
    (batch_dir / "CMakeLists.txt").write_text(cmake_lists())
    (batch_dir / "unity.cpp").write_text(unity_source(projects) + dispatcher([p.name for p in projects]))
    (batch_dir / "main.cpp").write_text("int py2cpp_batch_main(int argc, char** argv);\n\n"
                                        "int main(int argc, char** argv) { return py2cpp_batch_main(argc, argv); }\n")
    # As build_project (transpiler/driver/pipeline.cpp) configures a generated project: the extra
    # flags as CMAKE_CXX_FLAGS, and an optimisation level among them not overridden by Release's -O3.
    config = ["cmake", "-S", str(batch_dir), "-B", str(batch_dir / "build"), "-DCMAKE_BUILD_TYPE=Release",
              f"-DCMAKE_CXX_FLAGS={cxxflags}"]
    if shutil.which("ninja"):
        config += ["-G", "Ninja"]
    if any(word.startswith("-O") for word in cxxflags.split()):
        config.append("-DCMAKE_CXX_FLAGS_RELEASE=-DNDEBUG")
    log = []
    for cmd in (config, ["cmake", "--build", str(batch_dir / "build"), "-j", str(os.cpu_count() or 1)]):
        proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        log.append(proc.stdout)
        if proc.returncode != 0:
            text = "".join(log)
            return "building the generated C++ failed:\n" + (text if len(text) <= MAX_LOG else "..." + text[-MAX_LOG:])
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--py2cpp", required=True, help="path to the py2cpp executable")
    ap.add_argument("--dir", required=True, type=pathlib.Path, help="the batch's directory (replaced)")
    ap.add_argument("--cxxflags", default="", help="extra C++ flags (as PY2CPP_CXXFLAGS for py2cpp run)")
    ap.add_argument("--runs-signatures", action="store_true", help="--sig from #setup/#run lines")
    ap.add_argument("files", nargs="+", type=pathlib.Path, metavar="FILE.py")
    args = ap.parse_args()

    root = args.dir.resolve()
    if root.exists():
        shutil.rmtree(root)
    (root / "projects").mkdir(parents=True)
    env = dict(os.environ, PY2CPP_VERIFY_EACH="1")  # verify the IR after every pass (driver/pipeline.cpp)
    cases = sorted(set(args.files), key=lambda f: f.stem)
    stems = [c.stem for c in cases]
    if len(set(stems)) != len(stems):
        print("build_batch.py: two programs of one batch have the same name", file=sys.stderr)
        return 1

    def do_transpile(case):
        return case.stem, transpile(args.py2cpp, case, root / "projects" / case.stem, args.runs_signatures, env)

    status = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for stem, problem in pool.map(do_transpile, cases):
            if problem:
                status[stem] = {"problem": problem}
    built = [root / "projects" / s for s in stems if s not in status]
    if built:
        problem = build(root / "batch", built, args.cxxflags)
        if problem is None:
            for project in built:
                status[project.name] = {"command": [str(root / "batch" / "build" / PROGRAM), project.name]}
        else:
            print(problem)
            print("build_batch.py: building each program alone to find the one(s) that do not compile")
            for project in built:
                alone = root / "alone" / project.name
                problem = build(alone, [project], args.cxxflags)
                status[project.name] = ({"command": [str(alone / "build" / PROGRAM), project.name]} if problem is None
                                        else {"problem": problem})
    (root / "status.json").write_text(json.dumps(status, indent=1, sort_keys=True))
    (root / "programs").mkdir()
    for stem, entry in status.items():
        script = root / "programs" / stem
        if "command" in entry:
            script.write_text("#!/bin/sh\nexec " + shlex.join(entry["command"]) + ' "$@"\n')
        else:
            script.write_text("#!/bin/sh\ncat >&2 <<'PY2CPP_BATCH_PROBLEM'\n" + entry["problem"].rstrip("\n")
                              + "\nPY2CPP_BATCH_PROBLEM\nexit 125\n")
        script.chmod(0o755)
    for stem in stems:
        print(("BUILT " if "command" in status[stem] else "FAILED ") + stem)
    return 0


if __name__ == "__main__":
    sys.exit(main())
