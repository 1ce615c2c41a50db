// Montgomery products and inversion modulo the group order
// n = 2^256 - 2^224 + 2^192 - 0x4319055258e8617b0c46353d039cdaaf, for the ECDSA equation.
// n's top limbs are 2^64 - 1 and 2^64 - 2^32, so only the two low limbs need multiplications
// in a reduction round. Nothing branches on an operand.
#include "p256_internal.h"

#define N0 0xf3b9cac2fc632551ULL
#define N1 0xbce6faada7179e84ULL
#define N2 0xffffffffffffffffULL
#define N3 0xffffffff00000000ULL
#define N_M0INV 0xccd1c8aaee00bc4fULL  // -n^-1 mod 2^64

/// Adds q·n·2^(64i) to t, with q = t[i]·(-n^-1) mod 2^64 so that limb i becomes 0. The u128
/// sums may wrap in between, but each true sum fits in 128 bits, so they come out exact.
static inline __attribute__((always_inline)) void reduce_round(uint64_t t[8], int i, uint64_t *top) {
    uint64_t q = t[i] * N_M0INV;
    u128 acc = (u128)q * N0 + t[i];
    acc = (u128)q * N1 + t[i + 1] + (uint64_t)(acc >> 64);
    t[i + 1] = (uint64_t)acc;
    acc = (u128)q * N2 + t[i + 2] + (uint64_t)(acc >> 64);
    t[i + 2] = (uint64_t)acc;
    acc = (u128)q * N3 + t[i + 3] + (uint64_t)(acc >> 64);
    t[i + 3] = (uint64_t)acc;
    uint64_t carry = (uint64_t)(acc >> 64);
    for (int j = i + 4; j < 8; j++) {
        acc = (u128)t[j] + carry;
        t[j] = (uint64_t)acc;
        carry = (uint64_t)(acc >> 64);
    }
    *top += carry;
}

void cp256_scalar_mul(limbs r, const limbs a, const limbs b) {
    uint64_t t[8];
    u128 acc;
    acc = (u128)a[0] * b[0];
    t[0] = (uint64_t)acc;
    acc = (u128)a[0] * b[1] + (uint64_t)(acc >> 64);
    t[1] = (uint64_t)acc;
    acc = (u128)a[0] * b[2] + (uint64_t)(acc >> 64);
    t[2] = (uint64_t)acc;
    acc = (u128)a[0] * b[3] + (uint64_t)(acc >> 64);
    t[3] = (uint64_t)acc;
    t[4] = (uint64_t)(acc >> 64);
    for (int i = 1; i < 4; i++) {
        acc = (u128)a[i] * b[0] + t[i];
        t[i] = (uint64_t)acc;
        acc = (u128)a[i] * b[1] + t[i + 1] + (uint64_t)(acc >> 64);
        t[i + 1] = (uint64_t)acc;
        acc = (u128)a[i] * b[2] + t[i + 2] + (uint64_t)(acc >> 64);
        t[i + 2] = (uint64_t)acc;
        acc = (u128)a[i] * b[3] + t[i + 3] + (uint64_t)(acc >> 64);
        t[i + 3] = (uint64_t)acc;
        t[i + 4] = (uint64_t)(acc >> 64);
    }
    // Each round adds q·n, q chosen to clear limb i (and the carry out of the top limb to `top`).
    uint64_t top = 0;
    reduce_round(t, 0, &top);
    reduce_round(t, 1, &top);
    reduce_round(t, 2, &top);
    reduce_round(t, 3, &top);
    // (top·2^256 + t[4...7]) < 2n: subtract n once when it is at least n.
    uint64_t reduced[4], borrow = 0;
    for (int i = 0; i < 4; i++) {
        u128 difference = (u128)t[4 + i] - cp256_n.m[i] - borrow;
        reduced[i] = (uint64_t)difference;
        borrow = (uint64_t)(difference >> 64) & 1;
    }
    uint64_t mask = 0 - (top | (borrow ^ 1));
    for (int i = 0; i < 4; i++) r[i] = (reduced[i] & mask) | (t[4 + i] & ~mask);
}

// a^(n-2) with a fixed 4-bit window: 15 powers up front, then 4 squarings and at most one
// product per exponent digit. The exponent is the public n - 2, so skipping its zero digits
// and indexing the powers by them reveals nothing about a.
void cp256_scalar_invert(limbs r, const limbs a) {
    static const limbs exponent = {0xf3b9cac2fc63254fULL, 0xbce6faada7179e84ULL, 0xffffffffffffffffULL, 0xffffffff00000000ULL};
    limbs powers[16], result;
    for (int i = 0; i < 4; i++) {
        powers[0][i] = cp256_n.one[i];
        powers[1][i] = a[i];
    }
    for (int d = 2; d < 16; d++) cp256_scalar_mul(powers[d], powers[d - 1], a);
    for (int i = 0; i < 4; i++) result[i] = cp256_n.one[i];
    for (int digit = 63; digit >= 0; digit--) {
        for (int s = 0; s < 4; s++) cp256_scalar_mul(result, result, result);
        uint64_t value = (exponent[digit / 16] >> ((digit % 16) * 4)) & 0xF;
        if (value) cp256_scalar_mul(result, result, powers[value]);
    }
    for (int i = 0; i < 4; i++) r[i] = result[i];
}
