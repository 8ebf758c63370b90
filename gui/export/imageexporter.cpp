#include "imageexporter.h"

#include "models/runmodel.h"
#include "models/runstate.h"
#include "views/canvasscene.h"
#include "views/canvasstyle.h"
#include "views/processpalette.h"
#include "views/timelinescene.h"

#include <QApplication>
#include <QBuffer>
#include <QIODevice>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <algorithm>

namespace {

// Share of the picture's height: title line, canvas, then the timeline.
constexpr qreal kTitleShare = 0.07;
constexpr qreal kCanvasShare = 0.58;
constexpr qreal kMarginShare = 0.02;

QString timeText(qint64 ns)
{
    return QStringLiteral("%1 ms").arg(static_cast<double>(ns) / 1.0e6, 0, 'f', 3);
}

// QGraphicsScene::render() keeps the aspect ratio but pins the picture to the
// target's top-left corner; a slide looks better with it centred.
void renderScene(QPainter &painter, QGraphicsScene &scene, const QRectF &target)
{
    const QRectF source = scene.sceneRect();
    if (source.isEmpty() || target.isEmpty())
        return;
    QSizeF fitted = source.size();
    fitted.scale(target.size(), Qt::KeepAspectRatio);
    QRectF centred(QPointF(0, 0), fitted);
    centred.moveCenter(target.center());
    scene.render(&painter, centred, source, Qt::KeepAspectRatio);
}

} // namespace

ImageExporter::ImageExporter(Format format, const ExportOptions &options)
    : m_format(format), m_options(options)
{}

int ImageExporter::indexOfSeq(const EventList &events, qint64 seq)
{
    if (seq < 0)
        return static_cast<int>(events.size()) - 1;
    // Events are sorted by seq; a damaged trace may have gaps, so search.
    const auto it = std::lower_bound(events.cbegin(), events.cend(), seq,
                                     [](const Event &e, qint64 s) { return e.seq < s; });
    if (it == events.cend() || it->seq != seq)
        return -1;
    return static_cast<int>(it - events.cbegin());
}

void ImageExporter::paint(QPainter &painter, const QRectF &rect, const RunModel &model, int index)
{
    painter.save();
    painter.fillRect(rect, CanvasStyle::background());
    const qreal margin = rect.height() * kMarginShare;
    const QRectF inner = rect.adjusted(margin, margin, -margin, -margin);

    // The title: what ran, which event this is and when.
    const Event &hello = model.hello();
    QString title = hello.str(QStringLiteral("title"));
    if (title.isEmpty())
        title = hello.str(QStringLiteral("scenario"));
    QString moment;
    if (index >= 0 && index < model.eventCount()) {
        const Event &e = model.event(index);
        moment =
            tr("after event %1 (%2, %3) at %4")
                .arg(e.seq)
                .arg(e.kind, e.label.isEmpty() ? QString::number(e.pid) : e.label, timeText(e.t));
    } else {
        moment = tr("before the first event");
    }
    const QRectF titleRect(inner.left(), inner.top(), inner.width(), rect.height() * kTitleShare);
    QFont font = CanvasStyle::titleFont();
    font.setPixelSize(std::max(8, static_cast<int>(titleRect.height() * 0.45)));
    painter.setFont(font);
    painter.setPen(CanvasStyle::ink());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     title.isEmpty() ? moment : title + QStringLiteral(" \u2014 ") + moment);

    ProcessPalette palette;
    const QRectF canvasRect(inner.left(), titleRect.bottom(), inner.width(),
                            rect.height() * kCanvasShare);
    CanvasScene canvas;
    canvas.setPalette(&palette);
    canvas.setAnimationDuration(0);
    canvas.showState(RunState::at(model, index));
    renderScene(painter, canvas, canvasRect);

    // The timeline shows what happened up to this moment, scaled to the width.
    const QRectF timelineRect(inner.left(), canvasRect.bottom() + margin, inner.width(),
                              inner.bottom() - canvasRect.bottom() - margin);
    TimelineScene timeline;
    timeline.setPalette(&palette);
    const EventList shown = model.events().mid(0, index + 1);
    timeline.setEvents(shown);
    const qreal ms = std::max<qreal>(static_cast<qreal>(timeline.duration()) / 1.0e6, 0.001);
    timeline.setPixelsPerMs(
        std::max<qreal>((timelineRect.width() - TimelineScene::kLabelWidth - 120) / ms, 0.001));
    timeline.setCursorIndex(index);
    renderScene(painter, timeline, timelineRect);
    painter.restore();
}

bool ImageExporter::write(const Event &hello, const EventList &events,
                          const std::optional<Event> &end, QIODevice &out)
{
    clearError();
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(tr("Drawing a picture needs a QApplication (the offscreen platform will do)."));
    const QSize size = m_options.size;
    if (size.width() < 16 || size.height() < 16 || size.width() > 16384 || size.height() > 16384)
        return fail(tr("A picture must be between 16x16 and 16384x16384 pixels, not %1x%2.")
                        .arg(size.width())
                        .arg(size.height()));
    const int index = indexOfSeq(events, m_options.atSeq);
    if (m_options.atSeq >= 0 && index < 0) {
        if (events.isEmpty())
            return fail(
                tr("The trace has no events, so there is no event %1.").arg(m_options.atSeq));
        return fail(tr("The trace has no event %1 (its events are %2 to %3).")
                        .arg(m_options.atSeq)
                        .arg(events.constFirst().seq)
                        .arg(events.constLast().seq));
    }

    RunModel model;
    model.reset(hello);
    model.appendEvents(events);
    if (end)
        model.finish(*end);

    const QRectF rect(QPointF(0, 0), QSizeF(size));
    if (m_format == Format::Svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&out);
        generator.setSize(size);
        generator.setViewBox(rect);
        generator.setTitle(hello.str(QStringLiteral("title")));
        generator.setDescription(tr("ipcviz: %1").arg(hello.str(QStringLiteral("scenario"))));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("Could not start the SVG picture."));
        paint(painter, rect, model, index);
        painter.end();
        return true;
    }

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(CanvasStyle::background());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(painter, rect, model, index);
    }
    if (!image.save(&out, "PNG"))
        return fail(tr("Could not write the PNG picture: %1").arg(out.errorString()));
    return true;
}
