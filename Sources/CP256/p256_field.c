// 256-bit integers as limbs: the two moduli, additions and subtractions modulo either, and
// conversions. Every function runs in time independent of its operands: carries and borrows
// become masks, never branches. (Products are in p256_fe.h for p and p256_scalar.c for n.)
#include "p256_internal.h"

const modulus cp256_p = {
    .m = {0xffffffffffffffffULL, 0x00000000ffffffffULL, 0x0000000000000000ULL, 0xffffffff00000001ULL},
    .r2 = {0x0000000000000003ULL, 0xfffffffbffffffffULL, 0xfffffffffffffffeULL, 0x00000004fffffffdULL},
    .one = {0x0000000000000001ULL, 0xffffffff00000000ULL, 0xffffffffffffffffULL, 0x00000000fffffffeULL},
};

const modulus cp256_n = {
    .m = {0xf3b9cac2fc632551ULL, 0xbce6faada7179e84ULL, 0xffffffffffffffffULL, 0xffffffff00000000ULL},
    .r2 = {0x83244c95be79eea2ULL, 0x4699799c49bd6fa6ULL, 0x2845b2392b6bec59ULL, 0x66e12d94f3d95620ULL},
    .one = {0x0c46353d039cdaafULL, 0x4319055258e8617bULL, 0x0000000000000000ULL, 0x00000000ffffffffULL},
};

void cp256_select(limbs r, uint64_t flag, const limbs a, const limbs b) {
    uint64_t mask = 0 - flag;
    for (int i = 0; i < 4; i++) r[i] = (a[i] & mask) | (b[i] & ~mask);
}

/// r = a - b, returning the borrow out (0 or 1).
static uint64_t sub_borrow(limbs r, const limbs a, const limbs b) {
    uint64_t borrow = 0;
    for (int i = 0; i < 4; i++) {
        u128 difference = (u128)a[i] - b[i] - borrow;
        r[i] = (uint64_t)difference;
        borrow = (uint64_t)(difference >> 64) & 1;
    }
    return borrow;
}

/// r = a + b, returning the carry out (0 or 1).
static uint64_t add_carry(limbs r, const limbs a, const limbs b) {
    uint64_t carry = 0;
    for (int i = 0; i < 4; i++) {
        u128 sum = (u128)a[i] + b[i] + carry;
        r[i] = (uint64_t)sum;
        carry = (uint64_t)(sum >> 64);
    }
    return carry;
}

uint64_t cp256_less_than(const limbs a, const limbs b) {
    limbs ignored;
    return sub_borrow(ignored, a, b);
}

uint64_t cp256_is_zero(const limbs a) {
    uint64_t bits = a[0] | a[1] | a[2] | a[3];
    return 1 ^ ((bits | (0 - bits)) >> 63);
}

/// r = value mod m for value = high·2^256 + low < 2m (high 0 or 1).
static void reduce_below_2m(limbs r, uint64_t high, const limbs low, const modulus *m) {
    limbs reduced;
    uint64_t borrow = sub_borrow(reduced, low, m->m);
    // Subtract when the value is at least m: a carry bit above 2^256, or no borrow.
    cp256_select(r, high | (borrow ^ 1), reduced, low);
}

void cp256_reduce_once(limbs r, const limbs a, const modulus *m) {
    reduce_below_2m(r, 0, a, m);
}

void cp256_mod_add(limbs r, const limbs a, const limbs b, const modulus *m) {
    limbs sum;
    uint64_t carry = add_carry(sum, a, b);
    reduce_below_2m(r, carry, sum, m);
}

void cp256_mod_sub(limbs r, const limbs a, const limbs b, const modulus *m) {
    limbs difference, corrected;
    uint64_t borrow = sub_borrow(difference, a, b);
    add_carry(corrected, difference, m->m);
    cp256_select(r, borrow, corrected, difference);
}

void cp256_from_bytes(limbs r, const uint8_t bytes[32]) {
    for (int i = 0; i < 4; i++) {
        uint64_t limb = 0;
        for (int j = 0; j < 8; j++) limb = (limb << 8) | bytes[(3 - i) * 8 + j];
        r[i] = limb;
    }
}

void cp256_to_bytes(uint8_t bytes[32], const limbs a) {
    for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 8; j++) bytes[(3 - i) * 8 + j] = (uint8_t)(a[i] >> (56 - 8 * j));
    }
}
