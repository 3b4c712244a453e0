# sys.stdout.write / sys.stderr.write, print(file=...), print(flush=True), sys.maxsize,
# sys.float_info.
import sys

print("first line")  # a module constant from a call with effects still runs in program order
n = sys.stdout.write("written directly\n")
print("write returned", n)
print("héllo", sys.stdout.write("ünïcode "))
sys.stderr.write("a warning on stderr\n")
print("to stderr", 1, 2.5, sep=", ", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout)
print("flushed", end="!\n", flush=True)
sys.stdout.flush()
print(sys.maxsize, sys.maxsize == 9223372036854775807, -sys.maxsize - 1)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.min)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
out = sys.stdout
out.write("through a variable\n")


def log(stream, message):
    print("log:", message, file=stream)


log(sys.stdout, "info")
log(sys.stderr, "problem")
