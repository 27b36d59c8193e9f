#pragma once

#include "cellstyle.h"

#include <QSet>
#include <QStyledItemDelegate>

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
    const QSet<QString> &newDrift() const { return m_newDrift; }
    static QString newDriftId(const QString &key, const QString &environment);
    bool isNewDrift(const QModelIndex &index) const;

    // The style a cell gets with this palette; what paint() draws, exposed for tests.
    static CellStyle styleFor(const QModelIndex &index, const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintKey(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintNewMark(QPainter *painter, const QRect &rect, const QPalette &palette) const;

    QSet<QString> m_newDrift;
};

} // namespace DriftDeck
