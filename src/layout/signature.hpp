// 署名、成文日期、印章 and 附注 (GB/T 9704 §7.3.5, §7.3.6), placed on the grid after the
// body.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/context.hpp"
#include "layout/grid_flow.hpp"
#include "model/document.hpp"

namespace gongwen::detail {

struct SealPlacement {
  int page = 0;
  Length cx = 0, cy = 0, diameter = 0;  // centre, page coordinates
  Length width = 0, height = 0;         // the image's box (a round seal: diameter²)
  std::shared_ptr<const SealImage> image;
  std::u32string issuer;  // the name under the seal (an OA system stamps for this issuer)
};

// issuers: 发文机关署名 with seals (§7.3.5.1/2); signer_stamp: the 命令 format's
// 签发人职务 + 签名章 (§7.3.5.3) instead of issuer and seal.
enum class SignatureKind { issuers, signer_stamp };

// Shaped once, placed in every planning run.
class SignatureBlock {
 public:
  SignatureBlock(const Document& doc, LayoutContext& ctx,
                 SignatureKind kind = SignatureKind::issuers);
  // Grid lines the block takes after the body's last line, counting the blank ones.
  int lines_needed() const;
  // Places the block at the flow's position (the line after the body) and advances it.
  void place(GridFlow& flow, std::vector<SealPlacement>* seals) const;
  bool empty() const { return names_.empty() && !date_ && !note_ && !position_; }

 private:
  struct Text {
    StyledText text;
    ShapedText shaped;
    Length width = 0;                 // of the widest line
    std::vector<std::uint32_t> ends;  // end cluster of each line (a 署名 may wrap)
    int line_count() const { return static_cast<int>(ends.size()); }
    Line line(std::size_t i, Length x) const;  // line i from x
    Length line_width(std::size_t i) const;
  };
  Text make(StyledText t) const;
  void wrap_names();
  void wrap(Text& t, Length max_width) const;
  // Places every line of `t` from grid line `k` on; `x(width)` gives a line's left edge.
  template <class X>
  int place_lines(GridFlow& flow, int k, const std::string& what, const Text& t, X x) const;
  void place_no_seal(GridFlow& flow) const;
  void place_sealed(GridFlow& flow, std::vector<SealPlacement>* seals) const;
  void place_note(GridFlow& flow) const;
  void place_signer(GridFlow& flow, std::vector<SealPlacement>* seals) const;
  int sealed_rows() const;
  int row_name_lines(int row) const;  // lines of the tallest name in a row of sealed names
  int seals_per_row() const;

  LayoutContext& ctx_;
  const Style& s_;
  std::vector<Text> names_;
  std::optional<Text> date_, note_, position_;
  std::vector<Line> note_lines_;
  bool signer_stamp_ = false;
  int note_line_count_ = 0;
  std::vector<std::shared_ptr<const SealImage>> seal_images_;
};

// "2022年3月31日" (full year, no leading zeros), optionally followed by `suffix`.
std::u32string format_date(const Date& d, std::u32string_view suffix = U"");

}  // namespace gongwen::detail
