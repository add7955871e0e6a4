#include <fmt/format.h>

#include "import/line_patterns.hpp"
#include "import/recognise.hpp"

namespace gongwen::detail {
namespace {

// 附件 / 附件1 / 附件 2 alone on its line: an attachment's page label.
bool is_attachment_label(std::u32string_view s) {
  std::u32string t = without_spaces(s);
  if (!t.empty() && (t.back() == U'：' || t.back() == U':')) t.pop_back();
  if (!starts_with(t, U"附件")) return false;
  for (std::size_t i = 2; i < t.size(); ++i) {
    if (t[i] < U'0' || t[i] > U'9') return false;
  }
  return true;
}

// "…2022年4月6日印发": the date that ends the line before 印发, and what precedes it.
bool split_print_line(std::u32string_view s, std::u32string& printer, Date& date) {
  std::u32string t(s);
  if (!ends_with(t, U"印发")) return false;
  t.resize(t.size() - 2);
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (parse_date_line(std::u32string_view(t).substr(k), date)) {
      std::u32string_view p = std::u32string_view(t).substr(0, k);
      while (!p.empty() && is_space(p.back())) p.remove_suffix(1);
      printer = std::u32string(p);
      return true;
    }
  }
  return false;
}

// 版记 lines from the end: 抄送/送, 主送, 印发机关 + 印发日期, 校对. Returns its first line.
std::size_t colophon(const std::vector<SourceLine>& lines, std::size_t begin, NoticeDraft& d,
                     ImportLog& log) {
  std::size_t j = lines.size();
  while (j > begin) {
    const SourceLine& l = lines[j - 1];
    std::u32string label, value, printer;
    Date date;
    if (split_print_line(l.text, printer, date) && d.print_date.empty()) {
      d.print_date = iso_date(date);
      log.element("print-date", "印发日期", l.number, d.print_date);
      if (printer.empty() && j - 1 > begin && looks_like_organisation(lines[j - 2].text)) {
        printer = lines[j - 2].text;
        --j;
        log.note(lines[j - 1].number, "joined", msg("import-note", "printer-above"));
      }
      if (!printer.empty()) {
        d.printer = printer;
        log.element("printer", "印发机关", lines[j - 1].number, utf8(printer));
      }
    } else if (split_label(l.text, label, value) && !value.empty() &&
               (label == U"校对" || label == U"抄送" || label == U"送" || label == U"主送")) {
      if (label == U"校对") {
        d.proofreader = without_spaces(value);
        if (d.proofreader != value) log.note(l.number, "fixed", msg("import-note", "name-space"));
        log.element("proofreader", "校对", l.number, utf8(d.proofreader));
      } else if (label == U"主送") {
        d.main_to = value;
        log.element("main-to", "主送（版记）", l.number, utf8(value));
      } else {
        if (ends_with(value, U"。")) {
          value.pop_back();
          log.note(l.number, "fixed", msg("import-note", "cc-final-stop"));
        }
        d.cc = value;
        d.cc_label = label;
        log.element("cc", label == U"送" ? "送" : "抄送", l.number, utf8(value));
      }
    } else {
      break;
    }
    --j;
  }
  return j;
}

// 附件说明 above the signature: 附件：名称, or 附件：1.甲 with 2.乙 … on the following lines.
std::size_t attachment_list(const std::vector<SourceLine>& lines, std::size_t begin,
                            std::size_t end, std::vector<std::u32string>& names, ImportLog& log) {
  for (std::size_t k = end; k-- > begin && k + 6 > end;) {
    std::u32string label, value;
    if (!split_label(lines[k].text, label, value) || label != U"附件" || value.empty()) continue;
    HeadingMarker m;
    auto item = [&](const std::u32string& s) {
      return parse_heading_marker(s, m) && m.depth == 3 ? m.rest : s;
    };
    names.push_back(item(value));
    for (std::size_t n = k + 1; n < end; ++n) {
      names.push_back(parse_heading_marker(lines[n].text, m) ? m.rest : lines[n].text);
    }
    for (const auto& n : names) log.element("attachment-list", "附件说明", lines[k].number, utf8(n));
    return k;
  }
  return end;
}

}  // namespace

std::size_t recognise_tail(const std::vector<SourceLine>& lines, std::size_t begin,
                           NoticeDraft& d, ImportLog& log) {
  std::size_t col = colophon(lines, begin, d, log);
  std::size_t first_label = col;
  for (std::size_t k = begin; k < col; ++k) {
    if (is_attachment_label(lines[k].text)) {
      first_label = k;
      break;
    }
  }
  // 附件 pages: label, title, content, up to the next label or the 版记.
  for (std::size_t k = first_label; k < col;) {
    std::size_t next = k + 1;
    while (next < col && !is_attachment_label(lines[next].text)) ++next;
    DraftAttachment a;
    if (k + 1 < next) {
      a.title = without_spaces(lines[k + 1].text);
      log.element("attachment", "附件", lines[k + 1].number, utf8(a.title));
      a.blocks = build_blocks(lines, k + 2, next, log);
    } else {
      log.note(lines[k].number, "unrecognised", msg("import-note", "attachment-untitled"));
      a.title = lines[k].text;
    }
    d.attachments.push_back(std::move(a));
    k = next;
  }
  // 成文日期: the last date line before the 附件 (or 版记), then 附注 right after it.
  std::size_t date_at = first_label;
  Date date;
  for (std::size_t k = first_label; k-- > begin;) {
    if (parse_date_line(lines[k].text, date)) {
      date_at = k;
      break;
    }
  }
  if (date_at != first_label) {
    d.date = iso_date(date);
    log.element("date", "成文日期", lines[date_at].number, d.date);
  }
  for (std::size_t k = date_at + 1; k < first_label; ++k) {
    std::u32string t = lines[k].text;
    bool bracketed = t.size() > 2 && (t.front() == U'（' || t.front() == U'(') &&
                     (t.back() == U'）' || t.back() == U')');
    if (bracketed && d.note.empty()) {
      d.note = t.substr(1, t.size() - 2);
      log.element("note", "附注", lines[k].number, utf8(d.note));
    } else {
      // Nothing else belongs between the date and the 附件; keep it, in a 附注, and say so.
      d.note += (d.note.empty() ? U"" : U"；") + t;
      log.note(lines[k].number, "unrecognised", msg("import-note", "after-date"));
    }
  }
  // 署名: organisation lines right above the date (several = joint issuers), or at the
  // end of the text when it has no date (--date gives it).
  std::size_t sig = date_at;
  while (sig > begin && date_at - sig < 6 && looks_like_organisation(lines[sig - 1].text)) --sig;
  for (std::size_t k = sig; k < date_at; ++k) {
    d.signature_issuers.push_back(without_spaces(lines[k].text));
    log.element("signature", "署名", lines[k].number, utf8(d.signature_issuers.back()));
  }
  std::vector<std::u32string> names;
  std::size_t list = attachment_list(lines, begin, sig, names, log);
  if (!names.empty() && d.attachments.empty()) {
    for (const auto& n : names) {
      d.attachments.push_back({n, {}});
      log.note(lines[list].number, "unrecognised",
               msg("import-note", "attachment-missing", {{"name", utf8(n)}}));
    }
  } else if (!names.empty() && names.size() != d.attachments.size()) {
    log.note(lines[list].number, "unrecognised",
             msg("import-note", "attachment-count",
                 {{"listed", names.size()}, {"found", d.attachments.size()}}));
  }
  return list;
}

}  // namespace gongwen::detail
