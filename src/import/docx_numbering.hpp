// Word's own list numbering (numbering.xml: w:num → w:abstractNum → w:lvl with w:start,
// w:numFmt, w:lvlText, w:lvlRestart): Word often generates 一、 / （一） rather than typing
// them, so the importer computes each numbered paragraph's label to recognise its level.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace pugi {
class xml_node;
}

namespace gongwen::detail {

class DocxNumbering {
 public:
  // Reads numbering.xml's root (w:numbering); an empty node gives no numbering.
  void load(const pugi::xml_node& numbering);
  // The label of the next paragraph of list `num_id` at level `ilvl` (counting it), e.g.
  // U"一、", U"（二）", U"3."; empty for bullets, "none" and unknown lists.
  std::u32string next_label(int num_id, int ilvl);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";
    std::u32string text;  // lvlText, e.g. "%1、"
    // w:lvlRestart (§17.9.10): restarts after a level 1..restart is used; 0 never; -1 (absent)
    // after any shallower level.
    int restart = -1;
  };
  std::map<int, std::vector<Level>> abstract_;  // abstractNumId → levels 0..8
  std::map<int, int> num_to_abstract_;
  std::map<int, std::vector<int>> counters_;    // numId → current value per level
};

}  // namespace gongwen::detail
