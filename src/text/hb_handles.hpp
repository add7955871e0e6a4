// The HarfBuzz objects behind a Font, for the text stage's own files only (the shaper and
// the subsetter). Other stages see Font's plain accessors and never a HarfBuzz type, so the
// contract between stages stays plain data.
#pragma once

#include "text/font.hpp"

namespace gongwen::detail {

struct FontHandles {
  static hb_face_t* face(const Font& f) { return f.face_; }
  static hb_font_t* font(const Font& f) { return f.font_; }
  // The face to subset from. hb_subset_preprocess makes later subsets of a Fandol font
  // ~1.7× faster but costs ~0.25 s and ~150 MB for it (measured), which only a long-running
  // service rendering many distinct documents wins back; so it is opt-in
  // (EngineOptions::fast_subsetting) and then done once per font (thread-safe, one copy
  // for every thread of the engine) when that font is subset the 100th time.
  static hb_face_t* subset_face(const Font& f) { return f.subset_face(); }
};

}  // namespace gongwen::detail
