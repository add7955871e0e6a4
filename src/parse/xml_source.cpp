#include "parse/xml_source.hpp"

#include <algorithm>

namespace gongwen::detail {

void XmlSource::locate_copy(pugi::xml_node root) {
  base_ = reinterpret_cast<std::uintptr_t>(root.name()) -
          static_cast<std::uintptr_t>(std::max<std::ptrdiff_t>(0, root.offset_debug()));
}

SourceOffset XmlSource::at(pugi::xml_node n) const {
  std::ptrdiff_t off = n.offset_debug();
  if (off < 0) return 0;
  auto u = static_cast<std::size_t>(off);
  if ((n.type() == pugi::node_element || n.type() == pugi::node_doctype) && u > 0 &&
      u <= xml_.size() && xml_[u - 1] == '<') {
    --u;
  }
  return static_cast<SourceOffset>(u);
}

SourceOffset XmlSource::offset_of(const char* s, SourceOffset fallback) const {
  auto p = reinterpret_cast<std::uintptr_t>(s);
  if (base_ != 0 && p >= base_ && p - base_ < xml_.size()) {
    return static_cast<SourceOffset>(p - base_);
  }
  return fallback;
}

SourceOffset XmlSource::at(pugi::xml_attribute a, pugi::xml_node owner) const {
  return offset_of(a.value(), at(owner));
}

SourceOffset XmlSource::name_at(pugi::xml_attribute a, pugi::xml_node owner) const {
  return offset_of(a.name(), at(owner));
}

}  // namespace gongwen::detail
