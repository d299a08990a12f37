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

QVariant AuditEventModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) return {};
  const auto& e = m_rows.at(index.row());
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case Sequence: return e.sequence;
      case Time: return QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
      case Actor: return e.actorUsername;
      case Role: return roleLabel(e.actorRole);
      case Action: return e.action;
      case Target:
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
