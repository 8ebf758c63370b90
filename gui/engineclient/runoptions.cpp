#include "runoptions.h"

QStringList RunOptions::arguments() const
{
    QStringList args{QStringLiteral("run"), scenario};
    if (step)
        args << QStringLiteral("--step");
    if (paceMs > 0)
        args << QStringLiteral("--pace") << QString::number(paceMs);
    if (timeoutSeconds > 0)
        args << QStringLiteral("--timeout") << QString::number(timeoutSeconds);
    if (!traceFile.isEmpty())
        args << QStringLiteral("--trace") << traceFile;
    if (!scheduleFile.isEmpty())
        args << QStringLiteral("--schedule") << scheduleFile;
    for (const auto &[key, value] : params)
        args << QStringLiteral("--param") << key + QLatin1Char('=') + value;
    return args;
}
