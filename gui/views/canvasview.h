#pragma once

#include <QGraphicsView>

class CanvasScene;
class QAction;

/// The view of a CanvasScene: pan by dragging the background, zoom with the wheel
/// or Ctrl++ / Ctrl+- , Ctrl+0 fits everything. Until the user zooms or pans, the
/// view keeps fitting the drawing as the process tree grows; a small tree is not
/// blown up beyond 1.5 × CanvasStyle::scale(), so presenter mode shows it larger.
/// With no run yet it shows a friendly hint instead of an empty canvas.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(CanvasScene *scene, QWidget *parent = nullptr);

    CanvasScene *canvasScene() const { return m_scene; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }

    /// Text shown while the canvas is empty.
    void setEmptyHint(const QString &text);
    QString emptyHint() const { return m_hint; }
    /// Whether the view follows the drawing (true until the user zooms or pans).
    bool isAutoFit() const { return m_autoFit; }
    qreal zoom() const;
    /// Takes up a new CanvasStyle scheme or scale: background, hint, fitted zoom.
    void applyStyle();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Fits the whole drawing and turns automatic fitting back on.
    void fitAll();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void scaleBy(qreal factor);
    void onSceneRectChanged();

    CanvasScene *m_scene;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    QString m_hint;
    bool m_defaultHint = true; // retranslated unless setEmptyHint() chose another
    bool m_autoFit = true;
};
