# py2cpp --target armhf: 32-bit ARM Linux with hardware floating point (ARMv7-A; tuned for the
# Cortex-A9 of the PYNQ-Z1), Debian's g++-arm-linux-gnueabihf, static executables, run here under
# qemu-arm (qemu-user). Doubles use the VFPv3 unit (IEEE, as on x86-64); NEON (float32 only on
# ARMv7) is available to Eigen's float32 kernels.
set(PY2CPP_TRIPLE arm-linux-gnueabihf)
set(PY2CPP_PROCESSOR arm)
set(PY2CPP_TARGET_FLAGS "-mcpu=cortex-a9 -mfpu=neon -mfloat-abi=hard")
set(PY2CPP_EMULATOR qemu-arm)
include(${CMAKE_CURRENT_LIST_DIR}/cross-linux-gnu.cmake)
