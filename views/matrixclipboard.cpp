#include "matrixclipboard.h"

#include "itemmodels/celltext.h"
#include "itemmodels/matrixmodel.h"
#include "values/value.h"

#include <QCoreApplication>

#include <algorithm>

namespace DriftDeck {

namespace {
// Strings filed under the context DriftDeck::MatrixClipboard, the same in lupdate and at run time.
struct MatrixClipboardText {
    Q_DECLARE_TR_FUNCTIONS(DriftDeck::MatrixClipboard)
};

bool isHidden(const QModelIndex &index)
{
    const QVariant kind = index.data(MatrixModel::ValueKindRole);
    return kind.isValid()
        && (ValueKind(kind.toInt()) == ValueKind::Secret || ValueKind(kind.toInt()) == ValueKind::Masked);
}

// One cell inside a row of text: never a secret, and kept on one line so columns stay aligned.
QString cellForRow(const QModelIndex &index)
{
    if (index.column() == 0)
        return index.data(MatrixModel::KeyRole).toString();
    if (isHidden(index))
        return CellText::secretPlaceholder();
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text;
}
} // namespace

namespace MatrixClipboard {

ClipboardText forKey(const QModelIndex &index)
{
    const QString key = index.data(MatrixModel::KeyRole).toString();
    if (key.isEmpty())
        return {{}, MatrixClipboardText::tr("Select a key to copy it.")};
    return {key, {}};
}

ClipboardText forRow(const QModelIndex &index)
{
    if (!index.isValid() || index.data(MatrixModel::IsGroupRole).toBool())
        return {{}, MatrixClipboardText::tr("Select a key to copy its row.")};
    QStringList cells;
    const int columns = index.model()->columnCount(index.parent());
    for (int column = 0; column < columns; ++column)
        cells << cellForRow(index.siblingAtColumn(column));
    return {cells.join(u'\t'), {}};
}

ClipboardText forSelection(QModelIndexList indexes)
{
    if (indexes.isEmpty())
        return {{}, MatrixClipboardText::tr("Select a cell to copy.")};
    if (indexes.size() == 1) {
        const QModelIndex index = indexes.first();
        if (index.data(MatrixModel::IsGroupRole).toBool())
            return {index.data(Qt::DisplayRole).toString(), {}};
        if (index.column() == 0)
            return forRow(index);
        if (isHidden(index))
            return {{}, MatrixClipboardText::tr("Secrets are never copied; the drill-down says whether they match.")};
        if (!index.data(MatrixModel::ValueKindRole).isValid())
            return {{}, MatrixClipboardText::tr("This environment has no value for the key.")};
        return {index.data(Qt::DisplayRole).toString(), {}};
    }
    // A block: one line per row in view order, cells in column order.
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) {
        if (a.parent() != b.parent())
            return a.parent().row() < b.parent().row();
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QStringList lines;
    QStringList line;
    QModelIndex rowStart;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (index.data(MatrixModel::IsGroupRole).toBool())
            continue;
        if (rowStart.isValid() && (index.row() != rowStart.row() || index.parent() != rowStart.parent())) {
            lines << line.join(u'\t');
            line.clear();
        }
        rowStart = index;
        line << cellForRow(index);
    }
    if (!line.isEmpty())
        lines << line.join(u'\t');
    return {lines.join(u'\n'), {}};
}

} // namespace MatrixClipboard
} // namespace DriftDeck
