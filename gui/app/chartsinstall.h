#pragma once

class MainWindow;

/// Adds the measurement features to the main window: a "Charts" dock (tabbed with
/// the timeline) showing the live charts of the run, and a "Measure" menu with
/// that dock's toggle, "IPC Benchmark…" (the benchmark window) and "Run N
/// Times…" (run the current scenario many times and count the outcomes).
void installCharts(MainWindow &window);
