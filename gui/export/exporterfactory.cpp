#include "exporterfactory.h"

#include "cexporter.h"
#include "csvexporter.h"
#include "imageexporter.h"
#include "mermaidexporter.h"
#include "perfettoexporter.h"
#include "textexporter.h"

std::unique_ptr<Exporter> createExporter(const QString &formatId, const ExportOptions &options)
{
    if (formatId == QLatin1String("perfetto"))
        return std::make_unique<PerfettoExporter>();
    if (formatId == QLatin1String("csv"))
        return std::make_unique<CsvExporter>();
    if (formatId == QLatin1String("text"))
        return std::make_unique<TextExporter>();
    if (formatId == QLatin1String("mermaid"))
        return std::make_unique<MermaidExporter>(options.maxMessages);
    if (formatId == QLatin1String("svg"))
        return std::make_unique<ImageExporter>(ImageExporter::Format::Svg, options);
    if (formatId == QLatin1String("png"))
        return std::make_unique<ImageExporter>(ImageExporter::Format::Png, options);
    if (formatId == QLatin1String("c"))
        return std::make_unique<CExporter>(options.enginePath);
    return nullptr;
}
