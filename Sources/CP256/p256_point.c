// P-256 point arithmetic with the complete formulas of Renes, Costello and Batina ("Complete
// addition formulas for prime order elliptic curves", 2016; algorithms 4 and 5 for a = -3):
// one sequence of field operations for every pair of points, equal points and infinity
// included, so no branch depends on the points. The fixed-base multiplication reads every
// table entry of each window and keeps the wanted one with masks, so memory access does not
// depend on the scalar either. Scalars are read as 43 signed six-bit digits (Booth recoding), so a
// multiplication is 43 additions of table points, negated by a masked subtraction.
#include "p256_fe.h"

#include <stdlib.h>

/// b in Montgomery form.
static const limbs curve_b = {0xd89cdf6229c4bddfULL, 0xacf005cd78843090ULL, 0xe5a220abf7212ed6ULL, 0xdc30061d04874834ULL};
/// The base point G in Montgomery form.
static const affine_point base_point = {
    .x = {0x79e730d418a9143cULL, 0x75ba95fc5fedb601ULL, 0x79fb732b77622510ULL, 0x18905f76a53755c6ULL},
    .y = {0xddf25357ce95560aULL, 0x8b4ab8e4ba19e45cULL, 0xd2e88688dd21f325ULL, 0x8571ff1825885d85ULL},
};

#define mul fe_mul
#define add fe_add
#define sub fe_sub

/// r = a^(2^count) (count squarings).
static void square_times(limbs r, const limbs a, int count) {
    for (int i = 0; i < 4; i++) r[i] = a[i];
    for (int i = 0; i < count; i++) mul(r, r, r);
}

/// r = a^-1 = a^(p-2) (0 for 0), by an addition chain of 255 squarings and 12 products.
/// p - 2 in bits: 32 ones, 31 zeros, a one, 96 zeros, 94 ones, a zero and a one; xN below is
/// a^(2^N - 1), a run of N ones.
static void fe_invert(limbs r, const limbs a) {
    limbs x2, x3, x6, x12, x15, x30, x32, t;
    mul(x2, a, a);
    mul(x2, x2, a);
    mul(x3, x2, x2);
    mul(x3, x3, a);
    square_times(x6, x3, 3);
    mul(x6, x6, x3);
    square_times(x12, x6, 6);
    mul(x12, x12, x6);
    square_times(x15, x12, 3);
    mul(x15, x15, x3);
    square_times(x30, x15, 15);
    mul(x30, x30, x15);
    square_times(x32, x30, 2);
    mul(x32, x32, x2);
    square_times(t, x32, 32);
    mul(t, t, a);
    square_times(t, t, 128);
    mul(t, t, x32);
    square_times(t, t, 32);
    mul(t, t, x32);
    square_times(t, t, 30);
    mul(t, t, x30);
    square_times(t, t, 2);
    mul(r, t, a);
}

/// r = p + q (algorithm 4).
static void point_add(point *r, const point *p, const point *q) {
    limbs t0, t1, t2, t3, t4, x3, y3, z3;
    mul(t0, p->x, q->x);
    mul(t1, p->y, q->y);
    mul(t2, p->z, q->z);
    add(t3, p->x, p->y);
    add(t4, q->x, q->y);
    mul(t3, t3, t4);
    add(t4, t0, t1);
    sub(t3, t3, t4);
    add(t4, p->y, p->z);
    add(x3, q->y, q->z);
    mul(t4, t4, x3);
    add(x3, t1, t2);
    sub(t4, t4, x3);
    add(x3, p->x, p->z);
    add(y3, q->x, q->z);
    mul(x3, x3, y3);
    add(y3, t0, t2);
    sub(y3, x3, y3);
    mul(z3, curve_b, t2);
    sub(x3, y3, z3);
    add(z3, x3, x3);
    add(x3, x3, z3);
    sub(z3, t1, x3);
    add(x3, t1, x3);
    mul(y3, curve_b, y3);
    add(t1, t2, t2);
    add(t2, t1, t2);
    sub(y3, y3, t2);
    sub(y3, y3, t0);
    add(t1, y3, y3);
    add(y3, t1, y3);
    add(t1, t0, t0);
    add(t0, t1, t0);
    sub(t0, t0, t2);
    mul(t1, t4, y3);
    mul(t2, t0, y3);
    mul(y3, x3, z3);
    add(y3, y3, t2);
    mul(x3, t3, x3);
    sub(x3, x3, t1);
    mul(z3, t4, z3);
    mul(t1, t3, t0);
    add(z3, z3, t1);
    for (int i = 0; i < 4; i++) {
        r->x[i] = x3[i];
        r->y[i] = y3[i];
        r->z[i] = z3[i];
    }
}

/// r = p + q for an affine q, which must not be infinity (algorithm 5).
static void point_add_affine(point *r, const point *p, const affine_point *q) {
    limbs t0, t1, t2, t3, t4, x3, y3, z3;
    mul(t0, p->x, q->x);
    mul(t1, p->y, q->y);
    add(t3, q->x, q->y);
    add(t4, p->x, p->y);
    mul(t3, t3, t4);
    add(t4, t0, t1);
    sub(t3, t3, t4);
    mul(t4, q->y, p->z);
    add(t4, t4, p->y);
    mul(y3, q->x, p->z);
    add(y3, y3, p->x);
    mul(z3, curve_b, p->z);
    sub(x3, y3, z3);
    add(z3, x3, x3);
    add(x3, x3, z3);
    sub(z3, t1, x3);
    add(x3, t1, x3);
    mul(y3, curve_b, y3);
    add(t1, p->z, p->z);
    add(t2, t1, p->z);
    sub(y3, y3, t2);
    sub(y3, y3, t0);
    add(t1, y3, y3);
    add(y3, t1, y3);
    add(t1, t0, t0);
    add(t0, t1, t0);
    sub(t0, t0, t2);
    mul(t1, t4, y3);
    mul(t2, t0, y3);
    mul(y3, x3, z3);
    add(y3, y3, t2);
    mul(x3, t3, x3);
    sub(x3, x3, t1);
    mul(z3, t4, z3);
    mul(t1, t3, t0);
    add(z3, z3, t1);
    for (int i = 0; i < 4; i++) {
        r->x[i] = x3[i];
        r->y[i] = y3[i];
        r->z[i] = z3[i];
    }
}

static void set_infinity(point *r) {
    for (int i = 0; i < 4; i++) {
        r->x[i] = 0;
        r->y[i] = cp256_p.one[i];
        r->z[i] = 0;
    }
}

void cp256_to_affine(limbs x, limbs y, const point *p) {
    limbs inverse, plain_one = {1, 0, 0, 0};
    fe_invert(inverse, p->z);
    mul(x, p->x, inverse);
    mul(y, p->y, inverse);
    // Leave Montgomery form: multiply by plain 1.
    mul(x, x, plain_one);
    mul(y, y, plain_one);
}

// The table is built from public values only, so it may branch freely. Each window's 15 points
// are made in projective form, then all 960 are made affine with one inversion (Montgomery's
// trick: invert the product of all Z, then peel each inverse off the running products).
void cp256_base_table_build(affine_point *table) {
    enum { count = CP256_WINDOWS * CP256_WINDOW_ENTRIES };
    point *projective = malloc(sizeof(point) * count);
    limbs *prefix = malloc(sizeof(limbs) * count);
    if (!projective || !prefix) abort();
    point window_base;
    for (int i = 0; i < 4; i++) {
        window_base.x[i] = base_point.x[i];
        window_base.y[i] = base_point.y[i];
        window_base.z[i] = cp256_p.one[i];
    }
    for (int w = 0; w < CP256_WINDOWS; w++) {
        point *row = &projective[w * CP256_WINDOW_ENTRIES];
        row[0] = window_base;
        for (int d = 1; d < CP256_WINDOW_ENTRIES; d++) point_add(&row[d], &row[d - 1], &window_base);
        point_add(&window_base, &row[CP256_WINDOW_ENTRIES - 1], &row[CP256_WINDOW_ENTRIES - 1]);  // 64 · base
    }
    for (int i = 0; i < 4; i++) prefix[0][i] = projective[0].z[i];
    for (int k = 1; k < count; k++) mul(prefix[k], prefix[k - 1], projective[k].z);
    limbs inverse;
    fe_invert(inverse, prefix[count - 1]);
    for (int k = count - 1; k >= 0; k--) {
        limbs z_inverse;
        if (k > 0) {
            mul(z_inverse, inverse, prefix[k - 1]);
            mul(inverse, inverse, projective[k].z);
        } else {
            for (int i = 0; i < 4; i++) z_inverse[i] = inverse[i];
        }
        mul(table[k].x, projective[k].x, z_inverse);
        mul(table[k].y, projective[k].y, z_inverse);
    }
    free(projective);
    free(prefix);
}

/// The signed digit of a 7-bit window (the window's 6 bits and the top bit of the one below):
/// magnitude 0...32 and sign, so that k = sum of digit_i · 2^(6i) (Booth recoding).
static void booth_digit(uint64_t window, uint64_t *magnitude, uint64_t *negative) {
    uint64_t sign = 0 - (window >> 6);                   // all ones when the window's top bit is set
    uint64_t folded = ((127 - window) & sign) | (window & ~sign);
    *magnitude = (folded >> 1) + (folded & 1);
    *negative = sign & 1;
}

/// The 7-bit window w of k: bits 6w - 1 ... 6w + 5 (bits outside 0...255 are 0). The test on
/// `index` depends on the window's position only, never on k.
static uint64_t window_bits(const limbs k, int w) {
    int low = CP256_WINDOW_BITS * w - 1;
    uint64_t value = 0;
    for (int bit = 0; bit < CP256_WINDOW_BITS + 1; bit++) {
        int index = low + bit;
        if (index >= 0 && index < 256) value |= ((k[index / 64] >> (index % 64)) & 1) << bit;
    }
    return value;
}

void cp256_base_mul(point *r, const affine_point *table, const limbs k) {
    static const limbs p_limbs = {0xffffffffffffffffULL, 0x00000000ffffffffULL, 0x0000000000000000ULL, 0xffffffff00000001ULL};
    point accumulator, sum;
    set_infinity(&accumulator);
    for (int w = 0; w < CP256_WINDOWS; w++) {
        uint64_t magnitude, negative;
        booth_digit(window_bits(k, w), &magnitude, &negative);
        affine_point chosen = {{0}, {0}};
        const affine_point *row = &table[w * CP256_WINDOW_ENTRIES];
        for (uint64_t d = 1; d <= CP256_WINDOW_ENTRIES; d++) {
            uint64_t difference = d ^ magnitude;
            uint64_t match = 1 ^ ((difference | (0 - difference)) >> 63);
            cp256_select(chosen.x, match, row[d - 1].x, chosen.x);
            cp256_select(chosen.y, match, row[d - 1].y, chosen.y);
        }
        limbs negated_y;
        sub(negated_y, p_limbs, chosen.y);  // p - y: -y (p - 0 = p only for the unused zero entry)
        cp256_select(chosen.y, negative, negated_y, chosen.y);
        // A zero digit selects nothing: the sum with (0, 0) is computed and thrown away.
        point_add_affine(&sum, &accumulator, &chosen);
        uint64_t nonzero = (magnitude | (0 - magnitude)) >> 63;
        cp256_select(accumulator.x, nonzero, sum.x, accumulator.x);
        cp256_select(accumulator.y, nonzero, sum.y, accumulator.y);
        cp256_select(accumulator.z, nonzero, sum.z, accumulator.z);
    }
    *r = accumulator;
}
