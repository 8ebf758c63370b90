#include "decodeerror.h"

#include <QCoreApplication>

QString DecodeError::toString() const
{
    if (lineNumber <= 0)
        return message;
    return QCoreApplication::translate("DecodeError", "line %1: %2").arg(lineNumber).arg(message);
}
