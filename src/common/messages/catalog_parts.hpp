// The catalog's parts, one file per area and language (en_parse.cpp, zh_parse.cpp, …), so
// each stays short; messages.cpp joins them. Both languages list the same (code, variant)s
// with the same argument names (tests/messages_test.cpp checks).
#pragma once

#include <span>
#include <vector>

#include "common/messages.hpp"

namespace gongwen::detail {

std::span<const CatalogEntry> en_parse_messages();
std::span<const CatalogEntry> zh_parse_messages();
std::span<const CatalogEntry> en_render_messages();
std::span<const CatalogEntry> zh_render_messages();
std::span<const CatalogEntry> en_import_messages();
std::span<const CatalogEntry> zh_import_messages();

// The GB/T 9704 name of a contract element ("title" → 标题), or empty.
std::string_view zh_element_name(std::string_view element);

inline std::vector<std::span<const CatalogEntry>> en_catalog_parts() {
  return {en_parse_messages(), en_render_messages(), en_import_messages()};
}
inline std::vector<std::span<const CatalogEntry>> zh_catalog_parts() {
  return {zh_parse_messages(), zh_render_messages(), zh_import_messages()};
}

}  // namespace gongwen::detail
