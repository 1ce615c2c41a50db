/*
 * The reference row "libcurl easy handle reused, sequential (C)": one easy handle, one
 * keep-alive connection, PUT of 1 KiB to the canned nginx, one request after another on the
 * calling thread (no event loop, no SDK). scripts/bench-http builds it when libcurl's headers
 * are installed (Debian libcurl4-openssl-dev) and prints it beside wrk and the SDK.
 *
 *   curl_sequential PORT CALLS ROUNDS   ->  one JSON line shaped like aws-bench http's
 */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static char body[1024];

static size_t discard(char *data, size_t size, size_t count, void *context) {
    (void)data; (void)context;
    return size * count;
}

static double wall_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

static double cpu_seconds(void) {
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec / 1e6
         + (double)usage.ru_stime.tv_sec + (double)usage.ru_stime.tv_usec / 1e6;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void print_stats(const char *name, double *values, int count) {
    qsort(values, (size_t)count, sizeof *values, compare);
    double median = count % 2 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
    printf("\"%s\": {\"median\": %.4f, \"min\": %.4f, \"max\": %.4f, \"n\": %d}", name, median, values[0], values[count - 1], count);
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s PORT CALLS ROUNDS\n", argv[0]);
        return 2;
    }
    int port = atoi(argv[1]), calls = atoi(argv[2]), rounds = atoi(argv[3]);
    if (port <= 0 || calls <= 0 || rounds <= 0 || rounds > 100) {
        fprintf(stderr, "PORT, CALLS and ROUNDS (at most 100) must be positive numbers\n");
        return 2;
    }
    memset(body, 'x', sizeof body);
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) return 1;
    CURL *easy = curl_easy_init();
    if (!easy) return 1;
    char url[128];
    snprintf(url, sizeof url, "http://127.0.0.1:%d/bench-bucket/k/obj", port);
    struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/octet-stream");
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(easy, CURLOPT_URL, url);
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, "PUT");
    curl_easy_setopt(easy, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)sizeof body);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, discard);
    for (int i = 0; i < 200; i++) {
        if (curl_easy_perform(easy) != CURLE_OK) { fprintf(stderr, "warm-up PUT failed\n"); return 1; }
    }
    double rates[100], cpu[100];
    for (int round = 0; round < rounds; round++) {
        double wall0 = wall_seconds(), cpu0 = cpu_seconds();
        for (int i = 0; i < calls; i++) {
            long status = 0;
            if (curl_easy_perform(easy) != CURLE_OK) { fprintf(stderr, "PUT failed\n"); return 1; }
            curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
            if (status != 200) { fprintf(stderr, "PUT got %ld\n", status); return 1; }
        }
        rates[round] = calls / (wall_seconds() - wall0);
        cpu[round] = (cpu_seconds() - cpu0) * 1e6 / calls;
    }
    printf("{\"bench\": \"http\", \"client\": \"C libcurl easy handle, sequential\", \"transport\": \"libcurl %s\", \"results\": "
           "{\"s3_put_object_1KiB_tasks_1\": {\"calls_per_round\": %d, \"rounds\": %d, ", curl_version_info(CURLVERSION_NOW)->version, calls, rounds);
    print_stats("calls_per_s", rates, rounds);
    printf(", ");
    print_stats("client_cpu_us_per_call", cpu, rounds);
    printf("}}}\n");
    curl_slist_free_all(headers);
    curl_easy_cleanup(easy);
    curl_global_cleanup();
    return 0;
}
