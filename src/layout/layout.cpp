#include "layout/layout.hpp"

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "layout/grid_flow.hpp"
#include "layout/page_number.hpp"
#include "layout/paragraphs.hpp"
#include "linebreak/balanced_lines.hpp"
#include "linebreak/line_breaker.hpp"
#include "text/shaper.hpp"

namespace gongwen::detail {

namespace {

class DocumentLayout {
 public:
  DocumentLayout(const Document& doc, const Style& style, const FontProvider& fonts,
                 LayoutResult& out)
      : doc_(doc), style_(style), fonts_(fonts), out_(out), writer_(out.pages) {}

  bool run(int max_pages, Diagnostics& diags) {
    out_.pages.width = style_.page_width;
    out_.pages.height = style_.page_height;
    fill_metadata();
    writer_.add_page();
    Length y = style_.top;  // the 版头 is laid out by a later stage; the title starts here
    if (doc_.title) y = place_title(*doc_.title, y);
    GridFlow flow(style_, writer_, max_pages);
    // §7.3.2: 主送机关 one blank line below the title; the 正文 on the next line.
    flow.start_below(0, y, 1);
    if (doc_.addressee) place_addressee(*doc_.addressee, flow);
    std::vector<FlowParagraph> body;
    flatten_blocks(doc_.body, style_, body);
    for (const FlowParagraph& p : body) place_body_paragraph(p, flow);
    if (flow.overflowed()) {
      diags.error_at("GW-E-TOO-MANY-PAGES",
                     fmt::format("the document needs more than {} pages; raise the page limit "
                                 "(--max-pages) if this is intended",
                                 max_pages),
                     {});
      return false;
    }
    for (int p = 0; p < writer_.page_count(); ++p) {
      place_page_number(style_, fonts_, writer_, p, p + 1, out_.shaping);
    }
    out_.lines = writer_.records();
    return true;
  }

 private:
  void fill_metadata() {
    Metadata& m = out_.pages.meta;
    if (doc_.title) m.title = to_utf8(plain_text(*doc_.title));
    const auto& issuers = doc_.issuers.empty() && doc_.signature ? doc_.signature->issuers
                                                                 : doc_.issuers;
    for (const Paragraph& p : issuers) {
      if (!m.author.empty()) m.author += "、";
      m.author += to_utf8(plain_text(p));
    }
    if (doc_.doc_number) m.subject = to_utf8(plain_text(*doc_.doc_number));
    if (doc_.secrecy) m.keywords = to_utf8(plain_text(*doc_.secrecy));
    m.creator = "gongwen";
  }

  ShapedText shape(const StyledText& t) { return shape_text(t, fonts_, out_.shaping); }

  // §7.3.1: 2号小标宋, centred, broken at word boundaries into a balanced shape.
  Length place_title(const Paragraph& title, Length y) {
    const TextStyle ts{Role::xiaobiaosong, style_.title_size};
    StyledText text = styled_paragraph(title, ts, ts);
    ShapedText shaped = shape(text);
    BalanceOptions bo;
    bo.max_width = style_.body_width;
    bo.min_ratio = style_.title_min_ratio;
    std::uint32_t begin = 0;
    for (std::uint32_t end : balance_lines(text, shaped, bo)) {
      Line line = centred_line(shaped, begin, end, style_.body_width);
      writer_.emit(0, "title", text, shaped, line, style_.left, y, style_.title_pitch,
                   style_.text);
      y += style_.title_pitch;
      begin = end;
    }
    return y;
  }

  static Line centred_line(const ShapedText& shaped, std::uint32_t begin, std::uint32_t end,
                           Length width) {
    Line line;
    line.begin = begin;
    line.end = end;
    line.last = true;
    Length w = 0;
    for (std::uint32_t i = begin; i < end; ++i) w += shaped.clusters[i].advance;
    Length pen = (width - w) / 2;
    line.left = pen;
    for (std::uint32_t i = begin; i < end; ++i) {
      line.x.push_back(pen);
      pen += shaped.clusters[i].advance;
    }
    line.right = pen;
    return line;
  }

  BreakOptions grid_options() const {
    BreakOptions bo;
    bo.pitch = mul_div(style_.body_width, 1, style_.chars_per_line);
    return bo;
  }

  // §7.3.2: flush left, wrapped lines flush left, ends with a full-width colon.
  void place_addressee(const Paragraph& p, GridFlow& flow) {
    const TextStyle body{Role::fangsong, style_.body_size};
    StyledText text = styled_paragraph(p, body, TextStyle{Role::heiti, style_.body_size});
    if (text.text.empty() || (text.text.back() != U'：' && text.text.back() != U':')) {
      text.append(U"：", body, p.at);
    }
    ShapedText shaped = shape(text);
    IndentedLines widths(style_.body_width, 0, 0);
    flow.place("addressee", text, shaped, break_lines(text, shaped, widths, grid_options()),
               false);
  }

  // §7.3.3: each paragraph indented two characters, wrapped lines flush left.
  void place_body_paragraph(const FlowParagraph& p, GridFlow& flow) {
    ShapedText shaped = shape(p.text);
    const Length pitch = grid_options().pitch;
    IndentedLines widths(style_.body_width, 2 * pitch, 0);
    std::string what = p.depth > 0 ? fmt::format("h{}", p.depth) : "body";
    flow.place(what, p.text, shaped, break_lines(p.text, shaped, widths, grid_options()),
               p.heading);
  }

  const Document& doc_;
  const Style& style_;
  const FontProvider& fonts_;
  LayoutResult& out_;
  PageWriter writer_;
};

}  // namespace

bool layout_document(const Document& doc, const Style& style, const FontProvider& fonts,
                     int max_pages, LayoutResult& out, Diagnostics& diags) {
  return DocumentLayout(doc, style, fonts, out).run(max_pages, diags);
}

}  // namespace gongwen::detail
