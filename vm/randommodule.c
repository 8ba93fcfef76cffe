/* vm/randommodule.c: the `_random` module, the C core under random.py
 * (vm/lib/random.py): a Mersenne Twister (MT19937) producing exactly the
 * numbers CPython 3.10's produces for the same seed.
 *
 *   - The generator is Matsumoto and Nishimura's MT19937 (2002 version):
 *     624 32-bit words of state, init_by_array() seeding, tempering;
 *     random() builds a 53-bit float from two outputs (27 + 26 bits).
 *   - seed(n): an int seeds with the 32-bit chunks of abs(n), least
 *     significant first; None seeds from the OS (getrandom, /dev/urandom,
 *     else time and pid); any other object seeds with its hash taken as an
 *     unsigned 64-bit number.  These are CPython's rules, so seed(42)
 *     gives CPython's sequence.
 *   - getrandbits(k) fills 32-bit words from least significant up,
 *     dropping the low bits of the last word.
 *   - _sha512_seed(a) turns a str/bytes/bytearray seed into the int that
 *     random.py's seed() (version 2) feeds to Random.seed():
 *     int.from_bytes(a + sha512(a).digest(), 'big').  SHA-512 is
 *     implemented below from FIPS 180-4.
 * The Random type is subclassable: random.Random derives from it. */
#include "vm/module.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "vm/abstract.h"
#include "vm/args.h"
#include "vm/bytes.h"
#include "vm/errors.h"
#include "vm/float.h"
#include "vm/int.h"
#include "vm/mem.h"
#include "vm/state.h"
#include "vm/str.h"
#include "vm/tuple.h"
#include "vm/typeobject.h"

/* MT19937 parameters: fixed by the algorithm */
#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct RandomObject {
    MI_HEAD
    int      index;                   /* next word of state to temper; MT_N: regenerate */
    uint32_t state[MT_N];
} RandomObject;

static MiType random_type;

/* ---- MT19937 ---------------------------------------------------------------------- */

/* The next 32-bit output. */
static uint32_t
genrand_uint32(RandomObject *self)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t *mt = self->state, y;
    if (self->index >= MT_N) {        /* generate MT_N words at once */
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void
init_genrand(RandomObject *self, uint32_t s)
{
    uint32_t *mt = self->state;
    int i;
    mt[0] = s;
    for (i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    self->index = i;
}

static void
init_by_array(RandomObject *self, const uint32_t *key, size_t key_length)
{
    uint32_t *mt = self->state;
    size_t i = 1, j = 0, k;
    init_genrand(self, 19650218U);
    for (k = MT_N > key_length ? MT_N : key_length; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length)
            j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;              /* MSB is 1: a non-zero initial array */
}

/* ---- seeding ------------------------------------------------------------------------ */

/* Fills buf with `n` bytes from the OS: 0, or -1 (no exception). */
static int
os_random(void *buf, size_t n)
{
    char *p = buf;
    while (n > 0) {
        ssize_t got = getrandom(p, n, GRND_NONBLOCK);
        if (got < 0) {
            int fd;
            if (errno == EINTR)
                continue;
            fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                return -1;
            while (n > 0) {
                got = read(fd, p, n);
                if (got <= 0 && errno != EINTR) {
                    close(fd);
                    return -1;
                }
                if (got > 0) {
                    p += got;
                    n -= (size_t)got;
                }
            }
            close(fd);
            return 0;
        }
        p += got;
        n -= (size_t)got;
    }
    return 0;
}

static void
seed_from_os(RandomObject *self)
{
    uint32_t key[MT_N];
    if (os_random(key, sizeof key) == 0) {
        init_by_array(self, key, MT_N);
    } else {
        /* the worst entropy: the time and the process id */
        struct timespec now, mono;
        clock_gettime(CLOCK_REALTIME, &now);
        clock_gettime(CLOCK_MONOTONIC, &mono);
        uint64_t t = (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
        uint64_t m = (uint64_t)mono.tv_sec * 1000000000u + (uint64_t)mono.tv_nsec;
        uint32_t k[5] = {(uint32_t)t, (uint32_t)(t >> 32), (uint32_t)getpid(), (uint32_t)m,
                         (uint32_t)(m >> 32)};
        init_by_array(self, k, 5);
    }
}

/* Seeds from `arg` (NULL or None: from the OS).  0 / -1. */
static int
random_seed_obj(RandomObject *self, MiObject *arg)
{
    mpz_t n;
    uint32_t *key;
    size_t words;
    if (arg == NULL || arg == MI_NONE) {
        seed_from_os(self);
        return 0;
    }
    mpz_init(n);
    if (mi_int_check(arg)) {
        mi_int_to_mpz(arg, n);
        mpz_abs(n, n);
    } else {
        intptr_t h = mi_obj_hash(arg);
        if (h == -1 && mi_err_occurred()) {
            mpz_clear(n);
            return -1;
        }
        mpz_set_ui(n, (unsigned long)(uint64_t)h);
    }
    /* split n into 32-bit words, least significant first */
    words = mpz_sgn(n) == 0 ? 1 : (mpz_sizeinbase(n, 2) - 1) / 32 + 1;
    key = mi_calloc(words, sizeof(uint32_t));
    if (key == NULL) {
        mpz_clear(n);
        mi_err_nomemory();
        return -1;
    }
    mpz_export(key, NULL, -1, sizeof(uint32_t), 0, 0, n);
    mpz_clear(n);
    init_by_array(self, key, words);
    mi_free(key);
    return 0;
}

/* ---- the Random type ----------------------------------------------------------------- */

static MiObject *
random_new(MiType *type, MiObject *const *args, intptr_t nargs, MiObject *kwnames)
{
    RandomObject *self;
    if (type == &random_type && mi_args_nkw(kwnames) > 0)
        return mi_err_format(MI_EXC(TypeError), "Random()() takes no keyword arguments");
    if (nargs > 1)
        return mi_err_format(MI_EXC(TypeError), "Random() requires 0 or 1 argument");
    self = (RandomObject *)mi_object_alloc(type);
    if (self == NULL)
        return NULL;
    if (type->flags & MI_TYPE_GC)
        MI_GC_TRACK(self);
    if (random_seed_obj(self, nargs == 1 ? args[0] : NULL) < 0) {
        MI_DECREF(self);
        return NULL;
    }
    return (MiObject *)self;
}

static MiObject *
random_random(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    RandomObject *r = (RandomObject *)self;
    uint32_t a, b;
    (void)args;
    (void)nargs;
    (void)kw;
    a = genrand_uint32(r) >> 5;
    b = genrand_uint32(r) >> 6;
    return mi_float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static MiObject *
random_seed(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    (void)kw;
    if (mi_args_check("seed", nargs, NULL, 0, 1) < 0)
        return NULL;
    if (random_seed_obj((RandomObject *)self, nargs ? args[0] : NULL) < 0)
        return NULL;
    MI_RETURN_NONE;
}

static MiObject *
random_getstate(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    RandomObject *r = (RandomObject *)self;
    MiObject *state = mi_tuple_new(MT_N + 1);
    (void)args;
    (void)nargs;
    (void)kw;
    if (state == NULL)
        return NULL;
    for (int i = 0; i <= MT_N; i++) {
        MiObject *v = mi_int_from_i64(i < MT_N ? (int64_t)r->state[i] : r->index);
        if (v == NULL) {
            MI_DECREF(state);
            return NULL;
        }
        MI_TUPLE_ITEMS(state)[i] = v;
    }
    return state;
}

static MiObject *
random_setstate(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    RandomObject *r = (RandomObject *)self;
    MiObject *state = args[0], *idx;
    uint32_t new_state[MT_N];
    int64_t index;
    int overflow;
    (void)nargs;
    (void)kw;
    if (!mi_tuple_check(state))
        return mi_err_format(MI_EXC(TypeError), "state vector must be a tuple");
    if (MI_TUPLE_SIZE(state) != MT_N + 1)
        return mi_err_format(MI_EXC(ValueError), "state vector is the wrong size");
    for (int i = 0; i < MT_N; i++) {
        MiObject *item = MI_TUPLE_GET(state, i);
        uint64_t v;
        if (!mi_int_check(item))
            return mi_err_format(MI_EXC(TypeError), "an integer is required");
        if (mi_int_sign(item) < 0) {
            return mi_err_format(MI_EXC(OverflowError), "can't convert negative value to "
                                 "unsigned int");
        }
        if (mi_int_bit_length(item) > 64) {
            return mi_err_format(MI_EXC(OverflowError), "Python int too large to convert to C "
                                 "unsigned long");
        }
        if (mi_int_is_small(item)) {
            v = (uint64_t)((MiInt *)item)->small;
        } else {
            mpz_t z;
            mpz_init(z);
            mi_int_to_mpz(item, z);
            v = mpz_get_ui(z);
            mpz_clear(z);
        }
        new_state[i] = (uint32_t)v;
    }
    idx = mi_num_index(MI_TUPLE_GET(state, MT_N));
    if (idx == NULL)
        return NULL;
    index = mi_int_as_i64(idx, &overflow);
    MI_DECREF(idx);
    if (overflow)
        return mi_err_format(MI_EXC(OverflowError), "Python int too large to convert to C long");
    if (index < 0 || index > MT_N)
        return mi_err_format(MI_EXC(ValueError), "invalid state");
    r->index = (int)index;
    memcpy(r->state, new_state, sizeof new_state);
    MI_RETURN_NONE;
}

static MiObject *
random_getrandbits(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    RandomObject *r = (RandomObject *)self;
    MiObject *ko;
    int64_t k;
    int overflow;
    uint32_t *words;
    size_t nwords;
    mpz_t z;
    (void)nargs;
    (void)kw;
    if (mi_float_check(args[0]))
        return mi_err_format(MI_EXC(TypeError), "'float' object cannot be interpreted as an "
                             "integer");
    ko = mi_num_index(args[0]);
    if (ko == NULL)
        return NULL;
    k = mi_int_as_i64(ko, &overflow);
    MI_DECREF(ko);
    if (overflow || k > INT32_MAX || k < INT32_MIN) {
        return mi_err_format(MI_EXC(OverflowError), "Python int too large to convert to C "
                             "int");
    }
    if (k < 0)
        return mi_err_format(MI_EXC(ValueError), "number of bits must be non-negative");
    if (k == 0)
        return mi_int_from_i64(0);
    if (k <= 32)
        return mi_int_from_i64(genrand_uint32(r) >> (32 - k));
    nwords = (size_t)(k - 1) / 32 + 1;
    words = mi_malloc(mi_size_mul(nwords, sizeof(uint32_t)));
    if (words == NULL)
        return mi_err_nomemory();
    for (size_t i = 0; i < nwords; i++, k -= 32) {
        uint32_t w = genrand_uint32(r);
        if (k < 32)
            w >>= (32 - k);           /* drop the least significant bits */
        words[i] = w;
    }
    mpz_init(z);
    mpz_import(z, nwords, -1, sizeof(uint32_t), 0, 0, words);
    mi_free(words);
    return mi_int_from_mpz(z);
}

static MiMethodDef random_methods[] = {
    {"random", random_random, MI_METH_NOARGS, "random() -> x in the interval [0, 1)."},
    {"seed", random_seed, MI_METH_VARARGS, "seed([n]) -> None.\n\nDefaults to use urandom "
     "and falls back to a combination\nof the current time and the process identifier."},
    {"getstate", random_getstate, MI_METH_NOARGS,
     "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate, MI_METH_O,
     "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", random_getrandbits, MI_METH_O,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL, NULL, 0, NULL},
};

static MiType random_type = {
    .base = {MI_STATIC_REFCNT, &mi_type_type},
    .name = "_random.Random",
    .basicsize = sizeof(RandomObject),
    .flags = MI_TYPE_BASETYPE,
    .dealloc = mi_object_free,
    .new_ = random_new,
    .methods = random_methods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

/* ---- SHA-512 (FIPS 180-4) ------------------------------------------------------------- */

typedef struct Sha512 {
    uint64_t h[8];
    uint64_t length;                  /* bytes hashed (messages < 2**61 bytes) */
    uint8_t  block[128];
    size_t   used;                    /* bytes waiting in block */
} Sha512;

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static inline uint64_t
rotr64(uint64_t x, int n)
{
    return (x >> n) | (x << (64 - n));
}

/* Hashes one 128-byte block into s->h. */
static void
sha512_compress(Sha512 *s, const uint8_t *p)
{
    uint64_t w[80], a, b, c, d, e, f, g, h;
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int j = 0; j < 8; j++)
            w[i] = (w[i] << 8) | p[8 * i + j];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3];
    e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = h + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) +
                      ((e & f) ^ (~e & g)) + sha512_k[i] + w[i];
        uint64_t t2 = (rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) +
                      ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    s->h[0] += a, s->h[1] += b, s->h[2] += c, s->h[3] += d;
    s->h[4] += e, s->h[5] += f, s->h[6] += g, s->h[7] += h;
}

static void
sha512_init(Sha512 *s)
{
    static const uint64_t iv[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
        0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
        0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    memcpy(s->h, iv, sizeof iv);
    s->length = 0;
    s->used = 0;
}

static void
sha512_update(Sha512 *s, const uint8_t *data, size_t n)
{
    s->length += n;
    while (n > 0) {
        size_t take = 128 - s->used < n ? 128 - s->used : n;
        memcpy(s->block + s->used, data, take);
        s->used += take;
        data += take;
        n -= take;
        if (s->used == 128) {
            sha512_compress(s, s->block);
            s->used = 0;
        }
    }
}

/* Pads (0x80, zeros, 128-bit big-endian bit length) and writes the
 * 64-byte digest. */
static void
sha512_final(Sha512 *s, uint8_t out[64])
{
    uint64_t bits = s->length * 8;
    s->block[s->used++] = 0x80;
    if (s->used > 112) {
        memset(s->block + s->used, 0, 128 - s->used);
        sha512_compress(s, s->block);
        s->used = 0;
    }
    memset(s->block + s->used, 0, 120 - s->used);   /* high 64 bits of length: 0 */
    for (int i = 0; i < 8; i++)
        s->block[120 + i] = (uint8_t)(bits >> (56 - 8 * i));
    sha512_compress(s, s->block);
    for (int i = 0; i < 8; i++) {
        for (int j = 0; j < 8; j++)
            out[8 * i + j] = (uint8_t)(s->h[i] >> (56 - 8 * j));
    }
}

/* _sha512_seed(a): int.from_bytes(b + sha512(b).digest(), 'big') where b
 * is a (bytes or bytearray) or a.encode() (str). */
static MiObject *
random_sha512_seed(MiObject *module, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    MiObject *a = args[0];
    const uint8_t *data;
    size_t n;
    uint8_t *buf;
    Sha512 s;
    mpz_t z;
    (void)module;
    (void)nargs;
    (void)kw;
    if (mi_str_check(a)) {
        data = (const uint8_t *)MI_STR_DATA(a);
        n = (size_t)MI_STR_SIZE(a);
    } else if (mi_bytes_check(a)) {
        data = (const uint8_t *)MI_BYTES_DATA(a);
        n = (size_t)MI_BYTES_SIZE(a);
    } else if (mi_obj_type_check(a, &mi_bytearray_type)) {
        data = (const uint8_t *)((MiByteArray *)a)->data;
        n = (size_t)((MiByteArray *)a)->size;
    } else {
        return mi_err_format(MI_EXC(TypeError), "_sha512_seed() argument must be str, bytes "
                             "or bytearray, not %s", MI_TYPE_NAME(a));
    }
    buf = mi_malloc(mi_size_add(n, 64));
    if (buf == NULL)
        return mi_err_nomemory();
    if (n > 0)
        memcpy(buf, data, n);
    sha512_init(&s);
    sha512_update(&s, buf, n);
    sha512_final(&s, buf + n);
    mpz_init(z);
    mpz_import(z, n + 64, 1, 1, 0, 0, buf);
    mi_free(buf);
    return mi_int_from_mpz(z);
}

/* _urandom(n): n bytes from the operating system, for SystemRandom (what
 * CPython takes from os.urandom). */
static MiObject *
random_urandom(MiObject *self, MiObject *const *args, intptr_t nargs, MiObject *kw)
{
    intptr_t n;
    MiObject *res;
    char *buf;
    (void)self;
    (void)nargs;
    (void)kw;
    if (mi_arg_ssize(args[0], &n) < 0)
        return NULL;
    if (n < 0)
        return mi_err_format(MI_EXC(ValueError), "negative argument not allowed");
    buf = mi_malloc((size_t)n + 1);
    if (buf == NULL)
        return mi_err_nomemory();
    if (os_random(buf, (size_t)n) < 0) {
        mi_free(buf);
        return mi_err_from_errno(NULL);
    }
    res = mi_bytes_new(buf, n);
    mi_free(buf);
    return res;
}

/* ---- the module ------------------------------------------------------------------------ */

static const MiMethodDef random_module_methods[] = {
    {"_urandom", random_urandom, MI_METH_O,
     "Return a bytes object containing n random bytes from the operating system."},
    {"_sha512_seed", random_sha512_seed, MI_METH_O,
     "int.from_bytes(a + sha512(a).digest(), 'big') for a str (UTF-8), bytes or bytearray a:\n"
     "the integer random.seed() uses for such seeds."},
    {NULL, NULL, 0, NULL},
};

static int
random_module_init(MiObject *module)
{
    if (mi_type_ready(&random_type) < 0)
        return -1;
    return mi_module_add(module, "Random", (MiObject *)&random_type);
}

const MiModuleDef mi__random_module_def = {
    .name = "_random",
    .doc = "Module implements the Mersenne Twister random number generator.",
    .methods = random_module_methods,
    .init = random_module_init,
};
