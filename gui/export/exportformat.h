#pragma once

#include <QList>
#include <QString>
#include <optional>

/// One entry of the export menu and of `ipcviz export --to`: the id used on the
/// command line, a translated name and file-dialog filter, the usual file suffix,
/// and whether the format draws the canvas (and so needs a QApplication).
struct ExportFormat {
    QString id;     // "perfetto", "csv", "mermaid", "svg", "png", "c"
    QString name;   // translated, for menus: "Perfetto / Chrome trace (JSON)"
    QString suffix; // without the dot: "json"
    QString filter; // translated, for QFileDialog: "Perfetto traces (*.json)"
    bool draws = false;
};

/// Every export format, in menu order.
QList<ExportFormat> exportFormats();
/// The format with this id (case-sensitive), if any.
std::optional<ExportFormat> findExportFormat(const QString &id);
