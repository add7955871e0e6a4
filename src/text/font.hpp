// One font face, loaded once and shared read-only between threads: the file is
// memory-mapped, HarfBuzz shapes it with its own (thread-safe) OpenType functions, and
// FreeType is used only while loading, to validate the face and read its metrics
// (an FT_Face is never kept, so none is ever shared between threads).
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <atomic>
#include <mutex>
#include <span>
#include <string>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace gongwen::detail {

class MappedFile;

class Font {
 public:
  // Opens face `index` of an OpenType/TrueType file (.otf .ttf .ttc .otc). On failure
  // returns nullptr and sets `error` to a sentence for the user.
  static std::unique_ptr<Font> open(const std::string& path, unsigned index, std::string& error);
  // The first face of a collection (.ttc/.otc) whose family name ends in " " + `suffix`
  // (Noto CJK: "Noto Serif CJK SC"); 0 when none does, the file is no collection or cannot
  // be read (then opening face 0 reports the problem).
  static unsigned collection_face(const std::string& path, const std::string& suffix);
  ~Font();
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  const std::string& path() const { return path_; }
  unsigned face_index() const { return index_; }
  const std::string& postscript_name() const { return ps_name_; }
  const std::string& family_name() const { return family_; }
  bool is_cff() const { return cff_; }  // CFF outlines (else TrueType glyf)
  int units_per_em() const { return upem_; }
  // The em box per the spec: OS/2 typo ascender/descender when they add up to one em,
  // else 0.88/-0.12 em. Font units; descender is negative.
  int em_ascender() const { return em_ascender_; }
  int em_descender() const { return em_descender_; }
  // For the PDF font descriptor (font units).
  std::array<int, 4> bbox() const { return bbox_; }
  int cap_height() const { return cap_height_; }
  int ascender() const { return ascender_; }
  int descender() const { return descender_; }

  std::uint32_t glyph_for(char32_t cp) const;  // 0 when the cmap has none
  int advance(std::uint32_t gid) const;        // horizontal advance, font units
  unsigned glyph_count() const { return glyph_count_; }

  // Subsetting may use a preprocessed face (see FontHandles::subset_face): opt-in per font.
  void allow_preprocessing(bool allow) { preprocess_allowed_.store(allow); }
  std::span<const std::uint8_t> data() const;

 private:
  // HarfBuzz objects stay inside the text stage: only FontHandles (text/hb_handles.hpp,
  // included by the shaper and the subsetter) hands them out.
  friend struct FontHandles;
  hb_face_t* subset_face() const;
  Font() = default;
  std::string path_;
  unsigned index_ = 0;
  std::string ps_name_, family_;
  bool cff_ = false;
  int upem_ = 1000;
  int em_ascender_ = 880, em_descender_ = -120;
  int ascender_ = 880, descender_ = -120, cap_height_ = 700;
  std::array<int, 4> bbox_{0, -120, 1000, 880};
  unsigned glyph_count_ = 0;
  std::unique_ptr<MappedFile> file_;
  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  mutable std::once_flag subset_once_;
  mutable std::atomic<hb_face_t*> subset_face_{nullptr};
  mutable std::atomic<int> subset_uses_{0};
  std::atomic<bool> preprocess_allowed_{false};
};

}  // namespace gongwen::detail
