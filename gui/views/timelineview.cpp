#include "timelineview.h"

#include "canvasstyle.h"
#include "timelinescene.h"

#include <QScrollBar>
#include <QWheelEvent>

TimelineView::TimelineView(TimelineScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setAccessibleName(tr("Timeline"));
    setToolTip(tr("One lane per process. Wheel to zoom the time axis, drag to pan, click an "
                  "event to move the time cursor there"));
}

void TimelineView::fitAll()
{
    m_autoFit = true;
    // Presenter mode enlarges lanes, glyphs and words alike.
    const qreal scale = CanvasStyle::scale();
    if (transform().m11() != scale)
        setTransform(QTransform::fromScale(scale, scale));
    const qint64 duration = std::max<qint64>(m_scene->duration(), 1000);
    const qreal usable = viewport()->width() / scale - TimelineScene::kLabelWidth - 80;
    if (usable > 50)
        m_scene->setPixelsPerMs(usable / (static_cast<qreal>(duration) / 1e6));
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
}

void TimelineView::refresh()
{
    if (m_autoFit) {
        fitAll();
        return;
    }
    const qreal x = m_scene->cursorX();
    ensureVisible(QRectF(x - 20, verticalScrollBar()->value(), 40, 10), 80, 0);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Zoom the time axis only, keeping the time under the mouse in place.
    m_autoFit = false;
    const QPointF mouse = event->position();
    const qreal sceneX = mapToScene(mouse.toPoint()).x();
    const qreal oldScale = m_scene->pixelsPerMs();
    const qreal factor = std::pow(1.25, delta / 120.0);
    m_scene->setPixelsPerMs(oldScale * factor);
    const qreal newSceneX = sceneX * (m_scene->pixelsPerMs() / oldScale);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                    static_cast<int>((newSceneX - sceneX) * transform().m11()));
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}
