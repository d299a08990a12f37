#include "gui/compliance/audit_event_model.h"

#include <QColor>
#include <QLocale>

namespace crm::desktop {

AuditEventModel::AuditEventModel(CrmApi& api, QObject* parent) : QAbstractTableModel(parent), m_api(api) {}

int AuditEventModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}
int AuditEventModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AuditEventModel::outcomeLabel(const QString& outcome) {
  if (outcome == QLatin1String("OK")) return tr("OK");
  if (outcome == QLatin1String("DENIED")) return tr("Denied");
  if (outcome == QLatin1String("ERROR")) return tr("Error");
  return outcome;
}

QString AuditEventModel::roleLabel(const QString& role) {
  if (role == QLatin1String("ACCOUNT_MANAGER")) return tr("Account manager");
  if (role == QLatin1String("TEAM_LEAD")) return tr("Team lead");
  if (role == QLatin1String("BRANCH_MANAGER")) return tr("Branch manager");
  if (role == QLatin1String("COMPLIANCE_OFFICER")) return tr("Compliance officer");
  if (role == QLatin1String("ADMIN")) return tr("Administrator");
  if (role == QLatin1String("SYSTEM")) return tr("System");
  if (role == QLatin1String("ADMIN_CLI")) return tr("Admin command line");
  return role;
}

namespace {
// Long ids (UUIDs) shortened for the table; the detail pane shows them whole.
QString shortId(const QString& id) { return id.size() > 13 ? id.left(8) + QChar(0x2026) : id; }
}  // namespace

// What each recorded action means, in the UI language; an action not listed
// here shows its code (the code is always in the tooltip).
QString AuditEventModel::actionLabel(const QString& code) {
  static const QList<QPair<const char*, const char*>> kWords{
      {"customer.view", QT_TR_NOOP("Viewed client")},
      {"customer.list", QT_TR_NOOP("Listed clients")},
      {"customer.search", QT_TR_NOOP("Searched clients")},
      {"customer.create", QT_TR_NOOP("Created client")},
      {"customer.update", QT_TR_NOOP("Changed client")},
      {"customer.reveal", QT_TR_NOOP("Revealed a number")},
      {"customer.archive", QT_TR_NOOP("Archived client")},
      {"customer.restore", QT_TR_NOOP("Restored client")},
      {"customer.transfer", QT_TR_NOOP("Transferred clients")},
      {"customer.delegate", QT_TR_NOOP("Delegated a client")},
      {"customer.consent", QT_TR_NOOP("Changed a consent")},
      {"customer.account_add", QT_TR_NOOP("Linked an account")},
      {"customer.relation_add", QT_TR_NOOP("Added a related party")},
      {"customer.tags", QT_TR_NOOP("Changed tags")},
      {"customer.import", QT_TR_NOOP("Imported clients")},
      {"interaction.create", QT_TR_NOOP("Recorded a contact")},
      {"interaction.amend", QT_TR_NOOP("Corrected a contact")},
      {"interaction.list", QT_TR_NOOP("Read contacts")},
      {"auth.login", QT_TR_NOOP("Signed in")},
      {"auth.login_failed", QT_TR_NOOP("Failed sign-in")},
      {"auth.login_locked", QT_TR_NOOP("Sign-in while locked")},
      {"auth.lockout", QT_TR_NOOP("Account locked")},
      {"auth.logout", QT_TR_NOOP("Signed out")},
      {"auth.session_expired", QT_TR_NOOP("Session expired")},
      {"auth.password_change", QT_TR_NOOP("Changed password")},
      {"auth.permission_denied", QT_TR_NOOP("Refused: no permission")},
      {"audit.list", QT_TR_NOOP("Read the audit trail")},
      {"audit.view", QT_TR_NOOP("Opened an audit event")},
      {"audit.verify", QT_TR_NOOP("Verified the audit chain")},
      {"audit.export", QT_TR_NOOP("Exported audit events")},
      {"audit.archive", QT_TR_NOOP("Archived audit events")},
      {"suitability.assessment.submit", QT_TR_NOOP("Risk assessment")},
      {"suitability.classify", QT_TR_NOOP("Investor classification")},
      {"suitability.check", QT_TR_NOOP("Suitability check")},
      {"suitability.acknowledgement", QT_TR_NOOP("Signed risk warning")},
      {"suitability.dual_recording", QT_TR_NOOP("Dual recording")},
      {"suitability.sale", QT_TR_NOOP("Recorded a sale")},
      {"suitability.profile.view", QT_TR_NOOP("Viewed suitability")},
      {"suitability.exceptions.list", QT_TR_NOOP("Listed suitability exceptions")},
      {"suitability.settings.update", QT_TR_NOOP("Changed suitability settings")},
      {"suitability.questionnaire.publish", QT_TR_NOOP("Published a questionnaire")},
      {"product.create", QT_TR_NOOP("Created product")},
      {"product.update", QT_TR_NOOP("Changed product")},
      {"tiering.history.view", QT_TR_NOOP("Viewed tier history")},
      {"tiering.policy.create", QT_TR_NOOP("Created tier policy")},
      {"tiering.policy.update", QT_TR_NOOP("Changed tier policy")},
      {"tiering.policy.preview", QT_TR_NOOP("Previewed tier policy")},
      {"tiering.policy.activate", QT_TR_NOOP("Activated tier policy")},
      {"tiering.recompute.request", QT_TR_NOOP("Recompute requested")},
      {"tiering.recompute.finish", QT_TR_NOOP("Recompute finished")},
      {"positions.import", QT_TR_NOOP("Imported positions")},
      {"demo.seed", QT_TR_NOOP("Added demo clients")},
      {"keys.rotate", QT_TR_NOOP("Rotated data keys")},
      {"user.create", QT_TR_NOOP("Created user")},
      {"user.lock", QT_TR_NOOP("Locked user")},
      {"user.unlock", QT_TR_NOOP("Unlocked user")},
      {"user.password_reset", QT_TR_NOOP("Reset a password")},
      {"user.set_role", QT_TR_NOOP("Changed a role")},
      {"org.branch_create", QT_TR_NOOP("Created branch")},
      {"org.team_create", QT_TR_NOOP("Created team")},
      {"server.database_restarted", QT_TR_NOOP("Server restarted its database")},
  };
  for (const auto& [c, words] : kWords)
    if (code == QLatin1String(c)) return tr(words);
  return code;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) return {};
  const auto& e = m_rows.at(index.row());
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case Sequence: return e.sequence;
      case Time: return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
      case Actor: return e.actorDisplayName.isEmpty() ? e.actorUsername : e.actorDisplayName;
      case Role: return roleLabel(e.actorRole);
      case Action: return actionLabel(e.action);
      case Target:
        if (!e.targetLabel.isEmpty()) return e.targetLabel;
        return e.targetType.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(e.targetType, shortId(e.targetId));
      case Outcome: return outcomeLabel(e.outcome);
      case Reason: return e.reason;
    }
  }
  if (role == Qt::ForegroundRole && index.column() == Outcome && e.outcome != QLatin1String("OK"))
    return QColor(QStringLiteral("#b91c1c"));
  if (role == Qt::TextAlignmentRole && index.column() == Sequence)
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ToolTipRole && index.column() == Target) return QStringLiteral("%1 %2").arg(e.targetType, e.targetId);
  if (role == Qt::ToolTipRole && index.column() == Action) return e.action;
  if (role == Qt::UserRole) return e.sequence;
  return {};
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Sequence: return tr("Seq.");
    case Time: return tr("Time");
    case Actor: return tr("User");
    case Role: return tr("Role");
    case Action: return tr("Action");
    case Target: return tr("Target");
    case Outcome: return tr("Outcome");
    case Reason: return tr("Reason");
  }
  return {};
}

bool AuditEventModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && !m_atEnd && !m_loading;
}

void AuditEventModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  setLoading(true);
  const int generation = m_generation;
  m_api.listAuditEvents(m_query, m_nextToken, kPageSize, this, [this, generation](Result<AuditPage> r) {
    if (generation != m_generation) return;
    if (!r.ok()) {
      m_atEnd = true;
      setLoading(false);
      Q_EMIT failed(r.error.userMessage());
      return;
    }
    m_nextToken = r.value.nextPageToken;
    m_atEnd = m_nextToken.isEmpty();
    if (r.value.totalSize != m_total) {
      m_total = r.value.totalSize;
      Q_EMIT totalChanged(m_total);
    }
    setLoading(false);
    if (r.value.events.isEmpty()) return;
    beginInsertRows(QModelIndex(), static_cast<int>(m_rows.size()),
                    static_cast<int>(m_rows.size() + r.value.events.size() - 1));
    m_rows.append(r.value.events);
    endInsertRows();
  });
}

void AuditEventModel::setQuery(const AuditQuery& query) {
  ++m_generation;
  // Not loading before the reset ends: views (and the model tester) may ask
  // for the first page from inside endResetModel(), and that request must
  // count as the one in flight.
  setLoading(false);
  beginResetModel();
  m_query = query;
  m_rows.clear();
  m_nextToken.clear();
  m_atEnd = false;
  endResetModel();
  fetchMore(QModelIndex());
}

void AuditEventModel::setLoading(bool loading) {
  if (m_loading == loading) return;
  m_loading = loading;
  Q_EMIT loadingChanged(loading);
}

}  // namespace crm::desktop
