#include "parse/body_blocks.hpp"

#include <fmt/format.h>

#include <cstring>

#include "parse/inline_element.hpp"
#include "parse/table.hpp"

namespace gongwen::detail {

namespace {

using pugi::xml_attribute;
using pugi::xml_node;

constexpr int kMaxSectionDepth = 4;  // GB/T 9704 §7.3.3 numbers four levels

void read_section(ElementReader& r, xml_node n, std::vector<Block>& out, int depth) {
  r.check_attributes(n, {"runin", "number"});
  if (depth > kMaxSectionDepth) {
    r.error(msg("GW-E-SECTION-DEPTH"), n);
    return;
  }
  Section s;
  s.at = r.at(n);
  if (xml_attribute runin = n.attribute("runin")) {
    std::string_view v = runin.value();
    if (v != "true" && v != "false") {
      r.diags().error(msg("GW-E-BAD-ATTRIBUTE", "runin", {{"value", v}}), r.at(runin, n));
    }
    s.runin = v == "true";
  }
  if (xml_attribute num = n.attribute("number")) {
    if (std::strcmp(num.value(), "none") != 0) {
      r.diags().error(msg("GW-E-BAD-ATTRIBUTE", "number", {{"value", num.value()}}),
                      r.at(num, n));
    }
    s.numbered = false;
  }
  bool have_heading = false;
  for (xml_node c : n.children()) {
    if (c.type() != pugi::node_element || !is(c, "heading")) continue;
    if (!r.once(c, have_heading)) continue;
    r.check_attributes(c, {});
    s.heading = read_inline_text(r, c);
  }
  if (!have_heading) {
    r.error(msg("GW-E-MISSING-ELEMENT", "section-heading"), n);
  }
  read_blocks(r, n, s.blocks, depth + 1);
  Block b;
  b.kind = Block::Kind::section;
  b.section.push_back(std::move(s));
  out.push_back(std::move(b));
}

}  // namespace

void read_blocks(ElementReader& r, xml_node n, std::vector<Block>& out, int depth) {
  for (xml_node c : n.children()) {
    if (r.skip_non_element(c, n)) continue;
    if (is(c, "p")) {
      r.check_attributes(c, {});
      Block b;
      b.paragraph = read_inline_text(r, c, {.required = false});
      if (b.paragraph.spans.empty()) {
        r.warning(msg("GW-W-EMPTY-PARAGRAPH"), c);
        continue;
      }
      out.push_back(std::move(b));
    } else if (is(c, "section")) {
      read_section(r, c, out, depth);
    } else if (is(c, "table")) {
      read_table(r, c, out);
    } else if (is(c, "heading") && is(n, "section")) {
      continue;  // read by read_section
    } else {
      r.unknown(c, n);
    }
  }
}

void read_attachment(ElementReader& r, xml_node n, Document& doc) {
  r.check_attributes(n, {"title", "orientation"});
  Attachment a;
  a.at = r.at(n);
  if (xml_attribute o = n.attribute("orientation")) {
    std::string_view v = o.value();
    a.landscape = v == "landscape";
    if (v != "landscape" && v != "portrait") {
      r.diags().error(msg("GW-E-BAD-ATTRIBUTE", "orientation", {{"value", v}}), r.at(o, n));
    }
  }
  xml_attribute t = n.attribute("title");
  if (!t || blank(t.value())) {
    r.error(msg("GW-E-MISSING-ATTRIBUTE", "attachment-title"), n);
  } else {
    a.title = read_attribute_text(r, n, t);
  }
  read_blocks(r, n, a.blocks, 1);
  doc.attachments.push_back(std::move(a));
}

}  // namespace gongwen::detail
