#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace DriftDeck {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    setAccessibleName(tr("No workspace open"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *title = new QLabel(tr("No workspace open"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Open a workspace file (workspace.yaml) to compare its environments, or a saved "
                               "snapshot (*.driftsnap.json). You can also drop a file here."),
                            this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    hint->setMaximumWidth(hint->fontMetrics().averageCharWidth() * 70);
    auto *button = new QPushButton(tr("Open Workspace…"), this);
    button->setObjectName(QStringLiteral("emptyStateOpen"));
    connect(button, &QPushButton::clicked, this, &EmptyState::openRequested);
    layout->addWidget(title);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
}

} // namespace DriftDeck
