// CRC-32 and CRC-32C with the CPU's instructions: carry-less multiplication (PCLMULQDQ) folds
// CRC-32 sixteen bytes per multiply, after Intel's paper "Fast CRC Computation for Generic
// Polynomials Using PCLMULQDQ Instruction" (the reflected constants below are that paper's for
// the IEEE polynomial), and SSE4.2 computes CRC-32C eight bytes per instruction. S3 checksums
// every upload with one of them. The Swift slicing-by-8 tables stay the reference and the
// fallback: this file only runs after a CPUID check, and on other architectures it compiles
// to stubs.
#include "CCRC.h"
#include <string.h>

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <immintrin.h>

int ccrc_crc32_hardware_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    int pclmul = (ecx >> 1) & 1, sse41 = (ecx >> 19) & 1;
    return pclmul && sse41;
}

int ccrc_crc32c_hardware_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    return (ecx >> 20) & 1;
}

/// One fold: the 128-bit accumulator times the constant pair, added to the next 16 bytes.
__attribute__((target("pclmul,sse4.1")))
static inline __m128i fold16(__m128i accumulator, __m128i constants, __m128i next) {
    __m128i low = _mm_clmulepi64_si128(accumulator, constants, 0x00);
    __m128i high = _mm_clmulepi64_si128(accumulator, constants, 0x11);
    return _mm_xor_si128(_mm_xor_si128(high, low), next);
}

__attribute__((target("pclmul,sse4.1")))
uint32_t ccrc_crc32_fold(uint32_t crc, const void *data, size_t length) {
    static const uint64_t k1k2[2] __attribute__((aligned(16))) = {0x0154442bd4, 0x01c6e41596};
    static const uint64_t k3k4[2] __attribute__((aligned(16))) = {0x01751997d0, 0x00ccaa009e};
    static const uint64_t k5k0[2] __attribute__((aligned(16))) = {0x0163cd6124, 0x0000000000};
    static const uint64_t poly[2] __attribute__((aligned(16))) = {0x01db710641, 0x01f7011641};
    const uint8_t *bytes = (const uint8_t *)data;

    // Four lanes of 16 bytes each, folded 64 bytes forward per step.
    __m128i x1 = _mm_loadu_si128((const __m128i *)(bytes + 0x00));
    __m128i x2 = _mm_loadu_si128((const __m128i *)(bytes + 0x10));
    __m128i x3 = _mm_loadu_si128((const __m128i *)(bytes + 0x20));
    __m128i x4 = _mm_loadu_si128((const __m128i *)(bytes + 0x30));
    x1 = _mm_xor_si128(x1, _mm_cvtsi32_si128((int)crc));
    __m128i k = _mm_load_si128((const __m128i *)k1k2);
    bytes += 64;
    length -= 64;
    while (length >= 64) {
        x1 = fold16(x1, k, _mm_loadu_si128((const __m128i *)(bytes + 0x00)));
        x2 = fold16(x2, k, _mm_loadu_si128((const __m128i *)(bytes + 0x10)));
        x3 = fold16(x3, k, _mm_loadu_si128((const __m128i *)(bytes + 0x20)));
        x4 = fold16(x4, k, _mm_loadu_si128((const __m128i *)(bytes + 0x30)));
        bytes += 64;
        length -= 64;
    }

    // The four lanes into one, then any 16-byte blocks left.
    k = _mm_load_si128((const __m128i *)k3k4);
    x1 = fold16(x1, k, x2);
    x1 = fold16(x1, k, x3);
    x1 = fold16(x1, k, x4);
    while (length >= 16) {
        x1 = fold16(x1, k, _mm_loadu_si128((const __m128i *)bytes));
        bytes += 16;
        length -= 16;
    }

    // 128 bits to 64, then a Barrett reduction to 32.
    const __m128i mask32 = _mm_setr_epi32(~0, 0, ~0, 0);
    __m128i x2r = _mm_clmulepi64_si128(x1, k, 0x10);
    x1 = _mm_xor_si128(_mm_srli_si128(x1, 8), x2r);
    k = _mm_loadl_epi64((const __m128i *)k5k0);
    x2r = _mm_srli_si128(x1, 4);
    x1 = _mm_and_si128(x1, mask32);
    x1 = _mm_xor_si128(_mm_clmulepi64_si128(x1, k, 0x00), x2r);
    k = _mm_load_si128((const __m128i *)poly);
    x2r = _mm_and_si128(x1, mask32);
    x2r = _mm_clmulepi64_si128(x2r, k, 0x10);
    x2r = _mm_and_si128(x2r, mask32);
    x2r = _mm_clmulepi64_si128(x2r, k, 0x00);
    x1 = _mm_xor_si128(x1, x2r);
    return (uint32_t)_mm_extract_epi32(x1, 1);
}

__attribute__((target("sse4.2")))
uint32_t ccrc_crc32c_update(uint32_t crc, const void *data, size_t length) {
    const uint8_t *bytes = (const uint8_t *)data;
    uint64_t register64 = crc;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, bytes, 8);
        register64 = _mm_crc32_u64(register64, word);
        bytes += 8;
        length -= 8;
    }
    uint32_t register32 = (uint32_t)register64;
    while (length > 0) {
        register32 = _mm_crc32_u8(register32, *bytes);
        bytes++;
        length--;
    }
    return register32;
}

#else

int ccrc_crc32_hardware_available(void) { return 0; }
int ccrc_crc32c_hardware_available(void) { return 0; }
uint32_t ccrc_crc32_fold(uint32_t crc, const void *data, size_t length) { (void)data; (void)length; return crc; }
uint32_t ccrc_crc32c_update(uint32_t crc, const void *data, size_t length) { (void)data; (void)length; return crc; }

#endif
