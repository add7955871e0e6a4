#include "layout/flow_item.hpp"

#include <string>

#include "layout/paragraphs.hpp"
#include "linebreak/char_class.hpp"

namespace gongwen::detail {

void FlowItem::place(GridFlow& flow) const {
  flow.skip(blank_before);
  const FlowPlan& plan = flow.plan();
  if (plan.tight_char_pitch <= 0 || lines.empty()) {
    flow.place(what, text, shaped, lines, keep);
    return;
  }
  long before = flow.lines_before_page(plan.tight_page);
  if (before < 0 || before >= static_cast<long>(lines.size())) {
    flow.place(what, text, shaped, lines, keep);
    return;
  }
  auto i = static_cast<std::size_t>(before);
  std::vector<Line> out(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i));
  PrepareOptions po;
  po.grid.pitch = plan.tight_char_pitch;
  po.grid.start_cluster = lines[i].begin;
  Length indent = i == 0 ? first_indent : rest_indent;
  IndentedLines widths(width, indent, rest_indent);
  for (Line& l : break_paragraph(text, shaped, widths, po)) out.push_back(std::move(l));
  flow.place(what, text, shaped, out, keep);
}

FlowItem make_flow_item(LayoutContext& ctx, std::string what, StyledText text, Length first,
                        Length rest) {
  FlowItem item;
  item.first_indent = first;
  item.rest_indent = rest;
  item.width = ctx.style.body_width;
  IndentedLines widths(ctx.style.body_width, first, rest);
  PreparedParagraph p = ctx.prepare(what, std::move(text), widths, ctx.grid_options());
  item.what = std::move(what);
  item.text = std::move(p.text);
  item.shaped = std::move(p.shaped);
  item.lines = std::move(p.lines);
  return item;
}

std::vector<FlowItem> attachment_note(LayoutContext& ctx, const std::vector<Paragraph>& titles) {
  std::vector<FlowItem> items;
  if (titles.empty()) return items;
  const TextStyle body{Role::fangsong, ctx.style.body_size};
  const TextStyle strong{Role::heiti, ctx.style.body_size};
  const Length indent = 2 * ctx.pitch();
  StyledText label;
  label.append(U"附件：", body, titles.front().at);
  const Length label_w = natural_width(ctx.shape(label));
  const bool numbered = titles.size() > 1;
  for (std::size_t i = 0; i < titles.size(); ++i) {
    StyledText t = i == 0 ? label : StyledText();
    Length number_w = 0;
    if (numbered) {
      std::u32string number;
      for (char ch : std::to_string(i + 1)) number += static_cast<char32_t>(ch);
      number += U'.';
      StyledText n;
      n.append(number, body, titles[i].at);
      number_w = natural_width(ctx.shape(n));
      t.append(number, body, titles[i].at);
    }
    append_paragraph(t, titles[i], body, strong);
    const Length first = i == 0 ? indent : indent + label_w;
    FlowItem item =
        make_flow_item(ctx, "attach-note", std::move(t), first, indent + label_w + number_w);
    item.blank_before = i == 0 ? 1 : 0;  // one blank line below the body
    items.push_back(std::move(item));
  }
  return items;
}

void pad_two_character_names(std::u32string& text, std::vector<SourceOffset>& src) {
  auto is_separator = [](char32_t c) { return c == U'，' || c == U'、' || c == U','; };
  std::u32string out;
  std::vector<SourceOffset> out_src;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && !is_separator(text[i])) continue;
    const bool two = i - start == 2 && is_grid_char(text[start]) && is_grid_char(text[start + 1]) &&
                     punct_ink(text[start]) == PunctInk::none &&
                     punct_ink(text[start + 1]) == PunctInk::none;
    for (std::size_t k = start; k < i; ++k) {
      out += text[k];
      out_src.push_back(src[k]);
      if (two && k == start) {
        out += U'\u3000';
        out_src.push_back(src[k]);
      }
    }
    if (i < text.size()) {
      out += text[i];
      out_src.push_back(src[i]);
    }
    start = i + 1;
  }
  text = std::move(out);
  src = std::move(out_src);
}

FlowItem attendance_item(LayoutContext& ctx, std::u32string_view label, const Paragraph& names) {
  const TextStyle body{Role::fangsong, ctx.style.body_size};
  const TextStyle head{Role::heiti, ctx.style.body_size};
  StyledText t;
  t.append(label, head, names.at);
  const Length label_w = natural_width(ctx.shape(t));
  std::u32string list;
  std::vector<SourceOffset> src;
  for (const Span& s : names.spans) {
    list += s.text;
    src.insert(src.end(), s.src.begin(), s.src.end());
  }
  pad_two_character_names(list, src);
  t.append(list, src, body);
  const Length indent = 2 * ctx.pitch();
  return make_flow_item(ctx, "attendance", std::move(t), indent, indent + label_w);
}

}  // namespace gongwen::detail
