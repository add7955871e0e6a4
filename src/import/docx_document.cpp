#include "import/docx_document.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <map>

#include "common/utf8.hpp"
#include "import/docx_numbering.hpp"
#include "import/docx_styles.hpp"

namespace gongwen::detail {
namespace {

bool on(const pugi::xml_node& prop) {
  if (!prop) return false;
  std::string v = prop.attribute("w:val").as_string("true");
  return v != "0" && v != "false" && v != "off";
}

// Red as Word writes it: FF0000 and the reds of its palette (C00000, E60000 …).
bool red(const pugi::xml_node& rpr) {
  std::string c = rpr.child("w:color").attribute("w:val").as_string();
  if (c.size() != 6) return false;
  unsigned long v = std::strtoul(c.c_str(), nullptr, 16);
  return ((v >> 16) & 0xFF) >= 0xC0 && ((v >> 8) & 0xFF) < 0x40 && (v & 0xFF) < 0x40;
}

class BodyReader {
 public:
  BodyReader(const pugi::xml_node& numbering, const pugi::xml_node& styles, ImportLog& log)
      : log_(log) {
    numbering_.load(numbering);
    styles_.load(styles);
  }

  void blocks(const pugi::xml_node& parent) {
    for (pugi::xml_node n : parent.children()) {
      if (std::strcmp(n.name(), "w:p") == 0) paragraph(n);
      else if (std::strcmp(n.name(), "w:tbl") == 0) table(n);
      else if (std::strcmp(n.name(), "w:sdt") == 0) blocks(n.child("w:sdtContent"));
    }
  }
  DocxContent take() { return std::move(out_); }

 private:
  struct Runs {
    std::u32string text;
    std::vector<bool> strong;  // per character: inside a bold run
    bool any_red = false, all_bold = true, large = false;
  };

  // The text of a paragraph's runs; text boxes inside it are read first, as paragraphs
  // of their own (a masthead drawn in a text box stands above what anchors it).
  void runs(const pugi::xml_node& n, Runs& r) {
    for (pugi::xml_node c : n.children()) {
      const char* name = c.name();
      if (std::strcmp(name, "mc:Fallback") == 0) continue;  // the same box again, as VML
      if (std::strcmp(name, "w:txbxContent") == 0) {
        blocks(c);
        continue;
      }
      if (std::strcmp(name, "w:r") == 0) {
        pugi::xml_node rpr = c.child("w:rPr");
        bold_ = on(rpr.child("w:b"));
        if (c.child("w:t")) {
          r.any_red = r.any_red || red(rpr);
          r.all_bold = r.all_bold && bold_;
          r.large = r.large || rpr.child("w:sz").attribute("w:val").as_int(0) >= 36;  // ≥ 18 pt
        }
      }
      if (std::strcmp(name, "w:t") == 0) {
        std::u32string t;
        from_utf8(c.text().get(), t);
        // U+2028/2029 would be the model's forced break: a line break in Word is a space here.
        for (char32_t& ch : t) ch = (ch == U'\u2028' || ch == U'\u2029') ? U'\u3000' : ch;
        r.text += t;
        r.strong.insert(r.strong.end(), t.size(), bold_);
      } else if (std::strcmp(name, "w:tab") == 0 || std::strcmp(name, "w:br") == 0) {
        r.text.push_back(U'\u3000');
        r.strong.push_back(bold_);
      } else if (std::strcmp(name, "w:pPr") != 0 && std::strcmp(name, "w:rPr") != 0) {
        runs(c, r);
      }
    }
  }

  std::u32string label(const pugi::xml_node& p) {
    // The paragraph's own w:numPr, else its style's (numId 0: numbering switched off).
    NumPr num = styles_.effective(p.child("w:pPr"));
    if (num.num_id == 0) return {};
    return numbering_.next_label(num.num_id, num.ilvl);
  }

  void paragraph(const pugi::xml_node& p) {
    ++number_;
    const int number = number_;
    Runs r;
    runs(p, r);
    std::u32string lab = label(p);
    // Trimmed as plain text lines are (import.md: indentation is layout), emphasis with it.
    std::size_t a = 0, b = r.text.size();
    while (a < b && (is_space(r.text[a]) || r.text[a] == U'\n' || r.text[a] == U'\r')) ++a;
    while (b > a && (is_space(r.text[b - 1]) || r.text[b - 1] == U'\n' || r.text[b - 1] == U'\r')) --b;
    if (a == b) return;
    SourceLine l{number, r.text.substr(a, b - a), -1, r.any_red, false, {}};
    // A paragraph bold throughout (a title, a heading) is its style, not an emphasis.
    if (!r.all_bold) l.strong.assign(r.strong.begin() + static_cast<std::ptrdiff_t>(a),
                                     r.strong.begin() + static_cast<std::ptrdiff_t>(b));
    if (std::find(l.strong.begin(), l.strong.end(), true) == l.strong.end()) l.strong.clear();
    if (!lab.empty()) {
      log_.note(number, "fixed", msg("import-note", "list-number", {{"number", to_utf8(lab)}}));
      l.text = lab + l.text;
      if (!l.strong.empty()) l.strong.insert(l.strong.begin(), lab.size(), false);
    }
    std::string jc = p.child("w:pPr").child("w:jc").attribute("w:val").as_string();
    l.title_cue = jc == "center" && r.large && r.all_bold;
    out_.lines.push_back(std::move(l));
  }

  // A cell's paragraphs, as text.
  std::vector<std::u32string> cell_text(const pugi::xml_node& tc) {
    std::vector<std::u32string> ps;
    for (pugi::xml_node p : tc.children("w:p")) {
      Runs r;
      runs(p, r);
      std::u32string t = label(p);
      for (const SourceLine& s : split_lines(r.text)) t += s.text;
      if (!t.empty()) ps.push_back(t);
    }
    if (ps.empty()) ps.emplace_back();
    return ps;
  }

  void table(const pugi::xml_node& tbl) {
    ++number_;
    DraftTable t;
    // The cell that starts a vertical merge in each grid column (row, cell index).
    std::map<int, std::pair<std::size_t, std::size_t>> merge_start;
    bool leading_header = true;
    for (pugi::xml_node tr : tbl.children("w:tr")) {
      DraftRow row;
      row.header = leading_header && on(tr.child("w:trPr").child("w:tblHeader"));
      leading_header = row.header;
      int col = 0;
      for (pugi::xml_node tc : tr.children("w:tc")) {
        pugi::xml_node pr = tc.child("w:tcPr");
        int span = std::max(1, pr.child("w:gridSpan").attribute("w:val").as_int(1));
        pugi::xml_node vmerge = pr.child("w:vMerge");
        std::string vm = vmerge.attribute("w:val").as_string();
        if (vmerge && vm != "restart" && merge_start.count(col)) {
          auto [r0, c0] = merge_start[col];
          ++t.rows[r0].cells[c0].rowspan;  // covered by the cell above: no cell of its own
        } else {
          DraftCell c;
          c.paragraphs = cell_text(tc);
          c.colspan = span;
          row.cells.push_back(std::move(c));
          if (vmerge) merge_start[col] = {t.rows.size(), row.cells.size() - 1};
          else merge_start.erase(col);
        }
        col += span;
      }
      t.rows.push_back(std::move(row));
    }
    out_.lines.push_back({number_, {}, static_cast<int>(out_.tables.size()), false, false, {}});
    out_.tables.push_back(std::move(t));
  }

  ImportLog& log_;
  bool bold_ = false;  // the run being read is bold
  DocxNumbering numbering_;
  DocxStyles styles_;
  DocxContent out_;
  int number_ = 0;
};

}  // namespace

DocxContent read_docx_body(const pugi::xml_node& body, const pugi::xml_node& numbering,
                           const pugi::xml_node& styles, ImportLog& log) {
  BodyReader r(numbering, styles, log);
  r.blocks(body);
  return r.take();
}

}  // namespace gongwen::detail
