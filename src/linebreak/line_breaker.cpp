#include "linebreak/line_breaker.hpp"

#include <algorithm>
#include <limits>

#include "linebreak/break_opportunities.hpp"
#include "linebreak/char_class.hpp"
#include "linebreak/token_breaks.hpp"

namespace gongwen::detail {

namespace {

// Per-cluster measures for fitting.
struct Box {
  Length width = 0;        // advance box on the line (a grid cell, or the font's advance)
  Length offset = 0;       // pen x of the glyph relative to the box's left edge
  Length shrink = 0;       // how much more compression can take away
  PunctInk ink = PunctInk::none;
  bool grid = false;
  bool space = false;      // U+0020: not counted at a line's end
  bool compressed = false;
  bool paired_next = false;  // compressed for the mark after it
  BreakKind before = BreakKind::none;  // may the line break before this cluster?
  std::uint8_t token_cost = 0;  // a break inside a token here, only to avoid a river
  char32_t ch = 0;
};

// Slack goes into the gaps between clusters, never inside a word or number, nor inside
// —— and …… (one mark each).
bool takes_slack(const Box& x, const Box& y) {
  if (unsplittable_pair(x.ch, y.ch)) return false;
  return x.grid || y.grid || x.space || y.space || y.before != BreakKind::none;
}

// Issue 12 §2: no gap between neighbouring characters wider than a quarter em. A greedy
// paragraph with such a line is broken again for the whole paragraph (total fit).
constexpr int kRiverQuarters = 1;  // 0.25 em = pitch / 4

class Fitter {
 public:
  Fitter(const StyledText& text, const ShapedText& shaped, const LineWidthProvider& widths,
         const BreakOptions& options)
      : text_(text), shaped_(shaped), widths_(widths), opt_(options) {
    measure();
  }

  std::vector<Line> run() {
    std::vector<Line> lines;
    const std::uint32_t n = static_cast<std::uint32_t>(boxes_.size());
    const std::uint32_t start = std::min(opt_.start_cluster, n);
    std::uint32_t a = start;
    int k = 0;
    Length widest = 0;
    while (a < n) {
      lines.push_back(fit_line(a, k));
      widest = std::max(widest, gap_);
      a = lines.back().end;
      ++k;
    }
    if (opt_.justify && opt_.pitch > 0 && widest > river_limit()) {
      Length widest_after = 0;
      std::vector<Line> better = total_fit(start, widest_after);
      if (!better.empty() && widest_after < widest) return better;
    }
    return lines;
  }

 private:
  void measure() {
    std::vector<BreakKind> brk;
    break_opportunities(text_.text, brk);
    const std::vector<std::uint8_t> tokens = token_breaks(text_.text);
    const auto& cl = shaped_.clusters;
    boxes_.resize(cl.size());
    const Length half = opt_.pitch / 2;
    for (std::size_t i = 0; i < cl.size(); ++i) {
      Box& b = boxes_[i];
      char32_t c = text_.text[cl[i].begin];
      b.before = brk[cl[i].begin];
      b.ch = c;
      b.token_cost = i > 0 ? tokens[cl[i].begin] : 0;
      b.space = c == U' ';
      b.grid = opt_.pitch > 0 && is_grid_char(c);
      if (b.grid) {
        b.width = opt_.pitch;
        b.offset = (opt_.pitch - cl[i].advance) / 2;  // centred in its cell
        b.ink = punct_ink(c);
        // Only marks whose ink sits left give up their (right) half: the PDF then draws
        // them with a half-em advance, so no glyph box overlaps the next one and text
        // extraction keeps the reading order. Opening marks keep their full width.
        if (b.ink == PunctInk::left) b.shrink = half;
      } else {
        b.width = cl[i].advance;
      }
    }
    // 标点挤压: adjacent full-width marks close up by half an em (）， 。” ，“ …): the
    // blank half of one of them goes.
    for (std::size_t i = 0; i + 1 < boxes_.size(); ++i) {
      Box& x = boxes_[i];
      Box& y = boxes_[i + 1];
      if (x.ink == PunctInk::none || y.ink == PunctInk::none || x.compressed || y.compressed) {
        continue;
      }
      if (x.ink == PunctInk::left) {
        compress(x);
        x.paired_next = true;
      }
    }
    prefix_.assign(boxes_.size() + 1, 0);
    shrink_prefix_.assign(boxes_.size() + 1, 0);
    for (std::size_t i = 0; i < boxes_.size(); ++i) {
      prefix_[i + 1] = prefix_[i] + boxes_[i].width;
      shrink_prefix_[i + 1] = shrink_prefix_[i] + boxes_[i].shrink;
    }
  }

  // Removes a left-ink mark's blank right half.
  void compress(Box& b) {
    const Length half = opt_.pitch / 2;
    b.width -= half;
    b.shrink = 0;
    b.compressed = true;
  }

  // Width of clusters [a, b) on one line, trailing spaces not counted.
  Length natural(std::uint32_t a, std::uint32_t b) const {
    while (b > a && boxes_[b - 1].space) --b;
    return prefix_[b] - prefix_[a];
  }
  BreakKind break_before(std::uint32_t b) const {
    return b >= boxes_.size() ? BreakKind::mandatory : boxes_[b].before;
  }

  Line fit_line(std::uint32_t a, int k) {
    const std::uint32_t n = static_cast<std::uint32_t>(boxes_.size());
    const Length indent = widths_.indent(k);
    const Length avail = widths_.right(k) - indent;
    const Length reach = avail + opt_.max_push_in_cells * opt_.pitch;
    std::uint32_t best = 0, push_in = 0, fits = a;
    bool mandatory = false;
    for (std::uint32_t b = a + 1; b <= n; ++b) {
      Length w = natural(a, b);
      if (w <= avail) fits = b;
      BreakKind kind = break_before(b);
      if (kind == BreakKind::none) {
        if (w > reach) break;
        continue;
      }
      if (w <= avail) {
        best = b;
        if (kind == BreakKind::mandatory) {
          mandatory = true;
          break;
        }
      } else {
        if (w <= reach) push_in = b;
        break;
      }
    }

    Line line;
    line.begin = a;
    Length required_shrink = 0;
    if (mandatory) {
      line.end = best;
      line.last = true;
    } else if (push_in != 0 && fits > best && can_push_in(a, push_in, avail)) {
      // Only when a 禁则 kept a character that fits off this line (fits > best).
      // Pull one more character in by compressing marks (行尾点号压缩): preferred over
      // pushing a character out (GB practice, clreq §3.1.7).
      line.end = push_in;
      required_shrink = natural(a, push_in) - avail;
      line.adjusted = true;
    } else if (best != 0) {
      line.end = best;
      // A character that would have fitted was moved to the next line for a 禁则.
      if (best < n && fits > best && boxes_[best].grid) line.adjusted = true;
    } else {
      line.end = std::max(fits, a + 1);  // nothing legal fits: break where we must
      line.overfull = true;
    }
    place(line, indent, avail, required_shrink);
    return line;
  }

  Length river_limit() const { return opt_.pitch * kRiverQuarters / 4; }

  // Gaps a justified line [a, b) would get, as place() counts them.
  std::int64_t gap_count(std::uint32_t a, std::uint32_t b) const {
    while (b > a && boxes_[b - 1].space) --b;
    std::int64_t gaps = 0;
    for (std::uint32_t i = a; i + 1 < b; ++i) gaps += takes_slack(boxes_[i], boxes_[i + 1]);
    return gaps;
  }

  // Cost of line [a, b) as line k; infinity when it cannot be set. Squared gap in
  // quarter ems (1.0 at the river limit, and a river costs more than any token break),
  // plus the cost of the break that ends it.
  double line_cost(std::uint32_t a, std::uint32_t b, int k, Length& shrink) const {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    const std::uint32_t n = static_cast<std::uint32_t>(boxes_.size());
    const Length avail = widths_.right(k) - widths_.indent(k);
    const Length w = natural(a, b);
    shrink = 0;
    double cost = 0;
    if (b < n && boxes_[b].before == BreakKind::none) cost += 2.0 * boxes_[b].token_cost;
    if (w > avail) {
      if (w - avail > opt_.max_push_in_cells * opt_.pitch || !can_push_in(a, b, avail)) return kInf;
      shrink = w - avail;
      return cost + 0.5;
    }
    if (b >= n || break_before(b) == BreakKind::mandatory) return cost;  // ragged last line
    const std::int64_t gaps = gap_count(a, b);
    const double slack = static_cast<double>(avail - w);
    const double g = gaps == 0 ? (slack > 0 ? 1e6 : 0.0) : slack / static_cast<double>(gaps);
    const double q = g / static_cast<double>(std::max<Length>(river_limit(), 1));
    constexpr double kRiver = 100.0;  // past the limit: any token break is better
    return cost + q * q + (q > 1.0 ? kRiver : 0.0);
  }

  // Knuth–Plass style: the breaks minimising the paragraph's total cost, over the legal
  // opportunities plus the token breaks. Empty if no set of lines fits.
  std::vector<Line> total_fit(std::uint32_t start, Length& widest) {
    const std::uint32_t n = static_cast<std::uint32_t>(boxes_.size());
    constexpr double kInf = std::numeric_limits<double>::infinity();
    std::vector<double> best(n + 1, kInf);
    std::vector<std::uint32_t> from(n + 1, 0);
    std::vector<int> lines(n + 1, 0);
    best[start] = 0;
    for (std::uint32_t a = start; a < n; ++a) {
      if (best[a] == kInf) continue;
      const int k = lines[a];
      const Length reach = widths_.right(k) - widths_.indent(k) + opt_.max_push_in_cells * opt_.pitch;
      for (std::uint32_t b = a + 1; b <= n; ++b) {
        if (natural(a, b) > reach) break;
        const BreakKind kind = break_before(b);
        const bool token = b < n && boxes_[b].token_cost > 0;
        if (kind == BreakKind::none && !token) continue;
        Length shrink = 0;
        const double c = line_cost(a, b, k, shrink);
        if (c != kInf && best[a] + c < best[b]) {
          best[b] = best[a] + c;
          from[b] = a;
          lines[b] = k + 1;
        }
        if (kind == BreakKind::mandatory) break;  // no line runs past a forced break
      }
    }
    if (best[n] == kInf) return {};
    std::vector<std::uint32_t> ends;
    for (std::uint32_t b = n; b > start; b = from[b]) ends.push_back(b);
    std::reverse(ends.begin(), ends.end());
    std::vector<Line> out;
    std::uint32_t a = start;
    for (std::size_t k = 0; k < ends.size(); ++k) {
      Line line;
      line.begin = a;
      line.end = ends[k];
      line.last = break_before(line.end) == BreakKind::mandatory;
      Length shrink = 0;
      line_cost(a, line.end, static_cast<int>(k), shrink);
      line.adjusted = shrink > 0;
      const Length indent = widths_.indent(static_cast<int>(k));
      place(line, indent, widths_.right(static_cast<int>(k)) - indent, shrink);
      widest = std::max(widest, gap_);
      out.push_back(std::move(line));
      a = ends[k];
    }
    return out;
  }

  bool can_push_in(std::uint32_t a, std::uint32_t b, Length avail) const {
    Length need = natural(a, b) - avail;
    return need > 0 && shrink_prefix_[b] - shrink_prefix_[a] >= need;
  }

  void place(Line& line, Length indent, Length avail, Length required_shrink) {
    std::uint32_t a = line.begin, b = line.end;
    std::vector<Box> boxes(boxes_.begin() + a, boxes_.begin() + b);
    // Compress marks from the line's end backwards until the line fits.
    for (std::size_t i = boxes.size(); i-- > 0 && required_shrink > 0;) {
      if (boxes[i].shrink == 0) continue;
      required_shrink -= boxes[i].shrink;
      compress(boxes[i]);
    }
    std::size_t content = boxes.size();
    while (content > 0 && boxes[content - 1].space) --content;
    Length width = 0;
    for (std::size_t i = 0; i < content; ++i) width += boxes[i].width;
    // A pair of marks split by the break closes up no more: give back the half each
    // compressed for the other, when the line still fits.
    const Length half = opt_.pitch / 2;
    if (content > 0 && required_shrink <= 0) {
      Box& last = boxes[content - 1];
      if (last.paired_next && b < boxes_.size() && width + half <= avail) {
        last.width += half;
        last.compressed = last.paired_next = false;
        width += half;
      }
    }
    for (std::size_t i = 0; i < content; ++i) line.adjusted = line.adjusted || boxes[i].compressed;
    if (b >= boxes_.size()) line.last = true;
    std::vector<std::size_t> gaps;
    bool justify = opt_.justify && !line.last;
    if (justify) {
      for (std::size_t i = 0; i + 1 < content; ++i) {
        if (takes_slack(boxes[i], boxes[i + 1])) gaps.push_back(i);
      }
    }
    Length slack = justify ? avail - width : 0;
    gap_ = slack <= 0 ? 0 : gaps.empty() ? slack : (slack + static_cast<Length>(gaps.size()) - 1) /
                                                       static_cast<Length>(gaps.size());
    line.x.resize(boxes.size());
    line.half.resize(boxes.size());
    for (std::size_t i = 0; i < boxes.size(); ++i) line.half[i] = boxes[i].compressed;
    Length pen = indent;
    line.left = indent;
    std::size_t g = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
      line.x[i] = pen + boxes[i].offset;
      // A trailing space is not counted in the line's width; it must not reach past the
      // 版心's edge either: it sits at the edge, inside it.
      if (i >= content) line.x[i] = std::min(line.x[i], indent + avail - boxes[i].width);
      pen += boxes[i].width;
      if (i + 1 == content) line.right = pen;
      if (g < gaps.size() && gaps[g] == i) {
        // Integer shares that add up to the slack exactly.
        auto n = static_cast<std::int64_t>(gaps.size());
        auto gi = static_cast<std::int64_t>(g);
        pen += mul_div(slack, gi + 1, n) - mul_div(slack, gi, n);
        ++g;
      }
    }
    if (content == 0) line.right = indent;
  }

  const StyledText& text_;
  const ShapedText& shaped_;
  const LineWidthProvider& widths_;
  BreakOptions opt_;
  std::vector<Box> boxes_;
  std::vector<Length> prefix_, shrink_prefix_;
  Length gap_ = 0;  // the widest gap between neighbours on the line place() set last
};

}  // namespace

std::vector<Line> break_lines(const StyledText& text, const ShapedText& shaped,
                              const LineWidthProvider& widths, const BreakOptions& options) {
  return Fitter(text, shaped, widths, options).run();
}

}  // namespace gongwen::detail
