#include "layout/flow_item.hpp"

#include <string>

#include "layout/paragraphs.hpp"

namespace gongwen::detail {

FlowItem make_flow_item(LayoutContext& ctx, std::string what, StyledText text, Length first,
                        Length rest) {
  FlowItem item;
  item.what = std::move(what);
  item.text = std::move(text);
  item.shaped = ctx.shape(item.text);
  IndentedLines widths(ctx.style.body_width, first, rest);
  item.lines = break_lines(item.text, item.shaped, widths, ctx.grid_options());
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

}  // namespace gongwen::detail
