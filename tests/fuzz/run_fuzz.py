#!/usr/bin/python3
"""Runs one libFuzzer harness for a fixed time on a seed corpus generated from the repository.

    run_fuzz.py --fuzzer build-fuzz/fuzz_transpile --seconds 30 [--work DIR] [--keep-going]
                [-- EXTRA LIBFUZZER FLAGS]

The harness's name picks its seeds (make_corpus.py) and dictionary:
    fuzz_frontend_bytes, fuzz_frontend_python, fuzz_transpile -> python seeds, python.dict
    fuzz_mapping_table -> json seeds, json.dict;  fuzz_npy -> npy seeds;  fuzz_signature -> sig seeds
WORK (default: build-fuzz/fuzz-work/NAME) keeps corpus/ (inputs libFuzzer found interesting; kept
between runs, so a long run continues where the last stopped), seeds/ (regenerated each run),
artifacts/ (crashing/timing-out inputs) and fuzz.log. A crash whose report contains a signature of
known_crashes.txt (a known bug, with its reproducer) is reported as known and does not fail the run.

ASAN_OPTIONS gets detect_leaks=0: the front end embeds CPython, whose interpreter state is alive
until exit and would be reported as leaks. UBSan findings abort (the harnesses are built with
-fno-sanitize-recover=undefined).

Prints one line `NAME: E executions in S s, C crashes (corpus K inputs)` and, for a crash, the
artifact paths and the end of the log. Exit status 0 when nothing crashed. --keep-going runs
libFuzzer in -fork mode with -ignore_crashes/-ignore_timeouts/-ignore_ooms, so a long run
collects every crash instead of stopping at the first; the exit status then still reports them.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
PYTHON = "/usr/bin/python3"

KINDS = {
    "fuzz_frontend_bytes": ("python", "python.dict", 16384),
    "fuzz_frontend_python": ("python", "python.dict", 16384),
    "fuzz_transpile": ("python", "python.dict", 16384),
    "fuzz_mapping_table": ("json", "json.dict", 65536),
    "fuzz_npy": ("npy", None, 4096),
    "fuzz_signature": ("sig", None, 512),
}


def executions(log):
    """libFuzzer's count of executed inputs: the final stat, or the last status line's #N."""
    m = re.findall(r"stat::number_of_executed_units:\s*(\d+)", log)
    if m:
        return sum(int(x) for x in m)
    counts = [int(x) for x in re.findall(r"^#(\d+)[:\s]", log, re.M)]
    return max(counts) if counts else 0


def known_crashes(name):
    """(signature, reason) of the known crashes of a harness (known_crashes.txt)."""
    out = []
    for line in (HERE / "known_crashes.txt").read_text().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and not line.startswith("#") and parts[0] == name:
            out.append((parts[1], parts[2]))
    return out


def classify(fuzzer, artifact, env, known):
    """The reason of the known bug a crash input reproduces, or None (a new crash)."""
    try:
        p = subprocess.run([str(fuzzer.resolve()), str(artifact)], capture_output=True, text=True, env=env, timeout=120)
        report = p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return None
    for signature, reason in known:
        if signature in report:
            return reason
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fuzzer", required=True, type=pathlib.Path)
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--work", type=pathlib.Path)
    ap.add_argument("--keep-going", action="store_true", help="collect every crash (fork mode)")
    ap.add_argument("--timeout", type=int, default=25, help="seconds before one input counts as a hang")
    ap.add_argument("extra", nargs="*", help="extra libFuzzer flags (after --)")
    args = ap.parse_args()

    name = args.fuzzer.name
    if name not in KINDS:
        print(f"unknown harness {name}; known: {', '.join(KINDS)}")
        return 2
    kind, dictionary, max_len = KINDS[name]
    work = (args.work or args.fuzzer.parent / "fuzz-work" / name).resolve()
    corpus, seeds, artifacts = work / "corpus", work / "seeds", work / "artifacts"
    for d in (corpus, artifacts):
        d.mkdir(parents=True, exist_ok=True)
    subprocess.run([PYTHON, str(HERE / "make_corpus.py"), kind, str(seeds)], check=True, stdout=subprocess.DEVNULL)

    cmd = [str(args.fuzzer.resolve()), str(corpus), str(seeds), f"-max_total_time={args.seconds}",
           f"-timeout={args.timeout}", f"-max_len={max_len}", f"-artifact_prefix={artifacts}/",
           "-print_final_stats=1", "-rss_limit_mb=4096"]
    if dictionary:
        cmd.append(f"-dict={HERE / dictionary}")
    known = known_crashes(name)
    # Fork mode keeps going after a crash but re-reads the corpus in every job: for the short
    # smoke run a crash (known or not) just ends it early.
    if args.keep_going:
        cmd += ["-fork=1", "-ignore_crashes=1", "-ignore_timeouts=1", "-ignore_ooms=1"]
    cmd += args.extra
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=1:symbolize=1:" + env.get("ASAN_OPTIONS", "")
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:" + env.get("UBSAN_OPTIONS", "")

    before = set(artifacts.iterdir())
    start = time.monotonic()
    with open(work / "fuzz.log", "w") as log_file:
        proc = subprocess.run(cmd, stdout=log_file, stderr=subprocess.STDOUT, env=env, cwd=work)
    elapsed = time.monotonic() - start
    log = (work / "fuzz.log").read_text(errors="replace")
    found = sorted(set(artifacts.iterdir()) - before)
    crashes = [p for p in found if p.name.startswith(("crash-", "timeout-", "oom-", "leak-"))]
    known_found = {}
    new = []
    for p in crashes:
        reason = classify(args.fuzzer, p, env, known) if p.name.startswith("crash-") else None
        if reason:
            known_found.setdefault(reason, []).append(p)
        else:
            new.append(p)
    print(f"{name}: {executions(log)} executions in {elapsed:.0f} s, {len(new)} new crashes, "
          f"{len(crashes) - len(new)} known (corpus {len(list(corpus.iterdir()))} inputs, exit status {proc.returncode})")
    for reason, paths in known_found.items():
        print(f"  known: {len(paths)} inputs reproduce {reason}")
    crashes = new
    if crashes or (proc.returncode != 0 and not known_found):
        for p in crashes:
            print(f"  artifact: {p}  (reproduce: ASAN_OPTIONS=detect_leaks=0 {args.fuzzer} {p})")
        print("  --- end of " + str(work / "fuzz.log") + " ---")
        print("\n".join("  " + line for line in log.splitlines()[-60:]))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
