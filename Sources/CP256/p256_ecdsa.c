// The entry points of CP256.h: scalar checks, the public key, and ECDSA signing.
#include "CP256.h"
#include "p256_internal.h"

#define N (&cp256_n)

size_t cp256_base_table_size(void) {
    return sizeof(affine_point) * CP256_WINDOWS * CP256_WINDOW_ENTRIES;
}

void cp256_base_table_init(void *table) {
    cp256_base_table_build((affine_point *)table);
}

/// 1 when 1 <= k < n.
static uint64_t scalar_in_range(const limbs k) {
    return (cp256_is_zero(k) ^ 1) & cp256_less_than(k, cp256_n.m);
}

int cp256_scalar_is_valid(const uint8_t k[32]) {
    limbs value;
    cp256_from_bytes(value, k);
    return (int)scalar_in_range(value);
}

void cp256_scalar_reduce(const uint8_t value[32], uint8_t out[32]) {
    limbs limbs_value;
    cp256_from_bytes(limbs_value, value);
    cp256_reduce_once(limbs_value, limbs_value, N);
    cp256_to_bytes(out, limbs_value);
}

int cp256_key_from_candidate(const uint8_t candidate[32], uint8_t key[32]) {
    static const limbs n_minus_one = {0xf3b9cac2fc632550ULL, 0xbce6faada7179e84ULL, 0xffffffffffffffffULL, 0xffffffff00000000ULL};
    limbs value, one = {1, 0, 0, 0}, next;
    cp256_from_bytes(value, candidate);
    uint64_t usable = cp256_less_than(value, n_minus_one);  // candidate <= n - 2
    cp256_mod_add(next, value, one, N);
    cp256_to_bytes(key, next);
    return (int)usable;
}

int cp256_public_key(const void *table, const uint8_t key[32], uint8_t x[32], uint8_t y[32]) {
    limbs d, affine_x, affine_y;
    point q;
    cp256_from_bytes(d, key);
    if (!scalar_in_range(d)) return 0;  // rejects invalid input only: valid keys all take one path
    cp256_base_mul(&q, (const affine_point *)table, d);
    cp256_to_affine(affine_x, affine_y, &q);
    cp256_to_bytes(x, affine_x);
    cp256_to_bytes(y, affine_y);
    return 1;
}

// s = k^-1 (e + r·d) mod n, with r = x(k·G) mod n. The scalar products are Montgomery
// products: mont(a·R, b) = a·b, so one operand is moved into Montgomery form first.
int cp256_sign(const void *table, const uint8_t key[32], const uint8_t digest[32], const uint8_t nonce[32],
               uint8_t r_out[32], uint8_t s_out[32]) {
    limbs d, e, k, x, y, r, s, rd, sum, k_mont, k_inverse_mont;
    point kg;
    cp256_from_bytes(d, key);
    cp256_from_bytes(k, nonce);
    if (!(scalar_in_range(d) & scalar_in_range(k))) return 0;
    cp256_from_bytes(e, digest);
    cp256_reduce_once(e, e, N);

    cp256_base_mul(&kg, (const affine_point *)table, k);
    cp256_to_affine(x, y, &kg);
    cp256_reduce_once(r, x, N);

    limbs r_mont;
    cp256_scalar_mul(r_mont, r, cp256_n.r2);
    cp256_scalar_mul(rd, r_mont, d);          // r·d
    cp256_mod_add(sum, e, rd, N);              // e + r·d
    cp256_scalar_mul(k_mont, k, cp256_n.r2);
    cp256_scalar_invert(k_inverse_mont, k_mont); // k^-1 · R
    cp256_scalar_mul(s, k_inverse_mont, sum); // k^-1 (e + r·d)

    // r and s are public once returned: testing them for zero may branch.
    if (cp256_is_zero(r) | cp256_is_zero(s)) return 0;
    cp256_to_bytes(r_out, r);
    cp256_to_bytes(s_out, s);
    return 1;
}
