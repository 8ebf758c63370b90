#include "protocol/names.h"

#include <csignal>
#include <cstring>
#include <string>

namespace ipcviz::protocol {

namespace {
struct SigName {
    int number;
    const char *name;
};
constexpr SigName kSignals[] = {
    {SIGHUP, "SIGHUP"},       {SIGINT, "SIGINT"},   {SIGQUIT, "SIGQUIT"},   {SIGILL, "SIGILL"},
    {SIGTRAP, "SIGTRAP"},     {SIGABRT, "SIGABRT"}, {SIGBUS, "SIGBUS"},     {SIGFPE, "SIGFPE"},
    {SIGKILL, "SIGKILL"},     {SIGUSR1, "SIGUSR1"}, {SIGSEGV, "SIGSEGV"},   {SIGUSR2, "SIGUSR2"},
    {SIGPIPE, "SIGPIPE"},     {SIGALRM, "SIGALRM"}, {SIGTERM, "SIGTERM"},   {SIGCHLD, "SIGCHLD"},
    {SIGCONT, "SIGCONT"},     {SIGSTOP, "SIGSTOP"}, {SIGTSTP, "SIGTSTP"},   {SIGTTIN, "SIGTTIN"},
    {SIGTTOU, "SIGTTOU"},     {SIGURG, "SIGURG"},   {SIGXCPU, "SIGXCPU"},   {SIGXFSZ, "SIGXFSZ"},
    {SIGVTALRM, "SIGVTALRM"}, {SIGPROF, "SIGPROF"}, {SIGWINCH, "SIGWINCH"}, {SIGIO, "SIGIO"},
    {SIGPWR, "SIGPWR"},       {SIGSYS, "SIGSYS"},
};
} // namespace

int signalNumber(std::string_view name)
{
    for (const auto &s : kSignals) {
        const std::string_view full(s.name);
        if (name == full || name == full.substr(3))
            return s.number;
    }
    if (!name.empty() && name.size() < 4) {
        int n = 0;
        for (char c : name) {
            if (c < '0' || c > '9')
                return -1;
            n = n * 10 + (c - '0');
        }
        for (const auto &s : kSignals)
            if (s.number == n)
                return n;
    }
    return -1;
}

const char *signalName(int sig)
{
    for (const auto &s : kSignals)
        if (s.number == sig)
            return s.name;
    return "SIG?";
}

const char *errnoName(int err)
{
    const char *n = strerrorname_np(err);
    return n ? n : "E?";
}

} // namespace ipcviz::protocol
