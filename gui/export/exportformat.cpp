#include "exportformat.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExportFormat", text);
}

} // namespace

QList<ExportFormat> exportFormats()
{
    return {
        {QStringLiteral("perfetto"), tr("Perfetto / Chrome trace (JSON)"), QStringLiteral("json"),
         tr("Perfetto traces (*.json)"), false},
        {QStringLiteral("csv"), tr("Event table (CSV)"), QStringLiteral("csv"),
         tr("CSV files (*.csv)"), false},
        {QStringLiteral("mermaid"), tr("Sequence diagram (Mermaid)"), QStringLiteral("mmd"),
         tr("Mermaid diagrams (*.mmd)"), false},
        {QStringLiteral("svg"), tr("Picture (SVG)"), QStringLiteral("svg"),
         tr("SVG pictures (*.svg)"), true},
        {QStringLiteral("png"), tr("Picture (PNG)"), QStringLiteral("png"),
         tr("PNG images (*.png)"), true},
        {QStringLiteral("c"), tr("C program"), QStringLiteral("c"), tr("C sources (*.c)"), false},
        {QStringLiteral("text"), tr("Event log in words (text)"), QStringLiteral("txt"),
         tr("Text files (*.txt)"), false},
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
