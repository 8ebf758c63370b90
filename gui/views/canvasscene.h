#pragma once

#include "models/dataflow.h"
#include "processpalette.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

class EdgeItem;
class MemoryItem;
class ObjectItem;
class PipeItem;
class ProcessItem;
class RunState;
class SemaphoreItem;
struct ObjectState;
struct ProcessState;

/// The canvas of a run as a QGraphicsScene: the process tree (the engine on top,
/// parent → child edges, orphans re-attached under the engine), the IPC objects
/// in a row underneath with a link from every process that holds them, and
/// animated tokens and arrows for data and signals.
///
/// showState() is the one entry point that builds the picture. It needs no view
/// and no event loop, so the exporters render a scene headlessly:
/// @code
///   CanvasScene scene;
///   scene.showState(RunState::at(model, index));
///   scene.render(&painter, target, scene.itemsBoundingRect());
/// @endcode
/// Items are updated in place from one state to the next (same label, same item),
/// and the layout is a deterministic tidy tree, so scrubbing never jumps around.
class CanvasScene : public QGraphicsScene {
    Q_OBJECT
public:
    /// Id of the engine's node in the tree (not a valid scenario label).
    static QString engineNodeId();

    explicit CanvasScene(QObject *parent = nullptr);
    ~CanvasScene() override;

    /// Rebuilds the picture for @p state (headless-safe, synchronous).
    void showState(const RunState &state);
    /// Back to an empty canvas (no run).
    void clearRun();

    /// Colours shared with the other views; nullptr (default) = a palette of the
    /// scene's own, assigned in the state's process order. Not owned.
    void setPalette(ProcessPalette *palette);
    using QGraphicsScene::setPalette; // the widget palette stays reachable
    /// Length of token and arrow animations; 0 disables them.
    void setAnimationDuration(int ms);
    int animationDuration() const { return m_animationMs; }
    /// Animates what moved (writer → object → reader, sender → target) between
    /// the items of the state currently shown. Does nothing when disabled.
    void animateFlows(const DataFlowList &flows);

    ProcessItem *processItem(const QString &label) const;
    ObjectItem *objectItem(const QString &id) const;
    QList<ProcessItem *> processItems() const;
    QList<ObjectItem *> objectItems() const;
    QList<EdgeItem *> edgeItems() const;
    bool isEmpty() const { return m_processes.isEmpty(); }

    /// Selects an item without emitting the activation signals back.
    void selectProcess(const QString &label);
    void selectObject(const QString &id);

Q_SIGNALS:
    /// The user selected a process / an object on the canvas.
    void processActivated(const QString &label);
    void objectActivated(const QString &id);
    /// The user clicked a process card (also when it was already selected): step
    /// mode releases a ready process this way.
    void processClicked(const QString &label);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onSelectionChanged();
    ProcessPalette &processPalette();
    void updateProcesses(const RunState &state);
    void updateObjects(const RunState &state);
    void layoutTree(const RunState &state);
    void layoutObjects();
    void rebuildEdges(const RunState &state);
    QString treeParentOf(const RunState &state, const ProcessState &process) const;
    QPointF processAnchor(const QString &label) const;

    ProcessPalette m_ownPalette;
    ProcessPalette *m_sharedPalette = nullptr;
    QHash<QString, ProcessItem *> m_processes; // by label, engine node included
    QHash<QString, ObjectItem *> m_objects;    // by object id
    QStringList m_objectOrder;                 // appearance order
    QHash<QString, QStringList> m_objectHolders;
    QList<EdgeItem *> m_edges;
    int m_animationMs = 400;
    bool m_objectsBeside = false; // objects in a column right of the tree, else a row below
    bool m_selecting = false;
};
