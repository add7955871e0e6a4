// Paragraph styles (styles.xml) as far as numbering goes: in real Word files a heading
// carries only <w:pStyle w:val="Heading1"/> and its w:numPr sits on the style, possibly
// inherited through w:basedOn (ECMA-376 Part 1 §17.7.4.3 basedOn, §17.3.1.19 numPr).
#pragma once

#include <map>
#include <string>

namespace pugi {
class xml_node;
}

namespace gongwen::detail {

// A paragraph's effective list membership; num_id 0 is "not numbered" (§17.9.18 numId).
struct NumPr {
  int num_id = 0;
  int ilvl = 0;
};

class DocxStyles {
 public:
  // Reads styles.xml's root (w:styles); an empty node gives no styles.
  void load(const pugi::xml_node& styles);
  // The numPr that applies to a paragraph with properties `ppr` (may be empty): numId and
  // ilvl each from the paragraph's own w:numPr first, then its style (or the default
  // paragraph style) and that style's basedOn chain.
  NumPr effective(const pugi::xml_node& ppr) const;

 private:
  struct Style {
    std::string based_on;
    int num_id = -1, ilvl = -1;  // -1: not set on this style
  };
  std::map<std::string, Style> paragraph_styles_;
  std::string default_style_;
};

}  // namespace gongwen::detail
