#pragma once

#include "exporter.h"

#include <QCoreApplication>

class QPainter;
class QRectF;
class RunModel;

/// A picture of a run at one moment, for slides: a title line (scenario, event,
/// time), the canvas (CanvasScene of RunState::at()) and, under it, the timeline
/// of the events so far (TimelineScene with its cursor on that event). SVG through
/// QSvgGenerator, PNG through QImage (1920x1080 unless ExportOptions::size says
/// otherwise). The moment is ExportOptions::atSeq, by default the last event.
/// Draws with the widgets' QGraphicsScenes, so it needs a QApplication (the
/// offscreen platform will do) and belongs to the library that links the views.
class ImageExporter : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(ImageExporter)

public:
    enum class Format { Svg, Png };

    explicit ImageExporter(Format format, const ExportOptions &options = {});

    bool write(const Event &hello, const EventList &events, const std::optional<Event> &end,
               QIODevice &out) override;

    /// Index in `events` of the event with this seq (-1: the last event); -1 when
    /// there is no such event.
    static int indexOfSeq(const EventList &events, qint64 seq);
    /// Paints the picture of `model` after event `index` over `rect`.
    static void paint(QPainter &painter, const QRectF &rect, const RunModel &model, int index);

private:
    Format m_format;
    ExportOptions m_options;
};
