#include "parse/inline_text.hpp"

#include "common/unicode_class.hpp"

namespace gongwen::detail {

namespace {

bool ascii_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n'; }

// A flat view of a paragraph's characters across spans: the contract's text rules look
// at neighbours, and a neighbour may sit in the next <strong>.
struct Ref {
  std::size_t span, index;
};

std::vector<Ref> refs(const Paragraph& p) {
  std::vector<Ref> r;
  for (std::size_t s = 0; s < p.spans.size(); ++s) {
    for (std::size_t i = 0; i < p.spans[s].text.size(); ++i) r.push_back({s, i});
  }
  return r;
}

char32_t at(const Paragraph& p, const Ref& r) { return p.spans[r.span].text[r.index]; }

// CJK text for the punctuation rule: ideographs and full-width punctuation, but not the
// dash and ellipsis, which also sit next to Latin text.
bool cjk(char32_t c) { return is_grid_char(c) && c != U'\u2014' && c != U'\u2026'; }

char32_t full_width(char32_t c) {
  switch (c) {
    case U',':
      return U'，';
    case U'.':
      return U'。';
    case U':':
      return U'：';
    case U';':
      return U'；';
    case U'!':
      return U'！';
    case U'?':
      return U'？';
    case U'(':
      return U'（';
    case U')':
      return U'）';
    default:
      return 0;
  }
}

}  // namespace

void collapse_whitespace(Paragraph& p) {
  std::vector<Ref> all = refs(p);
  std::vector<bool> keep(all.size(), true);
  std::vector<bool> to_space(all.size(), false);
  for (std::size_t i = 0; i < all.size();) {
    if (!ascii_space(at(p, all[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < all.size() && ascii_space(at(p, all[j]))) ++j;
    // One space survives only between two non-CJK characters (Latin words, digits); at
    // the paragraph's ends (i == 0, j == end) the run is trimmed.
    bool space = i > 0 && j < all.size() && !is_grid_char(at(p, all[i - 1])) &&
                 !is_grid_char(at(p, all[j])) && at(p, all[i - 1]) != U'\u2028' &&
                 at(p, all[j]) != U'\u2028';
    for (std::size_t k = i; k < j; ++k) keep[k] = false;
    if (space) {
      keep[i] = true;
      to_space[i] = true;
    }
    i = j;
  }
  std::vector<Span> spans;
  std::size_t k = 0;
  for (std::size_t s = 0; s < p.spans.size(); ++s) {
    Span out;
    out.strong = p.spans[s].strong;
    for (std::size_t i = 0; i < p.spans[s].text.size(); ++i, ++k) {
      if (!keep[k]) continue;
      out.text += to_space[k] ? U' ' : p.spans[s].text[i];
      out.src.push_back(p.spans[s].src[i]);
    }
    if (!out.text.empty()) spans.push_back(std::move(out));
  }
  p.spans = std::move(spans);
}

std::vector<SourceOffset> convert_halfwidth_punctuation(Paragraph& p) {
  std::vector<Ref> all = refs(p);
  const std::size_t n = all.size();
  auto ch = [&](std::size_t i) { return at(p, all[i]); };
  std::vector<bool> convert(n, false);

  // Brackets convert in pairs, so 办公室(党委巡察办) and 标准(2012) both become full-width
  // and f(x) stays as it is: a pair converts when it holds CJK text, or when CJK text (or
  // the paragraph's edge) is on both its outer sides and not only edges.
  std::vector<std::size_t> cjk_before(n + 1, 0);  // CJK characters in [0, i)
  for (std::size_t i = 0; i < n; ++i) cjk_before[i + 1] = cjk_before[i] + (cjk(ch(i)) ? 1 : 0);
  std::vector<std::size_t> open;
  std::vector<bool> paired(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    if (ch(i) == U'(') {
      open.push_back(i);
    } else if (ch(i) == U')' && !open.empty()) {
      std::size_t o = open.back();
      open.pop_back();
      paired[o] = paired[i] = true;
      bool inner = cjk_before[i] > cjk_before[o + 1];
      bool before = o == 0 || cjk(ch(o - 1));
      bool after = i + 1 == n || cjk(ch(i + 1));
      bool outer = before && after && !(o == 0 && i + 1 == n);
      convert[o] = convert[i] = inner || outer;
    }
  }
  // A lone bracket converts by its neighbours: "(" before CJK text, ")" after it.
  for (std::size_t i = 0; i < n; ++i) {
    if (paired[i]) continue;
    char32_t prev = i > 0 ? ch(i - 1) : 0;
    char32_t next = i + 1 < n ? ch(i + 1) : 0;
    if (ch(i) == U'(') convert[i] = next != 0 && cjk(next) && (prev == 0 || cjk(prev));
    if (ch(i) == U')') convert[i] = prev != 0 && cjk(prev) && (next == 0 || cjk(next));
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (convert[i]) p.spans[all[i].span].text[all[i].index] = full_width(ch(i));
  }

  // Other marks: after a CJK character (or a bracket just converted) and before one, or
  // at the paragraph's end (各党组织: in an addressee). 3.14, a.m. and URLs have no CJK
  // neighbour and stay.
  for (std::size_t i = 0; i < n; ++i) {
    char32_t c = ch(i);
    if (c == U'(' || c == U')' || full_width(c) == 0) continue;
    // "..." typed for an ellipsis is not three full stops.
    if (c == U'.' && ((i > 0 && ch(i - 1) == U'.') || (i + 1 < n && ch(i + 1) == U'.'))) continue;
    char32_t prev = i > 0 ? ch(i - 1) : 0;
    char32_t next = i + 1 < n ? ch(i + 1) : 0;
    // A run such as "!?" or ")," is judged by what is around the whole run.
    std::size_t j = i + 1;
    while (j < n && full_width(ch(j)) != 0 && ch(j) != U'(' && ch(j) != U')') ++j;
    if (j > i + 1) next = j < n ? ch(j) : 0;
    convert[i] = prev != 0 && cjk(prev) && (next == 0 || cjk(next));
    if (convert[i]) p.spans[all[i].span].text[all[i].index] = full_width(c);
  }

  std::vector<SourceOffset> places;
  for (std::size_t i = 0; i < n; ++i) {
    if (convert[i]) places.push_back(p.spans[all[i].span].src[all[i].index]);
  }
  return places;
}

}  // namespace gongwen::detail
