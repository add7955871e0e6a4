// Where pugixml's nodes and attributes came from in the source text, as byte offsets that
// the SourceMap turns into line:column for diagnostics.
#pragma once

#include <pugixml.hpp>

#include <cstdint>
#include <string_view>

#include "model/document.hpp"

namespace gongwen::detail {

class XmlSource {
 public:
  explicit XmlSource(std::string_view xml) : xml_(xml) {}

  std::string_view text() const { return xml_; }

  // pugixml parses a copy of the input in place; an element's name lies at its offset in
  // that copy, which gives the copy's start, and so the offsets of attribute values. Call
  // once with the document element before asking for attribute places.
  void locate_copy(pugi::xml_node root);

  // An element's '<' (pugixml gives the offset of its name), or another node's start.
  SourceOffset at(pugi::xml_node n) const;
  // An attribute value's first byte (its element's when that cannot be known).
  SourceOffset at(pugi::xml_attribute a, pugi::xml_node owner) const;
  // An attribute name's first byte.
  SourceOffset name_at(pugi::xml_attribute a, pugi::xml_node owner) const;

 private:
  // Where a string of pugixml's copy came from, or `fallback` when it is not in the copy.
  SourceOffset offset_of(const char* s, SourceOffset fallback) const;

  std::string_view xml_;
  std::uintptr_t base_ = 0;  // address of pugixml's copy of the input
};

}  // namespace gongwen::detail
