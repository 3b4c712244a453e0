# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys


def parse(text):
    if not text.isdigit():
        sys.exit("error: not a number: " + text)
    return int(text)


for word in ["12", "7", "x1"]:
    print(parse(word))
print("not reached")
