// The parse stage's entry point: bytes → a well-formed XML tree (parse/xml_load) → the
// document model (parse/notice_structure). Strict by design (README "The XML format").
#include "parse/parse_notice.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <exception>
#include <new>

#include "parse/element_reader.hpp"
#include "parse/notice_structure.hpp"
#include "parse/xml_load.hpp"
#include "parse/xml_source.hpp"

namespace gongwen::detail {

namespace {

bool read(std::string_view xml, const ParseOptions& options, Document& out, Diagnostics& diags) {
  XmlSource source(xml);
  pugi::xml_document xdoc;
  if (!load_xml(source, options, xdoc, diags)) return false;
  ElementReader reader(source, options, diags);
  pugi::xml_node root = xdoc.document_element();
  if (!is(root, "gongwen")) {
    reader.error(msg("GW-E-XML-ROOT", {{"element", root.name()}}), root);
    return false;
  }
  read_notice(reader, root, out);
  return !diags.has_errors();
}

}  // namespace

bool parse_notice(std::string_view xml, const ParseOptions& options, Document& out,
                  Diagnostics& diags) {
  try {
    return read(xml, options, out, diags);
  } catch (const std::bad_alloc&) {
    diags.error(msg("GW-E-OUT-OF-MEMORY", "parse"), 0);
  } catch (const std::exception& e) {
    diags.error(msg("GW-E-INTERNAL", "parse", {{"what", e.what()}}), 0);
  } catch (...) {
    diags.error(msg("GW-E-INTERNAL", "parse-unknown"), 0);
  }
  return false;
}

}  // namespace gongwen::detail
