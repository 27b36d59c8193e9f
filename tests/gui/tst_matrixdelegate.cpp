#include "cellstyle.h"
#include "drift/driftengine.h"
#include "guitestdata.h"
#include "itemmodels/matrixfilterproxy.h"
#include "itemmodels/matrixmodel.h"
#include "matrixclipboard.h"
#include "matrixdelegate.h"
#include "matrixheader.h"
#include "matrixview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFontMetrics>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace DriftDeck;

namespace {
QList<DriftStatus> allStatuses()
{
    QList<DriftStatus> statuses;
    for (int s = 0; s < DriftStatusCount; ++s)
        statuses << DriftStatus(s);
    return statuses;
}

QPalette paletteNamed(const QString &name)
{
    return name == u"dark" ? GuiTestData::darkPalette() : GuiTestData::lightPalette();
}

EnvironmentCapture environment(const QString &name)
{
    EnvironmentCapture capture;
    capture.name = name;
    return capture;
}

// production (baseline), staging: a value that differs, one that is the same, a secret that
// differs, a key only in production.
SnapshotPtr smallSnapshot()
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->workspaceName = QStringLiteral("Delegate test");
    snapshot->environments = {environment(QStringLiteral("staging")), environment(QStringLiteral("production"))};
    auto set = [&](int env, const char *key, const Value &value) {
        Entry entry;
        entry.value = value;
        snapshot->environments[env].entries.insert(QString::fromLatin1(key), entry);
    };
    set(0, "config/pool", Value::number(10));
    set(1, "config/pool", Value::number(50));
    set(0, "config/name", Value::string(QStringLiteral("shop")));
    set(1, "config/name", Value::string(QStringLiteral("shop")));
    set(0, "config/db.password", Value::secret(QStringLiteral("aaaa")));
    set(1, "config/db.password", Value::secret(QStringLiteral("bbbb")));
    set(1, "config/beta", Value::boolean(true));
    snapshot->buildIndex();
    return snapshot;
}
// A snapshot as the window shows it: every row (no divergence filter) in a view of the given
// width, the environment columns fitted.
struct ShownMatrix {
    MatrixModel model;
    MatrixFilterProxy proxy;
    MatrixView view;

    bool show(const SnapshotPtr &snapshot, int width)
    {
        model.setSnapshot(snapshot, DriftEngine::compute(*snapshot, 1, snapshot->policy, QDate(2026, 1, 1)));
        proxy.setSourceModel(&model);
        proxy.setOnlyDivergences(false);
        view.setModel(&proxy);
        view.resize(width, 300);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        view.applyDefaultColumnWidths();
        return true;
    }
};
} // namespace

class TestMatrixDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStatusHasGlyphAndReadableText_data();
    void everyStatusHasGlyphAndReadableText();
    void statusesDifferByShapeNotOnlyColour_data();
    void statusesDifferByShapeNotOnlyColour();
    void shapesPerStatus();
    void severityRaisesEmphasis();
    void staleAndUnknownSayWhy();
    void darkPaletteLightensAccents();
    void layoutKeepsPartsApart();
    void styleFollowsModelRoles();
    void headerShowsParityAndBaseline();
    void clipboardNeverCopiesSecrets();
    void environmentColumnsFillTheWidth();
    void discoveredEnvironmentsCollapseUnderTheirGroup();
};

void TestMatrixDelegate::everyStatusHasGlyphAndReadableText_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<int>("status");
    for (const QString &palette : {QStringLiteral("light"), QStringLiteral("dark")}) {
        for (DriftStatus status : allStatuses())
            QTest::addRow("%s %s", qPrintable(palette), qPrintable(driftStatusId(status))) << palette << int(status);
    }
}

void TestMatrixDelegate::everyStatusHasGlyphAndReadableText()
{
    QFETCH(QString, palette);
    QFETCH(int, status);
    const QPalette colours = paletteNamed(palette);
    for (Severity severity : {Severity::Info, Severity::Warning, Severity::Critical}) {
        const CellStyle style = computeCellStyle({DriftStatus(status), CellNote::None, severity, false, true}, colours);
        QVERIFY(!style.glyph.isEmpty());
        const QColor background = style.background.isValid() ? style.background : colours.color(QPalette::Base);
        // WCAG AA for body text; the glyph is large and bold, so 3:1 is enough for it.
        QVERIFY2(CellColours::contrast(style.text, background) >= 4.5,
                 qPrintable(QStringLiteral("text contrast %1").arg(CellColours::contrast(style.text, background))));
        QVERIFY2(CellColours::contrast(style.accent, background) >= 2.5,
                 qPrintable(QStringLiteral("glyph contrast %1").arg(CellColours::contrast(style.accent, background))));
    }
}

void TestMatrixDelegate::statusesDifferByShapeNotOnlyColour_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addRow("light") << QStringLiteral("light");
    QTest::addRow("dark") << QStringLiteral("dark");
}

void TestMatrixDelegate::statusesDifferByShapeNotOnlyColour()
{
    QFETCH(QString, palette);
    QHash<QString, DriftStatus> seen;
    for (DriftStatus status : allStatuses()) {
        const CellStyle style
            = computeCellStyle({status, CellNote::None, Severity::Warning, false, true}, paletteNamed(palette));
        const QString signature = style.shapeSignature();
        QVERIFY2(
            !seen.contains(signature),
            qPrintable(
                QStringLiteral("%1 looks like %2").arg(driftStatusId(status), driftStatusId(seen.value(signature)))));
        seen.insert(signature, status);
    }
}

void TestMatrixDelegate::shapesPerStatus()
{
    const QPalette palette = GuiTestData::lightPalette();
    auto style = [&](DriftStatus status, CellNote note = CellNote::None) {
        return computeCellStyle({status, note, Severity::Warning, false, true}, palette);
    };
    QVERIFY(style(DriftStatus::Differs).background.isValid());
    QVERIFY(style(DriftStatus::Differs).severityBar > 0);
    QCOMPARE(style(DriftStatus::Same).severityBar, 0);
    QVERIFY(!style(DriftStatus::Same).background.isValid());

    const CellStyle missing
        = computeCellStyle({DriftStatus::MissingHere, CellNote::None, Severity::Warning, false, false}, palette);
    QCOMPARE(missing.border, CellStyle::Border::Dashed);
    QVERIFY(!missing.background.isValid()); // empty, but present: an outline, no fill
    QCOMPARE(missing.placeholder, QStringLiteral("missing"));

    const CellStyle expected = style(DriftStatus::Expected);
    QVERIFY(expected.hatched);
    QVERIFY(expected.dottedUnderline);
    QCOMPARE(expected.glyph, QStringLiteral("✓"));
    QCOMPARE(expected.severityBar, 0); // not drift
    QVERIFY(!style(DriftStatus::Differs).hatched);

    QVERIFY(style(DriftStatus::SecretSame).masked);
    QVERIFY(style(DriftStatus::SecretDiffers).masked);
    QCOMPARE(style(DriftStatus::SecretSame).badge, QStringLiteral("same"));
    QCOMPARE(style(DriftStatus::SecretDiffers).badge, QStringLiteral("differs"));
    QVERIFY(!style(DriftStatus::Differs).masked);

    QCOMPARE(style(DriftStatus::Differs, CellNote::ExpiredRule).badge, QStringLiteral("expired"));
    QCOMPARE(style(DriftStatus::Same, CellNote::WithinTolerance).glyph, QStringLiteral("≈"));
}

void TestMatrixDelegate::severityRaisesEmphasis()
{
    const QPalette palette = GuiTestData::lightPalette();
    const CellStyle info
        = computeCellStyle({DriftStatus::Differs, CellNote::None, Severity::Info, false, true}, palette);
    const CellStyle warning
        = computeCellStyle({DriftStatus::Differs, CellNote::None, Severity::Warning, false, true}, palette);
    const CellStyle critical
        = computeCellStyle({DriftStatus::Differs, CellNote::None, Severity::Critical, false, true}, palette);
    QVERIFY(info.severityBar < warning.severityBar);
    QVERIFY(warning.severityBar < critical.severityBar);
    QVERIFY(info.accent != warning.accent && warning.accent != critical.accent);
    // A stronger tint: further from the base colour.
    const QColor base = palette.color(QPalette::Base);
    QVERIFY(CellColours::contrast(critical.background, base) > CellColours::contrast(info.background, base));
}

void TestMatrixDelegate::staleAndUnknownSayWhy()
{
    const QPalette palette = GuiTestData::lightPalette();
    const CellStyle stale
        = computeCellStyle({DriftStatus::Same, CellNote::SourceFailed, Severity::None, true, true}, palette);
    QVERIFY(stale.italic);
    QCOMPARE(stale.text, CellColours::muted(palette));

    QSet<QString> reasons;
    for (CellNote note : {CellNote::None, CellNote::SourceFailed, CellNote::Masked, CellNote::BaselineUnknown,
                          CellNote::SaltMismatch}) {
        const CellStyle unknown = computeCellStyle({DriftStatus::Unknown, note, Severity::None, false, false}, palette);
        QCOMPARE(unknown.glyph, QStringLiteral("?"));
        QVERIFY(!unknown.placeholder.isEmpty());
        reasons.insert(unknown.placeholder);
    }
    QCOMPARE(reasons.size(), 5);
}

void TestMatrixDelegate::darkPaletteLightensAccents()
{
    const CellInput differs{DriftStatus::Differs, CellNote::None, Severity::Critical, false, true};
    const CellStyle light = computeCellStyle(differs, GuiTestData::lightPalette());
    const CellStyle dark = computeCellStyle(differs, GuiTestData::darkPalette());
    QVERIFY(dark.accent.lightnessF() > light.accent.lightnessF());
    QVERIFY(dark.background.lightnessF() < 0.5);
    QVERIFY(light.background.lightnessF() > 0.5);
    QVERIFY(CellColours::isDark(GuiTestData::darkPalette()));
    QVERIFY(!CellColours::isDark(GuiTestData::lightPalette()));
}

void TestMatrixDelegate::layoutKeepsPartsApart()
{
    const QFontMetrics metrics(QApplication::font());
    const QRect rect(100, 20, 180, 26);
    const CellStyle style = computeCellStyle(
        {DriftStatus::SecretDiffers, CellNote::None, Severity::Critical, false, true}, GuiTestData::lightPalette());
    const CellLayout layout = layoutCell(rect, style, metrics);
    QVERIFY(rect.contains(layout.text));
    QVERIFY(rect.contains(layout.badge));
    QVERIFY(rect.contains(layout.glyph));
    QVERIFY(!layout.text.intersects(layout.badge));
    QVERIFY(!layout.badge.intersects(layout.glyph));
    QVERIFY(!layout.text.intersects(layout.bar));
    QCOMPARE(layout.bar.width(), style.severityBar);
    QVERIFY(layout.badge.width() >= metrics.horizontalAdvance(style.badge));

    // Too narrow for text: it gets no room rather than a negative width.
    const CellLayout narrow = layoutCell(QRect(0, 0, 30, 26), style, metrics);
    QVERIFY(narrow.text.width() >= 0);
}

void TestMatrixDelegate::styleFollowsModelRoles()
{
    const SnapshotPtr snapshot = smallSnapshot();
    MatrixModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    model.setSnapshot(snapshot, DriftEngine::compute(*snapshot, 1, snapshot->policy, QDate(2026, 1, 1)));
    const QPalette palette = GuiTestData::lightPalette();
    const QModelIndex pool = model.indexForKey(QStringLiteral("config/pool"), 1);
    QCOMPARE(MatrixDelegate::styleFor(pool, palette).glyph, QStringLiteral("≠"));
    QCOMPARE(MatrixDelegate::styleFor(model.indexForKey(QStringLiteral("config/name"), 1), palette).glyph,
             QStringLiteral("="));
    QCOMPARE(MatrixDelegate::styleFor(model.indexForKey(QStringLiteral("config/name"), 2), palette).glyph,
             QStringLiteral("◆"));
    QVERIFY(MatrixDelegate::styleFor(model.indexForKey(QStringLiteral("config/db.password"), 1), palette).masked);
    const CellStyle missing = MatrixDelegate::styleFor(model.indexForKey(QStringLiteral("config/beta"), 1), palette);
    QCOMPARE(missing.glyph, QStringLiteral("∅"));

    MatrixDelegate delegate;
    QVERIFY(!delegate.isNewDrift(pool));
    delegate.setNewDrift({MatrixDelegate::newDriftId(QStringLiteral("config/pool"), QStringLiteral("staging"))});
    QVERIFY(delegate.isNewDrift(pool));
    QVERIFY(delegate.isNewDrift(pool.siblingAtColumn(0))); // the key shows it too
    QVERIFY(!delegate.isNewDrift(model.indexForKey(QStringLiteral("config/name"), 1)));

    // Painting every status in both palettes: nothing crashes, and the view fills its pixels.
    MatrixFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setOnlyDivergences(false);
    MatrixView view;
    view.setModel(&proxy);
    view.resize(700, 300);
    for (const QPalette &colours : {GuiTestData::lightPalette(), GuiTestData::darkPalette()}) {
        view.setPalette(colours);
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        // Dark palette: the matrix background is dark.
        const QColor corner = image.pixelColor(image.width() - 30, image.height() - 30);
        QCOMPARE(corner.lightnessF() < 0.5, CellColours::isDark(colours));
    }
}

void TestMatrixDelegate::headerShowsParityAndBaseline()
{
    const SnapshotPtr snapshot = smallSnapshot();
    MatrixModel model;
    model.setSnapshot(snapshot, DriftEngine::compute(*snapshot, 1, snapshot->policy, QDate(2026, 1, 1)));
    MatrixHeader header;
    header.setModel(&model);
    QCOMPARE(header.titleLine(2), QStringLiteral("◆ production"));
    QCOMPARE(header.detailLine(2), QStringLiteral("baseline"));
    QCOMPARE(header.titleLine(1), QStringLiteral("staging"));
    const EnvironmentParity &parity = model.driftResult().parity(0);
    QVERIFY(parity.drift > 0);
    QVERIFY2(header.detailLine(1).contains(QStringLiteral("%1 drifting").arg(parity.drift)),
             qPrintable(header.detailLine(1)));
    QVERIFY(header.detailLine(1).contains(u'%'));
    // A narrow column keeps the drift count and drops the score.
    QCOMPARE(header.shortDetailLine(1), QStringLiteral("%1 drifting").arg(parity.drift));
    QCOMPARE(header.shortDetailLine(2), QStringLiteral("baseline"));

    // Clicking staging asks for it as the baseline; clicking the baseline asks for nothing.
    QSignalSpy requested(&header, &MatrixHeader::baselineRequested);
    Q_EMIT header.sectionClicked(1);
    Q_EMIT header.sectionClicked(2);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toInt(), 1);
}

void TestMatrixDelegate::clipboardNeverCopiesSecrets()
{
    const SnapshotPtr snapshot = smallSnapshot();
    MatrixModel model;
    model.setSnapshot(snapshot, DriftEngine::compute(*snapshot, 1, snapshot->policy, QDate(2026, 1, 1)));
    const QModelIndex secret = model.indexForKey(QStringLiteral("config/db.password"), 1);
    const ClipboardText refused = MatrixClipboard::forSelection({secret});
    QVERIFY(!refused.ok());
    QVERIFY(refused.text.isEmpty());

    const ClipboardText value = MatrixClipboard::forSelection({model.indexForKey(QStringLiteral("config/pool"), 2)});
    QVERIFY(value.ok());
    QCOMPARE(value.text, QStringLiteral("50"));

    // A row: the key and each value, the secret as its mask and never its fingerprint.
    const ClipboardText row = MatrixClipboard::forSelection({secret.siblingAtColumn(0)});
    QCOMPARE(row.text, QStringLiteral("config/db.password\t••••••\t••••••"));
    QVERIFY(!row.text.contains(QStringLiteral("aaaa")));

    const ClipboardText block
        = MatrixClipboard::forSelection({model.indexForKey(QStringLiteral("config/pool"), 2),
                                         model.indexForKey(QStringLiteral("config/pool"), 1), secret});
    QVERIFY(!block.text.contains(QStringLiteral("bbbb")));
    QVERIFY(block.text.contains(QStringLiteral("10\t50")));
}

// A wider window (maximised) widens the environment columns to fill it, until the user sizes
// a column by hand: from then on resizing leaves every column alone.
void TestMatrixDelegate::environmentColumnsFillTheWidth()
{
    ShownMatrix shown;
    QVERIFY(shown.show(smallSnapshot(), 480));
    MatrixFilterProxy &proxy = shown.proxy;
    MatrixView &view = shown.view;
    const auto unused = [&] {
        int width = 0;
        for (int column = 0; column < proxy.columnCount(); ++column)
            width += view.columnWidth(column);
        return view.viewport()->width() - width;
    };
    QVERIFY(proxy.columnCount() >= 3);

    view.resize(780, 300);
    QVERIFY2(unused() >= 0 && unused() < proxy.columnCount(), qPrintable(QString::number(unused())));
    QVERIFY(!view.horizontalScrollBar()->isVisible());

    view.setColumnWidth(1, 123);
    const int second = view.columnWidth(2);
    view.resize(600, 300);
    QCOMPARE(view.columnWidth(1), 123);
    QCOMPARE(view.columnWidth(2), second);
}

// Two previews found by a discovery share a band in the header; a click on it collapses them and
// a click on the chip left on the nearest shown column brings them back, without ever asking for
// a new baseline. The collapse outlives a refresh, and a refresh that adds a preview adds it
// collapsed.
void TestMatrixDelegate::discoveredEnvironmentsCollapseUnderTheirGroup()
{
    const auto withPreviews = [](int previews) {
        auto snapshot = std::make_shared<Snapshot>(*smallSnapshot());
        for (int i = 0; i < previews; ++i) {
            EnvironmentCapture preview = environment(QStringLiteral("pr-%1").arg(41 + i));
            preview.group = QStringLiteral("Pull requests");
            Entry entry;
            entry.value = Value::number(20 + i);
            preview.entries.insert(QStringLiteral("config/pool"), entry);
            snapshot->environments.append(preview);
        }
        snapshot->buildIndex();
        return SnapshotPtr(snapshot);
    };
    ShownMatrix shown;
    QVERIFY(shown.show(withPreviews(2), 900));
    MatrixModel &model = shown.model;
    MatrixView &view = shown.view;
    auto *header = qobject_cast<MatrixHeader *>(view.header());
    QVERIFY(header);
    QCOMPARE(header->groups(), QStringList{QStringLiteral("Pull requests")});
    QCOMPARE(header->groupOf(1), QString());
    QCOMPARE(header->groupOf(3), QStringLiteral("Pull requests"));
    QCOMPARE(header->groupLabel(QStringLiteral("Pull requests")), QStringLiteral("▾ Pull requests (2)"));
    const int declaredWidth = view.columnWidth(1);

    QSignalSpy baseline(header, &MatrixHeader::baselineRequested);
    const QRect band = header->groupToggleRect(QStringLiteral("Pull requests"));
    QVERIFY(!band.isEmpty());
    QCOMPARE(band.left(), header->sectionViewportPosition(3));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, band.center());
    QVERIFY(header->isGroupCollapsed(QStringLiteral("Pull requests")));
    QVERIFY(header->isSectionHidden(3) && header->isSectionHidden(4));
    QVERIFY(!header->isSectionHidden(1) && !header->isSectionHidden(2));
    QCOMPARE(header->groupLabel(QStringLiteral("Pull requests")), QStringLiteral("▸ Pull requests (2)"));
    // The declared columns take the width the previews gave up.
    QVERIFY2(view.columnWidth(1) > declaredWidth, qPrintable(QString::number(view.columnWidth(1))));

    // A refresh finds a third preview: the group stays collapsed, the newcomer with it.
    const SnapshotPtr snapshot = withPreviews(3);
    model.setSnapshot(snapshot, DriftEngine::compute(*snapshot, 1, snapshot->policy, QDate(2026, 1, 1)));
    QTRY_VERIFY(header->isSectionHidden(5));
    QVERIFY(header->isSectionHidden(3) && header->isSectionHidden(4));
    QCOMPARE(header->groupLabel(QStringLiteral("Pull requests")), QStringLiteral("▸ Pull requests (3)"));

    // The chip sits on production, the last shown column before the group.
    const QRect chip = header->groupToggleRect(QStringLiteral("Pull requests"));
    QVERIFY(!chip.isEmpty());
    QVERIFY(chip.right() <= header->sectionViewportPosition(2) + header->sectionSize(2));
    QVERIFY(chip.left() >= header->sectionViewportPosition(2));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, chip.center());
    QVERIFY(!header->isGroupCollapsed(QStringLiteral("Pull requests")));
    for (int section = 3; section <= 5; ++section)
        QVERIFY(!header->isSectionHidden(section));
    QCOMPARE(baseline.size(), 0);

    // Below the band, a click still asks for a new baseline (after the double-click interval).
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(3) + 10, header->height() - 6));
    QCOMPARE(baseline.size(), 1);
    QCOMPARE(baseline.constFirst().constFirst().toInt(), 3);

    // Without groups there is no band: the header is as tall as before.
    MatrixHeader plain;
    MatrixModel plainModel;
    const SnapshotPtr declared = smallSnapshot();
    plainModel.setSnapshot(declared, DriftEngine::compute(*declared, 1, declared->policy, QDate(2026, 1, 1)));
    plain.setModel(&plainModel);
    QVERIFY(plain.groups().isEmpty());
    QVERIFY(plain.sizeHint().height() < header->sizeHint().height());
    if (const QString folder = qEnvironmentVariable("DRIFTDECK_SCREENSHOTS"); !folder.isEmpty()) {
        header->setGroupCollapsed(QStringLiteral("Pull requests"), true);
        view.grab().save(folder + QStringLiteral("/header-collapsed.png"));
        header->setGroupCollapsed(QStringLiteral("Pull requests"), false);
        view.grab().save(folder + QStringLiteral("/header-groups.png"));
        view.setPalette(GuiTestData::darkPalette());
        header->setPalette(GuiTestData::darkPalette());
        view.grab().save(folder + QStringLiteral("/header-groups-dark.png"));
    }
}

QTEST_MAIN(TestMatrixDelegate)
#include "tst_matrixdelegate.moc"
