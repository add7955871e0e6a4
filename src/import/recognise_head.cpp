#include <fmt/format.h>

#include "import/line_patterns.hpp"
#include "import/recognise.hpp"

namespace gongwen::detail {
namespace {

bool is_addressee(std::u32string_view s) {
  HeadingMarker m;
  return (ends_with(s, U"：") || ends_with(s, U":")) && s.size() <= 120 &&
         !has_inner_sentence_end(s) && !parse_heading_marker(s, m) && !starts_with(s, U"附件");
}

// Splits a line into the parts between runs of spaces (机密★1年　特急).
std::vector<std::u32string> words(std::u32string_view s) {
  std::vector<std::u32string> out(1);
  for (char32_t c : s) {
    if (!is_space(c)) out.back().push_back(c);
    else if (!out.back().empty()) out.emplace_back();
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

// 签发人：张三 李四 (names split at spaces, 、 or ，).
void read_signers(std::u32string_view names, NoticeDraft& d) {
  std::u32string cur;
  auto flush = [&] {
    if (!cur.empty()) d.signers.push_back(cur);
    cur.clear();
  };
  std::size_t spaces = 0;
  for (char32_t c : names) {
    // A name typed with a space inside (马 帅) is one name; two or more spaces separate.
    if (is_space(c)) {
      if (++spaces == 2 || c == U'\u3000') flush();
      continue;
    }
    spaces = 0;
    if (c == U'、' || c == U'，' || c == U',') flush();
    else cur.push_back(c);
  }
  flush();
}

// The header lines above the title: 份号, 密级, 紧急程度, 发文机关 lines, 发文字号, 签发人.
std::size_t header_lines(const std::vector<SourceLine>& lines, NoticeDraft& d, ImportLog& log) {
  std::size_t i = 0;
  for (; i < lines.size() && i < 12; ++i) {
    const SourceLine& l = lines[i];
    std::u32string level, period, fixed;
    std::vector<std::u32string> ws = words(l.text);
    if (d.copy_number.empty() && d.masthead.empty() && is_copy_number(l.text)) {
      d.copy_number = l.text;
      log.element("copy-number", "份号", l.number, utf8(l.text));
      continue;
    }
    bool marks = !ws.empty() && d.masthead.empty();
    for (const auto& w : ws) marks = marks && (parse_secrecy(w, level, period) || is_urgency(w));
    if (marks) {
      for (const auto& w : ws) {
        if (parse_secrecy(w, level, period)) {
          d.secrecy = level;
          d.secrecy_period = period;
          log.element("secrecy", "密级和保密期限", l.number, utf8(w));
        } else if (w == U"平急") {
          log.note(l.number, "removed", msg("import-note", "pingji"));
        } else {
          d.urgency = w;
          log.element("urgency", "紧急程度", l.number, utf8(w));
        }
      }
      continue;
    }
    std::size_t signer_at = l.text.find(U"签发人");
    std::u32string_view before = std::u32string_view(l.text).substr(0, signer_at);
    while (!before.empty() && is_space(before.back())) before.remove_suffix(1);
    if (signer_at != std::u32string::npos) {
      std::u32string label, names;
      split_label(std::u32string_view(l.text).substr(signer_at), label, names);
      read_signers(names, d);
      for (const auto& s : d.signers) log.element("signer", "签发人", l.number, utf8(s));
    }
    if (d.doc_number.empty() && parse_doc_number(before, fixed)) {
      if (fixed != without_spaces(before)) {
        log.note(l.number, "fixed",
                 msg("import-note", "doc-number-brackets",
                     {{"before", utf8(before)}, {"after", utf8(fixed)}}));
      }
      d.doc_number = fixed;
      log.element("doc-number", "发文字号", l.number, utf8(fixed));
      continue;
    }
    if (signer_at != std::u32string::npos && before.empty()) continue;
    // 发文机关标志 lines come before the 发文字号; a lone 文件 is the masthead's suffix.
    bool next_is_addressee = i + 1 < lines.size() && is_addressee(lines[i + 1].text);
    if (d.doc_number.empty() && d.signers.empty() && !next_is_addressee &&
        (l.text == U"文件" || looks_like_organisation(without_spaces(l.text)) ||
         (l.red && !ends_with_document_kind(l.text) && !l.title_cue))) {
      std::u32string name = without_spaces(l.text);
      if (ends_with(name, U"文件")) {
        d.masthead_suffix = U"文件";
        name.erase(name.size() - 2);  // (resize here trips GCC 12 -Waggressive-loop-optimizations)
      }
      if (!name.empty()) {
        d.masthead.push_back(name);
        log.element("masthead", "发文机关标志", l.number, utf8(name));
      }
      continue;
    }
    break;
  }
  return i;
}

}  // namespace

std::size_t recognise_head(const std::vector<SourceLine>& lines, NoticeDraft& d, ImportLog& log) {
  std::size_t i = header_lines(lines, d, log);
  // 标题: up to four lines ending in a 文种, or the one line right above the 主送机关.
  auto title_line = [&](std::size_t k) {
    HeadingMarker m;
    return k < lines.size() && lines[k].table < 0 && !ends_sentence(lines[k].text) && !is_addressee(lines[k].text) &&
           !parse_heading_marker(lines[k].text, m) && lines[k].text.size() <= 80;
  };
  std::size_t title_end = i;
  for (std::size_t k = i; k < i + 4 && title_line(k); ++k) {
    if (ends_with_document_kind(lines[k].text)) {
      title_end = k + 1;
      break;
    }
  }
  bool guessed = false;
  if (title_end == i && title_line(i) && i + 1 < lines.size() && is_addressee(lines[i + 1].text)) {
    title_end = i + 1;
    guessed = true;
  }
  // A .docx title set centred, large and bold, over consecutive paragraphs.
  if (title_end == i && title_line(i) && lines[i].title_cue && !guessed) {
    title_end = i;
    while (title_end < i + 4 && title_line(title_end) && lines[title_end].title_cue) ++title_end;
    log.note(lines[i].number, "guessed", msg("import-note", "title-by-look"));
  }
  if (title_end > i) {
    std::u32string joined;
    for (std::size_t k = i; k < title_end; ++k) joined += lines[k].text;
    d.title = without_spaces(joined);
    int first = lines[i].number;
    if (d.title != joined) log.note(first, "fixed", msg("import-note", "title-spaces"));
    if (title_end > i + 1) {
      log.note(first, "joined", msg("import-note", "title-joined",
                                    {{"lines", title_end - i}, {"last", lines[title_end - 1].number}}));
    }
    if (guessed) {
      log.note(first, "guessed", msg("import-note", "title-before-addressee"));
    }
    log.element("title", "标题", first, utf8(d.title));
    i = title_end;
  }
  if (i < lines.size() && is_addressee(lines[i].text)) {
    std::u32string a = lines[i].text;
    a.pop_back();
    d.addressee = a;
    log.element("addressee", "主送机关", lines[i].number, utf8(a));
    ++i;
  }
  return i;
}

}  // namespace gongwen::detail
