#pragma once

// QGraphicsItem::data() key under which every graph item stores its object id,
// so the scene can map any item under the mouse back to the project.
constexpr int GraphItemIdKey = 0;
