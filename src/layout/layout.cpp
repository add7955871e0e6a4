#include "layout/layout.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "layout/box_check.hpp"
#include "layout/colophon.hpp"
#include "layout/context.hpp"
#include "layout/flow_item.hpp"
#include "layout/format_spec.hpp"
#include "layout/grid_flow.hpp"
#include "layout/attachment.hpp"
#include "layout/line_fit.hpp"
#include "layout/masthead.hpp"
#include "layout/page_number.hpp"
#include "layout/paragraphs.hpp"
#include "layout/signature.hpp"
#include "layout/table_layout.hpp"

namespace gongwen::detail {

namespace {

class DocumentLayout {
 public:
  DocumentLayout(const Document& doc, const Style& style, const FontProvider& fonts,
                 const LayoutOptions& options, LayoutResult& out)
      : doc_(doc), style_(style), options_(options), out_(out), writer_(out.pages),
        ctx_{style, fonts, writer_, out.shaping, nullptr,
             options.record_prepared ? &out.prepared : nullptr},
        spec_(format_spec(doc.format, style)) {}

  bool run(Diagnostics& diags) {
    out_.pages.width = style_.page_width;
    out_.pages.height = style_.page_height;
    fill_metadata();
    ctx_.diags = &diags;
    writer_.add_page();
    Length y = place_masthead(doc_, spec_, ctx_);
    if (diags.has_errors() || !masthead_leaves_room(y)) return false;
    flow_blank_lines_ = spec_.body_blank_lines;
    if (doc_.title) {
      // §7.3.1: the title two blank lines below the red separator (信函: below the last
      // element above it; 命令: below the 令号).
      if (y != style_.top) y += style_.title_blank_lines * style_.line_pitch();
      y = place_title(*doc_.title, y);
      if (diags.has_errors()) return false;
      flow_blank_lines_ = 1;
    }
    title_bottom_ = y;

    prepare_main_flow();
    if (diags.has_errors()) return false;
    FlowPlan plan = plan_main_flow();
    GridFlow flow(style_, writer_, options_.max_pages, plan, FlowMode::draw);
    run_main_flow(flow, &out_.seals);
    for (const Attachment& a : doc_.attachments) place_attachment(a, flow);
    if (flow.overflowed()) return too_many_pages(diags);
    if (diags.has_errors()) return false;  // e.g. a table in an attachment that cannot be set

    std::vector<bool> numbered(static_cast<std::size_t>(writer_.page_count()), true);
    if (!place_colophon(flow, numbered, diags)) return false;
    if (writer_.page_count() > options_.max_pages) return too_many_pages(diags);
    if (!spec_.number_first_page) numbered[0] = false;  // §10.1: 信函 page 1 has none
    for (int p = 0; p < writer_.page_count(); ++p) {
      if (numbered[static_cast<std::size_t>(p)]) {
        place_page_number(style_, ctx_.fonts, writer_, p, p + 1, out_.shaping);
      }
    }
    for (const SealPlacement& s : out_.seals) {
      Image img;
      img.pixels = s.image;
      img.x = s.cx - s.width / 2;
      img.y = s.cy - s.height / 2;
      img.w = s.width;
      img.h = s.height;
      out_.pages.pages[static_cast<std::size_t>(s.page)].images.push_back(img);
    }
    out_.lines = writer_.records();
    return boxes_in_place(diags);
  }

 private:
  bool too_many_pages(Diagnostics& diags) {
    diags.error_at(msg("GW-E-TOO-MANY-PAGES", {{"max", options_.max_pages}}), {});
    return false;
  }

  // §7.3.3: page 1 shows body text, so the 版头 (a mark of many joint issuers stacked)
  // must end at least one blank line and one body line above the 版心's bottom.
  bool masthead_leaves_room(Length y) const {
    const Length limit = style_.page_one_limit();
    if (y <= limit) return true;
    ctx_.diags->error(msg("GW-E-MASTHEAD-TOO-TALL",
                          {{"end", to_mm(y)}, {"over", to_mm(y - limit)}, {"limit", to_mm(limit)}}),
                      doc_.masthead_at);
    return false;
  }

  // The safety net before the PDF stage (layout/box_check.hpp).
  bool boxes_in_place(Diagnostics& diags) const {
    std::vector<std::string> free_lines{"page-number"};
    if (spec_.letter_lines) free_lines.emplace_back("mark");  // §10.1: 30 mm from the page top
    const BodyArea body{style_.left, style_.top, style_.body_width, style_.body_height};
    return detail::boxes_in_place(out_.pages, out_.lines, body, free_lines, diags);
  }

  void fill_metadata() {
    Metadata& m = out_.pages.meta;
    if (doc_.title) m.title = to_utf8(plain_text(*doc_.title));
    const auto& issuers =
        doc_.issuers.empty() && doc_.signature ? doc_.signature->issuers : doc_.issuers;
    for (const Paragraph& p : issuers) {
      if (!m.author.empty()) m.author += "、";
      m.author += to_utf8(plain_text(p));
    }
    if (doc_.doc_number) m.subject = to_utf8(plain_text(*doc_.doc_number));
    if (doc_.secrecy) m.keywords = to_utf8(plain_text(*doc_.secrecy));
    m.creator = "gongwen";
  }

  // §7.3.1: 2号小标宋, centred, broken at word boundaries into a balanced shape. The
  // title stays on page 1 with room for one blank line and the first body line (§7.3.3:
  // page 1 shows body text); a title taller than that is a mistake in the input.
  Length place_title(const Paragraph& title, Length y) {
    const TextStyle ts{Role::xiaobiaosong, style_.title_size};
    const IndentedLines measure(style_.body_width, 0, 0);
    // §7.3.1: the issuers' names are never split, and a break after them is welcome.
    PrepareOptions po = ctx_.title_options();
    for (const Paragraph& p : doc_.issuers) po.balance_names.push_back(plain_text(p));
    if (doc_.signature) {
      for (const Paragraph& p : doc_.signature->issuers) po.balance_names.push_back(plain_text(p));
    }
    const PreparedParagraph p = ctx_.prepare("title", styled_paragraph(title, ts, ts), measure, po);
    const Length room = style_.page_one_limit() - y;
    const auto fit = static_cast<std::size_t>(std::max<Length>(0, room / style_.title_pitch));
    if (p.lines.size() > fit) {
      ctx_.diags->error(msg("GW-E-TITLE-TOO-LONG", {{"lines", p.lines.size()}, {"fit", fit}}),
                        title.at);
      return y;
    }
    for (const Line& line : p.lines) {
      // A word wider than the 版心 (no break allowed inside it) cannot be centred.
      if (!fits_on_line(ctx_, "title line", natural_width(p.shaped, line.begin, line.end),
                        style_.body_width, title.at)) {
        return y;
      }
      writer_.emit(0, "title", p.text, p.shaped, line, style_.left, y, style_.title_pitch,
                   style_.text);
      y += style_.title_pitch;
    }
    return y;
  }

  // Everything of the 主体 that flows on the grid, broken into lines once.
  void prepare_main_flow() {
    const Length indent = 2 * ctx_.pitch();
    if (doc_.addressee) {
      // §7.3.2: flush left, wrapped lines flush left, ends with a full-width colon.
      const TextStyle body{Role::fangsong, style_.body_size};
      StyledText t = styled_paragraph(*doc_.addressee, body, TextStyle{Role::heiti, style_.body_size});
      if (t.text.empty() || (t.text.back() != U'：' && t.text.back() != U':')) {
        t.append(U"：", body, doc_.addressee->at);
      }
      addressee_ = make_flow_item(ctx_, "addressee", std::move(t), 0, 0);
      // Page 1 must show body text (§7.3.3): an addressee so long that no body line would
      // fit on page 1 moves to the 版记 as 主送.
      GridFlow probe(style_, writer_, options_.max_pages, {}, FlowMode::dry);
      probe.start_below(0, title_bottom_, flow_blank_lines_);
      if (probe.page() != 0 ||
          probe.line() + static_cast<int>(addressee_->lines.size()) >= style_.lines_per_page) {
        addressee_.reset();
        addressee_moved_ = true;
      }
    }
    std::vector<FlowParagraph> paragraphs;
    flatten_blocks(doc_.body, style_, paragraphs);
    for (FlowParagraph& p : paragraphs) {
      if (p.table) {
        if (auto t = table_flow_item(ctx_, *p.table, style_.body_width)) body_.push_back(*t);
        has_table_ = true;
        continue;
      }
      std::string what = p.depth > 0 ? fmt::format("h{}", p.depth) : "body";
      FlowItem item = make_flow_item(ctx_, what, std::move(p.text), indent, 0);
      item.keep = p.heading ? Keep::with_next : Keep::none;
      body_.push_back(std::move(item));
    }
    keep_headings_with_tables(body_);
    std::vector<Paragraph> titles;
    for (const Attachment& a : doc_.attachments) titles.push_back(a.title);
    for (FlowItem& item : attachment_note(ctx_, titles)) body_.push_back(std::move(item));
    if (spec_.attendance) {
      bool first = true;
      for (auto [label, list] : {std::pair{U"出席：", &doc_.attendees},
                                 std::pair{U"请假：", &doc_.absentees},
                                 std::pair{U"列席：", &doc_.observers}}) {
        if (!*list) continue;
        FlowItem item = attendance_item(ctx_, label, **list);
        item.blank_before = first ? 1 : 0;
        first = false;
        body_.push_back(std::move(item));
      }
    }
    signature_.emplace(doc_, ctx_,
                       spec_.signer_seal ? SignatureKind::signer_stamp : SignatureKind::issuers);
  }

  struct FlowOutcome {
    bool signature_fits = true;
    int body_page = 0;        // page of the last body line
    int body_lines = 0;       // grid lines used on that page up to the last body line
    long body_line_count = 0; // body lines in the whole flow
  };

  FlowOutcome run_main_flow(GridFlow& flow, std::vector<SealPlacement>* seals) {
    // §7.3.2/7.3.3: 主送 one blank line below the title; 正文 on the next line (§10.2:
    // a 命令 without title: two blank lines below the 令号).
    flow.start_below(0, title_bottom_, flow_blank_lines_);
    if (addressee_) addressee_->place(flow);
    for (const FlowItem& item : body_) item.place(flow);
    FlowOutcome o;
    o.body_page = flow.last_page() < 0 ? flow.page() : flow.last_page();
    o.body_lines = flow.last_line() + 1;
    o.body_line_count = flow.lines_placed();
    if (!signature_->empty()) {
      // The signature never starts a page alone, never runs off its page, and keeps at
      // least two body lines with it (§7.3.5.5) unless the whole body is on page 1.
      bool alone = flow.page() != o.body_page;
      bool overruns = flow.line() + signature_->lines_needed() > flow.lines_on(flow.page());
      bool too_few = o.body_page > 0 && o.body_lines < 2;
      o.signature_fits = !alone && !overruns && !too_few;
      signature_->place(flow, seals);
    }
    return o;
  }

  // §7.3.5.5 [gongwen]: if the signature does not fit after the body, tighten only that
  // page's line pitch (down to the style's minimum, 26 pt); if that is not enough, carry
  // the last two body lines over to the next page with the signature.
  FlowPlan plan_main_flow() {
    GridFlow dry(style_, writer_, options_.max_pages, {}, FlowMode::dry);
    FlowOutcome o = run_main_flow(dry, nullptr);
    if (o.signature_fits) return {};
    FlowPlan tight;
    tight.tight_page = o.body_page;
    const int lines = o.body_lines + signature_->lines_needed();
    // A table keeps its rows' heights on the tightened page (never squeezed), so there it
    // may cover more tightened lines than grid lines: with tables, try more lines, one at
    // a time, down to the minimum pitch.
    const int most = has_table_ ? lines + style_.lines_per_page : lines;
    for (int n = lines; n <= most && o.body_lines >= 2; ++n) {
      tight.tight_pitch = style_.body_height / n;
      if (tight.tight_pitch < style_.tight_min_pitch) break;
      if (tight.tight_pitch >= style_.line_pitch()) continue;
      GridFlow check(style_, writer_, options_.max_pages, tight, FlowMode::dry);
      if (run_main_flow(check, nullptr).signature_fits) return tight;
    }
    // Then line and character spacing together: from the grid pitch down to the minimum,
    // the largest pitch at which the page, set 29 characters a line, takes the signature.
    if (o.body_lines >= 2) {
      FlowPlan both;
      both.tight_page = o.body_page;
      both.tight_char_pitch = mul_div(style_.body_width, 1, style_.tight_max_chars);
      for (int lines_on_page = style_.lines_per_page;; ++lines_on_page) {
        both.tight_pitch = style_.body_height / lines_on_page;
        if (both.tight_pitch < style_.tight_min_pitch) break;
        GridFlow check(style_, writer_, options_.max_pages, both, FlowMode::dry);
        if (run_main_flow(check, nullptr).signature_fits) return both;
      }
    }
    FlowPlan carry;
    carry.break_before = o.body_line_count - 2;
    return carry;
  }

  // §7.3.4 附件 (layout/attachment.hpp): 附件N, or 附件 when there is only one; §8 横排
  // ones on turned pages.
  void place_attachment(const Attachment& a, GridFlow& flow) {
    std::u32string label = U"附件";
    if (doc_.attachments.size() > 1) {
      std::size_t index = static_cast<std::size_t>(&a - doc_.attachments.data()) + 1;
      for (char ch : std::to_string(index)) label += static_cast<char32_t>(ch);
    }
    if (a.landscape) {
      place_landscape_attachment(ctx_, flow, out_.pages, options_.max_pages, a, label);
    } else {
      place_attachment_pages(ctx_, flow, a, label);
    }
  }

  // §7.4 [gongwen duplex practice]: the 版记 goes at the bottom of an even page. Content
  // ending on odd page N: 版记 on page N+1. Ending on even N with room: on N. Ending on even
  // N without room: N+1 left blank, 版记 on N+2, neither numbered (§7.5).
  bool place_colophon(const GridFlow& flow, std::vector<bool>& numbered, Diagnostics& diags) {
    ColophonBlock colophon(doc_, addressee_moved_ ? &*doc_.addressee : nullptr, ctx_,
                           {.print_line = spec_.colophon_print_line, .rules = spec_.colophon_rules});
    if (diags.has_errors()) return false;  // a 版记 line too wide (ColophonBlock says which)
    if (colophon.empty()) return true;
    if (colophon.lines() >= style_.lines_per_page) {
      const SourceOffset at = doc_.colophon ? doc_.colophon->at : doc_.addressee->at;
      diags.error(msg("GW-E-COLOPHON-TOO-LONG",
                      {{"lines", colophon.lines()}, {"page", style_.lines_per_page}}),
                  at);
      return false;
    }
    int last = flow.line() == 0 && flow.page() > 0 ? flow.page() - 1 : flow.page();
    int used = flow.line() == 0 && flow.page() > 0 ? flow.lines_on(last) : flow.line();
    // Room: the 版记 lines plus one blank line below the content.
    bool room = used + 1 + colophon.lines() <= style_.lines_per_page;
    // Pages already added past `last` (e.g. by a dry page break) are reused.
    auto page_at = [&](int index) {
      while (writer_.page_count() <= index) writer_.add_page();
      numbered.resize(static_cast<std::size_t>(writer_.page_count()), true);
      return index;
    };
    const bool even = (last + 1) % 2 == 0;  // 1-based page number parity
    int target;
    if (!style_.colophon_on_even_page) {
      target = room ? last : page_at(last + 1);
    } else if (!even) {
      target = page_at(last + 1);
    } else if (room) {
      target = last;
    } else {
      page_at(last + 1);
      target = page_at(last + 2);
      numbered[static_cast<std::size_t>(last + 1)] = false;
      numbered[static_cast<std::size_t>(last + 2)] = false;
    }
    colophon.place(target);
    return true;
  }

  const Document& doc_;
  const Style& style_;
  const LayoutOptions& options_;
  LayoutResult& out_;
  PageWriter writer_;
  LayoutContext ctx_;
  FormatSpec spec_;
  Length title_bottom_ = 0;
  int flow_blank_lines_ = 1;
  std::optional<FlowItem> addressee_;
  bool addressee_moved_ = false;
  std::vector<FlowItem> body_;
  std::optional<SignatureBlock> signature_;
  bool has_table_ = false;  // the main flow holds a table
};

}  // namespace

bool layout_document(const Document& doc, const Style& style, const FontProvider& fonts,
                     const LayoutOptions& options, LayoutResult& out, Diagnostics& diags) {
  return DocumentLayout(doc, style, fonts, options, out).run(diags);
}

}  // namespace gongwen::detail
