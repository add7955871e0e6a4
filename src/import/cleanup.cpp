#include "import/cleanup.hpp"

#include <fmt/format.h>

#include <array>
#include <set>

#include "parse/inline_text.hpp"

namespace gongwen::detail {
namespace {

constexpr std::array<std::u32string_view, 5> kBreadcrumbStarts = {
    U"当前位置", U"您所在的位置", U"您的位置", U"你的位置", U"所在位置"};

// The parts of a breadcrumb 学校首页 > 校园快讯 > 正文 (after its label), split at > » ›.
std::vector<std::u32string> breadcrumb_parts(std::u32string_view s) {
  std::size_t colon = s.find_first_of(U"：:");
  if (colon != std::u32string_view::npos) s.remove_prefix(colon + 1);
  std::vector<std::u32string> parts;
  std::u32string cur;
  auto flush = [&] {
    std::u32string t = without_spaces(cur);
    if (!t.empty()) parts.push_back(t);
    cur.clear();
  };
  for (char32_t c : s) {
    if (c == U'>' || c == U'»' || c == U'›' || c == U'＞' || c == U'〉') {
      flush();
    } else {
      cur.push_back(c);
    }
  }
  flush();
  return parts;
}

// A page's metadata line: 发布日期:2022年03月15日 作者: 来源:, 责任编辑：…, 稿件来源：….
const char* metadata_kind(std::u32string_view s) {
  if (s.size() > 80) return nullptr;
  std::u32string t = without_spaces(s);
  for (std::u32string_view k : {U"发布日期", U"发布时间", U"发稿时间"}) {
    if (t.find(k) != std::u32string::npos) return "a 发布日期 line";
  }
  for (std::u32string_view k : {U"责任编辑", U"稿件来源"}) {
    if (starts_with(t, k)) return "a 责任编辑/稿件来源 line";
  }
  for (std::u32string_view k : {U"作者：", U"作者:", U"来源：", U"来源:"}) {
    if (starts_with(t, k)) return "a 作者/来源 line";
  }
  if (t == U"TOP" || t == U"top" || t == U"Top" || t == U"返回顶部") return "the page's TOP link";
  return nullptr;
}

}  // namespace

std::vector<SourceLine> remove_debris(std::vector<SourceLine> lines, ImportLog& log) {
  std::vector<SourceLine> kept;
  std::set<std::u32string> columns;  // breadcrumb parts but the last (the page itself)
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const SourceLine& l = lines[i];
    std::u32string t = without_spaces(l.text);
    bool breadcrumb = false;
    for (std::u32string_view s : kBreadcrumbStarts) breadcrumb = breadcrumb || starts_with(t, s);
    if (breadcrumb) {
      std::vector<std::u32string> parts = breadcrumb_parts(l.text);
      for (std::size_t p = 0; p + 1 < parts.size(); ++p) columns.insert(parts[p]);
      log.note(l.number, "removed", msg("import-note", "breadcrumb", {{"text", utf8(l.text)}}));
      continue;
    }
    if (const char* kind = metadata_kind(l.text)) {
      log.note(l.number, "removed",
               msg("import-note", "metadata",
                   {{"kind", msg("metadata-kind", kind)}, {"text", utf8(l.text)}}));
      continue;
    }
    if (columns.count(t) != 0) {
      log.note(l.number, "removed", msg("import-note", "site-column", {{"text", utf8(l.text)}}));
      continue;
    }
    // A web page shows the title as its heading and again above the text: the first of two
    // identical lines near the top is the page's heading.
    // Only a line that reads as a title: a paragraph said twice stays (never lose).
    const bool title_like = l.text.size() >= 6 && l.text.size() <= 80 && !ends_sentence(l.text) &&
                            !has_inner_sentence_end(l.text);
    bool repeated = false;
    for (std::size_t j = i + 1; title_like && j < lines.size() && j <= i + 4 && kept.size() < 8; ++j) {
      repeated = repeated || lines[j].text == l.text;
    }
    if (repeated) {
      log.note(l.number, "removed", msg("import-note", "page-heading", {{"text", utf8(l.text)}}));
      continue;
    }
    kept.push_back(l);
  }
  return kept;
}

void fix_punctuation(std::vector<SourceLine>& lines, ImportLog& log) {
  for (SourceLine& l : lines) {
    Paragraph p;
    p.spans.push_back({l.text, std::vector<SourceOffset>(l.text.size()), false});
    for (std::size_t i = 0; i < l.text.size(); ++i) p.spans[0].src[i] = static_cast<SourceOffset>(i);
    std::size_t converted = convert_halfwidth_punctuation(p).size();
    if (converted > 0) {
      l.text = p.spans[0].text;
      log.note(l.number, "fixed",
               msg("import-note", converted == 1 ? "halfwidth-one" : "halfwidth",
                   {{"count", converted}}));
    }
    for (std::size_t i = 0; i + 1 < l.text.size(); ++i) {
      char32_t c = l.text[i];
      bool mark = c == U'，' || c == U'。' || c == U'、' || c == U'；' || c == U'：' || c == U',';
      if (mark && l.text[i + 1] == c) {
        log.note(l.number, "fixed",
                 msg("import-note", "doubled-mark",
                     {{"mark", utf8(l.text.substr(i, 2))}, {"column", i + 1}}));
        ++i;
      }
    }
  }
}

}  // namespace gongwen::detail
