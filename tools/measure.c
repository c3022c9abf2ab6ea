/* measure: what `make bench` reads off a command. Prints one line:
 *   wall=S cpu=S maxrss_kib=N first_audio_ms=M bytes=B
 * wall and CPU time of the command and every process it waited for; the largest
 * resident set among them (RUSAGE_CHILDREN: herald and the workers it reaps); and,
 * when its standard output is audio, the time until the first byte after a 44-byte
 * WAV header arrived. Output goes nowhere else. Measures only; asserts nothing. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: measure COMMAND [ARG...]\n");
        return 64;
    }
    int fds[2];
    if (pipe(fds) != 0)
        return 70;
    double t0 = now(), first = -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    close(fds[1]);
    char buf[1 << 16];
    size_t got = 0;
    ssize_t r;
    while ((r = read(fds[0], buf, sizeof buf)) > 0) {
        got += (size_t)r;
        if (first < 0 && got > 44)
            first = now() - t0;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    double wall = now() - t0;
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    double cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
                 (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
    printf("wall=%.4f cpu=%.4f maxrss_kib=%ld first_audio_ms=%.2f bytes=%zu status=%d\n", wall, cpu,
           ru.ru_maxrss, first * 1000, got,
           WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return 0;
}
