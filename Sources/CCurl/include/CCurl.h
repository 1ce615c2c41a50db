// A thin shim over libcurl, loaded at run time with dlopen: the package builds without libcurl's
// headers, and a process without libcurl falls back to URLSession. Only the stable C ABI of
// libcurl 7.68+ is used; the option and code numbers below are libcurl's own, which never change.
#ifndef CCURL_H
#define CCURL_H

#include <stddef.h>
#include <stdint.h>

typedef void ccurl_easy;
typedef void ccurl_multi;

/// libcurl's `struct curl_slist`, laid out as its public header declares it: a string and the
/// next node. libcurl only reads a request's header list, so the SDK builds one in its own
/// storage instead of allocating two blocks per line with `curl_slist_append`.
typedef struct ccurl_slist_node {
    char *data;
    struct ccurl_slist_node *next;
} ccurl_slist_node;

typedef int64_t ccurl_off_t;

typedef size_t (*ccurl_data_callback)(char *buffer, size_t size, size_t count, void *userdata);

/// Loads libcurl (the first of `libcurl.so.4`, `libcurl.so`, `libcurl.4.dylib` that has every
/// symbol needed) and runs curl_global_init once. Returns 1 when libcurl is usable; otherwise 0 and
/// `ccurl_load_error()` says why. Safe to call from any thread, any number of times.
int ccurl_load(void);
/// Why loading failed, or NULL.
const char *ccurl_load_error(void);
/// libcurl's version string (curl_version()), or NULL when not loaded.
const char *ccurl_version(void);

ccurl_easy *ccurl_easy_init(void);
void ccurl_easy_cleanup(ccurl_easy *easy);
int ccurl_easy_setopt_long(ccurl_easy *easy, int option, long value);
int ccurl_easy_setopt_pointer(ccurl_easy *easy, int option, const void *value);
int ccurl_easy_setopt_offset(ccurl_easy *easy, int option, ccurl_off_t value);
int ccurl_easy_setopt_callback(ccurl_easy *easy, int option, ccurl_data_callback callback);
int ccurl_easy_getinfo_long(ccurl_easy *easy, int info, long *value);
int ccurl_easy_getinfo_offset(ccurl_easy *easy, int info, ccurl_off_t *value);
int ccurl_easy_pause(ccurl_easy *easy, int bitmask);
const char *ccurl_easy_strerror(int code);
/// Makes `easy` send each request at most once per transfer: libcurl resends a request by itself
/// when a reused keep-alive connection turns out dead before any response byte (its internal
/// `Curl_retry_request`, which no option turns off). A pre-request callback
/// (CURLOPT_PREREQFUNCTION, libcurl 7.80+) runs before every send; it counts into `*sends` and
/// aborts the second one (CURLE_ABORTED_BY_CALLBACK), so the caller's retry policy decides.
/// Returns 1 when installed; 0 when libcurl is older than 7.80 (it then forbids connection
/// reuse on `easy`, the only other way to rule such resends out).
int ccurl_easy_limit_sends(ccurl_easy *easy, int *sends);


ccurl_multi *ccurl_multi_init(void);
int ccurl_multi_cleanup(ccurl_multi *multi);
int ccurl_multi_setopt_long(ccurl_multi *multi, int option, long value);
int ccurl_multi_add_handle(ccurl_multi *multi, ccurl_easy *easy);
int ccurl_multi_remove_handle(ccurl_multi *multi, ccurl_easy *easy);
int ccurl_multi_perform(ccurl_multi *multi, int *running);
int ccurl_multi_poll(ccurl_multi *multi, int timeout_ms, int *ready);
int ccurl_multi_wakeup(ccurl_multi *multi);
/// The next finished transfer: returns 1 and fills `easy` and `result`, or 0 when none is left.
int ccurl_multi_next_done(ccurl_multi *multi, ccurl_easy **easy, int *result);

enum {
    CCURLOPT_URL = 10002,
    CCURLOPT_CUSTOMREQUEST = 10036,
    CCURLOPT_HTTPHEADER = 10023,
    CCURLOPT_WRITEFUNCTION = 20011,
    CCURLOPT_WRITEDATA = 10001,
    CCURLOPT_HEADERFUNCTION = 20079,
    CCURLOPT_HEADERDATA = 10029,
    CCURLOPT_READFUNCTION = 20012,
    CCURLOPT_READDATA = 10009,
    CCURLOPT_UPLOAD = 46,
    CCURLOPT_INFILESIZE_LARGE = 30115,
    CCURLOPT_NOBODY = 44,
    CCURLOPT_HTTPGET = 80,
    CCURLOPT_NOSIGNAL = 99,
    CCURLOPT_CONNECTTIMEOUT_MS = 156,
    CCURLOPT_SSL_VERIFYPEER = 64,
    CCURLOPT_SSL_VERIFYHOST = 81,
    CCURLOPT_CAINFO = 10065,
    CCURLOPT_PROXY = 10004,
    CCURLOPT_PROXY_CAINFO = 10246,
    CCURLOPT_PROXY_SSLCERT = 10254,
    CCURLOPT_PROXY_SSL_VERIFYPEER = 248,
    CCURLOPT_PROXY_SSL_VERIFYHOST = 249,
    CCURLOPT_TCP_KEEPALIVE = 213,
    CCURLOPT_HTTP_VERSION = 84,
    CCURL_HTTP_VERSION_1_1 = 2,
    CCURLOPT_PATH_AS_IS = 234,
    CCURLOPT_ERRORBUFFER = 10010,
    CCURLOPT_SUPPRESS_CONNECT_HEADERS = 265,
    CCURLOPT_UPLOAD_BUFFERSIZE = 280,
    CCURLOPT_POSTFIELDS = 10015,
    CCURLOPT_POSTFIELDSIZE_LARGE = 30120,

    CCURLOPT_FRESH_CONNECT = 74,
    CCURLOPT_FORBID_REUSE = 75,
    CCURLOPT_PREREQFUNCTION = 20312,
    CCURLOPT_PREREQDATA = 10313,

    CCURLMOPT_MAXCONNECTS = 6,
    CCURLMOPT_MAX_HOST_CONNECTIONS = 7,

    CCURLINFO_PRETRANSFER_TIME_T = 0x600035,
    CCURLINFO_SIZE_UPLOAD_T = 0x600007,
    CCURLINFO_SIZE_DOWNLOAD_T = 0x600008,
    CCURLINFO_HEADER_SIZE = 0x20000b,

    CCURLE_OK = 0,
    CCURLE_WEIRD_SERVER_REPLY = 8,
    CCURLE_PARTIAL_FILE = 18,
    CCURLE_WRITE_ERROR = 23,
    CCURLE_OPERATION_TIMEDOUT = 28,
    CCURLE_SSL_CONNECT_ERROR = 35,
    CCURLE_ABORTED_BY_CALLBACK = 42,
    CCURLE_GOT_NOTHING = 52,
    CCURLE_SSL_ENGINE_NOTFOUND = 53,
    CCURLE_SEND_ERROR = 55,
    CCURLE_RECV_ERROR = 56,
    CCURLE_SSL_CERTPROBLEM = 58,
    CCURLE_SSL_CIPHER = 59,
    CCURLE_PEER_FAILED_VERIFICATION = 60,
    CCURLE_SSL_CACERT_BADFILE = 77,
    CCURLE_SSL_SHUTDOWN_FAILED = 80,
    CCURLE_SSL_CRL_BADFILE = 82,
    CCURLE_SSL_ISSUER_ERROR = 83,
    CCURLE_SSL_PINNEDPUBKEYNOTMATCH = 90,
    CCURLE_SSL_INVALIDCERTSTATUS = 91,
    CCURLE_SSL_CLIENTCERT = 98,

    CCURLPAUSE_CONT = 0,
    CCURL_ERROR_SIZE = 256,
};

/// Returned by a write callback to pause the transfer (CURL_WRITEFUNC_PAUSE).
#define CCURL_WRITEFUNC_PAUSE ((size_t)0x10000001)
/// Returned by a read callback to abort the transfer (CURL_READFUNC_ABORT).
#define CCURL_READFUNC_ABORT ((size_t)0x10000000)

#endif
