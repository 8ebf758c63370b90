#include "exportformat.h"

#include <QCoreApplication>

namespace {

/// The context under which Qt Linguist collects this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportFormat)
};

} // namespace

QList<ExportFormat> exportFormats()
{
    return {
        {QStringLiteral("perfetto"), Tr::tr("Perfetto / Chrome trace (JSON)"),
         QStringLiteral("json"), Tr::tr("Perfetto traces (*.json)"), false},
        {QStringLiteral("csv"), Tr::tr("Event table (CSV)"), QStringLiteral("csv"),
         Tr::tr("CSV files (*.csv)"), false},
        {QStringLiteral("mermaid"), Tr::tr("Sequence diagram (Mermaid)"), QStringLiteral("mmd"),
         Tr::tr("Mermaid diagrams (*.mmd)"), false},
        {QStringLiteral("svg"), Tr::tr("Picture (SVG)"), QStringLiteral("svg"),
         Tr::tr("SVG pictures (*.svg)"), true},
        {QStringLiteral("png"), Tr::tr("Picture (PNG)"), QStringLiteral("png"),
         Tr::tr("PNG images (*.png)"), true},
        {QStringLiteral("c"), Tr::tr("C program"), QStringLiteral("c"), Tr::tr("C sources (*.c)"),
         false},
        {QStringLiteral("text"), Tr::tr("Event log in words (text)"), QStringLiteral("txt"),
         Tr::tr("Text files (*.txt)"), false},
    };
}

std::optional<ExportFormat> findExportFormat(const QString &id)
{
    for (const ExportFormat &format : exportFormats()) {
        if (format.id == id)
            return format;
    }
    return std::nullopt;
}
