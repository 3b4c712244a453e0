# expect: error at 2:1: unsupported module 'subprocess' (then subprocess.run at 6:12 cannot be resolved)
import subprocess


def run_it(n: int) -> int:
    return subprocess.run(n) + n
