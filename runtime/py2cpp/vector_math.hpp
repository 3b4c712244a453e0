// py2cpp runtime: float64 math on SIMD vectors for the element-wise evaluation engine
// (simd_kernels.hpp), and the coefficients of SciPy's Cephes erf/erfc shared with
// the scalar versions in ufuncs.hpp.
//
// Vectors are GCC/Clang vector extensions: v2d (two doubles, SSE2, the x86-64 baseline) and v4d
// (four doubles, AVX2). Every function here is a template over the vector type or an overload
// per width, always inlined, and takes vectors by const reference: the v4d code is only ever
// compiled inside the AVX2 kernels (functions with __attribute__((target("avx2"))), chosen at run
// time by vector_isa(); FMA, used by exp_exact, only through inline asm so that the compiler can
// never contract a * b + c elsewhere), so no v4d value crosses a function boundary of code built
// without AVX.
//
// Values are the scalar code's, bit for bit:
//  * exp is glibc's own algorithm (e_exp.c) on vectors, with glibc's FMA or plain variant as the
//    process's libm uses (exp_exact below); arguments off its main path go to the scalar exp;
//  * log is glibc's scalar log lane by lane (its table is glibc's data, not reproduced here);
//  * sqrt is the IEEE instruction;
//  * ndtr, erf and erfc are SciPy's Cephes code (scipy/special/cephes/ndtr.c) on vectors: the same
//    branches (as per-lane selects), the same polynomials in the same order, no FMA, exp_exact.
// With -DPY2CPP_LIBMVEC, np.exp and np.log use glibc's libmvec instead (_ZGVbN2v_* SSE,
// _ZGVdN4v_* AVX2; glibc >= 2.22 on x86-64, linked through libm.so as needed). glibc's
// libm-test-ulps lists 1 ulp for them (the largest error its test inputs showed, not a bound);
// against the scalar exp/log of glibc 2.36 we measured up to 3 ulps (exp) and 2 ulps (log) on
// 4M random arguments per range (tests/unit/runtime_vector_math_test.cpp allows 4);
// special inputs (NaN, +-inf, +-0, subnormals, overflow and underflow) go through libmvec's
// scalar fallback and give exactly the scalar results. tests/unit/runtime_vector_math_test.cpp
// checks all of this lane by lane for both kernels.
//
// PY2CPP_VECTOR_MATH is 1 where this is available (x86-64 with glibc); elsewhere, or with
// -DPY2CPP_NO_VECTOR_MATH, the engine uses its scalar/Eigen loops only.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace py::np::cephes {

// Coefficients of Cephes ndtr.c (highest power first, as polevl).
inline constexpr double kErfcP[] = {2.46196981473530512524E-10, 5.64189564831068821977E-1, 7.46321056442269912687E0,
                                    4.86371970985681366614E1,   1.96520832956077098242E2,  5.26445194995477358631E2,
                                    9.34528527171957607540E2,   1.02755188689515710272E3,  5.57535335369399327526E2};
inline constexpr double kErfcQ[] = {1.32281951154744992508E1, 8.67072140885989742329E1, 3.54937778887819891062E2,
                                    9.75708501743205489753E2, 1.82390916687909736289E3, 2.24633760818710981792E3,
                                    1.65666309194161350182E3, 5.57535340817727675546E2};
inline constexpr double kErfcR[] = {5.64189583547755073984E-1, 1.27536670759978104416E0, 5.01905042251180477414E0,
                                    6.16021097993053585195E0,  7.40974269950448939160E0, 2.97886665372100240670E0};
inline constexpr double kErfcS[] = {2.26052863220117276590E0, 9.39603524938001434673E0, 1.20489539808096656605E1,
                                    1.70814450747565897222E1, 9.60896809063285878198E0, 3.36907645100081516050E0};
inline constexpr double kErfT[] = {9.60497373987051638749E0, 9.00260197203842689217E1, 2.23200534594684319226E3,
                                   7.00332514112805075473E3, 5.55923013010394962768E4};
inline constexpr double kErfU[] = {3.35617141647503099647E1, 5.21357949780152679795E2, 4.59432382970980127987E3,
                                   2.26290000613890934246E4, 4.92673942608635921086E4};
inline constexpr double kMaxLog = 7.09782712893383996843E2;  // log(DBL_MAX)

}  // namespace py::np::cephes

#if defined(__x86_64__) && defined(__GLIBC__) && !defined(PY2CPP_NO_VECTOR_MATH) && \
    (defined(__GNUC__) || defined(__clang__))
#define PY2CPP_VECTOR_MATH 1
#else
#define PY2CPP_VECTOR_MATH 0
#endif

#if PY2CPP_VECTOR_MATH

// A function built without AVX that passes or returns a 32-byte vector gets "AVX vector return
// without AVX enabled changes the ABI" (-Wpsabi, GCC and Clang), even when, as here, it is always
// inlined into AVX2 code and never exists on its own. GCC expands calls after inlining, so the
// libmvec calls do use the AVX registers; it reports the warning at the end of the translation
// unit, after any `diagnostic pop`, so the warning is switched off from here to the end of the
// file that includes this header (it is only about vector and ABI-changing argument types, which
// generated code does not have). Clang decides a call's ABI in the function that contains it,
// before inlining, so there the AVX2 libmvec calls and sqrt go through small out-of-line AVX2
// functions (clang_avx2 below) and exp is glibc's scalar exp lane by lane.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace py::vmath {

using v2d = double __attribute__((vector_size(16)));
using v4d = double __attribute__((vector_size(32)));

}  // namespace py::vmath

// glibc's libmvec (x86_64 vector function ABI: 'b' = SSE, 'd' = AVX2).
#if defined(__clang__)
#define PY2CPP_AVX2_ABI [[gnu::target("avx2")]]
#else
#define PY2CPP_AVX2_ABI
#endif
// The functions with a libmvec form (glibc >= 2.35 for tan, atan, atan2 and hypot).
extern "C" {
py::vmath::v2d _ZGVbN2v_exp(py::vmath::v2d);
py::vmath::v2d _ZGVbN2v_log(py::vmath::v2d);
py::vmath::v2d _ZGVbN2v_sin(py::vmath::v2d);
py::vmath::v2d _ZGVbN2v_cos(py::vmath::v2d);
py::vmath::v2d _ZGVbN2v_tan(py::vmath::v2d);
py::vmath::v2d _ZGVbN2v_atan(py::vmath::v2d);
py::vmath::v2d _ZGVbN2vv_atan2(py::vmath::v2d, py::vmath::v2d);
py::vmath::v2d _ZGVbN2vv_hypot(py::vmath::v2d, py::vmath::v2d);
PY2CPP_AVX2_ABI py::vmath::v4d _ZGVdN4v_exp(py::vmath::v4d);
PY2CPP_AVX2_ABI py::vmath::v4d _ZGVdN4v_log(py::vmath::v4d);
PY2CPP_AVX2_ABI py::vmath::v4d _ZGVdN4v_sin(py::vmath::v4d);
PY2CPP_AVX2_ABI py::vmath::v4d _ZGVdN4v_cos(py::vmath::v4d);
PY2CPP_AVX2_ABI py::vmath::v4d _ZGVdN4v_tan(py::vmath::v4d);
PY2CPP_AVX2_ABI py::vmath::v4d _ZGVdN4v_atan(py::vmath::v4d);
PY2CPP_AVX2_ABI py::vmath::v4d _ZGVdN4vv_atan2(py::vmath::v4d, py::vmath::v4d);
PY2CPP_AVX2_ABI py::vmath::v4d _ZGVdN4vv_hypot(py::vmath::v4d, py::vmath::v4d);
}
#undef PY2CPP_AVX2_ABI

namespace py::vmath {

// Instruction sets of the kernels, best last.
enum class isa { none = 0, sse2 = 1, avx2 = 2 };

// The expression kernels of simd_kernels.hpp exist for AVX2, and for SSE2 only when built with
// -DPY2CPP_SSE2_KERNELS (CMake option PY2CPP_SSE2_KERNELS of generated projects): a second
// instruction set doubles their compile time, for CPUs older than 2013.
#if !defined(PY2CPP_SSE2_KERNELS)
#define PY2CPP_SSE2_KERNELS 0
#endif

// The instruction set the kernels use in this process, decided once: AVX2 when the CPU (and OS)
// support it; otherwise SSE2 if its kernels were compiled, else none (the scalar path: the same
// values). PY2CPP_VECTOR_MATH=off|sse2 in the environment lowers it (for comparisons and tests;
// asking for more than the CPU has, or for kernels not compiled, gives what there is).
inline isa detect_isa() {
    // The AVX2 kernels also use FMA (exact_exp below); every AVX2 CPU so far has it.
    const isa lower = PY2CPP_SSE2_KERNELS ? isa::sse2 : isa::none;
    isa best = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") ? isa::avx2 : lower;
    if (const char* env = std::getenv("PY2CPP_VECTOR_MATH")) {
        const std::string_view v(env);
        if (v == "off" || v == "0" || v == "none") return isa::none;
        if (v == "sse2") return lower;
    }
    return best;
}

inline isa vector_isa() {
    static const isa chosen = detect_isa();
    return chosen;
}

template <class V>
inline constexpr int lanes = static_cast<int>(sizeof(V) / sizeof(double));

// np.exp / np.log on vectors: glibc's scalar functions lane by lane (the default: bit for bit
// NumPy's results), or with -DPY2CPP_LIBMVEC glibc's vector functions (faster, a few ulps off).
#if defined(PY2CPP_LIBMVEC)
inline constexpr bool kUseLibmvec = true;
#else
inline constexpr bool kUseLibmvec = false;
#endif

// ---- Lane helpers (no intrinsics: they would need the target attribute in every caller) ------

template <class V>
[[gnu::always_inline]] inline V splat(double s) {
    V v{};
    for (int k = 0; k < lanes<V>; ++k) v[k] = s;
    return v;
}

template <class V>
[[gnu::always_inline]] inline V load(const double* p) {
    V v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// Lanes [0, count) from p, the others 1.0 (a harmless argument for every function here).
template <class V>
[[gnu::always_inline]] inline V load_partial(const double* p, int count) {
    double buffer[lanes<V>];
    for (int k = 0; k < lanes<V>; ++k) buffer[k] = k < count ? p[k] : 1.0;
    return load<V>(buffer);
}

template <class V>
[[gnu::always_inline]] inline void store(double* p, const V& v) {
    std::memcpy(p, &v, sizeof v);
}

template <class V>
[[gnu::always_inline]] inline void store_partial(double* p, const V& v, int count) {
    double buffer[lanes<V>];
    std::memcpy(buffer, &v, sizeof v);
    for (int k = 0; k < count; ++k) p[k] = buffer[k];
}

template <class V>
using mask_t = decltype(V{} < V{});

// Per lane: m ? a : b (m from a comparison: all ones or all zeros).
template <class V>
[[gnu::always_inline]] inline V select(const mask_t<V>& m, const V& a, const V& b) {
    using M = mask_t<V>;
    return (V)((m & (M)a) | (~m & (M)b));
}

template <class M>
[[gnu::always_inline]] inline bool any(const M& m) {
    bool r = false;
    for (int k = 0; k < static_cast<int>(sizeof(M) / 8); ++k) r = r || m[k] != 0;
    return r;
}

template <class M>
[[gnu::always_inline]] inline bool all(const M& m) {
    bool r = true;
    for (int k = 0; k < static_cast<int>(sizeof(M) / 8); ++k) r = r && m[k] != 0;
    return r;
}

template <class V>
[[gnu::always_inline]] inline V abs(const V& a) {
    using M = mask_t<V>;
    return (V)((M)a & static_cast<std::int64_t>(0x7fffffffffffffffULL));
}

template <class V>
[[gnu::always_inline]] inline mask_t<V> isnan(const V& a) {
    return a != a;
}

// ---- Functions of the C library, and sqrt -----------------------------------------------------

#if defined(__clang__)
namespace clang_avx2 {
[[gnu::target("avx2"), gnu::noinline]] inline void exp(const double* in, double* out) {
    v4d x;
    std::memcpy(&x, in, sizeof x);
    x = _ZGVdN4v_exp(x);
    std::memcpy(out, &x, sizeof x);
}
[[gnu::target("avx2"), gnu::noinline]] inline void log(const double* in, double* out) {
    v4d x;
    std::memcpy(&x, in, sizeof x);
    x = _ZGVdN4v_log(x);
    std::memcpy(out, &x, sizeof x);
}
#define PY2CPP_CLANG_AVX2_UNARY(c)                                                     \
    [[gnu::target("avx2"), gnu::noinline]] inline void v_##c(const double* in, double* out) { \
        v4d x;                                                                          \
        std::memcpy(&x, in, sizeof x);                                                  \
        x = _ZGVdN4v_##c(x);                                                            \
        std::memcpy(out, &x, sizeof x);                                                 \
    }
#define PY2CPP_CLANG_AVX2_BINARY(c)                                                                        \
    [[gnu::target("avx2"), gnu::noinline]] inline void vv_##c(const double* a, const double* b, double* out) { \
        v4d x, y;                                                                                           \
        std::memcpy(&x, a, sizeof x);                                                                       \
        std::memcpy(&y, b, sizeof y);                                                                       \
        x = _ZGVdN4vv_##c(x, y);                                                                            \
        std::memcpy(out, &x, sizeof x);                                                                     \
    }
PY2CPP_CLANG_AVX2_UNARY(sin)
PY2CPP_CLANG_AVX2_UNARY(cos)
PY2CPP_CLANG_AVX2_UNARY(tan)
PY2CPP_CLANG_AVX2_UNARY(atan)
PY2CPP_CLANG_AVX2_BINARY(atan2)
PY2CPP_CLANG_AVX2_BINARY(hypot)
#undef PY2CPP_CLANG_AVX2_UNARY
#undef PY2CPP_CLANG_AVX2_BINARY
[[gnu::target("avx2"), gnu::noinline]] inline void sqrt(const double* in, double* out) {
    v4d x;
    std::memcpy(&x, in, sizeof x);
    x = __builtin_ia32_sqrtpd256(x);
    std::memcpy(out, &x, sizeof x);
}
}  // namespace clang_avx2

// f(x) through an out-of-line AVX2 function taking memory (see the top of the file).
template <class F>
[[gnu::always_inline]] inline v4d through_memory(F f, const v4d& x) {
    double in[4], out[4];
    std::memcpy(in, &x, sizeof in);
    f(in, out);
    v4d r;
    std::memcpy(&r, out, sizeof r);
    return r;
}
template <class F>
[[gnu::always_inline]] inline v4d through_memory(F f, const v4d& x, const v4d& y) {
    double a[4], b[4], out[4];
    std::memcpy(a, &x, sizeof a);
    std::memcpy(b, &y, sizeof b);
    f(a, b, out);
    v4d r;
    std::memcpy(&r, out, sizeof r);
    return r;
}
#endif

// glibc's scalar function on every lane (results bit for bit those of the scalar code, NumPy's
// and SciPy's on this machine).
template <double (*F)(double), class V>
[[gnu::always_inline]] inline V lanewise(const V& x) {
    double lane[lanes<V>];
    std::memcpy(lane, &x, sizeof lane);
    for (int k = 0; k < lanes<V>; ++k) {
        double v = lane[k];
        __asm__("" : "+x"(v));  // a run-time glibc call, never constant-folded (py::detail::opaque)
        lane[k] = F(v);
    }
    V r;
    std::memcpy(&r, lane, sizeof r);
    return r;
}

inline double glibc_exp(double x) { return __builtin_exp(x); }
inline double glibc_exp_opaque(double x) {
    __asm__("" : "+x"(x));
    return __builtin_exp(x);
}
inline double glibc_log(double x) { return __builtin_log(x); }

// ---- exp, bit for bit glibc's ---------------------------------------------------------------
//
// glibc's exp (sysdeps/ieee754/dbl-64/e_exp.c since 2.28: exp(x) = 2^(k/128) * exp(r), a
// 128-entry table and a degree-5 polynomial) evaluated on vectors with the same operations, so
// each lane is exactly what the scalar exp returns. glibc picks its variant when it starts: built
// with FMA contraction on CPUs with FMA and AVX2 (the AVX2 kernels here run only on those and use
// FMA at the same places), without FMA on older CPUs (the SSE2 kernels, when the CPU has no FMA4:
// glibc has a third variant for FMA4). Checked against the scalar exp on 2e7 random arguments
// and in tests/unit/runtime_vector_math_test.cpp. Arguments outside the main path (|x| >= 512,
// |x| < 2^-54, NaN) send the vector to glibc's scalar exp, lane by lane.
//
// kExpTable[2k] is T[k] and kExpTable[2k+1] is bits(H[k]) - k * 2^52 / 128 where H[k] is 2^(k/128)
// rounded to double and T[k] = 2^(k/128) / H[k] - 1 rounded to double (computed with 60-digit
// decimal arithmetic; identical to glibc's __exp_data.tab).
inline constexpr std::uint64_t kExpTable[256] = {
    0x0000000000000000, 0x3ff0000000000000, 0x3c9b3b4f1a88bf6e, 0x3feff63da9fb3335,
    0xbc7160139cd8dc5d, 0x3fefec9a3e778061, 0xbc905e7a108766d1, 0x3fefe315e86e7f85,
    0x3c8cd2523567f613, 0x3fefd9b0d3158574, 0xbc8bce8023f98efa, 0x3fefd06b29ddf6de,
    0x3c60f74e61e6c861, 0x3fefc74518759bc8, 0x3c90a3e45b33d399, 0x3fefbe3ecac6f383,
    0x3c979aa65d837b6d, 0x3fefb5586cf9890f, 0x3c8eb51a92fdeffc, 0x3fefac922b7247f7,
    0x3c3ebe3d702f9cd1, 0x3fefa3ec32d3d1a2, 0xbc6a033489906e0b, 0x3fef9b66affed31b,
    0xbc9556522a2fbd0e, 0x3fef9301d0125b51, 0xbc5080ef8c4eea55, 0x3fef8abdc06c31cc,
    0xbc91c923b9d5f416, 0x3fef829aaea92de0, 0x3c80d3e3e95c55af, 0x3fef7a98c8a58e51,
    0xbc801b15eaa59348, 0x3fef72b83c7d517b, 0xbc8f1ff055de323d, 0x3fef6af9388c8dea,
    0x3c8b898c3f1353bf, 0x3fef635beb6fcb75, 0xbc96d99c7611eb26, 0x3fef5be084045cd4,
    0x3c9aecf73e3a2f60, 0x3fef54873168b9aa, 0xbc8fe782cb86389d, 0x3fef4d5022fcd91d,
    0x3c8a6f4144a6c38d, 0x3fef463b88628cd6, 0x3c807a05b0e4047d, 0x3fef3f49917ddc96,
    0x3c968efde3a8a894, 0x3fef387a6e756238, 0x3c875e18f274487d, 0x3fef31ce4fb2a63f,
    0x3c80472b981fe7f2, 0x3fef2b4565e27cdd, 0xbc96b87b3f71085e, 0x3fef24dfe1f56381,
    0x3c82f7e16d09ab31, 0x3fef1e9df51fdee1, 0xbc3d219b1a6fbffa, 0x3fef187fd0dad990,
    0x3c8b3782720c0ab4, 0x3fef1285a6e4030b, 0x3c6e149289cecb8f, 0x3fef0cafa93e2f56,
    0x3c834d754db0abb6, 0x3fef06fe0a31b715, 0x3c864201e2ac744c, 0x3fef0170fc4cd831,
    0x3c8fdd395dd3f84a, 0x3feefc08b26416ff, 0xbc86a3803b8e5b04, 0x3feef6c55f929ff1,
    0xbc924aedcc4b5068, 0x3feef1a7373aa9cb, 0xbc9907f81b512d8e, 0x3feeecae6d05d866,
    0xbc71d1e83e9436d2, 0x3feee7db34e59ff7, 0xbc991919b3ce1b15, 0x3feee32dc313a8e5,
    0x3c859f48a72a4c6d, 0x3feedea64c123422, 0xbc9312607a28698a, 0x3feeda4504ac801c,
    0xbc58a78f4817895b, 0x3feed60a21f72e2a, 0xbc7c2c9b67499a1b, 0x3feed1f5d950a897,
    0x3c4363ed60c2ac11, 0x3feece086061892d, 0x3c9666093b0664ef, 0x3feeca41ed1d0057,
    0x3c6ecce1daa10379, 0x3feec6a2b5c13cd0, 0x3c93ff8e3f0f1230, 0x3feec32af0d7d3de,
    0x3c7690cebb7aafb0, 0x3feebfdad5362a27, 0x3c931dbdeb54e077, 0x3feebcb299fddd0d,
    0xbc8f94340071a38e, 0x3feeb9b2769d2ca7, 0xbc87deccdc93a349, 0x3feeb6daa2cf6642,
    0xbc78dec6bd0f385f, 0x3feeb42b569d4f82, 0xbc861246ec7b5cf6, 0x3feeb1a4ca5d920f,
    0x3c93350518fdd78e, 0x3feeaf4736b527da, 0x3c7b98b72f8a9b05, 0x3feead12d497c7fd,
    0x3c9063e1e21c5409, 0x3feeab07dd485429, 0x3c34c7855019c6ea, 0x3feea9268a5946b7,
    0x3c9432e62b64c035, 0x3feea76f15ad2148, 0xbc8ce44a6199769f, 0x3feea5e1b976dc09,
    0xbc8c33c53bef4da8, 0x3feea47eb03a5585, 0xbc845378892be9ae, 0x3feea34634ccc320,
    0xbc93cedd78565858, 0x3feea23882552225, 0x3c5710aa807e1964, 0x3feea155d44ca973,
    0xbc93b3efbf5e2228, 0x3feea09e667f3bcd, 0xbc6a12ad8734b982, 0x3feea012750bdabf,
    0xbc6367efb86da9ee, 0x3fee9fb23c651a2f, 0xbc80dc3d54e08851, 0x3fee9f7df9519484,
    0xbc781f647e5a3ecf, 0x3fee9f75e8ec5f74, 0xbc86ee4ac08b7db0, 0x3fee9f9a48a58174,
    0xbc8619321e55e68a, 0x3fee9feb564267c9, 0x3c909ccb5e09d4d3, 0x3feea0694fde5d3f,
    0xbc7b32dcb94da51d, 0x3feea11473eb0187, 0x3c94ecfd5467c06b, 0x3feea1ed0130c132,
    0x3c65ebe1abd66c55, 0x3feea2f336cf4e62, 0xbc88a1c52fb3cf42, 0x3feea427543e1a12,
    0xbc9369b6f13b3734, 0x3feea589994cce13, 0xbc805e843a19ff1e, 0x3feea71a4623c7ad,
    0xbc94d450d872576e, 0x3feea8d99b4492ed, 0x3c90ad675b0e8a00, 0x3feeaac7d98a6699,
    0x3c8db72fc1f0eab4, 0x3feeace5422aa0db, 0xbc65b6609cc5e7ff, 0x3feeaf3216b5448c,
    0x3c7bf68359f35f44, 0x3feeb1ae99157736, 0xbc93091fa71e3d83, 0x3feeb45b0b91ffc6,
    0xbc5da9b88b6c1e29, 0x3feeb737b0cdc5e5, 0xbc6c23f97c90b959, 0x3feeba44cbc8520f,
    0xbc92434322f4f9aa, 0x3feebd829fde4e50, 0xbc85ca6cd7668e4b, 0x3feec0f170ca07ba,
    0x3c71affc2b91ce27, 0x3feec49182a3f090, 0x3c6dd235e10a73bb, 0x3feec86319e32323,
    0xbc87c50422622263, 0x3feecc667b5de565, 0x3c8b1c86e3e231d5, 0x3feed09bec4a2d33,
    0xbc91bbd1d3bcbb15, 0x3feed503b23e255d, 0x3c90cc319cee31d2, 0x3feed99e1330b358,
    0x3c8469846e735ab3, 0x3feede6b5579fdbf, 0xbc82dfcd978e9db4, 0x3feee36bbfd3f37a,
    0x3c8c1a7792cb3387, 0x3feee89f995ad3ad, 0xbc907b8f4ad1d9fa, 0x3feeee07298db666,
    0xbc55c3d956dcaeba, 0x3feef3a2b84f15fb, 0xbc90a40e3da6f640, 0x3feef9728de5593a,
    0xbc68d6f438ad9334, 0x3feeff76f2fb5e47, 0xbc91eee26b588a35, 0x3fef05b030a1064a,
    0x3c74ffd70a5fddcd, 0x3fef0c1e904bc1d2, 0xbc91bdfbfa9298ac, 0x3fef12c25bd71e09,
    0x3c736eae30af0cb3, 0x3fef199bdd85529c, 0x3c8ee3325c9ffd94, 0x3fef20ab5fffd07a,
    0x3c84e08fd10959ac, 0x3fef27f12e57d14b, 0x3c63cdaf384e1a67, 0x3fef2f6d9406e7b5,
    0x3c676b2c6c921968, 0x3fef3720dcef9069, 0xbc808a1883ccb5d2, 0x3fef3f0b555dc3fa,
    0xbc8fad5d3ffffa6f, 0x3fef472d4a07897c, 0xbc900dae3875a949, 0x3fef4f87080d89f2,
    0x3c74a385a63d07a7, 0x3fef5818dcfba487, 0xbc82919e2040220f, 0x3fef60e316c98398,
    0x3c8e5a50d5c192ac, 0x3fef69e603db3285, 0x3c843a59ac016b4b, 0x3fef7321f301b460,
    0xbc82d52107b43e1f, 0x3fef7c97337b9b5f, 0xbc892ab93b470dc9, 0x3fef864614f5a129,
    0x3c74b604603a88d3, 0x3fef902ee78b3ff6, 0x3c83c5ec519d7271, 0x3fef9a51fbc74c83,
    0xbc8ff7128fd391f0, 0x3fefa4afa2a490da, 0xbc8dae98e223747d, 0x3fefaf482d8e67f1,
    0x3c8ec3bc41aa2008, 0x3fefba1bee615a27, 0x3c842b94c3a9eb32, 0x3fefc52b376bba97,
    0x3c8a64a931d185ee, 0x3fefd0765b6e4540, 0xbc8e37bae43be3ed, 0x3fefdbfdad9cbe14,
    0x3c77893b4d91cd9d, 0x3fefe7c1819e90d8, 0x3c5305c14160cc89, 0x3feff3c22b8f71f1,
};

inline constexpr double kExpInvLn2N = 0x1.71547652b82fep7;  // 128 / ln 2
inline constexpr double kExpNegLn2HiN = -0x1.62e42fefa0000p-8;
inline constexpr double kExpNegLn2LoN = -0x1.cf79abc9e3b3ap-47;
inline constexpr double kExpShift = 0x1.8p52;
inline constexpr double kExpC2 = 0x1.ffffffffffdbdp-2;
inline constexpr double kExpC3 = 0x1.555555555543cp-3;
inline constexpr double kExpC4 = 0x1.55555cf172b91p-5;
inline constexpr double kExpC5 = 0x1.1111167a4d017p-7;

// Which of glibc's exp variants this process uses: 2 = FMA, 1 = plain, 0 = another (FMA4, or a
// libm we do not know). Asked of glibc itself on arguments where the two variants differ in the
// last bit, so CPU masks (GLIBC_TUNABLES=glibc.cpu.hwcaps=...) and other libms are followed.
inline int detect_glibc_exp_variant() {
    constexpr double probes[2][3] = {{0x1.1cbfa853179d8p+0, 0x1.854ac10b4aa67p+1, 0x1.854ac10b4aa66p+1},
                                     {0x1.1d2a8614dafcp+4, 0x1.a3a1f5ee2509bp+25, 0x1.a3a1f5ee2509ap+25}};
    int fma = 0, plain = 0;
    for (const auto& p : probes) {
        const double e = glibc_exp_opaque(p[0]);
        fma += e == p[1];
        plain += e == p[2];
    }
    return fma == 2 ? 2 : plain == 2 ? 1 : 0;
}

inline int glibc_exp_variant() {
    static const int variant = detect_glibc_exp_variant();
    return variant;
}

// The unsigned 64-bit integer vector of a double vector's size.
template <class V>
struct bits_of;
template <>
struct bits_of<v2d> {
    using type = std::uint64_t __attribute__((vector_size(16)));
};
template <>
struct bits_of<v4d> {
    using type = std::uint64_t __attribute__((vector_size(32)));
};

#if !defined(__clang__)
// a * b + c rounded once (vfmadd: only inside the AVX2 + FMA kernels).
[[gnu::always_inline]] inline v4d fma(const v4d& a, const v4d& b, const v4d& c) {
    v4d r = a;
    __asm__("vfmadd213pd %2, %1, %0" : "+x"(r) : "x"(b), "x"(c));
    return r;
}
#endif

template <bool Fma, class V>
[[gnu::always_inline]] inline V exp_glibc_main(const V& x) {
    using U = typename bits_of<V>::type;
    V kd;
    if constexpr (Fma) kd = fma(x, splat<V>(kExpInvLn2N), splat<V>(kExpShift));
    else kd = kExpInvLn2N * x + kExpShift;
    const U ki = (U)kd;
    kd -= kExpShift;
    V r;
    if constexpr (Fma) r = fma(kd, splat<V>(kExpNegLn2LoN), fma(kd, splat<V>(kExpNegLn2HiN), x));
    else r = x + kd * kExpNegLn2HiN + kd * kExpNegLn2LoN;
    const U idx = (ki % 128) * 2;
    const U top = ki << 45;
    U tail_bits{}, scale_bits{};  // (every lane is set below; initialised for GCC -O1 -Wmaybe-uninitialized)
    for (int k = 0; k < lanes<V>; ++k) {
        tail_bits[k] = kExpTable[idx[k]];
        scale_bits[k] = kExpTable[idx[k] + 1];
    }
    const V tail = (V)tail_bits;
    const V scale = (V)(scale_bits + top);
    const V r2 = r * r;
    if constexpr (Fma) {
        const V a = fma(r, splat<V>(kExpC3), splat<V>(kExpC2));
        const V b = fma(r, splat<V>(kExpC5), splat<V>(kExpC4));
        const V c = fma(r2, a, V(tail + r));
        const V tmp = fma(V(r2 * r2), b, c);
        return fma(scale, tmp, scale);
    } else {
        const V tmp = tail + r + r2 * (kExpC2 + r * kExpC3) + r2 * r2 * (kExpC4 + r * kExpC5);
        return scale + scale * tmp;
    }
}

// exp(x) on every lane, bit for bit glibc's scalar exp.
template <class V>
[[gnu::always_inline]] inline V exp_exact(const V& x) {
#if !defined(__clang__)
    const V ax = abs(x);
    const auto main_path = (ax < 512.0) & (ax > 0x1p-54);
    if (all(main_path)) {
        const int variant = glibc_exp_variant();
        if constexpr (lanes<V> == 4) {  // AVX2 + FMA kernels only
            if (variant == 2) return exp_glibc_main<true>(x);
        }
        if (variant == 1) return exp_glibc_main<false>(x);
    }
#endif
    return lanewise<glibc_exp>(x);
}

template <class V>
[[gnu::always_inline]] inline V exp(const V& x) {
    if constexpr (!kUseLibmvec) return exp_exact(x);
    else if constexpr (lanes<V> == 2) return _ZGVbN2v_exp(x);
#if defined(__clang__)
    else return through_memory(clang_avx2::exp, x);
#else
    else return _ZGVdN4v_exp(x);
#endif
}

template <class V>
[[gnu::always_inline]] inline V log(const V& x) {
    if constexpr (!kUseLibmvec) return lanewise<glibc_log>(x);
    else if constexpr (lanes<V> == 2) return _ZGVbN2v_log(x);
#if defined(__clang__)
    else return through_memory(clang_avx2::log, x);
#else
    else return _ZGVdN4v_log(x);
#endif
}

// glibc's two-argument function on every lane (see lanewise).
template <double (*F)(double, double), class V>
[[gnu::always_inline]] inline V lanewise(const V& a, const V& b) {
    double lane_a[lanes<V>], lane_b[lanes<V>];
    std::memcpy(lane_a, &a, sizeof lane_a);
    std::memcpy(lane_b, &b, sizeof lane_b);
    for (int k = 0; k < lanes<V>; ++k) {
        double u = lane_a[k], v = lane_b[k];
        __asm__("" : "+x"(u), "+x"(v));
        lane_a[k] = F(u, v);
    }
    V r;
    std::memcpy(&r, lane_a, sizeof r);
    return r;
}

// sin, cos, tan, arctan, arctan2 and hypot: glibc's scalar function lane by lane (bit for bit
// the scalar code), or with -DPY2CPP_LIBMVEC libmvec's vector function (tests/unit measure the
// distance in ulps). Under Clang the AVX2 form goes through memory (see the top of the file).
#if defined(__clang__)
#define PY2CPP_AVX2_LIBMVEC(c, ...) through_memory(clang_avx2::c, __VA_ARGS__)
#else
#define PY2CPP_AVX2_LIBMVEC(c, ...) _ZGVdN4##c(__VA_ARGS__)
#endif
#define PY2CPP_VMATH_UNARY(name, c)                                               \
    inline double glibc_##c(double x) { return __builtin_##c(x); }                \
    template <class V>                                                            \
    [[gnu::always_inline]] inline V name(const V& x) {                            \
        if constexpr (!kUseLibmvec) return lanewise<glibc_##c>(x);                \
        else if constexpr (lanes<V> == 2) return _ZGVbN2v_##c(x);                 \
        else return PY2CPP_AVX2_LIBMVEC(v_##c, x);                                \
    }
#define PY2CPP_VMATH_BINARY(name, c)                                              \
    inline double glibc_##c(double x, double y) { return __builtin_##c(x, y); }   \
    template <class V>                                                            \
    [[gnu::always_inline]] inline V name(const V& x, const V& y) {                \
        if constexpr (!kUseLibmvec) return lanewise<glibc_##c>(x, y);             \
        else if constexpr (lanes<V> == 2) return _ZGVbN2vv_##c(x, y);             \
        else return PY2CPP_AVX2_LIBMVEC(vv_##c, x, y);                            \
    }
PY2CPP_VMATH_UNARY(sin, sin)
PY2CPP_VMATH_UNARY(cos, cos)
PY2CPP_VMATH_UNARY(tan, tan)
PY2CPP_VMATH_UNARY(arctan, atan)
PY2CPP_VMATH_BINARY(arctan2, atan2)
PY2CPP_VMATH_BINARY(hypot, hypot)
#undef PY2CPP_VMATH_UNARY
#undef PY2CPP_VMATH_BINARY
#undef PY2CPP_AVX2_LIBMVEC

// IEEE square root (exact). SSE2's is baseline; the AVX2 one is inline asm under GCC (the
// builtin is only declared in AVX code) and an out-of-line AVX2 function under Clang.
template <class V>
[[gnu::always_inline]] inline V sqrt(const V& x) {
    if constexpr (lanes<V> == 2) {
        return __builtin_ia32_sqrtpd(x);
    } else {
#if defined(__clang__)
        return through_memory(clang_avx2::sqrt, x);
#else
        V r;
        __asm__("vsqrtpd %1, %0" : "=x"(r) : "x"(x));
        return r;
#endif
    }
}

// ---- SciPy's Cephes functions -----------------------------------------------------------------

// Horner's rule as Cephes' polevl (coef[0] is the highest power): one multiply and one add per
// coefficient, in that order (the build uses -ffp-contract=off, so no FMA).
template <int Degree, class V>
[[gnu::always_inline]] inline V polevl(const V& x, const double (&coef)[Degree + 1]) {
    V ans = splat<V>(coef[0]);
    for (int i = 1; i <= Degree; ++i) ans = ans * x + coef[i];
    return ans;
}

// p1evl: implicit leading coefficient 1 (ans = x + coef[0], then Horner).
template <int Degree, class V>
[[gnu::always_inline]] inline V p1evl(const V& x, const double (&coef)[Degree]) {
    V ans = x + coef[0];
    for (int i = 1; i < Degree; ++i) ans = ans * x + coef[i];
    return ans;
}

// Cephes erf's rational function x * T(x^2) / U(x^2) (used for |x| <= 1).
template <class V>
[[gnu::always_inline]] inline V erf_rational(const V& x) {
    const V z = x * x;
    return x * polevl<4>(z, np::cephes::kErfT) / p1evl<5>(z, np::cephes::kErfU);
}

// Cephes erfc for x = |a| >= 1 and a >= 0: exp(-x^2) * P(x) / Q(x) (R/S from 8 on), 0 when
// -x^2 < -MAXLOG. Lanes with x < 1 give garbage (the callers select them away). In two parts
// around the exp call, so that block versions can make the calls back to back:
// erfc_tail(x) = erfc_tail_finish(x, exp(erfc_tail_exp_arg(x))).
template <class V>
[[gnu::always_inline]] inline V erfc_tail_exp_arg(const V& x) {
    const V z = -x * x;
    // Lanes out of range (and NaN) give 0 whatever exp says: give them exp(-1) instead of an
    // argument that sends exp down its slow scalar path.
    return select<V>(z >= -np::cephes::kMaxLog, z, splat<V>(-1.0));
}

template <class V>
[[gnu::always_inline]] inline V erfc_tail_finish(const V& x, const V& e) {
    const V z = -x * x;
    const auto large = x >= 8.0;
    V p, q;
    if (!any(large)) {
        p = polevl<8>(x, np::cephes::kErfcP);
        q = p1evl<8>(x, np::cephes::kErfcQ);
    } else {
        // Both ranges in one Horner loop with per-lane coefficients: R/S are padded to degree 8
        // with leading zeros (0 * x + 0 = 0, then 0 * x + c = c: exact) and S's implicit 1 is an
        // explicit coefficient (1 * x + c is exact), so each lane gets Cephes' value bit for bit.
        using np::cephes::kErfcP, np::cephes::kErfcQ, np::cephes::kErfcR, np::cephes::kErfcS;
        constexpr double r[9] = {0, 0, 0, kErfcR[0], kErfcR[1], kErfcR[2], kErfcR[3], kErfcR[4], kErfcR[5]};
        constexpr double s[9] = {0, 0, 1, kErfcS[0], kErfcS[1], kErfcS[2], kErfcS[3], kErfcS[4], kErfcS[5]};
        constexpr double qq[9] = {1, kErfcQ[0], kErfcQ[1], kErfcQ[2], kErfcQ[3], kErfcQ[4], kErfcQ[5], kErfcQ[6], kErfcQ[7]};
        p = select<V>(large, splat<V>(r[0]), splat<V>(kErfcP[0]));
        q = select<V>(large, splat<V>(s[0]), splat<V>(qq[0]));
        for (int i = 1; i <= 8; ++i) {
            p = p * x + select<V>(large, splat<V>(r[i]), splat<V>(kErfcP[i]));
            q = q * x + select<V>(large, splat<V>(s[i]), splat<V>(qq[i]));
        }
    }
    const V y = (e * p) / q;
    return select<V>(z >= -np::cephes::kMaxLog, y, V{});
}

template <class V>
[[gnu::always_inline]] inline V erfc_tail(const V& x) {
    return erfc_tail_finish(x, exp_exact(erfc_tail_exp_arg(x)));
}

inline constexpr double kSqrt1_2 = 0.70710678118654752440;  // M_SQRT1_2

// scipy.special.ndtr: 0.5 + 0.5 * erf(a / sqrt2) near 0, 0.5 * erfc(|a| / sqrt2) in the tails;
// e = exp(erfc_tail_exp_arg(|a| / sqrt2)).
template <class V>
[[gnu::always_inline]] inline V ndtr_finish(const V& a, const V& e) {
    const V x = a * kSqrt1_2;
    const V z = abs(x);
    const auto below_one = z < 1.0;
    // Both branches on every lane: with random data, branching on "any lane below 1" mispredicts
    // often and costs more than the work it saves.
    const V ex = erf_rational(x);         // erf(x), used where |x| < 1
    V y = 0.5 * erfc_tail_finish(z, e);  // 0.5 * erfc(z) for z >= 1
    y = select<V>(below_one, 0.5 * (1.0 - abs(ex)), y);  // erfc(z) = 1 - erf(z) for z < 1
    V r = select<V>(x > 0.0, 1.0 - y, y);
    r = select<V>(z < kSqrt1_2, 0.5 + 0.5 * ex, r);
    return select<V>(isnan(a), a, r);
}

template <class V>
[[gnu::always_inline]] inline V ndtr_exp(const V& a) {
    return exp_exact(erfc_tail_exp_arg(abs(V(a * kSqrt1_2))));
}

template <class V>
[[gnu::always_inline]] inline V ndtr(const V& a) {
    return ndtr_finish(a, ndtr_exp(a));
}

// ndtr on B vectors: the exp calls back to back, then the polynomials (independent chains).
template <int B, class V>
[[gnu::always_inline]] inline void ndtr_block(V (&out)[B], const V (&a)[B]) {
    V e[B];
    for (int b = 0; b < B; ++b) e[b] = ndtr_exp(a[b]);
    for (int b = 0; b < B; ++b) out[b] = ndtr_finish(a[b], e[b]);
}

// Cephes erfc(a): 1 - erf(a) for |a| < 1; the tail formula beyond, 2 - tail for a < 0.
template <class V>
[[gnu::always_inline]] inline V erfc(const V& a) {
    const V x = abs(a);
    const auto below_one = x < 1.0;
    V r{};
    if (any(below_one)) r = 1.0 - erf_rational(a);
    if (!all(below_one)) {
        V y = erfc_tail(x);
        const auto negative = a < 0.0;
        y = select<V>(negative, 2.0 - y, y);
        // An underflow (y == 0): 2 for a < 0, 0 otherwise.
        y = select<V>(y == 0.0, select<V>(negative, splat<V>(2.0), V{}), y);
        r = select<V>(below_one, r, y);
    }
    return select<V>(isnan(a), a, r);
}

// Cephes erf(x): the rational function for |x| <= 1, 1 - erfc(|x|) (with x's sign) beyond.
template <class V>
[[gnu::always_inline]] inline V erf(const V& x) {
    const V ax = abs(x);
    const auto small = ax <= 1.0;
    V r{};
    if (any(small)) r = erf_rational(x);
    if (!all(small)) {
        const V y = 1.0 - erfc_tail(ax);
        r = select<V>(small, r, select<V>(x < 0.0, -y, y));
    }
    return select<V>(isnan(x), x, r);
}

}  // namespace py::vmath

#endif  // PY2CPP_VECTOR_MATH
