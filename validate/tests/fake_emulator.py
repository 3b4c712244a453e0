#!/usr/bin/python3
"""Stands in for qemu-user in the harness tests: `fake_emulator.py [-L DIR] BIN ARG...` runs BIN
with FAKE_EMULATED=1 in its environment (the fake driver then reports a larger peak RSS, as a
program does under an emulator)."""

import os
import sys

args = sys.argv[1:]
if args[:1] == ["-L"]:
    args = args[2:]
os.environ["FAKE_EMULATED"] = "1"
os.execv(args[0], args)
