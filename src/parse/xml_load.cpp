#include "parse/xml_load.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "parse/input_checks.hpp"
#include "parse/markup_checks.hpp"

namespace gongwen::detail {

namespace {

using pugi::xml_node;

void doctype_error(Diagnostics& diags, std::size_t offset) {
  diags.error("GW-E-XML-DOCTYPE",
              "a DOCTYPE is not allowed (the contract never declares or expands "
              "entities); remove the <!DOCTYPE …> line",
              offset);
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
          "GW-E-NESTING",
          fmt::format("elements are nested more than {} deep; flatten the document", max_depth),
          source.at(n));
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
      diags.error("GW-E-XML-MALFORMED",
                  "the XML is not well-formed: there is content after the root element "
                  "</gongwen>; a notice is one <gongwen> element",
                  source.at(n));
      return false;
    }
  }
  return true;
}

}  // namespace

bool load_xml(XmlSource& source, const ParseOptions& options, pugi::xml_document& xdoc,
              Diagnostics& diags) {
  std::string_view xml = source.text();
  if (xml.size() > options.max_input_bytes) {
    diags.error("GW-E-INPUT-TOO-LARGE",
                fmt::format("input is {} bytes; the limit is {} (raise it with "
                            "Limits::max_input_bytes)",
                            xml.size(), options.max_input_bytes),
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
    diags.error("GW-E-XML-MALFORMED",
                fmt::format("the XML is not well-formed ({}); check that every tag is "
                            "closed and that & and < in text are written &amp; and &lt;",
                            r.description()),
                r_at);
    return false;
  }
  // pugixml accepts several top-level elements and drops text outside the root; XML
  // allows neither.
  if (std::size_t stray = find_stray_text(xml); stray != std::string_view::npos) {
    diags.error("GW-E-XML-MALFORMED",
                "the XML is not well-formed: text outside the root element <gongwen>; "
                "remove it",
                stray);
    return false;
  }
  if (!check_top_level(source, xdoc, diags)) return false;
  if (!check_depth(source, xdoc, options.max_depth, diags)) return false;
  source.locate_copy(xdoc.document_element());
  return true;
}

}  // namespace gongwen::detail
