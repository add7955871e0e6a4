#include "layout/masthead.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "layout/line_fit.hpp"
#include "layout/paragraphs.hpp"
#include "text/font.hpp"

namespace gongwen::detail {

namespace {

class Masthead {
 public:
  Masthead(const Document& doc, const FormatSpec& f, LayoutContext& ctx)
      : doc_(doc), f_(f), ctx_(ctx), s_(ctx.style) {}

  Length run() {
    if (f_.letter_lines) return run_letter();
    place_top_left_stack();
    if (doc_.issuers.empty()) return s_.top;
    Length mark_bottom = place_mark();
    // §7.2.4/7.2.5: 发文字号 (and 签发人) two blank lines below the mark's em box; §10.2:
    // the 令号 likewise; §10.3 [gongwen]: the 纪要 number likewise.
    Length number_top = mark_bottom + 2 * s_.line_pitch();
    Length number_top_final = doc_.has_signers ? place_signers(number_top) : number_top;
    if (doc_.doc_number) place_doc_number(*doc_.doc_number, number_top_final);
    if (!f_.separator) {
      return doc_.doc_number ? number_top_final + s_.line_pitch() : mark_bottom;
    }
    // §7.2.6: the red separator 4 mm below the 发文字号's em box, 156 mm wide.
    Rect rule{s_.left, s_.body_em_bottom(number_top_final) + kRuleGapBelow, s_.body_width,
              s_.separator_thickness, s_.red};
    ctx_.writer.rect(0, "separator", rule);
    return rule.y + rule.h;
  }

  // §10.1 信函格式: the mark 30 mm from the page top (issuer only), a red double line
  // (thick over thin) 4 mm below it and another (thin over thick) 20 mm above the page
  // bottom, both 170 mm and centred; 份号/密级/紧急程度 flush left and 发文字号 flush right
  // under the first, 7/8 of a 3号 character's height below it.
  Length run_letter() {
    if (doc_.issuers.empty()) return s_.top;
    const Length mark_bottom = place_mark();
    const Length x = (s_.page_width - s_.letter_line_length) / 2;
    const Length w = s_.letter_line_length;
    Length y = mark_bottom + kRuleGapBelow;
    ctx_.writer.rect(0, "letter-line", Rect{x, y, w, s_.letter_thick, s_.red});
    y += s_.letter_thick + s_.letter_gap;
    ctx_.writer.rect(0, "letter-line", Rect{x, y, w, s_.letter_thin, s_.red});
    y += s_.letter_thin;
    const Length bottom = s_.page_height - s_.letter_bottom_margin;
    ctx_.writer.rect(0, "letter-line",
                     Rect{x, bottom - s_.letter_thick - s_.letter_gap - s_.letter_thin, w,
                          s_.letter_thin, s_.red});
    ctx_.writer.rect(0, "letter-line",
                     Rect{x, bottom - s_.letter_thick, w, s_.letter_thick, s_.red});
    // Line boxes whose em box starts first_line_gap below the double line.
    const Length first_top = y + s_.letter_first_line_gap - (s_.line_pitch() - s_.body_size) / 2;
    int lines = place_top_left_stack(first_top);
    if (doc_.doc_number) {
      StyledText t = styled_paragraph(*doc_.doc_number, body(Role::fangsong), body(Role::fangsong));
      ShapedText shaped = ctx_.shape(t);
      // [gongwen] at least one character between it and the first line on the left.
      const Length beside = lines > 0 ? first_line_width_ + ctx_.pitch() : 0;
      fits_on_line(ctx_, "发文字号 (<doc-number>)", natural_width(shaped), s_.body_width - beside,
                   doc_.doc_number->at);
      ctx_.writer.emit(0, "doc-number", t, shaped,
                       line_at(shaped, s_.body_width - natural_width(shaped)), s_.left, first_top,
                       s_.line_pitch(), s_.text);
      lines = std::max(lines, 1);
    }
    return lines > 0 ? first_top + lines * s_.line_pitch() : y;
  }

 private:
  TextStyle body(Role r) const { return {r, s_.body_size}; }

  // One line of the top-left stack; it has the 版心 width to itself (§7.2.1–7.2.3).
  Length line_at_top(Length top, const std::string& what, const StyledText& text, Length x,
                   std::string_view element, SourceOffset at) {
    ShapedText shaped = ctx_.shape(text);
    const Length width = natural_width(shaped);
    fits_on_line(ctx_, element, width, s_.body_width, at);
    ctx_.writer.emit(0, what, text, shaped, line_at(shaped, x), s_.left, top, s_.line_pitch(),
                     s_.text);
    return width;
  }

  // §7.2.1–7.2.3: 份号 (仿宋), 密级和保密期限 and 紧急程度 (黑体), flush left from line 1
  // (from `first_top` in a letter). Returns how many lines it used.
  int place_top_left_stack(Length first_top = -1) {
    auto line_on_grid = [&](int k, const std::string& what, const StyledText& text, Length x,
                            std::string_view element, SourceOffset at) {
      Length top = first_top >= 0 ? first_top + k * s_.line_pitch() : s_.grid_line_top(k);
      const Length width = line_at_top(top, what, text, x, element, at);
      if (k == 0) first_line_width_ = width;
    };
    int k = 0;
    if (doc_.copy_number) {
      line_on_grid(k++, "copy-no",
                   styled_paragraph(*doc_.copy_number, body(Role::fangsong), body(Role::fangsong)),
                   0, "份号 (<copy-number>)", doc_.copy_number->at);
    }
    if (doc_.secrecy) {
      StyledText t = styled_paragraph(*doc_.secrecy, body(Role::heiti), body(Role::heiti));
      if (doc_.secrecy_period) {
        t.append(U"★", body(Role::heiti), doc_.secrecy->at);
        append_paragraph(t, *doc_.secrecy_period, body(Role::heiti), body(Role::heiti));
      }
      line_on_grid(k++, "secrecy", t, 0, "密级和保密期限 (<secrecy>)", doc_.secrecy->at);
    }
    if (doc_.urgency) {
      line_on_grid(k++, "urgency",
                   styled_paragraph(*doc_.urgency, body(Role::heiti), body(Role::heiti)), 0,
                   "紧急程度 (<urgency>)", doc_.urgency->at);
    }
    return k;
  }

  // §7.2.4: red 小标宋, centred, top edge 35 mm below the 版心 top. Joint issuance:
  // names stacked (spread to the longest), 文件 right of the stack, centred on it. A
  // block wider than the 版心 is condensed (not below 60 %), then made smaller.
  Length place_mark() {
    const std::u32string suffix = f_.use_suffix ? doc_.masthead_suffix.value_or(U"") : U"";
    // §10.1: a joint letter shows the lead issuer's mark only.
    const std::size_t issuer_count = f_.lead_issuer_only ? 1 : doc_.issuers.size();
    Length size = s_.masthead_size;
    std::vector<ShapedText> names;
    std::vector<StyledText> texts;
    ShapedText suffix_shaped;
    StyledText suffix_text;
    int hscale = 1000;
    Length stack_width = 0, suffix_width = 0, gap = 0;
    const bool joint = issuer_count > 1;
    for (int attempt = 0; attempt < 2; ++attempt) {
      const TextStyle ts{Role::xiaobiaosong, size};
      names.clear();
      texts.clear();
      stack_width = 0;
      for (std::size_t i = 0; i < issuer_count; ++i) {
        texts.push_back(styled_paragraph(doc_.issuers[i], ts, ts));
        if (!joint && !suffix.empty()) texts.back().append(suffix, ts, doc_.masthead_at);
        names.push_back(ctx_.shape(texts.back()));
        stack_width = std::max(stack_width, natural_width(names.back()));
      }
      suffix_width = 0;
      gap = 0;
      if (joint && !suffix.empty()) {
        suffix_text = StyledText();
        suffix_text.append(suffix, ts, doc_.masthead_at);
        suffix_shaped = ctx_.shape(suffix_text);
        suffix_width = natural_width(suffix_shaped);
        gap = size;  // [gongwen] 文件 one mark-size character right of the stack
      }
      Length block = stack_width + gap + suffix_width;
      if (block <= s_.body_width) break;
      hscale = static_cast<int>(mul_div(s_.body_width, 1000, block));
      if (hscale >= 600) break;
      // Even 60 % is too wide: keep 60 % and reduce the size to fit, [gongwen] but not
      // below the 标题's size: a mark smaller than the title no longer reads as the 版头.
      hscale = 600;
      const Length smaller = mul_div(size, s_.body_width * 1000, block * 600) - 1;
      if (smaller < s_.title_size) {
        mark_too_wide(mul_div(block, s_.title_size * 600, size * 1000));
        break;
      }
      size = smaller;
    }
    auto scaled = [&](Length w) { return mul_div(w, hscale, 1000); };
    const Length block = scaled(stack_width) + scaled(gap) + scaled(suffix_width);
    const Length x0 = (s_.body_width - block) / 2;
    const Length mark_top = f_.mark_top;
    const Length pitch = mul_div(size, 5, 4);  // [gongwen] names stacked at 1.25 × size
    for (std::size_t i = 0; i < names.size(); ++i) {
      const ShapedText& sh = names[i];
      Length w = natural_width(sh);
      auto n = static_cast<std::int64_t>(sh.clusters.size());
      Length extra = joint && n > 1 ? scaled(stack_width - w) / (n - 1) : 0;
      Line line = line_at(sh, x0, extra, hscale);
      ctx_.writer.emit(0, "mark", texts[i], sh, line, s_.left,
                       mark_top + static_cast<Length>(i) * pitch, size, s_.red, hscale);
    }
    const Length stack_height = static_cast<Length>(names.size() - 1) * pitch + size;
    if (joint && !suffix.empty()) {
      Line line = line_at(suffix_shaped, x0 + scaled(stack_width) + scaled(gap), 0, hscale);
      ctx_.writer.emit(0, "mark", suffix_text, suffix_shaped, line, s_.left,
                       mark_top + (stack_height - size) / 2, size, s_.red, hscale);
    }
    return mark_top + stack_height;
  }

  void mark_too_wide(Length narrowest) const {
    if (!ctx_.diags) return;
    ctx_.diags->error(msg("GW-E-MASTHEAD-TOO-WIDE",
                          {{"size", to_pt(s_.title_size)}, {"over", to_mm(narrowest - s_.body_width)},
                           {"needed", to_mm(narrowest)}, {"width", to_mm(s_.body_width)}}),
                      doc_.masthead_at);
  }

  // §7.2.5: 签发人： (仿宋) and names (楷体), one character in from the right, two names a
  // line, later lines aligned with the first name. Returns the last line's top, where the
  // 发文字号 goes.
  Length place_signers(Length top) {
    const Length pitch = ctx_.pitch();
    StyledText label;
    label.append(U"签发人：", body(Role::fangsong), doc_.masthead_at);
    ShapedText label_shaped = ctx_.shape(label);
    const Length label_w = natural_width(label_shaped);
    std::vector<StyledText> rows;
    for (std::size_t i = 0; i < doc_.signers.size(); i += 2) {
      StyledText row;
      append_paragraph(row, doc_.signers[i], body(Role::kaiti), body(Role::kaiti));
      if (i + 1 < doc_.signers.size()) {
        row.append(U"\u3000", body(Role::kaiti), doc_.signers[i].at);
        append_paragraph(row, doc_.signers[i + 1], body(Role::kaiti), body(Role::kaiti));
      }
      rows.push_back(std::move(row));
    }
    std::vector<ShapedText> shaped;
    Length widest = 0;
    std::size_t widest_row = 0;
    for (const StyledText& r : rows) {
      shaped.push_back(ctx_.shape(r));
      if (natural_width(shaped.back()) > widest) {
        widest = natural_width(shaped.back());
        widest_row = shaped.size() - 1;
      }
    }
    const Length names_x = s_.body_width - pitch - widest;
    // Every row starts where the first name does, right of the label: the widest row and
    // the label must fit together (reported at that row's first <signer>).
    fits_on_line(ctx_, "签发人 line (<signers>)", label_w + widest, s_.body_width - pitch,
                 doc_.signers[2 * widest_row].at);
    // What the 发文字号 on the last line must stay left of.
    last_row_left_ = rows.size() == 1 ? names_x - label_w : names_x;
    Length y = top;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (i == 0) {
        ctx_.writer.emit(0, "signer", label, label_shaped, line_at(label_shaped, names_x - label_w),
                         s_.left, y, s_.line_pitch(), s_.text);
      }
      ctx_.writer.emit(0, "signer", rows[i], shaped[i], line_at(shaped[i], names_x), s_.left, y,
                       s_.line_pitch(), s_.text);
      if (i + 1 < rows.size()) y += s_.line_pitch();
    }
    return y;
  }

  // §7.2.5: centred; in a 上行文, one character in from the left.
  void place_doc_number(const Paragraph& p, Length top) {
    StyledText t = styled_paragraph(p, body(Role::fangsong), body(Role::fangsong));
    ShapedText shaped = ctx_.shape(t);
    Length x = doc_.has_signers ? ctx_.pitch() : (s_.body_width - natural_width(shaped)) / 2;
    // 上行文: from one character in on the left to [gongwen] one character short of the
    // 签发人 on its line.
    const Length available =
        doc_.has_signers ? last_row_left_ - 2 * ctx_.pitch() : s_.body_width;
    const char* element = doc_.format == Format::order     ? "令号 (<doc-number>)"
                          : doc_.format == Format::minutes ? "纪要编号 (<doc-number>)"
                                                           : "发文字号 (<doc-number>)";
    fits_on_line(ctx_, element, natural_width(shaped), available, p.at);
    ctx_.writer.emit(0, "doc-number", t, shaped, line_at(shaped, x), s_.left, top,
                     s_.line_pitch(), s_.text);
  }

  const Document& doc_;
  const FormatSpec& f_;
  LayoutContext& ctx_;
  const Style& s_;
  Length first_line_width_ = -1;  // the top-left stack's first line (信函: shares its line)
  Length last_row_left_ = 0;      // left edge of the 签发人 on the 发文字号's line
};

}  // namespace

Length place_masthead(const Document& doc, const FormatSpec& format, LayoutContext& ctx) {
  return Masthead(doc, format, ctx).run();
}

}  // namespace gongwen::detail
