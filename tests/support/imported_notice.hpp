// Reading an imported notice back for the import tests: its structure element by element,
// its outline (every element with attributes and own text), and the check that no content
// character of the input was lost.
#pragma once

#include <pugixml.hpp>

#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "common/utf8.hpp"
#include "gongwen/import.hpp"

namespace gongwen::test {

inline std::string all_text(const pugi::xml_node& n) {
  std::string s;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    s += c.type() == pugi::node_pcdata ? std::string(c.value()) : all_text(c);
  }
  return s;
}

// The notice's structure in document order as "kind: text": masthead, doc-number, title,
// addressee, h1..h4 (heading by depth), p (its text, <strong> flattened), signature/issuer,
// signature/date, note, attachment, colophon/<child>[label]. Paragraphs are listed in order
// whatever section holds them: plain text cannot say whether a closing paragraph belongs
// to the last section or to the body, and both render alike.
inline std::vector<std::string> notice_structure(const std::string& xml) {
  pugi::xml_document doc;
  std::vector<std::string> out;
  if (!doc.load_string(xml.c_str())) return {"(not well-formed)"};
  auto blocks = [&](auto&& self, const pugi::xml_node& parent, int depth) -> void {
    for (pugi::xml_node c : parent.children()) {
      std::string name = c.name();
      if (name == "p") out.push_back("p: " + all_text(c));
      if (name == "section") {
        out.push_back("h" + std::to_string(depth + 1) + ": " + all_text(c.child("heading")));
        self(self, c, depth + 1);
      }
    }
  };
  for (pugi::xml_node c : doc.child("gongwen").children()) {
    std::string name = c.name();
    if (name == "masthead" || name == "signature" || name == "colophon" || name == "signers") {
      for (pugi::xml_node i : c.children()) {
        std::string label = i.attribute("label") ? "[" + std::string(i.attribute("label").value()) + "]" : "";
        out.push_back(name + "/" + i.name() + label + ": " + all_text(i));
      }
    } else if (name == "body") {
      blocks(blocks, c, 0);
    } else if (name == "attachment") {
      out.push_back("attachment: " + std::string(c.attribute("title").value()));
      blocks(blocks, c, 0);
    } else if (c.type() == pugi::node_element) {
      out.push_back(name + ": " + all_text(c));
    }
  }
  return out;
}

// Every element as "path [attr=value ...]: own text", in document order.
inline void outline_into(const pugi::xml_node& n, const std::string& path,
                         std::vector<std::string>& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string line = path + "/" + c.name();
    for (pugi::xml_attribute a : c.attributes()) line += std::string(" ") + a.name() + "=" + a.value();
    std::string own;
    for (pugi::xml_node t : c.children()) {
      if (t.type() == pugi::node_pcdata) own += t.value();
    }
    out.push_back(line + ": " + own);
    outline_into(c, path + "/" + c.name(), out);
  }
}
inline std::vector<std::string> xml_outline(const std::string& xml) {
  pugi::xml_document doc;
  if (!doc.load_string(xml.c_str())) return {"(not well-formed)"};
  std::vector<std::string> out;
  outline_into(doc, "", out);
  return out;
}

// Content for the never-lose check: ideographs (and 〇), Latin letters, digits.
inline bool is_content_char(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
         (c >= 0x3400 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == U'〇';
}

// The text a reader sees for the XML, in document order, with what the engine generates
// from it written out as GB/T 9704 prints it: heading numbers, 附件说明, dates as
// 2022年3月31日, 印发, the 抄送/校对 labels. Written independently of the importer.
inline constexpr const char* kChineseNumbers[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
inline std::string readable_text(const std::string& xml) {
  const auto& cn = kChineseNumbers;
  auto date = [](std::string iso) {
    if (iso.size() != 10) return iso;
    return std::to_string(std::stoi(iso.substr(0, 4))) + "年" + std::to_string(std::stoi(iso.substr(5, 2))) +
           "月" + std::to_string(std::stoi(iso.substr(8, 2))) + "日";
  };
  pugi::xml_document doc;
  if (!doc.load_string(xml.c_str())) return {};
  std::string s;
  auto blocks = [&](auto&& self, const pugi::xml_node& parent, int depth) -> void {
    int n = 0;
    for (pugi::xml_node c : parent.children()) {
      if (std::string(c.name()) == "p" || std::string(c.name()) == "table") s += all_text(c) + "\n";
      if (std::string(c.name()) != "section") continue;
      if (std::string(c.attribute("number").value()) != "none") {
        ++n;
        std::string num = depth < 2 ? (n <= 10 ? cn[n] : std::to_string(n)) : std::to_string(n);
        s += depth == 0 ? num + "、" : depth == 1 ? "（" + num + "）" : depth == 2 ? num + "." : "（" + num + "）";
      }
      s += all_text(c.child("heading")) + "\n";
      self(self, c, depth + 1);
    }
  };
  pugi::xml_node root = doc.child("gongwen");
  int attachments = 0;
  for (pugi::xml_node c : root.children()) {
    std::string name = c.name();
    if (name == "secrecy") s += all_text(c) + c.attribute("period").value() + "\n";
    else if (name == "masthead") {
      for (pugi::xml_node i : c.children("issuer")) s += all_text(i) + c.attribute("suffix").value() + "\n";
    } else if (name == "body") {
      blocks(blocks, c, 0);
      int k = 0;
      for (pugi::xml_node a : root.children("attachment")) {
        s += "附件" + std::to_string(++k) + a.attribute("title").value() + "\n";
      }
    } else if (name == "signature") {
      for (pugi::xml_node i : c.children("issuer")) s += all_text(i) + "\n";
      s += date(all_text(c.child("date"))) + "\n";
    } else if (name == "attachment") {
      // The page label: 附件 for one attachment, 附件1, 附件2 … for several.
      ++attachments;
      std::string number = std::distance(root.children("attachment").begin(),
                                         root.children("attachment").end()) > 1
                               ? std::to_string(attachments) : "";
      s += "附件" + number + "\n" + c.attribute("title").value() + "\n";
      blocks(blocks, c, 0);
    } else if (name == "colophon") {
      for (pugi::xml_node i : c.children()) {
        std::string n = i.name();
        if (n == "main-to") s += "主送" + all_text(i) + "\n";
        if (n == "cc") s += std::string(i.attribute("label") ? i.attribute("label").value() : "抄送") + all_text(i) + "\n";
        if (n == "printer") s += all_text(i) + "\n";
        if (n == "print-date") s += date(all_text(i)) + "印发\n";
        if (n == "proofreader") s += "校对" + all_text(i) + "\n";
      }
    } else if (c.type() == pugi::node_element) {
      s += all_text(c) + "\n";
    }
  }
  return s;
}

// Empty when every content character of `input` appears in the XML's readable text, in
// order; else where it stops. Skipped: the lines the report says were removed as debris,
// and date lines (二〇二二年三月三十一日 and 2022.3.31 become an ISO date the engine prints
// as 2022年3月31日; the tests check each date's value instead).
inline std::string lost_content_of(const std::string& input, const std::string& xml,
                                   const std::set<int>& removed) {
  std::u32string in, out;
  detail::from_utf8(input, in);
  detail::from_utf8(readable_text(xml), out);
  std::size_t o = 0;
  int line = 1;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == U'\n') ++line;
    if (removed.count(line) || !is_content_char(in[i])) continue;
    while (o < out.size() && out[o] != in[i]) ++o;
    if (o == out.size()) {
      return "line " + std::to_string(line) + ": \"" +
             detail::to_utf8(in.substr(i, 12)) + "\" not found (in order) in the XML";
    }
    ++o;
  }
  return {};
}
inline std::string lost_content(const std::string& input, const ImportResult& r) {
  std::set<int> removed;
  for (const ImportNote& n : r.notes) {
    if (n.kind == "removed") removed.insert(n.line);
  }
  for (const ImportedElement& e : r.elements) {
    if (e.element == "date" || e.element == "print-date") removed.insert(e.line);
  }
  return lost_content_of(input, r.xml, removed);
}

}  // namespace gongwen::test
