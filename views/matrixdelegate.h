#pragma once

#include "cellstyle.h"

#include <QFontMetrics>
#include <QHash>
#include <QSet>
#include <QStyledItemDelegate>

#include <memory>

namespace DriftDeck {

// Paints the drift matrix: group rows with their drift counts, the key column, and each
// environment cell from a CellStyle (fill, glyph, border, badge), so every status reads by
// shape as well as by colour. Cells that started drifting since the previous refresh get a
// corner mark (watch mode).
class MatrixDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MatrixDelegate(QObject *parent = nullptr);

    // Cells that newly drift, as newDriftId(key, environment).
    void setNewDrift(const QSet<QString> &cells);
    // The view whose first column is hidden under a frozen copy: its key cells are not painted.
    void setCoveredKeyColumn(const QWidget *view) { m_coveredKeyColumn = view; }
    const QSet<QString> &newDrift() const { return m_newDrift; }
    static QString newDriftId(const QString &key, const QString &environment);
    bool isNewDrift(const QModelIndex &index) const;

    // The style a cell gets with this palette; what paint() draws, exposed for tests.
    static CellStyle styleFor(const QModelIndex &index, const QPalette &palette);
    static CellInput cellInput(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const QWidget *m_coveredKeyColumn = nullptr;
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintKey(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintNewMark(QPainter *painter, const QRect &rect, const QPalette &palette) const;

    // Painting is hot (a page is hundreds of cells): styles and fonts are computed once.
    struct Fonts {
        QFont base;
        QFont italic;
        QFont bold;
        QFont small;
        QFontMetrics metrics;
        QFontMetrics italicMetrics;
    };
    const CellStyle &cachedStyle(const CellInput &cell, const QPalette &palette) const;
    const Fonts &fonts(const QFont &font) const;

    QSet<QString> m_newDrift;
    mutable QHash<quint32, CellStyle> m_styles;
    mutable qint64 m_paletteKey = 0;
    mutable std::unique_ptr<Fonts> m_fonts;
};

} // namespace DriftDeck
