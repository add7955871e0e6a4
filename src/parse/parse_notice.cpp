#include "parse/parse_notice.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <new>

#include "common/utf8.hpp"
#include "parse/date.hpp"
#include "parse/inline_text.hpp"

namespace gongwen::detail {

namespace {

using pugi::xml_node;

bool is(xml_node n, const char* name) { return std::strcmp(n.name(), name) == 0; }

bool blank(const char* s) {
  for (; *s; ++s) {
    if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') return false;
  }
  return true;
}

class Parser {
 public:
  Parser(std::string_view xml, const ParseOptions& o, Document& doc, Diagnostics& d)
      : xml_(xml), opt_(o), doc_(doc), diags_(d) {}

  bool run() {
    if (xml_.size() > opt_.max_input_bytes) {
      diags_.error("GW-E-INPUT-TOO-LARGE",
                   fmt::format("input is {} bytes; the limit is {} (raise it with "
                               "--max-input-bytes)",
                               xml_.size(), opt_.max_input_bytes),
                   0);
      return false;
    }
    if (!check_encoding()) return false;
    if (auto dt = xml_.find("<!DOCTYPE"); dt != std::string_view::npos) {
      diags_.error("GW-E-XML-DOCTYPE",
                   "a DOCTYPE is not allowed (no entities are ever expanded); remove it", dt);
      return false;
    }
    pugi::xml_document xdoc;
    pugi::xml_parse_result r =
        xdoc.load_buffer(xml_.data(), xml_.size(),
                         pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_declaration,
                         pugi::encoding_utf8);
    if (!r) {
      diags_.error("GW-E-XML-MALFORMED",
                   fmt::format("the XML is not well-formed: {}", r.description()),
                   static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, r.offset)));
      return false;
    }
    if (!check_depth(xdoc)) return false;
    xml_node root = xdoc.document_element();
    if (!is(root, "gongwen")) {
      error("GW-E-XML-ROOT", fmt::format("the root element must be <gongwen>, not <{}>",
                                         root.name()),
            root);
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
    if (n.type() == pugi::node_element && off > 0 && xml_[static_cast<std::size_t>(off) - 1] == '<') {
      --off;
    }
    return static_cast<SourceOffset>(off);
  }
  void error(const char* code, const std::string& msg, xml_node n) {
    diags_.error(code, msg, at(n));
  }
  void warning(const char* code, const std::string& msg, xml_node n) {
    diags_.warning(code, msg, at(n));
  }

  bool check_encoding() {
    std::string_view body = xml_;
    if (body.size() >= 2 && ((body[0] == '\xFE' && body[1] == '\xFF') ||
                             (body[0] == '\xFF' && body[1] == '\xFE'))) {
      diags_.error("GW-E-ENCODING", "the file is UTF-16; save it as UTF-8", 0);
      return false;
    }
    std::u32string decoded;
    std::size_t bad = 0;
    if (!from_utf8(body, decoded, &bad)) {
      diags_.error("GW-E-ENCODING",
                   "the file is not valid UTF-8 here; save it as UTF-8 (the contract's only "
                   "encoding)",
                   bad);
      return false;
    }
    if (body.rfind("<?xml", 0) == 0 || body.rfind("\xEF\xBB\xBF<?xml", 0) == 0) {
      auto end = body.find("?>");
      auto enc = body.substr(0, end).find("encoding");
      if (enc != std::string_view::npos) {
        auto q = body.find_first_of("\"'", enc);
        if (q != std::string_view::npos) {
          auto q2 = body.find(body[q], q + 1);
          std::string value(body.substr(q + 1, q2 - q - 1));
          for (char& c : value) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          if (value != "UTF-8" && value != "UTF8") {
            diags_.error("GW-E-ENCODING",
                         fmt::format("the XML declares encoding \"{}\"; only UTF-8 is accepted",
                                     std::string(body.substr(q + 1, q2 - q - 1))),
                         q + 1);
            return false;
          }
        }
      }
    }
    return true;
  }

  // Walks the tree without recursion, so hostile nesting cannot exhaust the stack.
  bool check_depth(const pugi::xml_document& xdoc) {
    xml_node n = xdoc.first_child();
    int depth = 1;
    while (n) {
      if (depth > opt_.max_depth) {
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

  void check_attributes(xml_node n, std::initializer_list<const char*> allowed) {
    for (pugi::xml_attribute a : n.attributes()) {
      bool ok = false;
      for (const char* name : allowed) ok = ok || std::strcmp(a.name(), name) == 0;
      if (!ok) {
        error("GW-E-UNKNOWN-ATTRIBUTE",
              fmt::format("<{}> has no attribute \"{}\"; see the README's XML format",
                          n.name(), a.name()),
              n);
      }
    }
  }

  void unknown(xml_node n, xml_node parent) {
    error("GW-E-UNKNOWN-ELEMENT",
          fmt::format("<{}> is not allowed inside <{}>; see the README's XML format", n.name(),
                      parent.name()),
          n);
  }

  // Text directly inside a container element is a mistake (e.g. text in <body>).
  bool container_text(xml_node child, xml_node parent) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      if (!blank(child.value())) {
        error("GW-E-BAD-TEXT",
              fmt::format("text directly inside <{}>; put it in an element such as <p>",
                          parent.name()),
              child);
      }
      return true;
    }
    return child.type() != pugi::node_element;  // comments, processing instructions
  }

  bool once(xml_node n, bool& seen) {
    if (seen) {
      error("GW-E-DUPLICATE-ELEMENT",
            fmt::format("<{}> appears more than once; keep one", n.name()), n);
      return false;
    }
    seen = true;
    return true;
  }

  // ---- inline text ----
  // Appends a text node's characters with the byte offset of each in the source (entity
  // and character references count from their '&').
  void append_text(Span& span, xml_node t) {
    std::u32string text;
    from_utf8(t.value(), text);
    std::size_t p = t.offset_debug() >= 0 ? static_cast<std::size_t>(t.offset_debug()) : 0;
    for (char32_t c : text) {
      span.text += c;
      span.src.push_back(static_cast<SourceOffset>(p));
      if (p >= xml_.size()) continue;
      if (xml_[p] == '&' && t.type() == pugi::node_pcdata) {
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

  void read_inline(xml_node n, Paragraph& p, bool strong, bool allow_strong, bool allow_br) {
    for (xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        if (p.spans.empty() || p.spans.back().strong != strong) {
          p.spans.push_back(Span{});
          p.spans.back().strong = strong;
        }
        append_text(p.spans.back(), c);
      } else if (c.type() == pugi::node_element) {
        if (allow_strong && is(c, "strong") && !strong) {
          check_attributes(c, {});
          read_inline(c, p, true, false, allow_br);
        } else if (allow_br && is(c, "br")) {
          check_attributes(c, {});
          if (p.spans.empty() || p.spans.back().strong != strong) {
            p.spans.push_back(Span{});
            p.spans.back().strong = strong;
          }
          p.spans.back().text += U'\u2028';
          p.spans.back().src.push_back(at(c));
        } else {
          unknown(c, n);
        }
      }
    }
  }

  // An element of inline text (<p>, <title>, <issuer>, …), normalised per the contract.
  Paragraph inline_text(xml_node n, bool allow_strong = true, bool allow_br = false,
                        bool required = true) {
    Paragraph p;
    p.at = at(n);
    read_inline(n, p, false, allow_strong, allow_br);
    collapse_whitespace(p);
    if (opt_.fullwidth_punctuation) {
      std::vector<SourceOffset> places = convert_halfwidth_punctuation(p);
      if (!places.empty()) {
        SourceLocation first = diags_.locate(places.front());
        diags_.warning("GW-W-HALFWIDTH-PUNCT",
                       fmt::format("{} half-width punctuation mark{} between Chinese characters "
                                   "in <{}> became full-width (first at {}:{}); use "
                                   "--keep-halfwidth-punct to keep them",
                                   places.size(), places.size() == 1 ? "" : "s", n.name(),
                                   first.line, first.column),
                       places.front());
      }
    }
    if (required && p.spans.empty()) {
      error("GW-E-EMPTY-ELEMENT", fmt::format("<{}> is empty; give it text", n.name()), n);
    }
    return p;
  }

  std::optional<Date> date(xml_node n) {
    check_attributes(n, {});
    Date d;
    std::string text = n.text().get();
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
  void read_root(xml_node root) {
    check_attributes(root, {"format"});
    if (pugi::xml_attribute f = root.attribute("format")) {
      std::string v = f.value();
      if (v == "document") {
        doc_.format = Format::document;
      } else if (v == "letter") {
        doc_.format = Format::letter;
      } else if (v == "order") {
        doc_.format = Format::order;
      } else if (v == "minutes") {
        doc_.format = Format::minutes;
      } else {
        error("GW-E-BAD-FORMAT",
              fmt::format("format=\"{}\" is not one of document, letter, order, minutes", v),
              root);
      }
    }
    bool seen[20] = {};
    bool have_body = false;
    for (xml_node c : root.children()) {
      if (container_text(c, root)) continue;
      if (is(c, "copy-number")) {
        if (!once(c, seen[0])) continue;
        check_attributes(c, {});
        doc_.copy_number = inline_text(c, false);
        std::u32string t;
        for (const Span& s : doc_.copy_number->spans) t += s.text;
        bool six = t.size() == 6;
        for (char32_t ch : t) six = six && ch >= U'0' && ch <= U'9';
        if (!six) warning("GW-W-COPY-NUMBER", "份号 is usually six digits, e.g. 000123", c);
      } else if (is(c, "secrecy")) {
        if (!once(c, seen[1])) continue;
        check_attributes(c, {"period"});
        doc_.secrecy = inline_text(c, false);
        if (pugi::xml_attribute period = c.attribute("period")) {
          Paragraph p;
          p.at = at(c);
          Span s;
          from_utf8(period.value(), s.text);
          s.src.assign(s.text.size(), at(c));
          if (!s.text.empty()) p.spans.push_back(std::move(s));
          doc_.secrecy_period = std::move(p);
        }
      } else if (is(c, "urgency")) {
        if (!once(c, seen[2])) continue;
        check_attributes(c, {});
        doc_.urgency = inline_text(c, false);
      } else if (is(c, "masthead")) {
        if (!once(c, seen[3])) continue;
        read_masthead(c);
      } else if (is(c, "doc-number")) {
        if (!once(c, seen[4])) continue;
        check_attributes(c, {});
        doc_.doc_number = inline_text(c, false);
      } else if (is(c, "signers")) {
        if (!once(c, seen[5])) continue;
        read_signers(c);
      } else if (is(c, "title")) {
        if (!once(c, seen[6])) continue;
        check_attributes(c, {});
        doc_.title = inline_text(c, false, true);
      } else if (is(c, "addressee")) {
        if (!once(c, seen[7])) continue;
        check_attributes(c, {});
        doc_.addressee = inline_text(c);
      } else if (is(c, "body")) {
        if (!once(c, seen[8])) continue;
        check_attributes(c, {});
        have_body = true;
        read_blocks(c, doc_.body, 1);
      } else if (is(c, "signature")) {
        if (!once(c, seen[9])) continue;
        read_signature(c);
      } else if (is(c, "note")) {
        if (!once(c, seen[10])) continue;
        check_attributes(c, {});
        doc_.note = inline_text(c);
      } else if (is(c, "attachment")) {
        read_attachment(c);
      } else if (is(c, "colophon")) {
        if (!once(c, seen[11])) continue;
        read_colophon(c);
      } else if (is(c, "attendees") || is(c, "absentees") || is(c, "observers")) {
        bool& s = seen[is(c, "attendees") ? 12 : is(c, "absentees") ? 13 : 14];
        if (!once(c, s)) continue;
        check_attributes(c, {});
        if (doc_.format != Format::minutes) {
          warning("GW-W-IGNORED-ELEMENT",
                  fmt::format("<{}> is laid out only in format=\"minutes\"", c.name()), c);
        }
        Paragraph p = inline_text(c, false);
        (is(c, "attendees") ? doc_.attendees : is(c, "absentees") ? doc_.absentees
                                                                  : doc_.observers) = p;
      } else {
        unknown(c, root);
      }
    }
    xml_node root_node = root;
    if (!have_body) {
      error("GW-E-MISSING-ELEMENT", "<body> is missing; every notice needs its 正文", root_node);
    }
    if (!doc_.title && (doc_.format == Format::document || doc_.format == Format::letter)) {
      error("GW-E-MISSING-ELEMENT",
            "<title> is missing; a document or letter needs its 标题", root_node);
    }
    if (doc_.format == Format::order && !doc_.issuers.empty() &&
        (!doc_.masthead_suffix || doc_.masthead_suffix->empty())) {
      error("GW-E-MISSING-ELEMENT",
            "an order's <masthead> needs suffix=\"命令\" or suffix=\"令\"", root.child("masthead"));
    }
  }

  void read_masthead(xml_node n) {
    check_attributes(n, {"suffix"});
    doc_.masthead_at = at(n);
    if (pugi::xml_attribute s = n.attribute("suffix")) {
      std::u32string v;
      from_utf8(s.value(), v);
      doc_.masthead_suffix = v;
    } else if (doc_.format == Format::document) {
      doc_.masthead_suffix = U"文件";
    } else if (doc_.format == Format::minutes) {
      doc_.masthead_suffix = U"纪要";
    }
    for (xml_node c : n.children()) {
      if (container_text(c, n)) continue;
      if (is(c, "issuer")) {
        check_attributes(c, {});
        doc_.issuers.push_back(inline_text(c, false));
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
      if (container_text(c, n)) continue;
      if (is(c, "signer")) {
        check_attributes(c, {});
        doc_.signers.push_back(inline_text(c, false));
      } else {
        unknown(c, n);
      }
    }
    if (doc_.signers.empty()) {
      error("GW-E-MISSING-ELEMENT", "<signers> needs at least one <signer>", n);
    }
  }

  void read_blocks(xml_node n, std::vector<Block>& out, int depth) {
    for (xml_node c : n.children()) {
      if (container_text(c, n)) continue;
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
      } else {
        unknown(c, n);
      }
    }
  }

  void read_section(xml_node n, std::vector<Block>& out, int depth) {
    check_attributes(n, {"runin", "number"});
    if (depth > 4) {
      error("GW-E-SECTION-DEPTH",
            "sections go four levels deep at most (一、（一）1.（1）); this is a fifth", n);
      return;
    }
    Section s;
    s.at = at(n);
    if (pugi::xml_attribute r = n.attribute("runin")) {
      std::string v = r.value();
      if (v != "true" && v != "false") {
        error("GW-E-BAD-ATTRIBUTE", "runin must be \"true\" or \"false\"", n);
      }
      s.runin = v == "true";
    }
    if (pugi::xml_attribute num = n.attribute("number")) {
      if (std::strcmp(num.value(), "none") != 0) {
        error("GW-E-BAD-ATTRIBUTE", "number may only be \"none\" (numbers are automatic)", n);
      }
      s.numbered = false;
    }
    bool have_heading = false;
    for (xml_node c : n.children()) {
      if (c.type() == pugi::node_element && is(c, "heading")) {
        if (have_heading) {
          error("GW-E-DUPLICATE-ELEMENT", "a <section> has one <heading>", c);
          continue;
        }
        check_attributes(c, {});
        have_heading = true;
        s.heading = inline_text(c);
      }
    }
    if (!have_heading) {
      error("GW-E-MISSING-ELEMENT", "a <section> needs a <heading>", n);
    }
    xml_node filtered = n;
    for (xml_node c : filtered.children()) {
      if (c.type() == pugi::node_element && is(c, "heading")) continue;
      if (container_text(c, n)) continue;
      if (is(c, "p")) {
        check_attributes(c, {});
        Block b;
        b.paragraph = inline_text(c, true, false, false);
        if (!b.paragraph.spans.empty()) s.blocks.push_back(std::move(b));
      } else if (is(c, "section")) {
        read_section(c, s.blocks, depth + 1);
      } else {
        unknown(c, n);
      }
    }
    Block b;
    b.kind = Block::Kind::section;
    b.section.push_back(std::move(s));
    out.push_back(std::move(b));
  }

  void read_signature(xml_node n) {
    check_attributes(n, {});
    Signature sig;
    sig.at = at(n);
    for (xml_node c : n.children()) {
      if (container_text(c, n)) continue;
      if (is(c, "issuer")) {
        check_attributes(c, {});
        sig.issuers.push_back(inline_text(c, false));
      } else if (is(c, "position")) {
        check_attributes(c, {});
        sig.position = inline_text(c, false);
      } else if (is(c, "name")) {
        check_attributes(c, {});
        sig.name = inline_text(c, false);
      } else if (is(c, "date")) {
        sig.date = date(c);
      } else if (is(c, "seal")) {
        read_seal(c, sig);
      } else {
        unknown(c, n);
      }
    }
    if (!sig.date && !c_has(n, "date")) {
      error("GW-E-MISSING-ELEMENT", "<signature> needs a <date> (成文日期)", n);
    }
    if (!sig.seals.empty() && doc_.format != Format::order &&
        sig.seals.size() != sig.issuers.size()) {
      error("GW-E-SEAL-COUNT",
            fmt::format("{} seal(s) for {} issuer(s); give one <seal> per <issuer>",
                        sig.seals.size(), sig.issuers.size()),
            n);
    }
    doc_.signature = std::move(sig);
  }

  static bool c_has(xml_node n, const char* name) { return static_cast<bool>(n.child(name)); }

  void read_seal(xml_node c, Signature& sig) {
    check_attributes(c, {"src"});
    std::string src = c.attribute("src").value();
    if (src.empty()) {
      error("GW-E-MISSING-ATTRIBUTE", "<seal> needs src=\"file.png\"", c);
      return;
    }
    std::filesystem::path p(src);
    if (p.is_relative() && !opt_.base_dir.empty()) p = std::filesystem::path(opt_.base_dir) / p;
    unsigned char sig8[8] = {};
    std::FILE* f = std::fopen(p.string().c_str(), "rb");
    bool png = f && std::fread(sig8, 1, 8, f) == 8 &&
               std::memcmp(sig8, "\x89PNG\r\n\x1a\n", 8) == 0;
    if (f) std::fclose(f);
    if (!png) {
      error("GW-E-SEAL-UNREADABLE",
            fmt::format("the seal image {} {}; give a PNG (with transparency) relative to the "
                        "XML file",
                        p.string(), f ? "is not a PNG" : "cannot be read"),
            c);
      return;
    }
    sig.seals.push_back(Seal{src, at(c)});
  }

  void read_attachment(xml_node n) {
    check_attributes(n, {"title"});
    Attachment a;
    a.at = at(n);
    pugi::xml_attribute t = n.attribute("title");
    if (!t || blank(t.value())) {
      error("GW-E-MISSING-ATTRIBUTE", "<attachment> needs title=\"…\" (the 附件 name)", n);
    } else {
      Span s;
      from_utf8(t.value(), s.text);
      s.src.assign(s.text.size(), at(n));
      a.title.at = at(n);
      a.title.spans.push_back(std::move(s));
      collapse_whitespace(a.title);
    }
    read_blocks(n, a.blocks, 1);
    doc_.attachments.push_back(std::move(a));
  }

  void read_colophon(xml_node n) {
    check_attributes(n, {});
    Colophon col;
    col.at = at(n);
    bool seen[6] = {};
    for (xml_node c : n.children()) {
      if (container_text(c, n)) continue;
      if (is(c, "main-to")) {
        if (!once(c, seen[0])) continue;
        check_attributes(c, {});
        col.main_to = inline_text(c, false);
      } else if (is(c, "cc")) {
        if (!once(c, seen[1])) continue;
        check_attributes(c, {"label"});
        col.cc = inline_text(c, false);
        if (pugi::xml_attribute l = c.attribute("label")) from_utf8(l.value(), col.cc_label);
      } else if (is(c, "printer")) {
        if (!once(c, seen[2])) continue;
        check_attributes(c, {});
        col.printer = inline_text(c, false);
      } else if (is(c, "print-date")) {
        if (!once(c, seen[3])) continue;
        col.print_date = date(c);
      } else if (is(c, "proofreader")) {
        if (!once(c, seen[4])) continue;
        check_attributes(c, {});
        col.proofreader = inline_text(c, false);
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
};

}  // namespace

bool parse_notice(std::string_view xml, const ParseOptions& options, Document& out,
                  Diagnostics& diags) {
  try {
    return Parser(xml, options, out, diags).run();
  } catch (const std::bad_alloc&) {
    diags.error("GW-E-OUT-OF-MEMORY", "ran out of memory while reading the XML", 0);
    return false;
  }
}

}  // namespace gongwen::detail
