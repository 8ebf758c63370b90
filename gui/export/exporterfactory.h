#pragma once

#include "exporter.h"

#include <memory>

/// The exporter for a format id of exportFormats() with these options; nullptr
/// for an unknown id. Lives with ImageExporter (it can create one), so it belongs
/// to the library that links the canvas.
std::unique_ptr<Exporter> createExporter(const QString &formatId,
                                         const ExportOptions &options = {});
