#include "layout/table_columns.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gongwen::detail {

namespace {

using Kind = TableColumn::Width;

struct Need {
  Length min = 0, pref = 0;
};

// Content needs per column: single-column cells first, then spanning cells (narrowest
// spans first) add what their spanned columns still lack, spread evenly over them.
std::vector<Need> content_needs(int count, std::vector<CellExtent> cells) {
  std::vector<Need> need(static_cast<std::size_t>(count));
  std::stable_sort(cells.begin(), cells.end(),
                   [](const CellExtent& a, const CellExtent& b) { return a.span < b.span; });
  for (const CellExtent& c : cells) {
    if (c.column < 0 || c.span < 1 || c.column + c.span > count) continue;
    auto first = need.begin() + c.column;
    auto last = first + c.span;
    auto spread = [&](Length want, Length Need::*field) {
      Length have = 0;
      for (auto it = first; it != last; ++it) have += (*it).*field;
      if (want <= have) return;
      const Length extra = want - have;
      for (int k = 0; k < c.span; ++k) {
        (*(first + k)).*field += mul_div(extra, k + 1, c.span) - mul_div(extra, k, c.span);
      }
    };
    spread(c.min, &Need::min);
    spread(c.pref, &Need::pref);
  }
  for (Need& n : need) n.pref = std::max(n.pref, n.min);
  return need;
}

// Shares `amount` out over `indices` in proportion to `weight` (integer EMU that add up).
void share_out(std::vector<Length>& widths, const std::vector<std::size_t>& indices,
               const std::vector<double>& weight, Length amount) {
  double total = 0;
  for (std::size_t i : indices) total += weight[i];
  if (indices.empty()) return;
  Length given = 0;
  double acc = 0;
  for (std::size_t k = 0; k < indices.size(); ++k) {
    const std::size_t i = indices[k];
    acc += total > 0 ? weight[i] : 1;
    const double whole = total > 0 ? total : static_cast<double>(indices.size());
    const Length upto = k + 1 == indices.size()
                            ? amount
                            : static_cast<Length>(std::llround(static_cast<double>(amount) * acc / whole));
    widths[i] += upto - given;
    given = upto;
  }
}

}  // namespace

ColumnWidths column_widths(const std::vector<TableColumn>& columns, int count,
                           const std::vector<CellExtent>& cells, Length available,
                           Length min_column) {
  ColumnWidths out;
  const auto n = static_cast<std::size_t>(std::max(count, 0));
  out.widths.assign(n, 0);
  auto kind = [&](std::size_t i) { return i < columns.size() ? columns[i].kind : Kind::automatic; };
  const std::vector<Need> need = content_needs(count, cells);

  Length fixed = 0;
  std::vector<std::size_t> autos, shares;
  std::vector<double> share_weight(n, 0), pref_weight(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (kind(i) == Kind::mm) {
      out.widths[i] = mm_f(columns[i].value);
      fixed += out.widths[i];
    } else if (kind(i) == Kind::share) {
      shares.push_back(i);
      share_weight[i] = columns[i].value;
    } else {
      autos.push_back(i);
      pref_weight[i] = static_cast<double>(need[i].pref);
    }
  }
  if (fixed > available) {
    out.problem = ColumnWidths::Problem::too_wide;
    out.total = fixed;
    return out;
  }
  if (!autos.empty() || !shares.empty()) {
    Length rest = available - fixed;
    // Share columns need their content's minimum too, so a share never squeezes text
    // below its longest unbreakable run.
    Length share_min = 0;
    for (std::size_t i : shares) share_min += need[i].min;
    Length auto_min = 0, auto_pref = 0;
    for (std::size_t i : autos) {
      auto_min += need[i].min;
      auto_pref += need[i].pref;
    }
    const Length for_autos = std::max<Length>(0, rest - share_min);
    if (auto_pref <= for_autos) {
      for (std::size_t i : autos) out.widths[i] = need[i].pref;
    } else if (auto_min <= for_autos) {
      // Between minimum and preferred: each column gets its minimum plus the same
      // fraction of what its preferred width adds.
      std::vector<double> extra(n, 0);
      for (std::size_t i : autos) {
        out.widths[i] = need[i].min;
        extra[i] = static_cast<double>(need[i].pref - need[i].min);
      }
      share_out(out.widths, autos, extra, for_autos - auto_min);
    } else {
      // Not even the minimums fit: scale them (the narrow check below may then object).
      std::vector<double> mins(n, 0);
      for (std::size_t i : autos) mins[i] = static_cast<double>(need[i].min);
      share_out(out.widths, autos, mins, for_autos);
    }
    Length used = 0;
    for (std::size_t i : autos) used += out.widths[i];
    Length left = rest - used;
    if (!shares.empty()) {
      // Shares split what is left; a share below its content's minimum is held at the
      // minimum and the others split the remainder (repeated until none is short).
      std::vector<std::size_t> open = shares;
      for (bool changed = true; changed && !open.empty();) {
        changed = false;
        double total = 0;
        for (std::size_t i : open) total += share_weight[i];
        for (auto it = open.begin(); it != open.end(); ++it) {
          const double part = static_cast<double>(left) * share_weight[*it] / total;
          if (part < static_cast<double>(need[*it].min)) {
            out.widths[*it] = need[*it].min;
            left -= need[*it].min;
            open.erase(it);
            changed = true;
            break;
          }
        }
      }
      share_out(out.widths, open, share_weight, std::max<Length>(0, left));
    } else if (left > 0) {
      // Automatic columns alone: the rest in proportion to their preferred widths.
      share_out(out.widths, autos, pref_weight, left);
    }
  }
  out.total = std::accumulate(out.widths.begin(), out.widths.end(), Length{0});
  for (std::size_t i = 0; i < n; ++i) {
    if (out.widths[i] < min_column) {
      out.problem = ColumnWidths::Problem::narrow;
      out.narrow_column = static_cast<int>(i);
      break;
    }
  }
  return out;
}

}  // namespace gongwen::detail
