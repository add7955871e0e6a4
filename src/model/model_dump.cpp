#include "model/model_dump.hpp"

#include <fmt/format.h>

#include "common/utf8.hpp"

namespace gongwen::detail {

namespace {

const char* format_name(Format f) {
  switch (f) {
    case Format::document:
      return "document";
    case Format::letter:
      return "letter";
    case Format::order:
      return "order";
    case Format::minutes:
      return "minutes";
  }
  return "?";
}

class ModelPrinter {
 public:
  explicit ModelPrinter(const SourceMap& map) : map_(map) {}

  void line(const std::string& kind, SourceOffset at, const std::string& fields) {
    SourceLocation loc = map_.locate(at);
    out_ += fmt::format("{} @{}:{}{}{}\n", kind, loc.line, loc.column, fields.empty() ? "" : " ",
                        fields);
  }
  void text(const std::string& kind, const Paragraph& p) { line(kind, p.at, quoted(p)); }
  void text(const std::string& kind, const std::optional<Paragraph>& p) {
    if (p) text(kind, *p);
  }
  void date(const std::string& kind, const std::optional<Date>& d) {
    if (d) line(kind, d->at, fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day));
  }

  void blocks(const std::string& path, const std::vector<Block>& list) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      const Block& b = list[i];
      const std::string here = fmt::format("{}/{}", path, i + 1);
      if (b.kind == Block::Kind::paragraph) {
        text(here + " p", b.paragraph);
        continue;
      }
      const Section& s = b.section.front();
      line(here + " section", s.at,
           fmt::format("numbered={} runin={} heading={}", s.numbered ? "yes" : "no",
                       s.runin ? "yes" : "no", quoted(s.heading)));
      blocks(here, s.blocks);
    }
  }

  std::string take() { return std::move(out_); }

  // The paragraph's text in quotes; <strong> runs in «», U+2028 as ⏎.
  static std::string quoted(const Paragraph& p) {
    std::string s = "\"";
    for (const Span& span : p.spans) {
      if (span.strong) s += "«";
      for (char32_t c : span.text) {
        if (c == U'\u2028') {
          s += "⏎";
        } else if (c == U'"' || c == U'\\') {
          s += '\\';
          s += static_cast<char>(c);
        } else {
          append_utf8(s, c);
        }
      }
      if (span.strong) s += "»";
    }
    return s + "\"";
  }

 private:
  const SourceMap& map_;
  std::string out_;
};

}  // namespace

std::string dump_model(const Document& doc, const SourceMap& map) {
  ModelPrinter p(map);
  p.line("format", 0, format_name(doc.format));
  p.text("copy-number", doc.copy_number);
  p.text("secrecy", doc.secrecy);
  p.text("secrecy-period", doc.secrecy_period);
  p.text("urgency", doc.urgency);
  if (!doc.issuers.empty() || doc.masthead_suffix) {
    p.line("masthead", doc.masthead_at,
           doc.masthead_suffix ? fmt::format("suffix=\"{}\"", to_utf8(*doc.masthead_suffix))
                               : std::string("suffix=default"));
  }
  for (const Paragraph& i : doc.issuers) p.text("masthead/issuer", i);
  p.text("doc-number", doc.doc_number);
  for (const Paragraph& s : doc.signers) p.text("signer", s);
  p.text("title", doc.title);
  p.text("addressee", doc.addressee);
  p.blocks("body", doc.body);
  p.text("attendees", doc.attendees);
  p.text("absentees", doc.absentees);
  p.text("observers", doc.observers);
  if (const auto& sig = doc.signature) {
    p.line("signature", sig->at, "");
    for (const Paragraph& i : sig->issuers) p.text("signature/issuer", i);
    p.text("signature/position", sig->position);
    p.text("signature/name", sig->name);
    p.date("signature/date", sig->date);
    for (const Seal& s : sig->seals)
      p.line("signature/seal", s.at, fmt::format("src=\"{}\"", s.src));
  }
  p.text("note", doc.note);
  for (std::size_t i = 0; i < doc.attachments.size(); ++i) {
    const Attachment& a = doc.attachments[i];
    const std::string path = fmt::format("attachment/{}", i + 1);
    p.line(path, a.at, fmt::format("title={}", ModelPrinter::quoted(a.title)));
    p.blocks(path, a.blocks);
  }
  if (const auto& col = doc.colophon) {
    p.line("colophon", col->at, "");
    p.text("colophon/main-to", col->main_to);
    if (col->cc) {
      p.line(
          "colophon/cc", col->cc->at,
          fmt::format("label=\"{}\" {}", to_utf8(col->cc_label), ModelPrinter::quoted(*col->cc)));
    }
    p.text("colophon/printer", col->printer);
    p.date("colophon/print-date", col->print_date);
    p.text("colophon/proofreader", col->proofreader);
  }
  return p.take();
}

}  // namespace gongwen::detail
