#include "scenario/vocabulary.h"

#include <algorithm>
#include <csignal>

namespace ipcviz::scenario {

namespace {

constexpr std::int64_t kMaxSize = 16 * 1024 * 1024; // shm, mappings: 16 MiB
constexpr std::int64_t kMaxIo = 1024 * 1024;        // one read or write: 1 MiB

ArgSpec intArg(std::string_view what, std::int64_t min, std::int64_t max, bool optional = false)
{
    ArgSpec a;
    a.slot = Slot::Int;
    a.what = what;
    a.min = min;
    a.max = max;
    a.optional = optional;
    return a;
}

ArgSpec arg(Slot slot, std::string_view what, bool optional = false)
{
    ArgSpec a;
    a.slot = slot;
    a.what = what;
    a.optional = optional;
    return a;
}

ArgSpec newName(HandleKind kind, std::string_view what, bool optional = false)
{
    ArgSpec a = arg(Slot::NewName, what, optional);
    a.defines = kind;
    return a;
}

ArgSpec choice(std::vector<std::string_view> words, std::string_view what)
{
    ArgSpec a = arg(Slot::Choice, what);
    a.choices = std::move(words);
    return a;
}

OptionSpec flag(std::string_view name, std::string_view excludes = {})
{
    return OptionSpec{name, std::nullopt, {}, excludes};
}

OptionSpec valued(std::string_view name, ArgSpec value, std::string_view needs = {},
                  std::string_view excludes = {})
{
    return OptionSpec{name, std::move(value), needs, excludes};
}

std::vector<OpSpec> buildVocabulary()
{
    const ArgSpec mode = intArg(EMSG_NOOP("the permission bits, e.g. 0600"), 0, 07777);
    const ArgSpec into = newName(HandleKind::Var, EMSG_NOOP("the variable to keep the text"));
    std::vector<OpSpec> v;
    auto add = [&v](OpSpec op) { v.push_back(std::move(op)); };

    // Processes
    add({.name = "print",
         .synopsis = "print STRING",
         .c = "printf",
         .manpages = {{"printf(3)"}, {"fflush(3)"}},
         .args = {arg(Slot::Text, EMSG_NOOP("the text to print"))},
         .substitutions = true});
    add({.name = "printf",
         .synopsis = "printf STRING",
         .c = "printf",
         .manpages = {{"printf(3)"}},
         .args = {arg(Slot::Text, EMSG_NOOP("the text to put in the stdout buffer"))},
         .substitutions = true});
    add({.name = "fflush", .synopsis = "fflush", .c = "fflush", .manpages = {{"fflush(3)"}}});
    add({.name = "eprint",
         .synopsis = "eprint STRING",
         .c = "fprintf",
         .manpages = {{"fprintf(3)"}},
         .args = {arg(Slot::Text, EMSG_NOOP("the text to print on stderr"))},
         .substitutions = true});
    add({.name = "fork",
         .synopsis = "fork [NAME] {",
         .c = "fork",
         .manpages = {{"fork(2)"}, {"exit(3)", ManPageSpec::When::AfterBody}},
         .args = {newName(HandleKind::Child, EMSG_NOOP("the child's name"), true)},
         .block = true});
    add({.name = "fork_unchecked",
         .synopsis = "fork_unchecked",
         .c = "fork",
         .manpages = {{"fork(2)"}}});
    add({.name = "fork_tree",
         .synopsis = "fork_tree INT INT {",
         .c = "fork",
         .manpages = {{"fork(2)"},
                      {"exit(3)", ManPageSpec::When::AfterBody},
                      {"waitpid(2)", ManPageSpec::When::AfterBody}},
         .args = {intArg(EMSG_NOOP("the depth of the tree"), 1, 10),
                  intArg(EMSG_NOOP("how many children each process forks"), 1, 64)},
         .block = true,
         .mayBlock = true}); // each process waits for its children
    add({.name = "wait",
         .synopsis = "wait [NAME]",
         .c = "waitpid",
         .manpages = {{"wait(2)", ManPageSpec::When::WithoutArgs},
                      {"waitpid(2)", ManPageSpec::When::WithArgs}},
         .args = {arg(Slot::Child, EMSG_NOOP("the child to wait for"), true)},
         .mayBlock = true});
    add({.name = "exit",
         .synopsis = "exit [INT]",
         .c = "exit",
         .manpages = {{"exit(3)"}},
         .args = {intArg(EMSG_NOOP("the exit status"), 0, 255, true)}});
    add({.name = "sleep",
         .synopsis = "sleep INT",
         .c = "sleep",
         .manpages = {{"sleep(3)", ManPageSpec::When::NoHandlers},
                      {"nanosleep(2)", ManPageSpec::When::Handlers}},
         .args = {intArg(EMSG_NOOP("seconds"), 0, 3600)},
         .mayBlock = true});
    add({.name = "msleep",
         .synopsis = "msleep INT",
         .c = "usleep",
         .manpages = {{"usleep(3)", ManPageSpec::When::NoHandlers},
                      {"nanosleep(2)", ManPageSpec::When::Handlers}},
         .args = {intArg(EMSG_NOOP("milliseconds"), 0, 3600 * 1000)},
         .mayBlock = true});
    add({.name = "usleep",
         .synopsis = "usleep INT",
         .c = "usleep",
         .manpages = {{"usleep(3)", ManPageSpec::When::NoHandlers},
                      {"nanosleep(2)", ManPageSpec::When::Handlers}},
         .args = {intArg(EMSG_NOOP("microseconds"), 0, 3600LL * 1000 * 1000)},
         .mayBlock = true});
    add({.name = "exec",
         .synopsis = "exec WORD...",
         .c = "execvp",
         .manpages = {{"execvp(3)"}},
         .args = {arg(Slot::Argv, EMSG_NOOP("the program and its arguments"))}});
    add({.name = "repeat",
         .synopsis = "repeat INT {",
         .c = "for",
         .args = {intArg(EMSG_NOOP("how many times"), 0, 1000000)},
         .block = true});

    // Signals
    add({.name = "sigaction",
         .synopsis = "sigaction SIG count|ignore|default|reap",
         .c = "sigaction",
         .manpages = {{"sigaction(2)"},
                      {"sigemptyset(3)"},
                      {"waitpid(2)", ManPageSpec::When::WithWord, "reap"}},
         .args = {arg(Slot::Signal, EMSG_NOOP("the signal to handle")),
                  choice({"count", "ignore", "default", "reap"}, EMSG_NOOP("the action"))}});
    add({.name = "kill",
         .synopsis = "kill TARGET SIG",
         .c = "kill",
         .manpages = {{"kill(2)"},
                      {"getpid(2)", ManPageSpec::When::WithWord, "self"},
                      {"getppid(2)", ManPageSpec::When::WithWord, "parent"}},
         .args = {arg(Slot::Target, EMSG_NOOP("the process to signal")),
                  arg(Slot::Signal, EMSG_NOOP("the signal to send"))}});
    add({.name = "pause",
         .synopsis = "pause",
         .c = "pause",
         .manpages = {{"pause(2)"}},
         .mayBlock = true});

    // Pipes, descriptors, FIFOs and files
    add({.name = "pipe",
         .synopsis = "pipe NAME",
         .c = "pipe",
         .manpages = {{"pipe(2)"}},
         .args = {newName(HandleKind::Pipe, EMSG_NOOP("the pipe's name"))}});
    add({.name = "close",
         .synopsis = "close FD",
         .c = "close",
         .manpages = {{"close(2)"}},
         .args = {arg(Slot::Closable, EMSG_NOOP("the descriptor to close"))}});
    add({.name = "dup2",
         .synopsis = "dup2 FD INT",
         .c = "dup2",
         .manpages = {{"dup2(2)"}},
         .args = {arg(Slot::Fd, EMSG_NOOP("the descriptor to copy")),
                  intArg(EMSG_NOOP("the new descriptor number"), 0, 1023)}});
    add({.name = "write",
         .synopsis = "write FD STRING | write FD fill INT",
         .c = "write",
         .manpages = {{"write(2)"}, {"memset(3)", ManPageSpec::When::WithWord, "fill"}},
         .args = {arg(Slot::Fd, EMSG_NOOP("the descriptor to write to")),
                  arg(Slot::Text, EMSG_NOOP("the text to write"), true)},
         .options = {valued("fill",
                            intArg(EMSG_NOOP("how many bytes of 'x' to write"), 1, kMaxIo))},
         .mayBlock = true});
    add({.name = "read",
         .synopsis = "read FD [max INT] [until-eof | until STRING] [echo] [into NAME]",
         .c = "read",
         .manpages = {{"read(2)"}, {"write(2)", ManPageSpec::When::WithWord, "echo"}},
         .args = {arg(Slot::Fd, EMSG_NOOP("the descriptor to read from"))},
         .options = {valued("max", intArg(EMSG_NOOP("the most bytes one read returns"), 1, kMaxIo)),
                     flag("until-eof", "until"),
                     valued("until", arg(Slot::Text, EMSG_NOOP("the text to wait for"))),
                     flag("echo"), valued("into", into)},
         .mayBlock = true});
    add({.name = "mkfifo",
         .synopsis = "mkfifo STRING [mode INT]",
         .c = "mkfifo",
         .manpages = {{"mkfifo(3)"}},
         .args = {arg(Slot::Path, EMSG_NOOP("the FIFO's path"))},
         .options = {valued("mode", mode)}});
    add({.name = "open",
         .synopsis = "open NAME STRING read|write|rdwr [create] [mode INT]",
         .c = "open",
         .manpages = {{"open(2)"}},
         .args = {newName(HandleKind::File, EMSG_NOOP("the descriptor's name")),
                  arg(Slot::Path, EMSG_NOOP("the path to open")),
                  choice({"read", "write", "rdwr"}, EMSG_NOOP("the access mode"))},
         .options = {flag("create"), valued("mode", mode, "create")},
         .mayBlock = true}); // opening a FIFO waits for the other side
    add({.name = "unlink",
         .synopsis = "unlink STRING",
         .c = "unlink",
         .manpages = {{"unlink(2)"}},
         .args = {arg(Slot::Path, EMSG_NOOP("the path to remove"))}});

    // Shared memory and mapped files
    add({.name = "shm_open",
         .synopsis = "shm_open NAME STRING rdonly|rdwr [create] [mode INT]",
         .c = "shm_open",
         .manpages = {{"shm_open(3)"}},
         .args = {newName(HandleKind::Shm, EMSG_NOOP("the shared memory's name")),
                  arg(Slot::IpcName, EMSG_NOOP("the shared memory object, e.g. \"/AOS\"")),
                  choice({"rdonly", "rdwr"}, EMSG_NOOP("the access mode"))},
         .options = {flag("create"), valued("mode", mode, "create")}});
    add({.name = "ftruncate",
         .synopsis = "ftruncate NAME INT",
         .c = "ftruncate",
         .manpages = {{"ftruncate(2)"}},
         .args = {arg(Slot::Shm, EMSG_NOOP("the shared memory to resize")),
                  intArg(EMSG_NOOP("the size in bytes"), 0, kMaxSize)}});
    add({.name = "mmap",
         .synopsis = "mmap MAP NAME INT read|rdwr",
         .c = "mmap",
         .manpages = {{"mmap(2)"}},
         .args = {newName(HandleKind::Map, EMSG_NOOP("the mapping's name")),
                  arg(Slot::MapSource, EMSG_NOOP("the shared memory or file to map")),
                  intArg(EMSG_NOOP("the size in bytes"), 1, kMaxSize),
                  choice({"read", "rdwr"}, EMSG_NOOP("the protection"))}});
    add({.name = "munmap",
         .synopsis = "munmap MAP",
         .c = "munmap",
         .manpages = {{"munmap(2)"}},
         .args = {arg(Slot::Map, EMSG_NOOP("the mapping to remove"))}});
    add({.name = "mem_write",
         .synopsis = "mem_write MAP INT STRING",
         .c = "memcpy",
         .manpages = {{"memcpy(3)"}},
         .args = {arg(Slot::Map, EMSG_NOOP("the mapping to write to")),
                  intArg(EMSG_NOOP("the offset"), 0, kMaxSize - 1),
                  arg(Slot::Text, EMSG_NOOP("the bytes to write"))}});
    add({.name = "mem_read",
         .synopsis = "mem_read MAP INT INT [as int32] [echo] [into NAME]",
         .c = "memcpy",
         .manpages = {{"memcpy(3)"}, {"write(2)", ManPageSpec::When::WithWord, "echo"}},
         .args = {arg(Slot::Map, EMSG_NOOP("the mapping to read from")),
                  intArg(EMSG_NOOP("the offset"), 0, kMaxSize - 1),
                  intArg(EMSG_NOOP("how many bytes"), 1, kMaxIo)},
         .options = {valued("as", choice({"int32"}, EMSG_NOOP("how to read the bytes"))),
                     flag("echo"), valued("into", into)}});
    add({.name = "mem_write_int",
         .synopsis = "mem_write_int MAP INT NAME [add INT]",
         .c = "*(int *)(p + offset) = NAME + N",
         .args = {arg(Slot::Map, EMSG_NOOP("the mapping to write to")),
                  intArg(EMSG_NOOP("the offset of the int"), 0, kMaxSize - 4),
                  arg(Slot::Var, EMSG_NOOP("the variable that holds the value"))},
         .options = {valued("add", intArg(EMSG_NOOP("the number to add"), -1000000, 1000000))}});
    add({.name = "mem_incr",
         .synopsis = "mem_incr MAP INT",
         .c = "(*p)++",
         .args = {arg(Slot::Map, EMSG_NOOP("the mapping")),
                  intArg(EMSG_NOOP("the offset of the int"), 0, kMaxSize - 4)}});
    add({.name = "shm_unlink",
         .synopsis = "shm_unlink STRING",
         .c = "shm_unlink",
         .manpages = {{"shm_unlink(3)"}},
         .args = {arg(Slot::IpcName, EMSG_NOOP("the shared memory object to remove"))}});

    // Named semaphores
    add({.name = "sem_open",
         .synopsis = "sem_open NAME STRING [create] [value INT]",
         .c = "sem_open",
         .manpages = {{"sem_open(3)"}},
         .args = {newName(HandleKind::Sem, EMSG_NOOP("the semaphore's name")),
                  arg(Slot::IpcName, EMSG_NOOP("the semaphore, e.g. \"/sem_AOS\""))},
         .options = {flag("create"),
                     valued("value", intArg(EMSG_NOOP("the initial value"), 0, 32767), "create")}});
    add({.name = "sem_wait",
         .synopsis = "sem_wait NAME",
         .c = "sem_wait",
         .manpages = {{"sem_wait(3)"}},
         .args = {arg(Slot::Sem, EMSG_NOOP("the semaphore"))},
         .mayBlock = true});
    add({.name = "sem_post",
         .synopsis = "sem_post NAME",
         .c = "sem_post",
         .manpages = {{"sem_post(3)"}},
         .args = {arg(Slot::Sem, EMSG_NOOP("the semaphore"))}});
    add({.name = "sem_close",
         .synopsis = "sem_close NAME",
         .c = "sem_close",
         .manpages = {{"sem_close(3)"}},
         .args = {arg(Slot::Sem, EMSG_NOOP("the semaphore"))}});
    add({.name = "sem_unlink",
         .synopsis = "sem_unlink STRING",
         .c = "sem_unlink",
         .manpages = {{"sem_unlink(3)"}},
         .args = {arg(Slot::IpcName, EMSG_NOOP("the semaphore to remove"))}});
    return v;
}

struct SignalEntry {
    std::string_view name;
    int number;
};

const SignalEntry kSignals[] = {
    {"SIGHUP", SIGHUP},       {"SIGINT", SIGINT},   {"SIGQUIT", SIGQUIT},   {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT}, {"SIGBUS", SIGBUS},     {"SIGFPE", SIGFPE},
    {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},   {"SIGUSR2", SIGUSR2},
    {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},   {"SIGCHLD", SIGCHLD},
    {"SIGCONT", SIGCONT},     {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},   {"SIGTTIN", SIGTTIN},
    {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},   {"SIGXCPU", SIGXCPU},   {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},
    {"SIGPWR", SIGPWR},       {"SIGSYS", SIGSYS},
};

// Optimal string alignment distance: a swapped pair of letters ("titel") counts as one typo.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

} // namespace

const OptionSpec *OpSpec::option(std::string_view optionName) const
{
    for (const OptionSpec &o : options) {
        if (o.name == optionName)
            return &o;
    }
    return nullptr;
}

const std::vector<OpSpec> &vocabulary()
{
    static const std::vector<OpSpec> all = buildVocabulary();
    return all;
}

const OpSpec *findOp(std::string_view name)
{
    for (const OpSpec &op : vocabulary()) {
        if (op.name == name)
            return &op;
    }
    return nullptr;
}

std::string_view substitutionManPage(std::string_view substitution)
{
    if (substitution == "pid")
        return "getpid(2)";
    if (substitution == "ppid")
        return "getppid(2)";
    return {};
}

const std::vector<std::string_view> &directiveNames()
{
    static const std::vector<std::string_view> names = {"id",    "title", "category", "description",
                                                        "watch", "param", "expect",   "process"};
    return names;
}

const std::vector<std::string_view> &expectedStatuses()
{
    static const std::vector<std::string_view> names = {"completed", "deadlock", "failed",
                                                        "timeout"};
    return names;
}

const std::vector<std::string_view> &categories()
{
    static const std::vector<std::string_view> names = {
        "processes", "signals", "pipes", "fifos", "shm", "semaphores", "classic", "pitfalls"};
    return names;
}

int signalNumber(std::string_view name)
{
    for (const SignalEntry &s : kSignals) {
        if (s.name == name)
            return s.number;
    }
    return 0;
}

std::string_view signalName(int number)
{
    for (const SignalEntry &s : kSignals) {
        if (s.number == number)
            return s.name;
    }
    return {};
}

std::vector<std::string_view> signalNames()
{
    std::vector<std::string_view> names;
    for (const SignalEntry &s : kSignals)
        names.push_back(s.name);
    return names;
}

protocol::Message slotNoun(const ArgSpec &spec)
{
    switch (spec.slot) {
    case Slot::Int:
        return EMSG("an integer");
    case Slot::Text:
    case Slot::Path:
    case Slot::IpcName:
        return EMSG("a string");
    case Slot::NewName:
        return EMSG("a name");
    case Slot::Fd:
        return EMSG("a descriptor (NAME.r, NAME.w, an opened NAME or a number)");
    case Slot::Closable:
        return EMSG("a descriptor (NAME.r, NAME.w, an opened NAME, a shm_open NAME or a number)");
    case Slot::Target:
        return EMSG("a process (a label such as main.1, a fork's NAME, parent or self)");
    case Slot::Child:
        return EMSG("the NAME of a fork");
    case Slot::Signal:
        return EMSG("a signal name");
    case Slot::Choice: {
        // The words are keywords; only the last " or " is a word of the message.
        if (spec.choices.size() < 2)
            return protocol::Message::data(spec.choices.empty() ? std::string()
                                                                : std::string(spec.choices[0]));
        std::string s;
        for (std::size_t i = 0; i + 1 < spec.choices.size(); ++i) {
            if (i > 0)
                s += ", ";
            s += spec.choices[i];
        }
        return EMSG("%1 or %2", s, spec.choices.back());
    }
    case Slot::Shm:
        return EMSG("the NAME of a shm_open");
    case Slot::MapSource:
        return EMSG("the NAME of a shm_open or of an opened file");
    case Slot::Map:
        return EMSG("the MAP of an mmap");
    case Slot::Sem:
        return EMSG("the NAME of a sem_open");
    case Slot::Argv:
        return EMSG("a program name");
    case Slot::Var:
        return EMSG("the NAME of a variable");
    }
    return EMSG("an argument");
}

std::string closestName(std::string_view word, const std::vector<std::string_view> &candidates)
{
    std::string best;
    if (word.size() > 64)
        return best; // nothing that long is a typo of a name
    std::size_t bestDistance = SIZE_MAX;
    std::size_t bestPrefix = 0;
    for (std::string_view c : candidates) {
        const std::size_t d = editDistance(word, c);
        // On a tie, the name that starts like the word wins: "writ" is "write", not "wait".
        std::size_t prefix = 0;
        while (prefix < word.size() && prefix < c.size() && word[prefix] == c[prefix])
            ++prefix;
        if (d < bestDistance || (d == bestDistance && prefix > bestPrefix)) {
            bestDistance = d;
            bestPrefix = prefix;
            best = std::string(c);
        }
    }
    // Close means one typo in a short word, two in a longer one.
    const std::size_t limit = word.size() <= 4 ? 1 : 2;
    if (bestDistance > limit)
        return {};
    return best;
}

} // namespace ipcviz::scenario
