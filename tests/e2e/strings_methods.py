"""str as a value: indexing and slicing by code points, iteration, `in`, repetition, the common
methods, ord/chr/hex/oct/bin, and the errors Python raises."""


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)


def words_report(line):
    words = line.split()
    longest = max(len(w) for w in words)
    for w in words:
        print(w.ljust(longest, ".") + "|" + w.rjust(longest) + "|" + w.center(longest + 2, "*") + "|")
    return len(words)


def main():
    s = "héllo, wörld"
    print(len(s), s[0], s[1], s[-1], s[2:5], s[::-1], s[::3], s[100:], s[-3:])
    print("wö" in s, "x" not in s, s.find("ö"), s.find("zz"), s.rfind("l"), s.count("l"), s.index("w"))
    print("Hello, World".upper(), "Hello, World".lower(), s.startswith("hé"), s.endswith("ld"), s.replace("l", "L", 2))
    print("  padded\t\n".strip() + "|", "xxabcxx".strip("x"), "--a--".lstrip("-"), "--a--".rstrip("-"))
    print("a,b,,c".split(","), "a b  c".split(), "k=v=w".split("=", 1), " x ".split(" "))
    print("-".join(["2026", "12", "03"]), ", ".join(str(i) for i in range(4)), "".join(reversed("abc")))
    print("42".zfill(5), "-7".zfill(4), "ab" * 3, 2 * "xy", "ab" * 0 == "")
    print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), " \t".isspace(), "".isdigit())
    print(ord("A"), ord("é"), chr(65), chr(233), chr(0x1F600) == "\U0001F600")
    print(hex(255), hex(-1), oct(8), bin(5), bin(0), hex(-9223372036854775807))
    print(caesar("hello, world", 3), caesar(caesar("abcxyz", 5), 21))
    print(words_report("the quick brown fox"))
    letters = [c for c in "banana" if c != "n"]
    print(letters, list("añb"), sorted("cab"), max("hello"), min("hello"))
    counts = [0] * 26
    for ch in "mississippi":
        counts[ord(ch) - ord("a")] += 1
    print([(chr(i + ord("a")), n) for i, n in enumerate(counts) if n > 0])
    try:
        print(s[20])
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(ord("ab"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print("abc".index("d"))
    except ValueError as e:
        print("ValueError:", e)
    print(chr(1114112))


if __name__ == "__main__":
    main()
