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
    const ArgSpec mode = intArg("the permission bits, e.g. 0600", 0, 07777);
    std::vector<OpSpec> v;
    auto add = [&v](OpSpec op) { v.push_back(std::move(op)); };

    // Processes
    add({"print", "print STRING", "printf", {arg(Slot::Text, "the text to print")}, {}, false,
         false, true});
    add({"eprint", "eprint STRING", "fprintf", {arg(Slot::Text, "the text to print on stderr")},
         {}, false, false, true});
    add({"fork", "fork [NAME] {", "fork", {newName(HandleKind::Child, "the child's name", true)},
         {}, true, false, false});
    add({"wait", "wait [NAME]", "waitpid", {arg(Slot::Child, "the child to wait for", true)}, {},
         false, true, false});
    add({"exit", "exit [INT]", "exit", {intArg("the exit status", 0, 255, true)}, {}, false,
         false, false});
    add({"sleep", "sleep INT", "sleep", {intArg("seconds", 0, 3600)}, {}, false, true, false});
    add({"msleep", "msleep INT", "usleep", {intArg("milliseconds", 0, 3600 * 1000)}, {}, false,
         true, false});
    add({"usleep", "usleep INT", "usleep", {intArg("microseconds", 0, 3600LL * 1000 * 1000)}, {},
         false, true, false});
    add({"exec", "exec WORD...", "execvp", {arg(Slot::Argv, "the program and its arguments")}, {},
         false, false, false});
    add({"repeat", "repeat INT {", "for", {intArg("how many times", 0, 1000000)}, {}, true, false,
         false});

    // Signals
    add({"sigaction",
         "sigaction SIG count|ignore|default",
         "sigaction",
         {arg(Slot::Signal, "the signal to handle"),
          choice({"count", "ignore", "default"}, "the action")},
         {},
         false,
         false,
         false});
    add({"kill",
         "kill TARGET SIG",
         "kill",
         {arg(Slot::Target, "the process to signal"), arg(Slot::Signal, "the signal to send")},
         {},
         false,
         false,
         false});
    add({"pause", "pause", "pause", {}, {}, false, true, false});

    // Pipes, descriptors, FIFOs and files
    add({"pipe", "pipe NAME", "pipe", {newName(HandleKind::Pipe, "the pipe's name")}, {}, false,
         false, false});
    add({"close", "close FD", "close", {arg(Slot::Closable, "the descriptor to close")}, {}, false,
         false, false});
    add({"dup2",
         "dup2 FD INT",
         "dup2",
         {arg(Slot::Fd, "the descriptor to copy"), intArg("the new descriptor number", 0, 1023)},
         {},
         false,
         false,
         false});
    add({"write",
         "write FD STRING | write FD fill INT",
         "write",
         {arg(Slot::Fd, "the descriptor to write to"), arg(Slot::Text, "the text to write", true)},
         {valued("fill", intArg("how many bytes of 'x' to write", 1, kMaxIo))},
         false,
         true,
         false});
    add({"read",
         "read FD [max INT] [until-eof | until STRING] [echo] [into NAME]",
         "read",
         {arg(Slot::Fd, "the descriptor to read from")},
         {valued("max", intArg("the most bytes one read returns", 1, kMaxIo)),
          flag("until-eof", "until"), valued("until", arg(Slot::Text, "the text to wait for")),
          flag("echo"), valued("into", newName(HandleKind::Var, "the variable to keep the text"))},
         false,
         true,
         false});
    add({"mkfifo",
         "mkfifo STRING [mode INT]",
         "mkfifo",
         {arg(Slot::Path, "the FIFO's path")},
         {valued("mode", mode)},
         false,
         false,
         false});
    add({"open",
         "open NAME STRING read|write|rdwr [create] [mode INT]",
         "open",
         {newName(HandleKind::File, "the descriptor's name"), arg(Slot::Path, "the path to open"),
          choice({"read", "write", "rdwr"}, "the access mode")},
         {flag("create"), valued("mode", mode, "create")},
         false,
         true,
         false});
    add({"unlink", "unlink STRING", "unlink", {arg(Slot::Path, "the path to remove")}, {}, false,
         false, false});

    // Shared memory and mapped files
    add({"shm_open",
         "shm_open NAME STRING rdonly|rdwr [create] [mode INT]",
         "shm_open",
         {newName(HandleKind::Shm, "the shared memory's name"),
          arg(Slot::IpcName, "the shared memory object, e.g. \"/AOS\""),
          choice({"rdonly", "rdwr"}, "the access mode")},
         {flag("create"), valued("mode", mode, "create")},
         false,
         false,
         false});
    add({"ftruncate",
         "ftruncate NAME INT",
         "ftruncate",
         {arg(Slot::Shm, "the shared memory to resize"), intArg("the size in bytes", 0, kMaxSize)},
         {},
         false,
         false,
         false});
    add({"mmap",
         "mmap MAP NAME INT read|rdwr",
         "mmap",
         {newName(HandleKind::Map, "the mapping's name"),
          arg(Slot::MapSource, "the shared memory or file to map"),
          intArg("the size in bytes", 1, kMaxSize), choice({"read", "rdwr"}, "the protection")},
         {},
         false,
         false,
         false});
    add({"munmap", "munmap MAP", "munmap", {arg(Slot::Map, "the mapping to remove")}, {}, false,
         false, false});
    add({"mem_write",
         "mem_write MAP INT STRING",
         "memcpy",
         {arg(Slot::Map, "the mapping to write to"), intArg("the offset", 0, kMaxSize - 1),
          arg(Slot::Text, "the bytes to write")},
         {},
         false,
         false,
         false});
    add({"mem_read",
         "mem_read MAP INT INT [as int32] [echo] [into NAME]",
         "memcpy",
         {arg(Slot::Map, "the mapping to read from"), intArg("the offset", 0, kMaxSize - 1),
          intArg("how many bytes", 1, kMaxIo)},
         {valued("as", choice({"int32"}, "how to read the bytes")), flag("echo"),
          valued("into", newName(HandleKind::Var, "the variable to keep the text"))},
         false,
         false,
         false});
    add({"mem_incr",
         "mem_incr MAP INT",
         "(*p)++",
         {arg(Slot::Map, "the mapping"), intArg("the offset of the int", 0, kMaxSize - 4)},
         {},
         false,
         false,
         false});
    add({"shm_unlink",
         "shm_unlink STRING",
         "shm_unlink",
         {arg(Slot::IpcName, "the shared memory object to remove")},
         {},
         false,
         false,
         false});

    // Named semaphores
    add({"sem_open",
         "sem_open NAME STRING [create] [value INT]",
         "sem_open",
         {newName(HandleKind::Sem, "the semaphore's name"),
          arg(Slot::IpcName, "the semaphore, e.g. \"/sem_AOS\"")},
         {flag("create"), valued("value", intArg("the initial value", 0, 32767), "create")},
         false,
         false,
         false});
    add({"sem_wait", "sem_wait NAME", "sem_wait", {arg(Slot::Sem, "the semaphore")}, {}, false,
         true, false});
    add({"sem_post", "sem_post NAME", "sem_post", {arg(Slot::Sem, "the semaphore")}, {}, false,
         false, false});
    add({"sem_close", "sem_close NAME", "sem_close", {arg(Slot::Sem, "the semaphore")}, {}, false,
         false, false});
    add({"sem_unlink",
         "sem_unlink STRING",
         "sem_unlink",
         {arg(Slot::IpcName, "the semaphore to remove")},
         {},
         false,
         false,
         false});
    return v;
}

struct SignalEntry {
    std::string_view name;
    int number;
};

const SignalEntry kSignals[] = {
    {"SIGHUP", SIGHUP},     {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},
    {"SIGILL", SIGILL},     {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},
    {"SIGBUS", SIGBUS},     {"SIGFPE", SIGFPE},       {"SIGKILL", SIGKILL},
    {"SIGUSR1", SIGUSR1},   {"SIGSEGV", SIGSEGV},     {"SIGUSR2", SIGUSR2},
    {"SIGPIPE", SIGPIPE},   {"SIGALRM", SIGALRM},     {"SIGTERM", SIGTERM},
    {"SIGCHLD", SIGCHLD},   {"SIGCONT", SIGCONT},     {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP},   {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU},
    {"SIGURG", SIGURG},     {"SIGXCPU", SIGXCPU},     {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},   {"SIGWINCH", SIGWINCH},
    {"SIGIO", SIGIO},       {"SIGPWR", SIGPWR},       {"SIGSYS", SIGSYS},
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

const std::vector<std::string_view> &directiveNames()
{
    static const std::vector<std::string_view> names = {"id",    "title", "category", "description",
                                                        "watch", "param", "process"};
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

std::string slotNoun(const ArgSpec &spec)
{
    switch (spec.slot) {
    case Slot::Int:
        return "an integer";
    case Slot::Text:
    case Slot::Path:
    case Slot::IpcName:
        return "a string";
    case Slot::NewName:
        return "a name";
    case Slot::Fd:
        return "a descriptor (NAME.r, NAME.w, an opened NAME or a number)";
    case Slot::Closable:
        return "a descriptor (NAME.r, NAME.w, an opened NAME, a shm_open NAME or a number)";
    case Slot::Target:
        return "a process (a label such as main.1, a fork's NAME, parent or self)";
    case Slot::Child:
        return "the NAME of a fork";
    case Slot::Signal:
        return "a signal name";
    case Slot::Choice: {
        std::string s;
        for (std::size_t i = 0; i < spec.choices.size(); ++i) {
            if (i > 0)
                s += i + 1 == spec.choices.size() ? " or " : ", ";
            s += spec.choices[i];
        }
        return s;
    }
    case Slot::Shm:
        return "the NAME of a shm_open";
    case Slot::MapSource:
        return "the NAME of a shm_open or of an opened file";
    case Slot::Map:
        return "the MAP of an mmap";
    case Slot::Sem:
        return "the NAME of a sem_open";
    case Slot::Argv:
        return "a program name";
    }
    return "an argument";
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
