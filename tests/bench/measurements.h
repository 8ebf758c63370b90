#pragma once

#include <QJsonObject>
#include <QString>

/// The measurements of the bench app, one per child process (so that each peak
/// RSS is its own). Each returns its figures as JSON: times in ms, memory in MB
/// (10^6 bytes), rates per second.
namespace Measure {

/// TraceFile::load() alone: read and decode.
QJsonObject decode(const QString &trace);
/// The app opening a trace (File > Open): read, decode, model append with every
/// view attached, until the views show the end state.
QJsonObject open(const QString &trace);
/// EngineClient decoding and RunModel append, no views, from a fake engine that
/// writes as fast as it can (enginePath: the bench app, see FakeEngine).
QJsonObject ingestCore(const QString &enginePath);
/// The whole app during a live run fed at `rate` events/s (0: as fast as it
/// goes): achieved rate and the latency of the UI event loop. With @p charts the
/// Charts tab is in front (else the timeline, as the app starts).
QJsonObject ingestApp(double rate, bool charts);
/// Frame time of the canvas at the moment most processes are alive.
QJsonObject drawCanvas(const QString &trace);
/// Frame time of the timeline (whole run and zoomed in) and of the charts.
QJsonObject drawTimelineAndCharts(const QString &trace);

} // namespace Measure
