#include <fmt/format.h>

#include "common/heading_numbers.hpp"
#include "import/line_patterns.hpp"
#include "import/recognise.hpp"

namespace gongwen::detail {
namespace {

// A line a web page or PDF split in mid-sentence is about as long as the lines around it;
// a short line without a final mark (联系人：张三) is a line of its own.
constexpr std::size_t kMinSplitLine = 20;

const char* depth_label(int depth) {
  static const char* labels[] = {"一级标题", "二级标题", "三级标题", "四级标题"};
  return labels[depth - 1];
}

class BlockBuilder {
 public:
  BlockBuilder(std::vector<DraftBlock>& root, ImportLog& log) : root_(root), log_(log) {}

  void heading(const HeadingMarker& m, const std::vector<bool>& source_strong, int line) {
    // A heading may not skip a level: one that does is nested one level down and keeps
    // its own number, so nothing is renumbered behind the author's back.
    int depth = std::min<int>(m.depth, static_cast<int>(open_.size()) + 1);
    open_.resize(static_cast<std::size_t>(depth - 1));
    std::vector<DraftBlock>& parent = blocks();
    int numbered_siblings = 0;
    for (const DraftBlock& b : parent) numbered_siblings += b.section && b.numbered ? 1 : 0;
    DraftBlock s;
    s.section = true;
    s.numbered = depth == m.depth && m.value == numbered_siblings + 1;
    std::u32string_view rest = m.rest;
    // Run-in: the heading ends at its first 。 and body text follows on the same line.
    std::size_t stop = rest.find_first_of(U"。！？");
    std::u32string after;
    if (stop != std::u32string_view::npos && stop + 1 < rest.size()) {
      s.runin = true;
      after = std::u32string(rest.substr(stop + 1));
      rest = rest.substr(0, stop + 1);
    }
    s.text = (s.numbered ? U"" : m.marker) + std::u32string(rest);
    if (!s.numbered) {
      log_.note(line, "guessed",
                msg("import-note", "heading-number",
                    {{"marker", utf8(m.marker)},
                     {"expected", utf8(heading_number(depth, numbered_siblings + 1))}}));
    }
    log_.element("heading", depth_label(depth), line, utf8(s.text));
    const bool runin = s.runin;
    parent.push_back(std::move(s));
    open_.push_back(parent.size() - 1);
    last_ = &parent.back();
    if (!after.empty()) {
      if (runin) log_.note(line, "guessed", msg("import-note", "runin"));
      // `after` ends the source line: its emphasis is the tail of the line's.
      std::vector<bool> strong;
      if (source_strong.size() >= after.size()) {
        strong.assign(source_strong.end() - static_cast<std::ptrdiff_t>(after.size()), source_strong.end());
      }
      paragraph(std::move(after), std::move(strong), line);
    }
  }

  void paragraph(std::u32string text, std::vector<bool> strong, int line) {
    DraftBlock p;
    p.text = std::move(text);
    p.strong = std::move(strong);
    blocks().push_back(std::move(p));
    last_ = &blocks().back();
    log_.element("p", "正文", line, "");
  }
  void table(int index, int line) {
    DraftBlock t;
    t.table = index;
    blocks().push_back(std::move(t));
    last_ = &blocks().back();
    log_.element("table", "表格", line, "");
  }
  // The block added last (a section for a heading line); valid until the next one is added.
  DraftBlock& last() { return *last_; }

 private:
  std::vector<DraftBlock>& blocks() {
    std::vector<DraftBlock>* b = &root_;
    for (std::size_t i : open_) b = &(*b)[i].blocks;
    return *b;
  }

  std::vector<DraftBlock>& root_;
  ImportLog& log_;
  std::vector<std::size_t> open_;  // index of each open section in its parent
  DraftBlock* last_ = nullptr;
};

}  // namespace

std::vector<DraftBlock> build_blocks(const std::vector<SourceLine>& lines, std::size_t begin,
                                     std::size_t end, ImportLog& log) {
  std::vector<DraftBlock> root;
  BlockBuilder b(root, log);
  for (std::size_t k = begin; k < end; ++k) {
    HeadingMarker m;
    if (lines[k].table >= 0) {
      b.table(lines[k].table, lines[k].number);
      continue;
    }
    if (parse_heading_marker(lines[k].text, m)) {
      b.heading(m, lines[k].strong, lines[k].number);
    } else {
      b.paragraph(lines[k].text, lines[k].strong, lines[k].number);
    }
    // Join what follows while the text so far ends in mid-sentence.
    if (k + 1 >= end) continue;
    bool is_paragraph = !b.last().section;
    while (is_paragraph && k + 1 < end && lines[k + 1].table < 0 && !ends_sentence(b.last().text) &&
           lines[k].text.size() >= kMinSplitLine && !parse_heading_marker(lines[k + 1].text, m)) {
      log.note(lines[k + 1].number, "joined",
               msg("import-note", "joined-line", {{"line", lines[k].number}}));
      DraftBlock& p = b.last();
      const std::vector<bool>& more = lines[k + 1].strong;
      if (!p.strong.empty() || !more.empty()) {
        p.strong.resize(p.text.size(), false);
        if (more.empty()) p.strong.insert(p.strong.end(), lines[k + 1].text.size(), false);
        else p.strong.insert(p.strong.end(), more.begin(), more.end());
      }
      p.text += lines[k + 1].text;
      ++k;
    }
  }
  return root;
}

}  // namespace gongwen::detail
