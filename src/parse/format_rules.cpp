#include "parse/format_rules.hpp"

#include <fmt/format.h>

#include "parse/inline_element.hpp"

namespace gongwen::detail {

using pugi::xml_attribute;
using pugi::xml_node;

void read_format(ElementReader& r, xml_node root, Document& doc) {
  xml_attribute f = root.attribute("format");
  if (!f) return;  // document, the contract's default
  std::string_view v = f.value();
  if (v == "document") {
    doc.format = Format::document;
  } else if (v == "letter") {
    doc.format = Format::letter;
  } else if (v == "order") {
    doc.format = Format::order;
  } else if (v == "minutes") {
    doc.format = Format::minutes;
  } else {
    r.diags().error(msg("GW-E-BAD-FORMAT", {{"value", v}}), r.at(f, root));
  }
}

void check_required_elements(ElementReader& r, xml_node root, Format format,
                             RootElementsSeen seen) {
  if (!seen.body) {
    r.error(msg("GW-E-MISSING-ELEMENT", "body"), root);
  }
  if (!seen.title && (format == Format::document || format == Format::letter)) {
    r.error(msg("GW-E-MISSING-ELEMENT", "title"), root);
  }
  if (!seen.masthead && format == Format::order) {
    r.error(msg("GW-E-MISSING-ELEMENT", "order-masthead"), root);
  }
}

std::optional<std::u32string> default_masthead_suffix(Format format) {
  switch (format) {
    case Format::document:
      return U"文件";
    case Format::minutes:
      return U"纪要";
    case Format::letter:
      return U"";
    case Format::order:
      break;
  }
  return std::nullopt;
}

void check_order_masthead(ElementReader& r, xml_node masthead, const Document& doc) {
  if (doc.format != Format::order) return;
  xml_attribute s = masthead.attribute("suffix");
  if (!s) {
    r.error(msg("GW-E-MISSING-ATTRIBUTE", "order-suffix"), masthead);
  } else if (*doc.masthead_suffix != U"命令" && *doc.masthead_suffix != U"令") {
    r.diags().error(msg("GW-E-BAD-ATTRIBUTE", "order-suffix", {{"value", s.value()}}),
                    r.at(s, masthead));
  }
}

void check_signers(ElementReader& r, xml_node signature, Format format, const Signature& sig,
                   bool has_name) {
  if (format == Format::order) {
    if (sig.issuers.empty() && !has_name) {
      r.error(msg("GW-E-MISSING-ELEMENT", "order-signature"), signature);
    }
  } else if (sig.issuers.empty()) {
    r.error(msg("GW-E-MISSING-ELEMENT", "signature-issuer"), signature);
  } else if (!sig.seals.empty() && sig.seals.size() != sig.issuers.size()) {
    r.error(msg("GW-E-SEAL-COUNT", {{"seals", sig.seals.size()}, {"issuers", sig.issuers.size()}}),
            signature);
  }
}

Paragraph read_attendance(ElementReader& r, xml_node c, Format format) {
  if (format != Format::minutes) {
    r.warning(msg("GW-W-IGNORED-ELEMENT", {{"element", c.name()}}), c);
  }
  return read_plain_text(r, c);
}

}  // namespace gongwen::detail
