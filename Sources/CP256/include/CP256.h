#ifndef CP256_H
#define CP256_H

// ECDSA over NIST P-256 for SigV4a: just what signing needs (no verification, no
// encodings). Scalars, coordinates and digests are 32-byte big-endian integers.
//
// Every function taking a secret (a private key, a nonce) runs the same instructions and
// touches the same memory whatever its value: no branch and no table index depends on it.

#include <stddef.h>
#include <stdint.h>

/// The size in bytes of the table `cp256_base_table_init` fills (multiples of the base point).
size_t cp256_base_table_size(void);

/// Fills `table` (`cp256_base_table_size()` bytes, 8-byte aligned) with the multiples of the
/// base point that the other functions add up. Done once per process: the table is read-only
/// afterwards and may be shared between threads.
void cp256_base_table_init(void *table);

/// 1 when 1 <= `k` <= n - 1 (a valid private key or nonce), else 0. Constant time.
int cp256_scalar_is_valid(const uint8_t k[32]);

/// `value` mod n, as RFC 6979's bits2octets reduces a digest.
void cp256_scalar_reduce(const uint8_t value[32], uint8_t out[32]);

/// The SigV4a key derivation's last step: when `candidate` <= n - 2, writes `candidate + 1`
/// to `key` and returns 1; otherwise returns 0 (the caller derives the next candidate). Constant time.
int cp256_key_from_candidate(const uint8_t candidate[32], uint8_t key[32]);

/// The public key `key`·G as affine coordinates. Returns 0 (and writes nothing) when `key` is
/// not a valid scalar.
int cp256_public_key(const void *table, const uint8_t key[32], uint8_t x[32], uint8_t y[32]);

/// An ECDSA signature (r, s) of `digest` (a SHA-256 digest) with private key `key` and nonce
/// `nonce`. Returns 0 when `key` or `nonce` is not a valid scalar or r or s came out 0, in which
/// case the caller takes the next nonce (RFC 6979 3.2 step h).
int cp256_sign(const void *table, const uint8_t key[32], const uint8_t digest[32], const uint8_t nonce[32],
               uint8_t r[32], uint8_t s[32]);

#endif
