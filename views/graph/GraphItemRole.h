#pragma once

// QGraphicsItem::data() keys: every graph item stores its object id under
// GraphItemIdKey, so the scene can map any item under the mouse back to the
// project; peer-pair (tunnel) edges also set GraphItemPairKey, because their id
// names an appliance and deleting the edge must unpair, not delete it.
constexpr int GraphItemIdKey = 0;
constexpr int GraphItemPairKey = 1;
