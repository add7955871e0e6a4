#include "prepare/prepared_dump.hpp"

#include <fmt/format.h>

#include "common/utf8.hpp"
#include "text/font.hpp"

namespace gongwen::detail {

namespace {

// Characters [begin, end) quoted; a forced break shown as ⏎.
std::string quoted(const std::u32string& text, std::uint32_t begin, std::uint32_t end) {
  std::string s = "\"";
  for (std::uint32_t i = begin; i < end && i < text.size(); ++i) {
    if (text[i] == U'\u2028') {
      s += "⏎";
    } else {
      append_utf8(s, text[i]);
    }
  }
  return s + "\"";
}

std::string in_mm(Length v) { return fmt::format("{:.3f}", to_mm(v)); }

const char* break_kind(const StyledText& text, const ShapedText& shaped, const Line& line) {
  if (line.overfull) return "overfull";
  if (line.end >= shaped.clusters.size()) return "end";
  if (line.end > line.begin && text.text[shaped.clusters[line.end - 1].begin] == U'\u2028') {
    return "forced";
  }
  return "wrap";
}

template <typename Dump>
std::string per_paragraph(const std::vector<NamedParagraph>& paragraphs, Dump dump) {
  std::string out;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const PreparedParagraph& p = paragraphs[i].paragraph;
    const auto n = static_cast<std::uint32_t>(p.text.text.size());
    out += fmt::format("paragraph {} {} {}\n", i, paragraphs[i].what, quoted(p.text.text, 0, n));
    out += dump(p);
  }
  return out;
}

}  // namespace

std::string dump_runs(const StyledText& text, const ShapedText& shaped) {
  std::string out;
  const auto& cl = shaped.clusters;
  int k = 0;
  for (std::size_t a = 0; a < cl.size(); ++k) {
    std::size_t b = a + 1;
    if (cl[a].font == nullptr) {
      out += fmt::format("run {} chars={}..{} break\n", k, cl[a].begin, cl[a].end);
      a = b;
      continue;
    }
    while (b < cl.size() && cl[b].font == cl[a].font &&
           text.styles[cl[b].style].size == text.styles[cl[a].style].size) {
      ++b;
    }
    std::string glyphs;
    for (std::size_t c = a; c < b; ++c) {
      for (std::uint32_t g = cl[c].glyph_begin; g < cl[c].glyph_end; ++g) {
        const ShapedGlyph& sg = shaped.glyphs[g];
        if (!glyphs.empty()) glyphs += '|';
        glyphs += fmt::format("{}={}", sg.gid, cl[c].begin);
        if (sg.dx != 0 || sg.dy != 0) glyphs += fmt::format("@{},{}", in_mm(sg.dx), in_mm(sg.dy));
        glyphs += "+" + in_mm(sg.advance);
      }
    }
    out += fmt::format("run {} chars={}..{} font={} size={:g}pt {} [{}]\n", k, cl[a].begin,
                       cl[b - 1].end, cl[a].font->postscript_name(),
                       to_pt(text.styles[cl[a].style].size),
                       quoted(text.text, cl[a].begin, cl[b - 1].end), glyphs);
    a = b;
  }
  return out;
}

std::string dump_lines(const StyledText& text, const ShapedText& shaped,
                       const std::vector<Line>& lines) {
  std::string out;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const Line& line = lines[k];
    const std::uint32_t first = line.begin < line.end ? shaped.clusters[line.begin].begin : 0;
    const std::uint32_t last = line.begin < line.end ? shaped.clusters[line.end - 1].end : 0;
    std::string half, at;
    for (std::uint32_t c = line.begin; c < line.end; ++c) {
      const std::size_t i = c - line.begin;
      if (i < line.half.size() && line.half[i]) {
        half += (half.empty() ? "" : ",") + std::to_string(shaped.clusters[c].begin);
      }
      if (i < line.x.size()) at += (at.empty() ? "" : ",") + in_mm(line.x[i]);
    }
    out += fmt::format("line {} chars={}..{} break={} adjusted={} half={} x={}..{} {} at=[{}]\n", k,
                       first, last, break_kind(text, shaped, line), line.adjusted ? "yes" : "no",
                       half.empty() ? "-" : half, in_mm(line.left), in_mm(line.right),
                       quoted(text.text, first, last), at);
  }
  return out;
}

std::string dump_runs(const std::vector<NamedParagraph>& paragraphs) {
  return per_paragraph(paragraphs,
                       [](const PreparedParagraph& p) { return dump_runs(p.text, p.shaped); });
}

std::string dump_lines(const std::vector<NamedParagraph>& paragraphs) {
  return per_paragraph(
      paragraphs, [](const PreparedParagraph& p) { return dump_lines(p.text, p.shaped, p.lines); });
}

}  // namespace gongwen::detail
