#include "gui/compliance/exceptions_page.h"

#include "api/money.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace crm::desktop {
namespace {

QString money(qint64 fen, const QString& currency) {
  const QString s = formatYuan(fen);
  return currency.isEmpty() || currency == QLatin1String("CNY") ? s : s + QLatin1Char(' ') + currency;
}

}  // namespace

SuitabilityExceptionModel::SuitabilityExceptionModel(CrmApi& api, QObject* parent)
    : QAbstractTableModel(parent), m_api(api) {}

int SuitabilityExceptionModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}
int SuitabilityExceptionModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : ColumnCount;
}

QString SuitabilityExceptionModel::kindLabel(const QString& kind) {
  if (kind == QLatin1String("MISMATCH_SALE")) return tr("Sales against a mismatch");
  if (kind == QLatin1String("SPECIAL_CARE_SALE")) return tr("Sales to special-care clients");
  if (kind == QLatin1String("ASSESSMENT_EXPIRING")) return tr("Assessments expiring within 30 days");
  if (kind == QLatin1String("HOLDING_ABOVE_LEVEL")) return tr("Holdings above the client's level");
  return kind;
}

QVariant SuitabilityExceptionModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) return {};
  const auto& e = m_rows.at(index.row());
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case Client: return e.customerName;
      case Kind: return kindLabel(e.kind);
      case Level: return e.level == QLatin1String("C1_LOWEST") ? tr("C1 (lowest)") : e.level;
      case Product:
        return e.productCode.isEmpty() ? QString() : QStringLiteral("%1 (R%2)").arg(e.productCode).arg(e.productRisk);
      case Amount: return e.saleId.isEmpty() ? QString() : money(e.amountMinor, e.currency);
      case Time:
        return e.time.isValid() ? QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
  }
  if (role == Qt::TextAlignmentRole && index.column() == Amount)
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
  if (role == Qt::UserRole) return e.customerId;
  return {};
}

QVariant SuitabilityExceptionModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case Client: return tr("Client");
    case Kind: return tr("Exception");
    case Level: return tr("Client level");
    case Product: return tr("Product");
    case Amount: return tr("Amount (yuan)");
    case Time: return tr("When");
  }
  return {};
}

bool SuitabilityExceptionModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && !m_atEnd && !m_loading;
}

void SuitabilityExceptionModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  m_loading = true;
  const int generation = m_generation;
  m_api.listSuitabilityExceptions(m_kind, m_nextToken, this, [this, generation](Result<SuitabilityExceptionPage> r) {
    if (generation != m_generation) return;
    m_loading = false;
    if (!r.ok()) {
      m_atEnd = true;
      Q_EMIT failed(r.error.userMessage());
      return;
    }
    m_nextToken = r.value.nextPageToken;
    m_atEnd = m_nextToken.isEmpty();
    if (!r.value.items.isEmpty()) {
      beginInsertRows(QModelIndex(), static_cast<int>(m_rows.size()),
                      static_cast<int>(m_rows.size() + r.value.items.size() - 1));
      m_rows.append(r.value.items);
      endInsertRows();
    }
    Q_EMIT loaded(static_cast<int>(m_rows.size()));
  });
}

void SuitabilityExceptionModel::setKind(const QString& kind) {
  ++m_generation;
  m_loading = false;  // before the reset ends: a view may fetch from inside it
  beginResetModel();
  m_kind = kind;
  m_rows.clear();
  m_nextToken.clear();
  m_atEnd = false;
  endResetModel();
  fetchMore(QModelIndex());
}

ExceptionsPage::ExceptionsPage(CrmApi& api, QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("exceptionsPage"));
  m_model = new SuitabilityExceptionModel(api, this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(16, 12, 16, 12);
  auto* title = new QLabel(tr("Suitability exceptions"), this);
  QFont tf = title->font();
  tf.setPointSizeF(tf.pointSizeF() * 1.4);
  tf.setBold(true);
  title->setFont(tf);
  layout->addWidget(title);
  auto* bar = new QHBoxLayout();
  m_kind = new QComboBox(this);
  m_kind->setObjectName(QStringLiteral("exceptionKind"));
  for (const char* k : {"MISMATCH_SALE", "SPECIAL_CARE_SALE", "ASSESSMENT_EXPIRING", "HOLDING_ABOVE_LEVEL"}) {
    const QString kind = QString::fromLatin1(k);
    m_kind->addItem(SuitabilityExceptionModel::kindLabel(kind), kind);
  }
  m_status = new QLabel(this);
  m_status->setObjectName(QStringLiteral("exceptionStatus"));
  m_status->setStyleSheet(QStringLiteral("color: #4b5563;"));
  bar->addWidget(new QLabel(tr("Show:"), this));
  bar->addWidget(m_kind);
  bar->addStretch();
  bar->addWidget(m_status);
  layout->addLayout(bar);
  m_table = new QTableView(this);
  m_table->setObjectName(QStringLiteral("exceptionTable"));
  m_table->setModel(m_model);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->verticalHeader()->hide();
  m_table->setAlternatingRowColors(true);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->setColumnWidth(SuitabilityExceptionModel::Client, 140);
  m_table->setColumnWidth(SuitabilityExceptionModel::Kind, 260);
  m_table->setColumnWidth(SuitabilityExceptionModel::Product, 160);
  m_table->setColumnWidth(SuitabilityExceptionModel::Amount, 140);
  layout->addWidget(m_table, 1);
  connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
    m_status->setText(tr("Loading..."));
    m_model->setKind(m_kind->currentData().toString());
  });
  connect(m_model, &SuitabilityExceptionModel::loaded, this, [this](int rows) {
    m_status->setText(m_model->canFetchMore(QModelIndex()) ? tr("%n shown, more below", nullptr, rows)
                                                           : tr("%n in total", nullptr, rows));
  });
  connect(m_model, &SuitabilityExceptionModel::failed, this, [this](const QString& m) { m_status->setText(m); });
}

void ExceptionsPage::activate() {
  if (m_loadedOnce) return;
  m_loadedOnce = true;
  m_status->setText(tr("Loading..."));
  m_model->setKind(m_kind->currentData().toString());
}

}  // namespace crm::desktop
