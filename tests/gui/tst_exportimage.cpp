// ImageExporter: SVG and PNG pictures of the canvas and the timeline at a chosen
// moment, drawn headlessly (offscreen platform).

#include "core/tracefile.h"
#include "export/imageexporter.h"

#include <QBuffer>
#include <QImage>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR "/tests/gui/data/export/") + name;
}

// Distinct colours in a picture: a blank or one-colour image means nothing was
// drawn.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

} // namespace

class TestExportImage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void png_data();
    void png();
    void svg_data();
    void svg();
    void momentChangesPicture();
    void badMoment_data();
    void badMoment();
    void indexOfSeq();
};

void TestExportImage::png_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QSize>("size");
    QTest::newRow("end, slide size")
        << QStringLiteral("pipe-messages.ndjson") << qint64(-1) << QSize(1920, 1080);
    QTest::newRow("mid-run, small")
        << QStringLiteral("pipe-messages.ndjson") << qint64(9) << QSize(800, 600);
    QTest::newRow("first event") << QStringLiteral("signals.ndjson") << qint64(0)
                                 << QSize(640, 360);
    QTest::newRow("signals, end") << QStringLiteral("signals.ndjson") << qint64(-1)
                                  << QSize(1280, 720);
    QTest::newRow("truncated trace")
        << QStringLiteral("truncated.ndjson") << qint64(-1) << QSize(1024, 768);
}

void TestExportImage::png()
{
    QFETCH(QString, file);
    QFETCH(qint64, at);
    QFETCH(QSize, size);
    const TraceLoadResult trace = TraceFile::load(dataPath(file));
    QVERIFY2(trace.ok(), qPrintable(trace.fatalError));

    ExportOptions options;
    options.atSeq = at;
    options.size = size;
    ImageExporter exporter(ImageExporter::Format::Png, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(exporter.write(trace.hello, trace.events, trace.end, buffer),
             qPrintable(exporter.errorString()));

    QImage image;
    QVERIFY(image.loadFromData(bytes, "PNG"));
    QCOMPARE(image.size(), size);
    QVERIFY2(colourCount(image) > 3, "the picture has content");
}

void TestExportImage::svg_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QSize>("size");
    QTest::newRow("end") << qint64(-1) << QSize(1920, 1080);
    QTest::newRow("seq 20") << qint64(20) << QSize(1000, 700);
}

void TestExportImage::svg()
{
    QFETCH(qint64, at);
    QFETCH(QSize, size);
    const TraceLoadResult trace = TraceFile::load(dataPath(QStringLiteral("pipe-messages.ndjson")));
    QVERIFY(trace.ok());
    ExportOptions options;
    options.atSeq = at;
    options.size = size;
    ImageExporter exporter(ImageExporter::Format::Svg, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY2(exporter.write(trace.hello, trace.events, trace.end, buffer),
             qPrintable(exporter.errorString()));

    QXmlStreamReader xml(bytes);
    QString root;
    int elements = 0;
    int texts = 0;
    bool sawTitle = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            if (root.isEmpty()) {
                root = xml.name().toString();
                const QString viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
                QCOMPARE(viewBox, QStringLiteral("0 0 %1 %2").arg(size.width()).arg(size.height()));
            }
            ++elements;
            if (xml.name() == QLatin1String("text"))
                ++texts;
        } else if (xml.isCharacters() &&
                   xml.text().contains(QLatin1String("Unnamed pipe: parent to child"))) {
            sawTitle = true;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(elements > 20);
    QVERIFY(texts > 3);
    QVERIFY2(sawTitle, "the scenario's title is in the picture");
}

void TestExportImage::momentChangesPicture()
{
    // The picture at the first event and at the end differ: the moment is honoured.
    const TraceLoadResult trace = TraceFile::load(dataPath(QStringLiteral("pipe-messages.ndjson")));
    QVERIFY(trace.ok());
    QList<QImage> images;
    for (qint64 at : {qint64(0), qint64(-1)}) {
        ExportOptions options;
        options.atSeq = at;
        options.size = QSize(640, 360);
        ImageExporter exporter(ImageExporter::Format::Png, options);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(exporter.write(trace.hello, trace.events, trace.end, buffer));
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        images.append(image);
    }
    QVERIFY(images.at(0) != images.at(1));
}

void TestExportImage::badMoment_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such seq") << qint64(35) << QSize(640, 360)
                                 << QStringLiteral("no event 35 (its events are 0 to 34)");
    QTest::newRow("huge") << qint64(-1) << QSize(100000, 10) << QStringLiteral("100000x10");
}

void TestExportImage::badMoment()
{
    QFETCH(qint64, at);
    QFETCH(QSize, size);
    QFETCH(QString, message);
    const TraceLoadResult trace = TraceFile::load(dataPath(QStringLiteral("pipe-messages.ndjson")));
    ExportOptions options;
    options.atSeq = at;
    options.size = size;
    ImageExporter exporter(ImageExporter::Format::Png, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(!exporter.write(trace.hello, trace.events, trace.end, buffer));
    QVERIFY2(exporter.errorString().contains(message), qPrintable(exporter.errorString()));
    QVERIFY(bytes.isEmpty());
}

void TestExportImage::indexOfSeq()
{
    EventList events;
    for (qint64 seq : {0, 1, 2, 5, 6}) {
        Event e;
        e.seq = seq;
        events.append(e);
    }
    QCOMPARE(ImageExporter::indexOfSeq(events, -1), 4);
    QCOMPARE(ImageExporter::indexOfSeq(events, 0), 0);
    QCOMPARE(ImageExporter::indexOfSeq(events, 5), 3);
    QCOMPARE(ImageExporter::indexOfSeq(events, 3), -1);
    QCOMPARE(ImageExporter::indexOfSeq(events, 7), -1);
    QCOMPARE(ImageExporter::indexOfSeq({}, -1), -1);
}

QTEST_MAIN(TestExportImage)
#include "tst_exportimage.moc"
