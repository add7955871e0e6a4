#include "linebreak/balanced_lines.hpp"

#include <algorithm>
#include <limits>

#include "linebreak/break_opportunities.hpp"
#include "linebreak/line_breaker.hpp"
#include "linebreak/title_phrases.hpp"

namespace gongwen::detail {

namespace {

// Exhaustive search is bounded: titles are short. Longer texts fall back to greedy fill.
constexpr int kMaxSearchLines = 5;
constexpr long kMaxVisits = 200000;
// Meaning weighs more than evenness (§7.3.1 puts 词意完整 first): one unit of break cost
// (title_phrases.hpp) weighs as much as two lines about five characters apart; one more
// line than needed weighs about half a split compound noun. Tuned on the table of real
// titles in tests/title_breaks_test.cpp.
constexpr double kCostWeight = 12.0;
constexpr double kExtraLineCost = 40.0;
// A two-line title may take a third line when two lines would split a compound
// (title_phrases.cpp); longer titles keep the fewest lines (page 1 room, §7.3.3).
constexpr int kSplitsCompound = 8;

// `em` is the tolerance of a shape of three or more lines: lines one character apart read
// as equal in a centred title (关于在坚决打赢疫情防控阻击战中 / 充分发挥党组织战斗堡垒和 /
// 党员干部先锋模范作用的通知, 15/12/13, is a 梯形), so a split by meaning is not refused
// for a one-character dip.
bool valid_shape(const std::vector<Length>& w, double min_ratio, Length em) {
  Length longest = *std::max_element(w.begin(), w.end());
  for (Length x : w) {
    if (static_cast<double>(x) < min_ratio * static_cast<double>(longest)) return false;
  }
  if (w.size() == 2) return w[0] >= w[1];
  // Up then down (菱形), or monotone (梯形): no valley deeper than the tolerance.
  std::size_t i = 0;
  while (i + 1 < w.size() && w[i + 1] >= w[i]) ++i;
  while (i + 1 < w.size() && w[i + 1] <= w[i] + em) ++i;
  return i + 1 == w.size();
}

// The costliest break of a split (its last end, `end`, is no break).
int max_cost(const std::vector<std::uint32_t>& ends, std::uint32_t end,
             const std::vector<int>& cost) {
  int m = 0;
  for (std::uint32_t e : ends) {
    if (e != end) m = std::max(m, cost[e]);
  }
  return m;
}

class Search {
 public:
  // cost[c] is the cost of a break before cluster c; em is the unit of evenness.
  Search(const std::vector<Length>& prefix, const std::vector<std::uint32_t>& cands,
         const std::vector<int>& cost, std::uint32_t begin, std::uint32_t end,
         Length max_width, double min_ratio, Length em)
      : prefix_(prefix), cands_(cands), cost_(cost), begin_(begin), end_(end), max_(max_width),
        ratio_(min_ratio), em_(static_cast<double>(std::max<Length>(em, 1))) {}

  // Best split of [begin, end) into `lines` lines; empty when none is valid.
  std::vector<std::uint32_t> run(int lines) {
    lines_ = lines;
    best_score_ = std::numeric_limits<double>::max();
    best_.clear();
    cur_.clear();
    visits_ = 0;
    dfs(begin_, 1);
    return best_;
  }
  bool exhausted() const { return visits_ >= kMaxVisits; }
  double best_score() const { return best_score_; }

 private:
  Length width(std::uint32_t a, std::uint32_t b) const { return prefix_[b] - prefix_[a]; }

  void dfs(std::uint32_t a, int line) {
    if (++visits_ > kMaxVisits) return;
    if (line == lines_) {
      if (width(a, end_) > max_) return;
      cur_.push_back(end_);
      score();
      cur_.pop_back();
      return;
    }
    for (std::uint32_t c : cands_) {
      if (c <= a || c >= end_) continue;
      if (width(a, c) > max_) break;
      cur_.push_back(c);
      dfs(c, line + 1);
      cur_.pop_back();
    }
  }

  void score() {
    std::vector<Length> w;
    std::uint32_t a = begin_;
    for (std::uint32_t e : cur_) {
      w.push_back(width(a, e));
      a = e;
    }
    if (!valid_shape(w, ratio_, static_cast<Length>(em_))) return;
    double mean = static_cast<double>(width(begin_, end_)) / static_cast<double>(w.size());
    double s = 0;
    for (Length x : w) {
      const double d = (static_cast<double>(x) - mean) / em_;
      s += d * d;
    }
    for (std::size_t i = 0; i + 1 < cur_.size(); ++i) s += kCostWeight * cost_[cur_[i]];
    if (s < best_score_) {
      best_score_ = s;
      best_ = cur_;
    }
  }

  const std::vector<Length>& prefix_;
  const std::vector<std::uint32_t>& cands_;
  const std::vector<int>& cost_;
  std::uint32_t begin_, end_;
  Length max_;
  double ratio_;
  double em_;
  int lines_ = 1;
  long visits_ = 0;
  double best_score_ = 0;
  std::vector<std::uint32_t> cur_, best_;
};

}  // namespace

std::vector<std::uint32_t> balance_lines(const StyledText& text, const ShapedText& shaped,
                                         const BalanceOptions& options) {
  const auto& cl = shaped.clusters;
  const std::uint32_t n = static_cast<std::uint32_t>(cl.size());
  std::vector<BreakKind> brk;
  break_opportunities(text.text, brk);

  std::vector<Length> prefix(n + 1, 0);
  for (std::uint32_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + cl[i].advance;
  const Length em = n == 0 ? 1 : std::max_element(cl.begin(), cl.end(), [](const Cluster& a,
      const Cluster& b) { return a.advance < b.advance; })->advance;

  // Costs by meaning are computed (and the dictionary loaded) only when some part of
  // the text is too long for one line.
  std::vector<int> cost;
  auto costs = [&]() -> const std::vector<int>& {
    if (!cost.empty()) return cost;
    std::vector<Length> width_before(text.text.size() + 1, prefix[n]);
    for (std::uint32_t i = n; i-- > 0;) {
      for (std::uint32_t c = cl[i].begin; c < cl[i].end && c < width_before.size(); ++c) {
        width_before[c] = prefix[i];
      }
    }
    const std::vector<int> by_char =
        title_break_costs(text.text, options.names, width_before, options.max_width);
    cost.assign(n + 1, kLastResort);
    for (std::uint32_t i = 1; i < n; ++i) cost[i] = by_char[cl[i].begin];
    return cost;
  };

  std::vector<std::uint32_t> any_cands, ends;
  std::uint32_t seg = 0;
  auto balance_segment = [&](std::uint32_t a, std::uint32_t b) {
    Length total = prefix[b] - prefix[a];
    if (total <= options.max_width || a + 1 >= b) {
      ends.push_back(b);
      return;
    }
    const std::vector<int>& by_meaning = costs();
    std::vector<std::uint32_t> meaning_cands;
    for (std::uint32_t c : any_cands) {
      if (by_meaning[c] < kLastResort) meaning_cands.push_back(c);
    }
    auto min_lines = static_cast<int>((total + options.max_width - 1) / options.max_width);
    const std::vector<std::uint32_t>* passes[] = {&meaning_cands, &any_cands};
    for (const std::vector<std::uint32_t>* cands : passes) {
      Search search(prefix, *cands, by_meaning, a, b, options.max_width, options.min_ratio, em);
      std::vector<std::uint32_t> chosen;
      double chosen_score = 0;
      for (int k = min_lines; k <= std::min(min_lines + 1, kMaxSearchLines); ++k) {
        std::vector<std::uint32_t> best = search.run(k);
        const double score = search.best_score() + (k - min_lines) * kExtraLineCost;
        if (!best.empty() && (chosen.empty() || score < chosen_score)) {
          chosen = best;
          chosen_score = score;
        }
        // One line more only to avoid splitting a compound.
        if (search.exhausted() || min_lines > 2 ||
            (!chosen.empty() && max_cost(chosen, b, by_meaning) < kSplitsCompound)) {
          break;
        }
      }
      if (!chosen.empty()) {
        ends.insert(ends.end(), chosen.begin(), chosen.end());
        return;
      }
    }
    // Too long to balance (or no valid shape): fill greedily.
    StyledText part;
    ShapedText part_shaped;
    part.text = text.text.substr(cl[a].begin, (b < n ? cl[b].begin : text.text.size()) - cl[a].begin);
    for (std::uint32_t i = a; i < b; ++i) {
      Cluster c = cl[i];
      c.begin -= cl[a].begin;
      c.end -= cl[a].begin;
      part_shaped.clusters.push_back(c);
    }
    IndentedLines widths(options.max_width, 0, 0);
    BreakOptions bo;
    bo.justify = false;
    for (const Line& line : break_lines(part, part_shaped, widths, bo)) ends.push_back(a + line.end);
  };
  for (std::uint32_t i = 1; i <= n; ++i) {
    BreakKind k = i < n ? brk[cl[i].begin] : BreakKind::mandatory;
    if (k == BreakKind::mandatory) {
      balance_segment(seg, i);
      seg = i;
      any_cands.clear();
    } else if (k == BreakKind::allowed) {
      any_cands.push_back(i);
    }
  }
  return ends;
}

}  // namespace gongwen::detail
