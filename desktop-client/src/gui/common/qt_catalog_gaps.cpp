// Texts Qt's own widgets show that Qt 6.4's zh_CN catalogue (qtbase_zh_CN.qm
// in Debian's qt6-translations-l10n) does not translate: the file dialog's
// "Type" column names a folder through QAbstractFileIconProvider, a context
// added in Qt 6 that the catalogue predates, so a Chinese dialog said
// "Folder" (issue 25 item 13). Listed here so that lupdate carries them into
// translations/crm_*.ts under Qt's own context, source text and
// disambiguation; the workstation's translator (gui/language.cpp) answers
// when qtbase's has no entry. Nothing calls these: Qt looks them up itself.
#include <QtGlobal>

namespace {
[[maybe_unused]] const char* const kWithDisambiguation[][2] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
};
[[maybe_unused]] const char* const kPlain[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};
}  // namespace
