#include "pdf/pdf_writer.hpp"

#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include <fmt/format.h>

#include <map>
#include <memory>

#include "common/utf8.hpp"
#include "pdf/cid_font.hpp"
#include "pdf/flate_stream.hpp"
#include "pdf/hpdf_document.hpp"
#include "pdf/pdf_number.hpp"

namespace gongwen::detail {

namespace {

double pt(Length v) { return to_pt(v); }

std::string color_operator(const Color& c, bool fill) {
  std::string s;
  switch (c.space) {
    case Color::Space::gray:
      s = number(c.c[0]) + (fill ? " g" : " G");
      break;
    case Color::Space::rgb:
      s = fmt::format("{} {} {} {}", number(c.c[0]), number(c.c[1]), number(c.c[2]),
                      fill ? "rg" : "RG");
      break;
    case Color::Space::cmyk:
      s = fmt::format("{} {} {} {} {}", number(c.c[0]), number(c.c[1]), number(c.c[2]),
                      number(c.c[3]), fill ? "k" : "K");
      break;
  }
  return s;
}

// PDF text strings for the Info dictionary: UTF-16BE with a byte order mark (PDF 32000
// §7.9.2.2). libharu's HPDF_SetInfoAttr would write the UTF-8 bytes as PDFDocEncoding,
// which viewers show as mojibake. Invalid UTF-8 ends the string (it comes from our model,
// which is already validated).
std::vector<HPDF_BYTE> utf16be(const std::string& utf8) {
  std::u32string text;
  from_utf8(utf8, text);
  std::vector<HPDF_BYTE> out{0xFE, 0xFF};
  for (char16_t u : to_utf16(text)) {
    out.push_back(static_cast<HPDF_BYTE>(u >> 8));
    out.push_back(static_cast<HPDF_BYTE>(u & 0xFF));
  }
  return out;
}

class Writer {
 public:
  Writer(const PageSet& set, Diagnostics& diags, FontProgramCache* cache)
      : set_(set), diags_(diags), fonts_(doc_, cache) {}

  bool run(std::vector<std::uint8_t>& out) {
    if (!doc_) return fail("libharu could not create a document");
    HPDF_Doc pdf = doc_.get();
    doc_.ok(HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL), "compression");
    write_metadata();
    // §: print at 100 % ("fit to page" would shrink the millimetres) and duplex, long edge.
    doc_.ok(HPDF_SetViewerPreference(pdf, HPDF_PRINT_SCALING_NONE), "viewer preferences");
    if (auto* vp = static_cast<HPDF_Dict>(
            HPDF_Dict_GetItem(pdf->catalog, "ViewerPreferences", HPDF_OCLASS_DICT))) {
      doc_.ok(HPDF_Dict_AddName(vp, "Duplex", "DuplexFlipLongEdge"), "viewer preferences");
    }
    for (const Page& page : set_.pages) {
      for (const GlyphRun& run : page.runs) {
        for (const PlacedGlyph& g : run.glyphs) fonts_.use(run.font, g.gid, g.text, g.half);
      }
    }
    std::string error;
    if (!fonts_.write(error)) return fail(error);
    for (const Page& page : set_.pages) {
      if (!write_page(page)) return fail(doc_.error());
    }
    if (doc_.failed()) return fail(doc_.error());
    return save(out);
  }

 private:
  bool fail(const std::string& what) {
    // `what` comes from libharu's error handler or the font embedding, as it is.
    diags_.error_at(msg("GW-E-PDF", {{"what", what}}), {});
    return false;
  }

  void write_metadata() {
    HPDF_Doc pdf = doc_.get();
    const Metadata& m = set_.meta;
    // HPDF_SetInfoAttr creates the Info dictionary; every string is then (re)written as
    // UTF-16BE through the object layer (HPDF_Dict_Add replaces an existing key).
    doc_.ok(HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "gongwen"), "metadata");
    if (!pdf->info) return;
    const std::pair<const char*, const std::string*> fields[] = {{"Title", &m.title},
                                                                 {"Author", &m.author},
                                                                 {"Subject", &m.subject},
                                                                 {"Keywords", &m.keywords},
                                                                 {"Creator", &m.creator}};
    for (const auto& [key, value] : fields) {
      if (value->empty()) continue;
      std::vector<HPDF_BYTE> bytes = utf16be(*value);
      HPDF_Binary b =
          doc_.check(HPDF_Binary_New(pdf->mmgr, bytes.data(), static_cast<HPDF_UINT>(bytes.size())),
                     "metadata");
      if (b) doc_.ok(HPDF_Dict_Add(pdf->info, key, b), "metadata");
    }
  }

  // The decoded pixels (src/parse decoded them; libharu never parses an image file):
  // a DeviceRGB 8 bpc XObject, plus a DeviceGray SMask when the seal has transparency.
  // Both are deflated (HPDF_COMP_ALL includes HPDF_COMP_IMAGE). One XObject per decoded
  // image, so a seal used twice is embedded once.
  HPDF_Image image(const std::shared_ptr<const SealImage>& pixels) {
    if (!pixels || pixels->width <= 0 || pixels->height <= 0 ||
        pixels->rgb.size() != std::size_t(pixels->width) * std::size_t(pixels->height) * 3 ||
        (!pixels->alpha.empty() &&
         pixels->alpha.size() != std::size_t(pixels->width) * std::size_t(pixels->height))) {
      doc_.fail("a seal image without valid pixels");
      return nullptr;
    }
    auto it = images_.find(pixels.get());
    if (it != images_.end()) return it->second;
    const auto w = static_cast<HPDF_UINT>(pixels->width);
    const auto h = static_cast<HPDF_UINT>(pixels->height);
    HPDF_Image img = doc_.check(
        HPDF_LoadRawImageFromMem(doc_.get(), pixels->rgb.data(), w, h, HPDF_CS_DEVICE_RGB, 8),
        "a seal image");
    if (img && !pixels->alpha.empty()) {
      HPDF_Image mask = doc_.check(HPDF_LoadRawImageFromMem(doc_.get(), pixels->alpha.data(), w,
                                                            h, HPDF_CS_DEVICE_GRAY, 8),
                                   "a seal image's transparency");
      if (!mask || !doc_.ok(HPDF_Image_AddSMask(img, mask), "a seal image's transparency")) {
        img = nullptr;
      }
    }
    images_[pixels.get()] = img;
    return img;
  }

  bool write_page(const Page& page) {
    HPDF_Doc pdf = doc_.get();
    HPDF_Page p = doc_.check(HPDF_AddPage(pdf), "a page");
    if (!p) return false;
    const double height = pt(set_.height);
    doc_.ok(HPDF_Page_SetWidth(p, static_cast<HPDF_REAL>(pt(set_.width))), "page size");
    doc_.ok(HPDF_Page_SetHeight(p, static_cast<HPDF_REAL>(height)), "page size");

    // Rules first, text over them, seals last (multiplied over the text).
    // 横排: the frame's rules and runs under one quarter-turn cm, the page number after.
    const std::size_t turned_rects = page.turn ? page.turn->rects : 0;
    const std::size_t turned_runs = page.turn ? page.turn->runs : 0;
    std::string rules;
    for (std::size_t i = 0; i < page.rects.size(); ++i) {
      const Rect& r = page.rects[i];
      if (i == 0 && turned_rects > 0) rules += quarter_turn(*page.turn, height);
      rules += "q " + color_operator(r.color, true) + " " + number(pt(r.x)) + " " +
               number(height - pt(r.y + r.h)) + " " + number(pt(r.w)) + " " + number(pt(r.h)) +
               " re f Q\n";
      if (i + 1 == turned_rects) rules += "Q\n";
    }
    write_content(p, rules);
    add_font_resources(p, page);
    std::string text;
    for (std::size_t i = 0; i < page.runs.size(); ++i) {
      if (i == 0 && turned_runs > 0) text += quarter_turn(*page.turn, height);
      append_run(text, page.runs[i], height);
      if (i + 1 == turned_runs) text += "Q\n";
    }
    write_content(p, text);
    for (const Image& im : page.images) {
      HPDF_Image img = image(im.pixels);
      if (!img) return false;
      doc_.ok(HPDF_Page_GSave(p), "image");
      if (im.multiply) {
        if (!multiply_) {
          multiply_ = doc_.check(HPDF_CreateExtGState(pdf), "blend mode");
          if (multiply_)
            doc_.ok(HPDF_ExtGState_SetBlendMode(multiply_, HPDF_BM_MULTIPLY), "blend mode");
        }
        if (multiply_) doc_.ok(HPDF_Page_SetExtGState(p, multiply_), "blend mode");
      }
      doc_.ok(
          HPDF_Page_DrawImage(p, img, static_cast<HPDF_REAL>(pt(im.x)),
                              static_cast<HPDF_REAL>(height - pt(im.y + im.h)),
                              static_cast<HPDF_REAL>(pt(im.w)), static_cast<HPDF_REAL>(pt(im.h))),
          "image");
      doc_.ok(HPDF_Page_GRestore(p), "image");
    }
    deflate_content(p);
    return !doc_.failed();
  }

  // The page's content stream, deflated by us (libdeflate, as the fonts) instead of by
  // libharu's zlib at save. A page with nothing drawn (§7.5's blank page before a 版记)
  // keeps an empty stream without a filter: zero bytes are not a zlib stream (ISO 32000-1
  // §7.4.4) and Ghostscript stops with "error reading a stream" on them.
  void deflate_content(HPDF_Page p) {
    auto* attr = static_cast<HPDF_PageAttr>(p->attr);
    deflate_stream_in_place(doc_, attr->contents, "page content");
  }

  // q + the cm that maps the frame (drawn as if it were the page, PDF y up) onto the
  // sheet: x = origin_x + (H − y'), y = H − origin_y + x', a quarter turn counter-clockwise.
  static std::string quarter_turn(const QuarterTurn& t, double height) {
    return "q 0 1 -1 0 " + number(pt(t.origin_x) + height) + " " +
           number(height - pt(t.origin_y)) + " cm\n";
  }

  void write_content(HPDF_Page p, const std::string& ops) {
    if (ops.empty()) return;
    auto* attr = static_cast<HPDF_PageAttr>(p->attr);
    doc_.ok(HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(ops.data()),
                              static_cast<HPDF_UINT>(ops.size())),
            "page content");
  }

  void add_font_resources(HPDF_Page p, const Page& page) {
    auto* res =
        static_cast<HPDF_Dict>(HPDF_Page_GetInheritableItem(p, "Resources", HPDF_OCLASS_DICT));
    if (!res) {
      doc_.fail("page resources");
      return;
    }
    auto* fonts = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(res, "Font", HPDF_OCLASS_DICT));
    if (!fonts) {
      fonts = doc_.check(HPDF_Dict_New(doc_.get()->mmgr), "page fonts");
      if (!fonts || !doc_.ok(HPDF_Dict_Add(res, "Font", fonts), "page fonts")) return;
    }
    std::map<std::string, std::pair<const Font*, bool>> on_page;  // sorted: deterministic
    for (const GlyphRun& run : page.runs) {
      for (const PlacedGlyph& g : run.glyphs) {
        on_page[fonts_.resource(run.font, g.half)] = {run.font, g.half};
      }
    }
    for (const auto& [name, use] : on_page) {
      doc_.ok(HPDF_Dict_Add(fonts, name.c_str(), fonts_.dict(use.first, use.second)), "page fonts");
    }
  }

  // One text object per run: Tf, Tz (condensed marks), colour, Tm to the first glyph,
  // then TJ whose adjustments put every glyph exactly at its laid-out x. A compressed
  // mark switches to the font's half-width resource for itself.
  void append_run(std::string& s, const GlyphRun& run, double height) {
    if (run.glyphs.empty()) return;
    const double size = pt(run.size);
    const double th = run.hscale_permille / 1000.0;
    auto select_font = [&](bool half) {
      s += "/" + fonts_.resource(run.font, half) + " ";
      append_number(s, size);
      s += " Tf\n";
    };
    // q/Q: Tz and the fill colour are graphics state and would outlive ET otherwise.
    s += "q BT\n";
    bool half = run.glyphs.front().half;
    select_font(half);
    if (run.hscale_permille != 1000) {
      append_number(s, run.hscale_permille / 10.0);
      s += " Tz\n";
    }
    s += color_operator(run.color, true) + "\n1 0 0 1 ";
    append_number(s, pt(run.glyphs.front().x));
    s += " ";
    append_number(s, height - pt(run.baseline));
    s += " Tm\n[";
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      const PlacedGlyph& g = run.glyphs[i];
      if (g.half != half) {
        // Tf may change between TJ operators; the pen position carries over.
        half = g.half;
        s += "] TJ\n";
        select_font(half);
        s += "[";
      }
      s += fmt::format("<{:04X}>", fonts_.cid(run.font, g.gid));
      if (i + 1 < run.glyphs.size()) {
        const double w = fonts_.width(run.font, g.gid, g.half);
        const double dx = pt(run.glyphs[i + 1].x) - pt(g.x);
        const double adj = w - dx * 1000.0 / (size * th);
        if (adj > 0.0005 || adj < -0.0005) append_number(s, adj);
      }
    }
    s += "] TJ\nET Q\n";
  }

  bool save(std::vector<std::uint8_t>& out) {
    HPDF_Doc pdf = doc_.get();
    if (!doc_.ok(HPDF_SaveToStream(pdf), "saving")) return fail(doc_.error());
    HPDF_UINT32 size = HPDF_GetStreamSize(pdf);
    out.resize(size);
    HPDF_UINT32 done = 0;
    while (done < size) {
      HPDF_UINT32 len = size - done;
      HPDF_STATUS st = HPDF_ReadFromStream(pdf, out.data() + done, &len);
      done += len;
      if (st == HPDF_STREAM_EOF || len == 0) break;
      if (st != HPDF_OK) return fail("reading the PDF back from memory");
    }
    out.resize(done);
    if (done != size) return fail("reading the PDF back from memory");
    return true;
  }

  const PageSet& set_;
  Diagnostics& diags_;
  HpdfDocument doc_;
  CidFonts fonts_;
  std::map<const SealImage*, HPDF_Image> images_;  // lookup only, never iterated
  HPDF_ExtGState multiply_ = nullptr;
};

}  // namespace

bool write_pdf(const PageSet& pages, std::vector<std::uint8_t>& out, Diagnostics& diags,
               FontProgramCache* cache) {
  return Writer(pages, diags, cache).run(out);
}

}  // namespace gongwen::detail
