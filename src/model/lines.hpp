// Broken lines: the contract between line breaking (linebreak, prepare) and layout, which
// places them on the grid. Plain data, plus the line-width interface both sides share.
#pragma once

#include <cstdint>
#include <vector>

#include "common/length.hpp"

namespace gongwen::detail {

// Line geometry, behind an interface so tests and special layouts (hanging indents,
// tables) can substitute their own. Line k's content spans [indent(k), right(k)),
// measured from the left edge of the text area.
class LineWidthProvider {
 public:
  virtual ~LineWidthProvider() = default;
  virtual Length indent(int line) const = 0;
  virtual Length right(int line) const = 0;
};

// First line indented by `first`, the others by `rest` (a hanging indent when rest > 0).
class IndentedLines final : public LineWidthProvider {
 public:
  IndentedLines(Length width, Length first, Length rest)
      : width_(width), first_(first), rest_(rest) {}
  Length indent(int line) const override { return line == 0 ? first_ : rest_; }
  Length right(int) const override { return width_; }

 private:
  Length width_, first_, rest_;
};

struct Line {
  std::uint32_t begin = 0, end = 0;  // clusters [begin, end)
  std::vector<Length> x;             // pen x of each cluster's first glyph (text-area left = 0)
  std::vector<bool> half;            // the cluster is a mark compressed to half an em
  Length left = 0, right = 0;        // the line's extent (first box's left, last box's right)
  bool last = false;                 // paragraph's last line, or before a forced break
  bool adjusted = false;             // marks compressed or a character moved for a 禁则
  bool overfull = false;             // nothing legal fitted: broken where it had to be
};

}  // namespace gongwen::detail
