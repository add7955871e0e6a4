#include "text/font.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H
#include <hb-ot.h>
#include <hb.h>
#include <hb-subset.h>

#include <fmt/format.h>
#include <malloc.h>

#include <limits>

#include "common/mapped_file.hpp"
#include "text/ft_library.hpp"

namespace gongwen::detail {

namespace {

struct FtFace {
  FT_Face face = nullptr;
  ~FtFace() {
    if (face) FT_Done_Face(face);
  }
};

// Only [A-Za-z0-9-] survive, so the name is a valid PDF name and BaseFont.
std::string pdf_safe(const char* name, unsigned index) {
  std::string out;
  for (const char* p = name ? name : ""; *p; ++p) {
    char c = *p;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
      out += c;
    }
  }
  if (out.empty()) out = fmt::format("Face{}", index);
  return out;
}

bool has_sfnt_table(FT_Face face, FT_ULong tag) {
  FT_ULong length = 0;
  return FT_Load_Sfnt_Table(face, tag, 0, nullptr, &length) == 0 && length > 0;
}

struct HbBlobDeleter {
  void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
};
struct HbFaceDeleter {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};

std::string family_name_of(hb_face_t* face) {
  char buf[256];
  unsigned len = sizeof buf;
  // Name ID 16 (typographic family) when present, else 1; English, as fontconfig lists it.
  for (hb_ot_name_id_t id : {HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY, HB_OT_NAME_ID_FONT_FAMILY}) {
    len = sizeof buf;
    if (hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &len, buf) > 0) {
      return std::string(buf, len);
    }
  }
  return {};
}

}  // namespace

unsigned Font::collection_face(const std::string& path, const std::string& suffix) {
  std::string error;
  std::unique_ptr<MappedFile> file = MappedFile::open(path, error);
  if (!file || file->size() > std::numeric_limits<unsigned>::max()) return 0;
  std::unique_ptr<hb_blob_t, HbBlobDeleter> blob(
      hb_blob_create(reinterpret_cast<const char*>(file->data()),
                     static_cast<unsigned>(file->size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  const unsigned faces = hb_face_count(blob.get());
  const std::string ending = " " + suffix;
  for (unsigned i = 0; faces > 1 && i < faces; ++i) {
    std::unique_ptr<hb_face_t, HbFaceDeleter> face(hb_face_create(blob.get(), i));
    const std::string name = family_name_of(face.get());
    if (name.size() >= ending.size() &&
        name.compare(name.size() - ending.size(), ending.size(), ending) == 0) {
      return i;
    }
  }
  return 0;
}

std::unique_ptr<Font> Font::open(const std::string& path, unsigned index, std::string& error) {
  std::unique_ptr<MappedFile> file = MappedFile::open(path, error);
  if (!file) return nullptr;

  // FreeType validates the face and gives names and metrics; the face is closed again
  // before this returns, so no FT_Face outlives loading or is shared between threads.
  FtLibrary ft;
  if (FT_Init_FreeType(&ft.lib) != 0) {
    error = "FreeType could not start";
    return nullptr;
  }
  FtFace probe;
  if (FT_New_Memory_Face(ft.lib, file->data(), static_cast<FT_Long>(file->size()), -1,
                         &probe.face) != 0) {
    error = fmt::format("{} is not a font FreeType can read", path);
    return nullptr;
  }
  const FT_Long faces = probe.face->num_faces;
  if (static_cast<FT_Long>(index) >= faces) {
    error = fmt::format("{} has {} face{}; face {} does not exist", path, faces,
                        faces == 1 ? "" : "s", index);
    return nullptr;
  }
  FtFace face;
  if (FT_New_Memory_Face(ft.lib, file->data(), static_cast<FT_Long>(file->size()),
                         static_cast<FT_Long>(index), &face.face) != 0) {
    error = fmt::format("face {} of {} cannot be read", index, path);
    return nullptr;
  }
  if (!FT_IS_SCALABLE(face.face) || !FT_IS_SFNT(face.face)) {
    error = fmt::format("{} is not an OpenType/TrueType font with outlines", path);
    return nullptr;
  }

  std::unique_ptr<Font> f(new Font());
  f->path_ = path;
  f->index_ = index;
  f->ps_name_ = pdf_safe(FT_Get_Postscript_Name(face.face), index);
  f->family_ = face.face->family_name ? face.face->family_name : f->ps_name_;
  f->upem_ = face.face->units_per_EM > 0 ? face.face->units_per_EM : 1000;
  f->bbox_ = {static_cast<int>(face.face->bbox.xMin), static_cast<int>(face.face->bbox.yMin),
              static_cast<int>(face.face->bbox.xMax), static_cast<int>(face.face->bbox.yMax)};
  f->ascender_ = face.face->ascender;
  f->descender_ = face.face->descender;
  f->cap_height_ = f->ascender_;
  // GB/T 9704 grid [gongwen]: the em box is the OS/2 typo ascender/descender when they
  // span exactly one em, else 0.88/−0.12 em.
  f->em_ascender_ = f->upem_ * 88 / 100;
  f->em_descender_ = f->em_ascender_ - f->upem_;
  if (auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(face.face, FT_SFNT_OS2))) {
    if (os2->sTypoAscender - os2->sTypoDescender == f->upem_ && os2->sTypoAscender > 0) {
      f->em_ascender_ = os2->sTypoAscender;
      f->em_descender_ = os2->sTypoDescender;
    }
    if (os2->version >= 2 && os2->sCapHeight > 0) f->cap_height_ = os2->sCapHeight;
  }
  if (face.face->num_glyphs <= 0) {
    error = fmt::format("face {} of {} has no glyphs", index, path);
    return nullptr;
  }
  f->glyph_count_ = static_cast<unsigned>(face.face->num_glyphs);
  // The outline format from FreeType's table directory (an error here means "no such
  // table"), not from HarfBuzz, whose table lookup gives an empty blob both for a missing
  // table and for a failed allocation, which would silently embed a CFF font as TrueType.
  f->cff_ = has_sfnt_table(face.face, TTAG_CFF) || has_sfnt_table(face.face, TTAG_CFF2);

  // HarfBuzz takes the length as unsigned int: a larger file would be silently cut.
  if (file->size() > std::numeric_limits<unsigned>::max()) {
    error = fmt::format("{} is larger than HarfBuzz can read (4 GiB)", path);
    return nullptr;
  }
  f->file_ = std::move(file);
  // HarfBuzz's constructors never return null: on a failed allocation they return their
  // inert empty object, which is what is checked. (A face HarfBuzz cannot parse is a face
  // of its own with no glyphs: checked next.)
  auto out_of_memory = [&] {
    error = fmt::format("out of memory while loading face {} of {}", index, path);
    return nullptr;
  };
  f->blob_ = hb_blob_create(reinterpret_cast<const char*>(f->file_->data()),
                            static_cast<unsigned>(f->file_->size()), HB_MEMORY_MODE_READONLY,
                            nullptr, nullptr);
  if (f->blob_ == hb_blob_get_empty()) return out_of_memory();
  f->face_ = hb_face_create(f->blob_, index);
  if (f->face_ == hb_face_get_empty()) return out_of_memory();
  if (hb_face_get_glyph_count(f->face_) == 0) {
    error = fmt::format("face {} of {} has no glyphs HarfBuzz can read", index, path);
    return nullptr;
  }
  hb_face_make_immutable(f->face_);
  // HarfBuzz's own OpenType functions (the default): immutable and thread-safe once made.
  f->font_ = hb_font_create(f->face_);
  if (f->font_ == hb_font_get_empty()) return out_of_memory();
  hb_font_make_immutable(f->font_);
  return f;
}

hb_face_t* Font::subset_face() const {
  // Measured on FandolFang (seed 002's 557 glyphs, CPU): hb_subset_preprocess costs 253 ms
  // and ~150 MB resident once; a subset then takes 3.2 ms instead of 5.5 ms (desubroutinized,
  // only the CFF kept: see subset.cpp). It pays after ~110 subsets of the font, and only
  // misses of the font program cache subset at all, so it waits for the 100th.
  constexpr int kPreprocessAfter = 100;
  if (preprocess_allowed_.load() && subset_uses_.fetch_add(1) >= kPreprocessAfter) {
    std::call_once(subset_once_, [this] {
      hb_face_t* pre = hb_subset_preprocess(face_);
      if (pre && hb_face_get_glyph_count(pre) == 0) {
        hb_face_destroy(pre);
        pre = nullptr;
      }
      subset_face_.store(pre);
      // Preprocessing frees most of what it allocates, but glibc keeps freed memory in
      // its heaps: a -j 2 batch held 312 MB with 37 MB in use (issue 13, measured with
      // mallinfo2). Give it back to the system, once per font. It also read the whole
      // font file; later renders read only the shaping tables (the preprocessed face
      // holds its own copy of the rest), so let those pages go from the resident set.
      malloc_trim(0);
      if (pre) file_->release_resident_pages();
    });
  }
  hb_face_t* pre = subset_face_.load();
  return pre ? pre : face_;
}

Font::~Font() {
  if (hb_face_t* pre = subset_face_.load()) hb_face_destroy(pre);
  if (font_) hb_font_destroy(font_);
  if (face_) hb_face_destroy(face_);
  if (blob_) hb_blob_destroy(blob_);
}

std::uint32_t Font::glyph_for(char32_t cp) const {
  hb_codepoint_t g = 0;
  return hb_font_get_nominal_glyph(font_, static_cast<hb_codepoint_t>(cp), &g) ? g : 0;
}

int Font::advance(std::uint32_t gid) const { return hb_font_get_glyph_h_advance(font_, gid); }

std::span<const std::uint8_t> Font::data() const { return {file_->data(), file_->size()}; }

}  // namespace gongwen::detail
