#pragma once

/// The headless export:
///   ipcviz export TRACE --to perfetto|csv|mermaid|svg|png|c -o OUT [--at SEQ] [--size WxH]
/// Called from main() before any QCoreApplication exists (argv[1] is "export"); it
/// creates its own application object: a QCoreApplication, or a QApplication on
/// the offscreen platform for svg/png (unless QT_QPA_PLATFORM says otherwise), so
/// it needs no display. `-o -` writes to stdout.
/// Returns the exit status: 0 exported (also from a damaged trace: every problem
/// is listed on stderr with its line, and what is valid is exported), 1 the trace
/// cannot be read or is refused (newer protocol), or the export failed, 2 usage
/// error.
int runExportCommand(int argc, char **argv);
