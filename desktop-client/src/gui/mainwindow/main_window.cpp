#include "gui/mainwindow/main_window.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "gui/compliance/audit_trail_page.h"
#include "gui/compliance/exceptions_page.h"
#include "gui/compliance/aml_page.h"
#include "gui/compliance/watchlist_page.h"
#include "gui/compliance/risk_ratings_page.h"
#include "gui/compliance/messages_page.h"
#include "gui/customers/customers_page.h"
#include "gui/tiering/tiering_page.h"

namespace crm::desktop {

QString MainWindow::roleLabel(const QString& role) {
  if (role == QLatin1String("ACCOUNT_MANAGER")) return tr("Account manager");
  if (role == QLatin1String("TEAM_LEAD")) return tr("Team lead");
  if (role == QLatin1String("BRANCH_MANAGER")) return tr("Branch manager");
  if (role == QLatin1String("COMPLIANCE_OFFICER")) return tr("Compliance officer");
  if (role == QLatin1String("ADMIN")) return tr("Administrator");
  return role;
}

MainWindow::MainWindow(Session& session, QWidget* parent) : QMainWindow(parent), m_session(session) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowTitle(tr("Securities CRM Workstation"));
  resize(1100, 700);

  auto* account = menuBar()->addMenu(tr("&Account"));
  QAction* changePw = account->addAction(tr("Change &password..."));
  changePw->setObjectName(QStringLiteral("changePasswordAction"));
  QAction* signOut = account->addAction(tr("Sign &out"));
  signOut->setObjectName(QStringLiteral("signOutAction"));
  connect(changePw, &QAction::triggered, this, &MainWindow::changePasswordRequested);
  connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);

  m_nav = new QListWidget(this);
  m_nav->setObjectName(QStringLiteral("navigation"));
  m_nav->setFixedWidth(200);
  m_nav->setFrameShape(QFrame::NoFrame);
  m_nav->setStyleSheet(
      QStringLiteral("QListWidget { background: #1f2a37; color: #e5e7eb; font-size: 14px; outline: 0; }"
                     "QListWidget::item { padding: 10px 14px; border: 0; margin: 0; }"
                     "QListWidget::item:!selected { padding: 10px 14px; }"
                     "QListWidget::item:selected { background: #374151; color: white; }"));
  m_pages = new QStackedWidget(this);

  // Home page: who is signed in.
  auto* home = new QWidget(this);
  auto* homeLayout = new QVBoxLayout(home);
  homeLayout->setContentsMargins(32, 28, 32, 28);
  auto* welcome = new QLabel(tr("Welcome"), home);
  QFont f = welcome->font();
  f.setPointSizeF(f.pointSizeF() * 1.8);
  f.setBold(true);
  welcome->setFont(f);
  m_who = new QLabel(home);
  m_who->setObjectName(QStringLiteral("signedInLabel"));
  QFont wf = m_who->font();
  wf.setPointSizeF(wf.pointSizeF() * 1.2);
  m_who->setFont(wf);
  m_org = new QLabel(home);
  m_org->setObjectName(QStringLiteral("orgLabel"));
  m_org->setStyleSheet(QStringLiteral("color: #4b5563;"));
  homeLayout->addWidget(welcome);
  homeLayout->addSpacing(8);
  homeLayout->addWidget(m_who);
  homeLayout->addWidget(m_org);
  homeLayout->addSpacing(20);
  m_homeAreas = new QVBoxLayout();
  m_homeAreas->setSpacing(10);
  homeLayout->addLayout(m_homeAreas);
  homeLayout->addStretch();
  m_pages->addWidget(home);
  m_nav->addItem(tr("Home"));
  m_areas << QStringLiteral("home");
  // Areas a role may not use are not shown: an administrator sees no clients.
  if (!session.hasRole(QStringLiteral("ADMIN"))) {
    // Compliance reviews but never sells (server policy: suitability.write).
    const bool canSell = !session.hasRole(QStringLiteral("COMPLIANCE_OFFICER"));
    m_customers = new CustomersPage(session.api(), session.user(), canSell, this);
    m_pages->addWidget(m_customers);
    m_nav->addItem(CustomersPage::areaTitle(session.user().role));
    m_areas << QStringLiteral("customers");
  }
  // Tier policies are managed by branch managers and compliance.
  if (session.hasRole(QStringLiteral("BRANCH_MANAGER")) || session.hasRole(QStringLiteral("COMPLIANCE_OFFICER"))) {
    m_tiering = new TieringPage(session.api(), session.user().id, this);
    m_pages->addWidget(m_tiering);
    m_nav->addItem(tr("Tiering"));
    m_areas << QStringLiteral("tiering");
  }
  // Compliance: the audit trail is theirs alone; team and branch leads also
  // review their scope's suitability exceptions (server policy decides rows).
  if (session.hasRole(QStringLiteral("COMPLIANCE_OFFICER"))) {
    m_auditTrail = new AuditTrailPage(session.api(), this);
    m_pages->addWidget(m_auditTrail);
    m_nav->addItem(tr("Audit trail"));
    m_areas << QStringLiteral("audit");
  }
  if (session.hasRole(QStringLiteral("COMPLIANCE_OFFICER")) || session.hasRole(QStringLiteral("TEAM_LEAD")) ||
      session.hasRole(QStringLiteral("BRANCH_MANAGER"))) {
    m_exceptions = new ExceptionsPage(session.api(), session.hasRole(QStringLiteral("COMPLIANCE_OFFICER")), this);
    m_pages->addWidget(m_exceptions);
    m_nav->addItem(tr("Suitability exceptions"));
    m_areas << QStringLiteral("exceptions");
  }
  // Every message and its outcome (the outbox) is compliance's to watch.
  if (session.hasRole(QStringLiteral("COMPLIANCE_OFFICER"))) {
    m_messages = new MessagesPage(session.api(), this);
    m_pages->addWidget(m_messages);
    m_nav->addItem(tr("Messages"));
    m_areas << QStringLiteral("messages");
    m_aml = new AmlPage(session.api(), this);
    m_pages->addWidget(m_aml);
    m_nav->addItem(tr("Large-value reports"));
    m_areas << QStringLiteral("aml");
    m_watchlist = new WatchlistPage(session.api(), this);
    m_pages->addWidget(m_watchlist);
    m_nav->addItem(tr("Watch-list hits"));
    m_areas << QStringLiteral("watchlist");
    m_riskRatings = new RiskRatingsPage(session.api(), this);
    m_pages->addWidget(m_riskRatings);
    m_nav->addItem(tr("AML risk ratings"));
    m_areas << QStringLiteral("risk");
  }

  // The home page lists what this role can do here, one button per area.
  for (int i = 1; i < m_areas.size(); ++i) {
    const QString area = m_areas.at(i);
    auto* card = new QPushButton(home);
    card->setObjectName(QStringLiteral("home_") + area);
    card->setText(QStringLiteral("%1\n%2").arg(m_nav->item(i)->text(), areaDescription(area)));
    card->setStyleSheet(
        QStringLiteral("QPushButton { text-align: left; padding: 10px 14px; border: 1px solid #d1d5db; "
                       "border-radius: 6px; background: #ffffff; } "
                       "QPushButton:hover { border-color: #2563eb; }"));
    card->setMaximumWidth(720);
    card->setCursor(Qt::PointingHandCursor);
    connect(card, &QPushButton::clicked, this, [this, area] { showArea(area); });
    m_homeAreas->addWidget(card);
  }

  auto* central = new QWidget(this);
  auto* row = new QHBoxLayout(central);
  row->setContentsMargins(0, 0, 0, 0);
  row->setSpacing(0);
  row->addWidget(m_nav);
  row->addWidget(m_pages, 1);
  setCentralWidget(central);
  connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
    m_pages->setCurrentIndex(row);
    QWidget* page = m_pages->currentWidget();
    if (page == m_customers && m_customers) m_customers->activate();
    if (page == m_auditTrail && m_auditTrail) m_auditTrail->activate();
    if (page == m_exceptions && m_exceptions) m_exceptions->activate();
    if (page == m_messages && m_messages) m_messages->activate();
    if (page == m_aml && m_aml) m_aml->activate();
    if (page == m_watchlist && m_watchlist) m_watchlist->activate();
    if (page == m_riskRatings && m_riskRatings) m_riskRatings->activate();
    if (page == m_tiering && m_tiering) m_tiering->activate();
  });
  m_nav->setCurrentRow(0);

  m_status = new QLabel(this);
  statusBar()->addPermanentWidget(m_status);
  connect(&m_session, &Session::userChanged, this, &MainWindow::refresh);
  connect(&m_session, &Session::signedIn, this, &MainWindow::refresh);
  refresh();
}

QString MainWindow::signedInText() const { return m_who->text(); }

QString MainWindow::areaDescription(const QString& area) {
  if (area == QLatin1String("customers"))
    return tr(
        "Your clients page by page: search by name, ID or mobile number, filter, sort, open a client's 360 view.");
  if (area == QLatin1String("tiering"))
    return tr("Tier policies: edit the rules as a draft, preview what they would change, activate, recompute.");
  if (area == QLatin1String("audit"))
    return tr("Every access to client data: filter, read an event, verify the chain, export with a reason.");
  if (area == QLatin1String("messages"))
    return tr("Every message sent to clients and staff: delivered, retrying, dead letters, stopped for consent.");
  if (area == QLatin1String("aml"))
    return tr("Large-value transactions to report to the regulator: due dates, overdue ones in red, file or dismiss.");
  if (area == QLatin1String("watchlist"))
    return tr("Clients whose names match the PEP or sanctions lists: confirm the match or clear it, with a reason.");
  if (area == QLatin1String("risk"))
    return tr("Clients' anti-money-laundering risk ratings: reviews due, overdue ones in red, re-rate with a reason.");
  if (area == QLatin1String("exceptions"))
    return tr(
        "Sales against a mismatch or to special-care clients, assessments about to expire, holdings above a "
        "client's level.");
  return {};
}

bool MainWindow::showArea(const QString& area) {
  int row = static_cast<int>(m_areas.indexOf(area));
  if (row < 0) return false;
  m_nav->setCurrentRow(row);
  return true;
}

void MainWindow::refresh() {
  const UserInfo& u = m_session.user();
  m_who->setText(tr("Signed in as %1 (%2), %3").arg(u.displayName, u.username, roleLabel(u.role)));
  QStringList org;
  if (!u.branchName.isEmpty()) org << u.branchName;
  if (!u.teamName.isEmpty()) org << u.teamName;
  m_org->setText(org.join(QStringLiteral(" / ")));
  m_status->setText(tr("%1 - %2").arg(u.username, roleLabel(u.role)));
}

}  // namespace crm::desktop
