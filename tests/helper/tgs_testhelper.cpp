// A small program whose behaviour the process-runner tests choose on its command line.
// Plain C++ and POSIX/Win32 only: it must not depend on the code under test.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#ifdef _WIN32
#include <windows.h>
#else
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace {

void sleepMs(long ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

void out(const char *bytes, std::size_t size)
{
    std::fwrite(bytes, 1, size, stdout);
    std::fflush(stdout);
}

void err(const char *bytes, std::size_t size)
{
    std::fwrite(bytes, 1, size, stderr);
    std::fflush(stderr);
}

int usage()
{
    std::fprintf(stderr, "usage: tgs_testhelper exit N | crash | sleep MS | flood BYTES | interleave N | "
                         "partial | progress | gbk | crlf | env NAME | stdin | grandchild PIDFILE | ignore-term\n");
    return 64;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage();
    const std::string mode = argv[1];

    if (mode == "exit" && argc > 2) {
        std::printf("exiting with %s\n", argv[2]);
        return std::atoi(argv[2]);
    }
    if (mode == "crash") {
        std::printf("about to crash\n");
        std::fflush(stdout);
        std::abort();
    }
    if (mode == "sleep" && argc > 2) {
        std::printf("sleeping\n");
        std::fflush(stdout);
        sleepMs(std::atol(argv[2]));
        std::printf("woke up\n");
        return 0;
    }
    if (mode == "flood" && argc > 2) {
        // BYTES of numbered 100-byte lines on stdout.
        const long total = std::atol(argv[2]);
        char line[128];
        for (long written = 0, n = 0; written < total; written += 100, ++n) {
            std::snprintf(line, sizeof line, "%010ld %088d\n", n, 0);
            std::fwrite(line, 1, 100, stdout);
        }
        std::fflush(stdout);
        return 0;
    }
    if (mode == "interleave" && argc > 2) {
        const int count = std::atoi(argv[2]);
        for (int i = 0; i < count; ++i) {
            std::string o = "out " + std::to_string(i) + "\n";
            std::string e = "err " + std::to_string(i) + "\n";
            out(o.data(), o.size());
            err(e.data(), e.size());
        }
        return 0;
    }
    if (mode == "partial") {
        // One line written in three pieces with pauses, so the reader sees partial reads.
        out("hel", 3);
        sleepMs(150);
        out("lo wor", 6);
        sleepMs(150);
        out("ld\nsecond line without newline", 30);
        return 0;
    }
    if (mode == "progress") {
        // A progress bar drawn with bare carriage returns, then a normal line.
        for (int p = 0; p <= 100; p += 50) {
            std::string s = "\rDownloading: " + std::to_string(p) + "%";
            out(s.data(), s.size());
            sleepMs(50);
        }
        out("\ndone\r\n", 7);
        return 0;
    }
    if (mode == "gbk") {
        // "你好，世界" (hello, world) and "下载完成" (download complete) in GBK, split mid-character.
        static const unsigned char first[] = {0xC4, 0xE3, 0xBA, 0xC3, 0xA3, 0xAC, 0xCA};
        static const unsigned char second[]
            = {0xC0, 0xBD, 0xE7, '\r', '\n', 0xCF, 0xC2, 0xD4, 0xD8, 0xCD, 0xEA, 0xB3, 0xC9, '\n'};
        out(reinterpret_cast<const char *>(first), sizeof first);
        sleepMs(150);
        out(reinterpret_cast<const char *>(second), sizeof second);
        return 0;
    }
    if (mode == "crlf") {
        out("one\r\ntwo\r\n\r\nfour\r\n", 18);
        return 0;
    }
    if (mode == "env" && argc > 2) {
        const char *value = std::getenv(argv[2]);
        std::printf("%s=%s\n", argv[2], value ? value : "<unset>");
        return 0;
    }
    if (mode == "stdin") {
        // Must see end-of-file at once: the runner never leaves stdin open.
        char buffer[64];
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
        std::printf("read %zu bytes then eof\n", n);
        return 0;
    }
#ifndef _WIN32
    if (mode == "grandchild" && argc > 2) {
        // Starts a child that would sleep for a minute, records its pid, then waits itself.
        const pid_t pid = fork();
        if (pid == 0) {
            std::signal(SIGTERM, SIG_IGN); // only SIGKILL of the whole group may end it
            sleepMs(60000);
            _exit(0);
        }
        if (FILE *f = std::fopen(argv[2], "w")) {
            std::fprintf(f, "%ld\n", long(pid));
            std::fclose(f);
        }
        std::printf("grandchild %ld started\n", long(pid));
        std::fflush(stdout);
        sleepMs(60000);
        return 0;
    }
    if (mode == "ignore-term") {
        std::signal(SIGTERM, SIG_IGN);
        std::printf("ignoring SIGTERM\n");
        std::fflush(stdout);
        sleepMs(60000);
        return 0;
    }
#endif
    return usage();
}
