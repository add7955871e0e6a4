// Walks the XML tree of a notice (contract v1, /README "The XML format") into the document
// model. Strict by design: an element or attribute the contract does not have at that
// place is an error with its line:column, never silently dropped, and as many problems as
// can be found are reported in one pass.
#include "parse/parse_notice.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <exception>
#include <initializer_list>
#include <new>

#include "common/utf8.hpp"
#include "parse/date.hpp"
#include "parse/inline_text.hpp"
#include "parse/input_checks.hpp"
#include "parse/seal_file.hpp"

namespace gongwen::detail {

namespace {

using pugi::xml_attribute;
using pugi::xml_node;

bool is(xml_node n, const char* name) { return std::strcmp(n.name(), name) == 0; }

bool xml_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

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

bool is_text(xml_node n) { return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata; }

class Parser {
 public:
  Parser(std::string_view xml, const ParseOptions& o, Document& doc, Diagnostics& d)
      : xml_(xml), opt_(o), doc_(doc), diags_(d), seals_(o.seals) {}

  bool run() {
    if (xml_.size() > opt_.max_input_bytes) {
      diags_.error("GW-E-INPUT-TOO-LARGE",
                   fmt::format("input is {} bytes; the limit is {} (raise it with "
                               "--max-input-bytes or Engine::limits())",
                               xml_.size(), opt_.max_input_bytes),
                   0);
      return false;
    }
    if (!check_encoding(xml_, diags_)) return false;
    // Checked on the bytes, before the parser sees any declaration in it.
    if (std::size_t dt = find_prolog_doctype(xml_); dt != std::string_view::npos) {
      doctype_error(dt);
      return false;
    }
    pugi::xml_document xdoc;
    pugi::xml_parse_result r = xdoc.load_buffer(
        xml_.data(), xml_.size(),
        pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration | pugi::parse_doctype,
        pugi::encoding_utf8);
    std::size_t r_at = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, r.offset));
    if (r.status == pugi::status_bad_doctype) {
      doctype_error(r_at);
      return false;
    }
    if (!r) {
      diags_.error("GW-E-XML-MALFORMED",
                   fmt::format("the XML is not well-formed ({}); check that every tag is "
                               "closed and that & and < in text are written &amp; and &lt;",
                               r.description()),
                   r_at);
      return false;
    }
    // pugixml accepts several top-level elements and drops text outside the root; XML
    // allows neither.
    if (std::size_t stray = find_stray_text(xml_); stray != std::string_view::npos) {
      diags_.error("GW-E-XML-MALFORMED",
                   "the XML is not well-formed: text outside the root element <gongwen>; "
                   "remove it",
                   stray);
      return false;
    }
    int elements = 0;
    for (xml_node n : xdoc.children()) {
      if (n.type() == pugi::node_doctype) {
        doctype_error(at(n));
        return false;
      }
      if (n.type() == pugi::node_element && ++elements > 1) {
        error("GW-E-XML-MALFORMED",
              "the XML is not well-formed: there is content after the root element "
              "</gongwen>; a notice is one <gongwen> element",
              n);
        return false;
      }
    }
    if (!check_depth(xdoc)) return false;
    xml_node root = xdoc.document_element();
    // pugixml parses a copy of the input in place; an element's name lies at its offset
    // in that copy, which gives the copy's start, and so the offsets of attribute values.
    base_ = reinterpret_cast<std::uintptr_t>(root.name()) -
            static_cast<std::uintptr_t>(std::max<std::ptrdiff_t>(0, root.offset_debug()));
    if (!is(root, "gongwen")) {
      error("GW-E-XML-ROOT",
            fmt::format("the root element must be <gongwen>, not <{}>", root.name()), root);
      return false;
    }
    read_root(root);
    return !diags_.has_errors();
  }

 private:
  // ---- positions and messages ----

  // pugixml gives an element's offset at its name; diagnostics point at the '<'.
  SourceOffset at(xml_node n) const {
    std::ptrdiff_t off = n.offset_debug();
    if (off < 0) return 0;
    auto u = static_cast<std::size_t>(off);
    if ((n.type() == pugi::node_element || n.type() == pugi::node_doctype) && u > 0 &&
        u <= xml_.size() && xml_[u - 1] == '<') {
      --u;
    }
    return static_cast<SourceOffset>(u);
  }

  // Where a string of pugixml's copy came from, or `fallback` when it is not in the copy.
  SourceOffset offset_of(const char* s, SourceOffset fallback) const {
    auto p = reinterpret_cast<std::uintptr_t>(s);
    if (base_ != 0 && p >= base_ && p - base_ < xml_.size()) {
      return static_cast<SourceOffset>(p - base_);
    }
    return fallback;
  }
  // An attribute value's first byte (its element's when that cannot be known).
  SourceOffset at(xml_attribute a, xml_node owner) const { return offset_of(a.value(), at(owner)); }
  // An attribute name's first byte.
  SourceOffset name_at(xml_attribute a, xml_node owner) const {
    return offset_of(a.name(), at(owner));
  }

  void error(const char* code, const std::string& msg, xml_node n) {
    diags_.error(code, msg, at(n));
  }
  void warning(const char* code, const std::string& msg, xml_node n) {
    diags_.warning(code, msg, at(n));
  }

  void doctype_error(std::size_t offset) {
    diags_.error("GW-E-XML-DOCTYPE",
                 "a DOCTYPE is not allowed (the contract never declares or expands "
                 "entities); remove the <!DOCTYPE …> line",
                 offset);
  }

  // Elements only (text does not nest), without recursion, so hostile nesting cannot
  // exhaust the stack here or in the recursive readers below.
  bool check_depth(const pugi::xml_document& xdoc) {
    xml_node n = xdoc.first_child();
    int depth = 1;
    while (n) {
      if (n.type() == pugi::node_element && depth > opt_.max_depth) {
        error("GW-E-NESTING",
              fmt::format("elements are nested more than {} deep; flatten the document",
                          opt_.max_depth),
              n);
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

  // Unknown attributes are errors, like unknown elements: a misspelt runin= or label=
  // would otherwise change the layout without a word.
  void check_attributes(xml_node n, std::initializer_list<const char*> allowed) {
    for (xml_attribute a : n.attributes()) {
      bool ok = false;
      std::string names;
      for (const char* name : allowed) {
        ok = ok || std::strcmp(a.name(), name) == 0;
        names += fmt::format("{}{}", names.empty() ? "" : ", ", name);
      }
      if (!ok) {
        diags_.error(
            "GW-E-UNKNOWN-ATTRIBUTE",
            fmt::format("<{}> has no attribute \"{}\" ({}); remove it (see the README's XML "
                        "format)",
                        n.name(), a.name(),
                        names.empty() ? "it takes none" : "it may have " + names),
            name_at(a, n));
      }
    }
  }

  void unknown(xml_node n, xml_node parent) {
    error("GW-E-UNKNOWN-ELEMENT",
          fmt::format("<{}> is not allowed inside <{}>; see the README's XML format for what "
                      "goes there",
                      n.name(), parent.name()),
          n);
  }

  // For children of a container element: reports text that is not whitespace (e.g. text
  // directly in <body>) and returns true for anything that is not an element (text,
  // comments, processing instructions), which the caller then skips.
  bool skip_non_element(xml_node child, xml_node parent) {
    if (is_text(child)) {
      if (!blank(child.value())) {
        error("GW-E-BAD-TEXT",
              fmt::format("text directly inside <{}>; put it in an element such as <p>",
                          parent.name()),
              child);
      }
      return true;
    }
    return child.type() != pugi::node_element;
  }

  // An element that holds nothing (<seal/>, <br/>).
  void expect_empty(xml_node n) {
    for (xml_node c : n.children()) {
      if (skip_non_element(c, n)) continue;
      unknown(c, n);
    }
  }

  bool once(xml_node n, bool& seen) {
    if (seen) {
      error("GW-E-DUPLICATE-ELEMENT",
            fmt::format("<{}> appears more than once here; keep one", n.name()), n);
      return false;
    }
    seen = true;
    return true;
  }

  // ---- inline text ----

  // Appends UTF-8 text that starts at source byte `p`, with the source offset of each
  // character. In element text, entity and character references count from their '&'
  // and a CR LF pair (one LF after parsing) from its CR.
  void append_text(Span& span, const char* value, std::size_t p, bool references) {
    std::u32string text;
    from_utf8(value, text);
    for (char32_t c : text) {
      span.text += c;
      span.src.push_back(static_cast<SourceOffset>(std::min(p, xml_.size())));
      if (p >= xml_.size()) continue;
      if (references && xml_[p] == '&') {
        auto semi = xml_.find(';', p);
        p = semi == std::string_view::npos ? xml_.size() : semi + 1;
      } else if (xml_[p] == '\r' && c == U'\n') {
        p += (p + 1 < xml_.size() && xml_[p + 1] == '\n') ? 2 : 1;
      } else {
        auto b = static_cast<unsigned char>(xml_[p]);
        p += b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : 4;
      }
    }
  }

  Span& current_span(Paragraph& p, bool strong) {
    if (p.spans.empty() || p.spans.back().strong != strong) {
      p.spans.push_back(Span{});
      p.spans.back().strong = strong;
    }
    return p.spans.back();
  }

  void read_inline(xml_node n, Paragraph& p, bool strong, bool allow_strong, bool allow_br) {
    for (xml_node c : n.children()) {
      if (is_text(c)) {
        std::ptrdiff_t off = c.offset_debug();
        append_text(current_span(p, strong), c.value(), off < 0 ? 0 : static_cast<std::size_t>(off),
                    c.type() == pugi::node_pcdata);
      } else if (c.type() != pugi::node_element) {
        continue;  // comments, processing instructions
      } else if (allow_strong && !strong && is(c, "strong")) {
        check_attributes(c, {});
        read_inline(c, p, true, false, allow_br);
      } else if (allow_br && is(c, "br")) {
        check_attributes(c, {});
        expect_empty(c);
        Span& s = current_span(p, strong);
        s.text += U'\u2028';
        s.src.push_back(at(c));
      } else {
        unknown(c, n);
      }
    }
  }

  // The contract's text rules for one paragraph: whitespace collapsed (across <strong>
  // too), then half-width punctuation between CJK made full-width with one warning that
  // names every place.
  void normalise(Paragraph& p, const char* where) {
    collapse_whitespace(p);
    if (!opt_.fullwidth_punctuation) return;
    std::vector<SourceOffset> places = convert_halfwidth_punctuation(p);
    if (places.empty()) return;
    std::string list;
    for (std::size_t i = 0; i < places.size() && i < 8; ++i) {
      SourceLocation l = diags_.locate(places[i]);
      list += fmt::format("{}{}:{}", i ? ", " : "", l.line, l.column);
    }
    if (places.size() > 8) list += ", …";
    diags_.warning("GW-W-HALFWIDTH-PUNCT",
                   fmt::format("{} half-width punctuation mark{} between Chinese characters in "
                               "{} became full-width (at {}); type them full-width, or render "
                               "with --keep-halfwidth-punct to keep them",
                               places.size(), places.size() == 1 ? "" : "s", where, list),
                   places.front());
  }

  // An element of inline text (<p>, <title>, <issuer>, …).
  Paragraph inline_text(xml_node n, bool allow_strong = true, bool allow_br = false,
                        bool required = true) {
    Paragraph p;
    p.at = at(n);
    read_inline(n, p, false, allow_strong, allow_br);
    normalise(p, fmt::format("<{}>", n.name()).c_str());
    if (required && p.spans.empty()) {
      error("GW-E-EMPTY-ELEMENT", fmt::format("<{}> is empty; give it text", n.name()), n);
    }
    return p;
  }

  // Plain text with no attributes and no child elements.
  Paragraph plain_text(xml_node n) {
    check_attributes(n, {});
    return inline_text(n, false);
  }

  // An attribute's text (an attachment's title, a secrecy period), under the same rules.
  Paragraph attribute_text(xml_node owner, xml_attribute a) {
    Paragraph p;
    p.at = at(a, owner);
    append_text(current_span(p, false), a.value(), p.at, false);
    normalise(p, fmt::format("<{} {}=\"…\">", owner.name(), a.name()).c_str());
    return p;
  }

  std::optional<Date> date(xml_node n) {
    check_attributes(n, {});
    std::string text;
    for (xml_node c : n.children()) {
      if (is_text(c)) {
        text += c.value();
      } else if (c.type() == pugi::node_element) {
        unknown(c, n);
      }
    }
    Date d;
    if (!parse_iso_date(text, d)) {
      error("GW-E-BAD-DATE",
            fmt::format("<{}> \"{}\" is not a real date; write it as YYYY-MM-DD, e.g. "
                        "2022-03-31",
                        n.name(), text),
            n);
      return std::nullopt;
    }
    d.at = at(n);
    return d;
  }

  // ---- structure ----

  void read_format(xml_node root) {
    xml_attribute f = root.attribute("format");
    if (!f) return;  // document, the contract's default
    std::string_view v = f.value();
    if (v == "document") {
      doc_.format = Format::document;
    } else if (v == "letter") {
      doc_.format = Format::letter;
    } else if (v == "order") {
      doc_.format = Format::order;
    } else if (v == "minutes") {
      doc_.format = Format::minutes;
    } else {
      diags_.error("GW-E-BAD-FORMAT",
                   fmt::format("format=\"{}\" is not one of document, letter, order, minutes", v),
                   at(f, root));
    }
  }

  void read_root(xml_node root) {
    check_attributes(root, {"format"});
    read_format(root);
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
      if (skip_non_element(c, root)) continue;
      if (is(c, "copy-number")) {
        if (once(c, seen[copy])) read_copy_number(c);
      } else if (is(c, "secrecy")) {
        if (!once(c, seen[secrecy])) continue;
        check_attributes(c, {"period"});
        doc_.secrecy = inline_text(c, false);
        if (xml_attribute period = c.attribute("period")) {
          doc_.secrecy_period = attribute_text(c, period);
        }
      } else if (is(c, "urgency")) {
        if (once(c, seen[urgency])) doc_.urgency = plain_text(c);
      } else if (is(c, "masthead")) {
        if (once(c, seen[masthead])) read_masthead(c);
      } else if (is(c, "doc-number")) {
        if (once(c, seen[number])) doc_.doc_number = plain_text(c);
      } else if (is(c, "signers")) {
        if (once(c, seen[signers])) read_signers(c);
      } else if (is(c, "title")) {
        if (!once(c, seen[title])) continue;
        check_attributes(c, {});
        doc_.title = inline_text(c, false, true);
      } else if (is(c, "addressee")) {
        if (!once(c, seen[addressee])) continue;
        check_attributes(c, {});
        doc_.addressee = inline_text(c);
      } else if (is(c, "body")) {
        if (!once(c, seen[body])) continue;
        check_attributes(c, {});
        read_blocks(c, doc_.body, 1);
      } else if (is(c, "signature")) {
        if (once(c, seen[signature])) read_signature(c);
      } else if (is(c, "note")) {
        if (!once(c, seen[note])) continue;
        check_attributes(c, {});
        doc_.note = inline_text(c);
      } else if (is(c, "attachment")) {
        read_attachment(c);
      } else if (is(c, "colophon")) {
        if (once(c, seen[colophon])) read_colophon(c);
      } else if (is(c, "attendees")) {
        if (once(c, seen[attendees])) doc_.attendees = read_attendance(c);
      } else if (is(c, "absentees")) {
        if (once(c, seen[absentees])) doc_.absentees = read_attendance(c);
      } else if (is(c, "observers")) {
        if (once(c, seen[observers])) doc_.observers = read_attendance(c);
      } else {
        unknown(c, root);
      }
    }
    if (!seen[body]) {
      error("GW-E-MISSING-ELEMENT", "<body> is missing; every notice needs its 正文", root);
    }
    if (!seen[title] && (doc_.format == Format::document || doc_.format == Format::letter)) {
      error("GW-E-MISSING-ELEMENT",
            "<title> is missing; a document or letter needs its 标题 (it is optional only "
            "in format=\"order\" and format=\"minutes\")",
            root);
    }
    if (!seen[masthead] && doc_.format == Format::order) {
      error("GW-E-MISSING-ELEMENT",
            "<masthead> is missing; an order's 发文机关标志 is the issuer followed by 命令 or 令, "
            "e.g. <masthead suffix=\"令\"><issuer>某某省人民政府</issuer></masthead>",
            root);
    }
  }

  void read_copy_number(xml_node c) {
    doc_.copy_number = plain_text(c);
    std::u32string t;
    for (const Span& s : doc_.copy_number->spans) t += s.text;
    bool six = t.size() == 6;
    for (char32_t ch : t) six = six && ch >= U'0' && ch <= U'9';
    if (!six && !t.empty()) {
      warning("GW-W-COPY-NUMBER", "份号 is six Arabic digits (GB/T 9704 §7.2.1), e.g. 000123", c);
    }
  }

  // The suffix after the issuer(s): 文件 by default in a document, none in a letter, 纪要
  // by default in minutes; an order must say 命令 or 令. An empty suffix="" means none.
  void read_masthead(xml_node n) {
    check_attributes(n, {"suffix"});
    doc_.masthead_at = at(n);
    xml_attribute s = n.attribute("suffix");
    if (s) {
      doc_.masthead_suffix = trimmed(s.value());
    } else if (doc_.format == Format::document) {
      doc_.masthead_suffix = U"文件";
    } else if (doc_.format == Format::minutes) {
      doc_.masthead_suffix = U"纪要";
    } else if (doc_.format == Format::letter) {
      doc_.masthead_suffix = U"";
    }
    if (doc_.format == Format::order) {
      if (!s) {
        error("GW-E-MISSING-ATTRIBUTE",
              "an order's <masthead> needs suffix=\"命令\" or suffix=\"令\"", n);
      } else if (*doc_.masthead_suffix != U"命令" && *doc_.masthead_suffix != U"令") {
        diags_.error("GW-E-BAD-ATTRIBUTE",
                     fmt::format("an order's masthead suffix is 命令 or 令, not \"{}\"", s.value()),
                     at(s, n));
      }
    }
    for (xml_node c : n.children()) {
      if (skip_non_element(c, n)) continue;
      if (is(c, "issuer")) {
        doc_.issuers.push_back(plain_text(c));
      } else {
        unknown(c, n);
      }
    }
    if (doc_.issuers.empty()) {
      error("GW-E-MISSING-ELEMENT", "<masthead> needs at least one <issuer>", n);
    }
  }

  void read_signers(xml_node n) {
    check_attributes(n, {});
    doc_.has_signers = true;
    for (xml_node c : n.children()) {
      if (skip_non_element(c, n)) continue;
      if (is(c, "signer")) {
        doc_.signers.push_back(plain_text(c));
      } else {
        unknown(c, n);
      }
    }
    if (doc_.signers.empty()) {
      error("GW-E-MISSING-ELEMENT", "<signers> needs at least one <signer>", n);
    }
  }

  Paragraph read_attendance(xml_node c) {
    if (doc_.format != Format::minutes) {
      warning("GW-W-IGNORED-ELEMENT",
              fmt::format("<{}> is laid out only in format=\"minutes\"; it is left out", c.name()),
              c);
    }
    return plain_text(c);
  }

  // Paragraphs and sections, in body, section (after its heading) and attachment.
  void read_blocks(xml_node n, std::vector<Block>& out, int depth) {
    for (xml_node c : n.children()) {
      if (skip_non_element(c, n)) continue;
      if (is(c, "p")) {
        check_attributes(c, {});
        Block b;
        b.paragraph = inline_text(c, true, false, false);
        if (b.paragraph.spans.empty()) {
          warning("GW-W-EMPTY-PARAGRAPH", "an empty <p> is left out", c);
          continue;
        }
        out.push_back(std::move(b));
      } else if (is(c, "section")) {
        read_section(c, out, depth);
      } else if (is(c, "heading") && is(n, "section")) {
        continue;  // read by read_section
      } else {
        unknown(c, n);
      }
    }
  }

  void read_section(xml_node n, std::vector<Block>& out, int depth) {
    check_attributes(n, {"runin", "number"});
    if (depth > 4) {
      error("GW-E-SECTION-DEPTH",
            "sections go four levels deep at most (一、（一）1.（1）); this is a fifth: make it "
            "a paragraph of its parent, or move it up a level",
            n);
      return;
    }
    Section s;
    s.at = at(n);
    if (xml_attribute r = n.attribute("runin")) {
      std::string_view v = r.value();
      if (v != "true" && v != "false") {
        diags_.error("GW-E-BAD-ATTRIBUTE",
                     fmt::format("runin=\"{}\": write runin=\"true\" or runin=\"false\"", v),
                     at(r, n));
      }
      s.runin = v == "true";
    }
    if (xml_attribute num = n.attribute("number")) {
      if (std::strcmp(num.value(), "none") != 0) {
        diags_.error("GW-E-BAD-ATTRIBUTE",
                     fmt::format("number=\"{}\": the only value is \"none\" (headings are "
                                 "numbered automatically by depth)",
                                 num.value()),
                     at(num, n));
      }
      s.numbered = false;
    }
    bool have_heading = false;
    for (xml_node c : n.children()) {
      if (c.type() != pugi::node_element || !is(c, "heading")) continue;
      if (!once(c, have_heading)) continue;
      check_attributes(c, {});
      s.heading = inline_text(c);
    }
    if (!have_heading) {
      error("GW-E-MISSING-ELEMENT", "a <section> needs a <heading> (its title)", n);
    }
    read_blocks(n, s.blocks, depth + 1);
    Block b;
    b.kind = Block::Kind::section;
    b.section.push_back(std::move(s));
    out.push_back(std::move(b));
  }

  void read_signature(xml_node n) {
    check_attributes(n, {});
    Signature sig;
    sig.at = at(n);
    bool seen_position = false, seen_name = false, seen_date = false;
    for (xml_node c : n.children()) {
      if (skip_non_element(c, n)) continue;
      if (is(c, "issuer")) {
        sig.issuers.push_back(plain_text(c));
      } else if (is(c, "position")) {
        if (once(c, seen_position)) sig.position = plain_text(c);
      } else if (is(c, "name")) {
        if (once(c, seen_name)) sig.name = plain_text(c);
      } else if (is(c, "date")) {
        if (once(c, seen_date)) sig.date = date(c);
      } else if (is(c, "seal")) {
        read_seal(c, sig);
      } else {
        unknown(c, n);
      }
    }
    if (!seen_date) {
      error("GW-E-MISSING-ELEMENT", "<signature> needs a <date> (成文日期), e.g. 2022-03-31", n);
    }
    if (doc_.format == Format::order) {
      if (sig.issuers.empty() && !seen_name) {
        error("GW-E-MISSING-ELEMENT", "an order's <signature> needs <name> (签发人) or <issuer>",
              n);
      }
    } else if (sig.issuers.empty()) {
      error("GW-E-MISSING-ELEMENT", "<signature> needs at least one <issuer> (发文机关署名)", n);
    } else if (!sig.seals.empty() && sig.seals.size() != sig.issuers.size()) {
      error("GW-E-SEAL-COUNT",
            fmt::format("{} seal(s) for {} issuer(s); give one <seal> per <issuer>, in the same "
                        "order",
                        sig.seals.size(), sig.issuers.size()),
            n);
    }
    doc_.signature = std::move(sig);
  }

  void read_seal(xml_node c, Signature& sig) {
    check_attributes(c, {"src"});
    expect_empty(c);
    xml_attribute src = c.attribute("src");
    if (!src || blank(src.value())) {
      error("GW-E-MISSING-ATTRIBUTE", "<seal> needs src=\"file.png\"", c);
      return;
    }
    std::string problem;
    std::shared_ptr<const SealImage> image = seals_.load(src.value(), problem);
    if (!image) {
      error("GW-E-SEAL-UNREADABLE", problem, c);
      return;
    }
    sig.seals.push_back(Seal{src.value(), at(c), std::move(image)});
  }

  void read_attachment(xml_node n) {
    check_attributes(n, {"title"});
    Attachment a;
    a.at = at(n);
    xml_attribute t = n.attribute("title");
    if (!t || blank(t.value())) {
      error("GW-E-MISSING-ATTRIBUTE", "<attachment> needs title=\"…\" (the 附件 name)", n);
    } else {
      a.title = attribute_text(n, t);
    }
    read_blocks(n, a.blocks, 1);
    doc_.attachments.push_back(std::move(a));
  }

  void read_colophon(xml_node n) {
    check_attributes(n, {});
    Colophon col;
    col.at = at(n);
    enum Once { main_to, cc, printer, print_date, proofreader, count };
    bool seen[count] = {};
    for (xml_node c : n.children()) {
      if (skip_non_element(c, n)) continue;
      if (is(c, "main-to")) {
        if (once(c, seen[main_to])) col.main_to = plain_text(c);
      } else if (is(c, "cc")) {
        if (!once(c, seen[cc])) continue;
        check_attributes(c, {"label"});
        col.cc = inline_text(c, false);
        // The seeds use 送; the layout adds the full-width colon after the label.
        if (xml_attribute l = c.attribute("label")) {
          col.cc_label = trimmed(l.value());
          if (col.cc_label.empty()) {
            diags_.error("GW-E-EMPTY-ELEMENT", "label=\"\" is empty; leave it out for 抄送",
                         at(l, c));
          }
        }
      } else if (is(c, "printer")) {
        if (once(c, seen[printer])) col.printer = plain_text(c);
      } else if (is(c, "print-date")) {
        if (once(c, seen[print_date])) col.print_date = date(c);
      } else if (is(c, "proofreader")) {
        if (once(c, seen[proofreader])) col.proofreader = plain_text(c);
      } else {
        unknown(c, n);
      }
    }
    doc_.colophon = std::move(col);
  }

  std::string_view xml_;
  const ParseOptions& opt_;
  Document& doc_;
  Diagnostics& diags_;
  SealLoader seals_;  // each seal file read and decoded once
  std::uintptr_t base_ = 0;  // address of pugixml's copy of the input
};

}  // namespace

bool parse_notice(std::string_view xml, const ParseOptions& options, Document& out,
                  Diagnostics& diags) {
  try {
    return Parser(xml, options, out, diags).run();
  } catch (const std::bad_alloc&) {
    diags.error("GW-E-OUT-OF-MEMORY",
                "ran out of memory while reading the XML; lower the input size", 0);
  } catch (const std::exception& e) {
    diags.error("GW-E-INTERNAL", fmt::format("reading the XML failed: {}", e.what()), 0);
  } catch (...) {
    diags.error("GW-E-INTERNAL", "reading the XML failed", 0);
  }
  return false;
}

}  // namespace gongwen::detail
