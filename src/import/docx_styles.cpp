#include "import/docx_styles.hpp"

#include <pugixml.hpp>

#include <cstring>

namespace gongwen::detail {
namespace {

// A basedOn chain longer than this is a cycle or hostile input: the search stops there.
// Word itself refuses chains deeper than a few levels in practice.
constexpr int kMaxStyleDepth = 32;

int val_or_unset(const pugi::xml_node& n) {
  return n ? n.attribute("w:val").as_int(-1) : -1;
}

}  // namespace

void DocxStyles::load(const pugi::xml_node& styles) {
  for (pugi::xml_node s : styles.children("w:style")) {
    if (std::strcmp(s.attribute("w:type").as_string(), "paragraph") != 0) continue;
    std::string id = s.attribute("w:styleId").as_string();
    Style& st = paragraph_styles_[id];
    st.based_on = s.child("w:basedOn").attribute("w:val").as_string();
    pugi::xml_node num = s.child("w:pPr").child("w:numPr");
    st.num_id = val_or_unset(num.child("w:numId"));
    st.ilvl = val_or_unset(num.child("w:ilvl"));
    if (s.attribute("w:default").as_bool()) default_style_ = id;
  }
}

NumPr DocxStyles::effective(const pugi::xml_node& ppr) const {
  pugi::xml_node own = ppr.child("w:numPr");
  int num_id = val_or_unset(own.child("w:numId"));
  int ilvl = val_or_unset(own.child("w:ilvl"));
  pugi::xml_node pstyle = ppr.child("w:pStyle");
  std::string id = pstyle ? pstyle.attribute("w:val").as_string() : default_style_;
  for (int depth = 0; depth < kMaxStyleDepth && (num_id < 0 || ilvl < 0); ++depth) {
    auto s = paragraph_styles_.find(id);
    if (s == paragraph_styles_.end()) break;
    if (num_id < 0) num_id = s->second.num_id;
    if (ilvl < 0) ilvl = s->second.ilvl;
    id = s->second.based_on;
  }
  return {num_id < 0 ? 0 : num_id, ilvl < 0 ? 0 : ilvl};
}

}  // namespace gongwen::detail
