// The HarfBuzz objects behind a Font, for the text stage's own files only (the shaper and
// the subsetter). Other stages see Font's plain accessors and never a HarfBuzz type, so the
// contract between stages stays plain data.
#pragma once

#include "text/font.hpp"

namespace gongwen::detail {

struct FontHandles {
  static hb_face_t* face(const Font& f) { return f.face_; }
  static hb_font_t* font(const Font& f) { return f.font_; }
  // The face to subset from. hb_subset_preprocess makes later subsets ~10× faster but costs
  // ~0.2 s and ~50 MB for a large CJK font, which a one-document CLI run would never win
  // back; so it is opt-in (EngineOptions::fast_subsetting) and then done once (thread-safe)
  // when the font is subset the third time, i.e. in a batch or a long-running service.
  static hb_face_t* subset_face(const Font& f) { return f.subset_face(); }
};

}  // namespace gongwen::detail
