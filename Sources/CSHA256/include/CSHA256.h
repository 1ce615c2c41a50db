#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the SHA extensions (with SSSE3 and SSE4.1) that
/// `csha256_compress_blocks` needs. Always 0 on other architectures.
int csha256_hardware_available(void);

/// Compresses `count` 64-byte blocks at `blocks` into the SHA-256 chaining state
/// `state` (a, b, ..., h) with the CPU's SHA instructions. Call only when
/// `csha256_hardware_available()` returned 1.
void csha256_compress_blocks(uint32_t state[8], const void *blocks, size_t count);

#endif
