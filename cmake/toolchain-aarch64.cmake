# py2cpp --target aarch64: 64-bit ARM Linux (ARMv8-A, e.g. Snapdragon 835 boards), Debian's
# g++-aarch64-linux-gnu, static executables, run here under qemu-aarch64 (qemu-user).
# No -mcpu: the baseline ARMv8-A code runs on every aarch64 core (add e.g. -mcpu=cortex-a73 to
# PY2CPP_TARGET_FLAGS for one board only).
set(PY2CPP_TRIPLE aarch64-linux-gnu)
set(PY2CPP_PROCESSOR aarch64)
set(PY2CPP_TARGET_FLAGS "")
set(PY2CPP_EMULATOR qemu-aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/cross-linux-gnu.cmake)
