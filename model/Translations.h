#pragma once
// MeshNAT's own messages are compiled into the model library (translations/
// CMakeLists.txt): Japanese, and English's plural forms ("1 error", "3 errors").
// Every program and test loads them through here, which also makes it link the
// library that holds them.
class QString;
class QTranslator;

namespace Translations {
// Loads meshnat_<language>.qm ("ja", "en") into translator; false when there is none.
bool load(QTranslator &translator, const QString &language);
} // namespace Translations
