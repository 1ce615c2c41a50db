#ifndef CP256_INTERNAL_H
#define CP256_INTERNAL_H

// Shared by the CP256 files: 256-bit integers as four 64-bit limbs, least significant first,
// arithmetic modulo the field prime p and the group order n, and points.

#include <stdint.h>

#if !defined(__SIZEOF_INT128__)
#error "CP256 needs a 64-bit compiler with unsigned __int128"
#endif

typedef unsigned __int128 u128;
typedef uint64_t limbs[4];

/// A modulus with its Montgomery constants (R = 2^256).
typedef struct {
    limbs m;         // the modulus
    limbs r2;        // R^2 mod m: multiplying by it enters Montgomery form
    limbs one;       // R mod m: 1 in Montgomery form
} modulus;

extern const modulus cp256_p;  // the field prime
extern const modulus cp256_n;  // the order of the base point

/// r = a + b mod m, for a, b < m.
void cp256_mod_add(limbs r, const limbs a, const limbs b, const modulus *m);
/// r = a - b mod m, for a, b < m.
void cp256_mod_sub(limbs r, const limbs a, const limbs b, const modulus *m);
/// r = a·b·R^-1 mod n, for a, b < n.
void cp256_scalar_mul(limbs r, const limbs a, const limbs b);
/// r = a^-1 mod n in Montgomery form, for a in Montgomery form (a^(n-2)); 0 for 0.
void cp256_scalar_invert(limbs r, const limbs a);
/// r = a mod m for any 256-bit a (one conditional subtraction: m > 2^255).
void cp256_reduce_once(limbs r, const limbs a, const modulus *m);
/// r = flag ? a : b, flag 0 or 1, without a branch.
void cp256_select(limbs r, uint64_t flag, const limbs a, const limbs b);
/// 1 when a < b, else 0, without a branch.
uint64_t cp256_less_than(const limbs a, const limbs b);
/// 1 when a is zero, else 0, without a branch.
uint64_t cp256_is_zero(const limbs a);

/// Big-endian bytes to limbs and back.
void cp256_from_bytes(limbs r, const uint8_t bytes[32]);
void cp256_to_bytes(uint8_t bytes[32], const limbs a);

/// A point in homogeneous projective coordinates (X:Y:Z), x = X/Z, y = Y/Z, each coordinate in
/// Montgomery form; the point at infinity is (0:1:0).
typedef struct {
    limbs x, y, z;
} point;

/// An affine point (x, y) in Montgomery form, as the base table stores them.
typedef struct {
    limbs x, y;
} affine_point;

/// The base table: for each of the 43 six-bit signed digits of a scalar, d·2^(6i)·G for
/// d = 1...32 (a digit's sign is applied by negating y).
#define CP256_WINDOWS 43
#define CP256_WINDOW_BITS 6
#define CP256_WINDOW_ENTRIES 32

/// Fills the base table (public values only; done once per process).
void cp256_base_table_build(affine_point *table);
/// r = k·G from the base table (k any 256-bit value; 0 and n give infinity).
void cp256_base_mul(point *r, const affine_point *table, const limbs k);
/// The affine x and y (plain, not Montgomery form) of p; (0, 0) for infinity.
void cp256_to_affine(limbs x, limbs y, const point *p);

#endif
