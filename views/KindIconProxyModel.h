#pragma once

#include <QIdentityProxyModel>

// Adds kind icons to the first column of a QtCore item model that exposes the
// object kind in a role; the model library stays free of QtGui.
class KindIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    KindIconProxyModel(int kindRole, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_kindRole;
};
