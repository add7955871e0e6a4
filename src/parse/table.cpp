#include "parse/table.hpp"

#include <fmt/format.h>

#include <charconv>
#include <string_view>

#include "parse/inline_element.hpp"

namespace gongwen::detail {

namespace {

using pugi::xml_attribute;
using pugi::xml_node;

std::string_view trim(std::string_view v) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!v.empty() && space(v.front())) v.remove_prefix(1);
  while (!v.empty() && space(v.back())) v.remove_suffix(1);
  return v;
}

// A positive decimal number ("14", "2.5"); false for anything else.
bool positive_number(std::string_view v, double& out) {
  if (v.empty() || v.size() > 12) return false;
  for (char c : v) {
    if ((c < '0' || c > '9') && c != '.') return false;
  }
  auto r = std::from_chars(v.data(), v.data() + v.size(), out);
  return r.ec == std::errc() && r.ptr == v.data() + v.size() && out > 0;
}

class TableReader {
 public:
  TableReader(ElementReader& r, Table& table) : r_(r), t_(table) {}

  void read(xml_node n) {
    r_.check_attributes(n, {"size"});
    t_.at = r_.at(n);
    read_size(n);
    bool seen_caption = false, seen_colgroup = false, seen_head = false;
    for (xml_node c : n.children()) {
      if (r_.skip_non_element(c, n)) continue;
      if (is(c, "caption")) {
        if (!r_.once(c, seen_caption)) continue;
        r_.check_attributes(c, {});
        t_.caption.push_back(read_inline_text(r_, c));
      } else if (is(c, "colgroup")) {
        if (r_.once(c, seen_colgroup)) read_colgroup(c);
      } else if (is(c, "thead")) {
        if (r_.once(c, seen_head)) read_section(c, t_.head, true);
      } else if (is(c, "tbody")) {
        read_section(c, t_.body, false);
      } else if (is(c, "tr")) {
        read_rows_of(c, t_.body);
      } else {
        reject(c, n);
      }
    }
    if (t_.head.empty() && t_.body.empty()) {
      r_.diags().error(msg("GW-E-MISSING-ELEMENT", "table-row"), t_.at);
    }
  }

 private:
  // A <table> inside a cell is its own error: the contract has no nested tables.
  void reject(xml_node c, xml_node parent) {
    if (is(c, "table")) {
      r_.diags().error(msg("GW-E-TABLE-NESTED"), r_.at(c));
      return;
    }
    r_.unknown(c, parent);
  }

  void read_size(xml_node n) {
    xml_attribute a = n.attribute("size");
    if (!a) return;
    std::string_view v = trim(a.value());
    if (v == "三号") {
      t_.size = TableSize::sanhao;
    } else if (v == "小三") {
      t_.size = TableSize::xiaosan;
    } else if (v == "四号") {
      t_.size = TableSize::sihao;
    } else if (v == "小四") {
      t_.size = TableSize::xiaosi;
    } else {
      r_.diags().error(msg("GW-E-BAD-ATTRIBUTE", "table-size", {{"value", a.value()}}),
                       r_.at(a, n));
    }
  }

  void read_colgroup(xml_node n) {
    r_.check_attributes(n, {});
    for (xml_node c : n.children()) {
      if (r_.skip_non_element(c, n)) continue;
      if (!is(c, "col")) {
        reject(c, n);
        continue;
      }
      r_.check_attributes(c, {"width", "align"});
      for (xml_node inner : c.children()) {
        if (!r_.skip_non_element(inner, c)) reject(inner, c);
      }
      TableColumn col;
      col.at = r_.at(c);
      if (xml_attribute w = c.attribute("width")) read_width(c, w, col);
      if (xml_attribute al = c.attribute("align")) col.align = read_align(c, al);
      if (t_.columns.size() >= kMaxTableColumns) {
        r_.diags().error(msg("GW-E-TABLE-ROW-WIDTH", "columns", {{"max", kMaxTableColumns}}),
                         col.at);
        return;
      }
      t_.columns.push_back(col);
    }
    if (t_.columns.empty()) {
      r_.diags().error(msg("GW-E-MISSING-ELEMENT", "colgroup-col"), r_.at(n));
    }
  }

  // width="N mm" or "N*" (shares of what the mm columns leave).
  void read_width(xml_node c, xml_attribute w, TableColumn& col) {
    std::string_view v = trim(w.value());
    double value = 0;
    if (v.size() > 2 && v.substr(v.size() - 2) == "mm" &&
        positive_number(trim(v.substr(0, v.size() - 2)), value)) {
      col.kind = TableColumn::Width::mm;
    } else if (v.size() > 1 && v.back() == '*' && positive_number(v.substr(0, v.size() - 1), value)) {
      col.kind = TableColumn::Width::share;
    } else if (v == "*") {
      col.kind = TableColumn::Width::share;
      value = 1;
    } else {
      r_.diags().error(msg("GW-E-TABLE-WIDTH", {{"value", w.value()}}), r_.at(w, c));
      return;
    }
    col.value = value;
  }

  std::optional<CellAlign> read_align(xml_node c, xml_attribute a) {
    std::string_view v = trim(a.value());
    if (v == "left") return CellAlign::left;
    if (v == "center") return CellAlign::center;
    if (v == "right") return CellAlign::right;
    r_.diags().error(msg("GW-E-BAD-ATTRIBUTE", "align", {{"value", a.value()}}), r_.at(a, c));
    return std::nullopt;
  }

  void read_section(xml_node n, std::vector<TableRow>& rows, bool head) {
    r_.check_attributes(n, {});
    std::vector<TableRow> section;
    for (xml_node c : n.children()) {
      if (r_.skip_non_element(c, n)) continue;
      if (is(c, "tr")) {
        section.push_back(read_row(c, head));
      } else {
        reject(c, n);
      }
    }
    check_spans(section, head ? "thead" : "tbody");
    for (TableRow& r : section) rows.push_back(std::move(r));
  }

  // Rows directly in <table> form one implicit <tbody> with their neighbours.
  void read_rows_of(xml_node first, std::vector<TableRow>& rows) {
    xml_node before = first.previous_sibling();
    while (before && before.type() != pugi::node_element) before = before.previous_sibling();
    if (before && is(before, "tr")) return;  // read with the group's first row
    std::vector<TableRow> section;
    for (xml_node c = first; c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      if (!is(c, "tr")) break;
      section.push_back(read_row(c, false));
    }
    check_spans(section, "table");
    for (TableRow& r : section) rows.push_back(std::move(r));
  }

  TableRow read_row(xml_node n, bool head) {
    r_.check_attributes(n, {});
    TableRow row;
    row.at = r_.at(n);
    for (xml_node c : n.children()) {
      if (r_.skip_non_element(c, n)) continue;
      if (is(c, "td") || is(c, "th")) {
        row.cells.push_back(read_cell(c, head || is(c, "th")));
      } else {
        reject(c, n);
      }
    }
    if (row.cells.empty()) {
      r_.error(msg("GW-E-MISSING-ELEMENT", "tr-cell"), n);
    }
    return row;
  }

  int read_span(xml_node c, const char* name) {
    xml_attribute a = c.attribute(name);
    if (!a) return 1;
    std::string_view v = trim(a.value());
    int value = 0;
    auto r = std::from_chars(v.data(), v.data() + v.size(), value);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size() || value < 1 || value > kMaxTableSpan) {
      r_.diags().error(msg("GW-E-BAD-ATTRIBUTE", "span",
                           {{"attribute", name}, {"value", a.value()}, {"max", kMaxTableSpan}}),
                       r_.at(a, c));
      return 1;
    }
    return value;
  }

  // A cell holds inline text (with <strong>) or several <p>, never both.
  TableCell read_cell(xml_node c, bool header) {
    r_.check_attributes(c, {"colspan", "rowspan"});
    TableCell cell;
    cell.at = r_.at(c);
    cell.header = header;
    cell.colspan = read_span(c, "colspan");
    cell.rowspan = read_span(c, "rowspan");
    bool blocks = false;
    for (xml_node k : c.children()) {
      if (k.type() == pugi::node_element && (is(k, "p") || is(k, "table"))) blocks = true;
    }
    if (!blocks) {
      Paragraph p = read_inline_text(r_, c, {.required = false});
      if (!p.spans.empty()) cell.paragraphs.push_back(std::move(p));
      return cell;
    }
    for (xml_node k : c.children()) {
      if (r_.skip_non_element(k, c)) continue;
      if (is(k, "p")) {
        r_.check_attributes(k, {});
        Paragraph p = read_inline_text(r_, k, {.required = false});
        if (!p.spans.empty()) cell.paragraphs.push_back(std::move(p));
      } else {
        reject(k, c);
      }
    }
    return cell;
  }

  // Places every cell of a row group on the column grid: a cell takes the first column
  // not covered by a rowspan from above. Each row must fill the column count exactly and
  // no rowspan may reach past the group's last row (HTML's table model, made strict).
  void check_spans(std::vector<TableRow>& rows, const char* group) {
    if (rows.empty()) return;
    if (t_.column_count == 0) {
      int n = 0;
      for (const TableCell& c : rows.front().cells) n += c.colspan;
      t_.column_count = t_.columns.empty() ? n : static_cast<int>(t_.columns.size());
      if (t_.column_count > kMaxTableColumns) {
        r_.diags().error(msg("GW-E-TABLE-ROW-WIDTH", "row-columns",
                             {{"columns", n}, {"max", kMaxTableColumns}}),
                         rows.front().at);
        t_.column_count = 0;
        return;
      }
    }
    const int columns = t_.column_count;
    std::vector<int> covered(static_cast<std::size_t>(columns), 0);  // rows still covered
    std::vector<SourceOffset> covered_by(static_cast<std::size_t>(columns), 0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      TableRow& row = rows[r];
      int col = 0;
      bool bad = false;
      for (TableCell& cell : row.cells) {
        while (col < columns && covered[static_cast<std::size_t>(col)] > 0) ++col;
        cell.column = col;
        if (col + cell.colspan > columns) {
          bad = true;
          break;
        }
        for (int k = col; k < col + cell.colspan; ++k) {
          covered[static_cast<std::size_t>(k)] = cell.rowspan;
          covered_by[static_cast<std::size_t>(k)] = cell.at;
        }
        col += cell.colspan;
      }
      int filled = 0;
      for (int k = 0; k < columns; ++k) filled += covered[static_cast<std::size_t>(k)] > 0;
      if (bad || filled != columns) {
        r_.diags().error(msg("GW-E-TABLE-ROW-WIDTH", bad ? "row-past" : "row-short",
                             {{"columns", columns}}),
                         row.at);
      }
      for (int& k : covered) k = k > 0 ? k - 1 : 0;
    }
    for (std::size_t k = 0; k < covered.size(); ++k) {
      if (covered[k] > 0) {
        r_.diags().error(msg("GW-E-TABLE-ROWSPAN", {{"rows", covered[k]}, {"element", group}}),
                         covered_by[k]);
        break;
      }
    }
  }

  ElementReader& r_;
  Table& t_;
};

}  // namespace

void read_table(ElementReader& r, xml_node n, std::vector<Block>& out) {
  Block b;
  b.kind = Block::Kind::table;
  b.table.emplace_back();
  TableReader(r, b.table.front()).read(n);
  out.push_back(std::move(b));
}

}  // namespace gongwen::detail
