#include "parse/notice_structure.hpp"

#include <fmt/format.h>

#include "parse/body_blocks.hpp"
#include "parse/format_rules.hpp"
#include "parse/inline_element.hpp"
#include "parse/seal_element.hpp"

namespace gongwen::detail {

namespace {

using pugi::xml_attribute;
using pugi::xml_node;

void read_copy_number(ElementReader& r, xml_node c, Document& doc) {
  doc.copy_number = read_plain_text(r, c);
  std::u32string t;
  for (const Span& s : doc.copy_number->spans) t += s.text;
  bool six = t.size() == 6;
  for (char32_t ch : t) six = six && ch >= U'0' && ch <= U'9';
  if (!six && !t.empty()) {
    r.warning(msg("GW-W-COPY-NUMBER"), c);
  }
}

void read_secrecy(ElementReader& r, xml_node c, Document& doc) {
  r.check_attributes(c, {"period"});
  doc.secrecy = read_inline_text(r, c, {.strong = false});
  if (xml_attribute period = c.attribute("period")) {
    doc.secrecy_period = read_attribute_text(r, c, period);
  }
}

// A list element (<masthead>, <signers>) whose children are all plain-text `child`s.
void read_text_children(ElementReader& r, xml_node n, const char* child,
                        std::vector<Paragraph>& out) {
  for (xml_node c : n.children()) {
    if (r.skip_non_element(c, n)) continue;
    if (is(c, child)) {
      out.push_back(read_plain_text(r, c));
    } else {
      r.unknown(c, n);
    }
  }
}

// The suffix after the issuer(s); an empty suffix="" means none.
void read_masthead(ElementReader& r, xml_node n, Document& doc) {
  r.check_attributes(n, {"suffix"});
  doc.masthead_at = r.at(n);
  xml_attribute s = n.attribute("suffix");
  doc.masthead_suffix = s ? trimmed(s.value()) : default_masthead_suffix(doc.format);
  check_order_masthead(r, n, doc);
  read_text_children(r, n, "issuer", doc.issuers);
  if (doc.issuers.empty()) {
    r.error(msg("GW-E-MISSING-ELEMENT", "masthead-issuer"), n);
  }
}

void read_signers(ElementReader& r, xml_node n, Document& doc) {
  r.check_attributes(n, {});
  doc.has_signers = true;
  read_text_children(r, n, "signer", doc.signers);
  if (doc.signers.empty()) {
    r.error(msg("GW-E-MISSING-ELEMENT", "signers-signer"), n);
  }
}

void read_signature(ElementReader& r, xml_node n, Document& doc) {
  r.check_attributes(n, {});
  Signature sig;
  sig.at = r.at(n);
  bool seen_position = false, seen_name = false, seen_date = false;
  for (xml_node c : n.children()) {
    if (r.skip_non_element(c, n)) continue;
    if (is(c, "issuer")) {
      sig.issuers.push_back(read_plain_text(r, c));
    } else if (is(c, "position")) {
      if (r.once(c, seen_position)) sig.position = read_plain_text(r, c);
    } else if (is(c, "name")) {
      if (r.once(c, seen_name)) sig.name = read_plain_text(r, c);
    } else if (is(c, "date")) {
      if (r.once(c, seen_date)) sig.date = read_date(r, c);
    } else if (is(c, "seal")) {
      read_seal(r, c, sig);
    } else {
      r.unknown(c, n);
    }
  }
  if (!seen_date) {
    r.error(msg("GW-E-MISSING-ELEMENT", "signature-date"), n);
  }
  check_signers(r, n, doc.format, sig, seen_name);
  doc.signature = std::move(sig);
}

void read_cc(ElementReader& r, xml_node c, Colophon& col) {
  r.check_attributes(c, {"label"});
  col.cc = read_inline_text(r, c, {.strong = false});
  // The seeds use 送; the layout adds the full-width colon after the label.
  if (xml_attribute l = c.attribute("label")) {
    col.cc_label = trimmed(l.value());
    if (col.cc_label.empty()) {
      r.diags().error(msg("GW-E-EMPTY-ELEMENT", "cc-label"), r.at(l, c));
    }
  }
}

void read_colophon(ElementReader& r, xml_node n, Document& doc) {
  r.check_attributes(n, {});
  Colophon col;
  col.at = r.at(n);
  enum Once { main_to, cc, printer, print_date, proofreader, count };
  bool seen[count] = {};
  for (xml_node c : n.children()) {
    if (r.skip_non_element(c, n)) continue;
    if (is(c, "main-to")) {
      if (r.once(c, seen[main_to])) col.main_to = read_plain_text(r, c);
    } else if (is(c, "cc")) {
      if (r.once(c, seen[cc])) read_cc(r, c, col);
    } else if (is(c, "printer")) {
      if (r.once(c, seen[printer])) col.printer = read_plain_text(r, c);
    } else if (is(c, "print-date")) {
      if (r.once(c, seen[print_date])) col.print_date = read_date(r, c);
    } else if (is(c, "proofreader")) {
      if (r.once(c, seen[proofreader])) col.proofreader = read_plain_text(r, c);
    } else {
      r.unknown(c, n);
    }
  }
  doc.colophon = std::move(col);
}

}  // namespace

void read_notice(ElementReader& r, xml_node root, Document& doc) {
  r.check_attributes(root, {"format"});
  read_format(r, root, doc);
  enum Once {
    copy,
    secrecy,
    urgency,
    masthead,
    number,
    signers,
    title,
    addressee,
    body,
    signature,
    note,
    colophon,
    attendees,
    absentees,
    observers,
    count
  };
  bool seen[count] = {};
  for (xml_node c : root.children()) {
    if (r.skip_non_element(c, root)) continue;
    if (is(c, "copy-number")) {
      if (r.once(c, seen[copy])) read_copy_number(r, c, doc);
    } else if (is(c, "secrecy")) {
      if (r.once(c, seen[secrecy])) read_secrecy(r, c, doc);
    } else if (is(c, "urgency")) {
      if (r.once(c, seen[urgency])) doc.urgency = read_plain_text(r, c);
    } else if (is(c, "masthead")) {
      if (r.once(c, seen[masthead])) read_masthead(r, c, doc);
    } else if (is(c, "doc-number")) {
      if (r.once(c, seen[number])) doc.doc_number = read_plain_text(r, c);
    } else if (is(c, "signers")) {
      if (r.once(c, seen[signers])) read_signers(r, c, doc);
    } else if (is(c, "title")) {
      if (!r.once(c, seen[title])) continue;
      r.check_attributes(c, {});
      doc.title = read_inline_text(r, c, {.strong = false, .line_breaks = true});
    } else if (is(c, "addressee")) {
      if (!r.once(c, seen[addressee])) continue;
      r.check_attributes(c, {});
      doc.addressee = read_inline_text(r, c);
    } else if (is(c, "body")) {
      if (!r.once(c, seen[body])) continue;
      r.check_attributes(c, {});
      read_blocks(r, c, doc.body, 1);
    } else if (is(c, "signature")) {
      if (r.once(c, seen[signature])) read_signature(r, c, doc);
    } else if (is(c, "note")) {
      if (!r.once(c, seen[note])) continue;
      r.check_attributes(c, {});
      doc.note = read_inline_text(r, c);
    } else if (is(c, "attachment")) {
      read_attachment(r, c, doc);
    } else if (is(c, "colophon")) {
      if (r.once(c, seen[colophon])) read_colophon(r, c, doc);
    } else if (is(c, "attendees")) {
      if (r.once(c, seen[attendees])) doc.attendees = read_attendance(r, c, doc.format);
    } else if (is(c, "absentees")) {
      if (r.once(c, seen[absentees])) doc.absentees = read_attendance(r, c, doc.format);
    } else if (is(c, "observers")) {
      if (r.once(c, seen[observers])) doc.observers = read_attendance(r, c, doc.format);
    } else {
      r.unknown(c, root);
    }
  }
  check_required_elements(r, root, doc.format,
                          {.body = seen[body], .title = seen[title], .masthead = seen[masthead]});
}

}  // namespace gongwen::detail
