#include "CCurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>

typedef struct {
    int msg;
    void *easy_handle;
    union { void *whatever; int result; } data;
} ccurl_message;

static struct {
    int (*global_init)(long);
    const char *(*version)(void);
    void *(*easy_init)(void);
    void (*easy_cleanup)(void *);
    int (*easy_setopt)(void *, int, ...);
    int (*easy_getinfo)(void *, int, ...);
    int (*easy_pause)(void *, int);
    const char *(*easy_strerror)(int);
    void *(*multi_init)(void);
    int (*multi_cleanup)(void *);
    int (*multi_setopt)(void *, int, ...);
    int (*multi_add_handle)(void *, void *);
    int (*multi_remove_handle)(void *, void *);
    int (*multi_perform)(void *, int *);
    int (*multi_poll)(void *, void *, unsigned int, int, int *);
    int (*multi_wakeup)(void *);
    ccurl_message *(*multi_info_read)(void *, int *);
} api;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded = 0;
static char load_error[512] = "";

#define BIND(field, name)                                                                     \
    do {                                                                                      \
        *(void **)(&api.field) = dlsym(library, name);                                        \
        if (api.field == NULL) {                                                              \
            snprintf(load_error, sizeof load_error, "%s lacks %s (libcurl 7.68 or later is needed)", path, name); \
            dlclose(library);                                                                 \
            library = NULL;                                                                   \
        }                                                                                     \
    } while (0);                                                                              \
    if (library == NULL) continue;

static void load(void) {
    static const char *const candidates[] = {
        "libcurl.so.4", "libcurl.so", "libcurl.4.dylib", "/usr/lib/libcurl.4.dylib",
    };
    snprintf(load_error, sizeof load_error, "libcurl could not be loaded (install libcurl4, e.g. apt-get install libcurl4)");
    for (size_t index = 0; index < sizeof candidates / sizeof candidates[0]; index++) {
        const char *path = candidates[index];
        void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (library == NULL) continue;
        BIND(global_init, "curl_global_init")
        BIND(version, "curl_version")
        BIND(easy_init, "curl_easy_init")
        BIND(easy_cleanup, "curl_easy_cleanup")
        BIND(easy_setopt, "curl_easy_setopt")
        BIND(easy_getinfo, "curl_easy_getinfo")
        BIND(easy_pause, "curl_easy_pause")
        BIND(easy_strerror, "curl_easy_strerror")
        BIND(multi_init, "curl_multi_init")
        BIND(multi_cleanup, "curl_multi_cleanup")
        BIND(multi_setopt, "curl_multi_setopt")
        BIND(multi_add_handle, "curl_multi_add_handle")
        BIND(multi_remove_handle, "curl_multi_remove_handle")
        BIND(multi_perform, "curl_multi_perform")
        BIND(multi_poll, "curl_multi_poll")
        BIND(multi_wakeup, "curl_multi_wakeup")
        BIND(multi_info_read, "curl_multi_info_read")
        /* CURL_GLOBAL_ALL; reference-counted, so FoundationNetworking's own call is harmless. */
        if (api.global_init(3) != 0) {
            snprintf(load_error, sizeof load_error, "curl_global_init failed in %s", path);
            continue;
        }
        loaded = 1;
        load_error[0] = '\0';
        return;
    }
}

int ccurl_load(void) {
    pthread_once(&load_once, load);
    return loaded;
}

const char *ccurl_load_error(void) { return loaded ? NULL : load_error; }
const char *ccurl_version(void) { return loaded ? api.version() : NULL; }

ccurl_easy *ccurl_easy_init(void) { return api.easy_init(); }
void ccurl_easy_cleanup(ccurl_easy *easy) { api.easy_cleanup(easy); }
int ccurl_easy_setopt_long(ccurl_easy *easy, int option, long value) { return api.easy_setopt(easy, option, value); }
int ccurl_easy_setopt_pointer(ccurl_easy *easy, int option, const void *value) { return api.easy_setopt(easy, option, value); }
int ccurl_easy_setopt_offset(ccurl_easy *easy, int option, ccurl_off_t value) { return api.easy_setopt(easy, option, value); }
int ccurl_easy_setopt_callback(ccurl_easy *easy, int option, ccurl_data_callback callback) {
    return api.easy_setopt(easy, option, callback);
}
int ccurl_easy_getinfo_long(ccurl_easy *easy, int info, long *value) { return api.easy_getinfo(easy, info, value); }
int ccurl_easy_getinfo_offset(ccurl_easy *easy, int info, ccurl_off_t *value) { return api.easy_getinfo(easy, info, value); }
int ccurl_easy_pause(ccurl_easy *easy, int bitmask) { return api.easy_pause(easy, bitmask); }
/* CURLOPT_PREREQFUNCTION's callback: the first send of a transfer goes, a second one (libcurl's
   own resend after a dead reused connection) is aborted. */
static int limit_sends_prereq(void *clientp, char *primary_ip, char *local_ip, int primary_port, int local_port) {
    (void)primary_ip; (void)local_ip; (void)primary_port; (void)local_port;
    int *sends = clientp;
    *sends += 1;
    return *sends > 1 ? 1 /* CURL_PREREQFUNC_ABORT */ : 0 /* CURL_PREREQFUNC_OK */;
}

int ccurl_easy_limit_sends(ccurl_easy *easy, int *sends) {
    typedef int (*prereq_callback)(void *, char *, char *, int, int);
    prereq_callback callback = limit_sends_prereq;
    if (api.easy_setopt(easy, CCURLOPT_PREREQFUNCTION, callback) == 0 &&
        api.easy_setopt(easy, CCURLOPT_PREREQDATA, (void *)sends) == 0) {
        return 1;
    }
    api.easy_setopt(easy, CCURLOPT_FRESH_CONNECT, 1L);
    api.easy_setopt(easy, CCURLOPT_FORBID_REUSE, 1L);
    return 0;
}

const char *ccurl_easy_strerror(int code) { return loaded ? api.easy_strerror(code) : "libcurl is not loaded"; }


ccurl_multi *ccurl_multi_init(void) { return api.multi_init(); }
int ccurl_multi_cleanup(ccurl_multi *multi) { return api.multi_cleanup(multi); }
int ccurl_multi_setopt_long(ccurl_multi *multi, int option, long value) { return api.multi_setopt(multi, option, value); }
int ccurl_multi_add_handle(ccurl_multi *multi, ccurl_easy *easy) { return api.multi_add_handle(multi, easy); }
int ccurl_multi_remove_handle(ccurl_multi *multi, ccurl_easy *easy) { return api.multi_remove_handle(multi, easy); }
int ccurl_multi_perform(ccurl_multi *multi, int *running) { return api.multi_perform(multi, running); }
int ccurl_multi_poll(ccurl_multi *multi, int timeout_ms, int *ready) {
    return api.multi_poll(multi, NULL, 0, timeout_ms, ready);
}
int ccurl_multi_wakeup(ccurl_multi *multi) { return api.multi_wakeup(multi); }

int ccurl_multi_next_done(ccurl_multi *multi, ccurl_easy **easy, int *result) {
    int remaining = 0;
    ccurl_message *message;
    while ((message = api.multi_info_read(multi, &remaining)) != NULL) {
        if (message->msg == 1 /* CURLMSG_DONE */) {
            *easy = message->easy_handle;
            *result = message->data.result;
            return 1;
        }
    }
    return 0;
}
