#include <fmt/format.h>

#include "import/line_text.hpp"
#include "import/notice_draft.hpp"

namespace gongwen::detail {
namespace {

// XML 1.0 §2.4: & and < always escaped, > too (for "]]>"), " in attributes.
std::string escaped(std::u32string_view s, bool attribute = false) {
  std::string out;
  for (char c : utf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// A comment may not hold "--" (XML 1.0 §2.5).
std::string comment_text(std::string s) {
  for (std::size_t i; (i = s.find("--")) != std::string::npos;) s.replace(i, 2, "- -");
  return s;
}

class Writer {
 public:
  void element(int depth, const char* name, std::u32string_view text) {
    if (text.empty()) return;
    line(depth, fmt::format("<{0}>{1}</{0}>", name, escaped(text)));
  }
  void line(int depth, const std::string& s) {
    out_.append(static_cast<std::size_t>(depth) * 2, ' ');
    out_ += s;
    out_ += '\n';
  }
  // A paragraph, its bold runs as <strong> (a .docx's emphasis: 黑体 at the same size).
  void paragraph(int depth, const DraftBlock& b) {
    if (b.strong.size() != b.text.size()) {
      element(depth, "p", b.text);
      return;
    }
    std::string out = "<p>";
    for (std::size_t i = 0; i < b.text.size();) {
      std::size_t j = i;
      while (j < b.text.size() && b.strong[j] == b.strong[i]) ++j;
      std::string run = escaped(std::u32string_view(b.text).substr(i, j - i));
      out += b.strong[i] ? "<strong>" + run + "</strong>" : run;
      i = j;
    }
    line(depth, out + "</p>");
  }
  void table(int depth, const DraftTable& t) {
    line(depth, "<table>");
    std::size_t head = 0;
    while (head < t.rows.size() && t.rows[head].header) ++head;
    auto rows = [&](std::size_t from, std::size_t to, const char* group, const char* cell) {
      if (from == to) return;
      line(depth + 1, fmt::format("<{}>", group));
      for (std::size_t r = from; r < to; ++r) {
        std::string tr = "<tr>";
        for (const DraftCell& c : t.rows[r].cells) {
          std::string attrs;
          if (c.colspan > 1) attrs += fmt::format(" colspan=\"{}\"", c.colspan);
          if (c.rowspan > 1) attrs += fmt::format(" rowspan=\"{}\"", c.rowspan);
          std::string content;
          if (c.paragraphs.size() == 1) content = escaped(c.paragraphs[0]);
          else for (const auto& p : c.paragraphs) content += "<p>" + escaped(p) + "</p>";
          tr += fmt::format("<{0}{1}>{2}</{0}>", cell, attrs, content);
        }
        line(depth + 2, tr + "</tr>");
      }
      line(depth + 1, fmt::format("</{}>", group));
    };
    rows(0, head, "thead", "th");
    rows(head, t.rows.size(), "tbody", "td");
    line(depth, "</table>");
  }
  void blocks(int depth, const std::vector<DraftBlock>& bs) {
    for (const DraftBlock& b : bs) {
      if (b.table >= 0) {
        table(depth, (*tables_)[static_cast<std::size_t>(b.table)]);
        continue;
      }
      if (!b.section) {
        paragraph(depth, b);
        continue;
      }
      std::string attrs;
      if (!b.numbered) attrs += " number=\"none\"";
      if (b.runin) attrs += " runin=\"true\"";
      line(depth, fmt::format("<section{}>", attrs));
      element(depth + 1, "heading", b.text);
      blocks(depth + 1, b.blocks);
      line(depth, "</section>");
    }
  }
  std::string take() { return std::move(out_); }
  void set_tables(const std::vector<DraftTable>* t) { tables_ = t; }

 private:
  std::string out_;
  const std::vector<DraftTable>* tables_ = nullptr;
};

}  // namespace

std::string write_notice_xml(const NoticeDraft& d, const std::string& source_name) {
  Writer w;
  w.set_tables(&d.tables);
  w.line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  w.line(0, fmt::format("<!-- Imported by gongwen import from {}; check it against the original. -->",
                        comment_text(source_name)));
  for (const std::string& m : d.missing) {
    w.line(0, fmt::format("<!-- INCOMPLETE (--partial): missing {} -->", comment_text(m)));
  }
  w.line(0, "<gongwen format=\"document\">");
  w.element(1, "copy-number", d.copy_number);
  if (!d.secrecy.empty()) {
    std::string period = d.secrecy_period.empty()
                             ? "" : fmt::format(" period=\"{}\"", escaped(d.secrecy_period, true));
    w.line(1, fmt::format("<secrecy{}>{}</secrecy>", period, escaped(d.secrecy)));
  }
  w.element(1, "urgency", d.urgency);
  if (!d.masthead.empty()) {
    w.line(1, fmt::format("<masthead suffix=\"{}\">", escaped(d.masthead_suffix, true)));
    for (const auto& i : d.masthead) w.element(2, "issuer", i);
    w.line(1, "</masthead>");
  }
  w.element(1, "doc-number", d.doc_number);
  if (!d.signers.empty()) {
    w.line(1, "<signers>");
    for (const auto& s : d.signers) w.element(2, "signer", s);
    w.line(1, "</signers>");
  }
  w.element(1, "title", d.title);
  w.element(1, "addressee", d.addressee);
  w.line(1, "<body>");
  w.blocks(2, d.body);
  w.line(1, "</body>");
  if (!d.signature_issuers.empty() || !d.date.empty()) {
    w.line(1, "<signature>");
    for (const auto& i : d.signature_issuers) w.element(2, "issuer", i);
    if (!d.date.empty()) w.line(2, fmt::format("<date>{}</date>", d.date));
    w.line(1, "</signature>");
  }
  w.element(1, "note", d.note);
  for (const DraftAttachment& a : d.attachments) {
    w.line(1, fmt::format("<attachment title=\"{}\">", escaped(a.title, true)));
    w.blocks(2, a.blocks);
    w.line(1, "</attachment>");
  }
  if (!d.main_to.empty() || !d.cc.empty() || !d.printer.empty() || !d.print_date.empty() ||
      !d.proofreader.empty()) {
    w.line(1, "<colophon>");
    w.element(2, "main-to", d.main_to);
    if (!d.cc.empty()) {
      w.line(2, fmt::format("<cc label=\"{}\">{}</cc>", escaped(d.cc_label, true), escaped(d.cc)));
    }
    w.element(2, "printer", d.printer);
    if (!d.print_date.empty()) w.line(2, fmt::format("<print-date>{}</print-date>", d.print_date));
    w.element(2, "proofreader", d.proofreader);
    w.line(1, "</colophon>");
  }
  w.line(0, "</gongwen>");
  return w.take();
}

}  // namespace gongwen::detail
