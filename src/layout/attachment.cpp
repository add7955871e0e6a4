#include "layout/attachment.hpp"

#include <fmt/format.h>

#include "layout/flow_item.hpp"
#include "layout/landscape.hpp"
#include "layout/paragraphs.hpp"
#include "layout/table_layout.hpp"

namespace gongwen::detail {

void place_attachment_pages(LayoutContext& ctx, GridFlow& flow, const Attachment& a,
                            std::u32string_view label_text) {
  const Style& style = ctx.style;
  flow.start_new_page();
  const TextStyle label_style{Role::heiti, style.body_size};
  StyledText label;
  label.append(label_text, label_style, a.at);
  ShapedText label_shaped = ctx.shape(label);
  flow.place("attach-label", label, label_shaped, {line_at(label_shaped, 0)}, Keep::none);
  flow.skip(1);
  const TextStyle ts{Role::xiaobiaosong, style.title_size};
  const IndentedLines measure(style.body_width, 0, 0);
  const PreparedParagraph title = ctx.prepare("attach-title", styled_paragraph(a.title, ts, ts),
                                              measure, ctx.title_options());
  flow.place("attach-title", title.text, title.shaped, title.lines, Keep::with_next);
  flow.skip(1);
  std::vector<FlowParagraph> paragraphs;
  flatten_blocks(a.blocks, style, paragraphs);
  // Built before they are placed, so a heading can see the table after it.
  std::vector<FlowItem> items;
  for (FlowParagraph& p : paragraphs) {
    if (p.table) {
      if (auto t = table_flow_item(ctx, *p.table, style.body_width)) items.push_back(*t);
      continue;
    }
    std::string what = p.depth > 0 ? fmt::format("h{}", p.depth) : "body";
    FlowItem item = make_flow_item(ctx, what, std::move(p.text), 2 * ctx.pitch(), 0);
    item.keep = p.heading ? Keep::with_next : Keep::none;
    items.push_back(std::move(item));
  }
  keep_headings_with_tables(items);
  for (const FlowItem& item : items) item.place(flow);
}

void place_landscape_attachment(LayoutContext& ctx, GridFlow& flow, PageSet& pages, int max_pages,
                                const Attachment& a, std::u32string_view label) {
  flow.start_new_page();
  const int first = flow.page();
  const Style frame = landscape_style(ctx.style);
  LayoutContext turned_ctx{frame, ctx.fonts, ctx.writer, ctx.report, ctx.diags, ctx.record};
  GridFlow turned(frame, ctx.writer, max_pages, {}, FlowMode::draw);
  turned.start_below(first, frame.top, 0);
  place_attachment_pages(turned_ctx, turned, a, label);
  const int last = turned.line() == 0 && turned.page() > first ? turned.page() - 1 : turned.page();
  turn_pages(pages, first, last, ctx.style);
  flow.resume_after(last);
}

}  // namespace gongwen::detail
