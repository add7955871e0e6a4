#include "layout/signature.hpp"

#include <algorithm>

#include "layout/line_fit.hpp"
#include "layout/paragraphs.hpp"

namespace gongwen::detail {

namespace {
// [gongwen] seals in one row keep at least this much between them (they must not touch).
constexpr Length kSealGap = mm(4);
// Grid lines between rows of sealed names: enough that seals of consecutive rows don't touch.
int row_lines(const Style& s) {
  return static_cast<int>((s.seal_diameter + kSealGap + s.line_pitch() - 1) / s.line_pitch());
}
}  // namespace

std::u32string format_date(const Date& d, std::u32string_view suffix) {
  auto num = [](int v) {
    std::u32string s;
    for (char c : std::to_string(v)) s += static_cast<char32_t>(c);
    return s;
  };
  return num(d.year) + U"年" + num(d.month) + U"月" + num(d.day) + U"日" + std::u32string(suffix);
}

SignatureBlock::SignatureBlock(const Document& doc, LayoutContext& ctx, SignatureKind kind)
    : ctx_(ctx), s_(ctx.style), signer_stamp_(kind == SignatureKind::signer_stamp) {
  const TextStyle body{Role::fangsong, s_.body_size};
  const TextStyle kai{Role::kaiti, s_.body_size};
  if (doc.signature) {
    for (const Paragraph& p : doc.signature->issuers) {
      names_.push_back(make(styled_paragraph(p, body, body)));
    }
    if (signer_stamp_) {
      // §7.3.5.3: 签发人职务 in 仿宋, the name (签名章) in 楷体.
      if (doc.signature->position) {
        position_ = make(styled_paragraph(*doc.signature->position, body, body));
      }
      if (doc.signature->name) {
        names_.clear();
        names_.push_back(make(styled_paragraph(*doc.signature->name, kai, kai)));
      }
    }
    if (doc.signature->date) {
      StyledText t;
      t.append(format_date(*doc.signature->date), body, doc.signature->date->at);
      date_ = make(std::move(t));
    }
    for (const Seal& seal : doc.signature->seals) seal_images_.push_back(seal.image);
  }
  if (doc.note) {
    // §7.3.6: 附注 in full-width round brackets.
    StyledText t;
    t.append(U"（", body, doc.note->at);
    append_paragraph(t, *doc.note, body, TextStyle{Role::heiti, s_.body_size});
    t.append(U"）", body, doc.note->at);
    note_ = make(std::move(t));
    // §7.3.6: 附注 on the line after the date, indented two characters; broken once here,
    // placed in every planning run.
    IndentedLines widths(s_.body_width, 2 * ctx_.pitch(), 0);
    note_lines_ = ctx_.break_shaped("note", note_->text, note_->shaped, widths, ctx_.grid_options());
    note_line_count_ = static_cast<int>(note_lines_.size());
  }
  wrap_names();
  if (signer_stamp_ && !names_.empty() && seal_images_.empty()) {
    // §7.3.5.3: the title two characters left of the 签名章, four in from the right.
    const Signature& sig = *doc.signature;
    const Length title_w = position_ ? position_->width + 2 * ctx_.pitch() : 0;
    const SourceOffset at = sig.position ? sig.position->at
                            : sig.name   ? sig.name->at
                                         : sig.issuers.front().at;
    fits_on_line(ctx_, "签发人职务和签名章 line (<position>, <name>)",
                 title_w + names_.front().width, s_.body_width - 4 * ctx_.pitch(), at);
  }
}

// §7.3.5 lets a long 署名 wrap: each name gets the width its rule leaves it — without a
// seal, from the 版心's left edge to two characters in from the right; with a seal,
// centred on the date (single issuer) or on its column (joint issuers).
void SignatureBlock::wrap_names() {
  if (signer_stamp_) return;
  const Length c = ctx_.pitch();
  Length max_width = s_.body_width - 2 * c;
  if (!seal_images_.empty() && names_.size() <= 1) {
    const Length date_w = date_ ? date_->width : 0;
    const Length centre = s_.body_width - 4 * c - date_w / 2;
    max_width = 2 * std::min(centre, s_.body_width - centre);
  } else if (!seal_images_.empty()) {
    const int columns = std::min(seals_per_row(), static_cast<int>(names_.size()));
    max_width = s_.body_width / columns;
  }
  for (Text& n : names_) wrap(n, max_width);
}

void SignatureBlock::wrap(Text& t, Length max_width) const {
  if (t.width <= max_width) return;
  // Balanced like a title, within the name's own measure.
  PrepareOptions po = ctx_.title_options();
  const IndentedLines measure(max_width, 0, 0);
  t.ends.clear();
  for (const Line& l : ctx_.break_shaped("signature", t.text, t.shaped, measure, po)) {
    t.ends.push_back(l.end);
  }
  t.width = 0;
  for (std::size_t i = 0; i < t.ends.size(); ++i) t.width = std::max(t.width, t.line_width(i));
}

Length SignatureBlock::Text::line_width(std::size_t i) const {
  return natural_width(shaped, i == 0 ? 0 : ends[i - 1], ends[i]);
}

Line SignatureBlock::Text::line(std::size_t i, Length x) const {
  return line_at(shaped, i == 0 ? 0 : ends[i - 1], ends[i], x);
}

template <class X>
int SignatureBlock::place_lines(GridFlow& flow, int k, const std::string& what, const Text& t,
                                X x) const {
  for (std::size_t i = 0; i < t.ends.size(); ++i) {
    flow.place_at(k++, what, t.text, t.shaped, t.line(i, x(t.line_width(i))));
  }
  return k;
}

SignatureBlock::Text SignatureBlock::make(StyledText t) const {
  Text x;
  x.text = std::move(t);
  x.shaped = ctx_.shape(x.text);
  x.width = natural_width(x.shaped);
  x.ends.push_back(static_cast<std::uint32_t>(x.shaped.clusters.size()));
  return x;
}

int SignatureBlock::seals_per_row() const {
  auto m = static_cast<int>(s_.body_width / (s_.seal_diameter + kSealGap));
  return std::max(1, m);
}

int SignatureBlock::sealed_rows() const {
  int n = static_cast<int>(names_.size());
  int m = seals_per_row();
  return std::max(1, (n + m - 1) / m);
}

int SignatureBlock::lines_needed() const {
  const int note_lines = note_line_count_;
  if (signer_stamp_) return 5 + note_lines;  // two blank, name, one blank, date
  if (!seal_images_.empty()) {
    // Name on the 3rd grid line below the body, date on the line after it (single
    // issuer); further rows of joint issuers below.
    int k = 2;
    for (int r = 0; r < sealed_rows(); ++r) {
      const int lines = row_name_lines(r);
      k += r + 1 < sealed_rows() ? std::max(row_lines(s_), lines) : lines;
    }
    return k + 1 + note_lines;
  }
  int n = 0;
  for (const Text& t : names_) n += t.line_count();
  return 1 + n + (date_ ? 1 : 0) + note_lines;  // one blank line, names, date
}

int SignatureBlock::row_name_lines(int row) const {
  const int per_row = seals_per_row();
  int lines = 1;
  for (int i = row * per_row; i < std::min(static_cast<int>(names_.size()), (row + 1) * per_row);
       ++i) {
    lines = std::max(lines, names_[static_cast<std::size_t>(i)].line_count());
  }
  return lines;
}

void SignatureBlock::place(GridFlow& flow, std::vector<SealPlacement>* seals) const {
  if (empty()) return;
  if (signer_stamp_) {
    place_signer(flow, seals);
  } else if (!seal_images_.empty()) {
    place_sealed(flow, seals);
  } else {
    place_no_seal(flow);
  }
}

// §7.3.5.2: no seal: one blank line below the body, the name two characters in from the
// right, the date on the next line starting two characters right of the name's start; a
// date longer than that moves left to two in from the right and the name keeps the offset.
void SignatureBlock::place_no_seal(GridFlow& flow) const {
  const Length c = ctx_.pitch();
  const Length right = s_.body_width - 2 * c;
  Length name_x = right;
  for (const Text& n : names_) name_x = std::min(name_x, right - n.width);
  Length date_x = name_x + 2 * c;
  if (date_ && date_x + date_->width > right) {
    date_x = right - date_->width;
    name_x = date_x - 2 * c;
  }
  int k = 1;
  for (const Text& n : names_) {
    k = place_lines(flow, k, "signature", n, [&](Length) { return name_x; });
  }
  if (date_) flow.place_at(k++, "date", date_->text, date_->shaped, line_at(date_->shaped, date_x));
  flow.skip(k);
  if (note_) place_note(flow);
}

// §7.3.5.1: with seal: the date four characters in from the right, the name centred
// above it, the seal centred over both so they sit in its lower half; its centre 0.25 p
// below the top of the name's line (top ≈ 2 mm below the body). Joint issuers: equal
// columns across the 版心, one seal each, the last seal also over the date.
void SignatureBlock::place_sealed(GridFlow& flow, std::vector<SealPlacement>* seals) const {
  const Length c = ctx_.pitch();
  const Length date_w = date_ ? date_->width : 0;
  const Length date_x = s_.body_width - 4 * c - date_w;
  const Length date_centre = date_x + date_w / 2;
  const int n = static_cast<int>(names_.size());
  const int per_row = seals_per_row();
  const int rows = sealed_rows();
  const int row_step = row_lines(s_);
  const int page = flow.page();
  auto seal_at = [&](int index, Length cx, int k) {
    if (!seals || index >= static_cast<int>(seal_images_.size())) return;
    SealPlacement sp;
    sp.page = page;
    sp.cx = s_.left + cx;
    sp.cy = flow.line_top(page, flow.line() + k) + flow.pitch_on(page) / 4;
    sp.diameter = sp.width = sp.height = s_.seal_diameter;
    sp.image = seal_images_[static_cast<std::size_t>(index)];
    if (index < n) sp.issuer = names_[static_cast<std::size_t>(index)].text.text;
    seals->push_back(sp);
  };
  int k = 2;
  if (n <= 1) {
    seal_at(0, date_centre, k);
    if (n == 1) {
      k = place_lines(flow, k, "signature", names_[0],
                      [&](Length w) { return date_centre - w / 2; });
    } else {
      ++k;
    }
  } else {
    for (int r = 0; r < rows; ++r) {
      int first = r * per_row;
      int count = std::min(per_row, n - first);
      const Length col = s_.body_width / std::min(per_row, n);
      for (int i = 0; i < count; ++i) {
        const Text& name = names_[static_cast<std::size_t>(first + i)];
        // The last row is right-aligned so its last seal sits over the date side.
        int column = i + (std::min(per_row, n) - count);
        Length cx = column * col + col / 2;
        seal_at(first + i, cx, k);
        place_lines(flow, k, "signature", name, [&](Length w) { return cx - w / 2; });
      }
      k += r + 1 < rows ? std::max(row_step, row_name_lines(r)) : row_name_lines(r);
    }
  }
  if (date_) flow.place_at(k, "date", date_->text, date_->shaped, line_at(date_->shaped, date_x));
  flow.skip(k + 1);
  if (note_) place_note(flow);
}

// §7.3.5.3: 签发人签名章: two blank lines below the body, the 签名章 (typeset name in 楷体,
// or the stamp image) four characters in from the right, the signer's title two
// characters to its left; the date one blank line below, four in from the right.
void SignatureBlock::place_signer(GridFlow& flow, std::vector<SealPlacement>* seals) const {
  const Length c = ctx_.pitch();
  const Length right = s_.body_width - 4 * c;
  const int page = flow.page();
  Length name_left = right;
  if (!seal_images_.empty()) {
    const std::shared_ptr<const SealImage>& image = seal_images_.front();
    Length h = s_.order_stamp_height;
    // The stamp keeps the image's aspect ratio at the standard's height.
    Length w = image && image->height > 0 ? mul_div(h, image->width, image->height) : h;
    name_left = right - w;
    if (seals) {
      SealPlacement sp;
      sp.page = page;
      sp.cx = s_.left + right - w / 2;
      sp.cy = flow.line_top(page, flow.line() + 2) + flow.pitch_on(page) / 2;
      sp.width = w;
      sp.height = h;
      sp.diameter = std::max(w, h);
      sp.image = image;
      if (!names_.empty()) sp.issuer = names_.front().text.text;
      seals->push_back(sp);
    }
  } else if (!names_.empty()) {
    const Text& n = names_.front();
    name_left = right - n.width;
    flow.place_at(2, "signer-name", n.text, n.shaped, line_at(n.shaped, name_left));
  }
  if (position_) {
    flow.place_at(2, "signer-title", position_->text, position_->shaped,
                  line_at(position_->shaped, name_left - 2 * c - position_->width));
  }
  if (date_) {
    flow.place_at(4, "date", date_->text, date_->shaped, line_at(date_->shaped, right - date_->width));
  }
  flow.skip(5);
  if (note_) place_note(flow);
}

void SignatureBlock::place_note(GridFlow& flow) const {
  flow.place("note", note_->text, note_->shaped, note_lines_, Keep::none);
}

}  // namespace gongwen::detail
