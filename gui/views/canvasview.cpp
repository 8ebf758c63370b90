#include "canvasview.h"

#include "canvasscene.h"
#include "canvasstyle.h"

#include <QAction>
#include <QEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace {
constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kStep = 1.25;
constexpr qreal kMaxFitZoom = 1.5;
} // namespace

CanvasView::CanvasView(CanvasScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(CanvasStyle::background());

    m_zoomIn = new QAction(QIcon(QStringLiteral(":/icons/zoom-in.svg")), QString(), this);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = new QAction(QIcon(QStringLiteral(":/icons/zoom-out.svg")), QString(), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_fit = new QAction(QIcon(QStringLiteral(":/icons/zoom-fit.svg")), QString(), this);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomIn, &QAction::triggered, this, &CanvasView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &CanvasView::zoomOut);
    connect(m_fit, &QAction::triggered, this, &CanvasView::fitAll);

    retranslateUi();
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &CanvasView::onSceneRectChanged);
}

void CanvasView::retranslateUi()
{
    setAccessibleName(tr("Process canvas"));
    setToolTip(tr("Drag to pan, wheel to zoom, click a process or an object to inspect it"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomIn->setToolTip(tr("Zoom in on the canvas (Ctrl++)"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomOut->setToolTip(tr("Zoom out of the canvas (Ctrl+-)"));
    m_fit->setText(tr("&Fit to Window"));
    m_fit->setToolTip(tr("Show the whole drawing and follow it as it grows (Ctrl+0)"));
    if (m_defaultHint)
        m_hint = tr("Pick a scenario and press Run");
    viewport()->update();
}

void CanvasView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGraphicsView::changeEvent(event);
}

void CanvasView::setEmptyHint(const QString &text)
{
    m_hint = text;
    m_defaultHint = false;
    viewport()->update();
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::zoomIn()
{
    m_autoFit = false;
    scaleBy(kStep);
}

void CanvasView::zoomOut()
{
    m_autoFit = false;
    scaleBy(1 / kStep);
}

void CanvasView::fitAll()
{
    m_autoFit = true;
    if (m_scene->isEmpty()) {
        resetTransform();
        return;
    }
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a two-process tree up to poster size.
    const qreal maxZoom = kMaxFitZoom * CanvasStyle::scale();
    if (zoom() > maxZoom)
        setTransform(QTransform::fromScale(maxZoom, maxZoom));
    centerOn(m_scene->sceneRect().center());
}

void CanvasView::applyStyle()
{
    setBackgroundBrush(CanvasStyle::background());
    m_scene->setBackgroundBrush(CanvasStyle::background());
    if (m_autoFit)
        fitAll();
    m_scene->update();
    viewport()->update();
}

void CanvasView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom * CanvasStyle::scale());
    const qreal applied = target / zoom();
    scale(applied, applied);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_autoFit = false;
    scaleBy(std::pow(kStep, delta / 120.0));
    event->accept();
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    // Dragging the background means the user wants this part of the picture.
    if (!itemAt(event->position().toPoint()))
        m_autoFit = false;
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

void CanvasView::onSceneRectChanged()
{
    if (m_autoFit)
        fitAll();
    viewport()->update();
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->isEmpty() || m_hint.isEmpty())
        return;
    // The hint is drawn in viewport coordinates so zoom does not affect it.
    painter->save();
    painter->resetTransform();
    QFont font = CanvasStyle::titleFont();
    font.setPixelSize(qRound(30 * CanvasStyle::scale()));
    painter->setFont(font);
    painter->setPen(CanvasStyle::mutedInk());
    painter->drawText(viewport()->rect().adjusted(40, 40, -40, -40),
                      Qt::AlignCenter | Qt::TextWordWrap, m_hint);
    painter->restore();
}
