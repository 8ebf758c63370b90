#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

class Event;

/// The engine writes its messages (scenario check errors, `engine.error`,
/// `engine.limit`, the `end` record's reason) in English as `message`, and next
/// to it as a template with numbered placeholders and its arguments (`template`,
/// `args`; engine/PROTOCOL.md, "Translatable messages"). An argument is a string
/// of user data, kept as written, or an object {"template","args"} translated in
/// its turn. The templates are collected for Qt Linguist in
/// translations/engine-strings.cpp under the context "EngineMessage".
///
/// A template without a translation is shown in English; a record without a
/// template (an older engine, an older trace), or one whose template and
/// arguments do not fit together, shows its English `message` as it is.

/// The message of @p record (a check error, an event, the end record) in the
/// interface language; @p messageKey names its English text.
QString translatedEngineMessage(const QJsonObject &record,
                                QLatin1StringView messageKey = QLatin1StringView("message"));
/// The same from the fields themselves; an empty QString when @p tmpl is not a
/// template or the arguments do not fit it.
QString translatedEngineTemplate(const QJsonValue &tmpl, const QJsonValue &args);
/// The message of an event or of the end record.
QString translatedEngineMessage(const Event &event);
