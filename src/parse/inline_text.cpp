#include "parse/inline_text.hpp"

#include "linebreak/char_class.hpp"

namespace gongwen::detail {

namespace {

bool ascii_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n'; }

// A flat view of a paragraph's characters across spans.
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

bool cjk(char32_t c) { return is_grid_char(c) && c != U'\u2014' && c != U'\u2026'; }

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
    // One space survives only between two non-CJK characters (Latin words, digits).
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
  std::vector<SourceOffset> converted;
  std::vector<Ref> all = refs(p);
  auto ch = [&](std::size_t i) { return at(p, all[i]); };
  for (std::size_t i = 0; i < all.size(); ++i) {
    char32_t c = ch(i);
    char32_t full = 0;
    switch (c) {
      case U',': full = U'，'; break;
      case U'.': full = U'。'; break;
      case U':': full = U'：'; break;
      case U';': full = U'；'; break;
      case U'!': full = U'！'; break;
      case U'?': full = U'？'; break;
      case U'(': full = U'（'; break;
      case U')': full = U'）'; break;
      default: continue;
    }
    // Neighbours, looking past other punctuation being converted in the same run
    // (e.g. "办)、" or "组织):").
    char32_t prev = i > 0 ? ch(i - 1) : 0;
    char32_t next = i + 1 < all.size() ? ch(i + 1) : 0;
    bool prev_cjk = prev != 0 && (cjk(prev) || prev == U')');
    bool next_cjk = next != 0 && (cjk(next) || next == U'(');
    bool convert;
    if (c == U'(') {
      convert = next_cjk && (prev == 0 || prev_cjk);
    } else if (c == U')') {
      convert = prev_cjk && (next == 0 || next_cjk || next == U',' || next == U'.' ||
                             next == U':' || next == U';');
    } else {
      // Marks after a CJK character, before a CJK character or at the paragraph's end
      // (主送机关: …党组织:).
      convert = prev_cjk && (next == 0 || next_cjk);
    }
    if (!convert) continue;
    p.spans[all[i].span].text[all[i].index] = full;
    converted.push_back(p.spans[all[i].span].src[all[i].index]);
  }
  return converted;
}

}  // namespace gongwen::detail
