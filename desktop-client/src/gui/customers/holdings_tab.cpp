#include "gui/customers/holdings_tab.h"

#include "api/display_formats.h"

#include <QChart>
#include <QChartView>
#include <QColor>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTreeWidget>
#include <QValueAxis>

#include "gui/common/chart_axis.h"
#include <QVBoxLayout>

#include "api/money.h"

namespace crm::desktop {

HoldingsTab::HoldingsTab(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("holdingsTab"));
  auto* layout = new QVBoxLayout(this);
  m_aum = new QLabel(this);
  m_aum->setObjectName(QStringLiteral("aumLabel"));
  QFont f = m_aum->font();
  f.setBold(true);
  m_aum->setFont(f);
  layout->addWidget(m_aum);
  m_chartView = new QChartView(this);
  m_chartView->setObjectName(QStringLiteral("aumChart"));
  m_chartView->setRenderHint(QPainter::Antialiasing);
  m_chartView->setMinimumHeight(220);
  layout->addWidget(m_chartView, 3);
  m_holdings = new QTreeWidget(this);
  m_holdings->setObjectName(QStringLiteral("holdingsList"));
  m_holdings->setRootIsDecorated(false);
  m_holdings->setHeaderLabels({tr("Product"), tr("Name"), tr("Market value (yuan)"), tr("As of")});
  m_holdings->header()->setStretchLastSection(true);
  m_holdings->setColumnWidth(0, 110);
  m_holdings->setColumnWidth(1, 200);
  m_holdings->setColumnWidth(2, 150);
  layout->addWidget(m_holdings, 2);
  m_margin = new QTreeWidget(this);
  m_margin->setObjectName(QStringLiteral("futuresMarginList"));
  m_margin->setRootIsDecorated(false);
  m_margin->setHeaderLabels({tr("Futures account"), tr("Equity (yuan)"), tr("Available (yuan)"),
                             tr("Margin in use (yuan)"), tr("Margin ratio"), tr("As of")});
  m_margin->header()->setStretchLastSection(true);
  // A few rows: each column as wide as its header or its longest text.
  m_margin->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_margin->setMaximumHeight(110);
  m_margin->setVisible(false);
  layout->addWidget(m_margin, 1);
}

QString HoldingsTab::aumText() const { return m_aum->text(); }

void HoldingsTab::show(const CustomerDetail& d) {
  m_aum->setText(d.hasAum ? tr("AUM %1 yuan on %2").arg(formatYuan(d.aumMinor), formatDay(d.aumDate))
                          : tr("No AUM on record yet."));
  if (d.hasCash)
    m_aum->setText(m_aum->text() + QStringLiteral("  ·  ") +
                   tr("cash %1 yuan on %2").arg(formatYuan(d.cashMinor), formatDay(d.cashDate)));
  if (d.hasActivity)
    m_aum->setText(
        m_aum->text() + QLatin1Char('\n') + tr("%n trade(s) in 90 days", nullptr, d.trades90d) +
        QStringLiteral("  ·  ") +
        (d.lastTradeDate.isValid() ? tr("last trade %1").arg(formatDay(d.lastTradeDate)) : tr("never traded")) +
        QStringLiteral("  ·  ") + tr("commission (12 months) %1 yuan").arg(formatYuan(d.commission12mMinor)) +
        QStringLiteral("  ·  ") + tr("net cash flow (3 months) %1 yuan").arg(formatYuan(d.netCashFlow3mMinor)));
  // The chart draws in 10,000 yuan; the double is for placing pixels only,
  // every figure shown as text comes from the integer fen.
  auto* series = new QLineSeries();
  series->setName(tr("Daily AUM (10,000 yuan)"));
  qint64 lo = 0, hi = 0;
  bool first = true;
  for (const auto& [day, fen] : d.aumHistory) {
    series->append(static_cast<qreal>(day.startOfDay().toMSecsSinceEpoch()), static_cast<qreal>(fen) / 1000000.0);
    lo = first ? fen : qMin(lo, fen);
    hi = first ? fen : qMax(hi, fen);
    first = false;
  }
  m_points = static_cast<int>(series->count());
  auto* chart = new QChart();
  chart->addSeries(series);
  chart->legend()->hide();
  chart->setTitle(tr("AUM over the last 12 months (10,000 yuan)"));
  chart->setMargins(QMargins(4, 4, 4, 4));
  auto* x = new QDateTimeAxis();
  x->setFormat(QStringLiteral("yyyy-MM"));
  x->setTickCount(7);
  auto* y = new QValueAxis();
  y->setObjectName(QStringLiteral("aumAxis"));
  if (!first) {
    // Round ticks in 10,000 yuan (万元), from zero when the values are near it.
    const qreal low = static_cast<qreal>(lo) / 1000000.0, high = static_cast<qreal>(hi) / 1000000.0;
    setNiceRange(y, low < (high - low) ? qMin<qreal>(0.0, low) : low, high);
    x->setRange(d.aumHistory.first().first.startOfDay(), d.aumHistory.last().first.startOfDay());
  }
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  QChart* old = m_chartView->chart();
  m_chartView->setChart(chart);
  delete old;
  m_chartView->setVisible(!first);

  m_holdings->clear();
  for (const auto& h : d.holdings) {
    auto* row =
        new QTreeWidgetItem({h.productCode, h.productName.isEmpty() ? QStringLiteral("-") : h.productName,
                             formatYuan(h.marketValueMinor) +
                                 (h.currency == QLatin1String("CNY") ? QString() : QLatin1Char(' ') + h.currency),
                             formatDay(h.asOf)});
    row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    m_holdings->addTopLevelItem(row);
  }

  m_margin->clear();
  for (const auto& m : d.futuresMargin) {
    const QString currency = m.currency == QLatin1String("CNY") ? QString() : QLatin1Char(' ') + m.currency;
    QString ratio =
        m.ratioBp < 0 ? tr("no margin in use") : QLocale().toString(m.ratioBp / 100.0, 'f', 2) + QLatin1Char('%');
    if (m.belowThreshold) ratio += QStringLiteral("  ") + tr("below the margin-call line");
    auto* row = new QTreeWidgetItem({m.accountMask.isEmpty() ? tr("(all futures accounts)") : m.accountMask,
                                     formatYuan(m.balanceMinor) + currency, formatYuan(m.availableMinor) + currency,
                                     formatYuan(m.marginMinor) + currency, ratio,
                                     formatDay(m.tradingDay) + QLatin1Char(' ') + m.snapshotTime});
    for (int c = 1; c <= 3; ++c) row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    row->setToolTip(4, ratio);
    if (m.belowThreshold)
      for (int c = 0; c < row->columnCount(); ++c) row->setForeground(c, QColor(0xc6, 0x28, 0x28));
    m_margin->addTopLevelItem(row);
  }
  m_margin->setVisible(!d.futuresMargin.isEmpty());
}

}  // namespace crm::desktop
