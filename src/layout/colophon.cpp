#include "layout/colophon.hpp"

#include "layout/line_fit.hpp"
#include "layout/paragraphs.hpp"
#include "layout/signature.hpp"

namespace gongwen::detail {

ColophonBlock::ColophonBlock(const Document& doc, const Paragraph* moved_addressee,
                             LayoutContext& ctx, ColophonParts parts)
    : ctx_(ctx), s_(ctx.style), rules_(parts.rules) {
  const bool proof_first = s_.proofreader_position == "first";
  const auto* col = doc.colophon ? &*doc.colophon : nullptr;
  // 校对 first or last; a rule above it when an element is above it.
  auto add_proofreader = [&] {
    if (col && col->proofreader) {
      add_labelled("proofreader", U"校对：", *col->proofreader, {.rule_above = !rows_.empty()});
    }
  };
  if (proof_first) add_proofreader();
  // §7.4.2: 主送 moved here sits above 抄送 with no rule between them.
  const Paragraph* main_to = moved_addressee ? moved_addressee
                             : (col && col->main_to) ? &*col->main_to
                                                     : nullptr;
  if (main_to) {
    add_labelled("main-to", U"主送：", *main_to, {.full_stop = true, .rule_above = !rows_.empty()});
  }
  if (col && col->cc) {
    std::u32string label = col->cc_label + U"：";
    add_labelled("cc", label, *col->cc,
                 {.full_stop = true, .rule_above = !rows_.empty() && !main_to});
  }
  if (parts.print_line && col && (col->printer || col->print_date)) {
    // §7.4.3: 印发机关 one character in from the left, 印发日期 one in from the right.
    const TextStyle ts{Role::fangsong, s_.colophon_size};
    Row row;
    row.what = "printer";
    row.rule_above = !rows_.empty();
    if (col->printer) append_paragraph(row.text, *col->printer, ts, ts);
    row.shaped = ctx_.shape(row.text);
    row.lines.push_back(line_at(row.shaped, 0));
    if (col->print_date) {
      row.right_text.append(format_date(*col->print_date, U"印发"), ts, col->print_date->at);
      row.right_shaped = ctx_.shape(row.right_text);
    }
    // §7.4.3: one line, 印发机关 and 印发日期 one character in from each side, [gongwen]
    // with at least one character between them.
    const Length date_w = col->print_date ? s_.colophon_size + natural_width(row.right_shaped) : 0;
    fits_on_line(ctx_, "印发机关和印发日期 line (<printer>, <print-date>)",
                 natural_width(row.shaped) + date_w, s_.body_width - 2 * s_.colophon_size,
                 col->printer ? col->printer->at : col->print_date->at);
    rows_.push_back(std::move(row));
  }
  if (!proof_first) add_proofreader();
  for (const Row& r : rows_) lines_ += static_cast<int>(r.lines.size());
}

// 抄送：甲，乙。 — wrapped lines align after the colon; the list ends with 。.
void ColophonBlock::add_labelled(const std::string& what, std::u32string_view label,
                                 const Paragraph& p, RowOptions options) {
  const TextStyle ts{Role::fangsong, s_.colophon_size};
  Row row;
  row.what = what;
  row.rule_above = options.rule_above;
  row.text.append(label, ts, p.at);
  append_paragraph(row.text, p, ts, ts);
  if (options.full_stop) {
    while (!row.text.text.empty() &&
           (row.text.text.back() == U'，' || row.text.text.back() == U'、' ||
            row.text.text.back() == U'；')) {
      row.text.text.pop_back();
      row.text.src.pop_back();
      row.text.style.pop_back();
    }
    if (row.text.text.empty() || row.text.text.back() != U'。') row.text.append(U"。", ts, p.at);
  }
  row.shaped = ctx_.shape(row.text);
  StyledText label_text;
  label_text.append(label, ts, p.at);
  const Length label_w = natural_width(ctx_.shape(label_text));
  const Length inner = s_.body_width - 2 * s_.colophon_size;
  IndentedLines widths(inner, 0, label_w);
  PrepareOptions po;
  po.grid.pitch = s_.colophon_size;  // §3: a 4号 character is 14 pt wide
  row.lines = ctx_.break_shaped(what, row.text, row.shaped, widths, po);
  rows_.push_back(std::move(row));
}

void ColophonBlock::place(int page) const {
  if (rows_.empty()) return;
  const Length p = s_.line_pitch();
  const Length bottom = s_.top + s_.body_height;
  const Length inset = s_.colophon_size;  // one 4号 character in from each side
  const Length area = s_.left + inset;
  Length top = bottom - lines_ * p;
  // First rule: thick, its lower edge on the top of the first element.
  if (rules_) {
    ctx_.writer.rect(page, "rule-thick", Rect{s_.left, top - s_.colophon_thick, s_.body_width,
                                              s_.colophon_thick, Color::black()});
  }
  for (const Row& row : rows_) {
    if (rules_ && row.rule_above && &row != &rows_.front()) {
      ctx_.writer.rect(page, "rule-thin", Rect{s_.left, top - s_.colophon_thin / 2, s_.body_width,
                                               s_.colophon_thin, Color::black()});
    }
    for (const Line& line : row.lines) {
      ctx_.writer.emit(page, row.what, row.text, row.shaped, line, area, top, p, s_.text);
      if (!row.right_text.text.empty()) {
        Length w = natural_width(row.right_shaped);
        Line r = line_at(row.right_shaped, s_.body_width - 2 * inset - w);
        ctx_.writer.emit(page, "print-date", row.right_text, row.right_shaped, r, area, top, p,
                         s_.text);
      }
      top += p;
    }
  }
  // Last rule: thick, its lower edge on the 版心's bottom edge (§7.4.1).
  if (!rules_) return;
  ctx_.writer.rect(page, "rule-thick", Rect{s_.left, bottom - s_.colophon_thick, s_.body_width,
                                            s_.colophon_thick, Color::black()});
}

}  // namespace gongwen::detail
