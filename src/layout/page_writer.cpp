#include "layout/page_writer.hpp"

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "text/font.hpp"

namespace gongwen::detail {

void PageWriter::emit(int page, const std::string& what, const StyledText& text,
                      const ShapedText& shaped, const Line& line, Length area_left, Length top,
                      Length height, const Color& color, int hscale_permille) {
  Page& pg = pages_.pages[static_cast<std::size_t>(page)];
  LineRecord rec;
  rec.page = page;
  rec.what = what;
  rec.top = top;
  rec.height = height;
  rec.left = area_left + line.left;
  rec.right = area_left + line.right;
  rec.adjusted = line.adjusted;
  rec.last = line.last;
  GlyphRun* run = nullptr;
  for (std::uint32_t ci = line.begin; ci < line.end; ++ci) {
    const Cluster& c = shaped.clusters[ci];
    rec.text.append(text.text, c.begin, c.end - c.begin);
    if (c.font == nullptr || c.glyph_begin == c.glyph_end) continue;
    ++rec.clusters;
    const TextStyle& st = text.styles[c.style];
    if (!run || run->font != c.font || run->size != st.size) {
      GlyphRun r;
      r.font = c.font;
      r.size = st.size;
      r.color = color;
      r.hscale_permille = hscale_permille;
      r.baseline = top + (height - st.size) / 2 +
                   mul_div(st.size, c.font->em_ascender(), c.font->units_per_em());
      pg.runs.push_back(std::move(r));
      run = &pg.runs.back();
      const std::string& name = c.font->postscript_name();
      if (rec.fonts.find(name) == std::string::npos) {
        if (!rec.fonts.empty()) rec.fonts += ',';
        rec.fonts += name;
      }
      rec.size = st.size;
    }
    // Within a cluster glyphs follow their (horizontally scaled) advances.
    Length pen = area_left + line.x[ci - line.begin];
    for (std::uint32_t g = c.glyph_begin; g < c.glyph_end; ++g) {
      const ShapedGlyph& sg = shaped.glyphs[g];
      PlacedGlyph pgl;
      pgl.gid = sg.gid;
      pgl.x = pen + mul_div(sg.dx, hscale_permille, 1000);
      if (g == c.glyph_begin) {
        pgl.text.assign(text.text.data() + c.begin, text.text.data() + c.end);
        std::size_t k = ci - line.begin;
        pgl.half = k < line.half.size() && line.half[k];
      }
      run->glyphs.push_back(std::move(pgl));
      pen += mul_div(sg.advance, hscale_permille, 1000);
    }
  }
  records_.push_back(std::move(rec));
}

void PageWriter::rect(int page, const std::string& what, const Rect& r) {
  pages_.pages[static_cast<std::size_t>(page)].rects.push_back(r);
  LineRecord rec;
  rec.page = page;
  rec.what = what;
  rec.top = r.y;
  rec.height = r.h;
  rec.left = r.x;
  rec.right = r.x + r.w;
  records_.push_back(std::move(rec));
}

std::string dump_records(const std::vector<LineRecord>& records) {
  std::string out;
  for (const LineRecord& r : records) {
    out += fmt::format("page {} {:<10} top={:.3f}mm h={:.3f}mm x={:.3f}..{:.3f}mm size={:g}pt "
                       "n={} font={}{}{} |{}|\n",
                       r.page + 1, r.what, to_mm(r.top), to_mm(r.height), to_mm(r.left),
                       to_mm(r.right), to_pt(r.size), r.clusters, r.fonts,
                       r.adjusted ? " adjusted" : "", r.last ? " last" : "", to_utf8(r.text));
  }
  return out;
}

}  // namespace gongwen::detail
