#include "linebreak/balanced_lines.hpp"

#include <algorithm>
#include <limits>

#include "linebreak/break_opportunities.hpp"
#include "linebreak/line_breaker.hpp"

namespace gongwen::detail {

namespace {

// Exhaustive search is bounded: titles are short. Longer texts fall back to greedy fill.
constexpr int kMaxSearchLines = 5;
constexpr long kMaxVisits = 200000;

bool valid_shape(const std::vector<Length>& w, double min_ratio) {
  Length longest = *std::max_element(w.begin(), w.end());
  for (Length x : w) {
    if (static_cast<double>(x) < min_ratio * static_cast<double>(longest)) return false;
  }
  if (w.size() == 2) return w[0] >= w[1];
  // Up then down (菱形), or monotone (梯形): no valley.
  std::size_t i = 0;
  while (i + 1 < w.size() && w[i + 1] >= w[i]) ++i;
  while (i + 1 < w.size() && w[i + 1] <= w[i]) ++i;
  return i + 1 == w.size();
}

class Search {
 public:
  Search(const std::vector<Length>& prefix, const std::vector<std::uint32_t>& cands,
         std::uint32_t begin, std::uint32_t end, Length max_width, double min_ratio)
      : prefix_(prefix), cands_(cands), begin_(begin), end_(end), max_(max_width),
        ratio_(min_ratio) {}

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
    if (!valid_shape(w, ratio_)) return;
    double mean = static_cast<double>(width(begin_, end_)) / static_cast<double>(w.size());
    double s = 0;
    for (Length x : w) s += (static_cast<double>(x) - mean) * (static_cast<double>(x) - mean);
    if (s < best_score_) {
      best_score_ = s;
      best_ = cur_;
    }
  }

  const std::vector<Length>& prefix_;
  const std::vector<std::uint32_t>& cands_;
  std::uint32_t begin_, end_;
  Length max_;
  double ratio_;
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
  std::vector<bool> words;
  word_boundaries(text.text, words);

  std::vector<Length> prefix(n + 1, 0);
  for (std::uint32_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + cl[i].advance;

  std::vector<std::uint32_t> word_cands, any_cands, ends;
  std::uint32_t seg = 0;
  auto balance_segment = [&](std::uint32_t a, std::uint32_t b) {
    Length total = prefix[b] - prefix[a];
    if (total <= options.max_width || a + 1 >= b) {
      ends.push_back(b);
      return;
    }
    auto min_lines = static_cast<int>((total + options.max_width - 1) / options.max_width);
    for (const auto* cands : {&word_cands, &any_cands}) {
      Search search(prefix, *cands, a, b, options.max_width, options.min_ratio);
      for (int k = min_lines; k <= std::min(min_lines + 1, kMaxSearchLines); ++k) {
        std::vector<std::uint32_t> best = search.run(k);
        if (!best.empty()) {
          ends.insert(ends.end(), best.begin(), best.end());
          return;
        }
        if (search.exhausted()) break;
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
      word_cands.clear();
      any_cands.clear();
    } else if (k == BreakKind::allowed) {
      any_cands.push_back(i);
      if (words[cl[i].begin]) word_cands.push_back(i);
    }
  }
  return ends;
}

}  // namespace gongwen::detail
