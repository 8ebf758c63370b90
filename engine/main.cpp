// ipcviz-engine: runs scenarios as real processes and streams what they do.
// See DESIGN.md ("Engine command line") and engine/PROTOCOL.md.

#include "bench/ipcbench.h"
#include "cgen/ccommand.h"
#include "protocol/record.h"
#include "scenario/check.h"
#include "scenario/library.h"
#include "scenario/params.h"
#include "scenario/parser.h"
#include "supervisor/supervisor.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace ipcviz;

constexpr int kUsageError = 2;

void usage(std::FILE *to)
{
    std::fputs(
        "usage: ipcviz-engine list [--json]\n"
        "       ipcviz-engine run SCENARIO [--step] [--param KEY=VALUE]... [--timeout SECONDS]\n"
        "                         [--pace MS] [--trace FILE] [--schedule TRACE] [--max-procs N]\n"
        "                         [--max-objects N] [--max-events N]\n"
        "       ipcviz-engine check FILE [--json]\n"
        "       ipcviz-engine c SCENARIO [--param KEY=VALUE]... [--json]\n"
        "       ipcviz-engine bench [--json|--csv] [--quick] [--mechanism M]... [--size BYTES]...\n"
        "\n"
        "SCENARIO is a built-in id (see `ipcviz-engine list`) or a scenario file.\n"
        "`run` writes events (NDJSON, engine/PROTOCOL.md) on stdout and reads commands\n"
        "on stdin; it exits 0 only when the run completed.\n",
        to);
}

std::string json(std::string_view s)
{
    std::string out = "\"";
    protocol::appendJsonEscaped(out, s);
    return out + "\"";
}

int cmdList(const std::vector<std::string> &args)
{
    bool asJson = false;
    for (const auto &a : args) {
        if (a == "--json")
            asJson = true;
        else {
            std::fprintf(stderr, "ipcviz-engine list: unknown option '%s'\n", a.c_str());
            return kUsageError;
        }
    }
    const auto all = scenario::listBuiltins();
    if (!asJson) {
        std::string category;
        for (const auto &b : all) {
            if (b.category != category) {
                category = b.category;
                std::printf("%s%s:\n", category == all.front().category ? "" : "\n",
                            category.c_str());
            }
            std::printf("  %-30s %s\n", b.id.c_str(), b.title.c_str());
        }
        return 0;
    }
    std::string out = "[";
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto &b = all[i];
        out += i ? ",\n" : "\n";
        out += "{\"id\":" + json(b.id) + ",\"title\":" + json(b.title) +
               ",\"category\":" + json(b.category) + ",\"description\":" + json(b.description) +
               ",\"watch\":[";
        for (std::size_t w = 0; w < b.watch.size(); ++w)
            out += (w ? "," : "") + json(b.watch[w]);
        out += "],\"expect\":" + json(b.expect) + ",\"params\":[";
        for (std::size_t p = 0; p < b.params.size(); ++p) {
            const auto &pr = b.params[p];
            const bool isInt = pr.type == scenario::Param::Type::Int;
            out += (p ? "," : "");
            out +=
                "{\"name\":" + json(pr.name) + ",\"type\":" + json(isInt ? "int" : "string") +
                ",\"default\":" + (isInt ? std::to_string(pr.defaultInt) : json(pr.defaultString)) +
                ",\"description\":" + json(pr.description);
            if (isInt && pr.min != INT64_MIN)
                out += ",\"min\":" + std::to_string(pr.min);
            if (isInt && pr.max != INT64_MAX)
                out += ",\"max\":" + std::to_string(pr.max);
            out += "}";
        }
        out += "],\"manpages\":[";
        for (std::size_t m = 0; m < b.manpages.size(); ++m)
            out += (m ? "," : "") + json(b.manpages[m]);
        out += "]}";
    }
    out += "\n]\n";
    std::fputs(out.c_str(), stdout);
    return 0;
}

bool parseInt(const std::string &s, long lo, long hi, int &out)
{
    char *end = nullptr;
    errno = 0;
    const long v = std::strtol(s.c_str(), &end, 10);
    if (s.empty() || *end != '\0' || errno != 0 || v < lo || v > hi)
        return false;
    out = static_cast<int>(v);
    return true;
}

int cmdRun(const std::vector<std::string> &args)
{
    std::string which;
    std::vector<std::string> overrides;
    supervisor::RunOptions opt;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&](const char *name) -> const std::string * {
            if (i + 1 >= args.size()) {
                std::fprintf(stderr, "ipcviz-engine run: %s needs a value\n", name);
                return nullptr;
            }
            return &args[++i];
        };
        if (a == "--step") {
            opt.step = true;
        } else if (a == "--param") {
            const auto *v = value("--param");
            if (!v)
                return kUsageError;
            overrides.push_back(*v);
        } else if (a == "--timeout") {
            const auto *v = value("--timeout");
            if (!v || !parseInt(*v, 1, 86400, opt.timeoutSeconds)) {
                std::fprintf(stderr,
                             "ipcviz-engine run: --timeout takes whole seconds, 1 to 86400\n");
                return kUsageError;
            }
        } else if (a == "--pace") {
            const auto *v = value("--pace");
            if (!v || !parseInt(*v, 0, 60000, opt.paceMs)) {
                std::fprintf(stderr, "ipcviz-engine run: --pace takes milliseconds, 0 to 60000\n");
                return kUsageError;
            }
        } else if (a == "--max-procs") {
            const auto *v = value("--max-procs");
            if (!v || !parseInt(*v, 1, 1024, opt.processCap)) {
                std::fprintf(stderr, "ipcviz-engine run: --max-procs takes 1 to 1024\n");
                return kUsageError;
            }
        } else if (a == "--max-objects") {
            const auto *v = value("--max-objects");
            if (!v || !parseInt(*v, 1, 100000, opt.objectCap)) {
                std::fprintf(stderr, "ipcviz-engine run: --max-objects takes 1 to 100000\n");
                return kUsageError;
            }
        } else if (a == "--max-events") {
            const auto *v = value("--max-events");
            int count = 0;
            if (!v || !parseInt(*v, 1, 2000000000, count)) {
                std::fprintf(stderr, "ipcviz-engine run: --max-events takes 1 to 2000000000\n");
                return kUsageError;
            }
            opt.maxEvents = count;
        } else if (a == "--trace") {
            const auto *v = value("--trace");
            if (!v)
                return kUsageError;
            opt.traceFile = *v;
        } else if (a == "--schedule") {
            const auto *v = value("--schedule");
            if (!v)
                return kUsageError;
            opt.scheduleFile = *v;
        } else if (a.rfind("--", 0) == 0) {
            std::fprintf(stderr, "ipcviz-engine run: unknown option '%s'\n", a.c_str());
            return kUsageError;
        } else if (which.empty()) {
            which = a;
        } else {
            std::fprintf(stderr, "ipcviz-engine run: one scenario at a time ('%s' is extra)\n",
                         a.c_str());
            return kUsageError;
        }
    }
    if (which.empty()) {
        std::fprintf(stderr, "ipcviz-engine run: which scenario? (see `ipcviz-engine list`)\n");
        return kUsageError;
    }
    auto loaded = scenario::loadScenario(which);
    if (!loaded.ok()) {
        for (const auto &d : loaded.errors)
            std::fprintf(stderr, "%s\n", scenario::formatDiagnostic(d).c_str());
        return kUsageError;
    }
    auto values = scenario::defaultParams(loaded.scenario);
    for (const auto &o : overrides) {
        if (auto err = scenario::applyParamOverride(loaded.scenario, values, o)) {
            std::fprintf(stderr, "ipcviz-engine run: --param %s: %s\n", o.c_str(), err->c_str());
            return kUsageError;
        }
    }
    const scenario::Scenario bound = scenario::bindParams(loaded.scenario, values);
    supervisor::Supervisor sup(bound, values, opt);
    return sup.run();
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        usage(stderr);
        return kUsageError;
    }
    const std::string cmd = args.front();
    args.erase(args.begin());
    if (cmd == "-h" || cmd == "--help" || cmd == "help") {
        usage(stdout);
        return 0;
    }
    if (cmd == "--version") {
        std::printf("ipcviz-engine %s (event protocol 1)\n", IPCVIZ_VERSION);
        return 0;
    }
    if (cmd == "list")
        return cmdList(args);
    if (cmd == "bench")
        return bench::runBenchCommand(args);
    if (cmd == "run")
        return cmdRun(args);
    if (cmd == "check") {
        const bool json = args.size() == 2 && args[1] == "--json";
        if (args.size() != 1 && !json) {
            std::fprintf(stderr, "usage: ipcviz-engine check FILE [--json]\n");
            return kUsageError;
        }
        return json ? scenario::runCheckJson(args[0], std::cout)
                    : scenario::runCheck(args[0], std::cout);
    }
    if (cmd == "c") {
        std::string which;
        std::vector<std::string> overrides;
        bool json = false;
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (args[i] == "--param" && i + 1 < args.size())
                overrides.push_back(args[++i]);
            else if (args[i] == "--json")
                json = true;
            else if (args[i].rfind("--", 0) == 0 || !which.empty()) {
                std::fprintf(stderr, "usage: ipcviz-engine c SCENARIO [--param KEY=VALUE]...\n");
                return kUsageError;
            } else
                which = args[i];
        }
        if (which.empty()) {
            std::fprintf(stderr, "usage: ipcviz-engine c SCENARIO [--param KEY=VALUE]...\n");
            return kUsageError;
        }
        return json ? cgen::runCGeneratorJson(which, overrides, std::cout, std::cerr)
                    : cgen::runCGenerator(which, overrides, std::cout, std::cerr);
    }
    std::fprintf(stderr, "ipcviz-engine: unknown command '%s'\n\n", cmd.c_str());
    usage(stderr);
    return kUsageError;
}
