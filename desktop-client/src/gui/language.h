// The UI language: the workstation's translations (zh_CN, en; embedded under
// :/i18n), Qt's own, and the default locale for dates and numbers.
#pragma once

#include <QString>

namespace crm::desktop {

// Installs language ("zh_CN", "en"; "" = the system's, unknown ones fall back
// to English) in place of the one installed before. Windows created from then
// on speak it; the workstation re-creates its sign-in window after a change.
void applyLanguage(const QString& language);

}  // namespace crm::desktop
