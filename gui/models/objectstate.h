#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// One IPC object (pipe, FIFO, file, shm segment, semaphore, mapping) at a point of
/// the run: a plain value the views draw.
struct ObjectState {
    enum class Kind { Pipe, Fifo, File, Shm, Sem, Map };

    QString id; // logical id: "pipe#1", "fifo:myfifo", "shm:/AOS", "sem:/S", "map#1"
    Kind kind = Kind::Pipe;
    QString name;      // real kernel name or path (shm/sem name, FIFO/file path); empty for pipes
    QString createdBy; // label of the creating/opening process
    bool unlinked = false;

    // Pipes and FIFOs.
    qint64 inFlight = 0;     // bytes written minus bytes read (never below 0)
    QByteArray inFlightData; // best-known content of the bytes in flight (from previews)
    QStringList readers;     // labels holding a read end (alive processes)
    QStringList writers;     // labels holding a write end

    // Shared memory and files: contents reconstructed from the writes seen.
    qint64 size = 0;
    QByteArray bytes; // size bytes (grown as writes go beyond)
    QByteArray known; // same length: 1 where the byte's value is known
    QByteArray
        changed; // same length: 1 where the last applied event changed the byte; empty otherwise

    // Semaphores.
    qint64 value = 0;
    QStringList waiting; // labels inside sem_wait (begin seen, end not yet)

    // Counters.
    qint64 bytesWritten = 0;
    qint64 bytesRead = 0;
    int writes = 0;
    int reads = 0;
    int posts = 0; // semaphores
    int waits = 0; // semaphores: completed waits

    bool operator==(const ObjectState &) const = default;
};
