#ifndef CCRC_H
#define CCRC_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has PCLMULQDQ with SSE4.1, which `ccrc_crc32_fold` needs.
/// Always 0 on other architectures.
int ccrc_crc32_hardware_available(void);

/// Whether this CPU has SSE4.2's CRC32 instruction, which `ccrc_crc32c_update` needs.
/// Always 0 on other architectures.
int ccrc_crc32c_hardware_available(void);

/// Advances the CRC-32 (IEEE, reflected 0xEDB88320) register `crc` (the running value before
/// the final inversion) over `length` bytes at `data`, folding 64 bytes at a time with carry-less
/// multiplication. `length` must be at least 64 and a multiple of 16; the caller handles the
/// rest. Call only when `ccrc_crc32_hardware_available()` returned 1.
uint32_t ccrc_crc32_fold(uint32_t crc, const void *data, size_t length);

/// Advances the CRC-32C (Castagnoli) register `crc` over `length` bytes at `data` with the
/// SSE4.2 CRC32 instruction. Call only when `ccrc_crc32c_hardware_available()` returned 1.
uint32_t ccrc_crc32c_update(uint32_t crc, const void *data, size_t length);

#endif
