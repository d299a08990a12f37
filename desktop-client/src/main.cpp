// crm-workstation: the desktop client for account managers, team leads and
// compliance officers.
#include <QApplication>
#include <QCommandLineParser>

#include "api/grpc_crm_api.h"
#include "core/settings.h"
#include "gui/language.h"
#include "gui/workstation.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("crm-workstation"));
  QApplication::setOrganizationName(QStringLiteral("SecuritiesCRM"));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Securities CRM workstation"));
  parser.addHelpOption();
  QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("Server address (host:port)."),
                               QStringLiteral("address"));
  QCommandLineOption caOpt(QStringLiteral("ca"),
                           QStringLiteral("CA certificate file the server's certificate chains to."),
                           QStringLiteral("file"));
  QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("UI language: zh_CN or en."),
                             QStringLiteral("language"));
  parser.addOption(serverOpt);
  parser.addOption(caOpt);
  parser.addOption(langOpt);
  parser.process(app);

  crm::desktop::Settings settings;
  if (parser.isSet(serverOpt)) settings.setServerAddress(parser.value(serverOpt));
  if (parser.isSet(caOpt)) settings.setCaFile(parser.value(caOpt));

  crm::desktop::applyLanguage(parser.isSet(langOpt) ? parser.value(langOpt) : settings.language());

  crm::desktop::Workstation workstation(settings, [](const QString& address, const QString& ca) {
    return std::make_unique<crm::desktop::GrpcCrmApi>(address, ca);
  });
  workstation.start();
  return app.exec();
}
