// Fonts written through libharu's object layer: a Type0 font (Identity-H) over a CIDFont
// whose CIDs are the shaped glyph ids, the program subset by hb-subset (FontFile3
// /CIDFontType0C for CFF, FontFile2 for TrueType), /W from the font's advances and
// /ToUnicode from the text each glyph stands for. This takes libharu's place for text:
// its own font path is TrueType-only, BMP-only and loses shaped glyphs.
#pragma once

#include <hpdf.h>

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "pdf/flate_stream.hpp"
#include "pdf/font_program_cache.hpp"
#include "pdf/hpdf_document.hpp"

namespace gongwen::detail {

class Font;

class CidFonts {
 public:
  // `cache` (may be null) holds finished programs across documents of one Engine.
  CidFonts(HpdfDocument& doc, FontProgramCache* cache) : doc_(doc), cache_(cache) {}
  // Records a glyph as used; `text` (if not empty) is what it stands for in ToUnicode.
  // `half`: drawn as a mark compressed to half an em (a second font resource over the
  // same program, whose /W gives it half its width, so its box ends where the next
  // glyph starts and text extraction keeps the order).
  void use(const Font* font, std::uint32_t gid, const std::u32string& text, bool half = false);
  // Writes every used font's objects. False with `error` set on failure.
  bool write(std::string& error);
  // After write(): the resource name ("F1") and the Type0 font dict of `font`.
  const std::string& resource(const Font* font, bool half = false) const {
    return half ? fonts_.at(font).half_resource : fonts_.at(font).resource;
  }
  HPDF_Dict dict(const Font* font, bool half = false) const {
    return half ? fonts_.at(font).half_type0 : fonts_.at(font).type0;
  }
  bool has_half(const Font* font) const { return !fonts_.at(font).half_glyphs.empty(); }
  // After write(): the CID a shaped glyph id is drawn with (its id in the subset).
  std::uint32_t cid(const Font* font, std::uint32_t gid) const {
    return fonts_.at(font).cid.at(gid);
  }
  // The glyph's width in 1/1000 em, exactly as written in /W.
  int width(const Font* font, std::uint32_t gid, bool half = false) const;

 private:
  struct Used {
    std::string resource;
    std::map<std::uint32_t, std::u32string> glyphs;  // gid → text (ordered: deterministic)
    std::map<std::uint32_t, std::u32string> half_glyphs;
    HPDF_Dict type0 = nullptr;
    std::string half_resource;
    HPDF_Dict half_type0 = nullptr;
    std::map<std::uint32_t, std::uint32_t> cid;  // shaped glyph id → CID in the subset
    std::shared_ptr<const FinishedProgram> program;  // holds /W's text until the save
    std::string half_widths;                          // /W of the half-width resource
    BorrowedStream file_bytes;                        // the FontFile2/3 stream's bytes
  };
  bool write_one(const Font* font, Used& used, const FinishedProgram& program);
  HPDF_Dict type0_font(const std::string& base, HPDF_Dict descriptor, const std::string& widths,
                       std::span<const std::uint8_t> tounicode_deflated, bool cff);
  std::string widths_array(const Font* font, const Used& used,
                           const std::map<std::uint32_t, std::u32string>& by_gid, bool half) const;
  std::vector<std::uint8_t> tounicode_stream(
      const Used& used, const std::map<std::uint32_t, std::u32string>& by_gid) const;

  HpdfDocument& doc_;
  FontProgramCache* cache_;
  std::map<const Font*, Used> fonts_;
  std::vector<const Font*> order_;  // first use order: F1, F2, … stable across runs
};

}  // namespace gongwen::detail
