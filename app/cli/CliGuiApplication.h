#pragma once

#include <QCoreApplication>

#include <memory>

// The application object for meshnat-cli commands that draw (needsGui()):
// a QApplication, since the diagram is a QGraphicsScene, on the offscreen
// platform when there is no display and QT_QPA_PLATFORM is unset.
class CliGuiApplication
{
public:
    static std::unique_ptr<QCoreApplication> create(int &argc, char **argv);
};
