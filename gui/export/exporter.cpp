#include "exporter.h"

#include <QCoreApplication>
#include <QIODevice>

Q_LOGGING_CATEGORY(lcExport, "ipcviz.export")

Exporter::~Exporter() = default;

bool Exporter::fail(const QString &message)
{
    m_errorString = message;
    qCWarning(lcExport) << message;
    return false;
}

bool Exporter::writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size()) {
        return fail(QCoreApplication::translate("Exporter", "Could not write the export: %1")
                        .arg(out.errorString()));
    }
    return true;
}
