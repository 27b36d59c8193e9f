#pragma once

#include <QHeaderView>
#include <QSet>

namespace DriftDeck {

// The environment columns' header: name, parity and drift count, the baseline marked. A click
// on an environment asks for it to become the baseline; sections can be dragged to reorder and
// hidden from the context menu (the key column stays first and always shown).
// Discovered environments (previews) carry a group: a band above their names ("▾ Pull requests
// (3)") collapses the group's columns with a click, and a chip ("▸ Pull requests (3)") on the
// nearest shown column brings them back. Collapsed groups stay collapsed across refreshes, as
// previews come and go.
class MatrixHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit MatrixHeader(QWidget *parent = nullptr);

    // The two lines a section shows, exposed for tests.
    QString titleLine(int logicalIndex) const;
    QString detailLine(int logicalIndex) const;
    // The detail line for a narrow column: the drift count without the parity score ("16
    // drifting"), which matters more at a glance; the score stays in the tooltip.
    QString shortDetailLine(int logicalIndex) const;

    // Groups of discovered environments, in column order; empty when every environment is declared.
    QStringList groups() const;
    QString groupOf(int logicalIndex) const;
    bool isGroupCollapsed(const QString &group) const { return m_collapsed.contains(group); }
    void setGroupCollapsed(const QString &group, bool collapsed);
    // What the band shows for a group: "▾ Pull requests (3)" or, collapsed, "▸ Pull requests (3)".
    QString groupLabel(const QString &group) const;
    // Where a click toggles the group, in viewport coordinates: its band when shown, its chip
    // when collapsed; empty when nothing shows it (every environment column hidden).
    QRect groupToggleRect(const QString &group) const;

    void setModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void baselineRequested(int logicalIndex);
    void groupCollapsedChanged(const QString &group, bool collapsed);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool isBaseline(int logicalIndex) const;
    int bandHeight() const;
    QList<int> sectionsOf(const QString &group) const;
    // The shown environment section that carries a collapsed group's chip, or -1.
    int chipSection(const QString &group) const;
    QRect chipRect(const QString &group, int section) const;
    // The group whose band or chip is at pos (viewport coordinates), or an empty string.
    QString groupToggleAt(const QPoint &pos) const;
    void paintBand(QPainter *painter, const QRect &rect, int logicalIndex) const;
    void applyCollapsedGroups();

    QSet<QString> m_collapsed;
    bool m_bandPressed = false;
};

} // namespace DriftDeck
