#include "layout/context.hpp"

namespace gongwen::detail {

Length natural_width(const ShapedText& shaped, std::uint32_t begin, std::uint32_t end) {
  Length w = 0;
  for (std::uint32_t i = begin; i < end; ++i) w += shaped.clusters[i].advance;
  return w;
}

Line line_at(const ShapedText& shaped, std::uint32_t begin, std::uint32_t end, Length x,
             Length gap, int hscale_permille) {
  Line line;
  line.begin = begin;
  line.end = end;
  line.last = true;
  line.left = x;
  Length pen = x;
  for (std::uint32_t i = begin; i < end; ++i) {
    line.x.push_back(pen);
    pen += mul_div(shaped.clusters[i].advance, hscale_permille, 1000);
    if (i + 1 < end) pen += gap;
  }
  line.right = pen;
  return line;
}

}  // namespace gongwen::detail
