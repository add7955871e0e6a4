#include "parse/element_reader.hpp"

#include <fmt/format.h>

#include <cstring>

#include "common/utf8.hpp"
#include "parse/input_checks.hpp"

namespace gongwen::detail {

using pugi::xml_attribute;
using pugi::xml_node;

bool is(xml_node n, const char* name) { return std::strcmp(n.name(), name) == 0; }

bool is_text(xml_node n) { return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata; }

bool blank(const char* s) {
  for (; *s; ++s) {
    if (!xml_space(*s)) return false;
  }
  return true;
}

std::u32string trimmed(const char* s) {
  std::string_view v(s);
  while (!v.empty() && xml_space(v.front())) v.remove_prefix(1);
  while (!v.empty() && xml_space(v.back())) v.remove_suffix(1);
  std::u32string out;
  from_utf8(v, out);
  return out;
}

void ElementReader::error(const Message& m, xml_node n) { diags_.error(m, at(n)); }

void ElementReader::warning(const Message& m, xml_node n) { diags_.warning(m, at(n)); }

void ElementReader::check_attributes(xml_node n, std::initializer_list<const char*> allowed) {
  for (xml_attribute a : n.attributes()) {
    bool ok = false;
    std::string names;
    for (const char* name : allowed) {
      ok = ok || std::strcmp(a.name(), name) == 0;
      names += fmt::format("{}{}", names.empty() ? "" : ", ", name);
    }
    if (!ok && std::strcmp(a.name(), "orientation") == 0) {
      // GB/T 9704 §8 横排 is a property of an attachment's pages, nothing else.
      diags_.error(msg("GW-E-LANDSCAPE-PLACE", {{"element", n.name()}}), source_.name_at(a, n));
    } else if (!ok) {
      diags_.error(msg("GW-E-UNKNOWN-ATTRIBUTE", names.empty() ? "none-allowed" : "",
                       {{"element", n.name()}, {"attribute", a.name()}, {"allowed", names}}),
                   source_.name_at(a, n));
    }
  }
}

void ElementReader::unknown(xml_node n, xml_node parent) {
  error(msg("GW-E-UNKNOWN-ELEMENT", {{"element", n.name()}, {"parent", parent.name()}}), n);
}

bool ElementReader::skip_non_element(xml_node child, xml_node parent) {
  if (is_text(child)) {
    if (!blank(child.value())) {
      error(msg("GW-E-BAD-TEXT", {{"parent", parent.name()}}), child);
    }
    return true;
  }
  return child.type() != pugi::node_element;
}

void ElementReader::expect_empty(xml_node n) {
  for (xml_node c : n.children()) {
    if (skip_non_element(c, n)) continue;
    unknown(c, n);
  }
}

bool ElementReader::once(xml_node n, bool& seen) {
  if (seen) {
    error(msg("GW-E-DUPLICATE-ELEMENT", {{"element", n.name()}}), n);
    return false;
  }
  seen = true;
  return true;
}

}  // namespace gongwen::detail
