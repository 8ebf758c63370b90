/* Test helper for tst_cgen: runs a generated program and outlives all of it.
 *
 * usage: reaper PROGRAM
 *
 * It becomes its own process group (so the test can kill everything at once on a
 * timeout) and a child subreaper (so processes the program orphans are reparented
 * here), runs PROGRAM, then reaps every descendant before it exits with PROGRAM's
 * status: when it ends, nothing the program started is left, and the stdout pipe
 * has everything they wrote. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: reaper PROGRAM\n");
        return 2;
    }
    pid_t parent = getppid();
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) == -1 || getppid() != parent)
        return 2;
    if (setpgid(0, 0) == -1 || prctl(PR_SET_CHILD_SUBREAPER, 1) == -1) {
        perror("reaper");
        return 2;
    }
    pid_t pid = fork();
    if (pid == -1) {
        perror("reaper: fork");
        return 2;
    }
    if (pid == 0) {
        execl(argv[1], argv[1], (char *)NULL);
        perror("reaper: exec");
        _exit(127);
    }
    int code = 2;
    for (;;) {
        int status;
        pid_t done = wait(&status);
        if (done == -1) {
            if (errno == EINTR)
                continue;
            break; /* ECHILD: every descendant has been reaped */
        }
        if (done == pid)
            code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    return code;
}
