#include "pdf/cid_font.hpp"

#include <hpdf_objects.h>

#include <fmt/format.h>

#include <algorithm>

#include "common/utf8.hpp"
#include "pdf/deflate.hpp"
#include "pdf/deflate.hpp"
#include "pdf/flate_stream.hpp"
#include "pdf/pdf_number.hpp"
#include "text/font.hpp"
#include "text/subset.hpp"

namespace gongwen::detail {

namespace {

// A subset's tag (six capitals, PDF 32000 §9.6.4) derived from the glyph set, so the
// same document always gets the same names.
std::string subset_tag(const std::map<std::uint32_t, std::u32string>& glyphs) {
  std::uint64_t h = 1469598103934665603ull;
  for (const auto& [gid, text] : glyphs) {
    h ^= gid;
    h *= 1099511628211ull;
  }
  std::string tag;
  for (int i = 0; i < 6; ++i) {
    tag += static_cast<char>('A' + h % 26);
    h /= 26;
  }
  return tag;
}

void append_utf16be_hex(std::string& out, const std::u32string& text) {
  for (char16_t u : to_utf16(text)) out += fmt::format("{:04X}", static_cast<unsigned>(u));
}

std::string to_unicode_cmap(const std::map<std::uint32_t, std::u32string>& glyphs) {
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<std::pair<std::uint32_t, const std::u32string*>> entries;
  for (const auto& [gid, text] : glyphs) {
    if (!text.empty()) entries.emplace_back(gid, &text);
  }
  for (std::size_t i = 0; i < entries.size(); i += 100) {  // at most 100 per block
    std::size_t n = std::min<std::size_t>(100, entries.size() - i);
    cmap += fmt::format("{} beginbfchar\n", n);
    for (std::size_t k = i; k < i + n; ++k) {
      cmap += fmt::format("<{:04X}> <", entries[k].first);
      append_utf16be_hex(cmap, *entries[k].second);
      cmap += ">\n";
    }
    cmap += "endbfchar\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return cmap;
}

// The subset program, deflated: everything that depends only on the font and the glyph set.
bool finish_program(const Font& font, std::span<const std::uint32_t> gids, FinishedProgram& out,
                    std::string& error) {
  FontProgram program;
  if (!subset_font(font, gids, program, error)) return false;
  if (!zlib_deflate(program.bytes, kDeflateLevel, out.deflated)) {
    error = "out of memory while compressing the subset of " + font.path();
    return false;
  }
  out.kind = program.kind;
  out.raw_size = program.bytes.size();
  out.cid = std::move(program.cid);
  return true;
}

// HPDF_Dict_OnWriteFunc of a CIDFont: its /W entry, after the dictionary's own keys.
HPDF_STATUS write_widths(HPDF_Dict dict, HPDF_Stream out) {
  const auto* widths = static_cast<const std::string*>(dict->attr);
  HPDF_STATUS st = HPDF_Stream_WriteStr(out, "/W ");
  if (st == HPDF_OK) {
    st = HPDF_Stream_Write(out, reinterpret_cast<const HPDF_BYTE*>(widths->data()),
                           static_cast<HPDF_UINT>(widths->size()));
  }
  return st == HPDF_OK ? HPDF_Stream_WriteStr(out, "\012") : st;
}

}  // namespace

void CidFonts::use(const Font* font, std::uint32_t gid, const std::u32string& text, bool half) {
  auto [it, inserted] = fonts_.try_emplace(font);
  if (inserted) {
    it->second.resource = fmt::format("F{}", fonts_.size());
    it->second.half_resource = it->second.resource + "h";
    order_.push_back(font);
  }
  auto record = [&](std::map<std::uint32_t, std::u32string>& glyphs) {
    auto [g, new_glyph] = glyphs.try_emplace(gid, text);
    if (!new_glyph && g->second.empty() && !text.empty()) g->second = text;
  };
  record(it->second.glyphs);  // the program holds every glyph drawn either way
  if (half) record(it->second.half_glyphs);
}

int CidFonts::width(const Font* font, std::uint32_t gid, bool half) const {
  // Whole 1/1000 em, as written in /W; text placement compensates the rounding in TJ.
  long long a = font->advance(gid);
  long long upem = font->units_per_em();
  int w = static_cast<int>((a * 1000 + upem / 2) / upem);
  return half ? w / 2 : w;
}

// /W (ISO 32000-1 §9.7.4.3) as text, keyed by CID: consecutive CIDs share one
// "first [w1 w2 …]" entry. Written by the CIDFont dictionary's write hook, so no libharu
// object is made per number, and kept in the cache with the program.
std::string CidFonts::widths_array(const Font* font, const Used& used,
                                   const std::map<std::uint32_t, std::u32string>& by_gid,
                                   bool half) const {
  std::vector<std::pair<std::uint32_t, int>> by_cid;
  by_cid.reserve(by_gid.size());
  for (const auto& [gid, text] : by_gid) by_cid.emplace_back(used.cid.at(gid), width(font, gid, half));
  std::sort(by_cid.begin(), by_cid.end());
  std::string w = "[";
  for (std::size_t i = 0; i < by_cid.size(); ++i) {
    if (i == 0 || by_cid[i].first != by_cid[i - 1].first + 1) {
      if (i > 0) w += "] ";
      w += fmt::format("{} [", by_cid[i].first);
    } else {
      w += ' ';
    }
    w += fmt::format("{}", by_cid[i].second);
  }
  if (!by_cid.empty()) w += ']';
  return w + ']';
}

// The ToUnicode CMap of `by_gid` under the subset's CIDs, deflated.
std::vector<std::uint8_t> CidFonts::tounicode_stream(
    const Used& used, const std::map<std::uint32_t, std::u32string>& by_gid) const {
  std::map<std::uint32_t, std::u32string> by_cid;
  for (const auto& [gid, text] : by_gid) by_cid[used.cid.at(gid)] = text;
  const std::string cmap = to_unicode_cmap(by_cid);
  std::vector<std::uint8_t> deflated;
  if (!zlib_deflate({reinterpret_cast<const std::uint8_t*>(cmap.data()), cmap.size()},
                    kDeflateLevel, deflated)) {
    deflated.clear();  // new_flate_stream then fails the render cleanly below
  }
  return deflated;
}

bool CidFonts::write(std::string& error) {
  for (const Font* font : order_) {
    Used& used = fonts_.at(font);
    std::vector<std::uint32_t> gids;
    gids.reserve(used.glyphs.size());
    for (const auto& [gid, text] : used.glyphs) gids.push_back(gid);
    used.program = cache_ ? cache_->find(font, gids) : nullptr;
    if (used.program) {
      std::size_t i = 0;
      for (std::uint32_t gid : gids) used.cid[gid] = used.program->cid[i++];
    } else {
      auto made = std::make_shared<FinishedProgram>();
      if (!finish_program(*font, gids, *made, error)) return false;
      std::size_t i = 0;
      for (std::uint32_t gid : gids) used.cid[gid] = made->cid[i++];
      // What else follows from the glyph set (and, for ToUnicode, the glyphs' text).
      made->widths = widths_array(font, used, used.glyphs, false);
      made->text.assign(used.glyphs.begin(), used.glyphs.end());
      made->tounicode = tounicode_stream(used, used.glyphs);
      used.program = made;
      if (cache_) cache_->insert(font, std::move(gids), used.program);
    }
    if (!write_one(font, used, *used.program)) {
      error = doc_.error();
      return false;
    }
  }
  return true;
}

bool CidFonts::write_one(const Font* font, Used& used, const FinishedProgram& program) {
  HPDF_Doc pdf = doc_.get();
  HPDF_MMgr mmgr = pdf->mmgr;

  const std::string base = subset_tag(used.glyphs) + "+" + font->postscript_name();
  const double em = 1000.0 / font->units_per_em();
  auto scaled = [&](int v) { return static_cast<HPDF_INT32>(v * em + (v >= 0 ? 0.5 : -0.5)); };

  // Font program.
  used.file_bytes.bytes = program.deflated;  // held by used.program until the save
  HPDF_Dict file = new_borrowed_flate_stream(doc_, used.file_bytes, "a font program");
  if (!file) return false;
  if (program.kind == FontProgram::Kind::cff) {
    doc_.ok(HPDF_Dict_AddName(file, "Subtype", "CIDFontType0C"), "FontFile3");
  } else {
    doc_.ok(HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(program.raw_size)),
            "FontFile2");
  }

  // Descriptor: Ascent/Descent are the em box the layout centres in each line.
  HPDF_Dict desc = doc_.check(HPDF_Dict_New(mmgr), "FontDescriptor");
  if (!desc || !doc_.ok(HPDF_Xref_Add(pdf->xref, desc), "FontDescriptor")) return false;
  doc_.ok(HPDF_Dict_AddName(desc, "Type", "FontDescriptor"), "FontDescriptor");
  doc_.ok(HPDF_Dict_AddName(desc, "FontName", base.c_str()), "FontDescriptor");
  doc_.ok(HPDF_Dict_AddNumber(desc, "Flags", 4), "FontDescriptor");  // symbolic
  HPDF_Array bbox = doc_.check(HPDF_Array_New(mmgr), "FontBBox");
  if (!bbox) return false;
  for (int v : font->bbox()) doc_.ok(HPDF_Array_AddNumber(bbox, scaled(v)), "FontBBox");
  doc_.ok(HPDF_Dict_Add(desc, "FontBBox", bbox), "FontDescriptor");
  doc_.ok(HPDF_Dict_AddNumber(desc, "ItalicAngle", 0), "FontDescriptor");
  doc_.ok(HPDF_Dict_AddNumber(desc, "Ascent", scaled(font->em_ascender())), "FontDescriptor");
  doc_.ok(HPDF_Dict_AddNumber(desc, "Descent", scaled(font->em_descender())), "FontDescriptor");
  doc_.ok(HPDF_Dict_AddNumber(desc, "CapHeight", scaled(font->cap_height())), "FontDescriptor");
  doc_.ok(HPDF_Dict_AddNumber(desc, "StemV", 80), "FontDescriptor");
  doc_.ok(
      HPDF_Dict_Add(desc, program.kind == FontProgram::Kind::cff ? "FontFile3" : "FontFile2", file),
      "FontDescriptor");

  const bool cff = program.kind == FontProgram::Kind::cff;
  // The cached ToUnicode serves when every glyph stands for the same text as when it was
  // made (a glyph's text comes from the document's clusters, not from the font).
  const bool same_text = std::equal(
      used.glyphs.begin(), used.glyphs.end(), program.text.begin(), program.text.end(),
      [](const auto& a, const auto& b) { return a.first == b.first && a.second == b.second; });
  used.type0 = type0_font(base, desc, program.widths,
                          same_text ? program.tounicode : tounicode_stream(used, used.glyphs), cff);
  if (used.type0 && !used.half_glyphs.empty()) {
    used.half_widths = widths_array(font, used, used.half_glyphs, true);
    used.half_type0 = type0_font(base, desc, used.half_widths,
                                 tounicode_stream(used, used.half_glyphs), cff);
  }
  return !doc_.failed() && used.type0;
}

HPDF_Dict CidFonts::type0_font(const std::string& base, HPDF_Dict desc,
                               const std::string& widths,
                               std::span<const std::uint8_t> tounicode_deflated, bool cff) {
  HPDF_Doc pdf = doc_.get();
  HPDF_MMgr mmgr = pdf->mmgr;
  // CIDFont with /W from our advances.
  HPDF_Dict cid = doc_.check(HPDF_Dict_New(mmgr), "CIDFont");
  if (!cid || !doc_.ok(HPDF_Xref_Add(pdf->xref, cid), "CIDFont")) return nullptr;
  doc_.ok(HPDF_Dict_AddName(cid, "Type", "Font"), "CIDFont");
  doc_.ok(HPDF_Dict_AddName(cid, "Subtype", cff ? "CIDFontType0" : "CIDFontType2"), "CIDFont");
  doc_.ok(HPDF_Dict_AddName(cid, "BaseFont", base.c_str()), "CIDFont");
  HPDF_Dict info = doc_.check(HPDF_Dict_New(mmgr), "CIDSystemInfo");
  if (!info) return nullptr;
  doc_.ok(HPDF_Dict_Add(info, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr)),
          "CIDSystemInfo");
  doc_.ok(HPDF_Dict_Add(info, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr)),
          "CIDSystemInfo");
  doc_.ok(HPDF_Dict_AddNumber(info, "Supplement", 0), "CIDSystemInfo");
  doc_.ok(HPDF_Dict_Add(cid, "CIDSystemInfo", info), "CIDFont");
  doc_.ok(HPDF_Dict_Add(cid, "FontDescriptor", desc), "CIDFont");
  if (!cff) doc_.ok(HPDF_Dict_AddName(cid, "CIDToGIDMap", "Identity"), "CIDFont");
  // /W is written by the dictionary's hook from `widths`, which outlives the save (it is
  // held by Used: the cached program's or half_widths).
  cid->attr = const_cast<std::string*>(&widths);
  cid->write_fn = &write_widths;

  HPDF_Dict tounicode = new_flate_stream(doc_, tounicode_deflated, "ToUnicode");
  if (!tounicode || tounicode_deflated.empty()) {
    doc_.fail("ToUnicode");
    return nullptr;
  }

  HPDF_Dict type0 = doc_.check(HPDF_Dict_New(mmgr), "Type0 font");
  if (!type0 || !doc_.ok(HPDF_Xref_Add(pdf->xref, type0), "Type0 font")) return nullptr;
  doc_.ok(HPDF_Dict_AddName(type0, "Type", "Font"), "Type0 font");
  doc_.ok(HPDF_Dict_AddName(type0, "Subtype", "Type0"), "Type0 font");
  doc_.ok(HPDF_Dict_AddName(type0, "BaseFont", base.c_str()), "Type0 font");
  doc_.ok(HPDF_Dict_AddName(type0, "Encoding", "Identity-H"), "Type0 font");
  HPDF_Array descendants = doc_.check(HPDF_Array_New(mmgr), "DescendantFonts");
  if (!descendants) return nullptr;
  doc_.ok(HPDF_Array_Add(descendants, cid), "DescendantFonts");
  doc_.ok(HPDF_Dict_Add(type0, "DescendantFonts", descendants), "Type0 font");
  doc_.ok(HPDF_Dict_Add(type0, "ToUnicode", tounicode), "Type0 font");
  return doc_.failed() ? nullptr : type0;
}

}  // namespace gongwen::detail
