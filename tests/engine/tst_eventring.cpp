// The event rings (engine/interpreter/eventring.h) between real processes:
// nothing lost or torn through wrap-around and backpressure, records handed on
// in the order they were written across processes, a ticket left behind by a
// killed writer skipped, and the doorbell rung only for an idle reader.

#include "interpreter/controlblock.h"
#include "interpreter/eventring.h"

// Before Qt's headers: `slots` is a Qt keyword (a macro) after them.
static void setPid(ipcviz::interpreter::ControlBlock &cb, int slot, pid_t pid)
{
    cb.slots[slot].pid.store(pid);
}

#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace ipcviz::interpreter;

namespace {

// A record whose body can be checked byte by byte: writer, number, then a
// padding whose length and bytes follow from the number (so that records of
// every size go through, and a torn one shows).
std::string recordOf(int writer, int n)
{
    std::string s =
        "{\"w\":" + std::to_string(writer) + ",\"n\":" + std::to_string(n) + ",\"p\":\"";
    const int pad = (n * 37) % 1500;
    for (int i = 0; i < pad; ++i)
        s += static_cast<char>('a' + (n + i) % 26);
    return s + "\"}\n";
}

struct Rig {
    ControlBlock *control = nullptr;
    EventRingSet *rings = nullptr;
    int doorbell[2] = {-1, -1};

    explicit Rig(int processes)
    {
        control = createControlBlock();
        rings = createEventRings(processes, getpid());
        control->processCap = processes;
        for (int i = 0; i < processes; ++i)
            allocateSlot(*control, "w" + std::to_string(i));
        QVERIFY(pipe2(doorbell, O_CLOEXEC) == 0);
        fcntl(doorbell[0], F_SETFL, O_NONBLOCK);
    }
    ~Rig()
    {
        destroyEventRings(rings);
        destroyControlBlock(control);
        close(doorbell[0]);
        close(doorbell[1]);
    }
    /// Forks a writer that runs `body` as slot `slot` and exits.
    template <typename Body> pid_t writer(int slot, Body body)
    {
        const pid_t pid = fork();
        if (pid == 0) {
            setPid(*control, slot, getpid());
            body();
            _exit(0);
        }
        setPid(*control, slot, pid);
        return pid;
    }
};

bool reaped(pid_t pid)
{
    int status = 0;
    return waitpid(pid, &status, WNOHANG) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class TestEventRing : public QObject {
    Q_OBJECT
private slots:
    void wrapsAndWaitsWithoutLoss();
    void keepsTheOrderAcrossProcesses();
    void skipsTheTicketOfAKilledWriter();
    void ringsTheDoorbellOnlyWhenIdle();
};

void TestEventRing::wrapsAndWaitsWithoutLoss()
{
    // Two writers push 40 MiB each through 512 KiB rings while the reader
    // dawdles now and then, so the rings wrap and fill many times.
    Rig rig(2);
    constexpr int kCount = 50000;
    pid_t pids[2];
    for (int w = 0; w < 2; ++w)
        pids[w] = rig.writer(w, [&, w] {
            for (int n = 0; n < kCount; ++n)
                if (!putEvent(*rig.rings, mainRing(w), recordOf(w, n), {}, rig.doorbell[1]))
                    _exit(3);
        });
    EventReader reader(rig.rings, rig.control);
    int next[2] = {0, 0};
    int done = 0;
    bool exited[2] = {false, false};
    for (int spins = 0; done < 2 * kCount && spins < 20000000; ++spins) {
        std::string_view line;
        const auto r = reader.next(line);
        if (r != EventReader::Next::Record) {
            for (int w = 0; w < 2; ++w)
                exited[w] = exited[w] || reaped(pids[w]);
            if (r == EventReader::Next::Empty && exited[0] && exited[1])
                break;
            usleep(50);
            continue;
        }
        const int w = line[5] - '0';
        QVERIFY(w == 0 || w == 1);
        QCOMPARE(std::string(line), recordOf(w, next[w]));
        ++next[w];
        ++done;
        reader.consume();
        if (done % 7919 == 0)
            usleep(20000); // let the rings fill: writers must wait, not drop
    }
    QCOMPARE(next[0], kCount);
    QCOMPARE(next[1], kCount);
    QCOMPARE(reader.lost(), 0u);
    for (int w = 0; w < 2; ++w)
        QVERIFY(exited[w] || (waitpid(pids[w], nullptr, 0) == pids[w]));
}

void TestEventRing::keepsTheOrderAcrossProcesses()
{
    // A strict ping-pong: each writer publishes its record and only then
    // hands the turn to the other, so the stream must alternate exactly.
    Rig rig(2);
    auto *turn = static_cast<std::atomic<int> *>(mmap(nullptr, sizeof(std::atomic<int>),
                                                      PROT_READ | PROT_WRITE,
                                                      MAP_SHARED | MAP_ANONYMOUS, -1, 0));
    QVERIFY(turn != MAP_FAILED);
    turn->store(0);
    constexpr int kRounds = 20000;
    pid_t pids[2];
    for (int w = 0; w < 2; ++w)
        pids[w] = rig.writer(w, [&, w] {
            for (int n = 0; n < kRounds; ++n) {
                while (turn->load() != w)
                    sched_yield();
                putEvent(*rig.rings, mainRing(w), recordOf(w, n), {}, rig.doorbell[1]);
                turn->store(1 - w);
            }
        });
    EventReader reader(rig.rings, rig.control);
    int expected = 0;
    for (int spins = 0; expected < 2 * kRounds && spins < 20000000; ++spins) {
        std::string_view line;
        if (reader.next(line) != EventReader::Next::Record) {
            sched_yield();
            continue;
        }
        QCOMPARE(std::string(line), recordOf(expected % 2, expected / 2));
        reader.consume();
        ++expected;
    }
    QCOMPARE(expected, 2 * kRounds);
    for (pid_t pid : pids)
        QCOMPARE(waitpid(pid, nullptr, 0), pid);
    munmap(turn, sizeof(std::atomic<int>));
}

void TestEventRing::skipsTheTicketOfAKilledWriter()
{
    Rig rig(2);
    // Slot 0 took a ticket and died before publishing it: what a kill -9
    // between the two leaves behind.
    const pid_t dead = rig.writer(0, [&] {
        ringAt(*rig.rings, mainRing(0)).claiming.store(1);
        rig.rings->ticket.fetch_add(1);
        raise(SIGKILL);
    });
    int status = 0;
    QCOMPARE(waitpid(dead, &status, 0), dead);
    QVERIFY(WIFSIGNALED(status));
    setPid(*rig.control, 1, getpid());
    QVERIFY(putEvent(*rig.rings, mainRing(1), "{\"after\":1}\n", {}, rig.doorbell[1]));

    EventReader reader(rig.rings, rig.control);
    std::string_view line;
    QCOMPARE(reader.next(line), EventReader::Next::InFlight);
    // While its writer could still run, the ticket is waited for...
    QVERIFY(!reader.skipLost([](pid_t) { return true; }));
    QCOMPARE(reader.next(line), EventReader::Next::InFlight);
    // ...and skipped once it cannot.
    QVERIFY(reader.skipLost([](pid_t pid) { return kill(pid, 0) == 0; }));
    QCOMPARE(reader.lost(), 1u);
    QCOMPARE(reader.next(line), EventReader::Next::Record);
    QCOMPARE(std::string(line), std::string("{\"after\":1}\n"));
    reader.consume();
    QCOMPARE(reader.next(line), EventReader::Next::Empty);
}

void TestEventRing::ringsTheDoorbellOnlyWhenIdle()
{
    Rig rig(1);
    setPid(*rig.control, 0, getpid());
    EventReader reader(rig.rings, rig.control);
    char buf[16];
    // A busy reader: no doorbell, no system call for the writer.
    QVERIFY(putEvent(*rig.rings, mainRing(0), "{\"a\":1}\n", {}, rig.doorbell[1]));
    QCOMPARE(read(rig.doorbell[0], buf, sizeof buf), -1);
    // Something is waiting: the reader may not go to sleep.
    QVERIFY(!reader.goIdle());
    std::string_view line;
    QCOMPARE(reader.next(line), EventReader::Next::Record);
    reader.consume();
    // Idle: the next record rings once, the one after it does not.
    QVERIFY(reader.goIdle());
    QVERIFY(putEvent(*rig.rings, mainRing(0), "{\"b\":2}\n", {}, rig.doorbell[1]));
    QVERIFY(putEvent(*rig.rings, mainRing(0), "{\"c\":3}\n", {}, rig.doorbell[1]));
    QCOMPARE(read(rig.doorbell[0], buf, sizeof buf), 1);
}

QTEST_GUILESS_MAIN(TestEventRing)
#include "tst_eventring.moc"
