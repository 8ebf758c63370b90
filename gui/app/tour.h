#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>

class MainWindow;
class QLabel;
class QPushButton;

/// The guided tour: a few pages, each dimming the window but for one part of it
/// (the scenario library, Run, the canvas, ...) and explaining it in a callout
/// with Back / Next / Close. Right and Left turn the pages, Esc closes the tour.
/// It is a child widget laid over the window, so it follows the window's size;
/// the callout's text is larger than the interface's, to be read on a projector.
class GuidedTour : public QWidget {
    Q_OBJECT
public:
    struct Page {
        QString title;
        QString text; // rich text
        /// The part of the window the page is about (nullptr: not in this window).
        std::function<QWidget *()> target;
        /// The area to highlight, in the target's coordinates (empty: all of it).
        std::function<QRect(QWidget *target)> area = {};
    };

    /// A tour of @p window; pages whose target the window does not have are left out.
    explicit GuidedTour(MainWindow &window);
    ~GuidedTour() override;

    /// The tour's pages for @p window (all of them, whether their target exists).
    static QList<Page> pagesFor(MainWindow &window);

    int pageCount() const { return static_cast<int>(m_pages.size()); }
    int currentPage() const { return m_current; }
    QString pageTitle(int index) const;
    /// The widget page @p index highlights.
    QWidget *pageTarget(int index) const;
    /// The highlighted rectangle, in the tour's (the window's) coordinates.
    QRect highlightRect() const { return m_hole; }
    QWidget *callout() const { return m_callout; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *closeButton() const { return m_close; }

public Q_SLOTS:
    void start();
    void next();
    void back();
    void showPage(int index);

Q_SIGNALS:
    void pageChanged(int index);
    /// The tour was closed (Close, Esc, or Next on the last page).
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void relayout();
    void finish();
    void placeCallout();

    MainWindow &m_window;
    QList<Page> m_pages;
    int m_current = -1;
    QRect m_hole;
    QPointer<QWidget> m_watchedTarget;
    QList<QPointer<QWidget>> m_raisedBefore; // docks shown in front when the tour began
    QWidget *m_callout;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_counter;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_close;
    bool m_finished = false;
};
