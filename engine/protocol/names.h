#pragma once
// Names of signals and errno values as the event stream spells them.

#include <string_view>

namespace ipcviz::protocol {

/// "SIGUSR1" -> 10; also accepts "USR1" and a number; -1 if unknown.
int signalNumber(std::string_view name);
/// 10 -> "SIGUSR1"; "SIG?" if unknown. Async-signal-safe (static table).
const char *signalName(int sig);
/// EPIPE -> "EPIPE"; "E?" if unknown.
const char *errnoName(int err);

} // namespace ipcviz::protocol
