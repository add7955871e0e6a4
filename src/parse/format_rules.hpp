// What differs between the four formats (GB/T 9704 §10: 文件格式 document, 信函格式
// letter, 命令（令）格式 order, 纪要格式 minutes) as far as reading the XML goes: which
// elements each requires, the masthead suffix, an order's signature.
#pragma once

#include <optional>
#include <string>

#include "parse/element_reader.hpp"

namespace gongwen::detail {

// format="…" on the root; document when absent, GW-E-BAD-FORMAT for another value.
void read_format(ElementReader& r, pugi::xml_node root, Document& doc);

// Which of the root's children appeared, for the format's requirements.
struct RootElementsSeen {
  bool body = false;
  bool title = false;
  bool masthead = false;
};
// GW-E-MISSING-ELEMENT for <body> (every format), <title> (document, letter) and
// <masthead> (order).
void check_required_elements(ElementReader& r, pugi::xml_node root, Format format,
                             RootElementsSeen seen);

// The masthead suffix when suffix="…" is absent: 文件 in a document, none in a letter, 纪要
// in minutes; nullopt in an order, which must say it.
std::optional<std::u32string> default_masthead_suffix(Format format);
// An order's masthead says suffix="命令" or suffix="令".
void check_order_masthead(ElementReader& r, pugi::xml_node masthead, const Document& doc);

// Who signs: an order needs <name> (签发人) or <issuer>; the others need an <issuer>, and
// seals, if any, one per issuer.
void check_signers(ElementReader& r, pugi::xml_node signature, Format format, const Signature& sig,
                   bool has_name);

// <attendees>, <absentees>, <observers>: laid out only in minutes (a warning elsewhere).
Paragraph read_attendance(ElementReader& r, pugi::xml_node c, Format format);

}  // namespace gongwen::detail
