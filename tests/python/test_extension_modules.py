"""The extension modules of `py2cpp transpile --python-module`, imported from /usr/bin/python3:
results equal to the original Python, fallback for inputs no specialization takes, exceptions,
reference counts, non-contiguous inputs, zero-copy outputs."""
import importlib
import inspect
import sys
import threading

import numpy as np
import pytest

# NumPy's AVX-512 exp/log round differently from glibc (README, Benchmarks): up to 1e-9 relative
# on nearly worthless options, below 1.2e-13 absolute.
RTOL, ATOL = 1e-9, 1e-12


@pytest.fixture(scope="module")
def bs():
    module = importlib.import_module("black_scholes")
    assert module.__file__.endswith(".so")
    return module


@pytest.fixture(scope="module")
def mp():
    return importlib.import_module("motion_planning")


@pytest.fixture(scope="module")
def cases():
    module = importlib.import_module("ext_cases")
    assert module.__file__.endswith(".so")
    return module


def options(n, seed=1):
    rng = np.random.default_rng(seed)
    return (rng.uniform(50, 150, n), rng.uniform(50, 150, n), rng.uniform(0.1, 2.0, n),
            rng.uniform(0.0, 0.1, n), rng.uniform(0.05, 0.5, n))


def path_of(module):
    return module.py2cpp_last_path()[1]


def assert_same(module, name, *args, expect_path, rtol=RTOL, atol=ATOL, **kwargs):
    """Calls module.name and the original; same results, and the call took `expect_path`."""
    got = getattr(module, name)(*args, **kwargs)
    assert path_of(module) == expect_path, module.py2cpp_last_path()
    want = getattr(module.python, name)(*args, **kwargs)
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        for g, w in zip(got, want):
            np.testing.assert_allclose(g, w, rtol=rtol, atol=atol)
    else:
        np.testing.assert_allclose(got, want, rtol=rtol, atol=atol)
    return got


# ---- results equal to the Python version ------------------------------------------------------

def test_signature_and_docstring(bs):
    assert str(inspect.signature(bs.euro_vanilla)) == "(S, K, T, r, sigma, option='call')"
    assert bs.euro_vanilla_put.__doc__ == "Price of a European put option."
    assert bs.__doc__ == bs.python.__doc__
    assert bs.norm is bs.python.norm  # the module's other names are the original's


def test_black_scholes_arrays_and_scalars(bs):
    S, K, T, r, sigma = options(10_001)
    out = assert_same(bs, "euro_vanilla_put", S, K, T, r, sigma, expect_path="cpp")
    assert out.dtype == np.float64 and out.shape == S.shape
    assert_same(bs, "euro_vanilla_call", S, K, T, r, sigma, expect_path="cpp")
    got = bs.euro_vanilla_put(100.0, 95.0, 1.0, 0.05, 0.2)
    assert path_of(bs) == "cpp" and isinstance(got, float)
    assert got == pytest.approx(bs.python.euro_vanilla_put(100.0, 95.0, 1.0, 0.05, 0.2), rel=RTOL)


def test_keywords_and_defaults_bind_like_python(bs):
    S, K, T, r, sigma = options(100)
    assert_same(bs, "euro_vanilla", S, K, T, r, sigma, expect_path="cpp")  # default option='call'
    assert_same(bs, "euro_vanilla", S, K, T, r, sigma, "put", expect_path="cpp")
    assert_same(bs, "euro_vanilla", S, K, T=T, r=r, sigma=sigma, option="put", expect_path="cpp")
    assert_same(bs, "euro_vanilla", sigma=sigma, r=r, T=T, K=K, S=S, expect_path="cpp")
    assert_same(bs, "euro_vanilla", 100.0, 95.0, 1.0, 0.05, 0.2, option="put", expect_path="cpp")


def test_binding_errors_are_pythons(bs):
    S, K, T, r, sigma = options(4)
    for call in (lambda f: f(S, K, T, r, sigma, bogus=1), lambda f: f(S, K, T), lambda f: f(S, K, T, r, sigma, "put", 1),
                 lambda f: f(S, K, T, r, sigma, S=S)):
        with pytest.raises(TypeError) as got:
            call(bs.euro_vanilla)
        with pytest.raises(TypeError) as want:
            call(bs.python.euro_vanilla)
        assert str(got.value) == str(want.value)


def test_non_contiguous_inputs(bs, cases):
    S, K, T, r, sigma = options(2001)
    assert_same(bs, "euro_vanilla_put", S[::2], K[::2], T[::2], r[::2], sigma[::2], expect_path="cpp")
    assert_same(bs, "euro_vanilla_put", S[::-3], K[1::3], T[::3], r[::3], sigma[::3], expect_path="cpp")
    m = np.arange(24.0).reshape(4, 6)
    for view in (m, m.T, m[::2, ::-1], np.asfortranarray(m), m[:, 1:4]):
        got = assert_same(cases, "column_sums", view, expect_path="cpp", rtol=0, atol=0)
        assert got[1].shape == view.shape


def test_scalar_only_module():
    m = importlib.import_module("black_scholes_math")
    assert m.__file__.endswith(".so")
    for option in ("call", "put"):
        got = m.euro_vanilla(100.0, 95.0, 1.0, 0.05, 0.2, option=option)
        assert path_of(m) == "cpp"
        assert got == m.python.euro_vanilla(100.0, 95.0, 1.0, 0.05, 0.2, option=option)
    assert m.norm_cdf(0.5) == m.python.norm_cdf(0.5) and path_of(m) == "cpp"
    assert m.norm_cdf(1) == m.python.norm_cdf(1) and path_of(m) == "python"
    assert str(inspect.signature(m.euro_vanilla)) == "(S, K, T, r, sigma, option='call')"


def test_complex_scalars(cases):
    for z, turns in ((1 + 2j, 3), (-0.5 + 0j, 0), (complex(2.5, -1e300), -1)):
        got = cases.rotate(z, turns)
        assert path_of(cases) == "cpp"
        assert type(got) is complex and got == cases.python.rotate(z, turns)
    got = cases.rotate(1.0, 1)  # a float where the annotation says complex: Python's result either way
    assert type(got) is complex and got == cases.python.rotate(1.0, 1)


def test_motion_planning(mp):
    path, obstacles, link_lengths, joint_limits = mp.python.demo_problem(40)
    assert path.flags.f_contiguous and not path.flags.c_contiguous  # np.vstack(...).T
    base, alpha, history = mp.plan(path, obstacles, link_lengths, joint_limits, 20)
    assert path_of(mp) == "cpp"
    want = mp.python.plan(path, obstacles, link_lengths, joint_limits, 20)
    for got, ref in zip((base, alpha, history), want):
        np.testing.assert_allclose(got, ref, rtol=1e-6, atol=1e-8)
    result = mp.run_demo(40, 20)
    assert path_of(mp) == "cpp"
    np.testing.assert_allclose(result[3], mp.python.run_demo(40, 20)[3], rtol=1e-6)


# ---- fallback to the original Python ------------------------------------------------------------

def test_fallback_for_unsupported_inputs(bs):
    S, K, T, r, sigma = options(50)
    swapped = S.astype(">f8")
    misaligned = np.frombuffer(b"\0" + S.tobytes(), dtype=np.float64, offset=1)
    readonly = S.copy()
    readonly.flags.writeable = False
    for first in (list(S), S.astype(np.float32), np.round(S).astype(np.int64), swapped, misaligned, readonly,
                  S.reshape(5, 10).T.reshape(-1)[None, :], np.float64(100.0)):
        args = (first, K, T, r, sigma) if np.ndim(first) != 2 else (first, K[None, :], T, r, sigma)
        assert_same(bs, "euro_vanilla_put", *args, expect_path="python")
    assert_same(bs, "euro_vanilla_put", 100, 95.0, 1.0, 0.05, 0.2, expect_path="python")  # int where float
    assert_same(bs, "euro_vanilla_put", 100.0, K, T, r, sigma, expect_path="python")  # mixed scalar/array


def test_fallback_with_objects_raises_like_python(bs, cases):
    with pytest.raises(TypeError) as got:
        bs.euro_vanilla_put("a", 1.0, 1.0, 1.0, 1.0)
    assert path_of(bs) == "python"
    with pytest.raises(TypeError) as want:
        bs.python.euro_vanilla_put("a", 1.0, 1.0, 1.0, 1.0)
    assert str(got.value) == str(want.value)
    a = np.arange(5.0)
    assert cases.pick(a, 3) == 3.0 and path_of(cases) == "cpp"
    with pytest.raises(IndexError):
        cases.pick(a, 2**70)  # does not fit in 64 bits: Python raises
    assert path_of(cases) == "python"


def test_counts(bs):
    before = bs.py2cpp_path_counts()
    bs.euro_vanilla_put(100.0, 95.0, 1.0, 0.05, 0.2)
    bs.euro_vanilla_put(*(np.array([x], dtype=np.float32) for x in (100.0, 95.0, 1.0, 0.05, 0.2)))
    after = bs.py2cpp_path_counts()
    assert after["cpp"] == before["cpp"] + 1 and after["python"] == before["python"] + 1


# ---- exceptions ---------------------------------------------------------------------------------

def test_exceptions_same_type_and_message(bs, cases):
    S, K, T, r, sigma = options(3)
    for module in (bs, bs.python):
        with pytest.raises(ValueError, match=r"^option must be 'call' or 'put'$"):
            module.euro_vanilla(S, K, T, r, sigma, "swap")
    assert path_of(bs) == "cpp" or bs.py2cpp_last_path()[0] == "euro_vanilla"
    a = np.arange(5.0)
    messages = []
    for module in (cases, cases.python):
        with pytest.raises(IndexError) as e:
            module.pick(a, 7)
        messages.append(str(e.value))
    assert messages[0] == messages[1] == "index 7 is out of bounds for axis 0 with size 5"
    with pytest.raises(ValueError, match="^negative input$"):
        cases.checked_sqrt(-1.0, True)
    assert path_of(cases) == "cpp"
    with pytest.raises(ValueError) as got:  # broadcasting error from the runtime, as NumPy's
        bs.euro_vanilla_put(S, K[:2], T, r, sigma)
    assert path_of(bs) == "cpp"
    with pytest.raises(ValueError) as want:
        bs.python.euro_vanilla_put(S, K[:2], T, r, sigma)
    assert str(got.value) == str(want.value)


# ---- memory: references, zero copies, aliasing --------------------------------------------------

def test_reference_counts_do_not_leak(bs, cases):
    S, K, T, r, sigma = options(1000)
    arrays = (S, K, T, r, sigma)
    before = [sys.getrefcount(a) for a in arrays]
    for _ in range(2000):
        bs.euro_vanilla_put(*arrays)
        bs.euro_vanilla(*arrays, option="put")
    assert [sys.getrefcount(a) for a in arrays] == before
    m = np.arange(12.0).reshape(3, 4)
    count = sys.getrefcount(m)
    out = cases.column_sums(m)
    assert sys.getrefcount(m) == count  # results own their own storage
    del out
    for _ in range(1000):
        cases.column_sums(m)
        with pytest.raises(IndexError):
            cases.pick(m[0], 9)
    assert sys.getrefcount(m) == count


def test_outputs_do_not_leak_memory(bs):
    def rss_kib():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * 4
    S, K, T, r, sigma = options(200_000)
    bs.euro_vanilla_put(S, K, T, r, sigma)
    start = rss_kib()
    for _ in range(200):  # 200 x 1.6 MB of results
        bs.euro_vanilla_put(S, K, T, r, sigma)
    assert rss_kib() - start < 20_000


def test_outputs_are_numpy_arrays_over_cpp_storage(bs):
    S, K, T, r, sigma = options(10)
    out = bs.euro_vanilla_put(S, K, T, r, sigma)
    assert type(out) is np.ndarray and out.flags.owndata is False and out.flags.writeable
    assert type(out.base).__name__ == "PyCapsule"
    out[0] = -1.0  # writable, and alive after the inputs go
    del S, K, T, r, sigma
    assert out[0] == -1.0


def test_inputs_are_viewed_in_place(cases):
    a = np.ones(6)
    assert cases.scale_in_place(a[::2], 3.0) == 9.0
    assert path_of(cases) == "cpp"
    np.testing.assert_array_equal(a, [3, 1, 3, 1, 3, 1])  # written through, as in Python


def test_gil_is_released(bs):
    S, K, T, r, sigma = options(2_000_000)
    ticks = []
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks.append(1)

    thread = threading.Thread(target=count)
    thread.start()
    try:
        start = len(ticks)
        bs.euro_vanilla_put(S, K, T, r, sigma)
        during = len(ticks) - start
    finally:
        stop.set()
        thread.join()
    assert during > 0
