#include "KindIconProxyModel.h"

#include "KindIcons.h"

KindIconProxyModel::KindIconProxyModel(int kindRole, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_kindRole(kindRole)
{
}

QVariant KindIconProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == 0) {
        const QIcon icon = KindIcons::icon(KindIcons::kindFromVariant(index.data(m_kindRole)));
        if (!icon.isNull())
            return icon;
    }
    return QIdentityProxyModel::data(index, role);
}
