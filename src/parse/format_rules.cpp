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
    r.diags().error("GW-E-BAD-FORMAT",
                    fmt::format("format=\"{}\" is not one of document, letter, order, minutes", v),
                    r.at(f, root));
  }
}

void check_required_elements(ElementReader& r, xml_node root, Format format,
                             RootElementsSeen seen) {
  if (!seen.body) {
    r.error("GW-E-MISSING-ELEMENT", "<body> is missing; every notice needs its 正文", root);
  }
  if (!seen.title && (format == Format::document || format == Format::letter)) {
    r.error("GW-E-MISSING-ELEMENT",
            "<title> is missing; a document or letter needs its 标题 (it is optional only "
            "in format=\"order\" and format=\"minutes\")",
            root);
  }
  if (!seen.masthead && format == Format::order) {
    r.error("GW-E-MISSING-ELEMENT",
            "<masthead> is missing; an order's 发文机关标志 is the issuer followed by 命令 or 令, "
            "e.g. <masthead suffix=\"令\"><issuer>某某省人民政府</issuer></masthead>",
            root);
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
    r.error("GW-E-MISSING-ATTRIBUTE",
            "an order's <masthead> needs suffix=\"命令\" or suffix=\"令\"", masthead);
  } else if (*doc.masthead_suffix != U"命令" && *doc.masthead_suffix != U"令") {
    r.diags().error("GW-E-BAD-ATTRIBUTE",
                    fmt::format("an order's masthead suffix is 命令 or 令, not \"{}\"", s.value()),
                    r.at(s, masthead));
  }
}

void check_signers(ElementReader& r, xml_node signature, Format format, const Signature& sig,
                   bool has_name) {
  if (format == Format::order) {
    if (sig.issuers.empty() && !has_name) {
      r.error("GW-E-MISSING-ELEMENT", "an order's <signature> needs <name> (签发人) or <issuer>",
              signature);
    }
  } else if (sig.issuers.empty()) {
    r.error("GW-E-MISSING-ELEMENT", "<signature> needs at least one <issuer> (发文机关署名)",
            signature);
  } else if (!sig.seals.empty() && sig.seals.size() != sig.issuers.size()) {
    r.error("GW-E-SEAL-COUNT",
            fmt::format("{} seal(s) for {} issuer(s); give one <seal> per <issuer>, in the same "
                        "order",
                        sig.seals.size(), sig.issuers.size()),
            signature);
  }
}

Paragraph read_attendance(ElementReader& r, xml_node c, Format format) {
  if (format != Format::minutes) {
    r.warning("GW-W-IGNORED-ELEMENT",
              fmt::format("<{}> is laid out only in format=\"minutes\"; it is left out", c.name()),
              c);
  }
  return read_plain_text(r, c);
}

}  // namespace gongwen::detail
