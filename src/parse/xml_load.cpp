#include "parse/xml_load.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "parse/input_checks.hpp"
#include "parse/markup_checks.hpp"
#include "parse/unclosed_element.hpp"

namespace gongwen::detail {

namespace {

using pugi::xml_node;

void doctype_error(Diagnostics& diags, std::size_t offset) {
  diags.error(msg("GW-E-XML-DOCTYPE"), offset);
}

// Elements only (text does not nest), without recursion, so hostile nesting cannot
// exhaust the stack here or in the recursive readers that come after.
bool check_depth(const XmlSource& source, const pugi::xml_document& xdoc, int max_depth,
                 Diagnostics& diags) {
  xml_node n = xdoc.first_child();
  int depth = 1;
  while (n) {
    if (n.type() == pugi::node_element && depth > max_depth) {
      diags.error(
          msg("GW-E-NESTING", {{"depth", max_depth}}), source.at(n));
      return false;
    }
    if (n.first_child()) {
      n = n.first_child();
      ++depth;
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
      --depth;
    }
    if (n) n = n.next_sibling();
  }
  return true;
}

// What pugixml accepts at the top level although XML does not: a DOCTYPE it kept as a
// node, or a second element after the root.
bool check_top_level(const XmlSource& source, const pugi::xml_document& xdoc, Diagnostics& diags) {
  int elements = 0;
  for (xml_node n : xdoc.children()) {
    if (n.type() == pugi::node_doctype) {
      doctype_error(diags, source.at(n));
      return false;
    }
    if (n.type() == pugi::node_element && ++elements > 1) {
      diags.error(msg("GW-E-XML-MALFORMED", "after-root"), source.at(n));
      return false;
    }
  }
  return true;
}

// A start-end tag mismatch is reported where the person must look: at the start tag left
// open (a missing </title>), or at an end tag that closes nothing open (a misspelt one),
// not where pugixml stopped (issue 14 point 5). False when the scan finds no mismatch.
bool report_tag_mismatch(std::string_view xml, const pugi::xml_parse_result& r,
                         Diagnostics& diags) {
  if (r.status != pugi::status_end_element_mismatch) return false;
  std::optional<TagMismatch> m = find_tag_mismatch(xml);
  if (!m) return false;
  if (m->close_is_ancestor) {
    diags.error(msg("GW-E-XML-MALFORMED", "unclosed", {{"element", m->open}, {"name", m->open}}),
                m->open_at);
  } else {
    diags.error(msg("GW-E-XML-MALFORMED", "stray-close",
                    {{"name", m->close}, {"element", m->open},
                     {"line", diags.locate(m->open_at).line}}),
                m->close_at);
  }
  return true;
}

}  // namespace

bool load_xml(XmlSource& source, const ParseOptions& options, pugi::xml_document& xdoc,
              Diagnostics& diags) {
  std::string_view xml = source.text();
  if (xml.size() > options.max_input_bytes) {
    diags.error(msg("GW-E-INPUT-TOO-LARGE",
                    {{"bytes", xml.size()}, {"limit", options.max_input_bytes}}),
                0);
    return false;
  }
  if (!check_encoding(xml, diags)) return false;
  // Checked on the bytes, before the parser sees any declaration in it.
  if (std::size_t dt = find_prolog_doctype(xml); dt != std::string_view::npos) {
    doctype_error(diags, dt);
    return false;
  }
  // pugixml decodes references itself (cutting the text at &#0;) and keeps undefined
  // entities as text, so these are checked on the source first.
  if (!check_markup(xml, diags)) return false;
  pugi::xml_parse_result r = xdoc.load_buffer(
      xml.data(), xml.size(),
      pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration | pugi::parse_doctype,
      pugi::encoding_utf8);
  std::size_t r_at = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, r.offset));
  if (r.status == pugi::status_bad_doctype) {
    doctype_error(diags, r_at);
    return false;
  }
  if (!r) {
    if (!report_tag_mismatch(xml, r, diags)) {
      diags.error(msg("GW-E-XML-MALFORMED", "parse",
                      {{"what", msg("xml-status", r.description())}}),
                  r_at);
    }
    return false;
  }
  // pugixml accepts several top-level elements and drops text outside the root; XML
  // allows neither.
  if (std::size_t stray = find_stray_text(xml); stray != std::string_view::npos) {
    diags.error(msg("GW-E-XML-MALFORMED", "text-outside-root"), stray);
    return false;
  }
  if (!check_top_level(source, xdoc, diags)) return false;
  if (!check_depth(source, xdoc, options.max_depth, diags)) return false;
  source.locate_copy(xdoc.document_element());
  return true;
}

}  // namespace gongwen::detail
