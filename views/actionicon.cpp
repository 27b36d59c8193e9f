#include "actionicon.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace DriftDeck {

namespace {

// Themes name some actions alike; the bundled drawing of one serves the other.
QString bundledName(const QString &name)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("folder-open"), QStringLiteral("document-open")},
        {QStringLiteral("document-save-as"), QStringLiteral("document-save")},
        {QStringLiteral("document-open-recent"), QStringLiteral("view-history")},
    };
    return aliases.value(name, name);
}

// Renders an SVG whose strokes and fills say "currentColor" in the colour the palette gives
// the icon's mode, each time it is painted: a palette change repaints it right.
class PaletteSvgIconEngine : public QIconEngine
{
public:
    explicit PaletteSvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const QPalette::ColorRole role = mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText;
        QByteArray svg = m_svg;
        svg.replace("currentColor", palette.color(group, role).name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, image.rect(), mode, state);
        }
        QPixmap pixmap = QPixmap::fromImage(std::move(image));
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaletteSvgIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("DriftDeckPaletteSvg"); }

private:
    QByteArray m_svg;
};

} // namespace

QIcon actionIcon(const QString &name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(bundledName(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new PaletteSvgIconEngine(file.readAll()));
}

} // namespace DriftDeck
