# expect: error at 2:1: unsupported module 'os' (then os.getcwd at 6:16 cannot be resolved)
import os


def cwd_length(n: int) -> int:
    return len(os.getcwd()) + n
