#include "gui/language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace crm::desktop {

void applyLanguage(const QString& language) {
  static std::unique_ptr<QTranslator> app, qt;
  for (auto* t : {app.get(), qt.get()})
    if (t) QApplication::removeTranslator(t);
  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
  QLocale::setDefault(locale);  // dates, numbers and the questionnaire's language
  app = std::make_unique<QTranslator>();
  if (app->load(locale, QStringLiteral("crm"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
      app->load(QStringLiteral(":/i18n/crm_en.qm")))
    QApplication::installTranslator(app.get());
  qt = std::make_unique<QTranslator>();
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(qt.get());
}

}  // namespace crm::desktop
