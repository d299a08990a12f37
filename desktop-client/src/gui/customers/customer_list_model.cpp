#include "gui/customers/customer_list_model.h"

#include <QColor>

#include "api/display_formats.h"
#include "api/money.h"

#include <algorithm>

namespace crm::desktop {
namespace {

bool Retryable(const ApiError& e) {
  return e.kind() == ApiError::Kind::Unreachable || e.kind() == ApiError::Kind::Busy ||
         e.kind() == ApiError::Kind::Timeout;
}

}  // namespace

CustomerListModel::CustomerListModel(CrmApi& api, QObject* parent) : QAbstractTableModel(parent), m_api(api) {}

int CustomerListModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}
int CustomerListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CustomerListModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) return {};
  const auto& c = m_rows.at(index.row());
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case Name: return c.name;
      case Status: return c.archived ? tr("%1 (archived)").arg(statusLabel(c.status)) : statusLabel(c.status);
      case Tier: return c.tier;
      case RiskLevel: return c.riskLevel == QLatin1String("C1_LOWEST") ? tr("C1 (lowest)") : c.riskLevel;
      case Aum: return c.hasAum ? formatYuan(c.aumMinor) : QString();
      // Metrics known and no contact on record: say so.
      case LastContact: return c.lastContact.isValid() ? formatDay(c.lastContact) : c.hasAum ? tr("never") : QString();
      case Owner: return m_ownerNames.value(c.ownerUserId);
      case Phone: return c.phoneMasked;
      case IdNumber: return c.idNumberMasked;
      case District: return c.district;
    }
  }
  if (role == Qt::UserRole) return c.id;
  if (role == Qt::TextAlignmentRole && index.column() == Aum)
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::ForegroundRole && c.archived) return QColor(0x6b, 0x72, 0x80);
  return {};
}

void CustomerListModel::setOwnerNames(const QHash<QString, QString>& names) {
  m_ownerNames = names;
  if (!m_rows.isEmpty()) Q_EMIT dataChanged(index(0, Owner), index(static_cast<int>(m_rows.size()) - 1, Owner));
}

QString CustomerListModel::statusLabel(const QString& status) {
  if (status == QLatin1String("PROSPECT")) return tr("Prospect");
  if (status == QLatin1String("ACTIVE")) return tr("Active");
  if (status == QLatin1String("DORMANT")) return tr("Dormant");
  if (status == QLatin1String("CLOSED")) return tr("Closed");
  return status;
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
    return isSortable(section) ? tr("Click to sort") : tr("This column cannot be sorted");
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Tier: return tr("Tier");
    case RiskLevel: return tr("Risk level");
    case Aum: return tr("AUM (yuan)");
    case LastContact: return tr("Last contact");
    case Owner: return tr("Account manager");
    case Phone: return tr("Mobile");
    case IdNumber: return tr("ID number");
    case District: return tr("District");
  }
  return {};
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && m_search.isEmpty() && !m_atEnd && !m_loading;
}

void CustomerListModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  setLoading(true);
  const int generation = m_generation;
  m_api.listCustomers(m_filter, m_nextToken, kPageSize, this, [this, generation](Result<CustomerPage> r) {
    if (generation != m_generation) return;
    if (!r.ok()) {
      m_atEnd = true;
      setLoading(false);
      Q_EMIT failed(r.error.userMessage(), Retryable(r.error));
      return;
    }
    // The cursor moves before the rows arrive: views react to the insertion
    // by asking for more, and must not ask with the old cursor.
    m_nextToken = r.value.nextPageToken;
    m_atEnd = m_nextToken.isEmpty();
    setLoading(false);
    append(r.value, generation);
    Q_EMIT loaded();
  });
}

void CustomerListModel::append(const CustomerPage& page, int generation) {
  if (generation != m_generation || page.customers.isEmpty()) return;
  beginInsertRows(QModelIndex(), static_cast<int>(m_rows.size()),
                  static_cast<int>(m_rows.size() + page.customers.size() - 1));
  m_rows.append(page.customers);
  endInsertRows();
}

void CustomerListModel::reload() {
  ++m_generation;
  // Not loading before the reset ends: a view may ask for the first page from
  // inside endResetModel(), and that request must count as the one in flight.
  setLoading(false);
  beginResetModel();
  m_rows.clear();
  m_nextToken.clear();
  m_atEnd = false;
  m_search.clear();
  endResetModel();
  fetchMore(QModelIndex());
}

void CustomerListModel::updateCustomer(const CustomerSummary& summary) {
  for (int i = 0; i < m_rows.size(); ++i) {
    if (m_rows.at(i).id != summary.id) continue;
    m_rows[i] = summary;
    Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
    return;
  }
}

void CustomerListModel::refresh() {
  const QString q = m_search;
  if (q.isEmpty()) {
    reload();
    return;
  }
  m_search.clear();
  setSearch(q);
}

void CustomerListModel::setFilter(const CustomerFilter& filter) {
  if (filter == m_filter) return;
  m_filter = filter;
  reload();
}

void CustomerListModel::setSearch(const QString& query) {
  const QString q = query.trimmed();
  if (q.isEmpty()) {
    reload();
    return;
  }
  ++m_generation;
  beginResetModel();
  m_rows.clear();
  m_search = q;
  m_atEnd = true;
  endResetModel();
  setLoading(true);
  const int generation = m_generation;
  m_api.searchCustomers(q, this, [this, generation](Result<CustomerPage> r) {
    if (generation != m_generation) return;
    setLoading(false);
    if (!r.ok()) {
      Q_EMIT failed(r.error.userMessage(), Retryable(r.error));
      return;
    }
    append(r.value, generation);
    Q_EMIT loaded();
    Q_EMIT searchFinished(static_cast<int>(r.value.customers.size()), r.value.partial);
  });
}

QString CustomerListModel::sortKey(int column) {
  switch (column) {
    case Name: return QStringLiteral("name");
    case Status: return QStringLiteral("status");
    case Tier: return QStringLiteral("tier");
    case RiskLevel: return QStringLiteral("risk_level");
    default: return {};
  }
}

void CustomerListModel::sort(int column, Qt::SortOrder order) {
  const QString key = sortKey(column);
  if (key.isEmpty()) return;
  const bool desc = order == Qt::DescendingOrder;
  CustomerFilter f = m_filter;
  f.orderBy = key == QLatin1String("name") && !desc ? QString() : key + (desc ? QStringLiteral(" desc") : QString());
  if (m_search.isEmpty()) {
    setFilter(f);
    return;
  }
  // Search results (one page at most): sorted here, the list keeps the order for later.
  m_filter.orderBy = f.orderBy;
  auto value = [column](const CustomerSummary& c) {
    switch (column) {
      case Status: return c.status;
      case Tier: return c.tier;
      case RiskLevel: return c.riskLevel;
      default: return c.name;
    }
  };
  beginResetModel();
  std::stable_sort(m_rows.begin(), m_rows.end(), [&](const CustomerSummary& a, const CustomerSummary& b) {
    const auto ka = std::make_pair(value(a), a.name), kb = std::make_pair(value(b), b.name);
    return desc ? kb < ka : ka < kb;
  });
  endResetModel();
}

void CustomerListModel::setLoading(bool loading) {
  if (m_loading == loading) return;
  m_loading = loading;
  Q_EMIT loadingChanged(loading);
}

}  // namespace crm::desktop
