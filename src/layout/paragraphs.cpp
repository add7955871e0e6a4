#include "layout/paragraphs.hpp"

#include "layout/numbering.hpp"

namespace gongwen::detail {

namespace {

void flatten(std::span<const Block> blocks, const Style& style, int depth,
             std::vector<FlowParagraph>& out) {
  const TextStyle body{Role::fangsong, style.body_size};
  const TextStyle strong{Role::heiti, style.body_size};
  int number = 0;
  for (const Block& block : blocks) {
    if (block.kind == Block::Kind::paragraph) {
      FlowParagraph fp;
      append_paragraph(fp.text, block.paragraph, body, strong);
      out.push_back(std::move(fp));
      continue;
    }
    if (block.kind == Block::Kind::table) {
      FlowParagraph fp;
      fp.table = &block.table.front();
      out.push_back(std::move(fp));
      continue;
    }
    if (block.section.empty()) continue;
    const Section& sec = block.section.front();
    const int d = depth > 4 ? 4 : depth;
    const TextStyle head{heading_role(d), style.body_size};
    FlowParagraph fp;
    fp.depth = d;
    std::u32string heading_text = plain_text(sec.heading);
    if (sec.numbered) {
      ++number;
      if (!starts_with_heading_number(d, heading_text)) {
        fp.text.append(heading_number(d, number), head, sec.heading.at);
      }
    }
    append_paragraph(fp.text, sec.heading, head, head);
    std::size_t first_block = 0;
    if (sec.runin && !sec.blocks.empty() &&
        sec.blocks.front().kind == Block::Kind::paragraph) {
      // The heading runs into its first paragraph, which keeps the body font.
      append_paragraph(fp.text, sec.blocks.front().paragraph, body, strong);
      first_block = 1;
    } else {
      fp.heading = true;
    }
    out.push_back(std::move(fp));
    // A view, not a copy: table blocks are referred to by address.
    flatten(std::span<const Block>(sec.blocks).subspan(first_block), style, depth + 1, out);
  }
}

}  // namespace

Role heading_role(int depth) {
  switch (depth) {
    case 1: return Role::heiti;
    case 2: return Role::kaiti;
    default: return Role::fangsong;
  }
}

void append_paragraph(StyledText& out, const Paragraph& p, const TextStyle& base,
                      const TextStyle& strong) {
  for (const Span& s : p.spans) out.append(s.text, s.src, s.strong ? strong : base);
}

StyledText styled_paragraph(const Paragraph& p, const TextStyle& base, const TextStyle& strong) {
  StyledText t;
  append_paragraph(t, p, base, strong);
  return t;
}

void flatten_blocks(const std::vector<Block>& blocks, const Style& style,
                    std::vector<FlowParagraph>& out) {
  flatten(blocks, style, 1, out);
}

std::u32string plain_text(const Paragraph& p) {
  std::u32string t;
  for (const Span& s : p.spans) {
    for (char32_t c : s.text) {
      if (c != U'\u2028') t += c;
    }
  }
  return t;
}

}  // namespace gongwen::detail
