#include "cgen/chelpers.h"

namespace ipcviz::cgen {

const std::vector<CHelper> &cHelpers()
{
    static const std::vector<CHelper> all = {
        {"die",
         {"stdio.h", "stdlib.h"},
         {},
         R"(/* Reports which call failed and why ("call: reason"), then ends the process. */
static void die(const char *call)
{
    perror(call);
    exit(1);
})"},
        {"exit_code",
         {"sys/wait.h"},
         {},
         R"(/* A child's status as a shell shows it in $?: its exit code, or 128 plus the
 * number of the signal that ended it. */
static int exit_code(int status)
{
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
})"},
        {"echo",
         {"unistd.h"},
         {"die"},
         R"(/* Writes bytes straight to descriptor 1, as `echo` does: past stdio's buffer, so
 * what printf() has buffered stays there. */
static void echo(const void *data, size_t n)
{
    if (write(STDOUT_FILENO, data, n) == -1)
        die("write");
})"},
        {"int_of",
         {"errno.h", "limits.h", "stdio.h", "stdlib.h"},
         {},
         R"(/* The int in the text of variable `name`, plus add: what `mem_write_int` stores.
 * Text that is not a decimal integer, or a sum that does not fit in an int, ends
 * the process with status 1. */
static int int_of(const char *name, const char *text, long long add)
{
    char *end;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    while (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')
        end++;
    if (end == text || *end != '\0' || errno == ERANGE) {
        fprintf(stderr, "mem_write_int: the variable '%s' holds \"%.40s\", not an integer\n",
                name, text);
        exit(1);
    }
    if (v + add < INT_MIN || v + add > INT_MAX) {
        fprintf(stderr, "mem_write_int: %lld does not fit in an int\n", v + add);
        exit(1);
    }
    return (int)(v + add);
})"},
        {"reap_children",
         {"errno.h", "sys/wait.h"},
         {},
         R"(/* Runs when SIGCHLD arrives: reaps every child that has ended (several may end
 * for one delivery) without waiting for the others; keeps errno as it was. */
static void reap_children(int sig)
{
    int saved = errno;
    (void)sig;
    count_sigchld++;
    while (waitpid(-1, NULL, WNOHANG) > 0)
        continue;
    errno = saved;
})"},
        {"take_text",
         {"string.h"},
         {"echo"},
         R"(/* Adds the n bytes just read to text (which keeps at most size - 1 of them) and,
 * when echo_it is set, echoes them, but nothing from the first `marker` on.
 * Returns 1 once text holds the marker (never when marker is NULL). */
static int take_text(char *text, size_t size, const char *data, size_t n,
                     const char *marker, int echo_it)
{
    size_t had = strlen(text);
    size_t keep = n < size - 1 - had ? n : size - 1 - had;
    memcpy(text + had, data, keep);
    text[had + keep] = '\0';
    const char *end = marker ? strstr(text, marker) : NULL;
    if (echo_it) {
        size_t show = n;
        if (end)
            show = (size_t)(end - text) > had ? (size_t)(end - text) - had : 0;
        echo(data, show);
    }
    return end != NULL;
})"},
        {"full_usleep",
         {"errno.h", "time.h"},
         {},
         R"(/* Sleeps for us microseconds in all: when a signal handler interrupts
 * nanosleep(), it is called again for the time left. */
static void full_usleep(long long us)
{
    struct timespec t = {(time_t)(us / 1000000), (long)(us % 1000000) * 1000};
    while (nanosleep(&t, &t) == -1 && errno == EINTR)
        continue;
})"},
        {"retry_read",
         {"errno.h", "unistd.h"},
         {},
         R"(/* read(), called again when a signal handler interrupted it. */
static ssize_t retry_read(int fd, void *buf, size_t max)
{
    ssize_t n;
    do
        n = read(fd, buf, max);
    while (n == -1 && errno == EINTR);
    return n;
})"},
        {"retry_write",
         {"errno.h", "unistd.h"},
         {},
         R"(/* write(), called again when a signal handler interrupted it. */
static ssize_t retry_write(int fd, const void *data, size_t n)
{
    ssize_t w;
    do
        w = write(fd, data, n);
    while (w == -1 && errno == EINTR);
    return w;
})"},
        {"retry_open",
         {"errno.h", "fcntl.h"},
         {},
         R"(/* open(), called again when a signal handler interrupted it (a FIFO's open
 * waits for the other side). */
static int retry_open(const char *path, int flags, mode_t mode)
{
    int fd;
    do
        fd = open(path, flags, mode);
    while (fd == -1 && errno == EINTR);
    return fd;
})"},
        {"retry_sem_wait",
         {"errno.h", "semaphore.h"},
         {},
         R"(/* sem_wait(), called again when a signal handler interrupted it. */
static int retry_sem_wait(sem_t *sem)
{
    int r;
    do
        r = sem_wait(sem);
    while (r == -1 && errno == EINTR);
    return r;
})"},
        {"set_sigaction",
         {"signal.h", "string.h"},
         {"die"},
         R"(/* Installs handler (a function, SIG_IGN or SIG_DFL) for sig. Without SA_RESTART
 * in flags, a blocking call interrupted by a handled signal fails with EINTR. */
static void set_sigaction(int sig, void (*handler)(int), int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = flags;
    sigemptyset(&sa.sa_mask);
    if (sigaction(sig, &sa, NULL) == -1)
        die("sigaction");
})"},
        {"enter_child",
         {"stdio.h", "string.h"},
         {},
         R"(/* Called first thing in a new child: its label is its parent's plus ".N",
 * N counting the parent's forks; it has forked nothing yet. */
static void enter_child(void)
{
    size_t len = strlen(label);
    snprintf(label + len, sizeof label - len, ".%d", forks);
    forks = 0;
})"},
    };
    return all;
}

const CHelper *findCHelper(std::string_view name)
{
    for (const CHelper &h : cHelpers()) {
        if (h.name == name)
            return &h;
    }
    return nullptr;
}

} // namespace ipcviz::cgen
