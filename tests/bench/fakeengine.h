#pragma once

/// The bench app plays ipcviz-engine for the live-ingest figures: with
/// IPCVIZ_BENCH_FAKE_TRACE set, `run ...` writes that trace to stdout at
/// IPCVIZ_BENCH_FAKE_RATE events per second (0 or unset: as fast as the reader
/// takes them), like an engine that produces events at that rate; every other
/// command (list, c, ...) is handed to the real engine, IPCVIZ_BENCH_REAL_ENGINE.
namespace FakeEngine {

/// True when the environment asks this process to be the fake engine.
bool isRequested();
/// Does the engine's job for argv; returns the exit status.
int run(int argc, char **argv);

} // namespace FakeEngine
