#ifndef CP256_FE_H
#define CP256_FE_H

// Field arithmetic modulo p = 2^256 - 2^224 + 2^192 + 2^96 - 1, in Montgomery form, written
// for p's shape and inlined into the point formulas (most of the time of a signature is
// spent here). p's limbs are 2^64 - 1, 2^32 - 1, 0 and 2^64 - 2^32 + 1, and -p^-1 mod 2^64 is
// 1, so each Montgomery round is one multiplication and a few shifted additions.
// No branch or memory index depends on an operand.

#include "p256_internal.h"

#define P256_P3 0xffffffff00000001ULL

/// r = (high·2^256 + t) mod p for a value below 2p (high 0 or 1).
static inline void fe_reduce_below_2p(limbs r, uint64_t high, const uint64_t t[4]) {
    // t - p computed as t + (2^256 - p): the addition carries out exactly when t >= p.
    u128 acc = (u128)t[0] + 1;
    uint64_t d0 = (uint64_t)acc;
    acc = (u128)t[1] + 0xffffffff00000000ULL + (uint64_t)(acc >> 64);
    uint64_t d1 = (uint64_t)acc;
    acc = (u128)t[2] + 0xffffffffffffffffULL + (uint64_t)(acc >> 64);
    uint64_t d2 = (uint64_t)acc;
    acc = (u128)t[3] + 0x00000000fffffffeULL + (uint64_t)(acc >> 64);
    uint64_t d3 = (uint64_t)acc;
    uint64_t carry = (uint64_t)(acc >> 64);  // 1 exactly when t >= p
    uint64_t mask = 0 - ((carry | high) & 1);
    r[0] = (d0 & mask) | (t[0] & ~mask);
    r[1] = (d1 & mask) | (t[1] & ~mask);
    r[2] = (d2 & mask) | (t[2] & ~mask);
    r[3] = (d3 & mask) | (t[3] & ~mask);
}

/// r = a·b·2^-256 mod p.
static inline void fe_mul(limbs r, const limbs a, const limbs b) {
    uint64_t t[8];
    // The 512-bit product, row by row.
    u128 acc = 0;
    uint64_t carry;
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
    // Four Montgomery rounds: q = t[i] (since -p^-1 = 1 mod 2^64); adding q·p clears limb i.
    // q·p0 + t[i] = q·2^64, and q + q·p1 = q·2^32, so limb i+1 gets q·2^32; p2 is 0.
    uint64_t top = 0;
    for (int i = 0; i < 4; i++) {
        uint64_t q = t[i];
        acc = (u128)t[i + 1] + ((u128)q << 32);
        t[i + 1] = (uint64_t)acc;
        acc = (u128)t[i + 2] + (uint64_t)(acc >> 64);
        t[i + 2] = (uint64_t)acc;
        acc = (u128)q * P256_P3 + t[i + 3] + (uint64_t)(acc >> 64);
        t[i + 3] = (uint64_t)acc;
        carry = (uint64_t)(acc >> 64);
        for (int j = i + 4; j < 8; j++) {
            acc = (u128)t[j] + carry;
            t[j] = (uint64_t)acc;
            carry = (uint64_t)(acc >> 64);
        }
        top += carry;
    }
    fe_reduce_below_2p(r, top, &t[4]);
}

/// r = a + b mod p.
static inline void fe_add(limbs r, const limbs a, const limbs b) {
    uint64_t t[4];
    u128 acc = (u128)a[0] + b[0];
    t[0] = (uint64_t)acc;
    acc = (u128)a[1] + b[1] + (uint64_t)(acc >> 64);
    t[1] = (uint64_t)acc;
    acc = (u128)a[2] + b[2] + (uint64_t)(acc >> 64);
    t[2] = (uint64_t)acc;
    acc = (u128)a[3] + b[3] + (uint64_t)(acc >> 64);
    t[3] = (uint64_t)acc;
    fe_reduce_below_2p(r, (uint64_t)(acc >> 64), t);
}

/// r = a - b mod p.
static inline void fe_sub(limbs r, const limbs a, const limbs b) {
    uint64_t t[4];
    u128 acc = (u128)a[0] - b[0];
    t[0] = (uint64_t)acc;
    acc = (u128)a[1] - b[1] - ((uint64_t)(acc >> 64) & 1);
    t[1] = (uint64_t)acc;
    acc = (u128)a[2] - b[2] - ((uint64_t)(acc >> 64) & 1);
    t[2] = (uint64_t)acc;
    acc = (u128)a[3] - b[3] - ((uint64_t)(acc >> 64) & 1);
    t[3] = (uint64_t)acc;
    uint64_t mask = 0 - ((uint64_t)(acc >> 64) & 1);  // all ones when a < b: add p back
    acc = (u128)t[0] + (0xffffffffffffffffULL & mask);
    r[0] = (uint64_t)acc;
    acc = (u128)t[1] + (0x00000000ffffffffULL & mask) + (uint64_t)(acc >> 64);
    r[1] = (uint64_t)acc;
    acc = (u128)t[2] + (uint64_t)(acc >> 64);
    r[2] = (uint64_t)acc;
    r[3] = t[3] + (P256_P3 & mask) + (uint64_t)(acc >> 64);
}

#endif
