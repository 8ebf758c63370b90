// RunFeeder: a live run reaches the model in batches (at most about 30 a second),
// without losing or reordering an event, and all of them before the end.

#include "core/eventdecoder.h"
#include "engineclient/engineclient.h"
#include "models/runfeeder.h"
#include "models/runmodel.h"

#include <QSignalSpy>
#include <QTest>

namespace {

Event hello()
{
    return *EventDecoder::decodeLine(R"({"type":"hello","protocol":1,"scenario":"t"})", nullptr);
}

EventList oneEvent(int seq)
{
    const QByteArray line = R"({"seq":)" + QByteArray::number(seq) +
                            R"(,"t":1,"pid":10,"label":"main","kind":"proc.output","data":"x"})";
    return {*EventDecoder::decodeLine(line, nullptr)};
}

} // namespace

class TestRunFeeder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manySmallBatchesBecomeFewAppends();
    void everythingArrivesBeforeTheEnd();
    void aFailedRunKeepsItsEvents();
};

void TestRunFeeder::manySmallBatchesBecomeFewAppends()
{
    EngineClient client;
    RunModel model;
    RunFeeder::connectClient(&client, &model);
    QSignalSpy appended(&model, &RunModel::eventsAppended);
    Q_EMIT client.runStarted(hello());
    for (int i = 0; i < 1000; ++i)
        Q_EMIT client.eventsReceived(oneEvent(i));
    // The first event went at once; the others wait for the next batch.
    QCOMPARE(model.eventCount(), 1);
    QCOMPARE(appended.size(), 1);
    QTRY_COMPARE(model.eventCount(), 1000);
    QCOMPARE(appended.size(), 2);
    for (int i = 0; i < model.eventCount(); ++i)
        QCOMPARE(model.event(i).seq, qint64(i));
}

void TestRunFeeder::everythingArrivesBeforeTheEnd()
{
    EngineClient client;
    RunModel model;
    RunFeeder::connectClient(&client, &model);
    int countAtEnd = -1;
    connect(&model, &RunModel::runEnded, this, [&] { countAtEnd = model.eventCount(); });
    Q_EMIT client.runStarted(hello());
    for (int i = 0; i < 10; ++i)
        Q_EMIT client.eventsReceived(oneEvent(i));
    Q_EMIT client.runFinished(
        *EventDecoder::decodeLine(R"({"type":"end","status":"completed"})", nullptr));
    QCOMPARE(countAtEnd, 10);
    QVERIFY(model.hasEnded());
}

void TestRunFeeder::aFailedRunKeepsItsEvents()
{
    EngineClient client;
    RunModel model;
    RunFeeder::connectClient(&client, &model);
    Q_EMIT client.runStarted(hello());
    for (int i = 0; i < 5; ++i)
        Q_EMIT client.eventsReceived(oneEvent(i));
    QCOMPARE(model.eventCount(), 1);
    Q_EMIT client.runningChanged(false); // the engine exited without an end record
    QCOMPARE(model.eventCount(), 5);
    QVERIFY(!model.hasEnded());
    // A new run starts from nothing, whatever was waiting.
    Q_EMIT client.eventsReceived(oneEvent(5));
    Q_EMIT client.eventsReceived(oneEvent(6));
    Q_EMIT client.runStarted(hello());
    QTest::qWait(100);
    QCOMPARE(model.eventCount(), 0);
}

QTEST_GUILESS_MAIN(TestRunFeeder)
#include "tst_runfeeder.moc"
