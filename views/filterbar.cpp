#include "filterbar.h"

#include <QKeyEvent>

namespace DriftDeck {

FilterBar::FilterBar(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("filterField"));
    setAccessibleName(tr("Filter"));
    setPlaceholderText(tr("Filter keys and values, or a glob: config/database.*"));
    setToolTip(tr("Text matches keys and values; * and ? match keys as a glob. Esc clears."));
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::flush);
    connect(this, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(this, &QLineEdit::returnPressed, this, &FilterBar::flush);
}

void FilterBar::flush()
{
    m_debounce.stop();
    if (text() == m_applied)
        return;
    m_applied = text();
    Q_EMIT filterChanged(m_applied);
}

void FilterBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        flush();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace DriftDeck
